import Eligibility

/// `uketsuke callcenter`: open or not first, then when it opens, then whom to call.
public enum CallCenterReport {
    public static func text(_ status: CallCenterStatus, rules: Rules, language: Language) -> String {
        let ja = language == .ja
        let info = rules.callCenter
        var lines: [String] = []
        lines.append((status.isOpen ? "○ " : "× ") + status.text(language))
        lines.append((ja ? "日時: " : "At: ") + DateText.withTime(status.at, language))
        if let next = status.nextOpen {
            lines.append((ja ? "次の受付開始: " : "Opens next: ") + DateText.withTime(next, language))
        }
        if let note = status.note { lines.append("! " + note[language]) }
        lines.append("")
        lines.append(info.name[language])
        lines.append((ja ? "電話: " : "Phone: ") + info.phone + (info.tollFree ? (ja ? "（通話無料）" : " (toll-free)") : ""))
        lines.append((ja ? "受付時間: " : "Hours: ") + info.hoursText(language))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ status: CallCenterStatus, rules: Rules, language: Language) -> String {
        let info = rules.callCenter
        var o = JSONObjectText()
        o.bool("open", status.isOpen)
        o.string("reason", status.reason.id)
        o.string("text", status.text(language))
        o.optionalString("holiday", status.holiday?.name[language])
        o.string("at", status.at.iso)
        o.optionalString("closesAt", status.closesAt?.iso)
        o.optionalString("nextOpen", status.nextOpen?.iso)
        o.optionalString("note", status.note?[language])
        o.string("name", info.name[language])
        o.string("phone", info.phone)
        o.bool("tollFree", info.tollFree)
        o.raw("hours", "{\"weekdays\":\(hours(info.weekdays)),\"saturday\":\(hours(info.saturday))}")
        o.string("rules", rules.version)
        return o.text + "\n"
    }

    /// `{"open":"08:00","close":"18:00"}`, the rules file's form.
    static func hours(_ h: OpeningHours) -> String {
        func hhmm(_ minutes: Int) -> String {
            let hour = minutes / 60, minute = minutes % 60
            return "\"\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)\""
        }
        return "{\"open\":\(hhmm(h.open)),\"close\":\(hhmm(h.close))}"
    }
}
