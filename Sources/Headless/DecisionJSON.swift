import Eligibility
import StrictJSON

/// The `--json` form of a decision, one line (interface.md "Result").
public enum DecisionJSON {
    public static func append(_ d: Decision, date: CalendarDate, id: String? = nil, rules: Rules,
                              language: Language, to out: inout String) {
        out += "{"
        if let id { out += "\"id\":\(id)," }
        out += "\"date\":\""
        date.appendISO(to: &out)
        out += "\",\"verdict\":\""
        out += d.verdict.rawValue
        out += "\",\"path\":"
        out += d.path.map { String($0.rawValue) } ?? "null"
        out += ",\"use\":"
        appendIDs(d.use, to: &out)
        out += ",\"condition\":"
        if let c = d.condition { out += "\"\(c.rawValue)\"" } else { out += "null" }
        out += ",\"options\":["
        for (n, option) in d.options.enumerated() {
            if n > 0 { out += "," }
            appendIDs(option, to: &out)
        }
        out += "],\"fallback\":"
        if let f = d.fallback { out += "\"\(f.rawValue)\"" } else { out += "null" }
        out += ",\"reasons\":["
        for (n, r) in d.reasons.enumerated() {
            if n > 0 { out += "," }
            JSONWriter.appendQuoted(rules.text(of: r, language), to: &out)
        }
        out += "],\"warnings\":["
        for (n, w) in d.warnings.enumerated() {
            if n > 0 { out += "," }
            out += "{\"id\":\"\(w.rawValue)\",\"text\":"
            JSONWriter.appendQuoted(rules.text(of: w, language), to: &out)
            out += "}"
        }
        out += "],\"rules\":"
        JSONWriter.appendQuoted(rules.version, to: &out)
        out += "}"
    }

    static func appendIDs(_ kinds: [DocumentKind], to out: inout String) {
        out += "["
        for (n, k) in kinds.enumerated() {
            if n > 0 { out += "," }
            out += "\""
            out += k.rawValue
            out += "\""
        }
        out += "]"
    }

    public static func line(_ d: Decision, date: CalendarDate, rules: Rules, language: Language) -> String {
        var s = ""
        append(d, date: date, rules: rules, language: language, to: &s)
        return s
    }
}
