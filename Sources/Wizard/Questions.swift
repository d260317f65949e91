import Eligibility

// The check's questions, one table entry each (`Question.all`). An entry says how the question is answered, which
// options it lists, how its answer goes into the case and how a story's case answers it, whether it is about this
// patient, what the case marks when it is skipped, and how the line of answers names the answer. The reducer, the
// views, the question plan, the autoplay and the quiz's comparison all work from the entry; the prompt and the name
// of each question are in UIText (`question`, `stepName`).
//
// A new question is a `CheckStep` case, its entry here and its two texts — plus, in the engine, the field of the case
// it fills and its `UnaskedAnswers` flag.

/// The questions of a check, in the contract's order (interface.md). Steps that do not apply are skipped.
public enum CheckStep: Int, CaseIterable, Sendable, Comparable {
    case online = 1, holds, reader, insurer, legacyExpiry, insurerChanged, certificateExpiry, noticeExpiry, visit

    public static func < (a: CheckStep, b: CheckStep) -> Bool { a.rawValue < b.rawValue }

    /// The question's table entry.
    public var question: Question { Question.all[rawValue - 1] }

    /// Steps answered by typing a date.
    public var isDate: Bool { question.kind == .date }
}

/// How a question is answered.
public enum QuestionKind: Sendable {
    /// One option of a list (a digit, or the arrows and Enter).
    case single
    /// Any of the documents (digits or Space tick, Enter goes on).
    case several
    /// A date typed in a field; 0 for none.
    case date
}

/// An answer as the wizard keeps it.
public enum Answer: Hashable, Sendable {
    /// The index of the option chosen on a single-choice question.
    case option(Int)
    /// The documents ticked.
    case documents(DocumentSet)
    /// The date typed, or none.
    case date(DateAnswer)
}

/// An answer to a date question: a date, or 0 = 記載なし / 読めない.
public enum DateAnswer: Hashable, Sendable {
    case date(CalendarDate)
    case none

    public var date: CalendarDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// One question of the check.
public struct Question: Sendable {
    public let step: CheckStep
    public let kind: QuestionKind
    /// Asked whenever it is reached, and its answer always counts (question 1 and 「お持ちのもの」): the plan never skips it.
    public let alwaysAsked: Bool
    /// On the insurer question, an option after the list opens a field for the 保険者番号, whose type is inferred.
    public let typesInsurerNumber: Bool
    /// Number of options of a choice question (the insurer's includes typing the number; 0 for a date).
    public let optionCount: Int
    /// The options a choice question lists, in order (empty for a date).
    public let labels: @Sendable (Rules, Language) -> [String]
    /// Puts an answer into the case; nil (not asked) leaves the value the wizard assumes.
    public let apply: @Sendable (Answer?, inout CheckCase) -> Void
    /// The answer a case gives: how a story answers the question (nil: the case has nothing to say, e.g. about a
    /// document the patient does not hold).
    public let answer: @Sendable (CheckCase) -> Answer?
    /// Whether the question can bear on this case: the plan weighs it only then.
    public let bears: @Sendable (CheckCase) -> Bool
    /// What the case marks when the question bears on it but was not asked; the result then names it, unless empty.
    public let unasked: UnaskedAnswers
    /// How the line of answers shows an answer (nil: not shown).
    public let short: @Sendable (Answer, Rules, Language) -> String?
    /// A date question: whether 0 (none) is accepted, given the case so far.
    public let noneAllowed: @Sendable (CheckCase, Rules) -> Bool
    /// A date question: how 0 reads back.
    public let noneReads: LocalizedText

