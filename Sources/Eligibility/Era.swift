/// The Japanese eras (元号) the product reads and writes, with their first days (rules.md §5, sources.md §7.1).
public enum Era: Int, CaseIterable, Sendable {
    case meiji = 1, taisho, showa, heisei, reiwa

    public var kanji: String { ["明治", "大正", "昭和", "平成", "令和"][rawValue - 1] }
    /// The one-kanji abbreviation used on forms: 明 大 昭 平 令.
    public var shortKanji: Character { ["明", "大", "昭", "平", "令"][rawValue - 1] }
    /// The letter used by レセコン software and forms: M T S H R.
    public var letter: Character { ["M", "T", "S", "H", "R"][rawValue - 1] }
    public var english: String { ["Meiji", "Taisho", "Showa", "Heisei", "Reiwa"][rawValue - 1] }

    /// First day of the era. 明治 is officially 1868-01-25 (慶応4年1月1日), but the Gregorian calendar starts on
    /// 明治6年1月1日, so dates before `CalendarDate.earliest` are refused rather than converted.
    public var firstDay: CalendarDate {
        switch self {
        case .meiji: CalendarDate(unchecked: 1868, 1, 25)
        case .taisho: CalendarDate(unchecked: 1912, 7, 30)
        case .showa: CalendarDate(unchecked: 1926, 12, 25)
        case .heisei: CalendarDate(unchecked: 1989, 1, 8)
        case .reiwa: CalendarDate(unchecked: 2019, 5, 1)
        }
    }

    /// Last day of the era, or nil for the current one.
    public var lastDay: CalendarDate? {
        Era(rawValue: rawValue + 1).map { $0.firstDay.adding(days: -1) }
    }

    /// Western year of the era's year 1.
    public var firstYear: Int { firstDay.year }

    /// The era a date belongs to, or nil before 明治.
    public static func of(_ date: CalendarDate) -> Era? {
        for era in allCases.reversed() where date >= era.firstDay {
            return era
        }
        return nil
    }
}

/// A date as written with an era: 令和7年7月31日.
public struct WarekiDate: Hashable, Sendable {
    public let era: Era
    /// 1 is written 元年.
    public let year: Int
    public let month: Int
    public let day: Int

    public init(era: Era, year: Int, month: Int, day: Int) {
        self.era = era
        self.year = year
        self.month = month
        self.day = day
    }

    /// The era date of a calendar date, or nil before 明治.
    public init?(_ date: CalendarDate) {
        guard let era = Era.of(date) else { return nil }
        self.init(era: era, year: date.year - era.firstYear + 1, month: date.month, day: date.day)
    }

    /// The Western year this era year falls in.
    public var westernYear: Int { era.firstYear + year - 1 }

    /// The calendar date, without checking that it lies inside the era.
    public var calendarDate: CalendarDate? {
        CalendarDate(year: westernYear, month: month, day: day)
    }

    /// 令和7年7月31日 / 令和元年5月1日
    public var kanjiText: String {
        "\(era.kanji)\(yearText)年\(month)月\(day)日"
    }

    /// 7 or 元
    public var yearText: String { year == 1 ? "元" : String(year) }
}
