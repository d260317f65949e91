import Adoption
import Eligibility
import Wizard

/// The registration form: one row per field, its problems under the focused row, scrolled to keep it in view.
enum RegistrationView {
    static func draw(_ g: inout Grid, _ page: RegistrationPage, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        Screen.title(&g, UIText.registrationTitle[lang], area: area)
        let rows = page.rows
        let labelWidth = min(24, PortalField.allCases.map { area.traits.width($0.label[lang]) }.max()! + 2)
        // Each row is one line; the focused one also gets its rule and problems below it.
        var lines: [(text: String, style: Style, indent: Int, row: Int, isValue: Bool)] = []
        for (i, row) in rows.enumerated() {
            let focused = i == page.focus
            switch row {
            case .field(let f):
                var value: String
                switch f {
                case .affiliation: value = "< " + (page.form.affiliation?.label[lang] ?? UIText.registrationChoose[lang]) + " >"
                case .locationConfirmed: value = page.form.locationConfirmed ? "[x]" : "[ ]"
                case .termsAccepted: value = page.form.termsAccepted ? "[x]" : "[ ]"
                case .password, .passwordConfirmation: value = String(repeating: "*", count: page.text(f).count)
                default: value = page.text(f)
                }
                if f == .prefecture, let p = page.form.prefecture { value += "  (\(p.codeText) \(p.name(lang)))" }
                let problems = page.problems(f)
                let mark = problems.contains { $0.severity == .error } ? "! " : (problems.isEmpty ? "  " : "? ")
                lines.append((mark + TextWrap.pad(f.label[lang], to: labelWidth, area.traits) + value,
                              focused ? Style(.focus, [.reverse, .bold]) : (mark == "! " ? Style(.error) : .plain), 0, i,
                              RegistrationPage.isText(f)))
                if f == .facilityCode, let code = page.form.derivedCode {
                    // Green only when the check digit agrees; a mismatch is a warning until confirmed.
                    let role: StyleRole = code.checkDigitMatches ? .ok : .warning
                    lines.append((UIText.registrationCode10[lang] + ": " + code.code10, Style(role, [.bold]), labelWidth + 2, i, false))
                }
                if focused {
                    if let rule = f.rule { lines.append((rule[lang], Style(.muted), 4, i, false)) }
                    for p in problems {
                        lines.append(((p.severity == .error ? "! " : "? ") + p.text(lang),
                                      Style(p.severity == .error ? .error : .warning, [.bold]), 4, i, false))
                    }
                }
            case .confirmCode:
                let ticked = page.form.facilityCodeWarningsConfirmed
                lines.append(("  " + (ticked ? "[x] " : "[ ] ") + UIText.registrationConfirmCode[lang],
                              focused ? Style(.focus, [.reverse, .bold]) : Style(.warning, [.bold]), 0, i, false))
                if focused {
                    for p in page.form.facilityCodeWarnings { lines.append(("? " + p.text(lang), Style(.warning), 4, i, false)) }
                }
            case .save:
                lines.append(("  [ " + UIText.registrationSave[lang] + " ]", focused ? Style(.focus, [.reverse, .bold]) : Style(.key, [.bold]),
                              0, i, false))
            }
        }
        // Wrap, then scroll so the focused row and its notes are on screen.
        var wrapped: [(String, Style, Int, Int, Bool)] = []
        for l in lines {
            // A line that starts with a two-column mark ("! ", "? ", or the blank one of a field) continues under its
            // text; a note without a mark continues under itself. Every line wraps at the narrower width.
            let hang = ["  ", "! ", "? "].contains { l.text.hasPrefix($0) } ? 2 : 0
            for (n, part) in TextWrap.lines(l.text, width: area.width - l.indent - hang, area.traits).enumerated() {
                wrapped.append((part, l.style, l.indent + (n == 0 ? 0 : hang), l.row, l.isValue && n == 0))
            }
        }
        let visible = area.height - 2
        let focusStart = wrapped.firstIndex { $0.3 == page.focus } ?? 0
        let focusEnd = wrapped.lastIndex { $0.3 == page.focus } ?? 0
        var top = 0
        if focusEnd >= visible { top = min(focusStart, focusEnd - visible + 1) }
        for (k, line) in wrapped.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 2 + k
            if line.1.emphasis.contains(.reverse) { g.fill(x: area.x, y: y, count: area.width, style: line.1) }
            g.put(line.0, x: area.x + line.2, y: y, style: line.1, limit: area.width - line.2)
            if line.4, line.3 == page.focus {
                // The caret sits after the label, at the typed position.
                let chars = Array(page.field.text)
                let shown = chars.prefix(page.field.caret)
                let prefix = 2 + labelWidth
                var caretText = String(shown)
                if case .field(let f) = page.focusedRow, f == .password || f == .passwordConfirmation {
                    caretText = String(repeating: "*", count: shown.count)
                }
                let x = area.x + line.2 + prefix + area.traits.width(caretText)
                if x < area.x + area.width { g.cursor = Position(x: x, y: y) }
            }
        }
    }
}

