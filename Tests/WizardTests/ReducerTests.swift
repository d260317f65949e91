import Facility
import Eligibility
import Screen
import Store
import Testing
import Wizard
import WizardTestSupport

@Suite struct NavigationTests {
    /// The keys themselves: a number and the cursor.
    @Test func homeMenuOpensByNumberAndByCursor() {
        var d = Driver()
        d.press(.char("1"))
        #expect(d.flow?.step == .online)
        d.press(.escape)
        #expect(d.state.page == .home(cursor: 0))
        d.press(.down, .down, .down, .down, .enter)
        #expect(d.state.page == .settings(SettingsPage()))
        d.press(.escape)
        #expect(d.state.page == .home(cursor: 4))
    }

    @Test func quitAsksFirst() {
        var d = Driver()
        d.press(.char("q"))
        #expect(d.state.overlay == .quitConfirm)
        d.press(.char("n"))
        #expect(d.state.overlay == nil)
        #expect(!d.state.finished)
        d.press(.char("q"), .char("y"))
        #expect(d.state.finished)
        #expect(d.effects == [.quit])
    }

    @Test func qQuitsOnlyFromHome() {
        var d = Driver()
        d.startsACheck()
        d.press(.char("q"))
        #expect(d.state.overlay == nil)
        #expect(d.flow?.step == .online)
    }

    @Test func escNeverQuits() {
        var d = Driver()
        for _ in 0..<5 { d.press(.escape) }
        #expect(!d.state.finished)
        #expect(d.state.page == .home(cursor: 0))
    }

    @Test func helpOpensEverywhereAndClosesWithEsc() {
        var d = Driver(visitDate: "2025-08-05")
        d.press(.char("?"))
        #expect(d.state.overlay == .help)
        d.press(.escape)
        #expect(d.state.overlay == nil)
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kyokai)
        d.press(.function(1))
        #expect(d.state.overlay == .help)
        #expect(d.flow?.step == .legacyExpiry, "help does not move the flow")
    }

    @Test func onlineIsPreselectedFromTheSettings() {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)))
        d.startsACheck()
        #expect(d.flow?.step == .holds, "the facility's state is saved: the check starts at 「お持ちのもの」")
        #expect(d.flow?.answers.online == .yes)
        d.goesBack()
        #expect(d.flow?.step == .online, "Esc reaches question 1, to change it for this patient")
        #expect(d.flow?.cursor == 0)
        d.answersTheFacilityIs(.no)
        #expect(d.flow?.answers.online == .no)
        #expect(d.flow?.step == .holds)
        d.goesBack()
        d.goesBack()
        #expect(d.state.page == .home(cursor: 0))
        var asking = Driver()
        asking.startsACheck()
        #expect(asking.flow?.step == .online, "毎回確認: question 1 is asked")
    }
}

