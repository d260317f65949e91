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

    /// The result as wrapped lines for a width (everything below the verdict bar). What to present (or the options)
    /// and the words for the patient come first, so the first screen of a result holds them; then why each
    /// document was not used, the warnings, and the steps to follow.
    static func lines(_ page: ResultPage, _ env: WizardEnvironment, width: Int, _ traits: DisplayTraits, _ lang: Language) -> [Line] {
        let rules = env.rules
        let d = page.decision
        let online = page.checkCase.online
        var out: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: Int = 0) {
            let wrapped = TextWrap.lines(text, width: max(1, width - indent - hanging), traits)
            for (i, part) in wrapped.enumerated() {
                out.append(Line(text: part, style: style, indent: indent + (i == 0 ? 0 : hanging)))
            }
        }
        func heading(_ text: LocalizedText) {
            if !out.isEmpty { out.append(Line(text: "", style: .plain, indent: 0)) }
            add(text[lang], Style(.title, [.bold, .underline]))
        }
        func numbered(_ steps: [String]) {
            for (i, step) in steps.enumerated() { add("\(i + 1). " + step, indent: 2, hanging: 3) }
        }
        if !d.use.isEmpty {
            heading(UIText.present)
            for (i, doc) in d.use.enumerated() { add("\(i + 1). " + rules.documentLabel(doc, lang), Style(.plain, [.bold]), indent: 2, hanging: 3) }
            if let c = d.condition { add(UIText.condition[lang] + ": " + rules.conditions[c]!.label[lang], Style(.caution, [.bold]), indent: 2, hanging: 2) }
            if let c = d.confirmation { add(rules.confirmations[c]!.label[lang], Style(.caution, [.bold]), indent: 2, hanging: 2) }
        }
        if !d.options.isEmpty {
            heading(UIText.options)
            for (i, option) in d.options.enumerated() {
                add("\(i + 1). " + option.map { rules.documentLabel($0, lang) }.joined(separator: " + "), Style(.plain, [.bold]),
                    indent: 2, hanging: 3)
            }
        }
        heading(UIText.script)
        add(lang == .ja ? "「\(rules.script(for: d, lang))」" : "\"\(rules.script(for: d, lang))\"", Style(.plain, [.bold]), indent: 2, hanging: 1)
        if !d.reasons.isEmpty {
            heading(UIText.notUsed)
            for r in d.reasons {
                add("- " + rules.documentLabel(r.document, lang) + ": " + rules.text(of: r, lang), indent: 2, hanging: 2)
            }
        }
        let notAsked = page.flow.notAsked(page.checkCase)
        if !notAsked.isEmpty {
            heading(UIText.notAskedTitle)
            let names = notAsked.map { UIText.stepName($0)[lang] }.joined(separator: lang == .ja ? "・" : ", ")
            let used = d.verdict == .confirmed ? rules.documentList(d.use, lang) : nil
            add("- " + names + (lang == .ja ? "（" : " (") + UIText.notAskedWhy(confirmedWith: used)[lang] + (lang == .ja ? "）" : ")"),
                indent: 2, hanging: 2)
        }
        if !d.warnings.isEmpty {
            heading(UIText.warnings)
            for w in d.warnings { add("! " + rules.text(of: w, lang), Style(.warning, [.bold]), indent: 2, hanging: 2) }
        }
        if let c = d.condition {
            heading(UIText.conditionSteps)
            numbered(rules.steps(of: c, online: online, lang))
        }
        if let c = d.confirmation {
            heading(UIText.confirmationSteps)
            numbered(rules.confirmations[c]!.steps(lang))
        }
        if let f = d.fallback {
            let steps = rules.fallbacks[f]!
            heading(UIText.fallback)
            add(steps.label[lang], Style(.danger, [.bold]), indent: 2)
            numbered(steps.steps(lang))
        }
        return out
    }

    /// Rows the verdict takes above the scrolling part.
    static let headRows = 4

    /// ○ △ × where only ASCII can be drawn: a mark that reads the same beside the verdict's words.
    static func asciiMark(_ v: Verdict) -> String {
        switch v {
        case .confirmed: "OK"
        case .conditional: "(!)"
        case .notConfirmed: "X"
        }
    }

    static func maxScroll(_ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let visible = area.height - headRows
        return max(0, lines(page, env, width: area.width, area.traits, lang).count - visible)
    }

    static func draw(_ g: inout Grid, _ page: ResultPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        let verdict = env.rules.verdicts[page.decision.verdict]!
        Screen.title(&g, UIText.resultTitle[lang], right: DateText.full(page.checkCase.visitDate, lang), area: area)
        // The verdict in words first and its symbol last: an ambiguous-width symbol never shifts what follows it.
        let role = verdictRole(page.decision.verdict)
        let symbol = area.traits.asciiOnly ? asciiMark(page.decision.verdict) : verdict.symbol
        let text = "  \(verdict.label[lang])  \(symbol)  "
        g.put(text, x: area.x, y: area.y + 2, style: Style(role, [.reverse, .bold]), limit: area.width)
        let content = lines(page, env, width: area.width, area.traits, lang)
        let visible = area.height - headRows
        let scroll = max(0, min(page.scroll, content.count - visible))
        for (i, line) in content.dropFirst(scroll).prefix(visible).enumerated() {
            g.put(line.text, x: area.x + line.indent, y: area.y + headRows + i, style: line.style, limit: area.width - line.indent)
        }
        Screen.scrollMarks(&g, scroll: scroll, visible: visible, total: content.count, area: area, lang)
    }
}
