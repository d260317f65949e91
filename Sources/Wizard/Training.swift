import Eligibility
import Training

/// The items of the training menu (home menu 2).
public enum TrainingItem: Int, CaseIterable, Sendable {
    /// The real check, for practice: nothing is recorded.
    case practice = 1
    /// Example patients: answer the questions, say what to present, then see the result.
    case quiz
    /// The example patients walked through by themselves, for a screen at a training session.
    case autoplay
    /// The simulated visit date.
    case date
}

/// The six answers a trainee chooses from before a quiz result is revealed.
public enum QuizAnswer: Int, CaseIterable, Sendable {
    case mynaOnly = 1
    case mynaWithCompanion
    case certificate
    case legacyCard
    case conditional
    case notConfirmed

    /// The answer a decision stands for.
    public init(_ d: Decision) {
        switch d.path {
        case .mynaRead?: self = .mynaOnly
        case .mynaWithPortal?, .mynaWithNotice?: self = .mynaWithCompanion
        case .certificate?: self = .certificate
        case .legacyCard?: self = .legacyCard
        case .oralConfirmation?, .declarationForm?, .interimLegacyCard?, .interimNotice?: self = .conditional
        case nil: self = .notConfirmed
        }
    }
}

/// One quiz question as answered.
public struct QuizResult: Hashable, Sendable {
    public let scenarioID: String
    public let chosen: QuizAnswer
    public let correct: QuizAnswer
    /// The questions the trainee answered differently from the story, for the review.
    public let misreadSteps: [CheckStep]

    /// The one scoring rule of the quiz (the question's screen, the review and the score): right when the answer is
    /// what the story's patient must present and every question was answered as the story says — at a real desk a
    /// question answered wrongly decides for another patient.
    public var isRight: Bool { chosen == correct && misreadSteps.isEmpty }
}

/// A quiz in progress: the order of the example patients and the answers so far.
public struct QuizSession: Hashable, Sendable {
    public let order: [String]
    public var index = 0
    public var results: [QuizResult] = []

    public init(order: [String]) { self.order = order }

    public var currentID: String? { index < order.count ? order[index] : nil }
}

/// What the quiz shows.
public enum QuizPhase: Hashable, Sendable {
    /// The patient's story, before the questions.
    case story
    /// After the questions: what must the patient present? `decision` is what the trainee's answers give.
    case answer(cursor: Int, flow: CheckFlow, decision: Decision)
    /// Right or wrong, with the explanation; it scrolls when the screen cannot hold it.
    case reveal(QuizResult, scroll: Int)
    /// The score and the review of mistakes.
    case summary
}

/// The example patients walking themselves through the wizard.
public struct Autoplay: Hashable, Sendable {
    public var scenario: Int
    /// The question being answered, and how many of its keys have been pressed.
    public var question: CheckStep?
    public var step = 0
    public var nextAt: Double
    public var caption: LocalizedText
}

/// Paces of the autoplay, in seconds: slow enough to read aloud at a training session.
enum AutoplayPace {
    static let story = 6.0
    static let choice = 1.8
    static let keystroke = 0.15
    static let result = 8.0
}

extension Wizard {
    // MARK: Training menu

    static func trainingKey(_ s: inout WizardState, _ cursor: Int, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        Menu<TrainingItem>(page: Page.training, open: { s, item, env in
            openTraining(&s, item, env)
            return []
        }, leave: { s, env in
            leaveTraining(&s, env)
            return []
        }).key(&s, cursor: cursor, key, env)
    }

    static func enterTraining(_ s: inout WizardState) {
        if !s.training {
            s.training = true
            s.realVisitDate = s.visitDate
        }
        s.page = .training(cursor: 0)
    }

    /// Back to the home menu; outside --demo the real visit date comes back and recording resumes.
    static func leaveTraining(_ s: inout WizardState, _ env: WizardEnvironment) {
        s.quiz = nil
        s.autoplay = nil
        s.example = nil
        s.practicing = false
        if env.mode != .demo {
            s.training = false
            if let real = s.realVisitDate { s.visitDate = real }
            s.realVisitDate = nil
        }
        s.page = .home(cursor: MenuItem.training.rawValue - 1)
    }

    static func openTraining(_ s: inout WizardState, _ item: TrainingItem, _ env: WizardEnvironment) {
        switch item {
        case .practice:
            s.practicing = true
            s.page = .check(newCheck(s, env))
        case .quiz:
            let ids = quizOrder(env.training, seed: Int(s.clock))
            s.quiz = QuizSession(order: ids)
            showStory(&s, env)
        case .autoplay:
            startAutoplay(&s, env, scenario: 0)
        case .date:
            // Empty: what is typed replaces the date, and Enter alone keeps it (the current one is shown beside).
            s.page = .trainingDate(TextField(), error: nil)
        }
    }

    /// Ten example patients, easier first, starting at a different one each session.
    static func quizOrder(_ library: TrainingLibrary, seed: Int) -> [String] {
        let sorted = library.scenarios.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
        guard !sorted.isEmpty else { return [] }
        let length = min(10, sorted.count)
        let stride = max(1, sorted.count / length)
        let offset = abs(seed) % stride
        let picked = (0..<length).map { sorted[min(sorted.count - 1, offset + $0 * stride)] }
        return picked.map(\.id)
    }

