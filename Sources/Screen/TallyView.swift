import Eligibility
import Facility
import Wizard

/// 本日の集計: counts by verdict and by what patients held as bars of reverse-video cells, and the adoption headline.
enum TallyView {
    static func draw(_ g: inout Grid, _ page: TallyPage, _ s: WizardState, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        let rules = env.rules
        Screen.title(&g, UIText.tallyTitle[lang], area: area)
        // The periods, the chosen one in reverse video.
        var x = area.x + area.traits.width(UIText.tallyTitle[lang]) + 3
        for span in TallySpan.allCases {
            let label = " \(span.rawValue) \(UIText.tallySpan(span)[lang]) "
            x += g.put(label, x: x, y: area.y, style: span == page.span ? Style(.focus, [.reverse, .bold]) : Style(.muted))
            x += 1
        }
        var y = area.y + 2
        guard let report = page.report else {
            let text = page.problem.map { "! " + $0[lang] } ?? UIText.tallyLoading[lang]
            for line in TextWrap.lines(text, width: area.width, area.traits) {
                g.put(line, x: area.x, y: y, style: page.problem == nil ? Style(.muted) : Style(.error, [.bold]))
                y += 1
            }
            return
        }
        let c = report.counts
        let period = report.from == report.to ? DateText.full(report.to, lang)
            : DateText.inSentence(report.from, lang) + " – " + DateText.inSentence(report.to, lang)
        g.put(UIText.tallyTotal(c.total)[lang] + "  (" + period + ")", x: area.x, y: y, style: Style(.plain, [.bold]),
              limit: area.width)
        y += 1
        guard c.total > 0 else {
            g.put(UIText.tallyEmpty[lang], x: area.x, y: y + 1, style: Style(.muted))
            g.put(UIText.tallyPrivacy[lang], x: area.x, y: area.bottom - 1, style: Style(.muted), limit: area.width)
            return
        }
        let verdictRows: [(String, Int, StyleRole)] = Verdict.allCases.map {
            (rules.verdicts[$0]!.label[lang], c.count($0), ResultView.verdictRole($0))
        }
        let heldRows: [(String, Int, StyleRole)] = DocumentKind.allCases.map {
            (rules.documents[$0]!.short[lang], c.count(holding: $0), StyleRole.key)
        } + [(UIText.tallyNothing[lang], c.heldNothing, StyleRole.muted)]
        let figure = (c.offline == 0 ? UIText.tallyHeadlineNoOffline(c.offlineExtra)
            : UIText.tallyHeadlineFigure(c.offlineExtra, percent(c.offlineExtraShare), percent(c.offlineExtraShareOfOffline)))[lang]
        let headlineLines = TextWrap.lines(UIText.tallyHeadline[lang], width: area.width, area.traits)
        let figureLines = TextWrap.lines(figure, width: area.width, area.traits)
        // The adoption figure is what a facility decides on: it is always drawn, whatever else must give way.
        let tail = headlineLines.count + figureLines.count
        let rowsForCharts = area.bottom - y - tail
        let oneColumn = 2 + verdictRows.count + heldRows.count
        let twoColumns = 2 + verdictRows.count + (heldRows.count + 1) / 2
        let columns = rowsForCharts >= oneColumn ? 1 : 2
        let spacious = rowsForCharts - (columns == 1 ? oneColumn : twoColumns) >= 3
        func chart(_ title: LocalizedText, _ rows: [(String, Int, StyleRole)], columns: Int) {
            if spacious { y += 1 }
            g.put(title[lang], x: area.x, y: y, style: Style(.title, [.bold, .underline]))
            y += 1
            let labelWidth = rows.map { area.traits.width($0.0) }.max()! + 2
            let countWidth = String(rows.map(\.1).max()!).count + 1
            let columnWidth = (area.width - 2) / columns
            let barMax = max(1, columnWidth - labelWidth - countWidth - 2)
            let top = max(1, rows.map(\.1).max()!)
            let perColumn = (rows.count + columns - 1) / columns
            for (i, (label, n, role)) in rows.enumerated() {
                let row = y + i % perColumn
                let x0 = area.x + 2 + (i / perColumn) * columnWidth
                guard row < area.bottom else { continue }
                g.put(TextWrap.pad(label, to: labelWidth, area.traits), x: x0, y: row)
                let count = String(n)
                g.put(String(repeating: " ", count: countWidth - count.count) + count, x: x0 + labelWidth, y: row)
                let length = n == 0 ? 0 : max(1, n * barMax / top)
                g.fill(x: x0 + labelWidth + countWidth + 1, y: row, count: length, style: Style(role, [.reverse]))
            }
            y += perColumn
        }
        chart(UIText.tallyByVerdict, verdictRows, columns: 1)
        chart(UIText.tallyByHeld, heldRows, columns: columns)
        if spacious { y += 1 }
        y = min(y, area.bottom - tail)
        for line in headlineLines {
            g.put(line, x: area.x, y: y, style: Style(.caution, [.bold]))
            y += 1
        }
        for line in figureLines {
            g.put(line, x: area.x + 2, y: y, style: Style(.caution, [.bold, .reverse]))
            y += 1
        }
        if y < area.bottom && c.offlineExtra > 0 && s.settings.online.known?.readsCards != true {
            g.put(UIText.tallyAdoptionHint[lang], x: area.x, y: y, style: Style(.muted), limit: area.width)
        }
    }

    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }
}
