import Dispatch
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
    /// Each chunk's lines are split among `workers` threads; the output keeps the input's order.
    public func run(workers: Int = 1, read: () -> [UInt8]?, write: ([UInt8]) -> Void) -> Summary {
        let workers = max(1, workers)
        let texts = (0..<workers).map { _ in DecisionTexts(rules: resolver.rules, language: language) }
        var summary = Summary()
        var carry: [UInt8] = []
        var lineNumber = 0
        func processBlock(_ buffer: [UInt8], upTo end: Int) {
            buffer.withUnsafeBufferPointer { all in
                let block = UnsafeBufferPointer(rebasing: all[..<end])
                let parts = split(block, into: workers)
                var outputs = [[UInt8]](repeating: [], count: parts.count)
                var summaries = [Summary](repeating: Summary(), count: parts.count)
                let firstLine = lineNumber
                outputs.withUnsafeMutableBufferPointer { outsBuffer in
                    summaries.withUnsafeMutableBufferPointer { sumsBuffer in
                        // Each worker writes only its own slot.
                        let outs = outsBuffer
                        let sums = sumsBuffer
                        let run = { (i: Int) in
                            var out: [UInt8] = []
                            out.reserveCapacity(parts[i].bytes.count * 3)
                            var n = firstLine + parts[i].linesBefore
                            var s = Summary()
                            self.process(parts[i].bytes, texts: texts[i], lineNumber: &n, summary: &s, out: &out)
                            outs[i] = out
                            sums[i] = s
                        }
                        if parts.count == 1 {
                            run(0)
                        } else {
                            nonisolated(unsafe) let work = run
                            DispatchQueue.concurrentPerform(iterations: parts.count) { work($0) }
                        }
                    }
                }
                lineNumber = firstLine + parts.reduce(0) { $0 + $1.lines }
                for (o, s) in zip(outputs, summaries) {
                    summary.decided += s.decided
                    summary.unreadable += s.unreadable
                    if !o.isEmpty { write(o) }
                }
            }
        }
        while let chunk = read() {
            var buffer = carry
            buffer.append(contentsOf: chunk)
            guard let lastNewline = buffer.lastIndex(of: 0x0A) else {
                carry = buffer
                continue
            }
            processBlock(buffer, upTo: lastNewline)
            carry = Array(buffer[(lastNewline + 1)...])
        }
        if !carry.isEmpty { processBlock(carry, upTo: carry.count) }
        return summary
    }

    struct Part {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Lines in the parts before this one.
        let linesBefore: Int
        /// Lines in this part (newlines + 1).
        let lines: Int
    }

    /// Splits a block of lines (no final newline) into up to `count` parts at line boundaries.
    func split(_ block: UnsafeBufferPointer<UInt8>, into count: Int) -> [Part] {
        var parts: [Part] = []
        var start = 0
        var linesBefore = 0
        for k in 1...count {
            var end = k == count ? block.count : max(start, block.count * k / count)
            while end < block.count && block[end] != 0x0A { end += 1 }
            if k < count && end >= block.count { end = block.count }
            let bytes = UnsafeBufferPointer(rebasing: block[start..<end])
            let lines = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            parts.append(Part(bytes: bytes, linesBefore: linesBefore, lines: lines))
            linesBefore += lines
            if end >= block.count { break }
            start = end + 1
        }
        return parts
    }

    /// Processes complete lines separated by "\n".
    func process(_ text: UnsafeBufferPointer<UInt8>, texts: DecisionTexts, lineNumber: inout Int, summary: inout Summary,
                 out: inout [UInt8]) {
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = UnsafeBufferPointer(rebasing: text[start..<end])
            if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if decideLine(line, number: lineNumber, texts: texts, out: &out) {
                    summary.decided += 1
                } else {
                    summary.unreadable += 1
                }
                out.append(0x0A)
            }
            start = end + 1
        }
    }

    /// Appends the result or error line for one input line; false when the line could not be read.
    func decideLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, texts: DecisionTexts, out: inout [UInt8]) -> Bool {
        let node: JSONNode
        do {
            node = try JSONReader.parse(buffer: line, columns: false)
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
            guard let field = CaseField(jsonKey: m.key) else {
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
            DecisionJSON.append(d, date: c.visitDate, id: id, texts: texts, to: &out)
            return true
        case .failure(let problem):
            appendError(problem.text(language, naming: .jsonKey), line: number, out: &out)
            return false
        }
    }

    func appendError(_ message: String, line: Int, out: inout [UInt8]) {
        out.append(contentsOf: "{\"line\":\(line),\"error\":".utf8)
        JSONWriter.appendQuoted(message, to: &out)
        out.append(UInt8(ascii: "}"))
    }
}
