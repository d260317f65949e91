import Eligibility
import StrictJSON

/// The words a person reads at a glance: verdict first, then what to present, the steps, why, and what to say.
public enum CheckReport {
    public static func text(_ d: Decision, for c: CheckCase, rules: Rules, language: Language) -> String {
        let ja = language == .ja
        let verdict = rules.verdicts[d.verdict]!
        var lines: [String] = []
        lines.append("\(verdict.symbol) \(verdict.label[language])")
        lines.append((ja ? "受診日: " : "Visit date: ") + DateText.full(c.visitDate, language))
        lines.append((ja ? "施設: " : "Facility: ") + rules.facilityLabel(c.online, language))
        lines.append("")
        // The order of the result screen: what to present or the options, the words for the patient, why, the steps.
        if !d.use.isEmpty {
            lines.append((ja ? "提示していただくもの: " : "Documents to present: ") + rules.documentList(d.use, language))
            if let condition = d.condition {
                lines.append((ja ? "条件: " : "Condition: ") + rules.conditions[condition]!.label[language])
            }
            if let confirmation = d.confirmation {
                lines.append((ja ? "確認すること: " : "What to check: ") + rules.confirmations[confirmation]!.label[language])
            }
        }
        if !d.options.isEmpty {
            lines.append(ja ? "次のどれかをお持ちいただければ受付できます:" : "Any one of these would do:")
            for (n, option) in d.options.enumerated() {
                lines.append("  \(n + 1). " + option.map { rules.documentLabel($0, language) }.joined(separator: ja ? " ＋ " : " + "))
            }
        }
        lines.append("")
        lines.append(ja ? "患者さんへ:" : "To the patient:")
        lines.append(ja ? "  「\(rules.script(for: d, language))」" : "  \"\(rules.script(for: d, language))\"")
        if !d.reasons.isEmpty {
            lines.append("")
            lines.append(ja ? "使わなかった書類:" : "Documents not used:")
            for r in d.reasons {
                lines.append("  - \(rules.documentLabel(r.document, language)): \(rules.text(of: r, language))")
            }
        }
        if !d.warnings.isEmpty {
            lines.append("")
            lines.append(ja ? "注意:" : "Warnings:")
            for w in d.warnings { lines.append("  ! \(rules.text(of: w, language)) [\(w.rawValue)]") }
        }
        func steps(_ title: String, _ list: [String]) {
            lines.append("")
            lines.append(title)
            for (n, step) in list.enumerated() { lines.append("  \(n + 1). \(step)") }
        }
        if let condition = d.condition {
            steps(ja ? "条件の手順:" : "Steps of the condition:", rules.steps(of: condition, online: c.online, language))
        }
        if let confirmation = d.confirmation {
            steps(ja ? "確認すること:" : "What to check:", rules.confirmations[confirmation]!.steps(language))
        }
        if let fallback = d.fallback {
            let texts = rules.fallbacks[fallback]!
            steps((ja ? "お持ちでない場合: " : "Otherwise: ") + texts.label[language], texts.steps(language))
        }
        lines.append("")
        lines.append((ja ? "ルール " : "rules ") + rules.version)
        return lines.joined(separator: "\n") + "\n"
    }
}

public enum InsurerReport {
    public static func text(_ result: Result<InsurerNumber, InsurerNumberError>, typed: String, rules: Rules,
                            language: Language) -> String {
        let ja = language == .ja
        switch result {
        case .success(let n):
            var lines = [(ja ? "有効な保険者番号: " : "Valid insurer number: ") + n.digits]
            lines.append((ja ? "  種類: " : "  Type: ") + rules.insurerLabel(n.type, language) + " (\(n.type.id))")
            if let h = n.houbetsu { lines.append((ja ? "  法別番号: " : "  法別番号: ") + h) }
            lines.append((ja ? "  都道府県: " : "  Prefecture: ") + "\(n.prefecture.codeText) \(n.prefecture.name(language))")
            lines.append((ja ? "  検証番号: " : "  Check digit: ") + "\(n.checkDigit) ✓")
            return lines.joined(separator: "\n") + "\n"
        case .failure(let e):
            return (ja ? "保険者番号ではありません: " : "Not a valid insurer number: ") + "\"\(typed)\": " + e.text(language) + "\n"
        }
    }

