import Eligibility
import Headless
import StrictJSON
import Testing

func runBatch(_ text: String, chunk: Int = 1 << 20, workers: Int = 1, defaults: CaseInput = CaseInput(),
              language: Language = .ja, maxLineBytes: Int = BatchRunner.maxLineBytes) -> (String, BatchRunner.Summary) {
    runBatch(bytes: Array(text.utf8), chunk: chunk, workers: workers, defaults: defaults, language: language,
             maxLineBytes: maxLineBytes)
}

func runBatch(bytes input: [UInt8], chunk: Int = 1 << 20, workers: Int = 1, defaults: CaseInput = CaseInput(),
              language: Language = .ja, maxLineBytes: Int = BatchRunner.maxLineBytes) -> (String, BatchRunner.Summary) {
    let runner = BatchRunner(resolver: Fixture.resolver, defaults: defaults, language: language)
    var bytes = input[...]
    var out: [UInt8] = []
    let summary = runner.run(workers: workers, maxLineBytes: maxLineBytes, chunkBytes: chunk, read: { buffer in
        let n = min(buffer.count, bytes.count)
        bytes.withUnsafeBufferPointer { src in
            if n > 0 { buffer.baseAddress!.update(from: src.baseAddress!, count: n) }
        }
        bytes = bytes.dropFirst(n)
        return n
    }, write: { out += $0; return true })
    return (String(decoding: out, as: UTF8.self), summary)
}

@Suite struct BatchRunnerTests {
    static let input = """
    {"date":"2025-08-05","online":"no","holds":["legacy-card"],"insurer":"kouki","legacyExpiry":"R7.7.31"}
    {"date":"2025-08-05","holds":["legacy-card"],"insurer":"kouki"}

    not json
    ["an","array"]
    {"date":"2026-11-24","holds":["myna-card","portal"],"id":"A-1"}
    {"date":"2026-11-24","holds":["myna-card"],"colour":"red"}
    {"date":"2026-11-24","holds":"certificate","certificateExpiry":null,"id":7}
    """

    @Test func mixedLinesKeepTheirOrderAndTheBatchGoesOn() throws {
        let (out, summary) = runBatch(Self.input)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(summary == BatchRunner.Summary(decided: 3, unreadable: 4))
        #expect(lines.count == 7)
        #expect(lines[0].hasPrefix("{\"date\":\"2025-08-05\",\"verdict\":\"conditional\",\"path\":8,\"use\":[\"legacy-card\"],\"condition\":\"insurer-query\""))
        #expect(lines[1].hasPrefix("{\"line\":2,\"error\":\"legacyExpiry: 後期高齢者医療の保険証には有効期限が印字されています"))
        #expect(lines[2] == "{\"line\":4,\"error\":\"JSONとして読めません（1文字目）: null のはずが「not json」です\"}")
        #expect(lines[3] == "{\"line\":5,\"error\":\"1行に1つのJSONオブジェクト {…} が必要です\"}")
        #expect(lines[4].hasPrefix("{\"id\":\"A-1\",\"date\":\"2026-11-24\",\"verdict\":\"confirmed\""))
        #expect(lines[5].hasPrefix("{\"line\":7,\"error\":\"不明なキー \\\"colour\\\""))
        #expect(lines[6].hasPrefix("{\"id\":7,\"date\":\"2026-11-24\",\"verdict\":\"confirmed\",\"path\":2"))
        for line in lines { #expect((try? JSONReader.parse(line)) != nil, "every output line is JSON: \(line)") }
    }

    @Test func chunkBoundariesAndWorkersDoNotMatter() {
        let whole = runBatch(Self.input)
        for size in [1, 2, 3, 7, 64] {
            #expect(runBatch(Self.input, chunk: size).0 == whole.0)
        }
        for workers in [2, 3, 8, 50] {
            #expect(runBatch(Self.input, workers: workers) == whole)
            #expect(runBatch(Self.input, chunk: 100, workers: workers) == whole)
        }
        #expect(runBatch(Self.input.replacingOccurrences(of: "\n", with: "\r\n")).0 == whole.0)
        #expect(runBatch(Self.input + "\n").0 == whole.0)
    }

    @Test func absentKeysTakeTheDefaults() {
        let (out, _) = runBatch("{\"holds\":[\"myna-card\"]}\n", defaults: CaseInput([.online: .text("yes"), .date: .text("2026-11-24")]))
        #expect(out.hasPrefix("{\"date\":\"2026-11-24\",\"verdict\":\"confirmed\",\"path\":1"))
    }

    @Test func englishErrors() {
        let (out, _) = runBatch("{\"date\":\"R7.2.29\"}", language: .en)
        #expect(out == "{\"line\":1,\"error\":\"date \\\"R7.2.29\\\": February 2025 (Reiwa 7) has 28 days; \(DateInput.acceptedForms(.en))\"}\n")
    }

    @Test func reasonsAndWarningsInTheOutput() throws {
        let (out, _) = runBatch(#"{"date":"2026-11-24","holds":["myna-card","certificate"],"certificateExpiry":"R8.7.31"}"#)
        let node = try JSONReader.parse(String(out.trimmingSpaces))
        #expect(strings(member(node, "reasons")) == [
            "オンライン資格確認が未導入のため、マイナ保険証だけでは資格を確認できません",
            "資格確認書は令和8年7月31日で有効期限が切れています",
        ])
        #expect(optionalString(member(node, "rules")) == "2026.12-1")
    }
}

@Suite struct CheckReportTests {
    @Test func japaneseReport() throws {
        let c = try Fixture.resolver.resolve(CaseInput([.date: .text("2026-11-24"), .online: .text("yes"), .reader: .text("failed"),
                                                        .holds: .text("myna-card"), .visit: .text("repeat")])).get()
        let d = Eligibility.decide(c, dates: Fixture.rules.dates, today: Fixture.today)
        #expect(CheckReport.text(d, for: c, rules: Fixture.rules, language: .ja) == """
        △ 条件付きで受付できます
        受診日: 令和8年11月24日(火) 2026-11-24
        施設: オンライン資格確認 導入済み（顔認証付きカードリーダー）

        提示していただくもの: マイナ保険証
        条件: 確認済みの保険資格に変更がないことを口頭で確認

        患者さんへ:
          「マイナ保険証を読み取れませんでした。前回から保険の内容（お勤め先・ご住所など）に変更はありませんか。変更がなければ、いつもの負担割合でお会計します。」

        条件の手順:
          1. 前回確認した保険資格の情報（保険者・記号番号など）を用意する
          2. 「前回から保険（お勤め先・ご住所など）の変更はありませんか」と確認する
          3. 変更がなければ、確認済みの資格で通常の負担割合で受付する
          4. 変更がある・分からない場合は被保険者資格申立書に記入いただく

        ルール 2026.12-1

        """)
    }

    @Test func englishReportHasNoJapaneseHeadings() throws {
        let c = try Fixture.resolver.resolve(CaseInput([.date: .text("2026-11-24"), .holds: .text("notice")])).get()
        let d = Eligibility.decide(c, dates: Fixture.rules.dates, today: Fixture.today)
        let text = CheckReport.text(d, for: c, rules: Fixture.rules, language: .en)
        #expect(text.hasPrefix("× Eligibility cannot be confirmed\nVisit date: Tue 2026-11-24 (Reiwa 8)\n"))
        #expect(text.contains("Any one of these would do:\n  1. My Number Card (health insurance) + Mynaportal eligibility screen"))
        #expect(!text.contains("{"))
    }
}
