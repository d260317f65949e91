import Eligibility

/// What the receptionist has answered so far, question by question. Typed texts are kept so that going back never
/// loses them.
public struct CheckAnswers: Hashable, Sendable {
    /// The answer given to each question answered on any way through the check (the case takes only those asked on
    /// this way: `checkCase(on:asked:)`).
    public var given: [CheckStep: Answer] = [:]
    /// The 保険者番号 as typed when the type was inferred from it. Shown on screen only; never recorded.
    public var insurerNumberText = ""
    public var insurerFromNumber = false
    /// The text in each date field, as typed.
    public var typed: [CheckStep: String] = [:]

    public init() {}

    public subscript(step: CheckStep) -> Answer? {
        get { given[step] }
        set { given[step] = newValue }
    }

    /// Question 1's answer: the facility's state, for this patient.
    public var online: OnlineChecking? {
        get { if case .option(let i) = given[.online] { onlineChoices[i] } else { nil } }
        set { given[.online] = newValue.map { .option(onlineChoices.firstIndex(of: $0)!) } }
    }

    /// 「お持ちのもの」: the documents ticked.
    public var holds: DocumentSet {
        get { if case .documents(let held) = given[.holds] { held } else { [] } }
        set { given[.holds] = .documents(newValue) }
    }

    /// The case to decide from the questions asked (and those always asked); every other one keeps the value the
    /// wizard assumes and, where it is about a document the patient holds, is marked as not asked (so no text rests
    /// on it).
    public func checkCase(on date: CalendarDate, asked: Set<CheckStep>) -> CheckCase {
        var c = CheckCase(visitDate: date, online: .no)
        for q in Question.all where q.alwaysAsked || asked.contains(q.step) { q.apply(given[q.step], &c) }
        for q in Question.all where !q.alwaysAsked && !asked.contains(q.step) && q.namesWhenSkipped(c) {
            c.unasked.insert(q.unasked)
        }
        return c
    }
}

/// A check in progress: the answers, the question on screen and its input state.
public struct CheckFlow: Hashable, Sendable {
    public var answers = CheckAnswers()
    public var step: CheckStep = .online
    /// The highlighted option of a choice question.
    public var cursor = 0
    /// The text field of a date question, or of the 保険者番号 on the insurer question.
    public var field = TextField()
    /// On the insurer question: typing the 保険者番号 rather than choosing a type.
    public var typingNumber = false
    /// The inline error under the field; the typed text stays.
    public var error: LocalizedText?
    /// The tally row of this patient once a result was shown: going back and answering again replaces it, so the
    /// tally counts patients, not results shown.
    public var recordID: Int64?
    /// The steps answered on the way to this one, in order (Esc goes back through them).
    public var asked: [CheckStep] = []
    /// The steps after this one that some answer could still make necessary ("手順 n/m" counts them).
    public var ahead: [CheckStep] = []
    /// Question 1 is asked: the facility's setting is 毎回確認, or Esc went back to it for this patient.
    public var asksOnline = true

    /// A check that asks question 1 first, its cursor on `online` when given (training and the quiz).
    public init(askingFrom online: OnlineChecking?, visitDate: CalendarDate, dates: RuleDates) {
        answers.online = online
        cursor = online.map { onlineChoices.firstIndex(of: $0)! } ?? 0
        replan(visitDate: visitDate, dates: dates)
    }

    /// A patient's check at this facility: from question 2 when the facility's state is saved, else from question 1.
    /// Without rules (a rules file that cannot be used, which the front end reports), nothing is counted ahead.
    public init(setting: OnlineSetting, visitDate: CalendarDate, dates: RuleDates?) {
        switch setting {
        case .ask:
            cursor = 0
        case .facility(let online):
            answers.online = online
            cursor = onlineChoices.firstIndex(of: online)!
            asksOnline = false
            step = .holds
            cursor = 0
        }
        if let dates { replan(visitDate: visitDate, dates: dates) }
    }

    /// Works out the steps still ahead after an answer or a step back. Until 「お持ちのもの」 is answered they are those
    /// some documents (and, on question 1, some facility state) could need, so 「手順 n/m」 never grows as the
    /// receptionist goes on — not even as documents are ticked.
    public mutating func replan(visitDate: CalendarDate, dates: RuleDates) {
        switch step {
        case .online:
            ahead = [.holds] + QuestionPlan.aheadOfHolds(online: nil, visitDate: visitDate, dates: dates)
        case .holds:
            ahead = QuestionPlan.aheadOfHolds(online: answers.online, visitDate: visitDate, dates: dates)
        default:
            ahead = QuestionPlan.ahead(of: step, answers, asked: asked, visitDate: visitDate, dates: dates)
        }
    }

    /// Every step asked, the one on screen included.
    public var askedSoFar: [CheckStep] { asked + [step] }

    /// The case these answers give, with what was not asked marked.
    public func checkCase(on date: CalendarDate) -> CheckCase {
        answers.checkCase(on: date, asked: Set(askedSoFar))
    }

    /// The steps about what the patient holds that were not asked (the result says so).
    public func notAsked(_ c: CheckCase) -> [CheckStep] {
        CheckStep.allCases.filter { !askedSoFar.contains($0) && $0.isAbout(c) }
    }
}

/// The facility's ways of checking in the order question 1 lists them (interface.md step 1).
public let onlineChoices = OnlineChecking.questionOrder

/// The insurer types in the order the question lists them (interface.md step 4).
public let insurerChoices: [InsurerType] = [.kyokai, .kumiai, .kyosai, .senpo, .kokuho, .kokuhoKumiai, .kouki, .other]

extension CheckFlow {
    /// "手順 n/m": n counts the steps asked up to this one, m adds those that can still be asked after it.
    public var progress: (n: Int, m: Int) {
        let n = asked.count + 1
        return (n, n + ahead.count)
    }

    /// Number of options of the question on screen.
    public var optionCount: Int { step.optionCount }

    /// The question on screen.
    public var question: Question { step.question }

    /// Whether 0 (記載なし) is accepted on the date question on screen, given the answers before it.
    public func acceptsNone(on date: CalendarDate, _ rules: Rules) -> Bool {
        question.noneAllowed(answers.checkCase(on: date, asked: Set(asked)), rules)
    }

    /// Where the cursor starts on a step: on the current answer when there is one.
    mutating func placeCursor() {
        let a = answers
        typingNumber = step.question.typesInsurerNumber && a.insurerFromNumber
        if case .option(let i) = a[step] { cursor = typingNumber ? step.optionCount - 1 : i } else { cursor = 0 }
        field = TextField(step.isDate ? a.typed[step] ?? "" : (step.question.typesInsurerNumber ? a.insurerNumberText : ""))
        error = nil
    }
}
