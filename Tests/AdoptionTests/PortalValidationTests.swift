import Adoption
import Eligibility
import Testing

@Suite struct FounderTests {
    static let accepted = [
        "山田太郎", "医療法人社団山田会", "佐々木", "やまだ", "ヴィラ", "ヤマダクリニック", "ヵヶ",
        "Ｓ．Ｙａｍａｄａ－２", "医療法人（社団）山田会", "ａｂｃＸＹＺ０１２", "腕弌熙凜", "ー",
    ]

    @Test(arguments: accepted)
    func accepts(_ text: String) {
        #expect(PortalValidation.founder(text) == FieldCheck())
    }

    typealias Case = (String, [(String, Int, PortalProblem.CharacterReason, String?)], String?)
    static let refused: [Case] = [
        ("髙橋", [("髙", 1, .kanjiOutsideJIS, "高")], "高橋"),
        ("山﨑", [("﨑", 2, .kanjiOutsideJIS, "崎")], "山崎"),
        ("𠮷野", [("𠮷", 1, .kanjiOutsideJIS, "吉")], "吉野"),
        ("\u{FA19}田", [("\u{FA19}", 1, .kanjiOutsideJIS, "神")], "神田"),
        ("①クリニック", [("①", 1, .environmentDependent, "１")], "１クリニック"),
        ("⑫", [("⑫", 1, .environmentDependent, "１２")], "１２"),
        ("㈱山田", [("㈱", 1, .environmentDependent, "（株）")], "（株）山田"),
        ("㈲", [("㈲", 1, .environmentDependent, "（有）")], "（有）"),
        ("山田Ⅲ世", [("Ⅲ", 3, .environmentDependent, "ＩＩＩ")], "山田ＩＩＩ世"),
        ("ⅳ", [("ⅳ", 1, .environmentDependent, "ｉｖ")], "ｉｖ"),
        ("㍻会", [("㍻", 1, .environmentDependent, "平成")], "平成会"),
        ("㌔", [("㌔", 1, .environmentDependent, nil)], nil),
        ("葛\u{E0100}飾", [("葛\u{E0100}", 1, .environmentDependent, "葛")], "葛飾"),
        ("ABC", [("A", 1, .halfWidth, "Ａ"), ("B", 2, .halfWidth, "Ｂ"), ("C", 3, .halfWidth, "Ｃ")], "ＡＢＣ"),
        ("03", [("0", 1, .halfWidth, "０"), ("3", 2, .halfWidth, "３")], "０３"),
        ("(医)山田-会.", [("(", 1, .halfWidth, "（"), (")", 3, .halfWidth, "）"), ("-", 6, .halfWidth, "－"),
                       (".", 8, .halfWidth, "．")], "（医）山田－会．"),
        ("ﾔﾏﾀﾞ", [("ﾔ", 1, .halfWidth, "ヤ"), ("ﾏ", 2, .halfWidth, "マ"), ("ﾀﾞ", 3, .halfWidth, "ダ")], "ヤマダ"),
        ("ﾊﾟｰｸｳﾞ", [("ﾊﾟ", 1, .halfWidth, "パ"), ("ｰ", 2, .halfWidth, "ー"), ("ｸ", 3, .halfWidth, "ク"),
                   ("ｳﾞ", 4, .halfWidth, "ヴ")], "パークヴ"),
        ("ﾂﾞﾎﾟ", [("ﾂﾞ", 1, .halfWidth, "ヅ"), ("ﾎﾟ", 2, .halfWidth, "ポ")], "ヅポ"),
        ("ｱﾞ", [("ｱﾞ", 1, .halfWidth, nil)], nil),
        ("山田　太郎", [("　", 3, .space, "")], "山田太郎"),
        ("山田 太郎", [(" ", 3, .space, "")], "山田太郎"),
        ("山田・花子", [("・", 3, .notAllowed, nil)], nil),
        ("山田−花子", [("−", 3, .notAllowed, "－")], "山田－花子"),
        ("山田‐花子", [("‐", 3, .notAllowed, "－")], "山田－花子"),
        ("山田、花子。", [("、", 3, .notAllowed, nil), ("。", 6, .notAllowed, nil)], nil),
        ("A＆B", [("A", 1, .halfWidth, "Ａ"), ("＆", 2, .notAllowed, nil), ("B", 3, .halfWidth, "Ｂ")], nil),
        ("ゝゔ〆", [("ゝ", 1, .notAllowed, nil), ("ゔ", 2, .notAllowed, nil), ("〆", 3, .notAllowed, nil)], nil),
        ("山田\u{200B}", [("\u{200B}", 3, .notAllowed, nil)], nil),
    ]