    public static func json(_ result: Result<InsurerNumber, InsurerNumberError>, typed: String, rules: Rules,
                            language: Language) -> String {
        var o = JSONObjectText()
        switch result {
        case .success(let n):
            o.bool("valid", true)
            o.string("number", n.digits)
            o.string("type", n.type.id)
            o.string("typeLabel", rules.insurerLabel(n.type, language))
            o.optionalString("houbetsu", n.houbetsu)
            o.raw("prefecture", "{\"code\":\"\(n.prefecture.codeText)\",\"name\":\(quoted(n.prefecture.name(language)))}")
            o.raw("checkDigit", "{\"expected\":\(n.checkDigit),\"typed\":\(n.checkDigit)}")
            o.raw("error", "null")
        case .failure(let e):
            o.bool("valid", false)
            o.string("number", typed)
            o.raw("type", "null")
            if case .checkDigit(let expected, let typedDigit) = e {
                o.raw("checkDigit", "{\"expected\":\(expected),\"typed\":\(typedDigit)}")
            }
            o.string("error", e.text(language))
        }
        return o.text + "\n"
    }
}

public enum FacilityCodeReport {
    public static func text(_ code: FacilityCode, language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = []
        let kind = code.kind.map { $0.label[language] } ?? (ja ? "点数表番号\(code.scoreTable)" : "score table \(code.scoreTable)")
        if code.checkDigitMatches {
            lines.append((ja ? "10桁コード: " : "10-digit code: ") + code.code10 + " ✓")
        } else {
            lines.append((ja ? "検証番号が一致しません: " : "Check digit does not match: ") + code.code10)
            lines.append(ja
                ? "  \(code.prefecture.name)・\(kind)の検証番号は \(code.expectedCheckDigit) です（入力は \(code.typedCheckDigit)）。コードを確認してください。古いコードでは一致しないことがあります"
                : "  for \(code.prefecture.englishName), \(kind) the check digit is \(code.expectedCheckDigit) (typed \(code.typedCheckDigit)). Check the code; a few old codes differ")
        }
        lines.append((ja ? "  都道府県: " : "  Prefecture: ") + "\(code.prefecture.codeText) \(code.prefecture.name(language))")
        lines.append((ja ? "  点数表: " : "  Score table: ") + "\(code.scoreTable) \(kind)")
        lines.append((ja ? "  7桁コード: " : "  7-digit code: ") + code.code7)
        for n in code.notices { lines.append("  ! " + n.text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ code: FacilityCode, language: Language) -> String {
        var o = JSONObjectText()
        o.bool("valid", code.checkDigitMatches)
        o.string("code10", code.code10)
        o.string("code7", code.code7)
        o.string("prefecture", code.prefecture.codeText)
        o.raw("scoreTable", String(code.scoreTable))
        o.optionalString("kind", code.kind?.rawValue)
        o.raw("checkDigit", "{\"expected\":\(code.expectedCheckDigit),\"typed\":\(code.typedCheckDigit)}")
        o.string("expectedCode10", code.correctedCode10)
        o.raw("warnings", "[" + code.notices.map {
            "{\"id\":\(quoted($0.id)),\"text\":\(quoted($0.text(language)))}"
        }.joined(separator: ",") + "]")
        return o.text + "\n"
    }
}

/// A one-line JSON object built key by key, in order.
public struct JSONObjectText {
    var parts: [String] = []

    public init() {}

    public mutating func raw(_ key: String, _ json: String) { parts.append("\(quoted(key)):\(json)") }
    public mutating func string(_ key: String, _ value: String) { raw(key, quoted(value)) }
    public mutating func optionalString(_ key: String, _ value: String?) { raw(key, value.map(quoted) ?? "null") }
    public mutating func bool(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }

    public var text: String { "{" + parts.joined(separator: ",") + "}" }
}

func quoted(_ s: String) -> String { JSONWriter.quoted(s) }