    /// Whether the question is about something this patient holds: when it is skipped, the case marks it and the
    /// result names it.
    func namesWhenSkipped(_ c: CheckCase) -> Bool { !unasked.isEmpty && bears(c) }
}

extension Question {
    /// A single choice among `values`, each shown by `label`; `get` reads the story's value and `set` writes the answer
    /// into the case.
    static func single<V: Hashable & Sendable>(
        _ step: CheckStep, _ values: [V], unasked: UnaskedAnswers = [], alwaysAsked: Bool = false,
        typesInsurerNumber: Bool = false,
        label: @escaping @Sendable (V, Rules, Language) -> String,
        extraOption: (@Sendable (Language) -> String)? = nil,
        get: @escaping @Sendable (CheckCase) -> V?, set: @escaping @Sendable (inout CheckCase, V) -> Void,
        bears: @escaping @Sendable (CheckCase) -> Bool,
        short: @escaping @Sendable (V, Rules, Language) -> String?
    ) -> Question {
        Question(
            step: step, kind: .single, alwaysAsked: alwaysAsked, typesInsurerNumber: typesInsurerNumber,
            optionCount: values.count + (extraOption == nil ? 0 : 1),
            labels: { r, lang in values.map { label($0, r, lang) } + (extraOption.map { [$0(lang)] } ?? []) },
            apply: { a, c in if case .option(let i) = a, values.indices.contains(i) { set(&c, values[i]) } },
            answer: { c in get(c).flatMap { values.firstIndex(of: $0) }.map(Answer.option) },
            bears: bears, unasked: unasked,
            short: { a, r, lang in
                guard case .option(let i) = a, values.indices.contains(i) else { return nil }
                return short(values[i], r, lang)
            },
            noneAllowed: { _, _ in true }, noneReads: UIText.noDate)
    }

    /// A date typed, or 0 for none; `get` reads the story's date (`.some(nil)`: none printed) and `set` writes it.
    static func date(
        _ step: CheckStep, unasked: UnaskedAnswers, noneReads: LocalizedText = UIText.noDate,
        noneAllowed: @escaping @Sendable (CheckCase, Rules) -> Bool = { _, _ in true },
        get: @escaping @Sendable (CheckCase) -> CalendarDate??, set: @escaping @Sendable (inout CheckCase, CalendarDate?) -> Void,
        bears: @escaping @Sendable (CheckCase) -> Bool, label: LocalizedText
    ) -> Question {
        Question(
            step: step, kind: .date, alwaysAsked: false, typesInsurerNumber: false, optionCount: 0, labels: { _, _ in [] },
            apply: { a, c in if case .date(let d) = a { set(&c, d.date) } },
            answer: { c in get(c).map { d in .date(d.map(DateAnswer.date) ?? .none) } },
            bears: bears, unasked: unasked,
            short: { a, _, lang in
                guard case .date(let d) = a else { return nil }
                let value = switch d {
                case .date(let date): lang == .ja ? DateText.warekiPlain(date) : date.iso
                case .none: UIText.noDate[lang]
                }
                return UIText.expiryShort(label, value)[lang]
            },
            noneAllowed: noneAllowed, noneReads: noneReads)
    }