    @Test(arguments: refused)
    func refuses(_ text: String, _ expected: [(String, Int, PortalProblem.CharacterReason, String?)], _ corrected: String?) {
        let check = PortalValidation.founder(text)
        #expect(check.problems == expected.map { .founderCharacter($0.0, position: $0.1, reason: $0.2, replacement: $0.3) })
        #expect(check.corrected == corrected)
        #expect(check.problems.allSatisfy { $0.severity == .error })
        if let corrected { #expect(PortalValidation.founder(corrected) == FieldCheck(), "the offered text is accepted") }
    }

    @Test func emptyIsRequired() {
        #expect(PortalValidation.founder("").problems == [.required(.founder)])
        #expect(PortalValidation.founder("　 ").problems == [.required(.founder)])
    }

    @Test func messagesNameTheCharacterAndWhereItIs() {
        let kanji = PortalValidation.founder("髙橋").problems[0]
        #expect(kanji.text(.ja) == "1文字目の「髙」はJIS第1・第2水準にない漢字（環境依存文字）のため使えません。「高」を使ってください")
        #expect(kanji.text(.en) == "Character 1, \"髙\", is not a JIS level 1/2 kanji (machine-dependent) and not accepted; use \"高\" instead")
        let circled = PortalValidation.founder("山①").problems[0]
        #expect(circled.text(.ja) == "2文字目の「①」は環境依存文字のため使えません。「１」を使ってください")
        let half = PortalValidation.founder("山A").problems[0]
        #expect(half.text(.ja) == "2文字目の「A」は半角です。「Ａ」を使ってください")
        #expect(half.text(.en) == "Character 2, \"A\", is half-width; use \"Ａ\" instead")
        let space = PortalValidation.founder("山田　太郎").problems[0]
        #expect(space.text(.ja) == "3文字目の全角空白は使えません。詰めて入力してください")
        #expect(space.text(.en) == "Character 3, a full-width space, is not accepted; leave it out")
        let dot = PortalValidation.founder("山田・花子").problems[0]
        #expect(dot.text(.ja) == "3文字目の「・」は使えません。使える文字: ひらがな・カタカナ・全角英数字・々．－（）・JIS第1・第2水準の漢字")
        let invisible = PortalValidation.founder("山田\u{200B}").problems[0]
        #expect(invisible.text(.ja).hasPrefix("3文字目のU+200Bは使えません"))
        let unknownKanji = PortalValidation.founder("\u{4E02}").problems[0]
        #expect(unknownKanji.text(.ja) == "1文字目の「丂」はJIS第1・第2水準にない漢字（環境依存文字）のため使えません。JIS第1・第2水準の字体に置き換えてください")
    }

    /// Every replacement offered for a machine-dependent character is itself accepted.
    @Test func everyReplacementIsAccepted() {
        var samples: [Unicode.Scalar] = []
        for v in UInt32(0x2100)...0x218F { samples.append(Unicode.Scalar(v)!) }
        for v in UInt32(0x2460)...0x24FF { samples.append(Unicode.Scalar(v)!) }
        for v in UInt32(0x3200)...0x33FF { samples.append(Unicode.Scalar(v)!) }
        for v in UInt32(0xF900)...0xFAFF { samples.append(Unicode.Scalar(v)!) }
        for v in UInt32(0xFF61)...0xFF9F { samples.append(Unicode.Scalar(v)!) }
        for v in UInt32(0x21)...0x7E { samples.append(Unicode.Scalar(v)!) }
        var offered = 0
        for s in samples {
            let check = PortalValidation.founder(String(s))
            guard let corrected = check.corrected else { continue }
            offered += 1
            #expect(PortalValidation.founder(corrected) == FieldCheck(), "\(s) → \(corrected)")
        }
        #expect(offered > 150)
    }
}

/// 姓・名・医療機関等名 take the founder rule's two refusals only: what the portal cannot store.
@Suite struct NameFieldTests {
    @Test func refusesOnlyMachineDependentCharactersAndKanjiOutsideJIS() {
        let check = PortalValidation.name("髙橋 ①ABC・㌔", .familyName)
        #expect(check.problems == [
            .founderCharacter("髙", position: 1, reason: .kanjiOutsideJIS, replacement: "高"),
            .founderCharacter("①", position: 4, reason: .environmentDependent, replacement: "１"),
            .founderCharacter("㌔", position: 9, reason: .environmentDependent, replacement: nil),
        ])
        #expect(check.corrected == nil)
        #expect(PortalValidation.name("髙橋 A", .givenName) == FieldCheck(
            problems: [.founderCharacter("髙", position: 1, reason: .kanjiOutsideJIS, replacement: "高")],
            corrected: "高橋 A"))
        #expect(PortalValidation.name("Yamada Taro", .familyName) == FieldCheck())
        #expect(PortalValidation.name(" 　", .facilityName).problems == [.required(.facilityName)])
    }
}

