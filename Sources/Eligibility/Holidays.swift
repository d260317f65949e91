/// A day off in Japan under 国民の祝日に関する法律 (昭和23年法律第178号) or a one-off law.
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    public let name: LocalizedText
    public let kind: HolidayKind

    public var description: String { "\(date.iso) \(name.ja)" }
}

/// Which article makes the day a holiday; 振替休日 and 国民の休日 are holidays but not 祝日.
public enum HolidayKind: String, Hashable, Sendable {
    /// 国民の祝日 (Art. 2), and the days a one-off law made a holiday (大喪の礼, 即位, 結婚の儀).
    case shukujitsu
    /// 振替休日 (Art. 3(2)): in place of a 祝日 that fell on a Sunday.
    case furikaeKyujitsu = "furikae-kyujitsu"
    /// 国民の休日 (Art. 3(3)): a day between two 祝日.
    case kokuminNoKyujitsu = "kokumin-no-kyujitsu"
}

/// The holidays of 国民の祝日に関する法律 with its amendments and the one-off laws (sources.md §8.1).
///
/// Computed by rule, not read from a table, so that years after the Cabinet Office CSV are covered too.
public enum JapaneseHolidays {
    /// The years the rules hold for: the equinox formula of sources.md §8.1 is valid 1980–2099.
    public static let supportedYears: ClosedRange<Int> = 1980...2099

    /// The holidays of `year`, sorted by date. `year` must be in `supportedYears`.
    public static func holidays(in year: Int) -> [Holiday] {
        precondition(supportedYears.contains(year), "holidays are known for \(supportedYears) only, not \(year)")
        return table.byYear[year - supportedYears.lowerBound]
    }

    /// The holiday on `date`, or nil on an ordinary day. The year must be in `supportedYears`.
    public static func holiday(on date: CalendarDate) -> Holiday? {
        precondition(supportedYears.contains(date.year), "holidays are known for \(supportedYears) only, not \(date.year)")
        return table.byDay[date.dayNumber]
    }

    /// 春分日 in March (sources.md §8.1), in exact integer arithmetic so that no rounding can move a day.
    public static func vernalEquinoxDay(_ year: Int) -> Int {
        precondition(supportedYears.contains(year))
        let n = year - 1980
        return (20_843_100 + 242_194 * n) / 1_000_000 - n / 4
    }

    /// 秋分日 in September (sources.md §8.1).
    public static func autumnalEquinoxDay(_ year: Int) -> Int {
        precondition(supportedYears.contains(year))
        let n = year - 1980
        return (23_248_800 + 242_194 * n) / 1_000_000 - n / 4
    }

    // MARK: - The law, year by year

    /// Computed once on first use; Swift initialises a static property exactly once, safely across threads.
    private static let table = Table()

    private struct Table: Sendable {
        let byYear: [[Holiday]]
        let byDay: [Int: Holiday]

        init() {
            byYear = JapaneseHolidays.supportedYears.map(JapaneseHolidays.compute)
            var byDay: [Int: Holiday] = [:]
            for holiday in byYear.joined() { byDay[holiday.date.dayNumber] = holiday }
            self.byDay = byDay
        }
    }

    /// 振替休日 starts with the amendment of 1973 (昭和48年法律第10号, in force 1973-04-12).
    private static let furikaeStart = CalendarDate(unchecked: 1973, 4, 12)
    /// 国民の休日 starts with the amendment of 1985 (昭和60年法律第103号, in force 1985-12-27).
    private static let kokuminNoKyujitsuStart = CalendarDate(unchecked: 1985, 12, 27)
    /// The 2005 amendment (平成17年法律第43号, in force 2007-01-01) changed both Art. 3(2) and 3(3).
    private static let amendment2007 = CalendarDate(unchecked: 2007, 1, 1)

    private static func compute(_ year: Int) -> [Holiday] {
        var days: [Int: Holiday] = [:]
        for (date, name) in shukujitsu(in: year) {
            days[date.dayNumber] = Holiday(date: date, name: name, kind: .shukujitsu)
        }
        let shukujitsu = Set(days.keys)

        // Art. 3(2): before 2007 only the next day, and only if it was not a 祝日; since 2007 the nearest non-祝日.
        for sunday in shukujitsu.sorted() where CalendarDate(dayNumber: sunday).weekday == .sunday {
            let date = CalendarDate(dayNumber: sunday)
            guard date >= furikaeStart else { continue }
            var substitute = sunday + 1
            if date >= amendment2007 {
                while shukujitsu.contains(substitute) { substitute += 1 }
            } else if shukujitsu.contains(substitute) {
                continue
            }
            days[substitute] = Holiday(date: CalendarDate(dayNumber: substitute), name: Names.furikaeKyujitsu,
                                       kind: .furikaeKyujitsu)
        }

        // Art. 3(3): a day between two 祝日; before 2007 not on a Sunday and not on a 振替休日.
        for before in shukujitsu where shukujitsu.contains(before + 2) && !shukujitsu.contains(before + 1) {
            let between = CalendarDate(dayNumber: before + 1)
            guard between >= kokuminNoKyujitsuStart, days[before + 1] == nil else { continue }
            if between < amendment2007 && between.weekday == .sunday { continue }
            days[before + 1] = Holiday(date: between, name: Names.kokuminNoKyujitsu, kind: .kokuminNoKyujitsu)
        }
        return days.values.sorted { $0.date < $1.date }
    }

