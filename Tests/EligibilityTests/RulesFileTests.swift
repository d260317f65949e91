import BundledResources
import Eligibility
import JSONTestSupport
import StrictJSON
import Testing

let builtInText = String(decoding: Array(BundledResources.rules), as: UTF8.self)
let builtInTree = try! JSONReader.parse(builtInText)

func load(_ text: String) -> Result<Rules, RulesFileError> {
    do { return .success(try RulesFile.load(Array(text.utf8), file: "test.json")) } catch { return .failure(error) }
}

@Suite struct RulesFileTests {
    @Test func builtInRulesLoad() throws {
        let r = try RulesFile.load(BundledResources.rules, file: "rules.json")
        #expect(r.version == "2026.12-1")
        #expect(r.dates.legacyCap == date("2025-12-01"))
        #expect(r.dates.legacyCapKouki == date("2025-07-31"))
        #expect(r.dates.interimWindow == date("2025-08-01")...date("2026-07-31"))
        #expect(r.dates.transition == date("2024-12-02"))
        #expect(r.printedExpiryRequired == [.kokuho, .kokuhoKumiai, .kouki])
        #expect(r.callCenter.phone == "0800-080-4583")
        #expect(r.callCenter.weekdays == OpeningHours(open: 8 * 60, close: 18 * 60))
        #expect(r.callCenter.saturday == OpeningHours(open: 8 * 60, close: 16 * 60))
        #expect(r.entries.allSatisfy { $0.source != nil || $0.decision != nil })
        #expect(r.documentLabel(.mynaCard, .ja) == "マイナ保険証")
    }

    @Test func theSerializerRoundTrips() throws {
        #expect(try load(serialize(builtInTree)).get().version == "2026.12-1")
    }

    /// Removing any single key refuses the whole file, naming that key: rules are never half-loaded.
    @Test func everyMissingKeyIsNamed() {
        var accepted: [String] = []
        for path in memberPaths(builtInTree) {
            let text = serialize(removing(path, from: builtInTree))
            switch load(text) {
            case .success:
                // Only the optional provenance keys may go, and only when the other one stays; and the app guide
                // of menu 4 as a whole (files from before 2026.12 have none).
                if !["note", "decision", "source"].contains(path.last!) && path != ["appGuide"] {
                    accepted.append(path.joined(separator: "."))
                }
            case .failure(let e):
                if ["note"].contains(path.last!) { accepted.append("refused optional \(path.joined(separator: "."))") }
                #expect(e.key != nil)
            }
        }
        #expect(accepted.isEmpty, "\(accepted)")
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let path: [String]
        let value: JSONNode.Value
        let key: String
        let message: String
        var testDescription: String { path.joined(separator: ".") }
    }

    static let bad: [Bad] = [
        Bad(path: ["dates", "legacyCap", "date"], value: .string("2025-13-01"), key: "dates.legacyCap.date",
            message: "found \"2025-13-01\"; expected a date YYYY-MM-DD such as 2025-12-01"),
        Bad(path: ["dates", "legacyCap", "date"], value: .number("20251201", 20251201), key: "dates.legacyCap.date",
            message: "found a number; expected a date in double quotes, YYYY-MM-DD"),
        Bad(path: ["dates", "interimWindow", "to"], value: .string("2025-07-01"), key: "dates.interimWindow.to",
            message: "to (2025-07-01) is before from (2025-08-01); expected from ≤ to"),
        Bad(path: ["dates", "transition", "source"], value: .string("MHLW website"), key: "dates.transition.source",
            message: "found source \"MHLW website\"; expected an https:// address"),
        Bad(path: ["reasons", "legacy-expired", "text", "ja"], value: .string("{insurer}の保険証は{day}で期限切れ"),
            key: "reasons.legacy-expired.text.ja", message: "unknown placeholder {day}; expected one of: {date}, {insurer}"),
        Bad(path: ["reasons", "legacy-expired", "text", "en"], value: .string("expired {date"),
            key: "reasons.legacy-expired.text.en", message: "a { or } is not matched"),
        Bad(path: ["schema"], value: .number("3", 3), key: "schema", message: "found schema 3; this program reads schema 2"),
        Bad(path: ["printedExpiryRequired", "insurers"], value: .array([JSONNode(value: .string("kokuho-x"), line: 0, column: 0)]),
            key: "printedExpiryRequired.insurers[0]",
            message: "found \"kokuho-x\"; expected one of: kyokai, senpo, kumiai, kyosai, kokuho, kokuho-kumiai, kouki, other"),
        Bad(path: ["callCenter", "weekdays", "close"], value: .string("6pm"), key: "callCenter.weekdays.close",
            message: "found \"6pm\"; expected a time HH:MM such as 08:00"),
        Bad(path: ["verdicts", "confirmed", "label", "ja"], value: .string("  "), key: "verdicts.confirmed.label.ja",
            message: "found an empty text; expected words"),
        Bad(path: ["dates", "futureDateWarning", "years"], value: .number("0", 0), key: "dates.futureDateWarning.years",
            message: "found 0; expected a whole number 1–100"),
        Bad(path: ["version"], value: .bool(true), key: "version", message: "found true/false; expected a string in double quotes"),
    ]