@Suite struct PhoneTests {
    static let cases: [(String, [PortalProblem], String?)] = [
        ("0312345678", [], nil),
        ("09012345678", [], nil),
        ("03-1234-5678", [.phoneSeparator("-", digitsOnly: "0312345678")], "0312345678"),
        ("０３１２３４５６７８", [.phoneFullWidthDigits(halfWidth: "0312345678")], "0312345678"),
        ("０３－１２３４－５６７８", [.phoneFullWidthDigits(halfWidth: "0312345678"), .phoneSeparator("－", digitsOnly: "0312345678")],
         "0312345678"),
        ("090ー1234ー5678", [.phoneSeparator("ー", digitsOnly: "09012345678")], "09012345678"),
        ("03 1234 5678", [.phoneSeparator(" ", digitsOnly: "0312345678")], "0312345678"),
        ("(03)1234-5678", [.phoneSeparator("(", digitsOnly: "0312345678")], "0312345678"),
        ("03-1234-567", [.phoneSeparator("-", digitsOnly: "031234567"), .phoneLength(9)], "031234567"),
        ("031234567", [.phoneLength(9)], nil),
        ("031234567890", [.phoneLength(12)], nil),
        ("3123456789", [.phoneLeadingDigit], nil),
        ("+81312345678", [.phoneCharacter("+", position: 1)], nil),
        ("0312345678内線2", [.phoneCharacter("内", position: 11)], nil),
        ("０３12３4５６７８", [.phoneFullWidthDigits(halfWidth: "0312345678")], "0312345678"),
        ("", [.required(.phone)], nil),
        ("---", [.phoneSeparator("-", digitsOnly: ""), .phoneLength(0)], nil),
    ]

    @Test(arguments: cases)
    func phone(_ text: String, _ problems: [PortalProblem], _ corrected: String?) {
        let check = PortalValidation.phone(text)
        #expect(check.problems == problems)
        #expect(check.corrected == corrected)
    }

    @Test func messages() {
        #expect(PortalProblem.phoneSeparator("-", digitsOnly: "0312345678").text(.ja)
                == "「-」を入れずに、半角数字だけで入力してください（0312345678）")
        #expect(PortalProblem.phoneSeparator("-", digitsOnly: "0312345678").text(.en)
                == "Type half-width digits only, without \"-\" (0312345678)")
        #expect(PortalProblem.phoneSeparator(" ", digitsOnly: "0312345678").text(.ja)
                == "空白を入れずに、半角数字だけで入力してください（0312345678）")
        #expect(PortalProblem.phoneFullWidthDigits(halfWidth: "0312345678").text(.ja)
                == "全角の数字は使えません。半角数字で入力してください（0312345678）")
        #expect(PortalProblem.phoneLength(9).text(.ja) == "電話番号は10桁か11桁です（いま9桁）")
        #expect(PortalProblem.phoneLeadingDigit.text(.en) == "A phone number starts with 0 (include the area code)")
    }
}

