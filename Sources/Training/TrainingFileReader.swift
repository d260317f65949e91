import Eligibility
import StrictJSON

/// Walks a scenario file's JSON tree; the first problem refuses the whole file, naming its line and key.
struct TrainingFileReader {
    let file: String

    /// A value of the file and its key path, for error messages.
    struct Field {
        let node: JSONNode
        let path: String

        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        func item(_ n: Int) -> String { "\(path)[\(n)]" }
    }

    func fail(_ f: Field, _ problem: TrainingProblem) -> TrainingFileError {
        TrainingFileError(file: file, line: f.node.line, column: f.node.column, key: f.path, problem: problem)
    }

    // MARK: The file

    func library(_ root: Field) throws(TrainingFileError) -> TrainingLibrary {
        let top = try object(root, required: ["schema", "version", "scenarios"])
        let schemaField = top["schema"]!
        let schema = try int(schemaField, in: 0...Int(Int32.max))
        guard schema == TrainingLibrary.supportedSchema else {
            throw fail(schemaField, .unsupportedSchema(found: String(schema), supported: TrainingLibrary.supportedSchema))
        }
        let version = try string(top["version"]!)
        let list = top["scenarios"]!
        let items = try array(list)
        guard !items.isEmpty else { throw fail(list, .noScenarios) }
        var idLines: [String: Int] = [:]
        var scenarios: [TrainingScenario] = []
        for (n, node) in items.enumerated() {
            scenarios.append(try scenario(Field(node: node, path: list.item(n)), idLines: &idLines))
        }
        return TrainingLibrary(schema: schema, version: version, scenarios: scenarios)
    }

    static let scenarioKeys = ["id", "difficulty", "title", "story", "online", "date", "patient", "expected",
                               "explanation", "point"]

    /// One scenario; `idLines` holds the line of every id read so far, so a repeated id names the first one.
    func scenario(_ f: Field, idLines: inout [String: Int]) throws(TrainingFileError) -> TrainingScenario {
        let o = try object(f, required: TrainingFileReader.scenarioKeys)
        let idField = o["id"]!
        let id = try scenarioID(idField)
        if let first = idLines[id] { throw fail(idField, .duplicateID(found: id, firstLine: first)) }
        idLines[id] = idField.node.line
        let difficulty = TrainingScenario.Difficulty(rawValue: try int(o["difficulty"]!, in: 1...3))!
        let texts = TrainingScenario.Texts(
            title: try localized(o["title"]!), story: try localized(o["story"]!),
            explanation: try localized(o["explanation"]!), point: try localized(o["point"]!))
        let online = try bool(o["online"]!)
        let date = try date(o["date"]!)
        let checkCase = try patient(o["patient"]!, visitDate: date, online: online)
        let expected = try expectation(o["expected"]!)
        return TrainingScenario(id: id, difficulty: difficulty, checkCase: checkCase, expected: expected, texts: texts)
    }

    /// What the patient holds, with exactly the details the wizard asks for those documents.
    func patient(_ f: Field, visitDate: CalendarDate, online: Bool) throws(TrainingFileError) -> CheckCase {
        let details: [(key: String, kind: DocumentKind)] = [
            ("legacyCard", .legacyCard), ("certificate", .certificate), ("notice", .notice),
        ]
        let o = try object(f, required: ["holds", "visit"], optional: ["reader"] + details.map(\.key))
        let holds = DocumentSet(try documents(o["holds"]!))
        let visit = try choice(o["visit"]!, VisitKind.self)
        for (key, kind) in details {
            if holds.contains(kind), o[key] == nil {
                throw missing(f, key, "the key \"\(key)\", because holds lists \(kind.id)")
            }
            if let given = o[key], !holds.contains(kind) { throw fail(given, .notHeld(document: kind.id)) }
        }
        let readerAsked = online && holds.contains(.mynaCard)
        var reader = ReaderResult.ok
        switch (o["reader"], readerAsked) {
        case (let given?, true): reader = try choice(given, ReaderResult.self)
        case (let given?, false): throw fail(given, .readerNotAsked)
        case (nil, true):
            throw missing(f, "reader", "the key \"reader\" (ok, failed or no-record), because online is true and "
                + "holds lists myna-card")
        case (nil, false): break
        }
        var c = CheckCase(visitDate: visitDate, online: online, reader: reader, visit: visit,
                          mynaCard: holds.contains(.mynaCard), portal: holds.contains(.portal))
        if let lf = o["legacyCard"] {
            let card = try object(lf, required: ["insurer", "printedExpiry", "insurerChanged"])
            c.legacyCard = LegacyCard(insurer: try choice(card["insurer"]!, InsurerType.self),
                                      printedExpiry: try expiry(card["printedExpiry"]!),
                                      insurerChanged: try bool(card["insurerChanged"]!))
        }
        if let cf = o["certificate"] {
            c.certificate = EligibilityCertificate(expiry: try expiry(try object(cf, required: ["expiry"])["expiry"]!))
        }
        if let nf = o["notice"] {
            c.notice = QualificationNotice(expiry: try expiry(try object(nf, required: ["expiry"])["expiry"]!))
        }
        return c
    }

