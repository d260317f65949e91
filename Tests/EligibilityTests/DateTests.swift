import Eligibility
import Foundation
import Testing

@Suite struct DateInputTests {
    static let accepted: [(String, String)] = [
        ("2025-07-31", "2025-07-31"), ("2025/7/31", "2025-07-31"), ("20250731", "2025-07-31"),
        ("2025.7.31", "2025-07-31"), ("2025年7月31日", "2025-07-31"), ("令和7年7月31日", "2025-07-31"),
        ("令和元年5月1日", "2019-05-01"), ("令和1年5月1日", "2019-05-01"), ("R7.7.31", "2025-07-31"),
        ("R07.07.31", "2025-07-31"), ("r7/7/31", "2025-07-31"), ("令7.7.31", "2025-07-31"),
        ("Ｒ７．７．３１", "2025-07-31"), ("Ｒ７／７／３１", "2025-07-31"), ("令和７年７月３１日", "2025-07-31"),
        ("２０２５－０７－３１", "2025-07-31"), ("H31.4.30", "2019-04-30"), ("平成元年1月8日", "1989-01-08"),
        ("S64.1.7", "1989-01-07"), ("昭和元年12月25日", "1926-12-25"), ("T1.7.30", "1912-07-30"),
        ("大正15年12月24日", "1926-12-24"), ("M45.7.29", "1912-07-29"), ("明治6年1月1日", "1873-01-01"),
        ("令和7年7月31日(木)", "2025-07-31"), ("令和7年7月31日（木）", "2025-07-31"), ("2025-07-31 (木曜日)", "2025-07-31"),
        ("  R7.7.31  ", "2025-07-31"), ("令和 7年 7月 31日", "2025-07-31"), ("R7-7-31", "2025-07-31"),
        ("h1.1.8", "1989-01-08"), ("R7年7月31日", "2025-07-31"), ("2024-02-29", "2024-02-29"),
    ]

    @Test(arguments: accepted)
    func accepts(_ text: String, _ iso: String) throws {
        #expect(try DateInput.parse(text).get() == date(iso))
    }

    static let rejected: [(String, DateInputError, String)] = [
        ("平成31年5月1日", .notInEra(typed: WarekiDate(era: .heisei, year: 31, month: 5, day: 1),
                                 actual: WarekiDate(era: .reiwa, year: 1, month: 5, day: 1)),
         "平成は平成31年4月30日までです。令和元年5月1日です"),
        ("昭和64年1月8日", .notInEra(typed: WarekiDate(era: .showa, year: 64, month: 1, day: 8),
                                 actual: WarekiDate(era: .heisei, year: 1, month: 1, day: 8)),
         "昭和は昭和64年1月7日までです。平成元年1月8日です"),
        ("令和元年4月30日", .notInEra(typed: WarekiDate(era: .reiwa, year: 1, month: 4, day: 30),
                                  actual: WarekiDate(era: .heisei, year: 31, month: 4, day: 30)),
         "令和は令和元年5月1日からです。平成31年4月30日です"),
        ("平成元年1月7日", .notInEra(typed: WarekiDate(era: .heisei, year: 1, month: 1, day: 7),
                                 actual: WarekiDate(era: .showa, year: 64, month: 1, day: 7)),
         "平成は平成元年1月8日からです。昭和64年1月7日です"),
        ("令和7年2月29日", .dayOutOfRange(era: .reiwa, eraYear: 7, year: 2025, month: 2, lastDay: 28),
         "令和7年(2025年)2月は28日までです"),
        ("2025-02-29", .dayOutOfRange(era: nil, eraYear: 2025, year: 2025, month: 2, lastDay: 28), "2025年2月は28日までです"),
        ("令和7年4月31日", .dayOutOfRange(era: .reiwa, eraYear: 7, year: 2025, month: 4, lastDay: 30),
         "令和7年(2025年)4月は30日までです"),
        ("令和0年5月1日", .eraYearZero(.reiwa), "令和0年はありません（1年目は令和元年）"),
        ("R7.13.1", .monthOutOfRange(13), "13月はありません（月は1〜12）"),
        ("2025/13/01", .monthOutOfRange(13), "13月はありません（月は1〜12）"),
        ("2025/0/01", .monthOutOfRange(0), "0月はありません（月は1〜12）"),
        ("2025/1/0", .dayZero, "0日はありません（日は1から）"),
        ("", .empty, "日付が入力されていません"),
        ("   ", .empty, "日付が入力されていません"),
        ("あした", .unreadable, "日付として読めません"),
        ("2025-07", .unreadable, "日付として読めません"),
        ("R7.7.31.1", .unreadable, "日付として読めません"),
        ("7/31", .unreadable, "日付として読めません"),
        ("2025731", .unreadable, "日付として読めません"),
        ("25/7/31", .twoDigitYear, "西暦は4桁で入力してください（2桁なら元号を付けて R7.7.31 のように）"),
        ("明治5年12月2日", .beforeGregorian, "1873年(明治6年)1月1日より前の日付は扱えません"),
        ("1872-12-31", .beforeGregorian, "1873年(明治6年)1月1日より前の日付は扱えません"),
        ("2201-01-01", .afterLatest, "2200年12月31日より後の日付は扱えません"),
        ("06130488", .beforeGregorian, "1873年(明治6年)1月1日より前の日付は扱えません"),
        ("30000101", .afterLatest, "2200年12月31日より後の日付は扱えません"),
        ("令和7年7月31日(金)", .weekdayMismatch(date: date("2025-07-31"), typed: .friday), "2025年7月31日は木曜日です"),
        ("R7.7.31(", .unreadable, "日付として読めません"),
        ("大正16年1月1日", .notInEra(typed: WarekiDate(era: .taisho, year: 16, month: 1, day: 1),
                                 actual: WarekiDate(era: .showa, year: 2, month: 1, day: 1)),
         "大正は大正15年12月24日までです。昭和2年1月1日です"),
    ]

