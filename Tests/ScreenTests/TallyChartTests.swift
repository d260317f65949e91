import Eligibility
import Screen
import Store
import Testing
import Wizard
import WizardTestSupport

/// The tally's bar charts are runs of reverse-video blanks (block characters ▏…█ are ambiguous-width, so they would
/// misalign on a terminal that draws them wide). The text snapshots cannot show them; this reads them from the grid.
@Suite struct TallyChartTests {
    /// The label's first cell on the screen, searched cell by cell (labels in the second column follow wide text);
    /// a label starts after a blank, so 保険証 is not found inside マイナ保険証.
    static func find(_ label: String, in g: Grid) -> Position? {
        for y in 0..<g.height {
            for x in 1..<g.width where !g[x: x, y: y].isContinuation && g[x: x - 1, y: y].text == " " {
                var text = ""
                var i = x
                while i < g.width, text.count < label.count {
                    if !g[x: i, y: y].isContinuation { text += g[x: i, y: y].text }
                    i += 1
                }
                if text == label { return Position(x: x, y: y) }
            }
        }
        return nil
    }

    /// The length of the first run of reverse-video blanks after the label, before the next text.
    static func bar(after p: Position, in g: Grid) -> Int {
        var x = p.x + 1
        while x < g.width, !(g[x: x, y: p.y].style.emphasis.contains(.reverse)) {
            // The label, the padding and the count; the next column's label ends the search.
            if x > p.x + 30 { return 0 }
            x += 1
        }
        var length = 0
        while x + length < g.width, g[x: x + length, y: p.y].style.emphasis.contains(.reverse),
              g[x: x + length, y: p.y].text == " " {
            length += 1
        }
        return length
    }

    @Test(arguments: [(80, 24), (60, 18), (120, 40)])
    func barsAreProportionalToTheCounts(_ width: Int, _ height: Int) throws {
        var d = Driver()
        d.press(.char("3"), .char("2"))
        let report = sampleReport()
        d.send(.effectDone(.tallyLoaded(.success(report))))
        let g = d.render(width, height)
        let rules = builtInRules
        let c = report.counts
        let charts: [[(String, Int)]] = [
            Verdict.allCases.map { (rules.verdicts[$0]!.label[.ja], c.count($0)) },
            DocumentKind.allCases.map { (rules.documents[$0]!.short[.ja], c.count(holding: $0)) }
                + [("何も持っていない", c.heldNothing)],
        ]
        for rows in charts {
            let top = rows.map(\.1).max()!
            let bars = try rows.map { label, n in
                let p = try #require(Self.find(label, in: g), "\(label) on the screen at \(width)×\(height)")
                return (n, Self.bar(after: p, in: g))
            }
            let longest = bars.first { $0.0 == top }!.1
            #expect(longest >= (width >= 80 ? 20 : 3), "the longest bar at \(width)×\(height): \(longest)")
            for (n, length) in bars {
                #expect((length == 0) == (n == 0), "a bar exactly when there is a count: \(n) → \(length)")
                // Proportional, rounded down, at least one cell for any count.
                #expect(length == (n == 0 ? 0 : max(1, n * longest / top)), "\(n) of \(top) → \(length) of \(longest)")
            }
        }
        #expect(g.isConsistent)
    }
}