@Suite struct SkippingTests {
    /// The steps asked, in order, for some typical patients.
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        var date = "2026-11-24"
        let answers: @Sendable (inout Driver) -> Void
        let steps: [CheckStep]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "offline, myna only", answers: { d in
            d.answersTheFacilityIs(.no)
            d.patientShows(.mynaCard)
        }, steps: [.online, .holds]),
        Row(name: "online, myna read", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard)
            d.readerSays(.ok)
        }, steps: [.online, .holds, .reader]),
        Row(name: "online, reader failed, visit asked", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard)
            d.readerSays(.failed)
            d.visitIs(.repeat)
        }, steps: [.online, .holds, .reader, .visit]),
        Row(name: "online, reader failed with a notice: visit not asked", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard, .notice)
            d.readerSays(.failed)
        }, steps: [.online, .holds, .reader, .noticeExpiry]),
        Row(name: "legacy card in the interim", date: "2025-08-05", answers: { d in
            d.answersTheFacilityIs(.no)
            d.patientShows(.legacyCard)
            d.insurerIs(.kyokai)
        }, steps: [.online, .holds, .insurer, .legacyExpiry]),
        Row(name: "everything in the interim", date: "2025-08-05", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard, .certificate, .legacyCard, .notice, .portal)
            d.readerSays(.failed)
        }, steps: [.online, .holds, .reader, .insurer]),
        // After the interim handling ended, no legacy card can be used: its insurer, expiry and change are not asked.
        Row(name: "legacy card only, December 2026", date: "2026-12-02", answers: { d in
            d.answersTheFacilityIs(.no)
            d.patientShows(.legacyCard)
        }, steps: [.online, .holds]),
        Row(name: "everything, December 2026", date: "2026-12-02", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard, .certificate, .legacyCard, .notice, .portal)
            d.readerSays(.failed)
        }, steps: [.online, .holds, .reader, .certificateExpiry]),
        // The card was read: nothing else can change the result, so the certificate's expiry is not asked.
        Row(name: "card read with a certificate", date: "2026-12-02", answers: { d in
            d.answersTheFacilityIs(.yes)
            d.patientShows(.mynaCard, .certificate)
            d.readerSays(.ok)
        }, steps: [.online, .holds, .reader]),
        // A notice alone confirms nothing once the interim ended, whatever its expiry.
        Row(name: "notice only at an offline facility", answers: { d in
            d.answersTheFacilityIs(.no)
            d.patientShows(.notice)
        }, steps: [.online, .holds]),
    ]

    @Test(arguments: rows)
    func stepsFollowTheAnswers(_ row: Row) {
        var d = Driver(visitDate: row.date)
        d.startsACheck()
        row.answers(&d)
        #expect(d.questionsAsked == row.steps)
    }

    /// Going forward, n never goes back and m never shrinks below n.
    @Test func progressNeverJumpsBackwards() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        var last = 0
        let answers: [(inout Driver) -> Void] = [
            { $0.answersTheFacilityIs(.no) }, { $0.ticks(.mynaCard) }, { $0.ticks(.certificate) }, { $0.ticks(.legacyCard) },
            { $0.ticks(.notice) }, { $0.patientShows() }, { $0.insurerIs(.kyokai) },
        ]
        for answer in answers {
            let (n, m) = d.flow!.progress
            #expect(n >= last)
            #expect(m >= n)
            last = n
            answer(&d)
        }
        d.printedExpiryIs("R7.7.31")
        let (n, m) = d.flow!.progress
        #expect(d.flow?.step == .insurerChanged)
        #expect(n > last)
        #expect(m >= n)
    }

    @Test func backGoesToThePreviousAskedStepAndKeepsAnswers() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kokuho)
        d.printedExpiryIs("令和7年7月31日")
        #expect(d.flow?.step == .insurerChanged)
        d.goesBack()
        #expect(d.flow?.step == .legacyExpiry)
        #expect(d.flow?.field.text == "令和7年7月31日", "the typed date is still there")
        d.goesBack()
        #expect(d.flow?.step == .insurer)
        #expect(d.flow?.cursor == 4, "the cursor is on the answer given")
        d.goesBack()
        #expect(d.flow?.step == .holds)
        #expect(d.flow?.answers.holds == DocumentSet([.legacyCard]))
    }
}

