import Facility
import Eligibility
import Store
import Testing
import Training
import Wizard
import WizardTestSupport

@Suite struct TrainingModeTests {
    @Test func menuTwoEntersTrainingAndEscLeavesIt() {
        var d = Driver(visitDate: nil)
        d.opens(.training)
        #expect(d.state.training)
        #expect(d.state.page == .training(cursor: 0))
        d.opens(training: .date)
        d.typesTheTrainingDate("R7.8.5")
        #expect(d.state.visitDate == date("2025-08-05"))
        d.press(.escape)
        #expect(!d.state.training)
        #expect(d.state.visitDate == today, "the real visit date comes back")
        #expect(d.state.page == .home(cursor: 1))
    }

    /// The trainer's simulated date is the session's: an example's own date lasts only while the example shows.
    @Test func theTrainersDateSurvivesTheQuizAndTheAutoplay() throws {
        var d = Driver(mode: .demo, visitDate: "2025-08-05")
        d.send(.tick(now: 0, today: today))
        d.opens(.training)
        d.opens(training: .quiz)
        let first = try #require(d.state.quiz?.order.first.flatMap { d.env.training.scenario(id: $0) })
        #expect(d.state.checkDate == first.checkCase.visitDate)
        d.press(.escape)
        while case .quiz = d.state.page { d.press(.escape) }
        #expect(d.state.example == nil)
        #expect(d.state.checkDate == date("2025-08-05"), "back from the quiz, the trainer's date again")
        #expect(d.state.facilityOnline == d.state.settings.online.known)
        d.opens(training: .autoplay)
        for t in 1...30 { d.send(.tick(now: Double(t), today: today)) }
        d.press(.char("x"))
        #expect(d.state.autoplay == nil)
        #expect(d.state.checkDate == date("2025-08-05"), "stopping the autoplay keeps the trainer's date")
    }

    @Test func practiceRecordsNothingAndEscReturnsToTheMenu() {
        var d = Driver()
        d.opens(.training)
        d.opens(training: .practice)
        d.answersTheFacilityIs(.no)
        d.patientShows()
        #expect(d.result != nil)
        #expect(d.effects.isEmpty, "nothing recorded in training")
        d.callsTheNextPatient()
        d.press(.escape)
        #expect(d.state.page == .training(cursor: 0))
    }

    @Test func demoModeIsTrainingEverywhere() {
        var d = Driver(mode: .demo)
        #expect(d.state.training)
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        #expect(d.result != nil)
        #expect(d.effects.isEmpty)
        d.goesBack()
        d.goesBack()
        d.goesBack()
        d.opens(.training)
        d.goesBack()
        #expect(d.state.page == .home(cursor: 1))
        #expect(d.state.training, "--demo stays in training after leaving the training menu")
    }

    @Test func badSimulatedDateKeepsTheText() {
        var d = Driver()
        d.opens(.training)
        d.opens(training: .date)
        d.typesTheTrainingDate("令和7年2月30日")
        guard case .trainingDate(let field, let error?) = d.state.page else {
            Issue.record("no error")
            return
        }
        #expect(field.text == "令和7年2月30日")
        #expect(error.ja.hasPrefix("令和7年(2025年)2月は28日までです"))
    }
}

@Suite struct QuizTests {
    @Test(arguments: [
        (DecisionPath?.some(.mynaRead), QuizAnswer.mynaOnly), (.mynaWithPortal, .mynaWithCompanion),
        (.mynaWithNotice, .mynaWithCompanion), (.certificate, .certificate), (.legacyCard, .legacyCard),
        (.oralConfirmation, .conditional), (.declarationForm, .conditional), (.interimLegacyCard, .conditional),
        (.interimNotice, .conditional), (nil, .notConfirmed),
    ])
    func answersCoverEveryPath(_ path: DecisionPath?, _ answer: QuizAnswer) {
        let d = Decision(verdict: path == nil ? .notConfirmed : .confirmed, path: path, use: [], condition: nil, options: [],
                         fallback: nil, reasons: [], warnings: [], script: [])
        #expect(QuizAnswer(d) == answer)
    }

