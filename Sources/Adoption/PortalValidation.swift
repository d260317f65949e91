import Eligibility

/// Each field's rule (rules.md §7), as a function from the text typed so far to its problems. An empty field gives
/// `.required`, which a screen may hold back until the person has left the field.
public enum PortalValidation {
    /// 姓, 名 and 医療機関等名: the letter gives no character rule for them, so only "not empty" is checked.
    public static func required(_ text: String, _ field: PortalField) -> FieldCheck {
        isBlank(text) ? .missing(field) : FieldCheck()
    }

    /// 姓・名・医療機関等名: required, and, as for the 開設者, no machine-dependent character or kanji outside JIS
    /// level 1/2 (髙 → 高): the portal cannot take them, and the sheet and leaflet would carry a name it refused.
    public static func name(_ text: String, _ field: PortalField) -> FieldCheck {
        if isBlank(text) { return .missing(field) }
        return refusedCharacters(in: text) { $0 == .environmentDependent || $0 == .kanjiOutsideJIS }
    }

    /// 点数表番号 for 所属機関 without a known number: one digit, half- or full-width.
    public static func scoreTable(_ text: String) -> FieldCheck {
        if isBlank(text) { return .missing(.scoreTable) }
        return scoreTableValue(text) == nil ? FieldCheck(problems: [.scoreTableNotADigit]) : FieldCheck()
    }

    /// 都道府県 typed as 01–47 (half- or full-width), or as a name: 広島, 広島県, Hiroshima (`Prefecture(typed:)`).
    public static func prefecture(_ text: String) -> Result<Prefecture, PortalProblem> {
        let t = String(text.trimmingSpaces)
        if t.isEmpty { return .failure(.required(.prefecture)) }
        return Prefecture(typed: t).map { .success($0) } ?? .failure(.unknownPrefecture(t))
    }

    /// 医療機関等コード（7桁）; with 都道府県 and 点数表番号 known, the derived code's check digit and notices too.
    /// Full-width digits and spaces are accepted as `FacilityCode` accepts them; hyphens are offered away.
    public static func facilityCode(_ text: String, prefecture: Prefecture?, scoreTable: Int?) -> FieldCheck {
        if isBlank(text) { return .missing(.facilityCode) }
        let typed = TypedDigits(text, separators: TypedDigits.dashes)
        if let (c, _) = typed.other { return FieldCheck(problems: [.facilityCode(.notADigit(c))]) }
        var problems: [PortalProblem] = []
        var corrected: String?
        if let s = typed.separator {
            problems.append(.facilityCodeSeparator(s, digitsOnly: typed.digits))
            corrected = typed.digits
        }
        let digits = typed.digits
        if digits.count == 10, case .success(let full) = FacilityCode.parse10(digits) {
            return FieldCheck(problems: problems + [.tenDigitCode(code7: full.code7)], corrected: full.code7)
        }
        guard digits.count == 7 else {
            return FieldCheck(problems: problems + [.facilityCode(.length(digits.count))], corrected: corrected)
        }
        if let prefecture, let scoreTable,
           case .success(let code) = FacilityCode.derive(prefecture: prefecture, scoreTable: scoreTable, code7: digits) {
            if !code.checkDigitMatches {
                problems.append(.checkDigitMismatch(typed: code.typedCheckDigit, expected: code.expectedCheckDigit))
            }
            problems += code.notices.map(PortalProblem.facilityCodeNotice)
        }
        return FieldCheck(problems: problems, corrected: corrected)
    }

    /// 開設者: every refused character, by position, with its replacement; the corrected text when all have one.
    /// A half-width kana with its sound mark (ｶﾞ) is one character, as Swift counts them.
    public static func founder(_ text: String) -> FieldCheck {
        if isBlank(text) { return .missing(.founder) }
        return refusedCharacters(in: text) { _ in true }
    }

    /// 電話番号: half-width digits without hyphens, 10 or 11 of them, starting with 0.
    public static func phone(_ text: String) -> FieldCheck {
        if isBlank(text) { return .missing(.phone) }
        let typed = TypedDigits(text, separators: TypedDigits.dashes.union(TypedDigits.spacesAndBrackets))
        if let (c, position) = typed.other { return FieldCheck(problems: [.phoneCharacter(c, position: position)]) }
        var problems: [PortalProblem] = []
        if typed.fullWidth { problems.append(.phoneFullWidthDigits(halfWidth: typed.digits)) }
        if let s = typed.separator { problems.append(.phoneSeparator(s, digitsOnly: typed.digits)) }
        let corrected = problems.isEmpty || typed.digits.isEmpty ? nil : typed.digits
        if !(10...11).contains(typed.digits.count) { problems.append(.phoneLength(typed.digits.count)) }
        if let first = typed.digits.first, first != "0" { problems.append(.phoneLeadingDigit) }
        return FieldCheck(problems: problems, corrected: corrected)
    }

