import Adoption
import Eligibility
import Testing

/// A form filled in as the portal would accept it: 広島 医科 0712362 → 3410712362.
func filledForm(password: String = "Passw0rd") -> PortalRegistration {
    var f = PortalRegistration()
    f.familyName = "山田"
    f.givenName = "花子"
    f.affiliation = .ika
    f.prefecture = Prefecture(code: 34)
    f.facilityCodeText = "0712362"
    f.locationConfirmed = true
    f.facilityName = "やまだ内科クリニック"
    f.founder = "山田太郎"
    f.phone = "0821234567"
    f.email = "uketsuke@yamada-naika.jp"
    f.password = password
    f.passwordConfirmation = password
    f.termsAccepted = true
    return f
}

@Suite struct PortalRegistrationTests {
    @Test func derivesTheTenDigitCode() {
        let f = filledForm()
        #expect(f.derivedCode?.code10 == "3410712362")
        #expect(f.facilityCodeWarnings.isEmpty)
        #expect(f.problems().isEmpty)
    }

    @Test func fullWidthCodeDerivesTheSameCode() throws {
        var f = filledForm()
        f.facilityCodeText = "０７１２３６２"
        #expect(f.derivedCode?.code10 == "3410712362")
        #expect(try f.checked().get().facilityCode.code7 == "0712362")
    }

    @Test func dentalGivesAWarningThatMustBeConfirmed() throws {
        var f = filledForm()
        f.affiliation = .shika
        #expect(f.derivedCode?.code10 == "3430712362")
        let warnings = f.facilityCodeWarnings
        #expect(warnings == f.check(.facilityCode).problems)
        guard case .checkDigitMismatch(typed: 2, expected: _) = warnings.first else {
            Issue.record("expected a check-digit warning, got \(warnings)")
            return
        }
        #expect(f.problems() == warnings.map { FieldProblem(field: .facilityCode, problem: $0) })
        #expect((try? f.checked().get()) == nil, "never a silent pass")

        f.confirmFacilityCodeWarnings()
        #expect(f.confirmedCode10 == "3430712362")
        #expect(f.problems().isEmpty, "never a hard block")
        #expect(f.check(.facilityCode).warnings == warnings, "the field still says it")
        let checked = try f.checked().get()
        #expect(checked.confirmedWarnings == warnings)

        f.prefecture = Prefecture(code: 13)
        #expect(!f.facilityCodeWarningsConfirmed, "another code asks again")
        f.prefecture = Prefecture(code: 34)
        #expect(f.facilityCodeWarningsConfirmed)
        f.facilityCodeText = "0712363"
        #expect(!f.facilityCodeWarningsConfirmed)
    }

    @Test func homeMedicalCareAsksForTheScoreTable() throws {
        var f = filledForm()
        f.affiliation = .zaitaku
        #expect(f.fields.contains(.scoreTable))
        #expect(f.scoreTable == nil, "never guessed")
        #expect(f.derivedCode == nil)
        #expect(f.problems() == [FieldProblem(field: .scoreTable, problem: .required(.scoreTable))])
        f.scoreTableText = "12"
        #expect(f.problems() == [FieldProblem(field: .scoreTable, problem: .scoreTableNotADigit)])
        f.scoreTableText = "１"
        #expect(f.derivedCode?.code10 == "3410712362")
        #expect(f.problems().isEmpty)
        let checked = try f.checked().get()
        #expect(checked.affiliation == .zaitaku)
        #expect(checked.facilityCode.scoreTable == 1)
    }

    @Test(arguments: Affiliation.allCases)
    func onlyKnownKindsHaveANumber(_ a: Affiliation) {
        let known: [Affiliation: Int] = [.ika: 1, .shika: 3, .chozai: 4, .homon: 6]
        #expect(a.knownScoreTable == known[a])
        var f = PortalRegistration()
        f.affiliation = a
        #expect(f.fields.contains(.scoreTable) == (known[a] == nil))
    }

    @Test func theScoreTableFieldIsHiddenForKnownKinds() {
        var f = filledForm()
        f.scoreTableText = "9"
        #expect(!f.fields.contains(.scoreTable))
        #expect(f.scoreTable == 1)
        #expect(f.check(.scoreTable) == FieldCheck())
    }

    @Test func anEmptyFormListsEveryRequiredFieldInThePortalsOrder() {
        let f = PortalRegistration()
        let expected: [PortalField] = [
            .familyName, .givenName, .affiliation, .prefecture, .facilityCode, .locationConfirmed, .facilityName,
            .founder, .phone, .email, .password, .passwordConfirmation, .termsAccepted,
        ]
        #expect(f.problems() == expected.map { FieldProblem(field: $0, problem: .required($0)) })
        #expect(f.problems().allSatisfy { $0.problem.isMissing })
        if case .failure(let incomplete) = f.checked() {
            #expect(incomplete.problems == f.problems())
        } else {
            Issue.record("an empty form has no sheet")
        }
    }

    @Test func wholeFormChecks() {
        var f = filledForm()
        f.passwordConfirmation = "Passw0rD"
        f.termsAccepted = false
        f.locationConfirmed = false
        #expect(f.problems() == [
            FieldProblem(field: .locationConfirmed, problem: .required(.locationConfirmed)),
            FieldProblem(field: .passwordConfirmation, problem: .passwordMismatch),
            FieldProblem(field: .termsAccepted, problem: .required(.termsAccepted)),
        ])
        #expect(PortalProblem.required(.termsAccepted).text(.ja) == "利用規約への同意が必要です")
        #expect(PortalProblem.required(.locationConfirmed).text(.ja) == "所在地がこのコードの施設のものであることを確認してください")
        #expect(PortalProblem.required(.affiliation).text(.ja) == "所属機関を選んでください")
        #expect(PortalProblem.required(.familyName).text(.ja) == "姓を入力してください")
        #expect(PortalProblem.required(.familyName).text(.en) == "Enter the family name")
    }

    @Test func fieldErrorsBlockTheSheet() {
        var f = filledForm()
        f.phone = "082-123-4567"
        f.email = "Uketsuke@yamada-naika.jp"
        f.founder = "髙橋"
        #expect(f.problems().map(\.field) == [.founder, .phone, .email])
        #expect((try? f.checked().get()) == nil)
    }

    @Test func checkedValuesAreNormalised() throws {
        var f = filledForm()
        f.familyName = "　山田 "
        f.facilityName = " やまだ内科クリニック　"
        let c = try f.checked().get()
        #expect(c.familyName == "山田")
        #expect(c.facilityName == "やまだ内科クリニック")
        #expect(c.facilityCode.code10 == "3410712362")
        #expect(c.phone == "0821234567")
        #expect(c.email == "uketsuke@yamada-naika.jp")
    }

    @Test func descriptionsLeaveThePasswordOut() {
        let f = filledForm(password: "Secr3tPassword")
        var dumped = ""
        dump(f, to: &dumped)
        for text in [f.description, String(reflecting: f), "\(f)", dumped] {
            #expect(!text.contains("Secr3tPassword"))
            #expect(text.contains("やまだ内科クリニック"))
        }
    }
}
