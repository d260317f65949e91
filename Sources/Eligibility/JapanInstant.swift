/// A minute of Japan time: the local date and the minute of the day.
///
/// Japan has kept UTC+9 without daylight saving since 1951, so converting needs no time zone database.
public struct JapanInstant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    /// Minutes after local midnight, 0..<1440.
    public let minuteOfDay: Int

    /// Japan's offset from UTC in minutes.
    static let utcOffsetMinutes = 9 * 60

    public init?(date: CalendarDate, minuteOfDay: Int) {
        guard (0..<1440).contains(minuteOfDay) else { return nil }
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    public init?(date: CalendarDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(date: date, minuteOfDay: hour * 60 + minute)
    }

    /// The Japan minute of a Unix time (seconds since 1970-01-01T00:00:00Z); the caller reads the clock.
    public init(unixSeconds: Int64) {
        let local = unixSeconds + Int64(JapanInstant.utcOffsetMinutes) * 60
        let day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400)
        self.date = CalendarDate(dayNumber: Int(day))
        self.minuteOfDay = Int(local - day * 86400) / 60
    }

    /// Minutes since 1970-01-01T00:00 Japan time, for arithmetic across midnight.
    var minutesSinceEpoch: Int { date.dayNumber * 1440 + minuteOfDay }

    init(minutesSinceEpoch m: Int) {
        let day = m >= 0 ? m / 1440 : -((-m + 1439) / 1440)
        self.date = CalendarDate(dayNumber: day)
        self.minuteOfDay = m - day * 1440
    }

    /// `minutes` after midnight of `date`; 24:00, a closing time the rules file allows, is the next day's 0:00.
    init(_ date: CalendarDate, minutes: Int) {
        self.init(minutesSinceEpoch: date.dayNumber * 1440 + minutes)
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// `2026-11-24T17:59:00+09:00`: the machine form, always with Japan's offset.
    public var iso: String {
        date.iso + "T" + JapanInstant.twoDigits(hour) + ":" + JapanInstant.twoDigits(minute) + ":00+09:00"
    }

    /// `8:00`, `17:59`: a time of day as people read it.
    public static func clockText(minuteOfDay: Int) -> String {
        "\(minuteOfDay / 60):" + twoDigits(minuteOfDay % 60)
    }

    public var description: String { iso }

    public static func < (a: JapanInstant, b: JapanInstant) -> Bool {
        (a.date, a.minuteOfDay) < (b.date, b.minuteOfDay)
    }

    static func twoDigits(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    // MARK: - ISO 8601 input

    public static func acceptedForms(_ language: Language) -> String {
        switch language {
        case .ja: "使える形: 2026-11-24T17:59:00+09:00 / 2026-11-24T08:59:00Z / 2026-11-24T17:59（時差がなければ日本時間）"
        case .en: "accepted forms: 2026-11-24T17:59:00+09:00, 2026-11-24T08:59:00Z, 2026-11-24T17:59 (Japan time when no offset is given)"
        }
    }

    /// Reads ISO 8601 `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm|±hhmm|±hh]`; without an offset the time is Japan time.
    ///
    /// Seconds are read and dropped: opening hours are whole minutes and the interval is [open, close).
    /// A space may stand for `T`, as RFC 3339 allows.
    public static func parse(_ text: some StringProtocol) -> Result<JapanInstant, JapanInstantError> {
        let u = Array(String(text).trimmingSpaces.utf8)
        guard !u.isEmpty else { return .failure(.empty) }
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= u.count else { return nil }
            var v = 0
            for c in u[at..<(at + count)] {
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        func byte(_ at: Int) -> UInt8? { at < u.count ? u[at] : nil }

        guard let year = digits(0, 4), byte(4) == UInt8(ascii: "-"), let month = digits(5, 2),
              byte(7) == UInt8(ascii: "-"), let day = digits(8, 2) else { return .failure(.unreadable) }
        guard u.count > 10 else { return .failure(.noTime) }
        guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(u[10]),
              let hour = digits(11, 2), byte(13) == UInt8(ascii: ":"), let minute = digits(14, 2) else {
            return .failure(.unreadable)
        }
        var i = 16
        var second = 0
        if byte(i) == UInt8(ascii: ":") {
            guard let s = digits(i + 1, 2) else { return .failure(.unreadable) }
            second = s
            i += 3
        }
        let typedTime = String(decoding: u[11..<i], as: UTF8.self)
        if i == 19, byte(i) == UInt8(ascii: ".") || byte(i) == UInt8(ascii: ",") {
            i += 1
            let start = i
            while let c = byte(i), c >= 48 && c <= 57 { i += 1 }
            guard i > start else { return .failure(.unreadable) }
        }
        var offset = utcOffsetMinutes
        if let c = byte(i) {
            if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
                offset = 0
                i += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                guard let oh = digits(i + 1, 2) else { return .failure(.unreadable) }
                i += 3
                var om = 0
                if byte(i) == UInt8(ascii: ":") {
                    guard let m = digits(i + 1, 2) else { return .failure(.unreadable) }
                    om = m
                    i += 3
                } else if let m = digits(i, 2) {
                    om = m
                    i += 2
                }
                guard oh <= 23, om <= 59 else { return .failure(.offsetOutOfRange) }
                offset = (c == UInt8(ascii: "-") ? -1 : 1) * (oh * 60 + om)
            } else {
                return .failure(.unreadable)
            }
        }
        guard i == u.count else { return .failure(.unreadable) }

        guard (1...12).contains(month) else { return .failure(.date(.monthOutOfRange(month))) }
        guard day >= 1 else { return .failure(.date(.dayZero)) }
        let lastDay = CalendarDate.daysIn(month: month, year: year)
        guard day <= lastDay else {
            return .failure(.date(.dayOutOfRange(era: nil, eraYear: year, year: year, month: month, lastDay: lastDay)))
        }
        let date = CalendarDate(unchecked: year, month, day)
        guard hour <= 23, minute <= 59, second <= 59 else { return .failure(.timeOutOfRange(typedTime)) }
        let utcMinutes = date.dayNumber * 1440 + hour * 60 + minute - offset
        return .success(JapanInstant(minutesSinceEpoch: utcMinutes + utcOffsetMinutes))
    }
}

/// Why a text is not an ISO 8601 date and time.
public enum JapanInstantError: Error, Hashable, Sendable {
    case empty
    case unreadable
    /// A date alone: the answer depends on the time of day.
    case noTime
    case date(DateInputError)
    /// The time as typed, e.g. `24:00` or `10:00:60`.
    case timeOutOfRange(String)
    case offsetOutOfRange

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .ja): "日時が入力されていません"
        case (.empty, .en): "no date and time was entered"
        case (.unreadable, .ja): "日時として読めません"
        case (.unreadable, .en): "this is not an ISO 8601 date and time"
        case (.noTime, .ja): "時刻がありません（例: 2026-11-24T10:00）"
        case (.noTime, .en): "the time of day is missing (e.g. 2026-11-24T10:00)"
        case (.date(let e), _): e.text(language)
        case (.timeOutOfRange(let t), .ja): "\(t) という時刻はありません（00:00〜23:59）"
        case (.timeOutOfRange(let t), .en): "there is no time \(t) (00:00–23:59)"
        case (.offsetOutOfRange, .ja): "時差は -23:59〜+23:59 で書いてください"
        case (.offsetOutOfRange, .en): "the UTC offset must be between -23:59 and +23:59"
        }
    }
}
