import StrictJSON

/// Reads a rules file. Every key is checked: a missing, unknown or malformed entry refuses the whole file with the
/// file, line, key and what was expected, so rules are never half-loaded.
public enum RulesFile {
    public static let supportedSchema = 2

    /// The dates a rules file may hold: from the Gregorian calendar's start in Japan (明治6年1月1日) to 2200, so
    /// every date has an era and a patient script never reads 令和7981年.
    public static let dateRange = CalendarDate(iso: "1873-01-01")!...CalendarDate(iso: "2200-12-31")!

    public static func load(_ bytes: some Collection<UInt8>, file: String) throws(RulesFileError) -> Rules {
        var loader = Loader(file: file)
        return try loader.rules(Loader.root(bytes, file: file))
    }
}

/// Why a rules file was refused, and where.
public typealias RulesFileError = DataFileError<RulesProblem>

public enum RulesProblem: DataFileProblem {
    case unreadable(String)
    case syntax(LocalizedText)
    case missing(expected: String)
    case unknownKey(allowed: [String])
    case wrongType(expected: String, found: String)
    case badDate(found: String)
    case dateOutOfRange(found: String)
    case badTime(found: String)
    case badNumber(found: String, expected: String)
    case emptyText
    case badOrder(LocalizedText)
    case stepCountMismatch(ja: Int, en: Int)
    case badSource(found: String)
    case noProvenance
    case unknownPlaceholder(name: String, allowed: [String])
    case unclosedPlaceholder
    case unknownID(found: String, allowed: [String])
    case unsupportedSchema(found: String, supported: Int)

    public func text(_ language: Language) -> String {
        let list = DataFileText.list
        switch (self, language) {
        case (.unreadable(let why), .ja): return "ルールファイルを読めません: \(why)"
        case (.unreadable(let why), .en): return "cannot read the rules file: \(why)"
        case (.syntax(let m), _): return DataFileText.syntax(m, language)
        case (.missing(let e), _): return DataFileText.missing(e, language)
        case (.unknownKey(let allowed), _): return DataFileText.unknownKey(allowed, language)
        case (.wrongType(let e, let f), _): return DataFileText.wrongType(e, f, language)
        case (.badDate(let f), _): return DataFileText.badDate(f, noneAllowed: false, language)
        case (.dateOutOfRange(let f), .ja):
            return "日付「\(f)」は使える範囲の外です（使える範囲: \(RulesFile.dateRange.lowerBound.iso)〜\(RulesFile.dateRange.upperBound.iso)）"
        case (.dateOutOfRange(let f), .en):
            return "found \"\(f)\"; expected a date from \(RulesFile.dateRange.lowerBound.iso) to \(RulesFile.dateRange.upperBound.iso)"
        case (.badTime(let f), .ja): return "時刻「\(f)」が読めません（HH:MM の形、例: 08:00）"
        case (.badTime(let f), .en): return "found \"\(f)\"; expected a time HH:MM such as 08:00"
        case (.badNumber(let f, let e), _): return DataFileText.badNumber(f, e, language)
        case (.emptyText, _): return DataFileText.emptyText(language)
        case (.badOrder(let m), _): return m[language]
        case (.stepCountMismatch(let ja, let en), .ja): return "手順が ja に\(ja)つ、en に\(en)つあります（同じ手順を同じ数だけ）"
        case (.stepCountMismatch(let ja, let en), .en): return "ja has \(ja) steps and en has \(en); expected the same steps in both"
        case (.badSource(let f), .ja): return "出典「\(f)」は https:// で始まるアドレスではありません"
        case (.badSource(let f), .en): return "found source \"\(f)\"; expected an https:// address"
        case (.noProvenance, .ja): return "出典がありません（\"source\": \"https://…\" か \"decision\": \"…\" が必要）"
        case (.noProvenance, .en): return "has no provenance; expected \"source\": \"https://…\" or \"decision\": \"…\""
        case (.unknownPlaceholder(let n, let a), .ja): return "{\(n)} は使えません（使える差し込み: \(list(a.map { "{\($0)}" }))）"
        case (.unknownPlaceholder(let n, let a), .en): return "unknown placeholder {\(n)}; expected one of: \(list(a.map { "{\($0)}" }))"
        case (.unclosedPlaceholder, .ja): return "{ と } が対応していません"
        case (.unclosedPlaceholder, .en): return "a { or } is not matched"
        case (.unknownID(let f, let a), _): return DataFileText.unknownValue(f, a, language)
        case (.unsupportedSchema(let f, let s), _): return DataFileText.unsupportedSchema(f, s, language)
        }
    }
}