@Suite struct EmailTests {
    static let accepted = ["uketsuke@example.jp", "a.b-c_d+e@mail.example.co.jp", "x1@a-b.com", "0@example.jp"]

    @Test(arguments: accepted)
    func accepts(_ text: String) {
        #expect(PortalValidation.email(text) == FieldCheck())
    }

    static let cases: [(String, [PortalProblem], String?)] = [
        ("Yamada@Example.JP", [.emailUpperCase(lowerCased: "yamada@example.jp")], "yamada@example.jp"),
        ("yamada＠example.jp", [.emailFullWidth("＠", position: 7, halfWidth: "yamada@example.jp")], "yamada@example.jp"),
        ("ｙａｍａｄａ@example.jp", [.emailFullWidth("ｙ", position: 1, halfWidth: "yamada@example.jp")], "yamada@example.jp"),
        ("Ｙamada@example.jp", [.emailFullWidth("Ｙ", position: 1, halfWidth: "yamada@example.jp"),
                               .emailUpperCase(lowerCased: "yamada@example.jp")], "yamada@example.jp"),
        ("YAMADA", [.emailUpperCase(lowerCased: "yamada"), .emailMissingAt], "yamada"),
        ("yamada", [.emailMissingAt], nil),
        ("a@b@example.jp", [.emailSeveralAts(2)], nil),
        ("@example.jp", [.emailEmptyLocalPart], nil),
        (".yamada@example.jp", [.emailDots], nil),
        ("yamada.@example.jp", [.emailDots], nil),
        ("ya..mada@example.jp", [.emailDots], nil),
        ("yamada@example", [.emailDomain], nil),
        ("yamada@", [.emailDomain], nil),
        ("yamada@-example.jp", [.emailDomain], nil),
        ("yamada@exa_mple.jp", [.emailDomain], nil),
        ("yamada@example..jp", [.emailDomain], nil),
        ("yamada@example.j", [.emailDomain], nil),
        ("yamada@example.j1", [.emailDomain], nil),
        ("yama da@example.jp", [.emailCharacter(" ", position: 5)], nil),
        ("山田@example.jp", [.emailCharacter("山", position: 1)], nil),
        ("yamada@example.jp,", [.emailCharacter(",", position: 18)], nil),
        ("yamada@ex!ample.jp", [.emailCharacter("!", position: 10)], nil),
        ("", [.required(.email)], nil),
        (String(repeating: "a", count: 250) + "@example.jp", [.emailTooLong(261)], nil),
    ]

    @Test(arguments: cases)
    func email(_ text: String, _ problems: [PortalProblem], _ corrected: String?) {
        let check = PortalValidation.email(text)
        #expect(check.problems == problems)
        #expect(check.corrected == corrected)
    }

    @Test func messages() {
        #expect(PortalProblem.emailUpperCase(lowerCased: "yamada@example.jp").text(.ja)
                == "英大文字は使えません。小文字で入力してください（yamada@example.jp）")
        #expect(PortalProblem.emailUpperCase(lowerCased: "yamada@example.jp").text(.en)
                == "Upper-case letters are not accepted; use lower case (yamada@example.jp)")
        #expect(PortalProblem.emailFullWidth("＠", position: 7, halfWidth: "yamada@example.jp").text(.ja)
                == "7文字目の「＠」は全角です。半角で入力してください（yamada@example.jp）")
        #expect(PortalProblem.emailCharacter(" ", position: 5).text(.ja)
                == "5文字目の空白は使えません（英小文字・数字・. - _ + と @ だけ）")
    }
}

