import Eligibility
import StrictJSON

/// The `--json` form of a decision, one line (interface.md "Result").
public enum DecisionJSON {
    /// Appends the result object (no newline) to `out`.
    public static func append(_ d: Decision, date: CalendarDate, id: String? = nil, texts: DecisionTexts,
                              to out: inout [UInt8]) {
        func put(_ s: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        func ids(_ kinds: [DocumentKind]) {
            out.append(UInt8(ascii: "["))
            for (n, k) in kinds.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: texts.quotedID(k))
            }
            out.append(UInt8(ascii: "]"))
        }
        /// An id in quotes, or null.
        func idOrNull(_ id: String?) {
            if let id {
                put("\"")
                put(id)
                put("\"")
            } else {
                put("null")
            }
        }
        put("{")
        if let id {
            put("\"id\":")
            put(id)
            put(",")
        }
        put("\"date\":\"")
        var iso = ""
        date.appendISO(to: &iso)
        put(iso)
        put("\",\"verdict\":\"")
        put(d.verdict.rawValue)
        put("\",\"path\":")
        if let p = d.path { out.append(UInt8(ascii: "0") + UInt8(p.rawValue)) } else { put("null") }
        put(",\"use\":")
        ids(d.use)
        put(",\"condition\":")
        idOrNull(d.condition?.rawValue)
        put(",\"options\":[")
        for (n, option) in d.options.enumerated() {
            if n > 0 { put(",") }
            ids(option)
        }
        put("],\"fallback\":")
        idOrNull(d.fallback?.rawValue)
        put(",\"reasons\":[")
        for (n, r) in d.reasons.enumerated() {
            if n > 0 { put(",") }
            out.append(contentsOf: texts.quoted(r))
        }
        put("],\"warnings\":[")
        for (n, w) in d.warnings.enumerated() {
            if n > 0 { put(",") }
            out.append(contentsOf: texts.quoted(w))
        }
        put("],\"script\":")
        out.append(contentsOf: texts.quoted(d.script))
        put(",\"rules\":")
        out.append(contentsOf: texts.quotedVersion)
        put("}")
    }

    public static func line(_ d: Decision, date: CalendarDate, rules: Rules, language: Language) -> String {
        var bytes: [UInt8] = []
        append(d, date: date, texts: DecisionTexts(rules: rules, language: language), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The rules' words for decisions as ready JSON, rendered once per distinct reason: a batch repeats the same few.
/// Not thread-safe; each worker keeps its own.
public final class DecisionTexts {
    let rules: Rules
    let language: Language
    private var reasons: [Reason: [UInt8]] = [:]
    private var scripts: [[ScriptPart]: [UInt8]] = [:]
    private let warnings: [WarningID: [UInt8]]
    private let documentIDs: [DocumentKind: [UInt8]]
    let quotedVersion: [UInt8]

    public init(rules: Rules, language: Language) {
        self.rules = rules
        self.language = language
        func quoted(_ s: String) -> [UInt8] {
            var b: [UInt8] = []
            JSONWriter.appendQuoted(s, to: &b)
            return b
        }
        var w: [WarningID: [UInt8]] = [:]
        for id in WarningID.allCases {
            w[id] = Array("{\"id\":\"\(id.rawValue)\",\"text\":".utf8) + quoted(rules.text(of: id, language)) + [UInt8(ascii: "}")]
        }
        warnings = w
        documentIDs = Dictionary(uniqueKeysWithValues: DocumentKind.allCases.map { ($0, quoted($0.id)) })
        quotedVersion = quoted(rules.version)
    }

    func quoted(_ r: Reason) -> [UInt8] {
        if let hit = reasons[r] { return hit }
        var b: [UInt8] = []
        JSONWriter.appendQuoted(rules.text(of: r, language), to: &b)
        reasons[r] = b
        return b
    }

    func quoted(_ script: [ScriptPart]) -> [UInt8] {
        if let hit = scripts[script] { return hit }
        var b: [UInt8] = []
        JSONWriter.appendQuoted(rules.script(script, language), to: &b)
        scripts[script] = b
        return b
    }

    func quoted(_ w: WarningID) -> [UInt8] { warnings[w]! }
    func quotedID(_ k: DocumentKind) -> [UInt8] { documentIDs[k]! }
}
