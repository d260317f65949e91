/// The eligibility decision (rules.md §2–3): pure, total, no clock (today is an input) and no I/O.
public enum Eligibility {
    public static func decide(_ c: CheckCase, dates: RuleDates, today: CalendarDate) -> Decision {
        let d = c.visitDate

        let readsCards = c.online.readsCards
        let legacyLastDay = c.legacyCard.map(dates.lastValidDay(of:))
        let (path, v) = pathAndValidity(c, dates: dates)
        let certificateValid = v.certificate, legacyValid = v.legacy, noticeValid = v.notice

        let verdict: Verdict
        let use: [DocumentKind]
        var condition: Condition?
        var options: [[DocumentKind]] = []
        var fallback: Fallback?
        var confirmation: ConfirmationID?
        // Whether the マイナ資格確認アプリ can query by 被保険者番号 is not stated: only a card reader queries online.
        let interimCondition: Condition = c.online == .yes ? .onlineQuery : .insurerQuery

        switch path {
        case .mynaRead?:
            (verdict, use) = (.confirmed, [.mynaCard])
        case .certificate?:
            (verdict, use) = (.confirmed, [.certificate])
        case .legacyCard?:
            (verdict, use) = (.confirmed, [.legacyCard])
        case .mynaWithPortal?:
            (verdict, use) = (.confirmed, [.mynaCard, .portal])
            confirmation = .mynaWithPortal
        case .mynaWithNotice?:
            (verdict, use) = (.confirmed, [.mynaCard, .notice])
            confirmation = .mynaWithNotice
        case .oralConfirmation?:
            (verdict, use) = (.conditional, [.mynaCard])
            condition = .oralConfirmation
        case .declarationForm?:
            (verdict, use) = (.conditional, [.mynaCard])
            condition = .declarationForm
        case .interimLegacyCard?:
            (verdict, use) = (.conditional, [.legacyCard])
            condition = interimCondition
        case .interimNotice?:
            (verdict, use) = (.conditional, [.notice])
            condition = interimCondition
        case nil:
            verdict = .notConfirmed
            use = []
            fallback = .selfPay
            // A legacy card is never an option: it is no longer issued.
            if readsCards && c.reader == .ok {
                options = [[.mynaCard], [.certificate]]
            } else {
                // The portal first: a patient can open it on the spot.
                options = [[.mynaCard, .portal], [.mynaCard, .notice], [.certificate]]
            }
        }

        // One reason for each document held but not used.
        var reasons: [Reason] = []
        let used = DocumentSet(use)
        if c.mynaCard && !used.contains(.mynaCard) {
            let id: ReasonID = !readsCards ? .mynaOffline : (c.reader == .noRecord ? .mynaNoRecord : .mynaReaderFailed)
            reasons.append(Reason(document: .mynaCard, id: id))
        }
        if let cert = c.certificate, !used.contains(.certificate) {
            reasons.append(certificateValid
                ? Reason(document: .certificate, id: .notNeeded, usedInstead: use)
                : Reason(document: .certificate, id: .certificateExpired, date: cert.expiry))
        }
        if let card = c.legacyCard, !used.contains(.legacyCard) {
            if !c.unasked.isDisjoint(with: .legacyDetails) {
                // Its details were not asked because no answer could change the result: say only what is true of every
                // legacy card on this day, never an insurer or a date this patient did not give. After the last day any
                // legacy card could be valid, none can be used; before it, a card that could still be valid was not
                // needed because a document before it in §3 (the card read, a certificate) confirmed the patient.
                let lastPossible = max(dates.legacyCap, dates.legacyCapKouki)
                reasons.append(d > lastPossible
                    ? Reason(document: .legacyCard, id: .legacyUnusable, date: lastPossible.adding(days: 1))
                    : Reason(document: .legacyCard, id: .notNeeded, usedInstead: use))
            } else if card.insurerChanged {
                reasons.append(Reason(document: .legacyCard, id: .legacyInsurerChanged, insurer: card.insurer))
            } else if !legacyValid {
                let ended = d > dates.interimWindow.upperBound
                reasons.append(Reason(document: .legacyCard, id: ended ? .legacyExpiredInterimEnded : .legacyExpired,
                                      date: legacyLastDay, insurer: card.insurer))
            } else {
                reasons.append(Reason(document: .legacyCard, id: .notNeeded, usedInstead: use))
            }
        }
        if let notice = c.notice, !used.contains(.notice) {
            if !noticeValid {
                reasons.append(Reason(document: .notice, id: .noticeExpired, date: notice.expiry))
            } else if path == nil {
                reasons.append(Reason(document: .notice, id: .noticeAlone))
            } else {
                reasons.append(Reason(document: .notice, id: .notNeeded, usedInstead: use))
            }
        }
        if c.portal && !used.contains(.portal) {
            reasons.append(path == nil
                ? Reason(document: .portal, id: .portalAlone)
                : Reason(document: .portal, id: .notNeeded, usedInstead: use))
        }

        var warnings: [WarningID] = []
        if (path == .interimLegacyCard || path == .interimNotice) && c.online != .yes { warnings.append(.interimOffline) }
        if d < dates.transition { warnings.append(.beforeTransition) }
        if path == .certificate, c.certificate?.expiry == nil { warnings.append(.certificateExpiryUnread) }
        // The system's 資格(無効) is the usual sign that the insurance the certificate names has been lost.
        if path == .certificate, readsCards, c.mynaCard, c.reader == .noRecord { warnings.append(.noRecordCertificate) }
        if d > today.adding(years: dates.futureWarningYears) { warnings.append(.futureDate) }
        if d > dates.reviewedUntil { warnings.append(.rulesStale) }

        return Decision(verdict: verdict, path: path, use: use, condition: condition, options: options,
                        fallback: fallback, reasons: reasons, warnings: warnings, confirmation: confirmation,
                        script: script(c, path: path, reasons: reasons, legacyLastDay: legacyLastDay))
    }