    /// Answers every quiz question by the story (right) or deliberately wrong, and checks the score.
    @Test func scoringAndReview() throws {
        var d = Driver()
        d.send(.tick(now: 7, today: today))
        d.opens(.training)
        d.opens(training: .quiz)
        let order = try #require(d.state.quiz?.order)
        #expect(order.count == 10)
        for (n, id) in order.enumerated() {
            let sc = try #require(d.env.training.scenario(id: id))
            guard case .quiz(.story) = d.state.page else {
                Issue.record("no story before question \(n)")
                return
            }
            #expect(d.state.checkDate == sc.checkCase.visitDate, "the header shows the story's date")
            d.beginsTheExample()
            answerFromStory(&d, sc.checkCase)
            guard case .quiz(.answer(_, _, let decision)) = d.state.page else {
                Issue.record("question \(n): no answer page after the questions")
                return
            }
            let right = QuizAnswer(decision)
            // Even-numbered questions right, odd-numbered wrong.
            let chosen = n % 2 == 0 ? right : QuizAnswer.allCases.first { $0 != right }!
            d.answersTheQuiz(chosen)
            guard case .quiz(.reveal(let r, _)) = d.state.page else {
                Issue.record("no reveal")
                return
            }
            #expect(r.isRight == (n % 2 == 0))
            #expect(r.misreadSteps.isEmpty, "\(id): answered exactly by the story")
            d.goesToTheNextExample()
        }
        #expect(d.state.page == .quiz(.summary))
        #expect(d.state.quiz?.results.filter(\.isRight).count == 5)
        #expect(d.effects.isEmpty)
        d.press(.enter)
        #expect(d.state.page == .training(cursor: 1))
        #expect(d.state.quiz == nil)
    }

    @Test func misreadingTheStoryIsNamed() throws {
        var d = Driver()
        d.opens(.training)
        d.opens(training: .quiz)
        d.beginsTheExample()
        let id = try #require(d.state.quiz?.currentID)
        let sc = try #require(d.env.training.scenario(id: id))
        var wrong = sc.checkCase
        wrong.online = wrong.online == .no ? .yes : .no
        answerFromStory(&d, wrong)
        guard case .quiz(.answer) = d.state.page else {
            Issue.record("no answer page")
            return
        }
        d.answersTheQuiz(.mynaOnly)
        guard case .quiz(.reveal(let r, _)) = d.state.page else { return }
        #expect(r.misreadSteps.first == .online)
    }

    /// Answers as a receptionist would for this case.
    func answerFromStory(_ d: inout Driver, _ c: CheckCase) {
        d.answersTheFacilityIs(c.online)
        d.patientShows(c.holds.kinds)
        if c.online.readsCards && c.mynaCard { d.readerSays(c.reader) }
        if let card = c.legacyCard {
            d.insurerIs(card.insurer)
            d.printedExpiryIs(card.printedExpiry?.iso ?? "0")
            d.insuranceChanged(card.insurerChanged)
        }
        if let certificate = c.certificate { d.printedExpiryIs(certificate.expiry?.iso ?? "0", on: .certificateExpiry) }
        if let notice = c.notice { d.printedExpiryIs(notice.expiry?.iso ?? "0", on: .noticeExpiry) }
        if d.flow?.step == .visit { d.visitIs(c.visit) }
    }
}

@Suite struct AutoplayTests {
    /// The autoplay reaches each example's expected answer by itself, in order, and loops.
    @Test func walksEveryExampleToItsAnswer() {
        var d = Driver(mode: .demo)
        var now = 0.0
        d.send(.tick(now: now, today: today))
        d.opens(.training)
        d.opens(training: .autoplay)
        let scenarios = d.env.training.scenarios
        var reached: [String: Decision] = [:]
        while reached.count < scenarios.count && now < 20_000 {
            now += 0.1
            d.send(.tick(now: now, today: today))
            if case .result(let r) = d.state.page, let play = d.state.autoplay {
                reached[scenarios[play.scenario].id] = r.decision
            }
        }
        #expect(reached.count == scenarios.count)
        for sc in scenarios {
            guard let decision = reached[sc.id] else { continue }
            #expect(TrainingExpectation(decision) == sc.expected, "\(sc.id)")
        }
        #expect(d.effects.isEmpty)
        #expect(d.state.autoplay?.scenario ?? 0 < scenarios.count, "it loops")
    }

    @Test func anyKeyStopsIt() {
        var d = Driver(mode: .demo)
        d.send(.tick(now: 0, today: today))
        d.opens(.training)
        d.opens(training: .autoplay)
        for t in 1...20 { d.send(.tick(now: Double(t), today: today)) }
        let before = d.state.page
        d.press(.char("x"))
        #expect(d.state.autoplay == nil)
        #expect(d.state.page != before)
        #expect(d.state.page == .training(cursor: 2))
    }

