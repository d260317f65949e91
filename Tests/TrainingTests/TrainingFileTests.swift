import BundledResources
import Eligibility
import JSONTestSupport
import StrictJSON
import Testing
import Training

/// One scenario, one key per line, so a test can name the line its change is on (the id is on line 6).
let minimalScenario = """
        {
          "id": "myna-read",
          "difficulty": 1,
          "title": { "ja": "読み取れた", "en": "It reads" },
          "story": { "ja": "30代の男性が来院されました。カードが読めました。", "en": "A man visits. The card reads." },
          "online": "yes",
          "date": "2026-11-24",
          "patient": { "holds": ["myna-card"], "reader": "ok", "visit": "first" },
          "expected": { "verdict": "confirmed", "path": 1, "use": ["myna-card"], "condition": null, "options": [], "warnings": [] },
          "explanation": { "ja": "カードを読み取れたので確認できました。", "en": "The card was read, so eligibility is confirmed." },
          "point": { "ja": "読めれば十分です。", "en": "A card that reads is enough." }
        }
    """

/// A file of the given scenarios; the first scenario starts on line 5, each takes 12 lines.
func trainingFile(_ scenarios: [String] = [minimalScenario], schema: String = "2") -> String {
    """
    {
      "schema": \(schema),
      "version": "test",
      "scenarios": [
    \(scenarios.joined(separator: ",\n"))
      ]
    }
    """
}

/// One malformed file and the error it must give.
struct MalformedFile: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let line: Int?
    let key: String?
    let problem: TrainingProblem
    var testDescription: String { name }

    init(_ name: String, replacing old: String, with new: String, line: Int?, key: String?, _ problem: TrainingProblem) {
        precondition(minimalScenario.contains(old), "\(name): \(old) is not in the minimal scenario")
        self.init(name, trainingFile([minimalScenario.replacingOccurrences(of: old, with: new)]), line: line, key: key,
                  problem)
    }

    init(_ name: String, _ text: String, line: Int?, key: String?, _ problem: TrainingProblem) {
        self.name = name
        self.text = text
        self.line = line
        self.key = key
        self.problem = problem
    }
}

extension String {
    /// Swift's standard library has no replace-all without Foundation.
    func replacingOccurrences(of old: String, with new: String) -> String {
        split(separator: old, omittingEmptySubsequences: false).joined(separator: new)
    }
}