    static func trainingDateKey(_ s: inout WizardState, _ field: TextField, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        var field = field
        switch key {
        case .escape:
            s.page = .training(cursor: TrainingItem.date.rawValue - 1)
        case .enter:
            if field.text.trimmingSpaces.isEmpty {
                s.page = .training(cursor: TrainingItem.date.rawValue - 1)
                return []
            }
            switch DateInput.parse(String(field.text.trimmingSpaces)) {
            case .success(let d):
                s.visitDate = d
                s.page = .training(cursor: TrainingItem.date.rawValue - 1)
                s.notice = Notice(kind: .info, text: UIText.trainingDateSet(d))
            case .failure(let e):
                s.page = .trainingDate(field, error: LocalizedText(ja: e.text(.ja) + "。" + DateInput.acceptedForms(.ja),
                                                                   en: e.text(.en) + "; " + DateInput.acceptedForms(.en)))
            }
        default:
            if field.edit(key) { s.page = .trainingDate(field, error: nil) }
        }
        return []
    }

    // MARK: Quiz

    static func quizKey(_ s: inout WizardState, _ phase: QuizPhase, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        guard var quiz = s.quiz, let scenario = quiz.currentID.flatMap({ env.training.scenario(id: $0) }) else {
            // The summary, or a quiz that has run out of questions.
            if key == .enter || key == .escape {
                endQuiz(&s)
            } else if case .story = phase {
                s.example = nil
                s.page = .quiz(.summary)
            }
            return []
        }
        switch phase {
        case .story:
            switch key {
            case .enter:
                // The trainee answers every question from the story, the facility's state included.
                s.page = .check(CheckFlow(askingFrom: nil, visitDate: s.checkDate, dates: env.rules.dates))
            case .escape:
                s.example = nil
                s.page = .quiz(.summary)
            default: break
            }
        case .answer(let cursor, let flow, let decision):
            let count = QuizAnswer.allCases.count
            switch key {
            case .up: s.page = .quiz(.answer(cursor: (cursor + count - 1) % count, flow: flow, decision: decision))
            case .down, .tab: s.page = .quiz(.answer(cursor: (cursor + 1) % count, flow: flow, decision: decision))
            case .escape: s.page = .check(flow)
            case .enter: reveal(&s, &quiz, scenario, chosen: QuizAnswer(rawValue: cursor + 1)!, flow: flow, env)
            case .char(let c):
                if let n = c.wholeNumberValue, let chosen = QuizAnswer(rawValue: n) {
                    reveal(&s, &quiz, scenario, chosen: chosen, flow: flow, env)
                }
            default: break
            }
        case .reveal(let result, let scroll):
            if key == .enter {
                quiz.index += 1
                s.quiz = quiz
                showStory(&s, env)
            } else if key == .escape {
                s.example = nil
                s.page = .quiz(.summary)
            } else if let scroll = scrolled(scroll, by: key, s) {
                s.page = .quiz(.reveal(result, scroll: scroll))
            }
        case .summary:
            if key == .enter || key == .escape { endQuiz(&s) }
        }
        return []
    }

    /// Back to the training menu, with the session's date and facility.
    static func endQuiz(_ s: inout WizardState) {
        s.quiz = nil
        s.example = nil
        s.page = .training(cursor: TrainingItem.quiz.rawValue - 1)
    }

    /// The current example patient's story, with the header showing the story's visit date and facility.
    static func showStory(_ s: inout WizardState, _ env: WizardEnvironment) {
        if let id = s.quiz?.currentID, let scenario = env.training.scenario(id: id) {
            s.example = ExampleSetting(visitDate: scenario.checkCase.visitDate, online: scenario.checkCase.online)
            s.page = .quiz(.story)
        } else {
            s.example = nil
            s.page = .quiz(.summary)
        }
    }

    /// The end of the questions during a quiz: ask what to present before showing anything.
    static func quizAnswerPage(_ flow: CheckFlow, _ decision: Decision) -> Page {
        .quiz(.answer(cursor: 0, flow: flow, decision: decision))
    }

    static func reveal(_ s: inout WizardState, _ quiz: inout QuizSession, _ scenario: TrainingScenario, chosen: QuizAnswer,
                       flow: CheckFlow, _ env: WizardEnvironment) {
        let correct = QuizAnswer(Eligibility.decide(scenario.checkCase, dates: env.rules.dates, today: scenario.checkCase.visitDate))
        let result = QuizResult(scenarioID: scenario.id, chosen: chosen, correct: correct,
                                misreadSteps: misread(flow, scenario.checkCase, env))
        quiz.results.append(result)
        s.quiz = quiz
        s.page = .quiz(.reveal(result, scroll: 0))
    }