    /// Art. 2 as amended up to `year`, with the one-off laws that add or move a 祝日.
    private static func shukujitsu(in year: Int) -> [(CalendarDate, LocalizedText)] {
        var list: [(CalendarDate, LocalizedText)] = []
        func on(_ month: Int, _ day: Int, _ name: LocalizedText) {
            list.append((CalendarDate(unchecked: year, month, day), name))
        }
        /// Happy Monday: the `n`th Monday of `month`.
        func monday(_ n: Int, of month: Int, _ name: LocalizedText) {
            let first = CalendarDate(unchecked: year, month, 1).weekday.rawValue
            on(month, 1 + (Weekday.monday.rawValue - first + 7) % 7 + 7 * (n - 1), name)
        }

        on(1, 1, Names.ganjitsu)
        if year >= 2000 { monday(2, of: 1, Names.seijinNoHi) } else { on(1, 15, Names.seijinNoHi) }
        on(2, 11, Names.kenkokuKinenNoHi)
        switch year {
        case ...1988: on(4, 29, Names.tennoTanjobi)
        case 1989...2018: on(12, 23, Names.tennoTanjobi)
        case 2019: break
        default: on(2, 23, Names.tennoTanjobi)
        }
        on(3, vernalEquinoxDay(year), Names.shunbunNoHi)
        if year >= 2007 {
            on(4, 29, Names.showaNoHi)
            on(5, 4, Names.midoriNoHi)
        } else if year >= 1989 {
            on(4, 29, Names.midoriNoHi)
        }
        on(5, 3, Names.kenpoKinenbi)
        on(5, 5, Names.kodomoNoHi)
        switch year {
        case 2020: on(7, 23, Names.umiNoHi)
        case 2021: on(7, 22, Names.umiNoHi)
        case 2003...: monday(3, of: 7, Names.umiNoHi)
        case 1996...: on(7, 20, Names.umiNoHi)
        default: break
        }
        switch year {
        case 2020: on(8, 10, Names.yamaNoHi)
        case 2021: on(8, 8, Names.yamaNoHi)
        case 2016...: on(8, 11, Names.yamaNoHi)
        default: break
        }
        if year >= 2003 { monday(3, of: 9, Names.keiroNoHi) } else { on(9, 15, Names.keiroNoHi) }
        on(9, autumnalEquinoxDay(year), Names.shubunNoHi)
        switch year {
        case 2020: on(7, 24, Names.sportsNoHi)
        case 2021: on(7, 23, Names.sportsNoHi)
        case 2022...: monday(2, of: 10, Names.sportsNoHi)
        case 2000...: monday(2, of: 10, Names.taikuNoHi)
        default: on(10, 10, Names.taikuNoHi)
        }
        on(11, 3, Names.bunkaNoHi)
        on(11, 23, Names.kinroKanshaNoHi)

        switch year {
        case 1989: on(2, 24, Names.taisoNoRei)
        case 1990: on(11, 12, Names.sokuiReiSeidenNoGi)
        case 1993: on(6, 9, Names.kekkonNoGi)
        case 2019:
            // The 2019 law deems these 祝日 for Art. 3, which makes 4/30 and 5/2 国民の休日.
            on(5, 1, Names.sokuiNoHi)
            on(10, 22, Names.sokuiReiSeidenNoGi)
        default: break
        }
        return list
    }

    /// The names as the Cabinet Office writes them, with their usual English names.
    private enum Names {
        static let ganjitsu = LocalizedText(ja: "元日", en: "New Year's Day")
        static let seijinNoHi = LocalizedText(ja: "成人の日", en: "Coming of Age Day")
        static let kenkokuKinenNoHi = LocalizedText(ja: "建国記念の日", en: "National Foundation Day")
        static let tennoTanjobi = LocalizedText(ja: "天皇誕生日", en: "The Emperor's Birthday")
        static let shunbunNoHi = LocalizedText(ja: "春分の日", en: "Vernal Equinox Day")
        static let showaNoHi = LocalizedText(ja: "昭和の日", en: "Showa Day")
        static let kenpoKinenbi = LocalizedText(ja: "憲法記念日", en: "Constitution Memorial Day")
        static let midoriNoHi = LocalizedText(ja: "みどりの日", en: "Greenery Day")
        static let kodomoNoHi = LocalizedText(ja: "こどもの日", en: "Children's Day")
        static let umiNoHi = LocalizedText(ja: "海の日", en: "Marine Day")
        static let yamaNoHi = LocalizedText(ja: "山の日", en: "Mountain Day")
        static let keiroNoHi = LocalizedText(ja: "敬老の日", en: "Respect for the Aged Day")
        static let shubunNoHi = LocalizedText(ja: "秋分の日", en: "Autumnal Equinox Day")
        static let taikuNoHi = LocalizedText(ja: "体育の日", en: "Health and Sports Day")
        static let sportsNoHi = LocalizedText(ja: "スポーツの日", en: "Sports Day")
        static let bunkaNoHi = LocalizedText(ja: "文化の日", en: "Culture Day")
        static let kinroKanshaNoHi = LocalizedText(ja: "勤労感謝の日", en: "Labor Thanksgiving Day")
        static let taisoNoRei = LocalizedText(ja: "昭和天皇の大喪の礼", en: "State Funeral of Emperor Showa")
        static let sokuiReiSeidenNoGi = LocalizedText(ja: "即位礼正殿の儀", en: "Enthronement Ceremony")
        static let kekkonNoGi = LocalizedText(ja: "結婚の儀", en: "Imperial Wedding")
        static let sokuiNoHi = LocalizedText(ja: "即位の日", en: "Enthronement Day")
        static let furikaeKyujitsu = LocalizedText(ja: "振替休日", en: "Substitute holiday")
        static let kokuminNoKyujitsu = LocalizedText(ja: "国民の休日", en: "Citizens' holiday")
    }
}
