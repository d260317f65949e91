/// 所属機関 with a known 点数表番号 (rules.md §4). 在宅医療 and other portal choices have none: the number is asked for.
public enum FacilityKind: String, CaseIterable, Sendable, Codable {
    case ika, shika, chozai, homon

    /// 点数表番号: 1 医科, 3 歯科, 4 調剤, 6 訪問看護.
    public var scoreTable: Int {
        switch self {
        case .ika: 1
        case .shika: 3
        case .chozai: 4
        case .homon: 6
        }
    }

    public init?(scoreTable: Int) {
        guard let k = FacilityKind.allCases.first(where: { $0.scoreTable == scoreTable }) else { return nil }
        self = k
    }

    public var label: LocalizedText {
        switch self {
        case .ika: LocalizedText(ja: "医科", en: "medical")
        case .shika: LocalizedText(ja: "歯科", en: "dental")
        case .chozai: LocalizedText(ja: "調剤", en: "pharmacy")
        case .homon: LocalizedText(ja: "訪問看護", en: "home-visit nursing")
        }
    }

    /// 医療機関番号 ranges (sources.md §6.3, 🟡): used for notices, never for refusal.
    var numberRange: ClosedRange<Int>? {
        switch self {
        case .ika: 1000...2999
        case .shika: 3000...3999
        case .chozai: 4000...4999
        case .homon: nil
        }
    }
}

/// 医療機関等コード: 7 digits = 郡市区(2) + 医療機関番号(4) + 検証番号(1); the 10-digit code = 都道府県(2) + 点数表(1)
/// + the 7 digits, whose check digit is computed over the 9 digits before it.
public struct FacilityCode: Hashable, Sendable {
    public let prefecture: Prefecture
    /// 点数表番号 (1 医科, 3 歯科, 4 調剤, 6 訪問看護, or a number the person typed for other kinds).
    public let scoreTable: Int
    /// The 7 digits as typed.
    public let code7: String
    /// 都道府県 + 点数表 + the 7 digits as typed.
    public let code10: String
    public let typedCheckDigit: Int
    public let expectedCheckDigit: Int
    /// Things worth a second look that do not make the code wrong.
    public let notices: [FacilityCodeNotice]

    public var checkDigitMatches: Bool { typedCheckDigit == expectedCheckDigit }
    /// The 10-digit code with the computed check digit.
    public var correctedCode10: String { String(code10.dropLast()) + String(expectedCheckDigit) }
    public var kind: FacilityKind? { FacilityKind(scoreTable: scoreTable) }

    /// Derives the 10-digit code from 都道府県, 点数表番号 and the 7-digit code.
    public static func derive(prefecture: Prefecture, scoreTable: Int, code7 text: String)
        -> Result<FacilityCode, FacilityCodeError>
    {
        DigitInput.digits(text, counts: [7]).flatMap { derive(prefecture: prefecture, scoreTable: scoreTable, digits: $0) }
    }

    /// The same from the 7 digits, read.
    static func derive(prefecture: Prefecture, scoreTable: Int, digits d: [UInt8]) -> Result<FacilityCode, FacilityCodeError> {
        guard (0...9).contains(scoreTable) else { return .failure(.unknownScoreTable(String(scoreTable))) }
        let body = [UInt8(prefecture.code / 10), UInt8(prefecture.code % 10), UInt8(scoreTable)] + d.dropLast()
        let expected = CheckDigit.compute(body: body)
        let code7 = String(decoding: d.map { $0 + 48 }, as: UTF8.self)
        var notices: [FacilityCodeNotice] = []
        let number = Int(d[2]) * 1000 + Int(d[3]) * 100 + Int(d[4]) * 10 + Int(d[5])
        if number % 100 == 90 || number / 10 % 100 == 90 {
            notices.append(.unassignedNumber(number))
        }
        if let range = FacilityKind(scoreTable: scoreTable)?.numberRange, !range.contains(number) {
            notices.append(.numberOutsideRange(number, range))
        }
        return .success(FacilityCode(prefecture: prefecture, scoreTable: scoreTable, code7: code7,
                                     code10: prefecture.codeText + String(scoreTable) + code7,
                                     typedCheckDigit: Int(d[6]), expectedCheckDigit: expected, notices: notices))
    }

    /// Reads a whole 10-digit code.
    public static func parse10(_ text: String) -> Result<FacilityCode, FacilityCodeError> {
        DigitInput.digits(text, counts: [10]).flatMap { d in
            guard let pref = Prefecture(code: Int(d[0]) * 10 + Int(d[1])) else {
                return .failure(.unknownPrefecture(String(decoding: d.prefix(2).map { $0 + 48 }, as: UTF8.self)))
            }
            return derive(prefecture: pref, scoreTable: Int(d[2]), digits: Array(d.suffix(7)))
        }
    }
}

public enum FacilityCodeNotice: Hashable, Sendable {
    /// 医療機関番号 whose middle two or last two digits are 90 are never assigned (欠番).
    case unassignedNumber(Int)
    case numberOutsideRange(Int, ClosedRange<Int>)

    public var id: String {
        switch self {
        case .unassignedNumber: "unassigned-90"
        case .numberOutsideRange: "number-outside-range"
        }
    }

    public func text(_ language: Language) -> String {
        func four(_ n: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, 4 - s.count)) + s
        }
        switch (self, language) {
        case (.unassignedNumber(let n), .ja): return "医療機関番号\(four(n))には「90」が含まれます（通常は割り当てられない番号です）"
        case (.unassignedNumber(let n), .en): return "医療機関番号 \(four(n)) contains \"90\", which is normally never assigned"
        case (.numberOutsideRange(let n, let r), .ja):
            return "医療機関番号\(four(n))は通常の範囲（\(r.lowerBound)〜\(r.upperBound)）の外です"
        case (.numberOutsideRange(let n, let r), .en):
            return "医療機関番号 \(four(n)) is outside the usual range \(r.lowerBound)–\(r.upperBound)"
        }
    }
}

public enum FacilityCodeError: Error, DigitCodeError, Hashable, Sendable {
    case empty
    case notADigit(Character)
    case length(Int)
    case unknownPrefecture(String)
    case unknownScoreTable(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .ja): return "医療機関等コードが入力されていません"
        case (.empty, .en): return "no facility code was entered"
        case (.notADigit(let c), .ja): return "数字以外の文字「\(c)」があります（数字だけで入力）"
        case (.notADigit(let c), .en): return "'\(c)' is not a digit (digits only)"
        case (.length(let n), .ja): return "\(n)桁です。医療機関等コードは7桁（10桁コードは10桁）です"
        case (.length(let n), .en): return "\(n) digits; the code has 7 digits (10 for the full code)"
        case (.unknownPrefecture(let p), .ja): return "都道府県番号「\(p)」はありません（01〜47）"
        case (.unknownPrefecture(let p), .en): return "prefecture number \(p) does not exist (01–47)"
        case (.unknownScoreTable(let s), .ja): return "点数表番号「\(s)」は使えません（1 医科・3 歯科・4 調剤・6 訪問看護）"
        case (.unknownScoreTable(let s), .en): return "点数表番号 \(s) is not known (1 medical, 3 dental, 4 pharmacy, 6 home nursing)"
        }
    }
}
