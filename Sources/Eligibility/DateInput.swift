/// The one parser for dates as people type them (rules.md §5).
///
/// Accepts Western forms (`2025-07-31`, `2025/7/31`, `2025.7.31`, `2025年7月31日`, `20250731`) and era forms
/// (`令和7年7月31日`, `令和元年5月1日`, `R7.7.31`, `R07.07.31`, `r7/7/31`, `令7.7.31`, `Ｒ７．７．３１`, eras M T S H R),
/// full-width or half-width, with an optional weekday such as `(木)` that must match the date.
public enum DateInput {
    public static func parse(_ text: String) -> Result<CalendarDate, DateInputError> {
        if let fast = CalendarDate(iso: text) {
            return fast >= CalendarDate.earliest && fast <= CalendarDate.latest
                ? .success(fast) : .failure(fast < CalendarDate.earliest ? .beforeGregorian : .afterLatest)
        }
        var tokens: [Token] = []
        switch tokenize(text, into: &tokens) {
        case .failure(let e): return .failure(e)
        case .success: break
        }
        return interpret(tokens)
    }

    /// The forms to show next to an error, so the person knows what to type.
    public static func acceptedForms(_ language: Language) -> String {
        switch language {
        case .ja: "使える形: 2025-07-31 / 2025/7/31 / 20250731 / 令和7年7月31日 / R7.7.31 / 令7.7.31（1年目は元年）"
        case .en: "accepted forms: 2025-07-31, 2025/7/31, 20250731, 令和7年7月31日, R7.7.31, 令7.7.31 (year 1 may be 元年)"
        }
    }

    // MARK: - Tokens

    enum Token: Equatable {
        case number(Int, digits: Int)
        case era(Era)
        case gannen
        case separator(Unicode.Scalar)
        case weekday(Weekday)
    }

    static func era(letter c: Unicode.Scalar) -> Era? {
        switch c {
        case "M": .meiji
        case "T": .taisho
        case "S": .showa
        case "H": .heisei
        case "R": .reiwa
        default: nil
        }
    }

    static func era(kanji c: Unicode.Scalar) -> Era? {
        switch c {
        case "明": .meiji
        case "大": .taisho
        case "昭": .showa
        case "平": .heisei
        case "令": .reiwa
        default: nil
        }
    }

    /// Second kanji of each full era name: 明治 大正 昭和 平成 令和.
    static func secondKanji(_ era: Era) -> Unicode.Scalar {
        switch era {
        case .meiji: "治"
        case .taisho: "正"
        case .showa, .reiwa: "和"
        case .heisei: "成"
        }
    }

    static func weekday(kanji c: Unicode.Scalar) -> Weekday? {
        switch c {
        case "日": .sunday
        case "月": .monday
        case "火": .tuesday
        case "水": .wednesday
        case "木": .thursday
        case "金": .friday
        case "土": .saturday
        default: nil
        }
    }

    /// Maps full-width ASCII to ASCII, lower-case letters to upper case and the many dashes to "-".
    static func normalize(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
        switch v {
        case 0x3000: return " "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFF70: return "-"
        case 0x3002: return "."  // 。
        case 0xFF64, 0x3001: return ","  // 、 is not a separator we accept; keep it visible for the error.
        default: break
        }
        if v >= 0x61 && v <= 0x7A { v -= 0x20 }
        return Unicode.Scalar(v)!
    }