    @Test(arguments: rejected)
    func rejects(_ text: String, _ error: DateInputError, _ message: String) {
        #expect(DateInput.parse(text) == .failure(error))
        #expect(error.text(.ja) == message)
        #expect(!error.text(.en).isEmpty)
    }

    @Test func englishMessagesNameTheRightForm() {
        #expect(DateInputError.dayOutOfRange(era: .reiwa, eraYear: 7, year: 2025, month: 2, lastDay: 28).text(.en)
            == "February 2025 (Reiwa 7) has 28 days")
        let e = try? DateInput.parse("平成31年5月1日").get()
        #expect(e == nil)
        if case .failure(let err) = DateInput.parse("平成31年5月1日") {
            #expect(err.text(.en).contains("令和元年5月1日"))
        }
    }

    /// From the fuzzer (.ci/fuzz): the last supported day reads in Western form, but its 和暦 令和182年 does not,
    /// because era years have at most two digits as typed (R07, or R007); from 令和100年 (2118) dates are Western.
    @Test func eraYearsHaveAtMostTwoDigits() {
        #expect(DateInput.parse("2200-12-31") == .success(date("2200-12-31")))
        #expect(DateInput.parse("R007.7.31") == .success(date("2025-07-31")))
        #expect(DateInput.parse("令和99年12月31日") == .success(date("2117-12-31")))
        #expect(DateInput.parse("令和100年1月1日") == .failure(.unreadable))
        #expect(DateInput.parse("令和182年12月31日") == .failure(.unreadable))
    }
}

@Suite struct DateFormatTests {
    @Test func formats() {
        #expect(DateText.wareki(date("2025-07-31")) == "令和7年7月31日(木)")
        #expect(DateText.wareki(date("2019-05-01")) == "令和元年5月1日(水)")
        #expect(DateText.wareki(date("1989-01-07")) == "昭和64年1月7日(土)")
        #expect(DateText.western(date("2025-07-31")) == "2025-07-31")
        #expect(DateText.full(date("2025-07-31"), .ja) == "令和7年7月31日(木) 2025-07-31")
        #expect(DateText.full(date("2025-07-31"), .en) == "Thu 2025-07-31 (Reiwa 7)")
    }

    /// format→parse is the identity for every day 1900-01-01 … 2100-12-31, in both notations.
    @Test func roundTripEveryDay() {
        var failures: [String] = []
        for day in date("1900-01-01").dayNumber...date("2100-12-31").dayNumber {
            let d = CalendarDate(dayNumber: day)
            for text in [DateText.wareki(d), DateText.western(d)] where (try? DateInput.parse(text).get()) != d {
                failures.append(text)
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    /// The era table agrees with Foundation's Japanese calendar (ICU) on every day it covers.
    @Test func eraTableAgreesWithFoundation() {
        var calendar = Calendar(identifier: .japanese)
        calendar.timeZone = TimeZone(secondsFromGMT: 9 * 3600)!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        var mismatches: [String] = []
        for day in date("1873-01-01").dayNumber...date("2100-12-31").dayNumber {
            let d = CalendarDate(dayNumber: day)
            let instant = gregorian.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12))!
            let parts = calendar.dateComponents([.era, .year, .month, .day], from: instant)
            let w = WarekiDate(d)!
            // ICU numbers the eras from 大化: 明治 is 232 … 令和 236.
            if parts.era != w.era.rawValue + 231 || parts.year != w.year || parts.month != d.month || parts.day != d.day {
                mismatches.append("\(d.iso): ours \(w.kanjiText), ICU era \(parts.era!) year \(parts.year!)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func dayNumberArithmetic() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("2000-03-01").dayNumber - date("2000-02-28").dayNumber == 2)
        #expect(date("2025-07-31").weekday == .thursday)
        #expect(date("2024-02-29").adding(years: 1) == date("2025-02-28"))
        for day in stride(from: -200_000, through: 200_000, by: 7) {
            #expect(CalendarDate(dayNumber: day).dayNumber == day)
        }
    }

    /// The Japan day changes at 15:00 UTC, before 1970 as well.
    static let japanDays: [(Int64, String)] = [
        (0, "1970-01-01"), (14 * 3600 + 3599, "1970-01-01"), (15 * 3600, "1970-01-02"),
        (-9 * 3600, "1970-01-01"), (-9 * 3600 - 1, "1969-12-31"), (-86400 - 9 * 3600, "1969-12-31"),
        (1_795_445_999, "2026-11-23"), (1_795_446_000, "2026-11-24"),
    ]

    @Test(arguments: japanDays)
    func japanDayOfAMoment(_ seconds: Int64, _ iso: String) {
        #expect(CalendarDate(inJapanAt: seconds) == date(iso))
    }
}
