/// Whether オンライン資格確認等コールセンター answers at a given minute, why not, and when it next does (rules.md §6).
public struct CallCenterStatus: Hashable, Sendable {
    /// Why it is open or closed, in the order checked: a holiday is named even when it falls on a Sunday.
    public enum Reason: Hashable, Sendable {
        case open
        /// 祝日, 振替休日 or 国民の休日.
        case holiday(Holiday)
        case sunday
        case beforeOpening
        case afterHours

        /// The machine id, for `--json`.
        public var id: String {
            switch self {
            case .open: "open"
            case .holiday: "holiday"
            case .sunday: "sunday"
            case .beforeOpening: "before-opening"
            case .afterHours: "after-hours"
            }
        }
    }

    public let at: JapanInstant
    public let reason: Reason
    /// The day's opening hours; nil on Sundays and holidays.
    public let hours: OpeningHours?
    /// When it next opens; nil while it is open, or when that day is past `JapaneseHolidays.supportedYears`.
    public let nextOpen: JapanInstant?
    /// Set when the day, or the next opening, falls in 年末年始 (12/29–1/3), whose hours are not published.
    public let note: LocalizedText?

    /// Said instead of guessing: the letter states no year-end closure (sources.md §8.3).
    public static let yearEndNote = LocalizedText(
        ja: "年末年始は営業時間をご確認ください",
        en: "Year-end and New Year hours (12/29–1/3) are not published; check before relying on them")

    /// The status at `at` under the opening hours of the rules file. The year must be in `JapaneseHolidays.supportedYears`.
    public init(at: JapanInstant, callCenter: CallCenterInfo) {
        self.at = at
        let holiday = JapaneseHolidays.holiday(on: at.date)
        let hours = CallCenterStatus.hours(on: at.date, callCenter)
        self.hours = hours
        if let holiday {
            reason = .holiday(holiday)
        } else if let hours {
            reason = at.minuteOfDay < hours.open ? .beforeOpening : at.minuteOfDay < hours.close ? .open : .afterHours
        } else {
            reason = .sunday
        }
        nextOpen = reason == .open ? nil : CallCenterStatus.nextOpening(after: at, callCenter)
        let inYearEnd = CallCenterStatus.isYearEnd(at.date) || nextOpen.map { CallCenterStatus.isYearEnd($0.date) } == true
        note = inYearEnd ? CallCenterStatus.yearEndNote : nil
    }

    public var isOpen: Bool { reason == .open }

    /// The holiday that closes it, if that is the reason.
    public var holiday: Holiday? {
        if case .holiday(let h) = reason { return h }
        return nil
    }

    /// When it closes; nil when it is not open.
    public var closesAt: JapanInstant? {
        guard isOpen, let hours else { return nil }
        return JapanInstant(at.date, minutes: hours.close)
    }

    /// The opening hours on `date`: Saturday's or the weekdays'; nil on Sundays and holidays.
    public static func hours(on date: CalendarDate, _ callCenter: CallCenterInfo) -> OpeningHours? {
        if date.weekday == .sunday || JapaneseHolidays.holiday(on: date) != nil { return nil }
        return date.weekday == .saturday ? callCenter.saturday : callCenter.weekdays
    }

    /// 12/29–1/3: the usual 年末年始 of Japanese offices.
    public static func isYearEnd(_ date: CalendarDate) -> Bool {
        (date.month == 12 && date.day >= 29) || (date.month == 1 && date.day <= 3)
    }

    /// The next opening strictly after `at`, skipping Sundays and holidays.
    static func nextOpening(after at: JapanInstant, _ callCenter: CallCenterInfo) -> JapanInstant? {
        if let today = hours(on: at.date, callCenter), at.minuteOfDay < today.open {
            return JapanInstant(at.date, minutes: today.open)
        }
        var date = at.date.adding(days: 1)
        while JapaneseHolidays.supportedYears.contains(date.year) {
            if let h = hours(on: date, callCenter) { return JapanInstant(date, minutes: h.open) }
            date = date.adding(days: 1)
        }
        return nil
    }

    /// One short sentence: 「受付中（18:00まで）」「本日は勤労感謝の日のため休み」「受付時間外（平日8:00〜18:00）」.
    public func text(_ language: Language) -> String {
        let ja = language == .ja
        switch reason {
        case .open:
            let close = JapanInstant.clockText(minuteOfDay: hours!.close)
            return ja ? "受付中（\(close)まで）" : "Open until \(close)"
        case .holiday(let h):
            return ja ? "本日は\(h.name.ja)のため休み" : "Closed today for \(h.name.en)"
        case .sunday:
            return ja ? "日曜日のため休み" : "Closed on Sundays"
        case .beforeOpening:
            return (ja ? "受付開始前" : "Not open yet") + dayHours(language)
        case .afterHours:
            return (ja ? "受付時間外" : "Closed for the day") + dayHours(language)
        }
    }

    /// 「（平日8:00〜18:00）」 or 「（土曜8:00〜16:00）」: the hours that applied, beside a before/after reason.
    private func dayHours(_ language: Language) -> String {
        guard let hours else { return "" }
        let span = CallCenterInfo.span(hours, language)
        let saturday = at.date.weekday == .saturday
        switch language {
        case .ja: return "（\(saturday ? "土曜" : "平日")\(span)）"
        case .en: return " (\(saturday ? "Saturdays" : "weekdays") \(span))"
        }
    }
}

extension CallCenterInfo {
    /// 「平日8:00〜18:00、土曜8:00〜16:00（日曜・祝日は休み）」: the hours as the letter states them.
    public func hoursText(_ language: Language) -> String {
        let week = CallCenterInfo.span(weekdays, language)
        let sat = CallCenterInfo.span(saturday, language)
        switch language {
        case .ja: return "平日\(week)、土曜\(sat)（日曜・祝日は休み）"
        case .en: return "weekdays \(week), Saturdays \(sat) (closed on Sundays and national holidays)"
        }
    }

    /// 「8:00〜18:00」 / "8:00–18:00".
    static func span(_ hours: OpeningHours, _ language: Language) -> String {
        JapanInstant.clockText(minuteOfDay: hours.open) + (language == .ja ? "〜" : "–")
            + JapanInstant.clockText(minuteOfDay: hours.close)
    }
}
