/// A strict JSON (RFC 8259) reader that remembers the line and column of every value.
///
/// Written by hand for two reasons that no Foundation API covers: error messages for the rules file and batch input
/// must name the line (JSONDecoder reports none, JSONSerialization only a character offset for syntax errors), and
/// `check --batch` must read several hundred thousand lines a second (JSONDecoder alone manages ~277k/s here).
/// Duplicate keys, trailing commas, comments, invalid UTF-8 and nesting deeper than 64 are refused.
public struct JSONNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number's text as written, and its value.
        case number(String, Double)
        case string(String)
        case array([JSONNode])
        /// Members in the order written.
        case object([JSONMember])

        public static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.null, .null): true
            case (.bool(let x), .bool(let y)): x == y
            case (.number(let x, _), .number(let y, _)): x == y
            case (.string(let x), .string(let y)): x == y
            case (.array(let x), .array(let y)): x == y
            case (.object(let x), .object(let y)): x == y
            default: false
            }
        }
    }

    public let value: Value
    /// 1-based line of the value's first character.
    public let line: Int
    /// 1-based column (in characters) of the value's first character; 0 when parsed without columns.
    public let column: Int

    public init(value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// What kind of value this is, in words for error messages.
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// One `"key": value` of an object.
public struct JSONMember: Sendable, Equatable {
    public let key: String
    public let node: JSONNode

    public init(key: String, node: JSONNode) {
        self.key = key
        self.node = node
    }
}

public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// What is wrong, in English.
    public let message: String
    /// The same in Japanese, for messages in Japanese (no English phrase inside them).
    public let japanese: String

    public init(line: Int, column: Int, message: String, japanese: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.japanese = japanese ?? message
    }

    /// What is wrong, in Japanese or English.
    public func message(japanese: Bool) -> String { japanese ? self.japanese : message }

    public var description: String { "line \(line), column \(column): \(message)" }
}

public enum JSONReader {
    public static let maxDepth = 64

    /// Parses one JSON document, such as a whole file; anything but whitespace after it is an error. A UTF-8 byte
    /// order mark before it (as Windows editors save) is skipped, and columns count from after it.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONNode {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { (buf) throws(JSONSyntaxError) -> JSONNode in
            try parse(buffer: buf, skippingByteOrderMark: true)
        }
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Parses one JSON document in place, without copying the bytes. Without `columns`, values carry column 0
    /// (syntax errors still name theirs): counting characters for every value costs more than the rest of a short line.
    /// A byte order mark is skipped only when asked: a batch line other than the first must not start with one.
    public static func parse(buffer: UnsafeBufferPointer<UInt8>, columns: Bool = true,
                             skippingByteOrderMark: Bool = false) throws(JSONSyntaxError) -> JSONNode {
        var p = Parser(buffer)
        p.trackColumns = columns
        if skippingByteOrderMark && buffer.starts(with: byteOrderMark) {
            p.i = 3
            p.lineStart = 3
        }
        p.skipWhitespace()
        let node = try p.value(depth: 0)
        p.skipWhitespace()
        if p.i < buffer.count { throw p.error("unexpected text after the end of the JSON value", "JSONの値のあとに余分な文字があります") }
        return node
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }
}

struct Parser {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1
    var lineStart = 0
    var trackColumns = true

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// Where the last column count ended, so counting resumes there: values come in order, and rescanning from
    /// the start of the line for each one would be quadratic on a long single-line document.
    var countedUpTo = 0
    var countedColumn = 1

    /// Column in characters: count UTF-8 lead bytes from the start of the line.
    mutating func column(at index: Int) -> Int {
        var j = lineStart
        var col = 1
        if countedUpTo >= lineStart && countedUpTo <= index {
            j = countedUpTo
            col = countedColumn
        }
        while j < index && j < b.count {
            if b[j] & 0xC0 != 0x80 { col += 1 }
            j += 1
        }
        countedUpTo = j
        countedColumn = col
        return col
    }

