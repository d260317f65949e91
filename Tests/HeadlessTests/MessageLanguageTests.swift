import BundledResources
import Eligibility
import Headless
import StrictJSON
import Testing

/// Every message built from parts is in one language: a Japanese message has no English words (only ids, keys and
/// JSON literals, and the values quoted from the input), an English one no Japanese outside quoted values.
@Suite struct MessageLanguageTests {
    static let rulesText = String(decoding: Array(BundledResources.rules), as: UTF8.self)

    /// Words a Japanese message may hold: ids and keys scripts type, JSON literals, date notation.
    static let machineWords: Set<String> = {
        var w: Set<String> = ["yes", "no", "none", "true", "false", "null", "id", "JSON", "MiB", "YYYY-MM-DD", "R", "H", "HH",
                              "MM", "schema", "reviewedOn", "reviewedUntil", "from", "to", "open", "close"]
        w.formUnion(CaseField.allCases.map(\.jsonKey))
        w.formUnion(DocumentKind.allCases.map(\.id))
        w.formUnion(InsurerType.allCases.map(\.id))
        w.formUnion(ReaderResult.allCases.map(\.rawValue))
        w.formUnion(VisitKind.allCases.map(\.rawValue))
        w.formUnion(OnlineChecking.allCases.map(\.id))
        return w
    }()

    /// The message without the spans quoted from the input: "…", 「…」.
    static func unquoted(_ s: String) -> String {
        var out = ""
        var closing: Character?
        for c in s {
            if let end = closing {
                if c == end { closing = nil }
                continue
            }
            switch c {
            case "\"": closing = "\""
            case "「": closing = "」"
            default: out.append(c)
            }
        }
        return out
    }

    static func englishWords(in ja: String) -> [String] {
        unquoted(ja).split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0 == "-")) })
            .map(String.init).filter { $0.contains(where: \.isLetter) && !machineWords.contains($0) }
    }

    static func japanese(in en: String) -> [Character] {
        unquoted(en.replacingOccurrences(of: DateInput.acceptedForms(.en), with: "")).filter { c in
            c.unicodeScalars.contains { (0x3000...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) }
        }
    }

    /// Rules files with one bad value each: every type mismatch and bad value the rules reader reports.
    static let rulesEdits: [(String, String)] = [
        ("\"schema\": 2", "\"schema\": \"2\""),
        ("\"schema\": 2", "\"schema\": 2.5"),
        ("\"schema\": 2", "\"schema\": 3"),
        ("\"years\": 1", "\"years\": 500"),
        ("\"years\": 1", "\"years\": {}"),
        ("\"tollFree\": true", "\"tollFree\": \"yes\""),
        ("\"tollFree\": true", "\"tollFree\": []"),
        ("\"tollFree\": true", "\"tollFree\": null"),
        ("\"date\": \"2025-12-01\"", "\"date\": 20251201"),
        ("\"date\": \"2025-12-01\"", "\"date\": false"),
        ("\"date\": \"2025-12-01\"", "\"date\": \"2025-13-01\""),
        ("\"date\": \"2025-12-01\"", "\"date\": \"9999-12-01\""),
        ("\"version\": \"2026.12-1\"", "\"version\": \"\""),
        ("\"version\": \"2026.12-1\"", "\"version\": 7"),
        ("\"version\": \"2026.12-1\",", ""),
        ("\"insurers\": [\n      \"kokuho\",\n      \"kokuho-kumiai\",\n      \"kouki\"\n    ]", "\"insurers\": []"),
        ("\"insurers\": [\n      \"kokuho\",\n      \"kokuho-kumiai\",\n      \"kouki\"\n    ]", "\"insurers\": \"kokuho\""),
        ("\"insurers\": [\n      \"kokuho\",", "\"insurers\": [\n      \"kokuhoo\","),
        // Dates and times out of order, and JSON that is not JSON.
        ("\"reviewedUntil\": \"2027-07-31\"", "\"reviewedUntil\": \"2026-01-01\""),
        ("\"to\": \"2026-07-31\"", "\"to\": \"2025-07-01\""),
        ("\"close\": \"18:00\"", "\"close\": \"07:00\""),
        ("\"schema\": 2", "\"schema\": 2,,"),
        ("\"schema\": 2", "\"schema\": 02"),
        ("\"schema\": 2", "\"schema\": tru"),
    ]

    @Test(arguments: rulesEdits)
    func rulesFileMessages(_ old: String, _ new: String) throws {
        let text = Self.rulesText.replacingOccurrences(of: old, with: new)
        #expect(text != Self.rulesText)
        do {
            _ = try RulesFile.load(Array(text.utf8), file: "rules.json")
            Issue.record("accepted: \(new)")
        } catch {
            let ja = error.problem.text(.ja)
            let en = error.problem.text(.en)
            #expect(Self.englishWords(in: ja).isEmpty, "\(ja)")
            #expect(Self.japanese(in: en).isEmpty, "\(en)")
        }
    }

    /// Batch lines with one bad value each: every type mismatch and bad value the batch reader reports.
    static let batchLines = [
        #"{"date":true}"#, #"{"date":"2025-02-30"}"#, #"{"date":"R0.8.1"}"#, #"{"online":["x"]}"#, #"{"online":"maybe"}"#,
        #"{"reader":5}"#, #"{"reader":"x"}"#, #"{"holds":5}"#, #"{"holds":[1]}"#, #"{"holds":{}}"#, #"{"holds":true}"#,
        #"{"holds":["card"]}"#, #"{"holds":["legacy-card"]}"#, #"{"holds":["legacy-card"],"insurer":"zzz"}"#,
        #"{"holds":["legacy-card"],"insurer":"0613048"}"#, #"{"holds":["legacy-card"],"insurer":"06130487"}"#,
        #"{"holds":["legacy-card"],"insurer":"kouki"}"#, #"{"holds":["legacy-card"],"insurer":"kyokai","insurerChanged":"y"}"#,
        #"{"holds":["legacy-card"],"insurer":"kyokai","legacyExpiry":"13/1/2026"}"#, #"{"visit":"again"}"#, #"{"id":true}"#,
        #"{"colour":1}"#, #"["a"]"#, #"{"holds":["certificate"],"certificateExpiry":7}"#,
        // Not JSON: the reader's own messages.
        "not json", #"{"date":"2025-08-05",}"#, #"{"date" "2025-08-05"}"#, #"{"reader":01}"#, #"{"holds":["notice"]"#,
    ]

    /// English messages whose Japanese comes from Eligibility texts outside the headless readers (to be fixed
    /// there; the known issue turns into a failure once they are).
    static let knownJapaneseInEnglish: [String: String] = [:]

    @Test(arguments: batchLines)
    func batchMessages(_ line: String) throws {
        for language in [Language.ja, .en] {
            let (out, summary) = runBatch(line + "\n", language: language)
            #expect(summary.unreadable == 1, "\(line) was read")
            guard case .string(let message)? = member(try JSONReader.parse(String(out.trimmingSpaces)), "error")?.value else {
                Issue.record("no error for \(line): \(out)")
                continue
            }
            if language == .ja {
                #expect(Self.englishWords(in: message).isEmpty, "\(message)")
            } else if let known = Self.knownJapaneseInEnglish[line] {
                withKnownIssue(Comment(rawValue: known)) { #expect(Self.japanese(in: message).isEmpty, "\(message)") }
            } else {
                #expect(Self.japanese(in: message).isEmpty, "\(message)")
            }
        }
    }
}