    /// The questions the trainee was asked whose answers differ from the story's case: a question skipped because no
    /// answer could change the result is never counted as misread. A document's details count only where the story
    /// has that document (a document ticked by mistake is the 「お持ちのもの」 misread), 初診/再診 only where the story
    /// needs it.
    public static func misread(_ flow: CheckFlow, _ c: CheckCase, _ env: WizardEnvironment) -> [CheckStep] {
        return flow.askedSoFar.filter { step in
            let q = step.question
            if step == .visit {
                guard Eligibility.visitMatters(c, dates: env.rules.dates, today: c.visitDate) else { return false }
            } else if !q.alwaysAsked {
                guard step.isAbout(c) else { return false }
            }
            // The trainee's answer, put into the story's case, must read back as the story's.
            var x = c
            q.apply(flow.answers[step], &x)
            return q.answer(x) != q.answer(c)
        }.sorted()
    }

    // MARK: Autoplay

    static func startAutoplay(_ s: inout WizardState, _ env: WizardEnvironment, scenario: Int) {
        let scenarios = env.training.scenarios
        guard !scenarios.isEmpty else { return }
        let index = scenario % scenarios.count
        let sc = scenarios[index]
        s.example = ExampleSetting(visitDate: sc.checkCase.visitDate, online: sc.checkCase.online)
        s.page = .quiz(.story)
        s.autoplay = Autoplay(scenario: index, nextAt: s.clock + AutoplayPace.story,
                              caption: LocalizedText(ja: "例題 \(index + 1)/\(scenarios.count): \(sc.title(.ja))",
                                                     en: "Example \(index + 1)/\(scenarios.count): \(sc.title(.en))"))
    }

    /// One scripted move of the autoplay: a key a receptionist would press for this example, and the caption.
    struct ScriptedStep {
        let key: Key
        let caption: LocalizedText
        let pause: Double
    }

    /// The keys that answer the question on screen from the example's case: only the questions the check asks are
    /// answered, so the autoplay follows the same questions a receptionist sees.
    static func autoplayMoves(_ step: CheckStep, _ c: CheckCase, _ r: Rules) -> [ScriptedStep] {
        func digit(_ i: Int) -> Key { .char(Character(String(i + 1))) }
        func caption(_ value: (Language) -> String) -> LocalizedText {
            LocalizedText(ja: "\(UIText.stepName(step).ja): \(value(.ja))", en: "\(UIText.stepName(step).en.capitalizedFirst): \(value(.en))")
        }
        let q = step.question
        switch (q.kind, q.answer(c)) {
        case (.single, let answer):
            // A story without the document has nothing to say: the option the wizard assumes.
            let i = if case .option(let i) = answer { i } else { 0 }
            return [ScriptedStep(key: digit(i), caption: caption { q.labels(r, $0)[i] }, pause: AutoplayPace.choice)]
        case (.several, _):
            let held = c.holds.kinds
            let said = caption { held.isEmpty ? UIText.nothingHeld[$0] : r.documentList(held, $0) }
            return held.map { ScriptedStep(key: digit(DocumentKind.allCases.firstIndex(of: $0)!), caption: said,
                                           pause: AutoplayPace.choice / 2) }
                + [ScriptedStep(key: .enter, caption: said, pause: AutoplayPace.choice)]
        case (.date, let answer):
            let d = if case .date(let given) = answer { given.date } else { CalendarDate?.none }
            let said = caption { lang in d.map { DateText.inSentence($0, lang) } ?? UIText.noneTyped[lang] }
            return (d.map { DateText.warekiPlain($0) } ?? "0").map { ScriptedStep(key: .char($0), caption: said, pause: AutoplayPace.keystroke) }
                + [ScriptedStep(key: .enter, caption: said, pause: AutoplayPace.choice)]
        }
    }

    static func autoplayTick(_ s: inout WizardState, _ env: WizardEnvironment) {
        guard var play = s.autoplay, s.clock >= play.nextAt else { return }
        let scenarios = env.training.scenarios
        let sc = scenarios[play.scenario]
        if case .quiz(.story) = s.page {
            // Begin the questions.
            s.page = .check(CheckFlow(askingFrom: sc.checkCase.online, visitDate: s.checkDate, dates: env.rules.dates))
            play.question = nil
        }
        if case .result = s.page {
            // The result has been read: the next example patient.
            startAutoplay(&s, env, scenario: play.scenario + 1)
            return
        }
        guard case .check(var flow) = s.page else { return }
        if play.question != flow.step {
            play.question = flow.step
            play.step = 0
        }
        let moves = autoplayMoves(flow.step, sc.checkCase, env.rules)
        guard play.step < moves.count else { return }
        let move = moves[play.step]
        play.caption = move.caption
        play.step += 1
        play.nextAt = s.clock + move.pause
        s.autoplay = play
        _ = checkKey(&s, &flow, move.key, env)
        if case .check = s.page { s.page = .check(flow) }
        if case .result(let page) = s.page {
            play.caption = LocalizedText(ja: "結果: \(env.rules.verdicts[page.decision.verdict]!.label.ja) — \(sc.point(.ja))",
                                         en: "Result: \(env.rules.verdicts[page.decision.verdict]!.label.en) — \(sc.point(.en))")
            play.nextAt = s.clock + AutoplayPace.result
            s.autoplay = play
        }
    }
}

private extension String {
    /// The first letter in capitals: an English step name at the start of a caption.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
