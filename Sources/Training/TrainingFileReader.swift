import Eligibility
import StrictJSON

/// Walks a scenario file's JSON tree; the first problem refuses the whole file, naming its line and key.
struct TrainingFileReader: DataFileWalker {
    typealias Problem = TrainingProblem
    typealias Field = DataField
    let file: String

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
        for item in items {
            scenarios.append(try scenario(item, idLines: &idLines))
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
        let online = try choice(o["online"]!, OnlineChecking.self)
        let date = try date(o["date"]!)
        let checkCase = try patient(o["patient"]!, visitDate: date, online: online)
        let expected = try expectation(o["expected"]!)
        return TrainingScenario(id: id, difficulty: difficulty, checkCase: checkCase, expected: expected, texts: texts)
    }

    /// What the patient holds, with exactly the details the wizard asks for those documents.
    func patient(_ f: Field, visitDate: CalendarDate, online: OnlineChecking) throws(TrainingFileError) -> CheckCase {
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
        let readerAsked = online.readsCards && holds.contains(.mynaCard)
        var reader = ReaderResult.ok
        switch (o["reader"], readerAsked) {
        case (let given?, true): reader = try choice(given, ReaderResult.self)
        case (let given?, false): throw fail(given, .readerNotAsked)
        case (nil, true):
            throw missing(f, "reader", "the key \"reader\" (ok, failed or no-record), because online is "
                + "yes or app and holds lists myna-card")
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
        for item in try array(optionsField) {
            options.append(try documents(item))
        }
        let warningsField = o["warnings"]!
        var warnings: [WarningID] = []
        let allowed = TrainingExpectation.caseWarnings
        for w in try array(warningsField) {
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
        for field in try array(f) {
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