    /// Which documents are valid on the visit date, as §2 decides it.
    public struct Validity: Sendable {
        public let certificate: Bool
        public let legacy: Bool
        public let notice: Bool
    }

    /// §2 and §3 without the texts: the first path that holds, and each document's validity. `decide` builds on it;
    /// the wizard calls it thousands of times per answer to see which questions can still change the outcome.
    public static func pathAndValidity(_ c: CheckCase, dates: RuleDates) -> (DecisionPath?, Validity) {
        let d = c.visitDate

        // §2 Validity of each document on D.
        let readsCards = c.online.readsCards
        let mynaReadable = c.mynaCard && readsCards && c.reader == .ok
        let certificateValid = c.certificate.map { cert in cert.expiry.map { d <= $0 } ?? true } ?? false
        let legacyLastDay = c.legacyCard.map(dates.lastValidDay(of:))
        let legacyValid = c.legacyCard.map { !$0.insurerChanged && d <= legacyLastDay! } ?? false
        let legacyInvalidOnlyByDate = c.legacyCard.map { !$0.insurerChanged && d > legacyLastDay! } ?? false
        let noticeValid = c.notice.map { n in n.expiry.map { d <= $0 } ?? true } ?? false
        let inInterimWindow = dates.interimWindow.contains(d)

        // §3 The first path that holds wins.
        let path: DecisionPath?
        if mynaReadable {
            path = .mynaRead
        } else if certificateValid {
            path = .certificate
        } else if legacyValid {
            path = .legacyCard
        } else if c.mynaCard && c.portal {
            path = .mynaWithPortal
        } else if c.mynaCard && noticeValid {
            path = .mynaWithNotice
        } else if readsCards && c.mynaCard && c.reader == .failed && c.visit == .repeat {
            path = .oralConfirmation
        } else if readsCards && c.mynaCard && (c.reader == .noRecord || c.reader == .failed) {
            path = .declarationForm
        } else if inInterimWindow && legacyInvalidOnlyByDate {
            path = .interimLegacyCard
        } else if inInterimWindow && noticeValid {
            path = .interimNotice
        } else {
            path = nil
        }
        return (path, Validity(certificate: certificateValid, legacy: legacyValid, notice: noticeValid))
    }

    /// What the receptionist acts on — verdict, documents, condition, options — without reasons, warnings or words.
    /// Two cases with the same outcome are handled alike at the counter.
    public struct Outcome: Hashable, Sendable {
        public let path: DecisionPath?
        /// The interim paths: queried online (a card reader) rather than with the insurer.
        let byOnlineQuery: Bool
        /// "Not confirmed": the card was read here, so the options are the card or a certificate.
        let cardWasRead: Bool
    }

    public static func outcome(_ c: CheckCase, dates: RuleDates) -> Outcome {
        let (path, _) = pathAndValidity(c, dates: dates)
        let interim = path == .interimLegacyCard || path == .interimNotice
        return Outcome(path: path, byOnlineQuery: interim && c.online == .yes,
                       cardWasRead: path == nil && c.online.readsCards && c.reader == .ok)
    }

    /// Whether 初診/再診 changes the outcome, so the wizard asks it only where a path needs it.
    public static func visitMatters(_ c: CheckCase, dates: RuleDates, today: CalendarDate) -> Bool {
        var first = c
        first.visit = .first
        var again = c
        again.visit = .repeat
        return decide(first, dates: dates, today: today) != decide(again, dates: dates, today: today)
    }
}