    func expectation(_ f: Field) throws(TrainingFileError) -> TrainingExpectation {
        let o = try object(f, required: ["verdict", "path", "use", "condition", "options", "warnings"])
        let verdict = try choice(o["verdict"]!, Verdict.self)
        let path = try nullable(o["path"]!) { (p) throws(TrainingFileError) -> DecisionPath in
            DecisionPath(rawValue: try int(p, in: 1...DecisionPath.allCases.count))!
        }
        let use = try documents(o["use"]!)
        let condition = try nullable(o["condition"]!) { (c) throws(TrainingFileError) -> Condition in
            try choice(c, Condition.self)
        }
        let optionsField = o["options"]!
        var options: [[DocumentKind]] = []
        for (n, item) in try array(optionsField).enumerated() {
            options.append(try documents(Field(node: item, path: optionsField.item(n))))
        }
        let warningsField = o["warnings"]!
        var warnings: [WarningID] = []
        let allowed = TrainingExpectation.caseWarnings
        for (n, item) in try array(warningsField).enumerated() {
            let w = Field(node: item, path: warningsField.item(n))
            let id = try string(w)
            guard let warning = allowed.first(where: { $0.rawValue == id }) else {
                throw fail(w, .unknownValue(found: id, allowed: allowed.map(\.rawValue)))
            }
            guard !warnings.contains(warning) else { throw fail(w, .duplicateValue(found: id)) }
            warnings.append(warning)
        }
        return TrainingExpectation(verdict: verdict, path: path, use: use, condition: condition, options: options,
                                   warnings: warnings)
    }

    // MARK: Values

    /// The members of an object, after checking that every required key is there and no other key is.
    func object(_ f: Field, required: [String], optional: [String] = []) throws(TrainingFileError) -> [String: Field] {
        guard case .object(let members) = f.node.value else {
            throw fail(f, .wrongType(expected: "an object { … }", found: f.node.kindName))
        }
        var out: [String: Field] = [:]
        let allowed = required + optional
        for m in members {
            let field = Field(node: m.node, path: f.child(m.key))
            guard allowed.contains(m.key) else { throw fail(field, .unknownKey(allowed: allowed)) }
            out[m.key] = field
        }
        for key in required where out[key] == nil {
            throw missing(f, key, "the key \"\(key)\"")
        }
        return out
    }

    /// A required key is missing: the error points at the object that lacks it.
    func missing(_ f: Field, _ key: String, _ expected: String) -> TrainingFileError {
        TrainingFileError(file: file, line: f.node.line, column: f.node.column, key: f.child(key),
                          problem: .missing(expected: expected))
    }

    func array(_ f: Field) throws(TrainingFileError) -> [JSONNode] {
        guard case .array(let items) = f.node.value else {
            throw fail(f, .wrongType(expected: "a list [ … ]", found: f.node.kindName))
        }
        return items
    }

    func string(_ f: Field) throws(TrainingFileError) -> String {
        guard case .string(let s) = f.node.value else {
            throw fail(f, .wrongType(expected: "a string in double quotes", found: f.node.kindName))
        }
        guard !s.trimmingSpaces.isEmpty else { throw fail(f, .emptyText) }
        return s
    }

    /// A text for people: half-width katakana would break the screen's alignment and the house style.
    func text(_ f: Field) throws(TrainingFileError) -> String {
        let s = try string(f)
        if let start = s.unicodeScalars.firstIndex(where: TrainingFileReader.isHalfWidthKatakana) {
            let run = s.unicodeScalars[start...].prefix(while: TrainingFileReader.isHalfWidthKatakana)
            throw fail(f, .halfWidthKatakana(found: String(String.UnicodeScalarView(run))))
        }
        return s
    }

