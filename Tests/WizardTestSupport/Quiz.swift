import Testing
import Wizard

/// The trainee's words for the quiz of example patients (training menu 2).
extension Driver {
    /// Enter on an example's story: its questions, from question 1.
    public mutating func beginsTheExample(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.quizStory, sourceLocation: sourceLocation) else { return }
        press(.enter)
        #expect(flow?.step == .online, "the example's questions do not start at question 1", sourceLocation: sourceLocation)
    }

    /// What the patient must present, by its number, after the questions: right or wrong is shown.
    public mutating func answersTheQuiz(_ answer: QuizAnswer, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.quizAnswer, sourceLocation: sourceLocation) else { return }
        press(digit(answer.rawValue))
        #expect(onScreen == .quizReveal, "no right or wrong", sourceLocation: sourceLocation)
    }

    /// Enter on right or wrong: the next example's story, or the score after the last.
    public mutating func goesToTheNextExample(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.quizReveal, sourceLocation: sourceLocation) else { return }
        press(.enter)
        #expect([.quizStory, .quizSummary].contains(onScreen), "neither a story nor the score", sourceLocation: sourceLocation)
    }

    /// Esc on a story or on right or wrong: the score so far.
    public mutating func endsTheQuiz(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.quizStory, .quizReveal, sourceLocation: sourceLocation) else { return }
        press(.escape)
        #expect(onScreen == .quizSummary, "no score", sourceLocation: sourceLocation)
    }
}
