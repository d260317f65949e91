/// The one formatter for dates shown to people.
public enum DateText {
    /// 令和7年7月31日(木)
    public static func wareki(_ date: CalendarDate) -> String {
        guard let w = WarekiDate(date) else { return date.iso }
        return "\(w.kanjiText)(\(date.weekday.kanji))"
    }

    /// 令和7年7月31日, for dates inside sentences.
    public static func warekiPlain(_ date: CalendarDate) -> String {
        WarekiDate(date)?.kanjiText ?? date.iso
    }

    /// 2025-07-31
    public static func western(_ date: CalendarDate) -> String { date.iso }

    /// A date inside a sentence: 令和7年7月31日 in Japanese, 2025-07-31 in English.
    public static func inSentence(_ date: CalendarDate, _ language: Language) -> String {
        language == .ja ? warekiPlain(date) : date.iso
    }

    /// The header form: 令和7年7月31日(木) 2025-07-31, or Thu 2025-07-31 (Reiwa 7).
    public static func full(_ date: CalendarDate, _ language: Language) -> String {
        switch language {
        case .ja: return "\(wareki(date)) \(date.iso)"
        case .en:
            let era = WarekiDate(date).map { " (\($0.era.english) \($0.year))" } ?? ""
            return "\(date.weekday.english) \(date.iso)\(era)"
        }
    }
}

extension DateText {
    /// A moment in Japan: 令和8年11月24日(火) 17:59, or Tue 2026-11-24 17:59.
    public static func withTime(_ instant: JapanInstant, _ language: Language) -> String {
        let clock = JapanInstant.clockText(minuteOfDay: instant.minuteOfDay)
        switch language {
        case .ja: return "\(wareki(instant.date)) \(clock)"
        case .en: return "\(instant.date.weekday.english) \(instant.date.iso) \(clock)"
        }
    }
}