// MARK: - Walking the file

typealias Field = DataField

struct Loader: DataFileWalker {
    typealias Problem = RulesProblem
    let file: String
    var entries: [RuleEntry] = []

    init(file: String) { self.file = file }

    /// An object whose keys are exactly the ids of `ID`'s cases, in any order; each value read by `read`, in the
    /// cases' order.
    mutating func table<ID: RawRepresentable<String> & CaseIterable & Hashable, Value>(
        _ f: Field, read: (inout Loader, Field, ID) throws(RulesFileError) -> Value
    ) throws(RulesFileError) -> [ID: Value] {
        let members = try object(f, required: ID.allCases.map(\.rawValue))
        var values: [ID: Value] = [:]
        for id in ID.allCases {
            values[id] = try read(&self, members[id.rawValue]!, id)
        }
        return values
    }

    /// `steps` for each case of `ID`.
    mutating func stepsTable<ID: RawRepresentable<String> & CaseIterable & Hashable>(
        _ f: Field, allowed: Set<String>
    ) throws(RulesFileError) -> [ID: StepTexts] {
        try table(f) { (l, f, _: ID) throws(RulesFileError) in try l.steps(f, allowed: allowed) }
    }

    /// `text` for each case of `ID`, with the placeholders that case's text may use.
    mutating func textsTable<ID: RawRepresentable<String> & CaseIterable & Hashable>(
        _ f: Field, allowed: KeyPath<ID, Set<String>>
    ) throws(RulesFileError) -> [ID: Template] {
        try table(f) { (l, f, id: ID) throws(RulesFileError) in try l.text(f, allowed: id[keyPath: allowed]) }
    }

    func date(_ f: Field) throws(RulesFileError) -> CalendarDate {
        guard case .string(let s) = f.node.value else {
            throw fail(f, .wrongType(expected: "a date in double quotes, YYYY-MM-DD", found: f.node.kindName))
        }
        guard let d = CalendarDate(iso: s) else { throw fail(f, .badDate(found: s)) }
        guard RulesFile.dateRange.contains(d) else { throw fail(f, .dateOutOfRange(found: s)) }
        return d
    }

    func time(_ f: Field) throws(RulesFileError) -> Int {
        let s = try string(f)
        let parts = s.split(separator: ":")
        guard s.utf8.count == 5, parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 24 * 60
        else { throw fail(f, .badTime(found: s)) }
        return h * 60 + m
    }

    func localized(_ f: Field) throws(RulesFileError) -> LocalizedText {
        let o = try object(f, required: ["ja", "en"])
        return LocalizedText(ja: try string(o["ja"]!), en: try string(o["en"]!))
    }

    func stringList(_ f: Field) throws(RulesFileError) -> [String] {
        guard case .array(let items) = f.node.value else {
            throw fail(f, .wrongType(expected: "a list [ … ] of strings", found: f.node.kindName))
        }
        guard !items.isEmpty else { throw fail(f, .wrongType(expected: "a list with at least one item", found: "an empty list")) }
        var out: [String] = []
        for (n, item) in items.enumerated() {
            out.append(try string(Field(node: item, path: f.item(n))))
        }
        return out
    }

    func template(_ f: Field, allowed: Set<String>) throws(RulesFileError) -> Template {
        let o = try object(f, required: ["ja", "en"])
        var segs: [[Template.Segment]] = []
        for key in ["ja", "en"] {
            let field = o[key]!
            guard let s = Template.segments(try string(field)) else { throw fail(field, .unclosedPlaceholder) }
            for case .placeholder(let name) in s where !allowed.contains(name) {
                throw fail(field, .unknownPlaceholder(name: name, allowed: allowed.sorted()))
            }
            segs.append(s)
        }
        return Template(ja: segs[0], en: segs[1])
    }

