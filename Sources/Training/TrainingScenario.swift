import Eligibility

/// One training scenario: a patient at the counter, the facility's state and date, and the answer to teach.
public struct TrainingScenario: Sendable, Hashable, Identifiable {
    /// How much a trainee must already know, so a trainer can start with the easy ones.
    public enum Difficulty: Int, CaseIterable, Sendable, Comparable {
        /// One document, one rule.
        case basic = 1
        /// A fallback, a condition or a date boundary.
        case standard
        /// A trap: a hidden change of insurer, an expired notice, a facility without online checking.
        case advanced

        public static func < (a: Difficulty, b: Difficulty) -> Bool { a.rawValue < b.rawValue }
    }

    /// Lower-case letters, digits and hyphens, stable across versions so a trainee's review can name a scenario.
    public let id: String
    public let difficulty: Difficulty
    /// Exactly the case the wizard would build from the story's answers: the quiz compares the trainee's answers with it.
    public let checkCase: CheckCase
    public let expected: TrainingExpectation
    private let texts: Texts

    /// The four texts of a scenario, each in both languages.
    struct Texts: Sendable, Hashable {
        let title: LocalizedText
        let story: LocalizedText
        let explanation: LocalizedText
        let point: LocalizedText
    }

    init(id: String, difficulty: Difficulty, checkCase: CheckCase, expected: TrainingExpectation, texts: Texts) {
        self.id = id
        self.difficulty = difficulty
        self.checkCase = checkCase
        self.expected = expected
        self.texts = texts
    }

    /// A short name for menus and the review of mistakes.
    public func title(_ language: Language) -> String { texts.title[language] }

    /// Who the patient is, what they bring and what the reader shows: what the trainee answers the wizard from.
    public func story(_ language: Language) -> String { texts.story[language] }

    /// Which rule applied and why, naming the dates, shown after the answer.
    public func explanation(_ language: Language) -> String { texts.explanation[language] }

    /// The lesson in one sentence, for the end-of-quiz review.
    public func point(_ language: Language) -> String { texts.point[language] }
}
