import Eligibility

/// The tally's figures over a range of Japan days (`uketsuke report`, home menu 3).
public struct TallyReport: Hashable, Sendable {
    /// The first Japan day of the range.
    public let from: CalendarDate
    /// The last Japan day of the range, included.
    public let to: CalendarDate
    /// The whole range.
    public let counts: TallyCounts
    /// Every Japan day of the range in order, days without checks included, so charts and CSV rows have no gaps.
    public let days: [TallyDay]

    /// A report with no checks: what a tally that has recorded nothing yet reports.
    public init(from: CalendarDate, to: CalendarDate) {
        self.init(from: from, to: to, byDay: [:])
    }

    package init(from: CalendarDate, to: CalendarDate, byDay: [CalendarDate: TallyCounts]) {
        self.from = from
        self.to = to
        let range = from <= to ? Array(from.dayNumber...to.dayNumber) : []
        days = range.map { n in
            let date = CalendarDate(dayNumber: n)
            return TallyDay(date: date, counts: byDay[date] ?? TallyCounts())
        }
        counts = days.reduce(TallyCounts()) { $0 + $1.counts }
    }

    public var total: Int { counts.total }
}

/// One Japan day's counts.
public struct TallyDay: Hashable, Sendable {
    public let date: CalendarDate
    public let counts: TallyCounts
}

/// Counts of checks, for one day or a range.
public struct TallyCounts: Hashable, Sendable {
    /// Checks recorded.
    public package(set) var total = 0
    package var verdicts = TallyCounts.zeros(Verdict.self)
    package var held = TallyCounts.zeros(DocumentKind.self)
    /// Checks in which the patient held none of the five documents.
    public package(set) var heldNothing = 0
    package var paths = TallyCounts.zeros(DecisionPath.self)
    package var onlineStates = TallyCounts.zeros(OnlineChecking.self)
    /// Checks that `TallyRecord.offlineExtra` counts: extra documents or a turn-back only for want of a card reader.
    public package(set) var offlineExtra = 0
    /// Checks in which the card reader's result was not asked (no answer could change the decision): 'unknown'.
    public package(set) var readerNotAsked = 0
    /// Checks with a legacy card whose insurer was not asked (no legacy card could be used that day): 'unknown'.
    public package(set) var insurerNotAsked = 0

    public init() {}

    /// Checks with this verdict.
    public func count(_ verdict: Verdict) -> Int { verdicts[verdict] ?? 0 }

    /// Checks in which the patient held this document (a check holding two documents counts under both).
    public func count(holding kind: DocumentKind) -> Int { held[kind] ?? 0 }

    /// Checks made with this way of checking eligibility: reader (yes), マイナ資格確認アプリ (app), neither (no).
    public func count(online: OnlineChecking) -> Int { onlineStates[online] ?? 0 }

    /// Checks at facilities that could not read a マイナ保険証 (`online == .no`); the app counts as reading cards.
    public var offline: Int { count(online: .no) }

    /// Checks decided by this rules.md §3 path; not-confirmed checks have no path.
    public func count(path: DecisionPath) -> Int { paths[path] ?? 0 }

    /// `offlineExtra` among all checks; nil when there were none.
    public var offlineExtraShare: Double? { Self.share(offlineExtra, of: total) }

    /// `offlineExtra` among checks at facilities without online checking; nil when there were none.
    public var offlineExtraShareOfOffline: Double? { Self.share(offlineExtra, of: offline) }

    public static func + (a: TallyCounts, b: TallyCounts) -> TallyCounts {
        var sum = a
        sum.total += b.total
        sum.verdicts.merge(b.verdicts, uniquingKeysWith: +)
        sum.held.merge(b.held, uniquingKeysWith: +)
        sum.heldNothing += b.heldNothing
        sum.paths.merge(b.paths, uniquingKeysWith: +)
        sum.onlineStates.merge(b.onlineStates, uniquingKeysWith: +)
        sum.offlineExtra += b.offlineExtra
        sum.readerNotAsked += b.readerNotAsked
        sum.insurerNotAsked += b.insurerNotAsked
        return sum
    }

    package static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// Every case at zero, so that equal counts compare equal however they were built.
    package static func zeros<Key: CaseIterable & Hashable>(_: Key.Type) -> [Key: Int] {
        Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0, 0) })
    }
}
