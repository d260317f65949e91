/// The sentences of what the patient is told (rules.md §3a). Their words are the rules file's `script` texts; which
/// sentences, in which order, follows from what this patient showed, the facility's state and the decision.
public enum ScriptPartID: String, CaseIterable, Sendable {
    // What happens, for the path that held.
    case confirmedMyna = "confirmed-myna"
    case confirmedCertificate = "confirmed-certificate"
    case confirmedLegacy = "confirmed-legacy"
    case confirmedMynaPortal = "confirmed-myna-portal"
    case confirmedMynaNotice = "confirmed-myna-notice"
    case oralConfirmation = "oral-confirmation"
    case declarationReaderFailed = "declaration-reader-failed"
    case declarationNoRecord = "declaration-no-record"
    case interimLegacy = "interim-legacy"
    case interimNotice = "interim-notice"
    case interimIfNotConfirmed = "interim-if-not-confirmed"
    case sorry
    // One clause for each document shown that is not used, saying why.
    case mynaNotReadHere = "myna-not-read-here"
    case mynaReaderFailed = "myna-reader-failed"
    case mynaNoRecord = "myna-no-record"
    case certificateExpired = "certificate-expired"
    case legacyInsurerChanged = "legacy-insurer-changed"
    case legacyExpired = "legacy-expired"
    /// The card's details were not asked: no legacy card can be used on this day.
    case legacyUnusable = "legacy-unusable"
    case noticeExpired = "notice-expired"
    case noticeAlone = "notice-alone"
    case portalAlone = "portal-alone"
    case notNeeded = "not-needed"
    // What would work at this facility: the options, in their order.
    case optionsCardOrCertificate = "options-card-or-certificate"
    case optionsWithCompanion = "options-with-companion"
    case optionsWithCompanionCardShown = "options-with-companion-card-shown"
    /// The portal screen or the notice was shown without the card: only the card is asked for with it.
    case optionsCardWithShown = "options-card-with-shown"
    // What happens today when nothing works.
    case selfPay = "self-pay"
    // What to bring next time, here.
    case nextTimeReader = "next-time-reader"
    case nextTimeOffline = "next-time-offline"
    case nextTimeSameOffline = "next-time-same-offline"

    /// The placeholders its text may use.
    public var placeholders: Set<String> {
        switch self {
        case .confirmedLegacy, .certificateExpired, .noticeExpired: ["date"]
        case .legacyExpired: ["from"]
        case .notNeeded: ["document"]
        case .optionsCardWithShown: ["document", "certificate"]
        case .optionsCardOrCertificate: ["certificate"]
        case .optionsWithCompanion, .optionsWithCompanionCardShown: ["notice", "certificate"]
        default: []
        }
    }
}

/// Words the script's sentences are built with: a document asked for, as new when the one shown has expired.
public enum ScriptWord: String, CaseIterable, Sendable {
    case certificate
    case certificateValid = "certificate-valid"
    case notice
    case noticeNew = "notice-new"
    /// What works at a facility that reads cards, and at one that does not: the `{bring}` of condition steps.
    case bringReader = "bring-reader"
    case bringOffline = "bring-offline"
}

/// One sentence of the script.
public struct ScriptPart: Hashable, Sendable {
    public let id: ScriptPartID
    /// The document a clause is about (`not-needed`).
    public let document: DocumentKind?
    /// The date a sentence names: an expiry, the last valid day, or the first day a card could not be used.
    public let date: CalendarDate?
    /// Documents shown that have expired, so the options ask for a valid or new one.
    public let renew: DocumentSet

    public init(_ id: ScriptPartID, document: DocumentKind? = nil, date: CalendarDate? = nil, renew: DocumentSet = []) {
        self.id = id
        self.document = document
        self.date = date
        self.renew = renew
    }
}

extension Eligibility {
    /// What to say to this patient: what happens, each document shown that cannot be used and why, what would work
    /// here and what happens today, and what to bring next time here (rules.md §3a).
    static func script(_ c: CheckCase, path: DecisionPath?, reasons: [Reason], legacyLastDay: CalendarDate?) -> [ScriptPart] {
        var parts: [ScriptPart] = []
        let readsCards = c.online.readsCards
        let nextTime = ScriptPart(readsCards ? .nextTimeReader : .nextTimeOffline)
        switch path {
        case .mynaRead?: parts.append(ScriptPart(.confirmedMyna))
        case .certificate?: parts.append(ScriptPart(.confirmedCertificate))
        case .legacyCard?: parts.append(ScriptPart(.confirmedLegacy, date: legacyLastDay))
        case .mynaWithPortal?: parts.append(ScriptPart(.confirmedMynaPortal))
        case .mynaWithNotice?: parts.append(ScriptPart(.confirmedMynaNotice))
        case .oralConfirmation?: parts.append(ScriptPart(.oralConfirmation))
        case .declarationForm?:
            parts.append(ScriptPart(c.reader == .noRecord ? .declarationNoRecord : .declarationReaderFailed))
        case .interimLegacyCard?: parts.append(ScriptPart(.interimLegacy))
        case .interimNotice?: parts.append(ScriptPart(.interimNotice))
        case nil: parts.append(ScriptPart(.sorry))
        }
        for r in reasons { parts.append(clause(r)) }
        switch path {
        case .legacyCard?, .declarationForm?:
            parts.append(nextTime)
        case .interimLegacyCard?, .interimNotice?:
            parts.append(ScriptPart(.interimIfNotConfirmed))
            parts.append(nextTime)
        case .mynaWithPortal?, .mynaWithNotice?:
            if !readsCards { parts.append(ScriptPart(.nextTimeSameOffline)) }
        case .mynaRead?, .certificate?, .oralConfirmation?:
            break
        case nil:
            var renew = DocumentSet()
            for r in reasons where r.id == .certificateExpired || r.id == .noticeExpired { renew.insert(r.document) }
            if readsCards && c.reader == .ok {
                parts.append(ScriptPart(.optionsCardOrCertificate, renew: renew))
            } else {
                // A companion shown alone is asked for again only with the card, never as if it had not been shown.
                let shown: DocumentKind? = c.portal ? .portal : (c.notice != nil && !renew.contains(.notice) ? .notice : nil)
                if !c.mynaCard, let shown {
                    parts.append(ScriptPart(.optionsCardWithShown, document: shown, renew: renew))
                } else {
                    parts.append(ScriptPart(c.mynaCard ? .optionsWithCompanionCardShown : .optionsWithCompanion, renew: renew))
                }
            }
            parts.append(ScriptPart(.selfPay))
        }
        return parts
    }

    /// The patient's words for a document shown and not used.
    static func clause(_ r: Reason) -> ScriptPart {
        switch r.id {
        case .mynaOffline: ScriptPart(.mynaNotReadHere)
        case .mynaReaderFailed: ScriptPart(.mynaReaderFailed)
        case .mynaNoRecord: ScriptPart(.mynaNoRecord)
        case .certificateExpired: ScriptPart(.certificateExpired, date: r.date)
        case .legacyInsurerChanged: ScriptPart(.legacyInsurerChanged)
        case .legacyExpired, .legacyExpiredInterimEnded: ScriptPart(.legacyExpired, date: r.date.map { $0.adding(days: 1) })
        case .legacyUnusable: ScriptPart(.legacyUnusable)
        case .noticeExpired: ScriptPart(.noticeExpired, date: r.date)
        case .noticeAlone: ScriptPart(.noticeAlone)
        case .portalAlone: ScriptPart(.portalAlone)
        case .notNeeded: ScriptPart(.notNeeded, document: r.document)
        }
    }
}