    @Test(arguments: bad)
    func badValues(_ b: Bad) {
        guard case .failure(let e) = load(serialize(replacing(b.path, with: b.value, in: builtInTree))) else {
            Issue.record("accepted")
            return
        }
        #expect(e.key == b.key)
        #expect(e.problem.text(.en) == b.message)
        #expect(e.line != nil)
        #expect(!e.problem.text(.ja).isEmpty)
    }

    @Test func unknownKeyIsRefusedWithItsLine() {
        let text = builtInText.replacingFirst("\"transition\": {", with: "\"transtion\": {")
        guard case .failure(let e) = load(text) else { Issue.record("accepted"); return }
        #expect(e.key == "dates.transtion")
        #expect(e.line == 7)
        #expect(e.text(.en).hasPrefix("test.json:7:18: dates.transtion: unknown key; expected one of: transition"))
    }

    @Test func syntaxErrorNamesTheLine() {
        let text = builtInText.replacingFirst("\"version\": \"2026.12-1\",", with: "\"version\": \"2026.12-1\"")
        guard case .failure(let e) = load(text) else { Issue.record("accepted"); return }
        #expect(e.line == 4)
        #expect(e.key == nil)
        #expect(e.text(.en) == "test.json:4:3: not valid JSON: expected ',' or '}' but found '\"'")
        #expect(e.text(.ja) == "test.json:4:3: JSONとして読めません: ',' か '}' のはずが'\"'です")
    }

    @Test func emptyAndGarbageFiles() {
        for text in ["", "   ", "[]", "null", "{", "\u{FEFF}{}", "{\"schema\": 1}"] {
            guard case .failure(let e) = load(text) else { Issue.record("accepted \(text)"); continue }
            #expect(!e.text(.en).isEmpty)
        }
    }

    /// The rules file and the scenario file word a bad date and an unknown value alike; only a scenario's expiry may be none.
    @Test func sharedWordsOfTheDataFiles() {
        #expect(DataFileText.badDate("2025-13-01", noneAllowed: false, .ja) == "日付「2025-13-01」が読めません（YYYY-MM-DD の形、例: 2025-12-01）")
        #expect(DataFileText.badDate("2025-13-01", noneAllowed: true, .ja)
            == "日付「2025-13-01」が読めません（YYYY-MM-DD の形、例: 2025-12-01。記載なしは none）")
        #expect(DataFileText.badDate("x", noneAllowed: true, .en) == "found \"x\"; expected a date YYYY-MM-DD such as 2025-12-01, or none")
        #expect(DataFileText.unknownValue("x", ["a", "b"], .ja) == "「x」は使えません（使える値: a, b）")
        #expect(DataFileText.unknownValue("x", ["a", "b"], .en) == "found \"x\"; expected one of: a, b")
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
