import StrictJSON

// The rules file and the training scenario file are both JSON that is checked key by key: the first problem refuses
// the whole file, naming the file, line, column and key path and what was expected. What they share lives here; each
// file adds its own problems (a rules date, a scenario id) to its own `DataFileProblem` enumeration.

/// A problem one checked data file can have. The cases every such file shares are requirements, so the shared
/// walker below can report them; an enumeration meets them with cases of the same names.
public protocol DataFileProblem: Error, Sendable, Equatable {
    static func syntax(_ message: LocalizedText) -> Self
    static func missing(expected: String) -> Self
    static func unknownKey(allowed: [String]) -> Self
    static func wrongType(expected: String, found: String) -> Self
    static func badNumber(found: String, expected: String) -> Self
    static var emptyText: Self { get }

    func text(_ language: Language) -> String
}

/// Why a data file was refused, and where: `rules.json:12:7: dates.legacyCap.date: found "2025-02-30"; expected …`.
public struct DataFileError<Problem: DataFileProblem>: Error, Sendable, Equatable {
    public let file: String
    public let line: Int?
    public let column: Int?
    /// Key path such as `dates.legacyCap.date` or `scenarios[3].patient`; nil for syntax errors.
    public let key: String?
    public let problem: Problem

    public init(file: String, line: Int?, column: Int?, key: String?, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.problem = problem
    }

    public func text(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let keyPart = key.map { $0.isEmpty ? "" : " \($0):" } ?? ""
        return "\(location):\(keyPart) \(problem.text(language))"
    }
}

/// The texts of the shared problems, in both languages, so the two files word them alike.
public enum DataFileText {
    public static func list(_ items: [String]) -> String { items.isEmpty ? "(none)" : items.joined(separator: ", ") }

    public static func syntax(_ message: LocalizedText, _ language: Language) -> String {
        language == .ja ? "JSONとして読めません: \(message.ja)" : "not valid JSON: \(message.en)"
    }

    public static func missing(_ expected: String, _ language: Language) -> String {
        language == .ja ? "がありません（必要: \(japanese(expected))）" : "is missing; expected \(expected)"
    }

    public static func unknownKey(_ allowed: [String], _ language: Language) -> String {
        language == .ja ? "不明なキーです（使えるキー: \(list(allowed))）" : "unknown key; expected one of: \(list(allowed))"
    }

    public static func wrongType(_ expected: String, _ found: String, _ language: Language) -> String {
        language == .ja ? "\(japanese(found))ではなく\(japanese(expected))が必要です" : "found \(found); expected \(expected)"
    }

    public static func badNumber(_ found: String, _ expected: String, _ language: Language) -> String {
        language == .ja ? "「\(found)」は使えません（\(japanese(expected))）" : "found \(found); expected \(expected)"
    }

    /// A date that is not YYYY-MM-DD; `noneAllowed`: `none` may stand where nothing is printed.
    public static func badDate(_ found: String, noneAllowed: Bool, _ language: Language) -> String {
        language == .ja ? "日付「\(found)」が読めません（YYYY-MM-DD の形、例: 2025-12-01\(noneAllowed ? "。記載なしは none" : "")）"
            : "found \"\(found)\"; expected a date YYYY-MM-DD such as 2025-12-01\(noneAllowed ? ", or none" : "")"
    }

    public static func unknownValue(_ found: String, _ allowed: [String], _ language: Language) -> String {
        language == .ja ? "「\(found)」は使えません（使える値: \(list(allowed))）"
            : "found \"\(found)\"; expected one of: \(list(allowed))"
    }

    /// The Japanese of the English phrases the readers pass as what was expected or found (`JSONNode.kindName`,
    /// the walker's shapes, the readers' own), so a Japanese message carries no English parts. A phrase not listed
    /// here stays as it is; MessageLanguageTests checks that every one the readers produce is listed.
    public static func japanese(_ phrase: String) -> String {
        switch phrase {
        case "null": return "null"
        case "true/false": return "true/false"
        case "a number": return "数値"
        case "a string": return "文字列"
        case "a list": return "一覧"
        case "an object": return "オブジェクト"
        case "an empty list": return "空の一覧"
        case "an object { … }": return "オブジェクト { … }"
        case "a list [ … ]": return "一覧 [ … ]"
        case "a list [ … ] of strings": return "文字列の一覧 [ … ]"
        case "a list with at least one item": return "1つ以上の項目がある一覧"
        case "a string in double quotes": return "二重引用符で囲んだ文字列"
        case "true or false": return "true か false"
        case "a date in double quotes, YYYY-MM-DD": return "二重引用符で囲んだ日付（YYYY-MM-DD）"
        case "a date YYYY-MM-DD or \"none\" in double quotes": return "二重引用符で囲んだ日付（YYYY-MM-DD）か \"none\""
        default: break
        }
        if phrase.hasPrefix("a whole number "), case let range = phrase.dropFirst(15).split(separator: "–"), range.count == 2 {
            return "\(range[0])〜\(range[1])の整数"
        }
        if phrase.hasPrefix("the key \""), phrase.hasSuffix("\"") { return "キー " + phrase.dropFirst(8) }
        return phrase
    }

