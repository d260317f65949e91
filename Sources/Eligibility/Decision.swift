/// The answer of one check (rules.md §3).
public enum Verdict: String, CaseIterable, Sendable, Codable {
    case confirmed
    case conditional
    case notConfirmed = "not-confirmed"
}

/// The check that makes a conditional verdict acceptable.
public enum Condition: String, CaseIterable, Sendable, Codable {
    /// 確認済みの保険資格に変更がないことを口頭で確認 (path 6)
    case oralConfirmation = "oral-confirmation"
    /// 被保険者資格申立書に記入いただき、通常の負担割合で受付 (path 7)
    case declarationForm = "declaration-form"
    /// 被保険者番号でオンライン資格確認に照会 (paths 8, 9 with online checking)
    case onlineQuery = "online-query"
    /// 保険者に電話等で照会 (paths 8, 9 without online checking)
    case insurerQuery = "insurer-query"
}

/// What happens when nothing the patient holds suffices.
public enum Fallback: String, CaseIterable, Sendable, Codable {
    /// 本日は10割負担とし、後日保険者へ療養費を請求（2年以内）
    case selfPay = "self-pay"
}

/// The decision paths of rules.md §3, in order: the first that holds wins.
public enum DecisionPath: Int, CaseIterable, Sendable {
    case mynaRead = 1
    case certificate
    case legacyCard
    case mynaWithPortal
    case mynaWithNotice
    case oralConfirmation
    case declarationForm
    case interimLegacyCard
    case interimNotice
}

/// Why a document the patient holds was not used. Texts live in the rules file under `reasons`.
public enum ReasonID: String, CaseIterable, Sendable {
    case mynaOffline = "myna-offline"
    case mynaReaderFailed = "myna-reader-failed"
    case mynaNoRecord = "myna-no-record"
    case certificateExpired = "certificate-expired"
    case legacyInsurerChanged = "legacy-insurer-changed"
    case legacyExpired = "legacy-expired"
    case legacyExpiredInterimEnded = "legacy-expired-interim-ended"
    /// Its details were not asked: no legacy card can be used on this day (none since `date`, the day after the last
    /// day any could be valid).
    case legacyUnusable = "legacy-unusable"
    case noticeExpired = "notice-expired"
    case noticeAlone = "notice-alone"
    case portalAlone = "portal-alone"
    case notNeeded = "not-needed"

    /// The placeholders its text may use.
    public var placeholders: Set<String> {
        switch self {
        case .certificateExpired, .noticeExpired: ["date"]
        case .legacyExpired: ["insurer", "date"]
        case .legacyExpiredInterimEnded: ["insurer", "date", "end"]
        case .legacyUnusable: ["date"]
        case .notNeeded: ["used", "document"]
        default: []
        }
    }
}

/// One line of `reasons`: a document held but not used, and why.
public struct Reason: Hashable, Sendable {
    public let document: DocumentKind
    public let id: ReasonID
    /// The date the text names (an expiry or last valid day), if any.
    public let date: CalendarDate?
    public let insurer: InsurerType?
    /// For `not-needed`: the documents that were used instead.
    public let usedInstead: [DocumentKind]

    public init(document: DocumentKind, id: ReasonID, date: CalendarDate? = nil, insurer: InsurerType? = nil,
                usedInstead: [DocumentKind] = []) {
        self.document = document
        self.id = id
        self.date = date
        self.insurer = insurer
        self.usedInstead = usedInstead
    }
}

/// The warnings table of rules.md §3. Texts live in the rules file under `warnings`.
public enum WarningID: String, CaseIterable, Sendable {
    case interimOffline = "W-interim-offline"
    case beforeTransition = "W-before-transition"
    case certificateExpiryUnread = "W-cert-expiry-unread"
    case noRecordCertificate = "W-no-record-certificate"
    case futureDate = "W-future-date"
    case rulesStale = "W-rules-stale"

    public var placeholders: Set<String> {
        switch self {
        case .beforeTransition, .rulesStale: ["date"]
        default: []
        }
    }
}

/// What the receptionist checks before accepting documents that are only looked at (no card is read): texts in
/// the rules file under `confirmations`.
public enum ConfirmationID: String, CaseIterable, Sendable {
    case mynaWithPortal = "myna-with-portal"
    case mynaWithNotice = "myna-with-notice"
}

/// The result of `Eligibility.decide`.
public struct Decision: Hashable, Sendable {
    public let verdict: Verdict
    /// The rules.md §3 path that held, or nil when not confirmed.
    public let path: DecisionPath?
    /// Documents to present, in the order to present them.
    public let use: [DocumentKind]
    public let condition: Condition?
    /// Document sets any one of which would do (only for not-confirmed).
    public let options: [[DocumentKind]]
    public let fallback: Fallback?
    public let reasons: [Reason]
    public let warnings: [WarningID]
    /// What the receptionist checks on the documents used, when they are only looked at.
    public let confirmation: ConfirmationID?
    /// What to say to the patient, sentence by sentence (rules.md §3a).
    public let script: [ScriptPart]

    public init(verdict: Verdict, path: DecisionPath?, use: [DocumentKind], condition: Condition?, options: [[DocumentKind]],
                fallback: Fallback?, reasons: [Reason], warnings: [WarningID], confirmation: ConfirmationID? = nil,
                script: [ScriptPart]) {
        self.verdict = verdict
        self.path = path
        self.use = use
        self.condition = condition
        self.options = options
        self.fallback = fallback
        self.reasons = reasons
        self.warnings = warnings
        self.confirmation = confirmation
        self.script = script
    }
}
