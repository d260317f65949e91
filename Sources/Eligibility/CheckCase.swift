/// A legacy card as read at the counter.
public struct LegacyCard: Hashable, Sendable {
    public var insurer: InsurerType
    /// The 有効期限 printed on the card; nil when none is printed (normal for 被用者保険).
    public var printedExpiry: CalendarDate?
    /// Job change, retirement, move or 75th birthday since the card was issued.
    public var insurerChanged: Bool

    public init(insurer: InsurerType, printedExpiry: CalendarDate? = nil, insurerChanged: Bool = false) {
        self.insurer = insurer
        self.printedExpiry = printedExpiry
        self.insurerChanged = insurerChanged
    }
}

/// 資格確認書.
public struct EligibilityCertificate: Hashable, Sendable {
    /// The printed expiry; nil when it was not read (accepted, with W-cert-expiry-unread).
    public var expiry: CalendarDate?

    public init(expiry: CalendarDate? = nil) { self.expiry = expiry }
}

/// 資格情報のお知らせ.
public struct QualificationNotice: Hashable, Sendable {
    /// Printed only on notices for ages 70–74; nil otherwise.
    public var expiry: CalendarDate?

    public init(expiry: CalendarDate? = nil) { self.expiry = expiry }
}

/// Answers the wizard did not ask, because no answer could change the outcome on this visit date. The case holds a
/// value for each anyway (any value gives the same outcome); the texts then say nothing that rests on it.
public struct UnaskedAnswers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let reader = UnaskedAnswers(rawValue: 1 << 0)
    public static let insurer = UnaskedAnswers(rawValue: 1 << 1)
    public static let legacyExpiry = UnaskedAnswers(rawValue: 1 << 2)
    public static let insurerChanged = UnaskedAnswers(rawValue: 1 << 3)
    public static let certificateExpiry = UnaskedAnswers(rawValue: 1 << 4)
    public static let noticeExpiry = UnaskedAnswers(rawValue: 1 << 5)

    /// The legacy card's insurer, printed expiry and change of insurer.
    public static let legacyDetails: UnaskedAnswers = [.insurer, .legacyExpiry, .insurerChanged]
}

/// The inputs of one check (rules.md §1). A document's details exist exactly when the patient holds it.
public struct CheckCase: Hashable, Sendable {
    public var visitDate: CalendarDate
    /// How the facility checks eligibility: a card reader, the マイナ資格確認アプリ, or not at all.
    public var online: OnlineChecking
    /// Meaningful only when the facility reads cards and the patient holds a マイナ保険証.
    public var reader: ReaderResult
    public var visit: VisitKind
    public var mynaCard: Bool
    public var certificate: EligibilityCertificate?
    public var legacyCard: LegacyCard?
    public var notice: QualificationNotice?
    public var portal: Bool
    /// What the wizard did not ask (headless checks are given every answer: empty).
    public var unasked: UnaskedAnswers = []

    public init(visitDate: CalendarDate, online: OnlineChecking, reader: ReaderResult = .ok, visit: VisitKind = .first,
                mynaCard: Bool = false, certificate: EligibilityCertificate? = nil, legacyCard: LegacyCard? = nil,
                notice: QualificationNotice? = nil, portal: Bool = false) {
        self.visitDate = visitDate
        self.online = online
        self.reader = reader
        self.visit = visit
        self.mynaCard = mynaCard
        self.certificate = certificate
        self.legacyCard = legacyCard
        self.notice = notice
        self.portal = portal
    }

    public var holds: DocumentSet {
        var s = DocumentSet()
        if mynaCard { s.insert(.mynaCard) }
        if certificate != nil { s.insert(.certificate) }
        if legacyCard != nil { s.insert(.legacyCard) }
        if notice != nil { s.insert(.notice) }
        if portal { s.insert(.portal) }
        return s
    }
}
