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
        d.press(.char("2"))
        #expect(d.state.training)
        #expect(d.state.page == .training(cursor: 0))
        d.press(.char("4"), .ctrl("u"))
        d.type("R7.8.5")
        d.press(.enter)
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
        d.press(.char("2"), .char("2"))
        let first = try #require(d.state.quiz?.order.first.flatMap { d.env.training.scenario(id: $0) })
        #expect(d.state.checkDate == first.checkCase.visitDate)
        d.press(.escape)
        while case .quiz = d.state.page { d.press(.escape) }
        #expect(d.state.example == nil)
        #expect(d.state.checkDate == date("2025-08-05"), "back from the quiz, the trainer's date again")
        #expect(d.state.facilityOnline == d.state.settings.online.known)
        d.press(.char("3"))
        for t in 1...30 { d.send(.tick(now: Double(t), today: today)) }
        d.press(.char("x"))
        #expect(d.state.autoplay == nil)
        #expect(d.state.checkDate == date("2025-08-05"), "stopping the autoplay keeps the trainer's date")
    }

    @Test func practiceRecordsNothingAndEscReturnsToTheMenu() {
        var d = Driver()
        d.press(.char("2"), .char("1"), .char("2"), .enter)
        #expect(d.result != nil)
        #expect(d.effects.isEmpty, "nothing recorded in training")
        d.press(.enter, .escape)
        #expect(d.state.page == .training(cursor: 0))
    }

    @Test func demoModeIsTrainingEverywhere() {
        var d = Driver(mode: .demo)
        #expect(d.state.training)
        d.press(.char("1"), .char("2"), .enter)
        #expect(d.result != nil)
        #expect(d.effects.isEmpty)
        d.press(.escape, .escape, .char("2"), .escape)
        #expect(d.state.training, "--demo stays in training after leaving the training menu")
    }

    @Test func badSimulatedDateKeepsTheText() {
        var d = Driver()
        d.press(.char("2"), .char("4"), .ctrl("u"))
        d.type("令和7年2月30日")
        d.press(.enter)
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
        d.press(.char("2"), .char("2"))
        let order = try #require(d.state.quiz?.order)
        #expect(order.count == 10)
        for (n, id) in order.enumerated() {
            let sc = try #require(d.env.training.scenario(id: id))
            guard case .quiz(.story) = d.state.page else {
                Issue.record("no story before question \(n)")
                return
            }
            #expect(d.state.checkDate == sc.checkCase.visitDate, "the header shows the story's date")
            d.press(.enter)
            answerFromStory(&d, sc.checkCase)
            guard case .quiz(.answer(_, _, let decision)) = d.state.page else {
                Issue.record("question \(n): no answer page after the questions")
                return
            }
            let right = QuizAnswer(decision)
            // Even-numbered questions right, odd-numbered wrong.
            let chosen = n % 2 == 0 ? right : QuizAnswer.allCases.first { $0 != right }!
            d.press(.char(Character(String(chosen.rawValue))))
            guard case .quiz(.reveal(let r)) = d.state.page else {
                Issue.record("no reveal")
                return
            }
            #expect(r.isRight == (n % 2 == 0))
            #expect(r.misreadSteps.isEmpty, "\(id): answered exactly by the story")
            d.press(.enter)
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
        d.press(.char("2"), .char("2"), .enter)
        let id = try #require(d.state.quiz?.currentID)
        let sc = try #require(d.env.training.scenario(id: id))
        var wrong = sc.checkCase
        wrong.online = wrong.online == .no ? .yes : .no
        answerFromStory(&d, wrong)
        guard case .quiz(.answer) = d.state.page else {
            Issue.record("no answer page")
            return
        }
        d.press(.char("1"))
        guard case .quiz(.reveal(let r)) = d.state.page else { return }
        #expect(r.misreadSteps.first == .online)
    }

    /// Presses the keys a receptionist would for this case.
    func answerFromStory(_ d: inout Driver, _ c: CheckCase) {
        d.press(.char(Character(String(onlineChoices.firstIndex(of: c.online)! + 1))))
        for (i, kind) in DocumentKind.allCases.enumerated() where c.holds.contains(kind) {
            d.press(.char(Character(String(i + 1))))
        }
        d.press(.enter)
        if c.online.readsCards && c.mynaCard { d.press(.char(Character(String(ReaderResult.allCases.firstIndex(of: c.reader)! + 1)))) }
        if let card = c.legacyCard {
            d.press(.char(Character(String(insurerChoices.firstIndex(of: card.insurer)! + 1))))
            d.type(card.printedExpiry?.iso ?? "0")
            d.press(.enter, .char(card.insurerChanged ? "2" : "1"))
        }
        if c.certificate != nil {
            d.type(c.certificate!.expiry?.iso ?? "0")
            d.press(.enter)
        }
        if c.notice != nil {
            d.type(c.notice!.expiry?.iso ?? "0")
            d.press(.enter)
        }
        if case .check(let f) = d.state.page, f.step == .visit { d.press(.char(c.visit == .first ? "1" : "2")) }
    }
}