    @Test func autoplayFlagStartsAtOnce() {
        let env = WizardEnvironment(rules: builtInRules, mode: .demo, autoplayAtStart: true)
        let s = WizardState(settings: FacilitySettings(), today: today, env: env)
        #expect(s.autoplay != nil)
        #expect(s.training)
    }
}

@Suite struct KioskAdminTests {
    static let withPin = FacilitySettings(adminPinHash: "$y$stored")

    @Test func f12DoesNothingWithoutAPin() {
        var d = Driver(mode: .kiosk)
        d.press(.function(12))
        #expect(d.flow?.step == .online)
        #expect(d.effects.isEmpty)
    }

    @Test func theRightPinOpensTheAdminMenu() {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.press(.function(12))
        d.type("1234x")
        d.press(.enter)
        #expect(d.effects == [.verifyAdminPin("1234", hash: "$y$stored")], "only digits are typed")
        d.send(.effectDone(.adminPinChecked(true)))
        #expect(d.state.page == .admin(cursor: 0))
        d.opens(admin: .settings)
        guard case .settings = d.state.page else {
            Issue.record("settings did not open")
            return
        }
        d.goesBack()
        #expect(d.state.page == .admin(cursor: 0))
        d.opens(admin: .exit)
        #expect(d.state.overlay == .quitConfirm)
        d.press(.char("y"))
        #expect(d.state.finished)
        #expect(d.effects.last == .quit)
    }

    func wrongPinThreeTimes(_ d: inout Driver) {
        for _ in 0..<3 {
            if case .adminPin = d.state.page {} else { d.press(.function(12)) }
            d.type("0000")
            d.press(.enter)
            d.send(.effectDone(.adminPinChecked(false)))
        }
    }

    @Test func threeWrongPinsLockThePromptAndEachLockOutDoubles() {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.send(.tick(now: 100, today: today))
        wrongPinThreeTimes(&d)
        guard case .adminPin = d.state.page else {
            Issue.record("the locked prompt must stay on screen")
            return
        }
        #expect(Wizard.pinLockRemaining(d.state, d.env) == 60)
        guard case .savePinLock(let saved)? = d.effects.last else {
            Issue.record("the lock-out is saved at once, so a restart keeps it")
            return
        }
        #expect(saved.failures == 3 && saved.lockedUntil == 160)
        #expect(d.screenText.contains("あと1分はPINを入力できません"))
        #expect(!d.render(80, 24).lines[23].contains("Enter"), "the locked prompt's footer offers no Enter")
        let effectsBefore = d.effects.count
        d.type("1234")
        d.press(.enter)
        #expect(d.effects.count == effectsBefore, "a PIN typed while locked is not checked")
        guard case .adminPin(let field, _) = d.state.page, field.text.isEmpty else {
            Issue.record("keys typed while locked stay on the locked page and are dropped")
            return
        }
        d.press(.escape)
        #expect(d.flow?.step == .online)
        #expect(d.effects.count == effectsBefore, "nothing typed while locked answered question 1 or was recorded")
        d.press(.function(12))
        #expect(d.screenText.contains("PINを入力できません"), "F12 while locked shows the time left")
        d.send(.tick(now: 161, today: today))
        #expect(Wizard.pinLockRemaining(d.state, d.env) == 0)
        wrongPinThreeTimes(&d)
        #expect(Wizard.pinLockRemaining(d.state, d.env) == 120, "the second lock-out is twice as long")
        #expect(d.screenText.contains("あと2分はPINを入力できません"))
    }

    /// A lock-out read from disk at start (the process was restarted) holds as it would have.
    @Test func aLockOutFromBeforeARestartHolds() {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.state.pinLock = PinLock(failures: 3, lockedUntil: 130)
        d.send(.tick(now: 100, today: today))
        d.press(.function(12))
        #expect(Wizard.pinLockRemaining(d.state, d.env) == 30)
        #expect(d.screenText.contains("あと30秒はPINを入力できません"))
        let before = d.effects.count
        d.type("1234")
        d.press(.enter)
        #expect(d.effects.count == before)
    }

    @Test func f12WithoutAPinSaysHowToSetOne() {
        var d = Driver(mode: .kiosk)
        d.press(.function(12))
        #expect(d.flow?.step == .online)
        #expect(d.state.notice?.text.ja.contains("管理者PINが設定されていない") == true)
    }

