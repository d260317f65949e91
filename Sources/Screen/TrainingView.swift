import Eligibility
import Training
import Wizard

/// The training menu, the simulated date, and the quiz.
enum TrainingView {
    static func menu(_ g: inout Grid, cursor: Int, _ s: WizardState, area: Screen.Area, _ lang: Language) {
        MenuView.draw(&g, title: UIText.trainingTitle[lang], right: UIText.trainingDateNow(DateText.full(s.visitDate, lang))[lang],
                      cursor: cursor, area: area, layout: MenuView.Layout(beside: true),
                      label: { (item: TrainingItem) in UIText.trainingItem(item)[lang] }, detail: { UIText.trainingDetail($0)[lang] })
    }

    static func date(_ g: inout Grid, field: TextField, error: LocalizedText?, _ s: WizardState, area: Screen.Area,
                     _ lang: Language) {
        Screen.title(&g, UIText.trainingTitle[lang], area: area)
        g.put(UIText.trainingDateQuestion[lang], x: area.x, y: area.y + 2, style: Style(.title, [.bold]), limit: area.width)
        g.put(UIText.trainingDateNow(DateText.full(s.visitDate, lang))[lang] + UIText.trainingDateKeep[lang], x: area.x + 2,
              y: area.y + 3, style: Style(.muted), limit: area.width - 2)
        var y = CheckView.field(&g, label: UIText.trainingDatePrompt[lang], field: field, x: area.x + 2, y: area.y + 5, area: area)
        if error == nil, case .success(let d) = DateInput.parse(String(field.text.trimmingSpaces)) {
            g.put("\(UIText.inferred[lang]): \(DateText.full(d, lang))", x: area.x + 4, y: y, style: Style(.ok, [.bold]))
            y += 1
        }
        if let error {
            for line in TextWrap.lines("! " + error[lang], width: area.width - 4, area.traits) {
                g.put(line, x: area.x + 4, y: y, style: Style(.error, [.bold]))
                y += 1
            }
        }
        y += 1
        for line in TextWrap.lines(UIText.trainingDetail(.date)[lang], width: area.width - 2, area.traits) where y < area.bottom {
            g.put(line, x: area.x + 2, y: y, style: Style(.muted))
            y += 1
        }
    }

    static func quiz(_ g: inout Grid, _ phase: QuizPhase, _ s: WizardState, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        let library = env.training
        guard let quiz = s.quiz ?? s.autoplay.map({ QuizSession(order: [library.scenarios[$0.scenario].id]) }) else { return }
        let total = quiz.order.count
        var y = area.y
        func paragraph(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            for line in TextWrap.lines(text, width: area.width - indent, area.traits) where y < area.bottom {
                g.put(line, x: area.x + indent, y: y, style: style)
                y += 1
            }
        }
        switch phase {
        case .summary:
            Screen.title(&g, UIText.quizTitle[lang], area: area)
            y += 2
            let right = quiz.results.filter { $0.isRight }.count
            paragraph(UIText.quizScore(right, quiz.results.count)[lang], Style(right == quiz.results.count ? .ok : .caution, [.bold, .reverse]))
            y += 1
            paragraph(UIText.quizReview[lang], Style(.title, [.bold, .underline]))
            let wrong = quiz.results.filter { !$0.isRight }
            if wrong.isEmpty { paragraph(UIText.quizNoMistakes[lang], indent: 2) }
            for r in wrong {
                guard let sc = library.scenario(id: r.scenarioID) else { continue }
                let answer = UIText.quizCorrectAnswer[lang] + ": " + UIText.quizAnswer(r.correct)[lang]
                paragraph("- " + sc.title(lang) + lang.parenthesized(answer), indent: 2)
            }
            return
        default:
            break
        }
        guard let id = quiz.currentID, let sc = library.scenario(id: id) else { return }
        let progress = s.autoplay == nil ? UIText.quizProgress(quiz.index + 1, total)[lang] : ""
        let title = s.autoplay == nil ? UIText.quizTitle : UIText.autoplayTitle
        Screen.title(&g, title[lang] + "  " + sc.title(lang), right: progress, area: area)
        y += 2
        switch phase {
        case .story:
            paragraph("\(UIText.quizFacility[lang]): " + env.rules.facilityLabel(sc.checkCase.online, lang)
                      + (lang == .ja ? "　" : "  ") + DateText.full(sc.checkCase.visitDate, lang), Style(.plain, [.bold]))
            y += 1
            paragraph(sc.story(lang))
            y += 1
            if s.autoplay == nil { paragraph(UIText.quizStart[lang], Style(.muted)) }
        case .answer(let cursor, _, _):
            paragraph(UIText.quizQuestion[lang], Style(.title, [.bold]))
            y += 1
            // An answer too long for the row goes on under itself, never cut: a cut answer may read as another one.
            let textX = 5
            for a in QuizAnswer.allCases where y < area.bottom {
                let focused = a.rawValue - 1 == cursor
                let parts = TextWrap.lines(UIText.quizAnswer(a)[lang], width: max(1, area.width - textX), area.traits)
                option(&g, x: area.x, y: y, width: area.width, number: String(a.rawValue), text: parts.first ?? "",
                       focused: focused)
                y += 1
                for part in parts.dropFirst() where y < area.bottom {
                    let style = focused ? Style(.focus, [.reverse, .bold]) : Style.plain
                    if focused { g.fill(x: area.x, y: y, count: area.width, style: style) }
                    g.put(part, x: area.x + textX, y: y, style: style)
                    y += 1
                }
            }
        case .reveal(let r, let scroll):
            // Under the title and its marks row, scrolled when the screen cannot hold it (as a result is).
            let content = revealLines(r, sc, width: area.width, area.traits, lang)
            let visible = area.height - 2
            let top = max(0, min(scroll, content.count - visible))
            for (i, line) in content.dropFirst(top).prefix(visible).enumerated() {
                g.put(line.text, x: area.x + line.indent, y: area.y + 2 + i, style: line.style, limit: area.width - line.indent)
            }
            Screen.scrollMarks(&g, scroll: top, visible: visible, total: content.count, area: area, lang)
        case .summary:
            break
        }
    }

