import Eligibility

/// Why a scenario file was refused, and where, e.g.
/// `training-scenarios.json:12:7: scenarios[0].date: found "2025-02-30"; expected a date YYYY-MM-DD …`
public typealias TrainingFileError = DataFileError<TrainingProblem>

/// What is wrong with one entry of a scenario file.
public enum TrainingProblem: DataFileProblem {
    case syntax(LocalizedText)
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
        switch (self, language) {
        case (.syntax(let m), _): return DataFileText.syntax(m, language)
        case (.missing(let e), _): return DataFileText.missing(e, language)
        case (.unknownKey(let allowed), _): return DataFileText.unknownKey(allowed, language)
        case (.wrongType(let e, let f), _): return DataFileText.wrongType(e, f, language)
        case (.badDate(let f, let none), _): return DataFileText.badDate(f, noneAllowed: none, language)
        case (.badNumber(let f, let e), _): return DataFileText.badNumber(f, e, language)
        case (.emptyText, _): return DataFileText.emptyText(language)
        case (.halfWidthKatakana(let f), .ja): return "半角カタカナ「\(f)」は使えません（全角で書いてください）"
        case (.halfWidthKatakana(let f), .en): return "found half-width katakana \"\(f)\"; expected full-width katakana"
        case (.badID(let f), .ja):
            return "id「\(f)」は使えません（英小文字・数字・ハイフン、先頭は英字、48文字まで。例: legacy-kouki-last-day）"
        case (.badID(let f), .en):
            return "found id \"\(f)\"; expected lower-case letters, digits and single hyphens, starting with a letter, "
                + "at most 48 characters, such as legacy-kouki-last-day"
        case (.duplicateID(let f, let first), .ja): return "id「\(f)」は\(first)行目ですでに使われています"
        case (.duplicateID(let f, let first), .en): return "found id \"\(f)\" again; it is already used on line \(first)"
        case (.unknownValue(let f, let a), _): return DataFileText.unknownValue(f, a, language)
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
        case (.unsupportedSchema(let f, let s), _): return DataFileText.unsupportedSchema(f, s, language)
        }
    }
}