@Suite struct TypedFieldTests {
    @Test func insurerNumberIsInferredAndErrorsKeepTheText() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.choosesToTypeTheInsurerNumber()
        #expect(d.flow?.typingNumber == true)
        d.type("06130487")
        d.press(.enter)
        #expect(d.flow?.error?.ja == "検証番号（最後の桁）が7ですが、正しくは8です。番号を確認してください")
        #expect(d.flow?.field.text == "06130487")
        d.press(.backspace)
        #expect(d.flow?.error == nil, "editing clears the error")
        d.type("8")
        d.press(.enter)
        #expect(d.flow?.step == .legacyExpiry)
        #expect(d.flow?.checkCase(on: date("2025-08-05")).legacyCard?.insurer == .kumiai)
        #expect(d.flow?.answers.insurerFromNumber == true)
    }

    @Test func publicExpenseNumberIsRefused() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.typesTheInsurerNumber("12130012")
        #expect(d.flow?.step == .insurer)
        #expect(d.flow?.error?.ja.contains("公費負担医療") == true)
    }

    @Test func escFromTheNumberFieldReturnsToTheListKeepingTheNumber() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.choosesToTypeTheInsurerNumber()
        d.type("0613")
        d.goesBack()
        #expect(d.flow?.typingNumber == false)
        #expect(d.flow?.step == .insurer)
        d.choosesToTypeTheInsurerNumber()
        #expect(d.flow?.field.text == "0613")
    }

    @Test func invalidDateIsCorrectedInPlace() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate)
        #expect(d.flow?.step == .certificateExpiry)
        d.type("令和7年2月29日")
        d.press(.enter)
        #expect(d.flow?.error?.ja.hasPrefix("令和7年(2025年)2月は28日までです") == true)
        #expect(d.flow?.field.text == "令和7年2月29日")
        d.press(.left, .backspace)
        d.type("8")
        #expect(d.flow?.field.text == "令和7年2月28日")
        d.press(.enter)
        #expect(d.result?.checkCase.certificate?.expiry == date("2025-02-28"))
    }

    @Test func zeroMeansNoneWhereAllowed() {
        var d = Driver(visitDate: "2025-08-05")
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kokuho)
        d.printedExpiryIs("0")
        #expect(d.flow?.step == .legacyExpiry, "a 国民健康保険 card always has a printed expiry")
        #expect(d.flow?.error?.ja.contains("必ず有効期限が印字されています") == true)
        var k = Driver(visitDate: "2025-08-05")
        k.startsACheck()
        k.answersTheFacilityIs(.no)
        k.patientShows(.legacyCard)
        k.insurerIs(.kyokai)
        k.printedExpiryIs("0")
        #expect(k.flow?.step == .insurerChanged)
        #expect(k.flow?.answers[.legacyExpiry] == .date(.none))
        #expect(k.flow?.checkCase(on: date("2025-08-05")).legacyCard?.printedExpiry == nil)
        #expect(k.screenText.contains("協会けんぽ / 期限 記載なし"), "0 was taken as 記載なし")
    }

    @Test func emptyDateAsksAgain() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .notice)
        d.press(.enter)
        #expect(d.flow?.step == .noticeExpiry)
        #expect(d.flow?.error?.ja == "日付を入力してください（記載がなければ 0）")
    }

    @Test func questionMarkInAFieldOpensHelpAndKeepsTheText() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate)
        d.type("R8")
        d.press(.char("?"))
        #expect(d.state.overlay == .help)
        d.press(.escape)
        #expect(d.flow?.field.text == "R8")
    }

    /// Found by the monkey: a lone U+3099 (as a terminal delivers か then ゛ combining) merged into the previous
    /// character left the caret past the end, and the next key crashed.
    @Test func aCombiningMarkJoinsThePreviousCharacterAndTheCaretFollows() {
        var field = TextField("かき")
        field.caret = 1
        _ = field.edit(.char("\u{3099}"))
        #expect(field.text == "がき")
        #expect(field.caret == 1)
        field.caret = 2
        _ = field.edit(.char("\u{3099}"))
        #expect(field.text == "がぎ")
        #expect(field.caret == 2)
        for key in [Key.char("x"), .backspace, .left, .delete] { _ = field.edit(key) }
        #expect(field.text == "が")
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate)
        d.type("R8.7.3")
        // Typed as the terminal delivers it: the mark, then a digit of the date.
        d.press(.char("\u{0301}"), .char("1"), .enter)
        #expect(d.flow?.field.text == "R8.7.3\u{0301}1", "the mark stays in the text, which is refused as a date")
        #expect(d.flow?.error != nil)
    }
}

@Suite struct ResultTests {
    @Test func everyVerdictThroughTheQuestions() {
        // Offline, マイナ保険証 + お知らせ → confirmed.
        var a = Driver()
        a.startsACheck()
        a.answersTheFacilityIs(.no)
        a.patientShows(.mynaCard, .notice)
        a.printedExpiryIs("0", on: .noticeExpiry)
        #expect(a.result?.decision.verdict == .confirmed)
        #expect(a.result?.decision.use == [.mynaCard, .notice])
        // Online, reader failed, 再診 → conditional, oral confirmation.
        var b = Driver()
        b.startsACheck()
        b.answersTheFacilityIs(.yes)
        b.patientShows(.mynaCard)
        b.readerSays(.failed)
        b.visitIs(.repeat)
        #expect(b.result?.decision.condition == .oralConfirmation)
        // Online, no record, (visit not asked) → declaration form.
        var c = Driver()
        c.startsACheck()
        c.answersTheFacilityIs(.yes)
        c.patientShows(.mynaCard)
        c.readerSays(.noRecord)
        #expect(c.result?.decision.condition == .declarationForm)
        // Nothing held → not confirmed.
        var n = Driver()
        n.startsACheck()
        n.answersTheFacilityIs(.no)
        n.patientShows()
        #expect(n.result?.decision.verdict == .notConfirmed)
    }