    /// The table, in the order of `CheckStep`.
    public static let all: [Question] = [
        .single(.online, onlineChoices, alwaysAsked: true,
                label: { v, _, lang in UIText.onlineChoice(v)[lang] },
                get: { $0.online }, set: { $0.online = $1 }, bears: { _ in true },
                short: { v, r, lang in r.onlineChecking[v]!.short[lang] }),
        Question(
            step: .holds, kind: .several, alwaysAsked: true, typesInsurerNumber: false,
            optionCount: DocumentKind.allCases.count,
            labels: { r, lang in DocumentKind.allCases.map { r.documentLabel($0, lang) } },
            apply: { a, c in
                guard case .documents(let held) = a else { return }
                c.mynaCard = held.contains(.mynaCard)
                c.certificate = held.contains(.certificate) ? EligibilityCertificate() : nil
                c.legacyCard = held.contains(.legacyCard) ? LegacyCard(insurer: .other) : nil
                c.notice = held.contains(.notice) ? QualificationNotice() : nil
                c.portal = held.contains(.portal)
            },
            answer: { .documents($0.holds) }, bears: { _ in true }, unasked: [],
            short: { a, r, lang in
                guard case .documents(let held) = a else { return nil }
                return held.kinds.isEmpty ? UIText.nothingHeldShort[lang]
                    : held.kinds.map { r.documents[$0]!.short[lang] }.joined(separator: lang == .ja ? "・" : ", ")
            },
            noneAllowed: { _, _ in true }, noneReads: UIText.noDate),
        .single(.reader, ReaderResult.allCases, unasked: .reader,
                label: { v, _, lang in UIText.readerChoice(v)[lang] },
                get: { $0.reader }, set: { $0.reader = $1 }, bears: { $0.online.readsCards && $0.mynaCard },
                short: { v, _, lang in UIText.readerShort(v)[lang] }),
        .single(.insurer, insurerChoices, unasked: .insurer, typesInsurerNumber: true,
                label: { v, r, lang in r.insurerLabel(v, lang) }, extraOption: { UIText.typeInsurerNumber[$0] },
                get: { $0.legacyCard?.insurer }, set: { $0.legacyCard?.insurer = $1 }, bears: { $0.legacyCard != nil },
                short: { v, r, lang in r.insurerLabel(v, lang) }),
        .date(.legacyExpiry, unasked: .legacyExpiry,
              noneAllowed: { c, r in !(c.legacyCard.map { r.printedExpiryRequired.contains($0.insurer) } ?? false) },
              get: { $0.legacyCard.map(\.printedExpiry) }, set: { $0.legacyCard?.printedExpiry = $1 },
              bears: { $0.legacyCard != nil }, label: UIText.legacyExpiryShort),
        .single(.insurerChanged, [false, true], unasked: .insurerChanged,
                label: { v, _, lang in (v ? UIText.changed : UIText.unchanged)[lang] },
                get: { $0.legacyCard?.insurerChanged }, set: { $0.legacyCard?.insurerChanged = $1 },
                bears: { $0.legacyCard != nil },
                short: { v, _, lang in v ? UIText.changedShort[lang] : nil }),
        .date(.certificateExpiry, unasked: .certificateExpiry, noneReads: UIText.unreadableDate,
              get: { $0.certificate.map(\.expiry) }, set: { $0.certificate?.expiry = $1 },
              bears: { $0.certificate != nil }, label: UIText.certificateExpiryShort),
        .date(.noticeExpiry, unasked: .noticeExpiry,
              get: { $0.notice.map(\.expiry) }, set: { $0.notice?.expiry = $1 },
              bears: { $0.notice != nil }, label: UIText.noticeExpiryShort),
        .single(.visit, [VisitKind.first, .repeat],
                label: { v, _, lang in (v == .first ? UIText.firstVisit : UIText.repeatVisit)[lang] },
                get: { $0.visit }, set: { $0.visit = $1 }, bears: { _ in true },
                short: { _, _, _ in nil }),
    ]
}

extension CheckStep {
    /// Whether the step is about something this patient holds (a card read, a document's details): when such a step
    /// is not asked, the case marks it and the result says so.
    public func isAbout(_ c: CheckCase) -> Bool { question.namesWhenSkipped(c) }

    /// The answers that can make a difference: every option (typing the insurer number gives one of the types); for
    /// a date, "none" and the day before the visit (an expiry on or after the visit day reads like none: valid on
    /// the day). None for the questions always asked.
    func probes(visitDate d: CalendarDate) -> [Answer] {
        let q = question
        guard !q.alwaysAsked else { return [] }
        switch q.kind {
        case .single: return (0..<q.optionCount - (q.typesInsurerNumber ? 1 : 0)).map(Answer.option)
        case .date: return [.date(.none), .date(.date(d.adding(days: -1)))]
        case .several: return []
        }
    }

    /// Number of options of a choice question.
    public var optionCount: Int { question.optionCount }

    /// The options a choice question lists, in order (empty for a date).
    public func optionLabels(_ rules: Rules, _ lang: Language) -> [String] { question.labels(rules, lang) }
}
