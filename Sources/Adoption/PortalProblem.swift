import Eligibility

/// One thing wrong with what was typed into a portal field, in words a person can act on, in both languages.
public enum PortalProblem: Error, Hashable, Sendable {
    /// An error would make the portal refuse the form; a warning may be right, and the person goes on by confirming it.
    public enum Severity: Hashable, Sendable {
        case error, warning
    }

    /// Why a character of 開設者 is refused; each reason has its own advice.
    public enum CharacterReason: Hashable, Sendable {
        /// Half-width Latin letters, digits, - . ( ) or half-width katakana: the full-width form is accepted.
        case halfWidth
        /// A half-width or full-width space: the letter's list has no space.
        case space
        /// ① ㈱ Ⅲ № and variation selectors: they look different, or are missing, on other machines.
        case environmentDependent
        /// A kanji outside JIS X 0208 level 1 and 2, such as 髙 or 﨑.
        case kanjiOutsideJIS
        /// Any other character, e.g. ・ 、 「 & or a dash that is not －.
        case notAllowed
    }

    /// A required field is empty, unchosen or unticked.
    case required(PortalField)
    /// The typed 点数表番号 is not one digit.
    case scoreTableNotADigit
    case unknownPrefecture(String)
    /// Not 7 digits, or a character that is not a digit (the messages of `FacilityCodeError`).
    case facilityCode(FacilityCodeError)
    /// Hyphens or similar were typed between the digits; `digitsOnly` is the code without them.
    case facilityCodeSeparator(Character, digitsOnly: String)
    /// The whole 10-digit code was typed where the portal wants its last 7 digits.
    case tenDigitCode(code7: String)
    /// The check digit does not match the one computed with 都道府県 and 点数表番号 (a few old codes differ).
    case checkDigitMismatch(typed: Int, expected: Int)
    /// An unusual 医療機関番号 (欠番 90, outside the kind's range): worth a second look, not wrong.
    case facilityCodeNotice(FacilityCodeNotice)
    /// `text` is the offending character as typed (a half-width kana with its sound mark is one); position from 1.
    case founderCharacter(String, position: Int, reason: CharacterReason, replacement: String?)
    case phoneSeparator(Character, digitsOnly: String)
    case phoneFullWidthDigits(halfWidth: String)
    case phoneCharacter(Character, position: Int)
    /// The number of digits, when it is not 10 or 11.
    case phoneLength(Int)
    case phoneLeadingDigit
    /// The first full-width character; `halfWidth` is the whole address in half-width lower case.
    case emailFullWidth(Character, position: Int, halfWidth: String)
    case emailUpperCase(lowerCased: String)
    case emailCharacter(Character, position: Int)
    case emailMissingAt
    case emailSeveralAts(Int)
    case emailEmptyLocalPart
    /// A period first, last or doubled before the @.
    case emailDots
    case emailDomain
    case emailTooLong(Int)
    /// The number of characters, when it is not 8–100.
    case passwordLength(Int)
    case passwordLacks(PasswordRule)
    /// Never echoes the character: the field is masked.
    case passwordCharacter(position: Int)
    case passwordMismatch

    public var severity: Severity {
        switch self {
        case .checkDigitMismatch, .facilityCodeNotice: .warning
        default: .error
        }
    }

    /// True for an empty required field, which a screen may leave unsaid until the person has been there.
    public var isMissing: Bool {
        if case .required = self { return true }
        return false
    }

    public func text(_ language: Language) -> String { message[language] }