    /// Checks `source` / `decision` / `note` of an entry and records it for `uketsuke rules`.
    mutating func provenance(_ f: Field, _ members: [String: Field], value: String) throws(RulesFileError) {
        let source = try members["source"].map { (s) throws(RulesFileError) -> String in
            let text = try string(s)
            guard (text.hasPrefix("https://") || text.hasPrefix("http://")), !text.contains(" "), text.count > 10 else {
                throw fail(s, .badSource(found: text))
            }
            return text
        }
        let decision = try members["decision"].map { (d) throws(RulesFileError) -> String in try string(d) }
        guard source != nil || decision != nil else { throw fail(f, .noProvenance) }
        let note = try members["note"].map { (n) throws(RulesFileError) -> String in try string(n) }
        entries.append(RuleEntry(key: f.path, value: value, note: note, source: source, decision: decision))
    }

    static let provenanceKeys = ["source", "decision", "note"]

    /// An entry of texts in both languages, one for each of `keys` in their order, with its provenance; listed under
    /// the first text's Japanese.
    mutating func sourcedTexts(_ f: Field, keys: [String]) throws(RulesFileError) -> [LocalizedText] {
        let o = try object(f, required: keys, optional: Loader.provenanceKeys)
        var texts: [LocalizedText] = []
        for key in keys {
            texts.append(try localized(o[key]!))
        }
        try provenance(f, o, value: texts[0].ja)
        return texts
    }

    mutating func dated(_ f: Field) throws(RulesFileError) -> CalendarDate {
        let o = try object(f, required: ["date"], optional: Loader.provenanceKeys)
        let d = try date(o["date"]!)
        try provenance(f, o, value: d.iso)
        return d
    }

    // MARK: The file

