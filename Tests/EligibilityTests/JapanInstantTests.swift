import Eligibility
import Testing

@Suite struct JapanInstantTests {
    /// What people and scripts type for --at, and the Japan minute it means.
    static let accepted: [(String, String)] = [
        ("2026-11-24T17:59:00+09:00", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T08:59:00Z", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T09:00:00Z", "2026-11-24T18:00:00+09:00"),
        ("2026-11-24T17:59", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24 17:59", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24t08:59z", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T17:59:59.999+09:00", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T17:59:30,5", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T17:59+0900", "2026-11-24T17:59:00+09:00"),
        ("2026-11-24T17:59+09", "2026-11-24T17:59:00+09:00"),
        ("2026-11-22T23:30:00-01:00", "2026-11-23T09:30:00+09:00"),
        ("2026-11-23T15:00:00Z", "2026-11-24T00:00:00+09:00"),
        ("2027-01-01T00:00:00+09:00", "2027-01-01T00:00:00+09:00"),
        ("2026-12-31T14:59:00Z", "2026-12-31T23:59:00+09:00"),
        ("2026-12-31T15:00:00Z", "2027-01-01T00:00:00+09:00"),
        ("2024-02-29T10:00+05:30", "2024-02-29T13:30:00+09:00"),
        ("  2026-11-24T10:00  ", "2026-11-24T10:00:00+09:00"),
    ]

    @Test(arguments: accepted)
    func accepts(_ text: String, _ iso: String) throws {
        #expect(try JapanInstant.parse(text).get().iso == iso)
    }

    static let rejected: [(String, JapanInstantError, String)] = [
        ("", .empty, "日時が入力されていません"),
        ("tomorrow", .unreadable, "日時として読めません"),
        ("2026-11-24", .noTime, "時刻がありません（例: 2026-11-24T10:00）"),
        ("2026/11/24 10:00", .unreadable, "日時として読めません"),
        ("2026-11-24T1000", .unreadable, "日時として読めません"),
        ("2026-11-24T10:00:00.", .unreadable, "日時として読めません"),
        ("2026-11-24T10:00 JST", .unreadable, "日時として読めません"),
        ("2026-11-24T10:00+9", .unreadable, "日時として読めません"),
        ("2026-11-24T10.00", .unreadable, "日時として読めません"),
        ("2026-02-30T10:00", .date(.dayOutOfRange(era: nil, eraYear: 2026, year: 2026, month: 2, lastDay: 28)),
         "2026年2月は28日までです"),
        ("2026-13-01T10:00", .date(.monthOutOfRange(13)), "13月はありません（月は1〜12）"),
        ("2026-11-00T10:00", .date(.dayZero), "0日はありません（日は1から）"),
        ("2026-11-24T24:00", .timeOutOfRange("24:00"), "24:00 という時刻はありません（00:00〜23:59）"),
        ("2026-11-24T10:60", .timeOutOfRange("10:60"), "10:60 という時刻はありません（00:00〜23:59）"),
        ("2026-11-24T10:00:60Z", .timeOutOfRange("10:00:60"), "10:00:60 という時刻はありません（00:00〜23:59）"),
        ("2026-11-24T10:00+24:00", .offsetOutOfRange, "時差は -23:59〜+23:59 で書いてください"),
    ]

    @Test(arguments: rejected)
    func rejects(_ text: String, _ error: JapanInstantError, _ message: String) {
        #expect(JapanInstant.parse(text) == .failure(error))
        #expect(error.text(.ja) == message)
        #expect(!error.text(.en).isEmpty && error.text(.en) != message)
    }

    /// The clock's seconds become a Japan minute: UTC+9, floor to the minute, also before 1970.
    static let unixTimes: [(Int64, String)] = [
        (0, "1970-01-01T09:00:00+09:00"), (-1, "1970-01-01T08:59:00+09:00"), (-32_400, "1970-01-01T00:00:00+09:00"),
        (-32_401, "1969-12-31T23:59:00+09:00"), (1_795_478_340, "2026-11-24T08:59:00+09:00"),
        (1_795_478_399, "2026-11-24T08:59:00+09:00"), (1_795_478_400, "2026-11-24T09:00:00+09:00"),
    ]

    @Test(arguments: unixTimes)
    func fromUnixSeconds(_ seconds: Int64, _ iso: String) {
        #expect(JapanInstant(unixSeconds: seconds).iso == iso)
    }

    @Test func partsAndText() throws {
        let t = try #require(JapanInstant(date: date("2026-11-24"), hour: 8, minute: 5))
        #expect(t.minuteOfDay == 485 && t.hour == 8 && t.minute == 5)
        #expect(JapanInstant.clockText(minuteOfDay: t.minuteOfDay) == "8:05")
        #expect(JapanInstant.clockText(minuteOfDay: 1079) == "17:59")
        #expect(DateText.withTime(t, .ja) == "令和8年11月24日(火) 8:05")
        #expect(DateText.withTime(t, .en) == "Tue 2026-11-24 8:05")
        #expect(JapanInstant(date: date("2026-11-24"), hour: 24, minute: 0) == nil)
        #expect(JapanInstant(date: date("2026-11-24"), minuteOfDay: 1440) == nil)
        #expect(t < JapanInstant(date: date("2026-11-24"), minuteOfDay: 486)!)
        #expect(JapanInstant(date: date("2026-11-23"), minuteOfDay: 1439)! < t)
    }
}
