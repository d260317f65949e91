import Eligibility
import Wizard

/// The large patient-facing view: only what the patient needs, spaced out to be read across the counter.
enum PatientView {
    struct Line {
        let text: String
        let x: Int
        let style: Style
    }

    /// The rows to show, laid out for `area`. When they do not fit, the blank rows under headings go first, then
    /// those between the parts and the letter-spacing; only then does the view scroll.
    static func lines(_ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> [Line] {
        var laid: [Line] = []
        for compact in 0...2 {
            laid = layout(page, env, area: area, lang, compact: compact)
            if laid.count <= area.height { break }
        }
        return laid
    }

    /// `compact`: 0 spacious, 1 without the blank under headings, 2 without any blank row or letter-spacing.
    static func layout(_ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language,
                       compact: Int) -> [Line] {
        let rules = env.rules
        let d = page.decision
        var rows: [(String, Style)] = []
        func spaced(_ text: String) -> String {
            // Letter-spacing makes Japanese readable from further away when the width allows it.
            let s = lang == .ja && compact < 2 ? text.map(String.init).joined(separator: " ") : text
            return area.traits.width(s) <= area.width - 4 ? s : text
        }
        /// A blank row: `between` parts is kept longer than one under a heading.
        func gap(between: Bool = false) { if compact == 0 || (between && compact == 1) { rows.append(("", .plain)) } }
        rows.append((spaced(UIText.patientTitle[lang]), Style(.title, [.bold])))
        gap(between: true)
        if !d.use.isEmpty {
            rows.append((UIText.patientPresent[lang], Style(.plain, [.bold])))
            gap()
            for doc in d.use { rows.append((spaced(rules.documentLabel(doc, lang)), Style(verdictRoleFor(d), [.bold, .reverse]))) }
        } else {
            rows.append((UIText.patientOptions[lang], Style(.plain, [.bold])))
            gap()
            for option in d.options {
                rows.append((option.map { rules.documentLabel($0, lang) }.joined(separator: " + "), Style(.plain, [.bold])))
            }
            gap(between: true)
            rows.append((UIText.patientSelfPay[lang], Style(.plain)))
        }
        gap(between: true)
        rows.append((rules.script(for: d, lang), Style(.plain)))
        // A one-line row is centred; a wrapped paragraph is centred as a block, its lines starting together.
        var lines: [Line] = []
        for (text, style) in rows {
            let parts = text.isEmpty ? [""] : TextWrap.lines(text, width: area.width - 4, area.traits)
            let blockWidth = parts.map { area.traits.width($0) }.max() ?? 0
            let x = area.x + max(0, (area.width - blockWidth) / 2)
            for part in parts { lines.append(Line(text: part, x: x, style: style)) }
        }
        return lines
    }

    /// Rows kept for the 続きあり / 上へ marks when the view scrolls.
    static let markRows = 1

    static func maxScroll(_ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let count = lines(page, env, area: area, lang).count
        return count <= area.height ? 0 : count - (area.height - markRows)
    }

    static func draw(_ g: inout Grid, _ page: ResultPage, scroll: Int, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        let lines = lines(page, env, area: area, lang)
        guard lines.count > area.height else {
            let top = area.y + (area.height - lines.count) / 2
            for (i, line) in lines.enumerated() {
                g.put(line.text, x: line.x, y: top + i, style: line.style, limit: area.width)
            }
            return
        }
        // Too tall for this screen: scroll, with a mark on the last row saying which way the rest is.
        let visible = area.height - markRows
        let first = max(0, min(scroll, lines.count - visible))
        for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            g.put(line.text, x: line.x, y: area.y + i, style: line.style, limit: area.width)
        }
        let mark: String
        if first + visible < lines.count {
            mark = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
        } else {
            mark = lang == .ja ? " PgUp/￪ で上へ " : " PgUp/￪ for more "
        }
        g.put(mark, x: area.x + area.width - area.traits.width(mark), y: area.bottom - 1, style: Style(.muted, [.reverse]))
    }

    static func verdictRoleFor(_ d: Decision) -> StyleRole { ResultView.verdictRole(d.verdict) }
}
