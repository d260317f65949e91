import Eligibility
import StrictJSON

/// `check --batch`: JSON Lines in, JSON Lines out, same order. A line that cannot be read gives
/// `{"line":N,"error":"…"}` and the batch goes on. Blank lines are skipped (N counts every physical line).
public struct BatchRunner: Sendable {
    public let resolver: CaseResolver
    public let defaults: CaseInput
    public let language: Language

    public init(resolver: CaseResolver, defaults: CaseInput, language: Language) {
        self.resolver = resolver
        self.defaults = defaults
        self.language = language
    }

    public struct Summary: Sendable, Equatable {
        public var decided = 0
        public var unreadable = 0

        public init(decided: Int = 0, unreadable: Int = 0) {
            self.decided = decided
            self.unreadable = unreadable
        }
    }

    /// Reads chunks until `read` returns nil, and hands each finished block of output lines to `write`.
    public func run(read: () -> [UInt8]?, write: (String) -> Void) -> Summary {
        var summary = Summary()
        var carry: [UInt8] = []
        var lineNumber = 0
        while let chunk = read() {
            var buffer = carry
            buffer.append(contentsOf: chunk)
            guard let lastNewline = buffer.lastIndex(of: 0x0A) else {
                carry = buffer
                continue
            }
            var out = ""
            out.reserveCapacity(lastNewline * 3)
            buffer.withUnsafeBufferPointer { all in
                process(UnsafeBufferPointer(rebasing: all[..<lastNewline]), lineNumber: &lineNumber, summary: &summary,
                        out: &out)
            }
            carry = Array(buffer[(lastNewline + 1)...])
            write(out)
        }
        if !carry.isEmpty {
            var out = ""
            carry.withUnsafeBufferPointer { process($0, lineNumber: &lineNumber, summary: &summary, out: &out) }
            write(out)
        }
        return summary
    }

    /// Processes complete lines separated by "\n".
    func process(_ text: UnsafeBufferPointer<UInt8>, lineNumber: inout Int, summary: inout Summary, out: inout String) {
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = UnsafeBufferPointer(rebasing: text[start..<end])
            if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if decideLine(line, number: lineNumber, out: &out) { summary.decided += 1 } else { summary.unreadable += 1 }
                out += "\n"
            }
            start = end + 1
        }
    }

    /// Appends the result or error line for one input line; false when the line could not be read.
    public func decideLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, out: inout String) -> Bool {
        let node: JSONNode
        do {
            node = try JSONReader.parse(buffer: line)
        } catch {
            appendError(language == .ja ? "JSONとして読めません（\(error.column)文字目）: \(error.message)"
                                        : "not valid JSON at column \(error.column): \(error.message)",
                        line: number, out: &out)
            return false
        }
        guard case .object(let members) = node.value else {
            appendError(language == .ja ? "1行に1つのJSONオブジェクト {…} が必要です" : "each line must be one JSON object {…}",
                        line: number, out: &out)
            return false
        }
        var input = CaseInput()
        var id: String?
        for m in members {
            if m.key == "id" {
                switch m.node.value {
                case .string(let s): id = JSONWriter.quoted(s)
                case .number(let text, _): id = text
                default:
                    appendError(language == .ja ? "id は文字列か数値です" : "id must be a string or a number", line: number, out: &out)
                    return false
                }
                continue
            }
            guard let field = CaseField(rawValue: m.key) else {
                let keys = (CaseField.allCases.map(\.jsonKey) + ["id"]).joined(separator: ", ")
                appendError(language == .ja ? "不明なキー \"\(m.key)\"（使えるキー: \(keys)）"
                                            : "unknown key \"\(m.key)\"; expected one of: \(keys)",
                            line: number, out: &out)
                return false
            }
            switch m.node.value {
            case .string(let s): input[field] = .text(s)
            case .bool(let b): input[field] = .bool(b)
            case .null: input[field] = .null
            case .array(let items):
                var list: [String] = []
                for item in items {
                    guard case .string(let s) = item.value else {
                        appendError(language == .ja ? "\(m.key): 一覧の中は文字列だけです" : "\(m.key): the list may hold strings only",
                                    line: number, out: &out)
                        return false
                    }
                    list.append(s)
                }
                input[field] = .list(list)
            case .number(let text, _):
                input[field] = .text(text)
            case .object:
                appendError(language == .ja ? "\(m.key): オブジェクトは使えません" : "\(m.key): an object is not accepted here",
                            line: number, out: &out)
                return false
            }
        }
        switch resolver.resolve(input, over: defaults) {
        case .success(let c):
            let d = Eligibility.decide(c, dates: resolver.rules.dates, today: resolver.today)
            DecisionJSON.append(d, date: c.visitDate, id: id, rules: resolver.rules, language: language, to: &out)
            return true
        case .failure(let problem):
            appendError(problem.text(language, naming: .jsonKey), line: number, out: &out)
            return false
        }
    }

    func appendError(_ message: String, line: Int, out: inout String) {
        out += "{\"line\":\(line),\"error\":"
        JSONWriter.appendQuoted(message, to: &out)
        out += "}"
    }
}
