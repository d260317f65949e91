import Adoption
import Eligibility
import Screen
import Testing
import Wizard
import WizardTestSupport

@Suite struct RegistrationFormTests {
    /// Fills every field, as the portal lists them, and returns the driver on the save row.
    func filled(_ d: inout Driver, founder: String = "医療法人社団高田会") {
        d.fillRegistration(throughFounder: founder)
        d.press(.enter)
        d.type("0821234567")
        d.press(.enter)
        d.type("info@yamada-clinic.jp")
        d.press(.enter)
        d.type("Yamada?2026")
        d.press(.enter)
        d.type("Yamada?2026")
        d.press(.enter, .char(" "), .down)
    }

    var page: (Driver) -> RegistrationPage? {
        { d in if case .registration(let p) = d.state.page { p } else { nil } }
    }

    @Test func aCompleteFormIsSavedWithoutItsPassword() throws {
        var d = Driver()
        filled(&d)
        #expect(page(d)?.focusedRow == .save)
        #expect(d.state.overlay == nil, "? in a password is typed, not help")
        d.press(.enter)
        guard case .saveRegistration(let checked)? = d.effects.last else {
            Issue.record("no save effect: \(String(describing: page(d)?.form.problems()))")
            return
        }
        #expect(checked.facilityCode.code10 == "3410712362")
        #expect(checked.founder == "医療法人社団高田会")
        #expect(!String(describing: checked).contains("Yamada?2026"))
        d.send(.effectDone(.fileSaved(path: "/data/portal-registration-2026-11-24.txt")))
        #expect(d.state.notice?.text.ja == "保存しました")
        #expect(d.state.notice?.path == "/data/portal-registration-2026-11-24.txt")
    }

    @Test func aMachineDependentKanjiStopsTheSaveUntilCorrected() throws {
        var d = Driver()
        d.fillRegistration(throughFounder: "医療法人社団髙田会")
        d.press(.enter)
        #expect(page(d)?.focusedRow == .field(.founder), "Enter on a name the portal refuses stays on it")
        #expect(page(d)?.problems(.founder).isEmpty == false, "and says why")
        d.press(.left, .left, .backspace)
        d.type("高")
        #expect(page(d)?.problems(.founder).isEmpty == true)
        d.press(.enter)
        #expect(page(d)?.focusedRow == .field(.phone), "once corrected, Enter moves on")
        d.type("0821234567")
        d.press(.enter)
        d.type("info@yamada-clinic.jp")
        d.press(.enter)
        d.type("Yamada?2026")
        d.press(.enter)
        d.type("Yamada?2026")
        d.press(.enter, .char(" "), .down)
        d.press(.enter)
        guard case .saveRegistration(let checked)? = d.effects.last else {
            Issue.record("not saved after the correction")
            return
        }
        #expect(checked.founder == "医療法人社団高田会")
    }

    @Test func aCheckDigitMismatchMustBeConfirmed() throws {
        var d = Driver()
        d.opens(.adoption)
        d.opens(adoption: .registration)
        d.press(.down, .down, .right, .right, .enter)
        d.type("34")
        d.press(.enter)
        d.type("0712362")
        d.press(.enter)
        #expect(page(d)?.focusedRow == .confirmCode)
        #expect(page(d)?.form.facilityCodeWarningsConfirmed == false)
        d.press(.char(" "))
        #expect(page(d)?.form.facilityCodeWarningsConfirmed == true)
    }

    @Test func requiredFieldsAreNamedOnlyAfterAVisit() throws {
        var d = Driver()
        d.opens(.adoption)
        d.opens(adoption: .registration)
        #expect(page(d)?.problems(.familyName).isEmpty == true)
        d.press(.down)
        #expect(page(d)?.problems(.familyName).map { $0.text(.ja) } == ["姓を入力してください"])
    }

    @Test func leavingTheFormForgetsThePasswordsOnly() throws {
        var d = Driver()
        filled(&d)
        d.goesBack()
        d.opens(adoption: .registration)
        let p = try #require(page(d))
        #expect(p.form.password.isEmpty && p.form.passwordConfirmation.isEmpty)
        #expect(p.form.founder == "医療法人社団高田会")
    }
}

@Suite struct LeafletAndContactTests {
    @Test func leafletScrollsAndSaves() {
        var d = Driver()
        d.send(.resize(width: 60, height: 18))
        d.opens(.adoption)
        d.opens(adoption: .leaflet)
        for _ in 0..<50 { d.press(.pageDown) }
        guard case .leaflet(let scroll) = d.state.page else { return }
        #expect(scroll == Screen.maxScroll(d.state, d.env))
        #expect(scroll > 0)
        d.press(.enter)
        #expect(d.effects.last == .saveLeaflet(facilityName: nil))
    }

    @Test func contactPageFollowsTheClock() {
        var d = Driver()
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-11-23"), hour: 10, minute: 0)!))
        d.opens(.adoption)
        d.opens(adoption: .contact)
        #expect(d.state.page == .contact)
        #expect(d.state.japanTime?.date == date("2026-11-23"))
        d.press(.escape)
        #expect(d.state.page == .adoption(cursor: 0))
    }
}

@Suite struct PrintKeyTests {
    /// P prints the leaflet; what the print system says, or why not, shows on the page.
    @Test func pOnTheLeafletPrintsItAndTheAnswerShows() {
        var d = Driver()
        d.opens(.adoption)
        d.opens(adoption: .leaflet)
        d.press(.char("p"))
        #expect(d.effects == [.printLeaflet(facilityName: nil)])
        d.send(.effectDone(.printed(LocalizedText(ja: "既定のプリンターに送りました", en: "Sent to the default printer"))))
        #expect(d.state.notice?.kind == .info)
        #expect(d.screenText.contains("既定のプリンターに送りました"))
        d.send(.effectDone(.printFailed(LocalizedText(ja: "pango-view がありません", en: "pango-view is missing"))))
        #expect(d.state.notice?.kind == .problem)
        #expect(d.screenText.contains("印刷できません: pango-view がありません"))
        guard case .leaflet = d.state.page else {
            Issue.record("not on the leaflet any more")
            return
        }
    }
}
