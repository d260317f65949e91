import Eligibility
import Facility
import Wizard

/// One row of a list: number, text, and whether it has the focus (reverse video, never colour alone).
func option(_ g: inout Grid, x: Int, y: Int, width: Int, number: String, text: String, focused: Bool, mark: String? = nil) {
    let style = focused ? Style(.focus, [.reverse, .bold]) : Style.plain
    if focused { g.fill(x: x, y: y, count: width, style: style) }
    var col = x
    col += g.put(focused ? "> " : "  ", x: col, y: y, style: style)
    if let mark { col += g.put(mark + " ", x: col, y: y, style: style) }
    col += g.put(number + "  ", x: col, y: y, style: focused ? style : Style(.key, [.bold]))
    g.put(text, x: col, y: y, style: style, limit: x + width - col)
}

enum CheckView {
    static func draw(_ g: inout Grid, _ f: CheckFlow, _ s: WizardState, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        let rules = env.rules
        let (n, m) = f.progress
        Screen.title(&g, UIText.checkTitle[lang], right: UIText.progress(n, m)[lang], area: area)
        var y = area.y + 2
        for line in TextWrap.lines(UIText.question(f.step, online: f.answers.online)[lang], width: area.width, area.traits) {
            g.put(line, x: area.x, y: y, style: Style(.title, [.bold]))
            y += 1
        }
        y += 1
        if f.typingNumber {
            // Typing the number replaces the list, so the field, the reading and the error fit at 60×18.
            y = field(&g, label: UIText.insurerNumberPrompt[lang], field: f.field, x: area.x + 2, y: y, area: area)
            if f.error == nil, case .success(let number) = InsurerNumber.parse(f.field.text) {
                let text = "\(UIText.inferred[lang]): \(rules.insurerLabel(number.type, lang))・\(number.prefecture.name(lang))"
                g.put(text, x: area.x + 4, y: y, style: Style(.ok, [.bold]), limit: area.width - 4)
                y += 1
            }
        } else {
            let labels = optionLabels(f, rules, lang)
            for (i, label) in labels.enumerated() {
                var mark: String?
                if f.question.kind == .several { mark = f.answers.holds.contains(DocumentKind.allCases[i]) ? "[x]" : "[ ]" }
                option(&g, x: area.x, y: y, width: area.width, number: String(i + 1), text: label, focused: i == f.cursor,
                       mark: mark)
                y += 1
            }
        }
        if f.step.isDate {
            y = field(&g, label: UIText.datePrompt[lang], field: f.field, x: area.x + 2, y: y, area: area)
            let trimmed = String(f.field.text.trimmingSpaces)
            if f.error == nil, !trimmed.isEmpty {
                if trimmed == "0" || trimmed == "０" {
                    g.put("\(UIText.inferred[lang]): \(f.question.noneReads[lang])", x: area.x + 4, y: y, style: Style(.ok, [.bold]))
                    y += 1
                } else if case .success(let d) = DateInput.parse(trimmed) {
                    g.put("\(UIText.inferred[lang]): \(DateText.full(d, lang))", x: area.x + 4, y: y, style: Style(.ok, [.bold]),
                          limit: area.width - 4)
                    y += 1
                }
            }
        }
        if let error = f.error {
            for line in TextWrap.lines("! " + error[lang], width: area.width - 4, area.traits) where y < area.bottom - 1 {
                g.put(line, x: area.x + 4, y: y, style: Style(.error, [.bold]))
                y += 1
            }
        }
        y += 1
        // A hint for the focused document, or for the question.
        var hint: String?
        switch f.step {
        case _ where f.question.kind == .several: hint = rules.documents[DocumentKind.allCases[f.cursor]]!.help[lang] + "\n" + UIText.holdsHint[lang]
        case .online where s.example == nil && s.quiz == nil:
            hint = (s.savesFacilityState ? UIText.onlineHintFirstStart
                : s.settings.online == .ask ? (env.mode == .kiosk ? UIText.onlineHintAskKiosk : UIText.onlineHintAsk)
                : UIText.onlineHint)[lang]
        case _ where f.typingNumber: hint = UIText.insurerNumberHint[lang]
        case _ where f.step.isDate:
            hint = UIText.dateHint(zeroAllowed: f.acceptsNone(on: s.checkDate, env.rules), step: f.step)[lang]
        default: break
        }
        if let hint {
            for line in TextWrap.lines(hint, width: area.width - 2, area.traits) where y < area.bottom - 1 {
                g.put(line, x: area.x + 2, y: y, style: Style(.muted))
                y += 1
            }
        }
        if y < area.bottom - 1 { summary(&g, f, s, env, area: area, lang) }
    }

    static func optionLabels(_ f: CheckFlow, _ rules: Rules, _ lang: Language) -> [String] {
        f.step.optionLabels(rules, lang)
    }

    /// A labelled input box; places the terminal cursor at the caret. Returns the next free row.
    static func field(_ g: inout Grid, label: String, field: TextField, x: Int, y: Int, area: Screen.Area) -> Int {
        var col = x
        col += g.put(label + ": ", x: col, y: y, style: Style(.plain, [.bold]))
        let boxWidth = min(24, area.x + area.width - col - 2)
        guard boxWidth > 4 else { return y + 1 }
        g.put("[", x: col, y: y, style: Style(.input, [.bold]))
        g.fill(x: col + 1, y: y, count: boxWidth, style: Style(.input, [.underline]))
        let chars = Array(field.text)
        // Keep the caret visible when the text is longer than the box.
        var start = 0
        while area.traits.width(String(chars[start..<field.caret])) > boxWidth - 1 { start += 1 }
        g.put(String(chars[start...]), x: col + 1, y: y, style: Style(.input, [.underline]), limit: boxWidth)
        g.put("]", x: col + 1 + boxWidth, y: y, style: Style(.input, [.bold]))
        g.cursor = Position(x: col + 1 + area.traits.width(String(chars[start..<field.caret])), y: y)
        return y + 1
    }

    /// The answers so far, on the last lines of the page, so the receptionist sees what has been said (the dates as
    /// understood, so a misread one is seen before the result). Only what was asked on the way here, and the
    /// facility's state: an answer kept from another way through the questions is not this one's.
    static func summary(_ g: inout Grid, _ f: CheckFlow, _ s: WizardState, _ env: WizardEnvironment, area: Screen.Area,
                        _ lang: Language) {
        let parts = Question.all.compactMap { q -> String? in
            guard q.step < f.step, q.alwaysAsked || f.asked.contains(q.step), let a = f.answers[q.step] else { return nil }
            return q.short(a, env.rules, lang)
        }
        guard !parts.isEmpty else { return }
        // When the line is full, the earliest answers give way: the latest is what needs checking.
        let head = lang == .ja ? "回答: " : "So far: "
        var text = head + parts.joined(separator: " / ")
        var dropped = 0
        while area.traits.width(text) > area.width, dropped < parts.count - 1 {
            dropped += 1
            text = head + "… / " + parts[dropped...].joined(separator: " / ")
        }
        g.put(TextWrap.truncate(text, width: area.width, area.traits), x: area.x, y: area.bottom - 1, style: Style(.muted))
    }
}