    public static func emptyText(_ language: Language) -> String {
        language == .ja ? "空の文字列は使えません" : "found an empty text; expected words"
    }

    public static func unsupportedSchema(_ found: String, _ supported: Int, _ language: Language) -> String {
        language == .ja ? "schema \(found) には対応していません（対応: \(supported)）"
            : "found schema \(found); this program reads schema \(supported)"
    }
}

/// A value of a data file and its key path, for error messages.
public struct DataField: Sendable {
    public let node: JSONNode
    public let path: String

    public init(node: JSONNode, path: String) {
        self.node = node
        self.path = path
    }

    /// The path of a member: `dates` → `dates.legacyCap`.
    public func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    /// The path of a list item: `scenarios` → `scenarios[3]`.
    public func item(_ n: Int) -> String { "\(path)[\(n)]" }
}

/// Reads the shapes every data file uses. A reader names its file and its problem type; the rest comes from here.
public protocol DataFileWalker {
    associatedtype Problem: DataFileProblem
    var file: String { get }
}

extension DataFileWalker {
    public typealias Failure = DataFileError<Problem>

    /// Parses the bytes, turning a JSON syntax error into this file's error.
    public static func root(_ bytes: some Collection<UInt8>, file: String) throws(DataFileError<Problem>) -> DataField {
        do {
            return DataField(node: try JSONReader.parse(bytes), path: "")
        } catch {
            throw DataFileError(file: file, line: error.line, column: error.column, key: nil,
                                problem: .syntax(LocalizedText(ja: error.japanese, en: error.message)))
        }
    }

    public func fail(_ f: DataField, _ problem: Problem) -> Failure {
        DataFileError(file: file, line: f.node.line, column: f.node.column, key: f.path, problem: problem)
    }

    /// A required key is missing: the error points at the object that lacks it.
    public func missing(_ f: DataField, _ key: String, _ expected: String) -> Failure {
        DataFileError(file: file, line: f.node.line, column: f.node.column, key: f.child(key),
                      problem: .missing(expected: expected))
    }

    /// The members of an object, after checking that every required key is there and no other key is.
    public func object(_ f: DataField, required: [String], optional: [String] = []) throws(Failure) -> [String: DataField] {
        guard case .object(let members) = f.node.value else {
            throw fail(f, .wrongType(expected: "an object { … }", found: f.node.kindName))
        }
        var out: [String: DataField] = [:]
        let allowed = required + optional
        for m in members {
            let field = DataField(node: m.node, path: f.child(m.key))
            guard allowed.contains(m.key) else { throw fail(field, .unknownKey(allowed: allowed)) }
            out[m.key] = field
        }
        for key in required where out[key] == nil {
            throw missing(f, key, "the key \"\(key)\"")
        }
        return out
    }

    /// The items of a list, each with its path.
    public func array(_ f: DataField) throws(Failure) -> [DataField] {
        guard case .array(let items) = f.node.value else {
            throw fail(f, .wrongType(expected: "a list [ … ]", found: f.node.kindName))
        }
        return items.enumerated().map { DataField(node: $0.element, path: f.item($0.offset)) }
    }

    /// A string with at least one character that is not a space.
    public func string(_ f: DataField) throws(Failure) -> String {
        guard case .string(let s) = f.node.value else {
            throw fail(f, .wrongType(expected: "a string in double quotes", found: f.node.kindName))
        }
        guard !s.trimmingSpaces.isEmpty else { throw fail(f, .emptyText) }
        return s
    }

    /// A whole number written without a fraction or exponent, within `range`.
    public func int(_ f: DataField, in range: ClosedRange<Int>) throws(Failure) -> Int {
        let expected = "a whole number \(range.lowerBound)–\(range.upperBound)"
        guard case .number(let written, _) = f.node.value else {
            throw fail(f, .wrongType(expected: expected, found: f.node.kindName))
        }
        guard let i = Int(written), range.contains(i) else { throw fail(f, .badNumber(found: written, expected: expected)) }
        return i
    }

    public func bool(_ f: DataField) throws(Failure) -> Bool {
        guard case .bool(let b) = f.node.value else {
            throw fail(f, .wrongType(expected: "true or false", found: f.node.kindName))
        }
        return b
    }
}