    @Test func theKioskPinPageDoesNotOfferRemoval() throws {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.logsInAsTheAdministrator()
        d.opens(admin: .settings)
        guard case .settings = d.state.page else {
            Issue.record("no settings page")
            return
        }
        let row = try #require(SettingsRow.allCases.firstIndex(of: .adminPin))
        for _ in 0..<row { d.press(.down) }
        d.press(.enter)
        guard case .pinSetup = d.state.page else {
            Issue.record("no PIN page")
            return
        }
        #expect(!d.screenText.contains("削除します"))
        #expect(d.screenText.contains("削除はできません"))
    }

    @Test func escAndIdleResetCloseTheAdminPages() {
        var d = Driver(mode: .kiosk, settings: Self.withPin, idleTimeout: 30)
        d.send(.tick(now: 0, today: today))
        d.logsInAsTheAdministrator()
        d.press(.escape)
        #expect(d.flow?.step == .online)
        #expect(!d.state.adminSession)
        d.logsInAsTheAdministrator()
        d.opens(admin: .tally)
        d.send(.tick(now: 100, today: today))
        #expect(d.flow == Wizard.newCheck(d.state, d.env))
        #expect(!d.state.adminSession)
    }

    @Test func settingThePin() {
        var d = Driver()
        d.opens(.settings)
        d.changes(.adminPin)
        d.entersThePin("12")
        guard case .pinSetup(let short) = d.state.page else { return }
        #expect(short.error?.ja == "PINは数字4〜8桁です")
        // The two digits stay: "34" makes 1234.
        d.entersThePin("34")
        d.entersThePin("1235")
        guard case .pinSetup(let mismatch) = d.state.page else { return }
        #expect(mismatch.error?.ja == "2回の入力が違います。最初から入力してください")
        d.entersThePin("1234")
        d.entersThePin("1234")
        #expect(d.effects == [.hashAdminPin("1234")])
        d.send(.effectDone(.adminPinHashed("$y$new")))
        #expect(d.state.settings.adminPinHash == "$y$new")
        #expect(d.effects.last == .saveSettings(FacilitySettings(adminPinHash: "$y$new")))
        d.changes(.adminPin)
        d.entersThePin("")
        #expect(d.effects.last == .hashAdminPin(nil), "an empty PIN removes it")
    }

    /// Inside a kiosk the administrator can change the PIN but not remove it: nothing could open the menu again.
    @Test func aKioskKeepsItsPin() {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.logsInAsTheAdministrator()
        d.opens(admin: .settings)
        d.changes(.adminPin)
        d.entersThePin("")
        let before = d.effects.count
        guard case .pinSetup(let refused) = d.state.page else {
            Issue.record("not on the PIN page: \(d.state.page)")
            return
        }
        #expect(refused.error?.ja == "キオスクの中ではPINを削除できません（管理者メニューに戻れなくなるため）。変更はできます")
        #expect(d.effects.count == before)
        d.entersThePin("5678")
        d.entersThePin("5678")
        #expect(d.effects.last == .hashAdminPin("5678"))
    }
}

@Suite struct TallyPageTests {
    @Test func periodsAndLoading() {
        var d = Driver()
        d.opens(.tally)
        #expect(d.effects == [.loadTally(from: today, to: today)])
        d.choosesThePeriod(.week)
        #expect(d.effects.last == .loadTally(from: today.adding(days: -6), to: today))
        d.press(.right)
        #expect(d.effects.last == .loadTally(from: today.adding(days: -29), to: today))
        d.send(.effectDone(.tallyLoaded(.success(TallyReport(from: today.adding(days: -29), to: today)))))
        guard case .tally(let page) = d.state.page else { return }
        #expect(page.span == .month)
        #expect(page.report?.total == 0)
        d.press(.escape)
        #expect(d.state.page == .home(cursor: 2))
    }
}

@Suite struct QuizComparisonTests {
    /// A question the check did not ask (no answer could change the result) is never counted against the trainee.
    @Test func aQuestionNotAskedIsNotMisread() {
        var d = Driver(visitDate: "2026-12-02")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        guard let flow = d.result?.flow else {
            Issue.record("no result")
            return
        }
        #expect(flow.askedSoFar == [.online, .holds])
        let story = CheckCase(visitDate: date("2026-12-02"), online: .no,
                              legacyCard: LegacyCard(insurer: .kouki, printedExpiry: date("2025-07-31")))
        #expect(Wizard.misread(flow, story, d.env).isEmpty, "the insurer and the expiry were not asked")
        let otherFacility = CheckCase(visitDate: date("2026-12-02"), online: .yes, legacyCard: LegacyCard(insurer: .kouki))
        #expect(Wizard.misread(flow, otherFacility, d.env) == [.online])
    }
}