    @Test func theResultIsRecordedExceptInTraining() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        guard case .record(let c, let decision, nil)? = d.effects.last else {
            Issue.record("no record effect")
            return
        }
        #expect(decision.verdict == .notConfirmed)
        #expect(c.holds.kinds.isEmpty)
        var demo = Driver(mode: .demo)
        demo.startsACheck()
        demo.answersTheFacilityIs(.no)
        demo.patientShows()
        #expect(demo.result != nil)
        #expect(demo.effects.isEmpty)
    }

    /// Question 1 answered otherwise than the setting: the header shows the state this patient's check assumed.
    @Test func theHeaderShowsTheStateTheCheckAssumed() {
        var d = Driver(settings: FacilitySettings(online: .facility(.no)))
        #expect(d.state.settings.online == .facility(.no))
        d.startsACheck()
        d.goesBack()
        d.answersTheFacilityIs(.yes)
        d.patientShows(.mynaCard)
        d.readerSays(.ok)
        #expect(d.result?.checkCase.online == .yes)
        #expect(d.state.facilityOnline == .yes)
        #expect(d.render(80, 24).lines[0].contains("導入済み"), "\(d.render(80, 24).lines[0])")
        d.callsTheNextPatient()
        #expect(d.state.facilityOnline == .no, "the next patient starts from the setting")
    }

    /// The tally counts patients: going back from the result and answering again replaces this patient's row.
    @Test func onePatientIsOneRecordHoweverOftenTheResultShows() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        guard case .record(_, _, nil)? = d.effects.last else {
            Issue.record("the first result is a new record")
            return
        }
        d.send(.effectDone(.recorded(id: 41)))
        for _ in 0..<2 {
            d.goesBack()
            d.patientShows()
            guard case .record(_, _, let replacing)? = d.effects.last else {
                Issue.record("no record after answering again")
                return
            }
            #expect(replacing == 41, "the same patient's row is replaced")
            d.send(.effectDone(.recorded(id: 41)))
        }
        d.callsTheNextPatient()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        guard case .record(_, _, nil)? = d.effects.last else {
            Issue.record("the next patient is a new record")
            return
        }
    }

    @Test func enterIsTheNextPatientAndEscGoesBack() {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)))
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.ok)
        #expect(d.result?.decision.verdict == .confirmed)
        // The keys this test is about: Esc and Enter on the result.
        d.press(.escape)
        #expect(d.flow?.step == .reader)
        #expect(d.flow?.answers.holds == DocumentSet([.mynaCard]))
        d.readerSays(.ok)
        d.press(.enter)
        #expect(d.flow == Wizard.newCheck(d.state, d.env), "a new patient starts from nothing")
    }

    @Test func patientViewAndBack() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        d.showsThePatientView()
        guard case .patient = d.state.page else {
            Issue.record("not the patient view")
            return
        }
        d.goesBack()
        #expect(d.result != nil)
    }

    @Test func scrollStaysInsideTheContent() {
        var d = Driver(visitDate: "2025-08-05")
        d.send(.resize(width: 60, height: 18))
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .legacyCard)
        d.insurerIs(.kyokai)
        d.printedExpiryIs("0")
        d.insuranceChanged(false)
        let maxScroll = Screen.maxScroll(d.state, d.env)
        #expect(maxScroll > 0)
        for _ in 0..<100 { d.press(.down) }
        #expect(d.result?.scroll == maxScroll)
        d.press(.up)
        #expect(d.result?.scroll == maxScroll - 1, "one Up after the end moves at once")
        d.press(.home)
        #expect(d.result?.scroll == 0)
    }

    /// Found by the monkey: scrolled at 60×18, the window grown while the patient view was up, and back to a scroll
    /// past the end, where the first Up did nothing.
    @Test func backFromThePatientViewKeepsTheScrollInsideTheContent() {
        var d = Driver(visitDate: "2025-08-05")
        d.send(.resize(width: 60, height: 18))
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .legacyCard)
        d.insurerIs(.kyokai)
        d.printedExpiryIs("0")
        d.insuranceChanged(false)
        d.press(.pageDown)
        #expect((d.result?.scroll ?? 0) > 0)
        d.showsThePatientView()
        d.send(.resize(width: 250, height: 80))
        d.goesBack()
        #expect(d.result?.scroll == Screen.maxScroll(d.state, d.env))
    }
}