    var message: LocalizedText {
        switch self {
        case .required(let field): return PortalProblem.requiredMessage(field)
        case .scoreTableNotADigit:
            return LocalizedText(ja: "点数表番号は数字1桁で入力してください", en: "The score-table number (点数表番号) is a single digit")
        case .unknownPrefecture(let text):
            return LocalizedText(ja: "都道府県「\(text)」が見つかりません（01〜47の番号か都道府県名）",
                                 en: "No prefecture \"\(text)\" (a number 01–47 or a name)")
        case .facilityCode(let error):
            return LocalizedText(ja: error.text(.ja), en: error.text(.en))
        case .facilityCodeSeparator(let c, let digits):
            return LocalizedText(ja: "\(PortalProblem.shown(c, .ja))を入れずに、数字だけで入力してください（\(digits)）",
                                 en: "Type digits only, without \(PortalProblem.shown(c, .en)) (\(digits))")
        case .tenDigitCode(let code7):
            return LocalizedText(ja: "10桁のコードです。下7桁（\(code7)）を入力してください。10桁のコードは自動で決まります",
                                 en: "That is the 10-digit code; type its last 7 digits (\(code7)). The 10-digit code follows from them")
        case .checkDigitMismatch(let typed, let expected):
            return LocalizedText(
                ja: "検証番号（最後の桁）が\(typed)ですが、都道府県・点数表番号と合わせて計算すると\(expected)です。"
                    + "所属機関・都道府県・コードを確かめてください。古いコードでは一致しないことがあります。正しければ確認して進めます",
                en: "The check digit (last digit) is \(typed), but with the prefecture and score-table number it computes to \(expected). "
                    + "Check the type of facility, the prefecture and the code; a few old codes differ. If it is right, confirm it to go on")
        case .facilityCodeNotice(let notice):
            return LocalizedText(ja: notice.text(.ja) + "。正しければ確認して進めます",
                                 en: notice.text(.en) + ". If it is right, confirm it to go on")
        case .founderCharacter(let text, let position, let reason, let replacement):
            return PortalProblem.founderMessage(text, position, reason, replacement)
        case .phoneSeparator(let c, let digits):
            return LocalizedText(ja: "\(PortalProblem.shown(c, .ja))を入れずに、半角数字だけで入力してください（\(digits)）",
                                 en: "Type half-width digits only, without \(PortalProblem.shown(c, .en)) (\(digits))")
        case .phoneFullWidthDigits(let digits):
            return LocalizedText(ja: "全角の数字は使えません。半角数字で入力してください（\(digits)）",
                                 en: "Full-width digits are not accepted; type half-width digits (\(digits))")
        case .phoneCharacter(let c, let position):
            return LocalizedText(ja: "\(position)文字目の\(PortalProblem.shown(c, .ja))は使えません。半角数字だけで入力してください",
                                 en: "Character \(position), \(PortalProblem.shown(c, .en)), is not accepted; type half-width digits only")
        case .phoneLength(let n):
            return LocalizedText(ja: "電話番号は10桁か11桁です（いま\(n)桁）", en: "A phone number has 10 or 11 digits (now \(n))")
        case .phoneLeadingDigit:
            return LocalizedText(ja: "電話番号は0から始まります（市外局番から入力してください）",
                                 en: "A phone number starts with 0 (include the area code)")
        case .emailFullWidth(let c, let position, let halfWidth):
            return LocalizedText(ja: "\(position)文字目の「\(c)」は全角です。半角で入力してください（\(halfWidth)）",
                                 en: "Character \(position), \"\(c)\", is full-width; type it half-width (\(halfWidth))")
        case .emailUpperCase(let lower):
            return LocalizedText(ja: "英大文字は使えません。小文字で入力してください（\(lower)）",
                                 en: "Upper-case letters are not accepted; use lower case (\(lower))")
        case .emailCharacter(let c, let position):
            return LocalizedText(ja: "\(position)文字目の\(PortalProblem.shown(c, .ja))は使えません（英小文字・数字・. - _ + と @ だけ）",
                                 en: "Character \(position), \(PortalProblem.shown(c, .en)), is not accepted (lower-case letters, digits, . - _ + and @ only)")
        case .emailMissingAt:
            return LocalizedText(ja: "「@」がありません（例: uketsuke@example.jp）", en: "There is no \"@\" (e.g. uketsuke@example.jp)")
        case .emailSeveralAts(let n):
            return LocalizedText(ja: "「@」は1つだけです（いま\(n)個）", en: "Only one \"@\" is allowed (now \(n))")
        case .emailEmptyLocalPart:
            return LocalizedText(ja: "「@」の前が入力されていません", en: "Nothing before the \"@\"")
        case .emailDots:
            return LocalizedText(ja: "「@」の前のピリオド（.）は、先頭・末尾や2つ続けては使えません",
                                 en: "Before the \"@\", a period cannot come first, last or twice in a row")
        case .emailDomain:
            return LocalizedText(ja: "「@」のあとのドメイン（例: example.jp）が正しくありません",
                                 en: "The domain after the \"@\" (e.g. example.jp) is not valid")
        case .emailTooLong(let n):
            return LocalizedText(ja: "メールアドレスは254文字までです（いま\(n)文字）", en: "An e-mail address has at most 254 characters (now \(n))")
        case .passwordLength(let n) where n < PasswordRule.lengths.lowerBound:
            return LocalizedText(ja: "8文字以上にしてください（いま\(n)文字）", en: "Use at least 8 characters (now \(n))")
        case .passwordLength(let n):
            return LocalizedText(ja: "100文字以下にしてください（いま\(n)文字）", en: "Use at most 100 characters (now \(n))")
        case .passwordLacks(let rule):
            return LocalizedText(ja: rule.label.ja + "が必要です", en: "Add " + rule.label.en)
        case .passwordCharacter(let position):
            return LocalizedText(ja: "\(position)文字目は使えない文字です（全角文字や空白は不可。半角の英数字・記号で）",
                                 en: "Character \(position) is not accepted (no full-width characters or spaces; half-width letters, digits, symbols)")
        case .passwordMismatch:
            return LocalizedText(ja: "確認用のパスワードが一致しません", en: "The two passwords are not the same")
        }
    }