@Suite struct AutoplayTests {
    /// The autoplay reaches each example's expected answer by itself, in order, and loops.
    @Test func walksEveryExampleToItsAnswer() {
        var d = Driver(mode: .demo)
        var now = 0.0
        d.send(.tick(now: now, today: today))
        d.press(.char("2"), .char("3"))
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
        d.press(.char("2"), .char("3"))
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
        d.press(.char("1"))
        guard case .settings = d.state.page else {
            Issue.record("settings did not open")
            return
        }
        d.press(.escape)
        #expect(d.state.page == .admin(cursor: 0))
        d.press(.char("3"))
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
        d.press(.function(12))
        d.type("1234")
        d.press(.enter)
        d.send(.effectDone(.adminPinChecked(true)))
        d.press(.char("1"))
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
        d.press(.function(12))
        d.type("1234")
        d.press(.enter)
        d.send(.effectDone(.adminPinChecked(true)))
        d.press(.escape)
        #expect(d.flow?.step == .online)
        #expect(!d.state.adminSession)
        d.press(.function(12))
        d.type("1234")
        d.press(.enter)
        d.send(.effectDone(.adminPinChecked(true)))
        d.press(.char("2"))
        d.send(.tick(now: 100, today: today))
        #expect(d.flow == Wizard.newCheck(d.state, d.env))
        #expect(!d.state.adminSession)
    }

    @Test func settingThePin() {
        var d = Driver()
        d.press(.char("5"), .char("5"))
        d.type("12")
        d.press(.enter)
        guard case .pinSetup(let short) = d.state.page else { return }
        #expect(short.error?.ja == "PINは数字4〜8桁です")
        d.type("34")
        d.press(.enter)
        d.type("1235")
        d.press(.enter)
        guard case .pinSetup(let mismatch) = d.state.page else { return }
        #expect(mismatch.error?.ja == "2回の入力が違います。最初から入力してください")
        d.type("1234")
        d.press(.enter)
        d.type("1234")
        d.press(.enter)
        #expect(d.effects == [.hashAdminPin("1234")])
        d.send(.effectDone(.adminPinHashed("$y$new")))
        #expect(d.state.settings.adminPinHash == "$y$new")
        #expect(d.effects.last == .saveSettings(FacilitySettings(adminPinHash: "$y$new")))
        d.press(.char("5"), .enter)
        #expect(d.effects.last == .hashAdminPin(nil), "an empty PIN removes it")
    }

    /// Inside a kiosk the administrator can change the PIN but not remove it: nothing could open the menu again.
    @Test func aKioskKeepsItsPin() {
        var d = Driver(mode: .kiosk, settings: Self.withPin)
        d.press(.function(12))
        d.type("1234")
        d.press(.enter)
        d.send(.effectDone(.adminPinChecked(true)))
        d.press(.char("1"), .char("5"), .enter)
        let before = d.effects.count
        guard case .pinSetup(let refused) = d.state.page else {
            Issue.record("not on the PIN page: \(d.state.page)")
            return
        }
        #expect(refused.error?.ja == "キオスクの中ではPINを削除できません（管理者メニューに戻れなくなるため）。変更はできます")
        #expect(d.effects.count == before)
        d.type("5678")
        d.press(.enter)
        d.type("5678")
        d.press(.enter)
        #expect(d.effects.last == .hashAdminPin("5678"))
    }
}

@Suite struct TallyPageTests {
    @Test func periodsAndLoading() {
        var d = Driver()
        d.press(.char("3"))
        #expect(d.effects == [.loadTally(from: today, to: today)])
        d.press(.char("2"))
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
        d.press(.char("1"), .char("2"), .char("3"), .enter)
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
