import Eligibility
import Wizard

/// The result: verdict in words, symbol and colour; what to present; the condition's steps; reasons; warnings;
/// what to say. Scrolls when it is taller than the screen.
enum ResultView {
    struct Line {
        var text: String
        var style: Style
        var indent: Int
    }

    static func verdictRole(_ v: Verdict) -> StyleRole {
        switch v {
        case .confirmed: .ok
        case .conditional: .caution
        case .notConfirmed: .danger
        }
    }

    /// The result as wrapped lines for a width (everything below the verdict bar).
    static func lines(_ page: ResultPage, _ env: WizardEnvironment, width: Int, _ lang: Language) -> [Line] {
        let rules = env.rules
        let d = page.decision
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: Int = 0) {
            let wrapped = TextWrap.lines(text, width: max(1, width - indent - hanging))
            for (i, part) in wrapped.enumerated() {
                out.append(Line(text: part, style: style, indent: indent + (i == 0 ? 0 : hanging)))
            }
        }
        func heading(_ text: LocalizedText) {
            if !out.isEmpty { out.append(Line(text: "", style: .plain, indent: 0)) }
            add(text[lang], Style(.title, [.bold, .underline]))
        }
        if !d.use.isEmpty {
            heading(UIText.present)
            for (i, doc) in d.use.enumerated() { add("\(i + 1). " + rules.documentLabel(doc, lang), Style(.plain, [.bold]), indent: 2, hanging: 3) }
        }
        if let c = d.condition {
            let steps = rules.conditions[c]!
            heading(UIText.condition)
            add(steps.label[lang], Style(.caution, [.bold]), indent: 2)
            for (i, step) in steps.steps(lang).enumerated() { add("\(i + 1). " + step, indent: 2, hanging: 3) }
        }
        if !d.options.isEmpty {
            heading(UIText.options)
            for (i, option) in d.options.enumerated() {
                add("\(i + 1). " + option.map { rules.documentLabel($0, lang) }.joined(separator: " + "), Style(.plain, [.bold]),
                    indent: 2, hanging: 3)
            }
        }
        if !d.warnings.isEmpty {
            heading(UIText.warnings)
            for w in d.warnings { add("! " + rules.text(of: w, lang), Style(.warning, [.bold]), indent: 2, hanging: 2) }
        }
        heading(UIText.script)
        add(lang == .ja ? "「\(rules.script(for: d, lang))」" : "\"\(rules.script(for: d, lang))\"", Style(.plain, [.bold]), indent: 2, hanging: 1)
        if let f = d.fallback {
            let steps = rules.fallbacks[f]!
            heading(UIText.fallback)
            add(steps.label[lang], Style(.danger, [.bold]), indent: 2)
            for (i, step) in steps.steps(lang).enumerated() { add("\(i + 1). " + step, indent: 2, hanging: 3) }
        }
        if !d.reasons.isEmpty {
            heading(UIText.notUsed)
            for r in d.reasons {
                add("- " + rules.documentLabel(r.document, lang) + ": " + rules.text(of: r, lang), indent: 2, hanging: 2)
            }
        }
        return out
    }

    /// Rows the verdict takes above the scrolling part.
    static let headRows = 4

    static func maxScroll(_ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let visible = area.height - headRows
        return max(0, lines(page, env, width: area.width, lang).count - visible)
    }

    static func draw(_ g: inout Grid, _ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        let verdict = env.rules.verdicts[page.decision.verdict]!
        Screen.title(&g, UIText.resultTitle[lang], right: DateText.full(page.checkCase.visitDate, lang), area: area)
        // The verdict in words first and its symbol last: an ambiguous-width symbol never shifts what follows it.
        let role = verdictRole(page.decision.verdict)
        let text = "  \(verdict.label[lang])  \(verdict.symbol)  "
        g.put(text, x: area.x, y: area.y + 2, style: Style(role, [.reverse, .bold]), limit: area.width)
        let content = lines(page, env, width: area.width, lang)
        let visible = area.height - headRows
        let scroll = max(0, min(page.scroll, content.count - visible))
        for (i, line) in content.dropFirst(scroll).prefix(visible).enumerated() {
            g.put(line.text, x: area.x + line.indent, y: area.y + headRows + i, style: line.style, limit: area.width - line.indent)
        }
        if scroll + visible < content.count {
            let more = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
            g.put(more, x: area.x + area.width - DisplayWidth.of(more), y: area.y + 1, style: Style(.muted, [.reverse]))
        } else if scroll > 0 {
            let up = lang == .ja ? " PgUp/￪ で上へ " : " PgUp/￪ for more "
            g.put(up, x: area.x + area.width - DisplayWidth.of(up), y: area.y + 1, style: Style(.muted, [.reverse]))
        }
    }
}

/// The large patient-facing view: only what the patient needs, spaced out to be read across the counter.
enum PatientView {
    static func draw(_ g: inout Grid, _ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        let rules = env.rules
        let d = page.decision
        var rows: [(String, Style)] = []
        func spaced(_ text: String) -> String {
            // Letter-spacing makes Japanese readable from further away when the width allows it.
            let s = lang == .ja ? text.map(String.init).joined(separator: " ") : text
            return DisplayWidth.of(s) <= area.width - 4 ? s : text
        }
        rows.append((spaced(UIText.patientTitle[lang]), Style(.title, [.bold])))
        rows.append(("", .plain))
        if !d.use.isEmpty {
            rows.append((UIText.patientPresent[lang], Style(.plain, [.bold])))
            rows.append(("", .plain))
            for doc in d.use { rows.append((spaced(rules.documentLabel(doc, lang)), Style(verdictRoleFor(d), [.bold, .reverse]))) }
        } else {
            rows.append((UIText.patientOptions[lang], Style(.plain, [.bold])))
            rows.append(("", .plain))
            for option in d.options {
                rows.append((option.map { rules.documentLabel($0, lang) }.joined(separator: " + "), Style(.plain, [.bold])))
            }
            rows.append(("", .plain))
            rows.append((UIText.patientSelfPay[lang], Style(.plain)))
        }
        rows.append(("", .plain))
        rows.append((rules.script(for: d, lang), Style(.plain)))
        // A one-line row is centred; a wrapped paragraph is centred as a block, its lines starting together.
        var lines: [(text: String, x: Int, style: Style)] = []
        for (text, style) in rows {
            let parts = text.isEmpty ? [""] : TextWrap.lines(text, width: area.width - 4)
            let blockWidth = parts.map(DisplayWidth.of).max() ?? 0
            let x = area.x + max(0, (area.width - blockWidth) / 2)
            for part in parts { lines.append((part, x, style)) }
        }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.bottom {
            g.put(line.text, x: line.x, y: top + i, style: line.style, limit: area.width)
        }
    }

    static func verdictRoleFor(_ d: Decision) -> StyleRole { ResultView.verdictRole(d.verdict) }
}
