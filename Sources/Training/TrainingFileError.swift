import Eligibility

/// Why a scenario file was refused, and where.
public struct TrainingFileError: Error, Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// Key path such as `scenarios[3].patient.legacyCard.insurer`; nil for syntax errors.
    public let key: String?
    public let problem: TrainingProblem

    public init(file: String, line: Int?, column: Int?, key: String?, problem: TrainingProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    /// `training-scenarios.json:12:7: scenarios[0].date: found "2025-02-30"; expected a date YYYY-MM-DD …`
    public func text(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let keyPart = key.map { $0.isEmpty ? "" : " \($0):" } ?? ""
        return "\(location):\(keyPart) \(problem.text(language))"
    }
}

/// What is wrong with one entry of a scenario file.
public enum TrainingProblem: Sendable, Equatable {
    case syntax(String)
    case missing(expected: String)
    case unknownKey(allowed: [String])
    case wrongType(expected: String, found: String)
    case badDate(found: String, noneAllowed: Bool)
    case badNumber(found: String, expected: String)
    case emptyText
    case halfWidthKatakana(found: String)
    case badID(found: String)
    case duplicateID(found: String, firstLine: Int)
    case unknownValue(found: String, allowed: [String])
    case duplicateValue(found: String)
    /// Details of a document the patient does not hold.
    case notHeld(document: String)
    /// The reader's result is only asked when the facility has online checking and the patient holds a マイナ保険証.
    case readerNotAsked
    case noScenarios
    case unsupportedSchema(found: String, supported: Int)

    public func text(_ language: Language) -> String {
        func list(_ items: [String]) -> String { items.isEmpty ? "(none)" : items.joined(separator: ", ") }
        switch (self, language) {
        case (.syntax(let m), .ja): return "JSONとして読めません: \(m)"
        case (.syntax(let m), .en): return "not valid JSON: \(m)"
        case (.missing(let e), .ja): return "がありません（必要: \(e)）"
        case (.missing(let e), .en): return "is missing; expected \(e)"
        case (.unknownKey(let allowed), .ja): return "不明なキーです（使えるキー: \(list(allowed))）"
        case (.unknownKey(let allowed), .en): return "unknown key; expected one of: \(list(allowed))"
        case (.wrongType(let e, let f), .ja): return "\(f)ではなく\(e)が必要です"
        case (.wrongType(let e, let f), .en): return "found \(f); expected \(e)"
        case (.badDate(let f, let none), .ja):
            return "日付「\(f)」が読めません（YYYY-MM-DD の形、例: 2025-12-01\(none ? "。記載なしは none" : "")）"
        case (.badDate(let f, let none), .en):
            return "found \"\(f)\"; expected a date YYYY-MM-DD such as 2025-12-01\(none ? ", or none" : "")"
        case (.badNumber(let f, let e), .ja): return "「\(f)」は使えません（\(e)）"
        case (.badNumber(let f, let e), .en): return "found \(f); expected \(e)"
        case (.emptyText, .ja): return "空の文字列は使えません"
        case (.emptyText, .en): return "found an empty text; expected words"
        case (.halfWidthKatakana(let f), .ja): return "半角カタカナ「\(f)」は使えません（全角で書いてください）"
        case (.halfWidthKatakana(let f), .en): return "found half-width katakana \"\(f)\"; expected full-width katakana"
        case (.badID(let f), .ja):
            return "id「\(f)」は使えません（英小文字・数字・ハイフン、先頭は英字、48文字まで。例: legacy-kouki-last-day）"
        case (.badID(let f), .en):
            return "found id \"\(f)\"; expected lower-case letters, digits and single hyphens, starting with a letter, "
                + "at most 48 characters, such as legacy-kouki-last-day"
        case (.duplicateID(let f, let first), .ja): return "id「\(f)」は\(first)行目ですでに使われています"
        case (.duplicateID(let f, let first), .en): return "found id \"\(f)\" again; it is already used on line \(first)"
        case (.unknownValue(let f, let a), .ja): return "「\(f)」は使えません（使える値: \(list(a))）"
        case (.unknownValue(let f, let a), .en): return "found \"\(f)\"; expected one of: \(list(a))"
        case (.duplicateValue(let f), .ja): return "「\(f)」が2回あります"
        case (.duplicateValue(let f), .en): return "found \"\(f)\" twice; expected each value once"
        case (.notHeld(let d), .ja): return "holds に \(d) がないのに詳細があります（持っている書類の詳細だけを書いてください）"
        case (.notHeld(let d), .en): return "found details of \(d), but holds does not list it; expected details only of documents held"
        case (.readerNotAsked, .ja):
            return "reader はオンライン資格確認があり（online が true）、holds に myna-card があるときだけ書きます"
        case (.readerNotAsked, .en):
            return "found a reader result; expected one only when online is true and holds lists myna-card"
        case (.noScenarios, .ja): return "シナリオが1つもありません"
        case (.noScenarios, .en): return "found an empty list; expected at least one scenario"
        case (.unsupportedSchema(let f, let s), .ja): return "schema \(f) には対応していません（対応: \(s)）"
        case (.unsupportedSchema(let f, let s), .en): return "found schema \(f); this program reads schema \(s)"
        }
    }
}