let malformedFiles: [MalformedFile] = [
    MalformedFile("trailing comma", replacing: #""first" }"#, with: #""first", }"#, line: 12, key: nil,
                  .syntax(LocalizedText(ja: "'}' の前にコンマは置けません", en: "a comma before '}' is not allowed"))),
    MalformedFile("unknown key", replacing: #""difficulty": 1,"#, with: #""difficulty": 1, "colour": "red","#,
                  line: 7, key: "scenarios[0].colour",
                  .unknownKey(allowed: ["id", "difficulty", "title", "story", "online", "date", "patient", "expected",
                                        "explanation", "point"])),
    MalformedFile("missing story", replacing: #""story": { "ja": "30代の男性が来院されました。カードが読めました。", "en": "A man visits. The card reads." },"#,
                  with: "", line: 5, key: "scenarios[0].story", .missing(expected: #"the key "story""#)),
    MalformedFile("missing English title", replacing: #", "en": "It reads""#, with: "", line: 8,
                  key: "scenarios[0].title.en", .missing(expected: #"the key "en""#)),
    MalformedFile("bad date", replacing: "2026-11-24", with: "2025-02-30", line: 11, key: "scenarios[0].date",
                  .badDate(found: "2025-02-30", noneAllowed: false)),
    MalformedFile("Japanese date form", replacing: "2026-11-24", with: "令和8年11月24日", line: 11,
                  key: "scenarios[0].date", .badDate(found: "令和8年11月24日", noneAllowed: false)),
    MalformedFile("bad id", replacing: #""myna-read""#, with: #""Myna Read""#, line: 6, key: "scenarios[0].id",
                  .badID(found: "Myna Read")),
    MalformedFile("id with a double hyphen", replacing: #""myna-read""#, with: #""myna--read""#, line: 6,
                  key: "scenarios[0].id", .badID(found: "myna--read")),
    MalformedFile("duplicate id", trainingFile([minimalScenario, minimalScenario]), line: 18, key: "scenarios[1].id",
                  .duplicateID(found: "myna-read", firstLine: 6)),
    MalformedFile("half-width katakana", replacing: "読み取れた", with: "ｶｰﾄﾞOK", line: 8, key: "scenarios[0].title.ja",
                  .halfWidthKatakana(found: "ｶｰﾄﾞ")),
    MalformedFile("empty text", replacing: #""読めれば十分です。""#, with: #"" ""#, line: 15, key: "scenarios[0].point.ja",
                  .emptyText),
    MalformedFile("certificate details without the certificate", replacing: #""visit": "first" }"#,
                  with: #""visit": "first", "certificate": { "expiry": "none" } }"#, line: 12,
                  key: "scenarios[0].patient.certificate", .notHeld(document: "certificate")),
    MalformedFile("certificate without its details", replacing: #"["myna-card"], "reader""#,
                  with: #"["myna-card", "certificate"], "reader""#, line: 12, key: "scenarios[0].patient.certificate",
                  .missing(expected: #"the key "certificate", because holds lists certificate"#)),
    MalformedFile("reader at a facility without online checking", replacing: #""online": "yes""#,
                  with: #""online": "no""#, line: 12, key: "scenarios[0].patient.reader", .readerNotAsked),
    MalformedFile("no reader where the wizard asks it", replacing: #""reader": "ok", "#, with: "", line: 12,
                  key: "scenarios[0].patient.reader",
                  .missing(expected: #"the key "reader" (ok, failed or no-record), because online is yes or app and holds lists myna-card"#)),
    MalformedFile("unknown reader result", replacing: #""reader": "ok""#, with: #""reader": "broken""#, line: 12,
                  key: "scenarios[0].patient.reader",
                  .unknownValue(found: "broken", allowed: ["ok", "failed", "no-record"])),
    MalformedFile("document held twice", replacing: #"["myna-card"], "reader""#,
                  with: #"["myna-card", "myna-card"], "reader""#, line: 12, key: "scenarios[0].patient.holds[1]",
                  .duplicateValue(found: "myna-card")),
    MalformedFile("unknown verdict", replacing: #""verdict": "confirmed""#, with: #""verdict": "ok""#, line: 13,
                  key: "scenarios[0].expected.verdict",
                  .unknownValue(found: "ok", allowed: ["confirmed", "conditional", "not-confirmed"])),
    MalformedFile("path out of range", replacing: #""path": 1"#, with: #""path": 10"#, line: 13,
                  key: "scenarios[0].expected.path", .badNumber(found: "10", expected: "a whole number 1–9")),
    MalformedFile("a warning that depends on the clock", replacing: #""warnings": []"#,
                  with: #""warnings": ["W-future-date"]"#, line: 13, key: "scenarios[0].expected.warnings[0]",
                  .unknownValue(found: "W-future-date",
                                allowed: ["W-interim-offline", "W-before-transition", "W-cert-expiry-unread",
                                          "W-no-record-certificate"])),
    MalformedFile("difficulty out of range", replacing: #""difficulty": 1"#, with: #""difficulty": 4"#, line: 7,
                  key: "scenarios[0].difficulty", .badNumber(found: "4", expected: "a whole number 1–3")),
    MalformedFile("online as a boolean", replacing: #""online": "yes""#, with: #""online": true"#, line: 10,
                  key: "scenarios[0].online", .wrongType(expected: "a string in double quotes", found: "true/false")),
    MalformedFile("unknown way of checking", replacing: #""online": "yes""#, with: #""online": "maybe""#, line: 10,
                  key: "scenarios[0].online", .unknownValue(found: "maybe", allowed: ["yes", "app", "no"])),
    MalformedFile("no scenarios", trainingFile([]), line: 4, key: "scenarios", .noScenarios),
    MalformedFile("newer schema", trainingFile(schema: "3"), line: 2, key: "schema",
                  .unsupportedSchema(found: "3", supported: 2)),
]

@Suite struct TrainingFileTests {
    @Test func theMinimalFileLoads() throws {
        let library = try load(trainingFile()).get()
        let s = try #require(library.scenarios.first)
        #expect(library.version == "test")
        #expect(s.id == "myna-read")
        #expect(s.difficulty == .basic)
        #expect(s.checkCase == CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .ok, visit: .first,
                                         mynaCard: true))
        #expect(s.title(.ja) == "読み取れた")
        #expect(s.title(.en) == "It reads")
        #expect(s.point(.en) == "A card that reads is enough.")
    }

    @Test func theBuiltInFileLoads() {
        let library = TrainingLibrary.builtIn
        #expect(library.schema == TrainingLibrary.supportedSchema)
        #expect(!library.version.isEmpty)
        // The examples were written for the rules in force: a new rules edition makes someone re-read them.
        #expect(library.version == Fixture.rules.version)
        #expect(library.scenario(id: "legacy-kumiai-interim-last-day")?.difficulty == .standard)
        #expect(library.scenario(id: "no-such-scenario") == nil)
    }

    @Test(arguments: malformedFiles)
    func aMalformedFileIsRefusedWithItsLineAndKey(_ m: MalformedFile) {
        guard case .failure(let e) = load(m.text) else {
            Issue.record("\(m.name): accepted")
            return
        }
        #expect(e.file == "test.json")
        #expect(e.line == m.line)
        #expect(e.key == m.key)
        #expect(e.problem == m.problem)
        #expect(!e.text(.ja).isEmpty && !e.text(.en).isEmpty)
    }

    @Test func theMessageNamesTheFileLineKeyAndWhatWasExpected() {
        let m = MalformedFile("bad date", replacing: "2026-11-24", with: "2025-02-30", line: 11, key: "scenarios[0].date",
                              .badDate(found: "2025-02-30", noneAllowed: false))
        guard case .failure(let e) = load(m.text) else {
            Issue.record("accepted")
            return
        }
        #expect(e.text(.en) == #"test.json:11:15: scenarios[0].date: found "2025-02-30"; expected a date YYYY-MM-DD such as 2025-12-01"#)
        #expect(e.text(.ja) == "test.json:11:15: scenarios[0].date: 日付「2025-02-30」が読めません（YYYY-MM-DD の形、例: 2025-12-01）")
    }

    /// Removing any key of a built-in scenario refuses the file, naming that key: no half-read scenario.
    @Test(arguments: ["legacy-kouki-interim-first-day", "certificate-expiry-unread", "myna-reader-failed-notice"])
    func everyMissingKeyIsNamed(_ id: String) throws {
        let tree = try JSONReader.parse(Array(BundledResources.trainingScenarios))
        guard case .object(let top) = tree.value, case .array(let all)? = top.first(where: { $0.key == "scenarios" })?.node.value
        else {
            Issue.record("the built-in file has no scenarios list")
            return
        }
        let node = try #require(all.first { serialize($0).contains("\"id\": \"\(id)\"") })
        for path in memberPaths(node) {
            switch load(trainingFile([serialize(removing(path, from: node))])) {
            case .success: Issue.record("accepted without \(path)")
            case .failure(let e):
                #expect(e.key == "scenarios[0]." + path.joined(separator: "."), "\(path)")
                #expect(e.problem.isMissing, "\(path): \(e.problem)")
            }
        }
    }

    /// Cut anywhere, the built-in file is refused with a line number: never a crash, never a partial library.
    @Test func aTruncatedFileIsRefusedNotCrashed() {
        let bytes = Array(BundledResources.trainingScenarios)
        for end in stride(from: 0, to: bytes.count - 2, by: 499) {
            switch load(String(decoding: bytes[..<end], as: UTF8.self)) {
            case .success: Issue.record("accepted a file cut at byte \(end)")
            case .failure(let e): #expect(e.line != nil)
            }
        }
    }
}

extension TrainingProblem {
    var isMissing: Bool { if case .missing = self { true } else { false } }
}
