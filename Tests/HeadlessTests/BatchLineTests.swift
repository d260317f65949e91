import Eligibility
import Headless
import StrictJSON
import Testing

/// Lines of any length, a byte order mark, and a writer that stops taking output.
@Suite struct BatchLineTests {
    static let good = "{\"date\":\"2026-11-24\",\"holds\":[\"myna-card\"]}"

    func lines(_ out: String) -> [String] { out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test func aLineLongerThanTheLimitIsAnErrorAndTheBatchGoesOn() {
        let long = "{\"holds\":[\"" + String(repeating: "x", count: 100) + "\"]}"
        for chunk in [1, 7, 16, 64, 1000] {
            let (out, summary) = runBatch(Self.good + "\n" + long + "\n" + Self.good + "\n", chunk: chunk, maxLineBytes: 60)
            let l = lines(out)
            #expect(l.count == 3, "chunk \(chunk): \(out)")
            #expect(l[0].hasPrefix("{\"date\":\"2026-11-24\",\"verdict\""))
            #expect(l[1] == "{\"line\":2,\"error\":\"2行目が長すぎます（1行は60バイトまで）。次の改行まで読み飛ばしました\"}", "chunk \(chunk)")
            #expect(l[2] == l[0])
            #expect(summary == BatchRunner.Summary(decided: 2, unreadable: 1))
        }
    }

    @Test func theLimitIsOneMebibyteExactly() {
        // A line of exactly 1 MiB is read and decided; one byte more is too long.
        let atLimit = String(repeating: " ", count: BatchRunner.maxLineBytes - 2) + "{}"
        let (ok, _) = runBatch(atLimit + "\n")
        #expect(ok.hasPrefix("{\"date\":\"2026-11-24\",\"verdict\":\"not-confirmed\""), "\(ok.prefix(200))")
        let (tooLong, summary) = runBatch(" " + atLimit + "\n" + Self.good)
        #expect(tooLong.hasPrefix("{\"line\":1,\"error\":\"1行目が長すぎます（1行は1 MiB＝1048576バイトまで）"))
        #expect(summary == BatchRunner.Summary(decided: 1, unreadable: 1))
        let (en, _) = runBatch(" " + atLimit + "\n", language: .en)
        #expect(en == "{\"line\":1,\"error\":\"line 1 is longer than the limit of 1 MiB = 1048576 bytes; skipped to the next newline\"}\n")
    }

    /// A line that never ends (as from /dev/zero) is reported once it passes the limit, and nothing more is kept.
    @Test func aLineThatNeverEndsIsReportedAtTheLimit() {
        let runner = BatchRunner(resolver: Fixture.resolver, defaults: CaseInput(), language: .ja)
        var given = 0
        var out: [UInt8] = []
        let summary = runner.run(maxLineBytes: 1000, chunkBytes: 100, read: { buffer in
            guard given < 50_000 else { return 0 }
            for i in buffer.indices { buffer[i] = 0 }
            given += buffer.count
            return buffer.count
        }, write: { out += $0; return true })
        #expect(String(decoding: out, as: UTF8.self) == "{\"line\":1,\"error\":\"1行目が長すぎます（1行は1000バイトまで）。次の改行まで読み飛ばしました\"}\n")
        #expect(summary == BatchRunner.Summary(decided: 0, unreadable: 1))
        #expect(given == 50_000)
    }

    @Test func aByteOrderMarkBeforeLineOneIsSkipped() {
        let bom = "\u{FEFF}"
        let plain = runBatch(Self.good + "\n" + Self.good + "\n").0
        for chunk in [1, 2, 3, 4, 1000] {
            #expect(runBatch(bom + Self.good + "\n" + Self.good + "\n", chunk: chunk).0 == plain, "chunk \(chunk)")
        }
        // Only before line 1: elsewhere it is a character that is not JSON.
        let (later, summary) = runBatch(Self.good + "\n" + bom + Self.good + "\n")
        #expect(lines(later)[1].hasPrefix("{\"line\":2,\"error\":\"JSONとして読めません"))
        #expect(summary.unreadable == 1)
    }

    @Test func aWriterThatRefusesStopsTheBatch() {
        let runner = BatchRunner(resolver: Fixture.resolver, defaults: CaseInput(), language: .ja)
        var reads = 0
        var writes = 0
        let line = Array((Self.good + "\n").utf8)
        let summary = runner.run(chunkBytes: line.count * 10, read: { buffer in
            reads += 1
            guard reads < 1000 else { return 0 }
            var n = 0
            while n + line.count <= buffer.count {
                for b in line { buffer[n] = b; n += 1 }
            }
            return n
        }, write: { _ in writes += 1; return false })
        #expect(summary.stopped)
        #expect(writes == 1)
        #expect(reads == 1)
    }
}