    mutating func rules(_ root: Field) throws(RulesFileError) -> Rules {
        let top = try object(root, required: [
            "schema", "version", "reviewedOn", "reviewedUntil", "dates", "printedExpiryRequired", "onlineChecking", "documents",
            "insurers", "verdicts", "conditions", "fallbacks", "confirmations", "reasons", "warnings", "script",
            "scriptWords", "callCenter", "portalSite",
        ], optional: ["appGuide"])
        let schemaField = top["schema"]!
        let schema = try int(schemaField, in: 0...Int(Int32.max))
        guard schema == RulesFile.supportedSchema else {
            throw fail(schemaField, .unsupportedSchema(found: String(schema), supported: RulesFile.supportedSchema))
        }
        let version = try string(top["version"]!)
        let reviewedOn = try date(top["reviewedOn"]!)
        let reviewedUntil = try date(top["reviewedUntil"]!)
        guard reviewedOn <= reviewedUntil else {
            throw fail(top["reviewedUntil"]!, .badOrder(LocalizedText(
                ja: "reviewedUntil（\(reviewedUntil.iso)）が reviewedOn（\(reviewedOn.iso)）より前です。それ以降の日付にしてください",
                en: "reviewedUntil (\(reviewedUntil.iso)) is before reviewedOn (\(reviewedOn.iso)); expected a later date")))
        }

        // Dates, caps and windows.
        let d = try object(top["dates"]!, required: ["transition", "legacyCap", "legacyCapKouki", "interimWindow",
                                                     "futureDateWarning"])
        let transition = try dated(d["transition"]!)
        let cap = try dated(d["legacyCap"]!)
        let capKouki = try dated(d["legacyCapKouki"]!)
        let windowField = d["interimWindow"]!
        let w = try object(windowField, required: ["from", "to"], optional: Loader.provenanceKeys)
        let from = try date(w["from"]!)
        let to = try date(w["to"]!)
        guard from <= to else {
            throw fail(w["to"]!, .badOrder(LocalizedText(
                ja: "to（\(to.iso)）が from（\(from.iso)）より前です。from ≤ to にしてください",
                en: "to (\(to.iso)) is before from (\(from.iso)); expected from ≤ to")))
        }
        try provenance(windowField, w, value: "\(from.iso) … \(to.iso)")
        let futureField = d["futureDateWarning"]!
        let fw = try object(futureField, required: ["years"], optional: Loader.provenanceKeys)
        let futureYears = try int(fw["years"]!, in: 1...100)
        try provenance(futureField, fw, value: "\(futureYears)")

        let pf = top["printedExpiryRequired"]!
        let po = try object(pf, required: ["insurers"], optional: Loader.provenanceKeys)
        var required: Set<InsurerType> = []
        let insurerIDs = InsurerType.allCases.map(\.id)
        for (n, id) in try stringList(po["insurers"]!).enumerated() {
            guard let t = InsurerType(rawValue: id) else {
                throw fail(Field(node: po["insurers"]!.node, path: po["insurers"]!.item(n)),
                           .unknownID(found: id, allowed: insurerIDs))
            }
            required.insert(t)
        }
        try provenance(pf, po, value: required.map(\.id).sorted().joined(separator: ", "))

        // Labels and texts.
        let onlineChecking: [OnlineChecking: ShortLabel] = try table(top["onlineChecking"]!) { (l, f, _) throws(RulesFileError) in
            let t = try l.sourcedTexts(f, keys: ["label", "short"])
            return ShortLabel(label: t[0], short: t[1])
        }
        let documents: [DocumentKind: DocumentTexts] = try table(top["documents"]!) { (l, f, _) throws(RulesFileError) in
            let t = try l.sourcedTexts(f, keys: ["label", "short", "help"])
            return DocumentTexts(label: t[0], short: t[1], help: t[2])
        }
        let insurers: [InsurerType: LocalizedText] = try table(top["insurers"]!) { (l, f, _) throws(RulesFileError) in
            try l.sourcedTexts(f, keys: ["label"])[0]
        }
        let verdicts: [Verdict: VerdictTexts] = try table(top["verdicts"]!) { (l, f, _) throws(RulesFileError) in
            let o = try l.object(f, required: ["label", "symbol"], optional: Loader.provenanceKeys)
            let t = VerdictTexts(label: try l.localized(o["label"]!), symbol: try l.string(o["symbol"]!))
            try l.provenance(f, o, value: "\(t.symbol) \(t.label.ja)")
            return t
        }
        let conditions: [Condition: StepTexts] = try stepsTable(top["conditions"]!, allowed: ["bring"])
        let fallbacks: [Fallback: StepTexts] = try stepsTable(top["fallbacks"]!, allowed: [])
        let confirmations: [ConfirmationID: StepTexts] = try stepsTable(top["confirmations"]!, allowed: [])
        let reasons: [ReasonID: Template] = try textsTable(top["reasons"]!, allowed: \.placeholders)
        let warnings: [WarningID: Template] = try textsTable(top["warnings"]!, allowed: \.placeholders)
        let script: [ScriptPartID: Template] = try textsTable(top["script"]!, allowed: \.placeholders)
        let words: [ScriptWord: LocalizedText] = try table(top["scriptWords"]!) { (l, f, _) throws(RulesFileError) in
            try l.sourcedTexts(f, keys: ["text"])[0]
        }

        // Where to ask.
        let ccField = top["callCenter"]!
        let cc = try object(ccField, required: ["name", "phone", "tollFree", "weekdays", "saturday"],
                            optional: Loader.provenanceKeys)
        let callCenter = CallCenterInfo(name: try localized(cc["name"]!), phone: try string(cc["phone"]!),
                                        tollFree: try bool(cc["tollFree"]!), weekdays: try hours(cc["weekdays"]!),
                                        saturday: try hours(cc["saturday"]!))
        try provenance(ccField, cc, value: callCenter.phone)
        let psField = top["portalSite"]!
        let ps = try object(psField, required: ["name", "url"], optional: Loader.provenanceKeys)
        let url = try string(ps["url"]!)
        guard url.hasPrefix("https://") else { throw fail(ps["url"]!, .badSource(found: url)) }
        let portal = PortalSiteInfo(name: try localized(ps["name"]!), url: url)
        try provenance(psField, ps, value: url)

        // Menu 4's pages on the マイナ資格確認アプリ: optional, so a file from before 2026.12 still loads.
        var appGuide: AppGuide?
        if let agField = top["appGuide"] {
            let ag = try object(agField, required: ["title", "sections"])
            var sections: [AppGuide.Section] = []
            for item in try array(ag["sections"]!) {
                let o = try object(item, required: ["heading", "body"], optional: Loader.provenanceKeys)
                let section = AppGuide.Section(heading: try localized(o["heading"]!), body: try localized(o["body"]!))
                try provenance(item, o, value: section.heading.ja)
                sections.append(section)
            }
            guard !sections.isEmpty else {
                throw fail(ag["sections"]!, .wrongType(expected: "a list with at least one item", found: "an empty list"))
            }
            appGuide = AppGuide(title: try localized(ag["title"]!), sections: sections)
        }

        return Rules(
            schema: schema, version: version, reviewedOn: reviewedOn, reviewedUntil: reviewedUntil,
            dates: RuleDates(transition: transition, legacyCap: cap, legacyCapKouki: capKouki,
                             interimWindow: from...to, futureWarningYears: futureYears, reviewedUntil: reviewedUntil),
            printedExpiryRequired: required, onlineChecking: onlineChecking, documents: documents, insurers: insurers, verdicts: verdicts,
            conditions: conditions, fallbacks: fallbacks, reasons: reasons, warnings: warnings, script: script,
            scriptWords: words, confirmations: confirmations,
            callCenter: callCenter, portalSite: portal, appGuide: appGuide, entries: entries)
    }