@Suite struct PasswordTests {
    static let cases: [(String, [PortalProblem])] = [
        ("Passw0rd", []),
        ("aB3" + String(repeating: "x", count: 97), []),
        ("Aa1!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", []),
        ("Pass0rd", [.passwordLength(7)]),
        ("aB3" + String(repeating: "x", count: 98), [.passwordLength(101)]),
        ("password1", [.passwordLacks(.upperCase)]),
        ("PASSWORD1", [.passwordLacks(.lowerCase)]),
        ("Password", [.passwordLacks(.digit)]),
        ("pass", [.passwordLength(4), .passwordLacks(.upperCase), .passwordLacks(.digit)]),
        ("12345678", [.passwordLacks(.upperCase), .passwordLacks(.lowerCase)]),
        ("Ｐassword1", [.passwordLacks(.upperCase), .passwordCharacter(position: 1)]),
        ("Pass word1", [.passwordCharacter(position: 5)]),
        ("Passwörd12", [.passwordCharacter(position: 6)]),
        ("", [.required(.password)]),
    ]

    @Test(arguments: cases)
    func password(_ text: String, _ problems: [PortalProblem]) {
        let check = PortalValidation.password(text)
        #expect(check.problems == problems)
        #expect(check.corrected == nil, "a password is never retyped for the person")
        let unmet = Set(PasswordRule.allCases.filter { !$0.isMet(by: text) })
        #expect(text.isEmpty || unmet.isEmpty == problems.isEmpty)
    }

    @Test func confirmation() {
        #expect(PortalValidation.passwordConfirmation("Passw0rd", password: "Passw0rd") == FieldCheck())
        #expect(PortalValidation.passwordConfirmation("Passw0rD", password: "Passw0rd").problems == [.passwordMismatch])
        #expect(PortalValidation.passwordConfirmation("", password: "Passw0rd").problems == [.required(.passwordConfirmation)])
    }

    @Test func messagesSayWhichRuleIsNotMetYet() {
        #expect(PortalProblem.passwordLength(7).text(.ja) == "8文字以上にしてください（いま7文字）")
        #expect(PortalProblem.passwordLength(101).text(.ja) == "100文字以下にしてください（いま101文字）")
        #expect(PortalProblem.passwordLacks(.upperCase).text(.ja) == "英大文字（A〜Z）1文字以上が必要です")
        #expect(PortalProblem.passwordLacks(.lowerCase).text(.en) == "Add a lower-case letter (a–z)")
        #expect(PortalProblem.passwordLacks(.digit).text(.ja) == "数字（0〜9）1文字以上が必要です")
        #expect(PortalProblem.passwordMismatch.text(.ja) == "確認用のパスワードが一致しません")
        #expect(PortalProblem.passwordCharacter(position: 5).text(.ja)
                == "5文字目は使えない文字です（全角文字や空白は不可。半角の英数字・記号で）")
    }
}

@Suite struct ScoreTableAndPrefectureTests {
    static let scoreTables: [(String, [PortalProblem])] = [
        ("5", []), ("５", []), ("1", []), (" 2 ", []), ("12", [.scoreTableNotADigit]), ("a", [.scoreTableNotADigit]),
        ("", [.required(.scoreTable)]),
    ]

    @Test(arguments: scoreTables)
    func scoreTable(_ text: String, _ problems: [PortalProblem]) {
        #expect(PortalValidation.scoreTable(text).problems == problems)
    }

    static let prefectures: [(String, Int?)] = [
        ("34", 34), ("３４", 34), ("1", 1), ("01", 1), ("47", 47), ("広島", 34), ("広島県", 34), ("東京", 13), ("東京都", 13),
        ("京都", 26), ("京都府", 26), ("大阪", 27), ("北海道", 1), ("hiroshima", 34), ("Tokyo", 13), ("48", nil), ("00", nil),
        ("123", nil), ("広", nil), ("034", 34), ("Ｈｉｒｏｓｈｉｍａ", nil),
    ]

    @Test(arguments: prefectures)
    func prefecture(_ text: String, _ code: Int?) {
        switch PortalValidation.prefecture(text) {
        case .success(let p): #expect(p.code == code)
        case .failure(let problem):
            #expect(code == nil)
            #expect(problem == .unknownPrefecture(text))
        }
    }

