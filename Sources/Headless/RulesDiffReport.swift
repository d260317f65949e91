import Eligibility

/// `uketsuke rules diff` as text for a person and as JSON for a script.
public enum RulesDiffReport {
    public static func text(_ diff: RulesDiff, rules: Rules, language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = []
        lines.append((ja ? "ルールの比較: " : "Rules compared: ") + "\(diff.oldVersion) → \(diff.newVersion)")
        lines.append("")
        lines.append(ja ? "変わった値 (\(diff.fileChanges.count))" : "Values changed (\(diff.fileChanges.count))")
        for change in diff.fileChanges {
            lines.append("  \(change.path)")
            lines.append("    - " + (change.old ?? (ja ? "（なし）" : "(none)")))
            lines.append("    + " + (change.new ?? (ja ? "（なし）" : "(none)")))
        }
        if diff.fileChanges.isEmpty { lines.append(ja ? "  なし" : "  none") }
        lines.append("")
        let cases = diff.situations.reduce(0) { $0 + $1.cases }
        lines.append(ja ? "答えが変わる場面 (\(diff.situations.count)場面、\(cases)件 / 比較した\(diff.casesCompared)件)"
                        : "Answers that change (\(diff.situations.count) situations, \(cases) of \(diff.casesCompared) cases compared)")
        if diff.situations.isEmpty { lines.append(ja ? "  なし" : "  none") }
        for (n, s) in diff.situations.enumerated() {
            let days = s.firstDate == s.lastDate ? s.firstDate.iso : "\(s.firstDate.iso)…\(s.lastDate.iso)"
            let holds = s.holds.kinds.isEmpty ? (ja ? "書類なし" : "no documents") : rules.documentList(s.holds.kinds, language, short: true)
            lines.append("  \(n + 1). \(days)  \(rules.facilityLabel(s.online, language))  \(holds)")
            lines.append("     " + (ja ? "前: " : "before: ") + answer(s.old, rules, language))
            lines.append("     " + (ja ? "後: " : "after:  ") + answer(s.new, rules, language))
            lines.append("     " + (ja ? "例: " : "e.g.:   ") + caseJSON(s.example))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ diff: RulesDiff) -> String {
        var o = JSONObjectText()
        o.string("old", diff.oldVersion)
        o.string("new", diff.newVersion)
        o.raw("changes", "[" + diff.fileChanges.map { c in
            var x = JSONObjectText()
            x.string("path", c.path)
            x.optionalString("old", c.old)
            x.optionalString("new", c.new)
            return x.text
        }.joined(separator: ",") + "]")
        o.raw("casesCompared", String(diff.casesCompared))
        o.raw("situations", "[" + diff.situations.map { s in
            var x = JSONObjectText()
            x.string("from", s.firstDate.iso)
            x.string("to", s.lastDate.iso)
            x.string("online", s.online.rawValue)
            x.raw("holds", "[" + s.holds.kinds.map { quoted($0.id) }.joined(separator: ",") + "]")
            x.raw("cases", String(s.cases))
            x.raw("before", answerJSON(s.old))
            x.raw("after", answerJSON(s.new))
            x.raw("example", caseJSON(s.example))
            return x.text
        }.joined(separator: ",") + "]")
        return o.text + "\n"
    }

    static func answer(_ a: RulesDiff.Answer, _ rules: Rules, _ language: Language) -> String {
        let verdict = rules.verdicts[a.verdict]!
        var text = "\(verdict.symbol) \(verdict.label[language])"
        if !a.use.isEmpty { text += " — " + rules.documentList(a.use, language, short: true) }
        if let c = a.condition { text += (language == .ja ? "（条件: " : " (condition: ") + rules.conditions[c]!.label[language]
            + (language == .ja ? "）" : ")") }
        if !a.warnings.isEmpty { text += "  " + a.warnings.map(\.rawValue).joined(separator: " ") }
        return text
    }

    static func answerJSON(_ a: RulesDiff.Answer) -> String {
        var o = JSONObjectText()
        o.string("verdict", a.verdict.rawValue)
        o.raw("use", "[" + a.use.map { quoted($0.id) }.joined(separator: ",") + "]")
        o.optionalString("condition", a.condition?.rawValue)
        o.raw("options", "[" + a.options.map { "[" + $0.map { quoted($0.id) }.joined(separator: ",") + "]" }.joined(separator: ",") + "]")
        o.raw("warnings", "[" + a.warnings.map { quoted($0.rawValue) }.joined(separator: ",") + "]")
        return o.text
    }

    /// The case as one line of `check --batch` input, so it can be run again.
    public static func caseJSON(_ c: CheckCase) -> String {
        var o = JSONObjectText()
        o.string("date", c.visitDate.iso)
        o.string("online", c.online.rawValue)
        o.string("reader", c.reader.rawValue)
        o.raw("holds", "[" + c.holds.kinds.map { quoted($0.id) }.joined(separator: ",") + "]")
        if let card = c.legacyCard {
            o.string("insurer", card.insurer.rawValue)
            o.optionalString("legacyExpiry", card.printedExpiry?.iso)
            o.bool("insurerChanged", card.insurerChanged)
        }
        if let certificate = c.certificate { o.optionalString("certificateExpiry", certificate.expiry?.iso) }
        if let notice = c.notice { o.optionalString("noticeExpiry", notice.expiry?.iso) }
        o.string("visit", c.visit.rawValue)
        return o.text
    }
}