    /// A label and numbered steps; the Japanese and English lists are the same steps, so they have the same length.
    mutating func steps(_ f: Field, allowed: Set<String>) throws(RulesFileError) -> StepTexts {
        let o = try object(f, required: ["label", "steps"], optional: Loader.provenanceKeys)
        let label = try localized(o["label"]!)
        let so = try object(o["steps"]!, required: ["ja", "en"])
        let ja = try stringList(so["ja"]!)
        let en = try stringList(so["en"]!)
        guard ja.count == en.count else {
            throw fail(so["en"]!, .stepCountMismatch(ja: ja.count, en: en.count))
        }
        var steps: [Template] = []
        for (n, pair) in zip(ja, en).enumerated() {
            var segments: [[Template.Segment]] = []
            for (key, text) in [("ja", pair.0), ("en", pair.1)] {
                let item = Field(node: so[key]!.node, path: so[key]!.item(n))
                guard let seg = Template.segments(text) else { throw fail(item, .unclosedPlaceholder) }
                for case .placeholder(let name) in seg where !allowed.contains(name) {
                    throw fail(item, .unknownPlaceholder(name: name, allowed: allowed.sorted()))
                }
                segments.append(seg)
            }
            steps.append(Template(ja: segments[0], en: segments[1]))
        }
        let t = StepTexts(label: label, steps: steps)
        try provenance(f, o, value: label.ja)
        return t
    }

    mutating func text(_ f: Field, allowed: Set<String>) throws(RulesFileError) -> Template {
        let o = try object(f, required: ["text"], optional: Loader.provenanceKeys)
        let t = try template(o["text"]!, allowed: allowed)
        try provenance(f, o, value: t.render(.ja))
        return t
    }

    func hours(_ f: Field) throws(RulesFileError) -> OpeningHours {
        let o = try object(f, required: ["open", "close"])
        let open = try time(o["open"]!)
        let close = try time(o["close"]!)
        guard open < close else {
            throw fail(o["close"]!, .badOrder(LocalizedText(
                ja: "close は open より後の時刻にしてください（例: \"open\": \"08:00\", \"close\": \"18:00\"）",
                en: "close must be after open; expected e.g. \"open\": \"08:00\", \"close\": \"18:00\"")))
        }
        return OpeningHours(open: open, close: close)
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode, including the ideographic space).
    public var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
