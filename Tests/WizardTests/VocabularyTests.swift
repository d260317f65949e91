import Eligibility
import Facility
import Testing
import Wizard
import WizardTestSupport

/// The words of the tests fail where the wizard shows something else than they claim, so a test cannot go on
/// answering questions nobody asked.
@Suite struct VocabularyTests {
    @Test func aQuestionNotAskedFails() {
        var d = Driver(visitDate: "2026-12-02")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        withKnownIssue("the wizard asks 「お持ちのもの」") { d.insurerIs(.kyokai) }
        #expect(d.flow?.answers.holds.isEmpty == true, "nothing was pressed")
        d.patientShows(.legacyCard)
        withKnownIssue("no old card can be used on this day: its insurer is not asked") { d.insurerIs(.kyokai) }
    }

    @Test func aMenuNotOnScreenFails() {
        var d = Driver()
        d.startsACheck()
        withKnownIssue("a check, not the home menu") { d.opens(.tally) }
        #expect(d.flow?.step == .online, "question 1 was not answered by the 3")
        withKnownIssue("not the training menu") { d.opens(training: .quiz) }
        d.asksForHelp()
        withKnownIssue("the help is drawn over the question") { d.answersTheFacilityIs(.no) }
    }

    @Test func aDocumentTickedTwiceFails() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.ticks(.mynaCard)
        withKnownIssue("ticked already") { d.ticks(.mynaCard) }
        withKnownIssue("not ticked") { d.unticks(.notice) }
    }

    @Test func escThatChangesNothingIsNotGoingBack() {
        var d = Driver(mode: .kiosk)
        withKnownIssue("a kiosk's first question has nowhere to go back to") { d.goesBack() }
    }

    @Test func everyKeyOfAWordIsCounted() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .notice)
        d.printedExpiryIs("R8.3.31", on: .noticeExpiry)
        #expect(d.keysPressed == 1 + 1 + 3 + 8)
    }
}
