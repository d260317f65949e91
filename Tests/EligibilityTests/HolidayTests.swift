import Eligibility
import Testing

/// 国民の祝日に関する法律 restated day by day, as plainly as the law reads, to check the engine against.
///
/// The engine builds each year's list article by article; this asks of every single day "is it one?", so the two
/// share no code and a slip in either shows up as a difference.
enum LawReference {
    /// Days a one-off law made a holiday or moved a 祝日 to (1989, 1990, 1993, 2019, 2020, 2021).
    static let oneOffs: [String: String] = [
        "1989-02-24": "昭和天皇の大喪の礼", "1990-11-12": "即位礼正殿の儀", "1993-06-09": "結婚の儀",
        "2019-05-01": "即位の日", "2019-10-22": "即位礼正殿の儀",
        "2020-07-23": "海の日", "2020-07-24": "スポーツの日", "2020-08-10": "山の日",
        "2021-07-22": "海の日", "2021-07-23": "スポーツの日", "2021-08-08": "山の日",
    ]

    /// The 祝日 on `d` (Art. 2 or a one-off law), by its Japanese name.
    static func shukujitsu(_ d: CalendarDate) -> String? {
        if let name = oneOffs[d.iso] { return name }
        let y = d.year
        let nthMonday = d.weekday == .monday ? (d.day + 6) / 7 : 0
        let olympics = y == 2020 || y == 2021
        let spring = Int(20.8431 + 0.242194 * Double(y - 1980) - Double((y - 1980) / 4))
        let autumn = Int(23.2488 + 0.242194 * Double(y - 1980) - Double((y - 1980) / 4))
        switch (d.month, d.day) {
        case (1, 1): return "元日"
        case (1, 15) where y < 2000: return "成人の日"
        case (1, _) where y >= 2000 && nthMonday == 2: return "成人の日"
        case (2, 11): return "建国記念の日"
        case (2, 23) where y >= 2020: return "天皇誕生日"
        case (3, spring): return "春分の日"
        case (4, 29) where y <= 1988: return "天皇誕生日"
        case (4, 29) where y <= 2006: return "みどりの日"
        case (4, 29): return "昭和の日"
        case (5, 3): return "憲法記念日"
        case (5, 4) where y >= 2007: return "みどりの日"
        case (5, 5): return "こどもの日"
        case (7, 20) where (1996...2002).contains(y): return "海の日"
        case (7, _) where y >= 2003 && nthMonday == 3 && !olympics: return "海の日"
        case (8, 11) where y >= 2016 && !olympics: return "山の日"
        case (9, 15) where y < 2003: return "敬老の日"
        case (9, _) where y >= 2003 && nthMonday == 3: return "敬老の日"
        case (9, autumn): return "秋分の日"
        case (10, 10) where y < 2000: return "体育の日"
        case (10, _) where (2000...2019).contains(y) && nthMonday == 2: return "体育の日"
        case (10, _) where y >= 2022 && nthMonday == 2: return "スポーツの日"
        case (11, 3): return "文化の日"
        case (11, 23): return "勤労感謝の日"
        case (12, 23) where (1989...2018).contains(y): return "天皇誕生日"
        default: return nil
        }
    }

    /// Art. 3(2). From 1973-04-12 to 2006: the day after a Sunday 祝日. Since 2007: the first non-祝日 after one.
    static func isFurikae(_ d: CalendarDate) -> Bool {
        guard shukujitsu(d) == nil else { return false }
        let yesterday = d.adding(days: -1)
        if yesterday < date("2007-01-01") {
            return yesterday >= date("1973-04-12") && yesterday.weekday == .sunday && shukujitsu(yesterday) != nil
        }
        var day = yesterday
        while shukujitsu(day) != nil {
            if day.weekday == .sunday { return true }
            day = day.adding(days: -1)
        }
        return false
    }

    /// Art. 3(3), since 1985-12-27: between two 祝日; before 2007 not a Sunday and not a 振替休日.
    static func isKokuminNoKyujitsu(_ d: CalendarDate) -> Bool {
        guard d >= date("1985-12-27"), shukujitsu(d) == nil,
              shukujitsu(d.adding(days: -1)) != nil, shukujitsu(d.adding(days: 1)) != nil else { return false }
        if d < date("2007-01-01") { return d.weekday != .sunday && !isFurikae(d) }
        return true
    }

    /// "2026-05-06 振替休日" lines for every holiday of `year`, in date order.
    static func lines(_ year: Int) -> [String] {
        var lines: [String] = []
        var d = date("\(year)-01-01")
        while d.year == year {
            if let name = shukujitsu(d) {
                lines.append("\(d.iso) \(name) shukujitsu")
            } else if isFurikae(d) {
                lines.append("\(d.iso) 振替休日 furikae-kyujitsu")
            } else if isKokuminNoKyujitsu(d) {
                lines.append("\(d.iso) 国民の休日 kokumin-no-kyujitsu")
            }
            d = d.adding(days: 1)
        }
        return lines
    }
}