/// 患者さん向けご案内: the leaflet large, centred, scrolling when it is taller than the screen.
enum LeafletView {
    static func rows(_ s: WizardState, _ env: WizardEnvironment, width: Int, _ traits: DisplayTraits, _ lang: Language) -> [(String, Style)] {
        let lines = PatientLeaflet.lines(rules: env.rules, facilityName: Wizard.facilityName(s), language: lang)
        var rows: [(String, Style)] = []
        for line in lines {
            let style: Style = switch line.role {
            case .title: Style(.title, [.bold, .reverse])
            case .heading: Style(.title, [.bold])
            case .item: Style(.plain, [.bold])
            case .caution: Style(.warning, [.bold])
            case .body, .blank: .plain
            }
            if line.text.isEmpty {
                rows.append(("", .plain))
                continue
            }
            for part in TextWrap.lines(line.text, width: width - 4, traits) { rows.append((part, style)) }
        }
        return rows
    }

    /// The warning above the leaflet at a facility that reads cards, as many rows as fit.
    static func noteRows(_ s: WizardState, area: Screen.Area, _ lang: Language) -> Int {
        guard s.settings.online.known?.readsCards == true else { return 0 }
        return min(TextWrap.lines(UIText.leafletOnlineNote[lang], width: area.width, area.traits).count, max(0, area.height - 4))
    }

    static func maxScroll(_ s: WizardState, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let count = rows(s, env, width: area.width, area.traits, lang).count
        return max(0, count - visible(count, height: area.height - noteRows(s, area: area, lang)))
    }

    /// The rows shown: one less when the rest scrolls, so the 続きあり marker has a row of its own.
    static func visible(_ count: Int, height: Int) -> Int { count > height ? height - 1 : height }

    static func draw(_ g: inout Grid, _ s: WizardState, scroll: Int, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        var area = area
        // Printed here, the leaflet would tell patients something false about this facility: say so above it.
        let note = TextWrap.lines(UIText.leafletOnlineNote[lang], width: area.width, area.traits).prefix(noteRows(s, area: area, lang))
        for line in note {
            g.put(line, x: area.x, y: area.y, style: Style(.warning, [.bold]), limit: area.width)
            area = Screen.Area(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1, traits: area.traits)
        }
        let rows = rows(s, env, width: area.width, area.traits, lang)
        let shown = visible(rows.count, height: area.height)
        let start = max(0, min(scroll, rows.count - shown))
        let top = area.y + max(0, (area.height - rows.count) / 2)
        let width = rows.map { area.traits.width($0.0) }.max() ?? 0
        let x = area.x + max(0, (area.width - width) / 2)
        for (i, row) in rows.dropFirst(start).prefix(shown).enumerated() {
            g.put(row.0, x: x, y: top + i, style: row.1, limit: area.width)
        }
        if start + shown < rows.count {
            let more = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
            g.put(more, x: area.x + area.width - area.traits.width(more), y: area.bottom - 1, style: Style(.muted, [.reverse]))
        }
    }
}