    mutating func error(_ message: String, _ japanese: String, at index: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: column(at: index ?? i), message: message, japanese: japanese)
    }

    mutating func skipWhitespace() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    func describeHere(japanese: Bool = false) -> String {
        guard i < b.count else { return japanese ? "入力の終わり" : "the end of the input" }
        let c = b[i]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return (japanese ? "バイト 0x" : "byte 0x") + String(c, radix: 16)
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth < JSONReader.maxDepth else { throw error("nested deeper than \(JSONReader.maxDepth) levels", "入れ子が\(JSONReader.maxDepth)段を超えています") }
        guard i < b.count else { throw error("expected a value but the input ended", "値がないまま入力が終わっています") }
        let startLine = line
        let startColumn = trackColumns ? column(at: i) : 0
        let v: JSONNode.Value
        switch b[i] {
        case UInt8(ascii: "{"): v = try object(depth: depth)
        case UInt8(ascii: "["): v = try array(depth: depth)
        case UInt8(ascii: "\""): v = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); v = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); v = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); v = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): v = try number()
        default: throw error("expected a value (string, number, object, list, true, false or null) but found \(describeHere())",
                            "値（文字列・数値・オブジェクト・リスト・true・false・null）のはずが\(describeHere(japanese: true))です")
        }
        return JSONNode(value: v, line: startLine, column: startColumn)
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        var k = 0
        while k < n, i + k < b.count, b[i + k] == word.utf8Start[k] { k += 1 }
        guard k == n else { throw error("expected \(word) but found '\(snippet())'", "\(word) のはずが「\(snippet())」です") }
        i += n
    }

    /// Up to 12 characters from here, for messages.
    func snippet() -> String {
        var end = i
        while end < b.count && end - i < 12 && b[end] != 0x0A { end += 1 }
        while end < b.count && b[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        .object(try items(closing: "}", "object", "オブジェクト") { (p, members) throws(JSONSyntaxError) in
            try p.member(depth: depth, after: members)
        })
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        .array(try items(closing: "]", "list", "リスト") { (p, _) throws(JSONSyntaxError) in try p.value(depth: depth + 1) })
    }

    /// `"key": value`, with a key that none of `members` has.
    mutating func member(depth: Int, after members: [JSONMember]) throws(JSONSyntaxError) -> JSONMember {
        guard isAt("\"") else {
            throw error("expected a key in double quotes but found \(describeHere())",
                        "二重引用符で囲んだキーのはずが\(describeHere(japanese: true))です")
        }
        let keyIndex = i
        let key = try string()
        for m in members where m.key == key {
            throw error("the key \"\(key)\" appears twice in this object", "キー \"\(key)\" が同じオブジェクトに2回あります", at: keyIndex)
        }
        skipWhitespace()
        guard skip(":") else { throw error("expected ':' after \"\(key)\" but found \(describeHere())", "\"\(key)\" のあとは ':' のはずが\(describeHere(japanese: true))です") }
        skipWhitespace()
        return JSONMember(key: key, node: try value(depth: depth + 1))
    }

    /// The items of an object or a list, from its opening bracket to past its `close`, separated by commas; each read
    /// by `item`, which is given the items before it.
    mutating func items<Item>(closing close: Unicode.Scalar, _ container: String, _ japanese: String,
                              item: (inout Parser, [Item]) throws(JSONSyntaxError) -> Item) throws(JSONSyntaxError) -> [Item] {
        i += 1
        skipWhitespace()
        if skip(close) { return [] }
        var items: [Item] = []
        while true {
            skipWhitespace()
            if isAt(close) { throw error("a comma before '\(close)' is not allowed", "'\(close)' の前にコンマは置けません") }
            items.append(try item(&self, items))
            skipWhitespace()
            if skip(",") { continue }
            if skip(close) { return items }
            guard i < b.count else {
                throw error("the \(container) is not closed: expected ',' or '\(close)'", "\(japanese)が閉じていません（',' か '\(close)' がありません）")
            }
            throw error("expected ',' or '\(close)' but found \(describeHere())", "',' か '\(close)' のはずが\(describeHere(japanese: true))です")
        }
    }

    func isAt(_ c: Unicode.Scalar) -> Bool { i < b.count && b[i] == UInt8(ascii: c) }

    /// Past `c` when it is next.
    mutating func skip(_ c: Unicode.Scalar) -> Bool {
        guard isAt(c) else { return false }
        i += 1
        return true
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= b.count else { throw error("\\u needs four hex digits", "\\u のあとには16進数が4桁必要です") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("\\u needs four hex digits", "\\u のあとには16進数が4桁必要です")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        let start = i
        i += 1
        let contentStart = i
        // Fast path: no escapes.
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: b[contentStart..<i])
                i += 1
                guard UTF8Check.isValid(slice) else { throw error("the string is not valid UTF-8", "文字列がUTF-8として正しくありません", at: start) }
                return String(decoding: slice, as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 {
                throw c == 0x0A ? error("the string is not closed before the end of the line", "文字列が行の終わりまでに閉じていません")
                    : error("a control character inside a string must be escaped", "文字列の中の制御文字はエスケープして書きます")
            }
            i += 1
        }
        var bytes = Array(b[contentStart..<i])
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                let valid = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
                guard valid else { throw error("the string is not valid UTF-8", "文字列がUTF-8として正しくありません", at: start) }
                return String(decoding: bytes, as: UTF8.self)
            }
            if c < 0x20 {
                throw c == 0x0A ? error("the string is not closed before the end of the line", "文字列が行の終わりまでに閉じていません")
                    : error("a control character inside a string must be escaped", "文字列の中の制御文字はエスケープして書きます")
            }
            if c != UInt8(ascii: "\\") {
                bytes.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                        throw error("a \\u surrogate must come in a pair", "\\u のサロゲートは2つ組で書きます")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("a \\u surrogate must come in a pair", "\\u のサロゲートは2つ組で書きます") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("a \\u surrogate must come in a pair", "\\u のサロゲートは2つ組で書きます")
                }
                bytes.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
            default:
                throw error("unknown escape \\\(Character(Unicode.Scalar(e)))", "\\\(Character(Unicode.Scalar(e))) というエスケープはありません")
            }
        }
        throw error("the string is not closed", "文字列が閉じていません", at: start)
    }

    mutating func number() throws(JSONSyntaxError) -> JSONNode.Value {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits", "数値に数字がありません", at: start) }
        if b[i] == 0x30 {
            i += 1
            if i < b.count && isDigit(b[i]) { throw error("a number cannot start with 0", "数値は0から始められません", at: start) }
        } else {
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits after '.'", "数値の '.' のあとに数字がありません", at: start) }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < b.count, isDigit(b[i]) else { throw error("a number needs digits in its exponent", "数値の指数に数字がありません", at: start) }
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        return .number(text, Double(text) ?? .nan)
    }
}

/// Well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). Hand-written because
/// `String(validating:as:)` is generic and costs a fifth of a batch line here.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 > 0x9F { return false }
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 > 0x8F { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