    static func requiredMessage(_ field: PortalField) -> LocalizedText {
        let label = field.label
        switch field {
        case .affiliation, .prefecture:
            return LocalizedText(ja: "\(label.ja)を選んでください", en: "Choose the \(label.en)")
        case .scoreTable:
            return LocalizedText(ja: "点数表番号（数字1桁）を入力してください。この所属機関は番号が決まっていません",
                                 en: "Type the score-table number (点数表番号, one digit); it is not known for this type of facility")
        case .locationConfirmed:
            return LocalizedText(ja: "所在地がこのコードの施設のものであることを確認してください",
                                 en: "Confirm that the address is this facility's")
        case .passwordConfirmation:
            return LocalizedText(ja: "確認のため、パスワードをもう一度入力してください", en: "Type the password again to confirm it")
        case .termsAccepted:
            return LocalizedText(ja: "利用規約への同意が必要です", en: "The terms of use must be accepted")
        case .familyName, .givenName, .facilityCode, .facilityName, .founder, .phone, .email, .password:
            return LocalizedText(ja: "\(label.ja)を入力してください", en: "Enter the \(label.en)")
        }
    }

    static func founderMessage(_ text: String, _ p: Int, _ reason: CharacterReason, _ replacement: String?) -> LocalizedText {
        let ja = "\(p)文字目の\(shown(text, .ja))"
        let en = "Character \(p), \(shown(text, .en)),"
        let use = replacement.map { r in
            r.isEmpty ? LocalizedText(ja: "詰めて入力してください", en: "leave it out")
                : LocalizedText(ja: "「\(r)」を使ってください", en: "use \"\(r)\" instead")
        }
        let problem: LocalizedText = switch reason {
        case .halfWidth: LocalizedText(ja: "\(ja)は半角です", en: "\(en) is half-width")
        case .space, .notAllowed: LocalizedText(ja: "\(ja)は使えません", en: "\(en) is not accepted")
        case .environmentDependent: LocalizedText(ja: "\(ja)は環境依存文字のため使えません", en: "\(en) is machine-dependent and not accepted")
        case .kanjiOutsideJIS:
            LocalizedText(ja: "\(ja)はJIS第1・第2水準にない漢字（環境依存文字）のため使えません",
                          en: "\(en) is not a JIS level 1/2 kanji (machine-dependent) and not accepted")
        }
        let fallback: LocalizedText = switch reason {
        case .kanjiOutsideJIS: LocalizedText(ja: "JIS第1・第2水準の字体に置き換えてください", en: "use its JIS level 1/2 form")
        default: LocalizedText(ja: "使える文字: ひらがな・カタカナ・全角英数字・々．－（）・JIS第1・第2水準の漢字",
                               en: "accepted: full-width kana, Latin letters, digits, 々．－（）, JIS level 1/2 kanji")
        }
        let advice = use ?? fallback
        return LocalizedText(ja: "\(problem.ja)。\(advice.ja)", en: "\(problem.en); \(advice.en)")
    }

    /// 「X」, or a name for characters that cannot be seen: 空白, 全角空白, U+200B.
    static func shown(_ c: Character, _ language: Language) -> String { shown(String(c), language) }

    static func shown(_ text: String, _ language: Language) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == 1 {
            switch scalars[0].value {
            case 0x20: return language == .ja ? "空白" : "a space"
            case 0x3000: return language == .ja ? "全角空白" : "a full-width space"
            default: break
            }
        }
        if scalars.allSatisfy(PortalProblem.isInvisible) {
            return scalars.map(PortalProblem.codePoint).joined(separator: " ")
        }
        return language == .ja ? "「\(text)」" : "\"\(text)\""
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark, .enclosingMark,
             .unassigned, .surrogate, .privateUse:
            true
        default:
            false
        }
    }

    /// U+200B
    static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