@Suite struct SettingsTests {
    /// A save that fails (a full or read-only disk) leaves the old value in force and says why.
    @Test func aFailedSaveChangesNothing() {
        var d = Driver()
        d.settingsDisk = .fails("ディスクがいっぱいです")
        d.opens(.settings)
        d.changes(.online)
        #expect(d.effects == [.saveSettings(FacilitySettings(online: .facility(.yes)))])
        #expect(d.state.settings.online == .ask, "not in force: the file still says 毎回確認")
        #expect(d.state.notice?.kind == .problem)
        #expect(d.state.notice?.text.ja.contains("ディスクがいっぱいです") == true)
        d.changes(.language)
        #expect(d.state.settings.language == .ja)
        #expect(d.state.language(d.env) == .ja)
    }

    @Test func changingASettingSavesIt() {
        var d = Driver()
        d.opens(.settings)
        d.changes(.online)
        #expect(d.state.settings.online == .facility(.yes))
        #expect(d.effects == [.saveSettings(FacilitySettings(online: .facility(.yes)))])
        d.send(.effectDone(.settingsSaved(d.state.settings, path: "/x/config.json", keptUnreadableAs: nil)))
        #expect(d.state.notice?.text.ja == "保存しました")
        #expect(d.state.notice?.path == "/x/config.json")
        d.changes(.language)
        #expect(d.state.settings.language == .en)
        #expect(d.state.language(d.env) == .en)
        d.changes(.theme)
        #expect(d.state.settings.theme == .highContrast)
    }

    @Test func languageFlagWinsOverTheSetting() {
        let d = Driver(settings: FacilitySettings(language: .en), language: .ja)
        #expect(d.state.language(d.env) == .ja)
    }

    @Test func tallyFailureWarnsOnceAndTheCheckGoesOn() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        d.send(.effectDone(.recordFailed("読み取り専用")))
        #expect(d.state.tallyOff)
        #expect(d.state.notice?.kind == .problem)
        d.callsTheNextPatient()
        #expect(d.state.notice == nil)
        d.answersTheFacilityIs(.no)
        d.patientShows()
        d.send(.effectDone(.recordFailed("読み取り専用")))
        #expect(d.state.notice == nil, "warned once")
        #expect(d.result != nil)
    }
}

@Suite struct KeyMapTests {
    /// Every key the footer or help lists does something where it is listed: the help cannot lie.
    @Test func everyListedKeyDoesSomething() {
        let pages = KeyMapPages.all()
        for (name, driver) in pages {
            for binding in KeyMap.bindings(driver.state, driver.env) where !binding.keys.isEmpty && binding.keys != [.ctrl("l")] {
                let works = binding.keys.contains { key in
                    var copy = driver
                    copy.press(key)
                    return copy.state != driver.state || copy.effects.count > driver.effects.count
                }
                #expect(works, "\(name): \(binding.label.en) does nothing")
            }
        }
    }

    /// The other way round: every key that does something on a page is one its help lists. Pages are reached as a
    /// receptionist, a trainer and an administrator would; the keys are every named key, every Ctrl- and F-key, the
    /// digits and the letters.
    @Test func everyKeyThatDoesSomethingIsListed() {
        let universe: [Key] = Monkey.namedKeys + (1...12).map { Key.function($0) }
            + "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) } + [.ctrl("\\")]
            + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ?？!-/.".map { Key.char($0) }
        for (name, driver) in KeyMapPages.all() {
            let bindings = KeyMap.bindings(driver.state, driver.env)
            for key in universe {
                var copy = driver
                var before = copy.state
                before.notice = nil
                copy.press(key)
                var after = copy.state
                after.notice = nil
                guard after != before || copy.effects.count > driver.effects.count else { continue }
                #expect(bindings.contains { $0.covers(key) }, "\(name): \(key) does something but the help does not list it")
            }
        }
    }
}

