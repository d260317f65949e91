/// The dates, caps and windows the engine reads from the rules file (rules.md §2–3).
public struct RuleDates: Hashable, Sendable {
    /// 2024-12-02: legacy cards stop being issued. Earlier visit dates get W-before-transition.
    public var transition: CalendarDate
    /// Last day any legacy card can be valid (2025-12-01).
    public var legacyCap: CalendarDate
    /// Last day a 後期高齢者 legacy card can be valid (2025-07-31).
    public var legacyCapKouki: CalendarDate
    /// 暫定的な取扱い (2025-08-01 … 2026-03-31), bounds inclusive.
    public var interimWindow: ClosedRange<CalendarDate>
    /// Visit dates more than this many years after today get W-future-date.
    public var futureWarningYears: Int
    /// Visit dates after this get W-rules-stale.
    public var reviewedUntil: CalendarDate

    public init(transition: CalendarDate, legacyCap: CalendarDate, legacyCapKouki: CalendarDate,
                interimWindow: ClosedRange<CalendarDate>, futureWarningYears: Int, reviewedUntil: CalendarDate) {
        self.transition = transition
        self.legacyCap = legacyCap
        self.legacyCapKouki = legacyCapKouki
        self.interimWindow = interimWindow
        self.futureWarningYears = futureWarningYears
        self.reviewedUntil = reviewedUntil
    }

    /// cap(kouki) = 2025-07-31; cap(any other) = 2025-12-01.
    public func cap(for insurer: InsurerType) -> CalendarDate {
        insurer == .kouki ? legacyCapKouki : legacyCap
    }

    /// min(printed expiry, cap(insurer)): the last day the card can be valid, ignoring a change of insurer.
    public func lastValidDay(of card: LegacyCard) -> CalendarDate {
        let cap = cap(for: card.insurer)
        guard let printed = card.printedExpiry else { return cap }
        return min(printed, cap)
    }
}