    /// The reveal's lines: right or wrong, the answers, the questions answered unlike the story, the explanation.
    static func revealLines(_ r: QuizResult, _ sc: TrainingScenario, width: Int, _ traits: DisplayTraits,
                            _ lang: Language) -> [ResultView.Line] {
        var out: [ResultView.Line] = []
        func paragraph(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            for line in TextWrap.lines(text, width: max(1, width - indent), traits) {
                out.append(ResultView.Line(text: line, style: style, indent: indent))
            }
        }
        func gap() { out.append(ResultView.Line(text: "", style: .plain, indent: 0)) }
        paragraph(r.isRight ? UIText.quizRight[lang] : UIText.quizWrong[lang], Style(r.isRight ? .ok : .danger, [.bold, .reverse]))
        gap()
        paragraph(UIText.quizCorrectAnswer[lang] + ": " + UIText.quizAnswer(r.correct)[lang], Style(.plain, [.bold]))
        if r.chosen != r.correct { paragraph(UIText.quizYourAnswer[lang] + ": " + UIText.quizAnswer(r.chosen)[lang]) }
        if !r.misreadSteps.isEmpty {
            let steps = r.misreadSteps.map { lang == .ja ? "「" + UIText.question($0)[lang] + "」" : "\"" + UIText.question($0)[lang] + "\"" }
                .joined(separator: lang == .ja ? "、" : "; ")
            paragraph(UIText.quizMisread[lang] + ": " + steps, Style(.caution))
        }
        gap()
        paragraph(UIText.quizExplanation[lang], Style(.title, [.bold, .underline]))
        paragraph(sc.explanation(lang), indent: 2)
        return out
    }

    static func revealMaxScroll(_ s: WizardState, _ r: QuizResult, _ env: WizardEnvironment, area: Screen.Area,
                                _ lang: Language) -> Int {
        guard let id = s.quiz?.currentID, let sc = env.training.scenario(id: id) else { return 0 }
        return max(0, revealLines(r, sc, width: area.width, area.traits, lang).count - (area.height - 2))
    }

    /// The autoplay's caption, on the last rows of the page, in reverse video: wrapped, never cut, so the teaching
    /// point is read whole (at most three rows; a longer caption would be a text to shorten).
    static func caption(_ g: inout Grid, _ play: Autoplay, area: Screen.Area, _ lang: Language) {
        let lines = Array(TextWrap.lines(play.caption[lang], width: area.width - 2, area.traits).prefix(3))
        for (i, line) in lines.enumerated() {
            let y = area.bottom - lines.count + i
            g.fill(x: area.x, y: y, count: area.width, style: Style(.banner, [.reverse, .bold]))
            g.put(" " + line, x: area.x, y: y, style: Style(.banner, [.reverse, .bold]), limit: area.width)
        }
    }
}