@Suite struct KioskAndTimeTests {
    @Test func kioskStartsAtTheFirstQuestionAndEscStaysThere() {
        var d = Driver(mode: .kiosk)
        #expect(d.flow?.step == .online)
        d.press(.escape, .escape, .char("q"), .ctrl("c"), .ctrl("z"), .ctrl("\\"), .function(10))
        #expect(d.flow?.step == .online)
        #expect(!d.state.finished)
        #expect(d.effects.isEmpty)
    }

    /// Idle reset with time as an action: no sleeping.
    @Test func idleResetClearsTheAnswers() {
        var d = Driver(mode: .kiosk, visitDate: "2025-08-05", idleTimeout: 120)
        d.send(.tick(now: 1000, today: today))
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.choosesToTypeTheInsurerNumber()
        d.type("0613")
        d.send(.tick(now: 1100, today: today))
        #expect(d.flow?.field.text == "0613", "100 s: still there")
        d.send(.tick(now: 1119.9, today: today))
        #expect(d.flow?.step == .insurer)
        d.send(.tick(now: 1120, today: today))
        #expect(d.flow == Wizard.newCheck(d.state, d.env), "120 s without a key: back to question 1, nothing kept")
        d.send(.tick(now: 2000, today: today))
        #expect(d.flow == Wizard.newCheck(d.state, d.env))
    }

    @Test func idleResetAlsoLeavesTheResult() {
        var d = Driver(mode: .kiosk, idleTimeout: 30)
        d.send(.tick(now: 0, today: today))
        d.answersTheFacilityIs(.no)
        d.patientShows()
        #expect(d.result != nil)
        d.send(.tick(now: 31, today: today))
        #expect(d.flow == Wizard.newCheck(d.state, d.env))
    }

    @Test func noIdleResetOutsideKiosk() {
        var d = Driver()
        d.send(.tick(now: 0, today: today))
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.send(.tick(now: 100_000, today: today))
        #expect(d.flow?.step == .holds)
    }

    @Test func theVisitDateFollowsTodayUnlessFixed() {
        var d = Driver(visitDate: nil)
        #expect(d.state.visitDate == today)
        d.send(.tick(now: 1, today: date("2026-11-25")))
        #expect(d.state.visitDate == date("2026-11-25"))
        var fixed = Driver(visitDate: "2025-08-05")
        fixed.send(.tick(now: 1, today: date("2026-11-25")))
        #expect(fixed.state.visitDate == date("2025-08-05"))
    }
}

@Suite struct PatientViewTests {
    var scroll: (Driver) -> Int? {
        { d in if case .patient(_, let scroll) = d.state.page { scroll } else { nil } }
    }

    /// The patient view scrolls only when the screen cannot hold it, and never past its end.
    @Test func scrollsOnlyWhenItDoesNotFit() {
        var roomy = Driver(language: .en)
        roomy.send(.resize(width: 80, height: 24))
        roomy.startsACheck()
        roomy.answersTheFacilityIs(.no)
        roomy.patientShows(.mynaCard)
        roomy.showsThePatientView()
        roomy.press(.down, .pageDown)
        #expect(scroll(roomy) == 0)

        var small = Driver(mode: .demo, language: .en)
        small.send(.resize(width: 60, height: 18))
        small.startsACheck()
        small.answersTheFacilityIs(.no)
        small.patientShows(.mynaCard)
        small.showsThePatientView()
        small.press(.down)
        #expect(scroll(small) == 1)
        small.press(.pageDown, .pageDown, .pageDown)
        let end = scroll(small)
        #expect(end == 2, "15 rows in 14, one kept for the mark")
        small.send(.resize(width: 80, height: 24))
        #expect(scroll(small) == 0, "a larger screen holds it all")
        small.press(.char("p"))
        guard case .result = small.state.page else { Issue.record("P goes back to the result"); return }
    }
}