    /// U+FF61…U+FF9F: the half-width katakana and their punctuation.
    static func isHalfWidthKatakana(_ u: Unicode.Scalar) -> Bool { (0xFF61...0xFF9F).contains(u.value) }

    func localized(_ f: Field) throws(TrainingFileError) -> LocalizedText {
        let o = try object(f, required: ["ja", "en"])
        return LocalizedText(ja: try text(o["ja"]!), en: try text(o["en"]!))
    }

    func int(_ f: Field, in range: ClosedRange<Int>) throws(TrainingFileError) -> Int {
        let expected = "a whole number \(range.lowerBound)–\(range.upperBound)"
        guard case .number(let written, _) = f.node.value else {
            throw fail(f, .wrongType(expected: expected, found: f.node.kindName))
        }
        guard let i = Int(written), range.contains(i) else { throw fail(f, .badNumber(found: written, expected: expected)) }
        return i
    }

    func bool(_ f: Field) throws(TrainingFileError) -> Bool {
        guard case .bool(let b) = f.node.value else {
            throw fail(f, .wrongType(expected: "true or false", found: f.node.kindName))
        }
        return b
    }

    func date(_ f: Field) throws(TrainingFileError) -> CalendarDate {
        guard case .string(let s) = f.node.value else {
            throw fail(f, .wrongType(expected: "a date in double quotes, YYYY-MM-DD", found: f.node.kindName))
        }
        guard let d = TrainingFileReader.handledDate(s) else { throw fail(f, .badDate(found: s, noneAllowed: false)) }
        return d
    }

    /// A printed expiry: a date, or `none` when nothing is printed or it could not be read (rules.md §1).
    func expiry(_ f: Field) throws(TrainingFileError) -> CalendarDate? {
        guard case .string(let s) = f.node.value else {
            throw fail(f, .wrongType(expected: "a date YYYY-MM-DD or \"none\" in double quotes", found: f.node.kindName))
        }
        if s == "none" { return nil }
        guard let d = TrainingFileReader.handledDate(s) else { throw fail(f, .badDate(found: s, noneAllowed: true)) }
        return d
    }

    /// `YYYY-MM-DD` within the dates the product handles (明治6年 to 2200).
    static func handledDate(_ text: String) -> CalendarDate? {
        guard let d = CalendarDate(iso: text), (CalendarDate.earliest...CalendarDate.latest).contains(d) else { return nil }
        return d
    }

    /// Lower-case ASCII words joined by single hyphens, starting with a letter: safe on a command line and in a log.
    func scenarioID(_ f: Field) throws(TrainingFileError) -> String {
        let s = try string(f)
        func isLetter(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        let words = s.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let wellFormed = s.utf8.count <= 48 && s.utf8.first.map(isLetter) == true
            && words.allSatisfy { !$0.isEmpty && $0.allSatisfy { isLetter($0) || isDigit($0) } }
        guard wellFormed else { throw fail(f, .badID(found: s)) }
        return s
    }

    /// One of an enumeration's ids, e.g. `kouki` or `no-record`.
    func choice<T: RawRepresentable & CaseIterable>(_ f: Field, _ type: T.Type) throws(TrainingFileError) -> T
        where T.RawValue == String
    {
        let s = try string(f)
        guard let v = T(rawValue: s) else { throw fail(f, .unknownValue(found: s, allowed: T.allCases.map(\.rawValue))) }
        return v
    }

    /// A list of document ids, each at most once, in the order written.
    func documents(_ f: Field) throws(TrainingFileError) -> [DocumentKind] {
        var out: [DocumentKind] = []
        for (n, item) in try array(f).enumerated() {
            let field = Field(node: item, path: f.item(n))
            let kind = try choice(field, DocumentKind.self)
            guard !out.contains(kind) else { throw fail(field, .duplicateValue(found: kind.id)) }
            out.append(kind)
        }
        return out
    }

    func nullable<T>(_ f: Field, _ read: (Field) throws(TrainingFileError) -> T) throws(TrainingFileError) -> T? {
        if case .null = f.node.value { return nil }
        return try read(f)
    }
}
