import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        /// The writer refused output (a failed write): the batch stopped there.
        public var stopped = false

        public init(decided: Int = 0, unreadable: Int = 0, stopped: Bool = false) {
            self.decided = decided
            self.unreadable = unreadable
            self.stopped = stopped
        }
    }

    /// The longest line read, in bytes without its line end. A longer line gets an error line naming the limit, and
    /// the rest of it is skipped up to the next newline without being kept: memory stays bounded on any input.
    public static let maxLineBytes = 1 << 20

    /// Bytes asked of `read` at a time.
    public static let chunkBytes = 1 << 20

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads with `read` (which fills the buffer it is given and returns how many bytes it read, 0 at the end) and
    /// hands each finished block of output lines to `write`, which returns false to stop the batch (a failed write).
    /// Each block's lines are split among `workers` threads; the output keeps the input's order. Input bytes are
    /// copied once, into a buffer of `maxLineBytes + chunkBytes`; a UTF-8 byte order mark before line 1 is skipped.
    public func run(workers: Int = 1, maxLineBytes: Int = BatchRunner.maxLineBytes, chunkBytes: Int = BatchRunner.chunkBytes,
                    read: (UnsafeMutableBufferPointer<UInt8>) -> Int, write: ([UInt8]) -> Bool) -> Summary {
        let workers = max(1, workers)
        let texts = (0..<workers).map { _ in DecisionTexts(rules: resolver.rules, language: language) }
        var summary = Summary()
        var lineNumber = 0
        var firstBlock = true
        func emit(_ out: [UInt8]) {
            if !summary.stopped && !out.isEmpty && !write(out) { summary.stopped = true }
        }
        func processBlock(_ all: UnsafeBufferPointer<UInt8>) {
            var block = all
            if firstBlock {
                firstBlock = false
                if block.starts(with: Self.byteOrderMark) { block = UnsafeBufferPointer(rebasing: block[3...]) }
            }
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
                        self.process(parts[i].bytes, texts: texts[i], maxLineBytes: maxLineBytes, lineNumber: &n,
                                     summary: &s, out: &out)
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
                emit(o)
            }
        }
        // buffer[0..<filled]: the start of a line not yet ended; new bytes are read after it.
        var buffer = [UInt8](repeating: 0, count: maxLineBytes + max(1, chunkBytes))
        var filled = 0
        // Inside a line already reported as too long: bytes are dropped up to its newline.
        var skipping = false
        buffer.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress!
            while !summary.stopped {
                let space = UnsafeMutableBufferPointer(rebasing: buf[filled..<min(buf.count, filled + max(1, chunkBytes))])
                let n = read(space)
                if n <= 0 { break }
                var newStart = filled
                filled += n
                if skipping {
                    guard let nl = memchr(base + newStart, 0x0A, filled - newStart) else {
                        filled = 0
                        continue
                    }
                    let rest = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
                    memmove(base, base + rest, filled - rest)
                    filled -= rest
                    newStart = 0
                    skipping = false
                }
                // The last newline among the new bytes ends the lines that can be decided now.
                var last = filled - 1
                while last >= newStart && buf[last] != 0x0A { last -= 1 }
                if last >= newStart {
                    processBlock(UnsafeBufferPointer(rebasing: buf[0..<last]))
                    memmove(base, base + last + 1, filled - last - 1)
                    filled -= last + 1
                }
                if filled > maxLineBytes {
                    lineNumber += 1
                    firstBlock = false
                    var out: [UInt8] = []
                    appendTooLong(line: lineNumber, limit: maxLineBytes, out: &out)
                    out.append(0x0A)
                    summary.unreadable += 1
                    emit(out)
                    filled = 0
                    skipping = true
                }
            }
            if !skipping && filled > 0 && !summary.stopped { processBlock(UnsafeBufferPointer(rebasing: buf[0..<filled])) }
        }
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
    func process(_ text: UnsafeBufferPointer<UInt8>, texts: DecisionTexts, maxLineBytes: Int, lineNumber: inout Int,
                 summary: inout Summary, out: inout [UInt8]) {
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = UnsafeBufferPointer(rebasing: text[start..<end])
            if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if line.count > maxLineBytes {
                appendTooLong(line: lineNumber, limit: maxLineBytes, out: &out)
                summary.unreadable += 1
                out.append(0x0A)
            } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
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
            appendError(language == .ja ? "JSONとして読めません（\(error.column)文字目）: \(error.japanese)"
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

    /// `{"line":N,"error":"…"}` for a line longer than the limit.
    func appendTooLong(line: Int, limit: Int, out: inout [UInt8]) {
        let mib = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : nil
        appendError(language == .ja
            ? "\(line)行目が長すぎます（1行は\(mib.map { "\($0)＝" } ?? "")\(limit)バイトまで）。次の改行まで読み飛ばしました"
            : "line \(line) is longer than the limit of \(mib.map { "\($0) = " } ?? "")\(limit) bytes; skipped to the next newline",
            line: line, out: &out)
    }

    func appendError(_ message: String, line: Int, out: inout [UInt8]) {
        out.append(contentsOf: "{\"line\":\(line),\"error\":".utf8)
        JSONWriter.appendQuoted(message, to: &out)
        out.append(UInt8(ascii: "}"))
    }
}