func holidayLines(_ year: Int, kinds: Bool = true) -> [String] {
    JapaneseHolidays.holidays(in: year).map { "\($0.date.iso) \($0.name.ja)" + (kinds ? " \($0.kind.rawValue)" : "") }
}

@Suite struct HolidayTests {
    /// Every supported year (1980–2099, which covers 1990–2050) against the law restated day by day.
    @Test(arguments: Array(JapaneseHolidays.supportedYears))
    func everyYearFollowsTheLaw(_ year: Int) {
        #expect(holidayLines(year) == LawReference.lines(year))
    }

    /// The Cabinet Office lists of sources.md §8.2, exactly, and the well-known years of the one-off laws.
    static let official: [(Int, String)] = [
        (2026, """
         2026-01-01 元日, 2026-01-12 成人の日, 2026-02-11 建国記念の日, 2026-02-23 天皇誕生日, 2026-03-20 春分の日,
         2026-04-29 昭和の日, 2026-05-03 憲法記念日, 2026-05-04 みどりの日, 2026-05-05 こどもの日, 2026-05-06 振替休日,
         2026-07-20 海の日, 2026-08-11 山の日, 2026-09-21 敬老の日, 2026-09-22 国民の休日, 2026-09-23 秋分の日,
         2026-10-12 スポーツの日, 2026-11-03 文化の日, 2026-11-23 勤労感謝の日
         """),
        (2027, """
         2027-01-01 元日, 2027-01-11 成人の日, 2027-02-11 建国記念の日, 2027-02-23 天皇誕生日, 2027-03-21 春分の日,
         2027-03-22 振替休日, 2027-04-29 昭和の日, 2027-05-03 憲法記念日, 2027-05-04 みどりの日, 2027-05-05 こどもの日,
         2027-07-19 海の日, 2027-08-11 山の日, 2027-09-20 敬老の日, 2027-09-23 秋分の日, 2027-10-11 スポーツの日,
         2027-11-03 文化の日, 2027-11-23 勤労感謝の日
         """),
        (2019, """
         2019-01-01 元日, 2019-01-14 成人の日, 2019-02-11 建国記念の日, 2019-03-21 春分の日, 2019-04-29 昭和の日,
         2019-04-30 国民の休日, 2019-05-01 即位の日, 2019-05-02 国民の休日, 2019-05-03 憲法記念日, 2019-05-04 みどりの日,
         2019-05-05 こどもの日, 2019-05-06 振替休日, 2019-07-15 海の日, 2019-08-11 山の日, 2019-08-12 振替休日,
         2019-09-16 敬老の日, 2019-09-23 秋分の日, 2019-10-14 体育の日, 2019-10-22 即位礼正殿の儀, 2019-11-03 文化の日,
         2019-11-04 振替休日, 2019-11-23 勤労感謝の日
         """),
        (2020, """
         2020-01-01 元日, 2020-01-13 成人の日, 2020-02-11 建国記念の日, 2020-02-23 天皇誕生日, 2020-02-24 振替休日,
         2020-03-20 春分の日, 2020-04-29 昭和の日, 2020-05-03 憲法記念日, 2020-05-04 みどりの日, 2020-05-05 こどもの日,
         2020-05-06 振替休日, 2020-07-23 海の日, 2020-07-24 スポーツの日, 2020-08-10 山の日, 2020-09-21 敬老の日,
         2020-09-22 秋分の日, 2020-11-03 文化の日, 2020-11-23 勤労感謝の日
         """),
        (2021, """
         2021-01-01 元日, 2021-01-11 成人の日, 2021-02-11 建国記念の日, 2021-02-23 天皇誕生日, 2021-03-20 春分の日,
         2021-04-29 昭和の日, 2021-05-03 憲法記念日, 2021-05-04 みどりの日, 2021-05-05 こどもの日, 2021-07-22 海の日,
         2021-07-23 スポーツの日, 2021-08-08 山の日, 2021-08-09 振替休日, 2021-09-20 敬老の日, 2021-09-23 秋分の日,
         2021-11-03 文化の日, 2021-11-23 勤労感謝の日
         """),
    ]

    @Test(arguments: official)
    func officialList(_ year: Int, _ list: String) {
        let expected = list.split(separator: ",").map { String(String($0).trimmingSpaces) }
        #expect(holidayLines(year, kinds: false) == expected)
    }