    static func tokenize(_ text: String, into tokens: inout [Token]) -> Result<Void, DateInputError> {
        let scalars = text.unicodeScalars.map(normalize)
        var i = 0
        var sawContent = false
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c.value == 0x3000 || (c.value > 0x7F && c.properties.isWhitespace) {
                i += 1
                continue
            }
            sawContent = true
            if c.value >= 48 && c.value <= 57 {
                var value = 0
                var digits = 0
                while i < scalars.count, scalars[i].value >= 48, scalars[i].value <= 57 {
                    if digits < 9 { value = value * 10 + Int(scalars[i].value - 48) }
                    digits += 1
                    i += 1
                }
                if digits > 8 { return .failure(.unreadable) }
                tokens.append(.number(value, digits: digits))
                continue
            }
            if let era = era(letter: c) {
                tokens.append(.era(era))
                i += 1
                continue
            }
            // "日" is both a separator (31日) and Sunday inside a weekday group; groups are handled below.
            if let era = era(kanji: c) {
                tokens.append(.era(era))
                i += 1
                if i < scalars.count, scalars[i] == secondKanji(era) { i += 1 }
                continue
            }
            switch c {
            case "元":
                tokens.append(.gannen)
                i += 1
            case "-", "/", ".", "年", "月", "日":
                tokens.append(.separator(c))
                i += 1
            case "(":
                // (木) (木曜) (木曜日)
                var j = i + 1
                guard j < scalars.count, let w = weekday(kanji: scalars[j]) else { return .failure(.unreadable) }
                j += 1
                if j < scalars.count, scalars[j] == "曜" { j += 1 }
                if j < scalars.count, scalars[j] == "日" { j += 1 }
                guard j < scalars.count, scalars[j] == ")" else { return .failure(.unreadable) }
                tokens.append(.weekday(w))
                i = j + 1
            default:
                return .failure(.unreadable)
            }
        }
        return sawContent ? .success(()) : .failure(.empty)
    }

    // MARK: - Interpretation

    private static func isYearSeparator(_ t: Token) -> Bool {
        if case .separator(let c) = t { return c == "年" || c == "-" || c == "/" || c == "." }
        return false
    }

    private static func isMonthSeparator(_ t: Token) -> Bool {
        if case .separator(let c) = t { return c == "月" || c == "-" || c == "/" || c == "." }
        return false
    }

    static func interpret(_ all: [Token]) -> Result<CalendarDate, DateInputError> {
        var tokens = all[...]
        var weekday: Weekday?
        if case .weekday(let w)? = tokens.last {
            weekday = w
            tokens = tokens.dropLast()
        }
        if case .separator("日")? = tokens.last { tokens = tokens.dropLast() }

        var era: Era?
        if case .era(let e)? = tokens.first {
            era = e
            tokens = tokens.dropFirst()
        }
        let t = Array(tokens)
        let year: Int, yearDigits: Int, month: Int, day: Int
        if t.count == 1, era == nil, case .number(let v, 8) = t[0] {
            year = v / 10000
            yearDigits = 4
            month = v / 100 % 100
            day = v % 100
        } else if t.count == 5, isYearSeparator(t[1]), isMonthSeparator(t[3]),
            case .number(let m, let md) = t[2], md <= 2, case .number(let d, let dd) = t[4], dd <= 2
        {
            switch t[0] {
            case .number(let y, let yd): year = y; yearDigits = yd
            case .gannen where era != nil: year = 1; yearDigits = 1
            default: return .failure(.unreadable)
            }
            month = m
            day = d
        } else {
            return .failure(.unreadable)
        }

        let western: Int
        if let era {
            guard yearDigits <= 2 || (yearDigits <= 3 && year < 100) else { return .failure(.unreadable) }
            guard year > 0 else { return .failure(.eraYearZero(era)) }
            western = WarekiDate(era: era, year: year, month: month, day: day).westernYear
        } else {
            if yearDigits <= 2 { return .failure(.twoDigitYear) }
            guard yearDigits == 4 else { return .failure(.unreadable) }
            // The year first: 06130488 is not "the 88th of April 613".
            if year < CalendarDate.earliest.year { return .failure(.beforeGregorian) }
            if year > CalendarDate.latest.year { return .failure(.afterLatest) }
            western = year
        }
        let date: CalendarDate
        switch calendarDate(western, month, day, era: era, eraYear: year) {
        case .failure(let e): return .failure(e)
        case .success(let d): date = d
        }
        if let era, date < era.firstDay || (era.lastDay.map { date > $0 } ?? false) {
            let typed = WarekiDate(era: era, year: year, month: month, day: day)
            return .failure(.notInEra(typed: typed, actual: WarekiDate(date)!))
        }
        if let weekday, weekday != date.weekday {
            return .failure(.weekdayMismatch(date: date, typed: weekday))
        }
        return .success(date)
    }

    /// The Western year, month and day as a date in range; `era` and `eraYear` are how the year was typed, for the message.
    private static func calendarDate(_ year: Int, _ month: Int, _ day: Int, era: Era?, eraYear: Int)
        -> Result<CalendarDate, DateInputError>
    {
        guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
        guard day > 0 else { return .failure(.dayZero) }
        let lastDay = CalendarDate.daysIn(month: month, year: year)
        guard day <= lastDay else {
            return .failure(.dayOutOfRange(era: era, eraYear: eraYear, year: year, month: month, lastDay: lastDay))
        }
        let date = CalendarDate(unchecked: year, month, day)
        if date < CalendarDate.earliest { return .failure(.beforeGregorian) }
        if date > CalendarDate.latest { return .failure(.afterLatest) }
        return .success(date)
    }
}

