/// 保険者番号 (rules.md §4): 8 digits = 法別(2) + 都道府県(2) + 保険者別(3) + 検証番号(1); 6 digits for 国保 =
/// 都道府県(2) + 保険者別(3) + 検証番号(1), where a 保険者別番号 starting with 3 is a 国民健康保険組合.
public struct InsurerNumber: Hashable, Sendable {
    /// Half-width digits, as normalised.
    public let digits: String
    public let type: InsurerType
    /// 法別番号, or nil for a 6-digit 国保 number.
    public let houbetsu: String?
    public let prefecture: Prefecture
    public let checkDigit: Int

    /// 法別番号 → insurer type. Anything not here is not an insurer number (公費 and unused numbers).
    static let typeByHoubetsu: [Int: InsurerType] = [
        1: .kyokai, 2: .senpo, 6: .kumiai, 31: .kyosai, 32: .kyosai, 33: .kyosai, 34: .kyosai, 39: .kouki,
        3: .other, 4: .other, 7: .other, 63: .other, 72: .other, 73: .other, 74: .other, 75: .other,
    ]

    /// 法別番号 of 公費負担医療 programmes (sources.md §5.2): named as such in the error.
    static func isPublicExpense(_ h: Int) -> Bool {
        (10...30).contains(h) || h == 38 || (51...54).contains(h) || h == 62 || h == 66 || h == 79
    }

    public static func parse(_ text: String) -> Result<InsurerNumber, InsurerNumberError> {
        DigitInput.digits(text, counts: [6, 8]).flatMap(parse(digits:))
    }

    /// The same from the 6 or 8 digits, read.
    static func parse(digits d: [UInt8]) -> Result<InsurerNumber, InsurerNumberError> {
        let digits = String(decoding: d.map { $0 + 48 }, as: UTF8.self)
        let p = d.count == 8 ? 2 : 0
        var type: InsurerType
        var houbetsu: String?
        if d.count == 8 {
            let h = Int(d[0]) * 10 + Int(d[1])
            houbetsu = String(digits.prefix(2))
            guard let t = typeByHoubetsu[h] else {
                return .failure(.notAnInsurer(houbetsu: houbetsu!, publicExpense: isPublicExpense(h)))
            }
            type = t
        } else {
            type = d[2] == 3 ? .kokuhoKumiai : .kokuho
        }
        let prefCode = Int(d[p]) * 10 + Int(d[p + 1])
        guard let prefecture = Prefecture(code: prefCode) else {
            return .failure(.unknownPrefecture(String(digits.dropFirst(p).prefix(2))))
        }
        let expected = CheckDigit.compute(body: d.dropLast())
        guard expected == Int(d.last!) else { return .failure(.checkDigit(expected: expected, typed: Int(d.last!))) }
        return .success(InsurerNumber(digits: digits, type: type, houbetsu: houbetsu, prefecture: prefecture,
                                      checkDigit: expected))
    }
}

public enum InsurerNumberError: Error, DigitCodeError, Hashable, Sendable {
    case empty
    case notADigit(Character)
    case length(Int)
    case unknownPrefecture(String)
    case notAnInsurer(houbetsu: String, publicExpense: Bool)
    case checkDigit(expected: Int, typed: Int)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .ja): return "保険者番号が入力されていません"
        case (.empty, .en): return "no insurer number was entered"
        case (.notADigit(let c), .ja): return "数字以外の文字「\(c)」があります（数字だけで入力）"
        case (.notADigit(let c), .en): return "'\(c)' is not a digit (digits only)"
        case (.length(let n), .ja): return "\(n)桁です。保険者番号は8桁（国保は6桁）です"
        case (.length(let n), .en): return "\(n) digits; an insurer number has 8 digits (6 for municipal National Health Insurance)"
        case (.unknownPrefecture(let p), .ja): return "都道府県番号「\(p)」はありません（01〜47）"
        case (.unknownPrefecture(let p), .en): return "prefecture number \(p) does not exist (01–47)"
        case (.notAnInsurer(let h, true), .ja): return "法別番号\(h)は公費負担医療の番号です。保険者番号ではありません"
        case (.notAnInsurer(let h, true), .en): return "法別番号 \(h) is a public-expense programme number, not an insurer number"
        case (.notAnInsurer(let h, false), .ja): return "法別番号\(h)は保険者番号にはありません"
        case (.notAnInsurer(let h, false), .en): return "法別番号 \(h) is not used for insurer numbers"
        case (.checkDigit(let e, let t), .ja): return "検証番号（最後の桁）が\(t)ですが、正しくは\(e)です。番号を確認してください"
        case (.checkDigit(let e, let t), .en): return "the check digit (last digit) is \(t) but should be \(e); check the number"
        }
    }

    public static func acceptedForms(_ language: Language) -> String {
        switch language {
        case .ja: return "保険者番号は8桁（例: 06130488）、国保は6桁（例: 131011）。全角数字も可"
        case .en: return "an insurer number has 8 digits (e.g. 06130488), 6 for municipal National Health Insurance (e.g. 131011); full-width digits are accepted"
        }
    }
}
