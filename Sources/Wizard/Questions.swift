import Eligibility

// The check's questions, one place each: what a question is about, which answers can make a difference, how many
// options it has, how it reads its answer and how a story's case answers it. The reducer (CheckFlow, Wizard),
// the question plan, the autoplay and the quiz's comparison all take them from here; the texts are in UIText.

/// The questions of a check, in the contract's order (interface.md). Steps that do not apply are skipped.
public enum CheckStep: Int, CaseIterable, Sendable, Comparable {
    case online = 1, holds, reader, insurer, legacyExpiry, insurerChanged, certificateExpiry, noticeExpiry, visit

    public static func < (a: CheckStep, b: CheckStep) -> Bool { a.rawValue < b.rawValue }

    /// Steps answered by typing a date.
    public var isDate: Bool { self == .legacyExpiry || self == .certificateExpiry || self == .noticeExpiry }
}

extension CheckStep {
    /// The answer this step gives, as the case marks it when it was not asked.
    var unasked: UnaskedAnswers? {
        switch self {
        case .online, .holds: nil
        case .reader: .reader
        case .insurer: .insurer
        case .legacyExpiry: .legacyExpiry
        case .insurerChanged: .insurerChanged
        case .certificateExpiry: .certificateExpiry
        case .noticeExpiry: .noticeExpiry
        case .visit: .visit
        }
    }

    /// Whether the step is about something this patient holds (a card read, a document's details): when such a step
    /// is not asked, the result says so.
    public func isAbout(_ c: CheckCase) -> Bool {
        switch self {
        case .online, .holds, .visit: false
        case .reader: c.online.readsCards && c.mynaCard
        case .insurer, .legacyExpiry, .insurerChanged: c.legacyCard != nil
        case .certificateExpiry: c.certificate != nil
        case .noticeExpiry: c.notice != nil
        }
    }

    /// The answers that can make a difference, each as a change to a case: every choice; for a date, "none" and the
    /// day before the visit (an expiry on or after the visit day reads like none: valid on the day).
    func probes(visitDate d: CalendarDate) -> [@Sendable (inout CheckCase) -> Void] {
        switch self {
        case .online, .holds: []
        case .reader: ReaderResult.allCases.map { v in { $0.reader = v } }
        case .insurer: insurerChoices.map { v in { $0.legacyCard?.insurer = v } }
        case .legacyExpiry: [{ $0.legacyCard?.printedExpiry = nil }, { $0.legacyCard?.printedExpiry = d.adding(days: -1) }]
        case .insurerChanged: [{ $0.legacyCard?.insurerChanged = false }, { $0.legacyCard?.insurerChanged = true }]
        case .certificateExpiry:
            [{ $0.certificate?.expiry = nil }, { $0.certificate?.expiry = d.adding(days: -1) }]
        case .noticeExpiry: [{ $0.notice?.expiry = nil }, { $0.notice?.expiry = d.adding(days: -1) }]
        case .visit: [{ $0.visit = .first }, { $0.visit = .repeat }]
        }
    }

    /// Number of options of a choice question.
    public var optionCount: Int {
        switch self {
        case .online: onlineChoices.count
        case .insurerChanged, .visit: 2
        case .holds: DocumentKind.allCases.count
        case .reader: 3
        case .insurer: insurerChoices.count + 1
        case .legacyExpiry, .certificateExpiry, .noticeExpiry: 0
        }
    }

    /// The answer given, as the quiz compares it with the story's (a default where the wizard assumes one).
    public func answer(in a: CheckAnswers) -> AnyHashable? {
        switch self {
        case .online: a.online
        case .holds: a.holds
        case .reader: a.reader ?? .ok
        case .insurer: a.insurer
        case .legacyExpiry: a.legacyExpiry?.date
        case .insurerChanged: a.insurerChanged ?? false
        case .certificateExpiry: a.certificateExpiry?.date
        case .noticeExpiry: a.noticeExpiry?.date
        case .visit: a.visit ?? .first
        }
    }

    /// The answer a story's case gives to this question.
    public func answer(from c: CheckCase) -> AnyHashable? {
        switch self {
        case .online: c.online
        case .holds: c.holds
        case .reader: c.reader
        case .insurer: c.legacyCard?.insurer
        case .legacyExpiry: c.legacyCard?.printedExpiry
        case .insurerChanged: c.legacyCard?.insurerChanged ?? false
        case .certificateExpiry: c.certificate?.expiry
        case .noticeExpiry: c.notice?.expiry
        case .visit: c.visit
        }
    }

    /// The options a choice question lists, in order (empty for a date).
    public func optionLabels(_ rules: Rules, _ lang: Language) -> [String] {
        switch self {
        case .online: onlineChoices.map { UIText.onlineChoice($0)[lang] }
        case .holds: DocumentKind.allCases.map { rules.documentLabel($0, lang) }
        case .reader: [UIText.readerOK[lang], UIText.readerFailed[lang], UIText.readerNoRecord[lang]]
        case .insurer: insurerChoices.map { rules.insurerLabel($0, lang) } + [UIText.typeInsurerNumber[lang]]
        case .insurerChanged: [UIText.unchanged[lang], UIText.changed[lang]]
        case .visit: [UIText.firstVisit[lang], UIText.repeatVisit[lang]]
        case .legacyExpiry, .certificateExpiry, .noticeExpiry: []
        }
    }

    /// Where the cursor starts: on the answer given, when there is one.
    func cursor(in a: CheckAnswers) -> Int {
        switch self {
        case .online: a.online.flatMap { onlineChoices.firstIndex(of: $0) } ?? 0
        case .holds, .legacyExpiry, .certificateExpiry, .noticeExpiry: 0
        case .reader: a.reader.flatMap { ReaderResult.allCases.firstIndex(of: $0) } ?? 0
        case .insurer: a.insurerFromNumber ? insurerChoices.count : a.insurer.flatMap { insurerChoices.firstIndex(of: $0) } ?? 0
        case .insurerChanged: a.insurerChanged == true ? 1 : 0
        case .visit: a.visit == .repeat ? 1 : 0
        }
    }

    /// Records the option chosen on a single-choice question (the insurer's last option, typing the number, is the
    /// reducer's: it opens a field).
    func choose(_ index: Int, into a: inout CheckAnswers) {
        switch self {
        case .online: a.online = onlineChoices[index]
        case .reader: a.reader = ReaderResult.allCases[index]
        case .insurer:
            a.insurer = insurerChoices[index]
            a.insurerFromNumber = false
        case .insurerChanged: a.insurerChanged = index == 1
        case .visit: a.visit = index == 0 ? .first : .repeat
        case .holds, .legacyExpiry, .certificateExpiry, .noticeExpiry: break
        }
    }

    /// Records the date typed on a date question.
    func record(_ answer: DateAnswer, into a: inout CheckAnswers) {
        switch self {
        case .legacyExpiry: a.legacyExpiry = answer
        case .certificateExpiry: a.certificateExpiry = answer
        case .noticeExpiry: a.noticeExpiry = answer
        default: break
        }
    }
}