/// Why a typed date was refused. The text names the problem and, where one exists, the right form.
public enum DateInputError: Error, Hashable, Sendable {
    case empty
    case unreadable
    case twoDigitYear
    case monthOutOfRange(Int)
    case dayZero
    case dayOutOfRange(era: Era?, eraYear: Int, year: Int, month: Int, lastDay: Int)
    case eraYearZero(Era)
    /// 平成31年5月1日 (typed) is 令和元年5月1日 (actual).
    case notInEra(typed: WarekiDate, actual: WarekiDate)
    case beforeGregorian
    case afterLatest
    case weekdayMismatch(date: CalendarDate, typed: Weekday)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .ja): return "日付が入力されていません"
        case (.empty, .en): return "no date was entered"
        case (.unreadable, .ja): return "日付として読めません"
        case (.unreadable, .en): return "this is not a date"
        case (.twoDigitYear, .ja): return "西暦は4桁で入力してください（2桁なら元号を付けて R7.7.31 のように）"
        case (.twoDigitYear, .en): return "write the Western year with 4 digits (or add the era, as in R7.7.31)"
        case (.monthOutOfRange(let m), .ja): return "\(m)月はありません（月は1〜12）"
        case (.monthOutOfRange(let m), .en): return "there is no month \(m) (months are 1–12)"
        case (.dayZero, .ja): return "0日はありません（日は1から）"
        case (.dayZero, .en): return "there is no day 0 (days start at 1)"
        case (.dayOutOfRange(let era?, let ey, let y, let m, let last), .ja):
            return "\(era.kanji)\(ey == 1 ? "元" : String(ey))年(\(y)年)\(m)月は\(last)日までです"
        case (.dayOutOfRange(nil, _, let y, let m, let last), .ja):
            return "\(y)年\(m)月は\(last)日までです"
        case (.dayOutOfRange(let era, let ey, let y, let m, let last), .en):
            let eraPart = era.map { " (\($0.english) \(ey))" } ?? ""
            return "\(EnglishMonth.name(m)) \(y)\(eraPart) has \(last) days"
        case (.eraYearZero(let era), .ja): return "\(era.kanji)0年はありません（1年目は\(era.kanji)元年）"
        case (.eraYearZero(let era), .en): return "there is no \(era.english) 0 (the first year is \(era.english) 1, also written gannen)"
        case (.notInEra(let typed, let actual), .ja):
            let bound = actual.era.rawValue > typed.era.rawValue
                ? "\(typed.era.kanji)は\(WarekiDate(typed.era.lastDay!)!.kanjiText)までです"
                : "\(typed.era.kanji)は\(WarekiDate(typed.era.firstDay)!.kanjiText)からです"
            return "\(bound)。\(actual.kanjiText)です"
        case (.notInEra(let typed, let actual), .en):
            let date = actual.calendarDate!.iso
            return "\(typed.kanjiText) does not exist: \(typed.era.english) "
                + (actual.era.rawValue > typed.era.rawValue ? "ended" : "had not begun")
                + "; \(date) is \(actual.kanjiText)"
        case (.beforeGregorian, .ja): return "1873年(明治6年)1月1日より前の日付は扱えません"
        case (.beforeGregorian, .en): return "dates before 1873-01-01 (明治6年) are not handled"
        case (.afterLatest, .ja): return "2200年12月31日より後の日付は扱えません"
        case (.afterLatest, .en): return "dates after 2200-12-31 are not handled"
        case (.weekdayMismatch(let d, _), .ja): return "\(d.year)年\(d.month)月\(d.day)日は\(d.weekday.kanji)曜日です"
        case (.weekdayMismatch(let d, _), .en): return "\(d.iso) is a \(d.weekday.english)"
        }
    }
}

enum EnglishMonth {
    static func name(_ m: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return (1...12).contains(m) ? names[m - 1] : "month \(m)"
    }
}
