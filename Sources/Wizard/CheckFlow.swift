import Eligibility

/// The questions of a check, in the contract's order (interface.md). Steps that do not apply are skipped.
public enum CheckStep: Int, CaseIterable, Sendable, Comparable {
    case online = 1, holds, reader, insurer, legacyExpiry, insurerChanged, certificateExpiry, noticeExpiry, visit

    public static func < (a: CheckStep, b: CheckStep) -> Bool { a.rawValue < b.rawValue }

    /// Steps answered by typing a date.
    public var isDate: Bool { self == .legacyExpiry || self == .certificateExpiry || self == .noticeExpiry }
}

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

    /// The case to decide, with defaults for what has not been asked (yet).
    public func checkCase(on date: CalendarDate) -> CheckCase {
        CheckCase(
            visitDate: date, online: online ?? .no, reader: reader ?? .ok, visit: visit ?? .first,
            mynaCard: holds.contains(.mynaCard),
            certificate: holds.contains(.certificate) ? EligibilityCertificate(expiry: certificateExpiry?.date) : nil,
            legacyCard: holds.contains(.legacyCard)
                ? LegacyCard(insurer: insurer ?? .other, printedExpiry: legacyExpiry?.date, insurerChanged: insurerChanged ?? false)
                : nil,
            notice: holds.contains(.notice) ? QualificationNotice(expiry: noticeExpiry?.date) : nil,
            portal: holds.contains(.portal))
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

    public init(online: OnlineChecking) {
        answers.online = online
        cursor = onlineChoices.firstIndex(of: online)!
    }
}

/// The facility's ways of checking in the order question 1 lists them (interface.md step 1).
public let onlineChoices: [OnlineChecking] = [.yes, .no, .app]

/// The insurer types in the order the question lists them (interface.md step 4).
public let insurerChoices: [InsurerType] = [.kyokai, .kumiai, .kyosai, .senpo, .kokuho, .kokuhoKumiai, .kouki, .other]

extension CheckFlow {
    /// Whether a step is asked, given the answers so far.
    public func applies(_ s: CheckStep, _ env: WizardEnvironment, visitDate: CalendarDate) -> Bool {
        let a = answers
        switch s {
        case .online, .holds: return true
        case .reader: return a.online?.readsCards == true && a.holds.contains(.mynaCard)
        case .insurer, .legacyExpiry, .insurerChanged: return a.holds.contains(.legacyCard)
        case .certificateExpiry: return a.holds.contains(.certificate)
        case .noticeExpiry: return a.holds.contains(.notice)
        case .visit:
            return Eligibility.visitMatters(a.checkCase(on: visitDate), dates: env.rules.dates, today: visitDate)
        }
    }

    /// The steps asked for these answers, in order.
    public func steps(_ env: WizardEnvironment, visitDate: CalendarDate) -> [CheckStep] {
        CheckStep.allCases.filter { applies($0, env, visitDate: visitDate) }
    }

    /// "手順 n/m": n counts the steps up to this one, m all the steps these answers need.
    public func progress(_ env: WizardEnvironment, visitDate: CalendarDate) -> (n: Int, m: Int) {
        let all = steps(env, visitDate: visitDate)
        let n = all.filter { $0 <= step }.count
        return (max(1, n), max(all.count, n))
    }

    /// Number of options of a choice question.
    public var optionCount: Int {
        switch step {
        case .online: onlineChoices.count
        case .insurerChanged, .visit: 2
        case .holds: DocumentKind.allCases.count
        case .reader: 3
        case .insurer: insurerChoices.count + 1
        case .legacyExpiry, .certificateExpiry, .noticeExpiry: 0
        }
    }

    /// Where the cursor starts on a step: on the current answer when there is one.
    mutating func placeCursor() {
        let a = answers
        switch step {
        case .online: cursor = a.online.flatMap { onlineChoices.firstIndex(of: $0) } ?? 0
        case .holds: cursor = 0
        case .reader: cursor = a.reader.flatMap { ReaderResult.allCases.firstIndex(of: $0) } ?? 0
        case .insurer:
            if a.insurerFromNumber { cursor = insurerChoices.count } else { cursor = a.insurer.flatMap { insurerChoices.firstIndex(of: $0) } ?? 0 }
        case .insurerChanged: cursor = a.insurerChanged == true ? 1 : 0
        case .visit: cursor = a.visit == .repeat ? 1 : 0
        case .legacyExpiry, .certificateExpiry, .noticeExpiry: cursor = 0
        }
        typingNumber = step == .insurer && a.insurerFromNumber
        field = TextField(step.isDate ? a.typed[step] ?? "" : (step == .insurer ? a.insurerNumberText : ""))
        error = nil
    }
}
