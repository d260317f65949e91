import Eligibility

/// An answer to a date question: a date, or 0 = 記載なし / 読めない.
public enum DateAnswer: Hashable, Sendable {
    case date(CalendarDate)
    case none

    var date: CalendarDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// What the receptionist has answered so far. Typed texts are kept so that going back never loses them.
public struct CheckAnswers: Hashable, Sendable {
    public var online: OnlineChecking?
    public var holds = DocumentSet()
    public var reader: ReaderResult?
    public var insurer: InsurerType?
    /// The 保険者番号 as typed when the type was inferred from it. Shown on screen only; never recorded.
    public var insurerNumberText = ""
    public var insurerFromNumber = false
    public var legacyExpiry: DateAnswer?
    public var insurerChanged: Bool?
    public var certificateExpiry: DateAnswer?
    public var noticeExpiry: DateAnswer?
    public var visit: VisitKind?
    /// The text in each date field, as typed.
    public var typed: [CheckStep: String] = [:]

    public init() {}

    /// The case to decide from the steps that were asked; every other one takes a default and, where it is about a
    /// document the patient holds, is marked as not asked (so no text rests on it).
    public func checkCase(on date: CalendarDate, asked: Set<CheckStep>) -> CheckCase {
        func ifAsked<T>(_ step: CheckStep, _ value: T?) -> T? { asked.contains(step) ? value : nil }
        var c = CheckCase(
            visitDate: date, online: online ?? .no, reader: ifAsked(.reader, reader) ?? .ok,
            visit: ifAsked(.visit, visit) ?? .first,
            mynaCard: holds.contains(.mynaCard),
            certificate: holds.contains(.certificate)
                ? EligibilityCertificate(expiry: ifAsked(.certificateExpiry, certificateExpiry)?.date) : nil,
            legacyCard: holds.contains(.legacyCard)
                ? LegacyCard(insurer: ifAsked(.insurer, insurer) ?? .other,
                             printedExpiry: ifAsked(.legacyExpiry, legacyExpiry)?.date,
                             insurerChanged: ifAsked(.insurerChanged, insurerChanged) ?? false)
                : nil,
            notice: holds.contains(.notice) ? QualificationNotice(expiry: ifAsked(.noticeExpiry, noticeExpiry)?.date) : nil,
            portal: holds.contains(.portal))
        for step in CheckStep.allCases where !asked.contains(step) && step.isAbout(c) { c.unasked.insert(step.unasked!) }
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
public let onlineChoices: [OnlineChecking] = [.yes, .no, .app]

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

    /// Where the cursor starts on a step: on the current answer when there is one.
    mutating func placeCursor() {
        let a = answers
        cursor = step.cursor(in: a)
        typingNumber = step == .insurer && a.insurerFromNumber
        field = TextField(step.isDate ? a.typed[step] ?? "" : (step == .insurer ? a.insurerNumberText : ""))
        error = nil
    }
}