    /// メールアドレス: lower-case letters, digits, . - _ + and one @ before a domain. It is the portal's login ID.
    public static func email(_ text: String) -> FieldCheck {
        if isBlank(text) { return .missing(.email) }
        var half = ""
        var fullWidth: (Character, Int)?
        var upper = false
        for (i, c) in text.enumerated() {
            guard c.unicodeScalars.count == 1, var v = c.unicodeScalars.first?.value else {
                return FieldCheck(problems: [.emailCharacter(c, position: i + 1)])
            }
            if (0xFF01...0xFF5E).contains(v) {
                v -= 0xFEE0
                if fullWidth == nil { fullWidth = (c, i + 1) }
            }
            if (0x41...0x5A).contains(v) {
                v += 0x20
                upper = true
            }
            let s = Unicode.Scalar(v)!
            guard (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || ".-_+@".unicodeScalars.contains(s) else {
                return FieldCheck(problems: [.emailCharacter(c, position: i + 1)])
            }
            half.unicodeScalars.append(s)
        }
        var problems: [PortalProblem] = []
        if let (c, position) = fullWidth { problems.append(.emailFullWidth(c, position: position, halfWidth: half)) }
        if upper { problems.append(.emailUpperCase(lowerCased: half)) }
        let corrected = problems.isEmpty ? nil : half
        let parts = half.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 1 {
            problems.append(.emailMissingAt)
        } else if parts.count > 2 {
            problems.append(.emailSeveralAts(parts.count - 1))
        } else {
            let local = parts[0]
            if local.isEmpty {
                problems.append(.emailEmptyLocalPart)
            } else if local.first == "." || local.last == "." || local.contains("..") {
                problems.append(.emailDots)
            }
            if !isDomain(parts[1]) { problems.append(.emailDomain) }
        }
        if half.count > 254 { problems.append(.emailTooLong(half.count)) }
        return FieldCheck(problems: problems, corrected: corrected)
    }

    /// パスワード: one problem per rule not met yet, in `PasswordRule` order. The text never appears in a message.
    public static func password(_ text: String) -> FieldCheck {
        if text.isEmpty { return .missing(.password) }
        var problems: [PortalProblem] = []
        for rule in PasswordRule.allCases where !rule.isMet(by: text) {
            switch rule {
            case .length: problems.append(.passwordLength(text.count))
            case .halfWidth: problems.append(.passwordCharacter(position: PasswordRule.firstNonHalfWidth(in: text)!))
            case .upperCase, .lowerCase, .digit: problems.append(.passwordLacks(rule))
            }
        }
        return FieldCheck(problems: problems)
    }

    /// パスワード（確認用）: the same text again.
    public static func passwordConfirmation(_ text: String, password: String) -> FieldCheck {
        if text.isEmpty { return .missing(.passwordConfirmation) }
        return text == password ? FieldCheck() : FieldCheck(problems: [.passwordMismatch])
    }

    static func scoreTableValue(_ text: String) -> Int? {
        guard case .success(let d) = DigitInput.digits(text), d.count == 1 else { return nil }
        return Int(d[0])
    }

    static func isBlank(_ text: String) -> Bool { text.trimmingSpaces.isEmpty }

    /// Each character the 開設者 rule refuses for a reason `counts`, by position, with its replacement; the corrected
    /// text when all of them have one. A character refused for another reason stays as typed.
    static func refusedCharacters(in text: String, counts: (PortalProblem.CharacterReason) -> Bool) -> FieldCheck {
        var problems: [PortalProblem] = []
        var corrected = ""
        var correctable = true
        for (i, c) in text.enumerated() {
            if c.unicodeScalars.count == 1, FounderCharacters.isAllowed(c.unicodeScalars.first!) {
                corrected.append(c)
                continue
            }
            let (reason, replacement) = FounderCharacters.refusal(c)
            guard counts(reason) else {
                corrected.append(c)
                continue
            }
            problems.append(.founderCharacter(String(c), position: i + 1, reason: reason, replacement: replacement))
            if let replacement { corrected += replacement } else { correctable = false }
        }
        return FieldCheck(problems: problems, corrected: problems.isEmpty || !correctable ? nil : corrected)
    }

    /// Dot-separated labels of a–z 0–9 and inner hyphens; the last is letters only, at least two.
    static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy({ $0 >= "a" && $0 <= "z" }) else {
            return false
        }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        }
    }
}
