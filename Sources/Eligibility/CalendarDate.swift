/// A calendar date in Japan (Asia/Tokyo), without a time of day, in the Gregorian calendar.
///
/// Arithmetic is done on a day number (days since 1970-01-01) so that the engine needs no clock,
/// no time zone database and no Foundation on its hot path.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The earliest date the product handles: 明治6年1月1日, the first day of the Gregorian calendar in Japan.
    public static let earliest = CalendarDate(unchecked: 1873, 1, 1)
    /// The latest date the product handles.
    public static let latest = CalendarDate(unchecked: 2200, 12, 31)

    /// A date, or nil when the month or day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For constants and internal arithmetic whose values are known to be valid.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (the machine form used in files and JSON). People's input goes through `DateInput`.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let c = u[i]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date with the given day number. Hinnant's civil_from_days.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The date in Japan at a moment given in seconds since 1970-01-01 UTC. Japan has had no daylight saving time
    /// since 1951, so UTC+9 needs no time zone database.
    public init(inJapanAt secondsSince1970: Int64) {
        let shifted = secondsSince1970 + 9 * 3600
        let day = shifted >= 0 ? shifted / 86400 : -((-shifted + 86399) / 86400)
        self.init(dayNumber: Int(day))
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let w = (dayNumber % 7 + 7 + 4) % 7
        return Weekday(rawValue: w)!
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The same month and day `years` later; 2月29日 becomes 2月28日 in a common year.
    public func adding(years: Int) -> CalendarDate {
        let y = year + years
        return CalendarDate(unchecked: y, month, min(day, CalendarDate.daysIn(month: month, year: y)))
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        var s = ""
        s.reserveCapacity(10)
        appendISO(to: &s)
        return s
    }

    /// Appends `YYYY-MM-DD` without intermediate allocations (used by the batch writer).
    public func appendISO(to s: inout String) {
        func two(_ v: Int) {
            s.unicodeScalars.append(Unicode.Scalar(UInt8(48 + v / 10)))
            s.unicodeScalars.append(Unicode.Scalar(UInt8(48 + v % 10)))
        }
        two(year / 100 % 100)
        two(year % 100)
        s.unicodeScalars.append("-")
        two(month)
        s.unicodeScalars.append("-")
        two(day)
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

public enum Weekday: Int, CaseIterable, Sendable {
    case sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday

    /// 日 月 火 水 木 金 土
    public var kanji: String { ["日", "月", "火", "水", "木", "金", "土"][rawValue] }
    public var english: String { ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][rawValue] }
}