    @Test func emptyPrefectureIsRequired() {
        #expect(PortalValidation.prefecture(" ") == .failure(.required(.prefecture)))
        #expect(PortalProblem.unknownPrefecture("48").text(.ja) == "都道府県「48」が見つかりません（01〜47の番号か都道府県名）")
    }
}

@Suite struct FacilityCodeFieldTests {
    static let hiroshima = Prefecture(code: 34)!

    static let cases: [(String, Int?, [PortalProblem], String?)] = [
        ("0712362", 1, [], nil),
        ("０７１２３６２", 1, [], nil),
        ("071 2362", 1, [], nil),
        ("07-1236-2", 1, [.facilityCodeSeparator("-", digitsOnly: "0712362")], "0712362"),
        ("071236", 1, [.facilityCode(.length(6))], nil),
        ("07-1236", 1, [.facilityCodeSeparator("-", digitsOnly: "071236"), .facilityCode(.length(6))], "071236"),
        ("3410712362", 1, [.tenDigitCode(code7: "0712362")], "0712362"),
        ("07123a2", 1, [.facilityCode(.notADigit("a"))], nil),
        ("0712363", 1, [.checkDigitMismatch(typed: 3, expected: 2)], nil),
        ("0712363", nil, [], nil),
        ("", 1, [.required(.facilityCode)], nil),
    ]

    @Test(arguments: cases)
    func code(_ text: String, _ scoreTable: Int?, _ problems: [PortalProblem], _ corrected: String?) {
        let check = PortalValidation.facilityCode(text, prefecture: FacilityCodeFieldTests.hiroshima, scoreTable: scoreTable)
        #expect(check.problems == problems)
        #expect(check.corrected == corrected)
    }

    @Test func dentalGivesAMismatchWarning() throws {
        let check = PortalValidation.facilityCode("0712362", prefecture: FacilityCodeFieldTests.hiroshima, scoreTable: 3)
        let expected = try FacilityCode.derive(prefecture: FacilityCodeFieldTests.hiroshima, scoreTable: 3, code7: "0712362")
            .get().expectedCheckDigit
        // 1236 is also outside 歯科's usual 3000–3999: a second warning, confirmed with the first.
        #expect(check.problems == [.checkDigitMismatch(typed: 2, expected: expected),
                                   .facilityCodeNotice(.numberOutsideRange(1236, 3000...3999))])
        #expect(check.errors.isEmpty)
        #expect(check.warnings == check.problems)
        #expect(check.problems[0].text(.ja) == "検証番号（最後の桁）が2ですが、都道府県・点数表番号と合わせて計算すると\(expected)です。"
                + "所属機関・都道府県・コードを確かめてください。古いコードでは一致しないことがあります。正しければ確認して進めます")
    }

    @Test func unassignedNumberIsAWarning() {
        let check = CheckDigit.compute(body: [3, 4, 1, 0, 7, 1, 2, 9, 0] as [UInt8])
        let result = PortalValidation.facilityCode("071290\(check)", prefecture: FacilityCodeFieldTests.hiroshima, scoreTable: 1)
        #expect(result.problems == [.facilityCodeNotice(.unassignedNumber(1290))])
        #expect(result.problems[0].severity == .warning)
        #expect(result.problems[0].text(.ja) == "医療機関番号1290には「90」が含まれます（通常は割り当てられない番号です）。正しければ確認して進めます")
    }

    @Test func messages() {
        #expect(PortalProblem.facilityCodeSeparator("-", digitsOnly: "0712362").text(.ja) == "「-」を入れずに、数字だけで入力してください（0712362）")
        #expect(PortalProblem.tenDigitCode(code7: "0712362").text(.ja)
                == "10桁のコードです。下7桁（0712362）を入力してください。10桁のコードは自動で決まります")
        #expect(PortalProblem.facilityCode(.length(6)).text(.ja) == "6桁です。医療機関等コードは7桁（10桁コードは10桁）です")
    }
}