    /// Dates people remember, and the amendments' edges: each with its name, or nil for an ordinary day.
    static let knownDays: [(String, String?)] = [
        ("2009-09-22", "国民の休日"), ("2015-09-22", "国民の休日"), ("2014-09-22", nil),
        ("1990-11-12", "即位礼正殿の儀"), ("1993-06-09", "結婚の儀"), ("1989-02-24", "昭和天皇の大喪の礼"),
        ("2019-04-30", "国民の休日"), ("2019-05-01", "即位の日"), ("2019-05-02", "国民の休日"), ("2019-10-22", "即位礼正殿の儀"),
        ("2020-07-23", "海の日"), ("2020-07-24", "スポーツの日"), ("2021-07-22", "海の日"), ("2021-07-23", "スポーツの日"),
        ("2021-08-08", "山の日"), ("2021-08-09", "振替休日"),
        // The usual days of the moved holidays were ordinary days in 2020 and 2021.
        ("2020-07-20", nil), ("2020-08-11", nil), ("2020-10-12", nil), ("2021-07-19", nil), ("2021-08-11", nil),
        ("2021-10-11", nil),
        // 天皇誕生日: 4/29 until 1988, 12/23 1989–2018, none in 2019, 2/23 since 2020.
        ("1988-04-29", "天皇誕生日"), ("1989-04-29", "みどりの日"), ("1989-12-23", "天皇誕生日"), ("2018-12-23", "天皇誕生日"),
        ("2018-12-24", "振替休日"), ("2019-12-23", nil), ("2019-02-23", nil), ("2020-02-23", "天皇誕生日"),
        // みどりの日 moved to 5/4 and 4/29 became 昭和の日 in 2007.
        ("2006-04-29", "みどりの日"), ("2006-05-04", "国民の休日"), ("2007-04-29", "昭和の日"), ("2007-05-04", "みどりの日"),
        // Before 2007: the Monday after a Sunday 祝日, and no 国民の休日 on a Sunday or a 振替休日.
        ("1988-05-04", "国民の休日"), ("1992-05-04", "振替休日"), ("1997-05-04", nil), ("1990-04-30", "振替休日"),
        ("1984-04-30", "振替休日"), ("1999-10-11", "振替休日"), ("2001-12-24", "振替休日"), ("2002-09-16", "振替休日"),
        // Since 2007: the first day after that is not a 祝日.
        ("2008-05-06", "振替休日"), ("2013-05-06", "振替休日"),
        // Happy Monday from 2000 (成人の日, 体育の日) and 2003 (海の日, 敬老の日); 山の日 from 2016.
        ("1999-01-15", "成人の日"), ("2000-01-10", "成人の日"), ("2000-01-15", nil), ("1999-10-10", "体育の日"),
        ("2000-10-09", "体育の日"), ("1995-07-20", nil), ("1996-07-20", "海の日"), ("2002-07-20", "海の日"),
        ("2003-07-21", "海の日"), ("2002-09-15", "敬老の日"), ("2003-09-15", "敬老の日"), ("2004-09-20", "敬老の日"),
        ("2015-08-11", nil), ("2016-08-11", "山の日"), ("2019-10-14", "体育の日"), ("2022-10-10", "スポーツの日"),
        ("2026-12-29", nil), ("2027-01-02", nil), ("2026-12-31", nil),
    ]

    @Test(arguments: knownDays)
    func knownDay(_ iso: String, _ name: String?) {
        #expect(JapaneseHolidays.holiday(on: date(iso))?.name.ja == name)
    }

    /// 暦要項 of 国立天文台 for these years, against the formula of sources.md §8.1.
    static let equinoxes: [(Int, Int, Int)] = [
        (2012, 20, 22), (2016, 20, 22), (2020, 20, 22), (2023, 21, 23), (2024, 20, 22), (2025, 20, 23),
        (2026, 20, 23), (2027, 21, 23), (2028, 20, 22),
    ]

    @Test(arguments: equinoxes)
    func equinox(_ year: Int, _ march: Int, _ september: Int) {
        #expect(JapaneseHolidays.vernalEquinoxDay(year) == march)
        #expect(JapaneseHolidays.autumnalEquinoxDay(year) == september)
    }

    @Test func everyHolidayHasBothNamesAndItsOwnDate() {
        for year in JapaneseHolidays.supportedYears {
            let list = JapaneseHolidays.holidays(in: year)
            #expect(Set(list.map(\.date)).count == list.count, "\(year)")
            #expect(list.map(\.date) == list.map(\.date).sorted(), "\(year)")
            for h in list {
                #expect(h.date.year == year)
                #expect(!h.name.ja.isEmpty && !h.name.en.isEmpty && h.name.ja != h.name.en, "\(h)")
                #expect(JapaneseHolidays.holiday(on: h.date) == h)
            }
        }
        let english = JapaneseHolidays.holidays(in: 2026).map(\.name.en)
        #expect(english.contains("Vernal Equinox Day"))
        #expect(english.contains("Substitute holiday"))
        #expect(english.contains("Citizens' holiday"))
    }

    /// The table is built once and read from many tasks at the same time (strict concurrency).
    @Test func lookupsFromManyTasks() async {
        let counts = await withTaskGroup(of: Int.self) { group in
            for offset in 0..<8 {
                group.addTask {
                    var n = 0
                    var d = date("2026-01-01").adding(days: offset)
                    while d.year == 2026 {
                        if JapaneseHolidays.holiday(on: d) != nil { n += 1 }
                        d = d.adding(days: 8)
                    }
                    return n
                }
            }
            return await group.reduce(0, +)
        }
        #expect(counts == 18)
    }
}
