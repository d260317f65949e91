import Foundation
import StrictJSON
import Testing

@Suite struct CallCenterCommandTests {
    static let fixedPart: String = ",\"name\":\"オンライン資格確認等コールセンター\",\"phone\":\"0800-080-4583\",\"tollFree\":true,"
        + "\"hours\":{\"weekdays\":{\"open\":\"08:00\",\"close\":\"18:00\"},\"saturday\":{\"open\":\"08:00\",\"close\":\"16:00\"}},"
        + "\"rules\":\"2026.12-1\"}\n"

    static let jsonAnswers: [(String, String)] = [
        ("2026-11-23T10:00", "{\"open\":false,\"reason\":\"holiday\",\"text\":\"本日は勤労感謝の日のため休み\",\"holiday\":\"勤労感謝の日\","
            + "\"at\":\"2026-11-23T10:00:00+09:00\",\"closesAt\":null,\"nextOpen\":\"2026-11-24T08:00:00+09:00\",\"note\":null"),
        ("2026-11-24T08:59:00Z", "{\"open\":true,\"reason\":\"open\",\"text\":\"受付中（18:00まで）\",\"holiday\":null,"
            + "\"at\":\"2026-11-24T17:59:00+09:00\",\"closesAt\":\"2026-11-24T18:00:00+09:00\",\"nextOpen\":null,\"note\":null"),
        ("2026-11-24T18:00:00+09:00", "{\"open\":false,\"reason\":\"after-hours\",\"text\":\"受付時間外（平日8:00〜18:00）\",\"holiday\":null,"
            + "\"at\":\"2026-11-24T18:00:00+09:00\",\"closesAt\":null,\"nextOpen\":\"2026-11-25T08:00:00+09:00\",\"note\":null"),
        ("2026-12-29T10:00", "{\"open\":true,\"reason\":\"open\",\"text\":\"受付中（18:00まで）\",\"holiday\":null,"
            + "\"at\":\"2026-12-29T10:00:00+09:00\",\"closesAt\":\"2026-12-29T18:00:00+09:00\",\"nextOpen\":null,"
            + "\"note\":\"年末年始は営業時間をご確認ください\""),
        ("2026-05-02T07:00:00Z", "{\"open\":false,\"reason\":\"after-hours\",\"text\":\"受付時間外（土曜8:00〜16:00）\",\"holiday\":null,"
            + "\"at\":\"2026-05-02T16:00:00+09:00\",\"closesAt\":null,\"nextOpen\":\"2026-05-07T08:00:00+09:00\",\"note\":null"),
    ]

    /// Open or closed, the exit code is 0: it is an answer, not an error.
    @Test(arguments: jsonAnswers)
    func json(_ at: String, _ expected: String) throws {
        let run = try Binary.run(["callcenter", "--at", at, "--json"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == expected + Self.fixedPart)
        #expect(run.err.isEmpty)
    }

    @Test func humanOutputInJapanese() throws {
        let closed = try Binary.run(["callcenter", "--at", "2026-11-23T10:00"])
        #expect(closed.status == 0)
        #expect(closed.out == """
            × 本日は勤労感謝の日のため休み
            日時: 令和8年11月23日(月) 10:00
            次の受付開始: 令和8年11月24日(火) 8:00

            オンライン資格確認等コールセンター
            電話: 0800-080-4583（通話無料）
            受付時間: 平日8:00〜18:00、土曜8:00〜16:00（日曜・祝日は休み）

            """)
        let yearEnd = try Binary.run(["callcenter", "--at", "2026-12-29T17:59+09:00"])
        #expect(yearEnd.status == 0)
        #expect(yearEnd.out.hasPrefix("○ 受付中（18:00まで）\n日時: 令和8年12月29日(火) 17:59\n! 年末年始は営業時間をご確認ください\n\n"))
    }

    @Test func humanOutputInEnglish() throws {
        let run = try Binary.run(["callcenter", "--lang", "en", "--at", "2026-11-29T10:00"])
        #expect(run.status == 0)
        #expect(run.out == """
            × Closed on Sundays
            At: Sun 2026-11-29 10:00
            Opens next: Mon 2026-11-30 8:00

            Online Eligibility Checking Call Center
            Phone: 0800-080-4583 (toll-free)
            Hours: weekdays 8:00–18:00, Saturdays 8:00–16:00 (closed on Sundays and national holidays)

            """)
    }

    /// Without --at it answers for now; the answer depends on the clock, its shape does not.
    @Test func nowByDefault() throws {
        let run = try Binary.run(["callcenter", "--json"])
        #expect(run.status == 0)
        let node = try JSONReader.parse(run.out)
        #expect(["true", "false"].contains(compact(member(node, "open"))))
        #expect(compact(member(node, "at")).hasSuffix(":00+09:00\""))
    }

    /// Bad input: exit 2, and a message naming the flag, the value and the accepted forms.
    static let badInputs: [([String], String)] = [
        (["--at", "tomorrow"], "uketsuke: --at \"tomorrow\": 日時として読めません。使える形: 2026-11-24T17:59:00+09:00 / 2026-11-24T08:59:00Z / 2026-11-24T17:59（時差がなければ日本時間）\n"),
        (["--at", "2026-11-24"], "uketsuke: --at \"2026-11-24\": 時刻がありません（例: 2026-11-24T10:00）。使える形: 2026-11-24T17:59:00+09:00 / 2026-11-24T08:59:00Z / 2026-11-24T17:59（時差がなければ日本時間）\n"),
        (["--at", "2026-02-30T10:00"], "uketsuke: --at \"2026-02-30T10:00\": 2026年2月は28日までです。使える形: 2026-11-24T17:59:00+09:00 / 2026-11-24T08:59:00Z / 2026-11-24T17:59（時差がなければ日本時間）\n"),
        (["--at", "2100-01-01T10:00"], "uketsuke: --at \"2100-01-01T10:00\": 祝日が分かるのは1980年〜2099年です\n"),
        (["--lang", "en", "--at", "10am"], "uketsuke: --at \"10am\": this is not an ISO 8601 date and time; accepted forms: 2026-11-24T17:59:00+09:00, 2026-11-24T08:59:00Z, 2026-11-24T17:59 (Japan time when no offset is given)\n"),
        (["--date", "2026-11-23"], "uketsuke: --date \"2026-11-23\": callcenter は日時を --at で指定します（例: --at 2026-11-24T10:00）\n"),
    ]

    @Test(arguments: badInputs)
    func badInput(_ args: [String], _ message: String) throws {
        let run = try Binary.run(["callcenter", "--json"] + args)
        #expect(run.status == 2)
        #expect(run.err == message)
        #expect(run.out.isEmpty)
    }
}
