import Eligibility
import Facility
import GRDB

extension TallyCounts {
    /// One row per Japan day in the range: the day, then the figures in the order `init(row:from:)` reads them.
    /// `source` is the table, or a subquery giving the same columns.
    static func byJapanDaySQL(_ source: String) -> String {
        let count = "COUNT(*) FILTER (WHERE"
        let heldNone = DocumentKind.allCases.map(TallySchema.heldColumn).joined(separator: " + ") + " = 0"
        let figures = ["COUNT(*)"]
            + Verdict.allCases.map { "\(count) verdict = '\($0.rawValue)')" }
            + DocumentKind.allCases.map { "\(count) \(TallySchema.heldColumn($0)) = 1)" }
            + ["\(count) \(heldNone))"]
            + DecisionPath.allCases.map { "\(count) path = \($0.rawValue))" }
            + OnlineChecking.allCases.map { "\(count) online = '\($0.id)')" }
            + ["\(count) offlineExtra = 1)", "\(count) reader = 'unknown')", "\(count) insurer = 'unknown')"]
        return """
            SELECT japanDay, \(figures.joined(separator: ", "))
            FROM \(source) WHERE japanDay BETWEEN ? AND ? GROUP BY japanDay
            """
    }

    init(row: Row, from first: Int) {
        self.init()
        var column = first
        func next() -> Int {
            defer { column += 1 }
            return row[column]
        }
        total = next()
        for v in Verdict.allCases { verdicts[v] = next() }
        for k in DocumentKind.allCases { held[k] = next() }
        heldNothing = next()
        for p in DecisionPath.allCases { paths[p] = next() }
        for o in OnlineChecking.allCases { onlineStates[o] = next() }
        offlineExtra = next()
        readerNotAsked = next()
        insurerNotAsked = next()
    }
}
