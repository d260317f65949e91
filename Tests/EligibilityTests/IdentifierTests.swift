import Eligibility
import Testing

@Suite struct InsurerNumberTests {
    static let validNumbers: [(String, InsurerType, String?, Int)] = [
        ("06130488", .kumiai, "06", 13), ("01040013", .kyokai, "01", 4), ("33120015", .kyosai, "33", 12),
        ("131011", .kokuho, nil, 13), ("０６１３０４８８", .kumiai, "06", 13), ("0613 0488", .kumiai, "06", 13),
        ("39132014", .kouki, "39", 13), ("02130011", .senpo, "02", 13), ("07130016", .other, "07", 13),
        ("63130017", .other, "63", 13), ("75130013", .other, "75", 13), ("31130016", .kyosai, "31", 13),
        ("133017", .kokuhoKumiai, nil, 13),
    ]

    @Test(arguments: validNumbers)
    func valid(_ text: String, _ type: InsurerType, _ houbetsu: String?, _ pref: Int) throws {
        let n = try InsurerNumber.parse(text).get()
        #expect(n.type == type)
        #expect(n.houbetsu == houbetsu)
        #expect(n.prefecture.code == pref)
    }

    static let invalidNumbers: [(String, InsurerNumberError, String)] = [
        ("06130487", .checkDigit(expected: 8, typed: 7), "検証番号（最後の桁）が7ですが、正しくは8です。番号を確認してください"),
        ("0613048", .length(7), "7桁です。保険者番号は8桁（国保は6桁）です"),
        ("", .empty, "保険者番号が入力されていません"),
        ("0613-0488", .notADigit("-"), "数字以外の文字「-」があります（数字だけで入力）"),
        ("12130012", .notAnInsurer(houbetsu: "12", publicExpense: true), "法別番号12は公費負担医療の番号です。保険者番号ではありません"),
        ("05130019", .notAnInsurer(houbetsu: "05", publicExpense: false), "法別番号05は保険者番号にはありません"),
        ("06480015", .unknownPrefecture("48"), "都道府県番号「48」はありません（01〜47）"),
        ("001011", .unknownPrefecture("00"), "都道府県番号「00」はありません（01〜47）"),
    ]

    @Test(arguments: invalidNumbers)
    func invalid(_ text: String, _ error: InsurerNumberError, _ message: String) {
        #expect(InsurerNumber.parse(text) == .failure(error))
        #expect(error.text(.ja) == message)
    }

    @Test func everyBodyHasExactlyOneCheckDigit() {
        // For 1,000 bodies, exactly one of the ten last digits is accepted.
        for body in 0..<1000 {
            let prefix = "0613" + String(format3(body))
            let accepted = (0...9).filter { (try? InsurerNumber.parse(prefix + String($0)).get()) != nil }
            #expect(accepted.count == 1)
        }
    }

    func format3(_ n: Int) -> String { String(repeating: "0", count: 3 - String(n).count) + String(n) }
}

@Suite struct FacilityCodeTests {
    @Test func derivesTheTenDigitCode() throws {
        let c = try FacilityCode.derive(prefecture: Prefecture(code: 34)!, scoreTable: 1, code7: "0712362").get()
        #expect(c.code10 == "3410712362")
        #expect(c.checkDigitMatches)
        #expect(c.notices.isEmpty)
    }

    @Test func anotherScoreTableGivesAnotherCheckDigit() throws {
        let c = try FacilityCode.derive(prefecture: Prefecture(code: 34)!, scoreTable: 3, code7: "0712362").get()
        #expect(!c.checkDigitMatches)
        #expect(c.code10 == "3430712362")
        #expect(c.expectedCheckDigit != 2)
        #expect(c.correctedCode10 == "343071236\(c.expectedCheckDigit)")
    }

    @Test func wikipediaExample() throws {
        #expect(try FacilityCode.parse10("0110113719").get().checkDigitMatches)
        #expect(try FacilityCode.derive(prefecture: Prefecture(code: 13)!, scoreTable: 1, code7: "0112345").get().checkDigitMatches)
    }

    @Test func unassignedNinetyIsANoticeNotARefusal() throws {
        let body = [UInt8]([3, 4, 1, 0, 7, 1, 2, 9, 0])
        let check = CheckDigit.compute(body: body)
        let c = try FacilityCode.derive(prefecture: Prefecture(code: 34)!, scoreTable: 1, code7: "071290\(check)").get()
        #expect(c.checkDigitMatches)
        #expect(c.notices == [.unassignedNumber(1290)])
        #expect(c.notices[0].text(.ja) == "医療機関番号1290には「90」が含まれます（通常は割り当てられない番号です）")
    }

    @Test func numberOutsideTheKindsRange() throws {
        let c = try FacilityCode.derive(prefecture: Prefecture(code: 34)!, scoreTable: 4, code7: "0712362").get()
        #expect(c.notices.contains(.numberOutsideRange(1236, 4000...4999)))
    }

    static let invalidCodes: [(String, FacilityCodeError)] = [
        ("071236", .length(6)), ("07123621", .length(8)), ("", .empty), ("07-12362", .notADigit("-")),
    ]

    @Test(arguments: invalidCodes)
    func invalid(_ text: String, _ error: FacilityCodeError) {
        #expect(FacilityCode.derive(prefecture: Prefecture(code: 13)!, scoreTable: 1, code7: text) == .failure(error))
    }

    @Test func fullWidthDigits() throws {
        #expect(try FacilityCode.derive(prefecture: Prefecture(code: 34)!, scoreTable: 1, code7: "０７１２３６２").get().code10 == "3410712362")
    }

    @Test func prefectures() {
        #expect(Prefecture(code: 1)?.name == "北海道")
        #expect(Prefecture(code: 13)?.name == "東京都")
        #expect(Prefecture(code: 47)?.name == "沖縄県")
        #expect(Prefecture(code: 0) == nil)
        #expect(Prefecture(code: 48) == nil)
        #expect(Prefecture.all.count == 47)
    }

    static let typedPrefectures: [(String, Int?)] = [
        ("34", 34), ("３４", 34), ("034", 34), (" 1 ", 1), ("47", 47), ("広島", 34), ("広島県", 34), ("東京", 13), ("京都", 26),
        ("北海道", 1), ("hiroshima", 34), ("Tokyo", 13), ("0", nil), ("48", nil), ("123", nil), ("広", nil), ("", nil),
    ]

    @Test(arguments: typedPrefectures)
    func prefectureAsTyped(_ text: String, _ code: Int?) {
        #expect(Prefecture(typed: text)?.code == code)
    }
}
