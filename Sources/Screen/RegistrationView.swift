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
