import StrictJSON

/// What a new rules file changes (`uketsuke rules diff OLD NEW`): every value of the file that differs, and the
/// situations whose answer differs when both rule sets decide the same cases.
public struct RulesDiff: Sendable {
    /// One value of the file that was added, removed or changed, by its path (`dates.interimWindow.to`).
    public struct FileChange: Hashable, Sendable {
        public let path: String
        /// The value as written in the old file; nil when the new file added it.
        public let old: String?
        /// The value as written in the new file; nil when the new file removed it.
        public let new: String?
    }

    /// What both rule sets compare: everything a receptionist acts on. W-rules-stale is left out: it is about the
    /// file's age on the day it is used, not about the patient.
    public struct Answer: Hashable, Sendable {
        public let verdict: Verdict
        public let use: [DocumentKind]
        public let condition: Condition?
        public let options: [[DocumentKind]]
        public let warnings: [WarningID]

        init(_ d: Decision) {
            verdict = d.verdict
            use = d.use
            condition = d.condition
            options = d.options
            warnings = d.warnings.filter { $0 != .rulesStale }
        }
    }

    /// Cases that change alike: the same facility state, the same documents held, the same two answers. The visit
    /// dates they were found on run from `firstDate` to `lastDate` (some dates between may not be in the grid).
    public struct Situation: Hashable, Sendable {
        public let online: OnlineChecking
        public let holds: DocumentSet
        public let old: Answer
        public let new: Answer
        public internal(set) var firstDate: CalendarDate
        public internal(set) var lastDate: CalendarDate
        /// The first case found, to run again with `uketsuke check`.
        public let example: CheckCase
        /// How many cases of the grid fell in this situation.
        public internal(set) var cases: Int
    }

    public let oldVersion: String
    public let newVersion: String
    public let fileChanges: [FileChange]
    public let situations: [Situation]
    /// How many cases both rule sets decided.
    public let casesCompared: Int

    /// Compares two rules files: `oldTree`/`newTree` are the files as parsed JSON, `old`/`new` as loaded rules.
    public init(old: Rules, oldTree: JSONNode, new: Rules, newTree: JSONNode) {
        oldVersion = old.version
        newVersion = new.version
        fileChanges = Self.changes(oldTree, newTree)
        var found: [Key: Situation] = [:]
        var order: [Key] = []
        var compared = 0
        for c in Self.grid(old.dates, new.dates, printedExpiryRequired: old.printedExpiryRequired.union(new.printedExpiryRequired)) {
            compared += 1
            let a = Answer(Eligibility.decide(c, dates: old.dates, today: c.visitDate))
            let b = Answer(Eligibility.decide(c, dates: new.dates, today: c.visitDate))
            guard a != b else { continue }
            let key = Key(online: c.online, holds: c.holds, old: a, new: b)
            if var s = found[key] {
                s.firstDate = min(s.firstDate, c.visitDate)
                s.lastDate = max(s.lastDate, c.visitDate)
                s.cases += 1
                found[key] = s
            } else {
                order.append(key)
                found[key] = Situation(online: c.online, holds: c.holds, old: a, new: b, firstDate: c.visitDate,
                                       lastDate: c.visitDate, example: c, cases: 1)
            }
        }
        // By first date, then facility state, then documents, then the order found: the same output every run.
        situations = order.enumerated().map { ($0.offset, found[$0.element]!) }.sorted { a, b in
            let (i, x) = a, (j, y) = b
            if x.firstDate != y.firstDate { return x.firstDate < y.firstDate }
            if x.online != y.online { return x.online.rawValue < y.online.rawValue }
            if x.holds != y.holds { return x.holds.rawValue < y.holds.rawValue }
            return i < j
        }.map(\.1)
        casesCompared = compared
    }

    private struct Key: Hashable {
        let online: OnlineChecking
        let holds: DocumentSet
        let old: Answer
        let new: Answer
    }

    // MARK: The file's values

    static func changes(_ a: JSONNode, _ b: JSONNode) -> [FileChange] {
        var out: [FileChange] = []
        walk(a, b, path: "", into: &out)
        return out
    }

    private static func walk(_ a: JSONNode?, _ b: JSONNode?, path: String, into out: inout [FileChange]) {
        switch (a?.value, b?.value) {
        case (.object(let x)?, .object(let y)?):
            let old = Dictionary(x.map { ($0.key, $0.node) }, uniquingKeysWith: { first, _ in first })
            let new = Dictionary(y.map { ($0.key, $0.node) }, uniquingKeysWith: { first, _ in first })
            // The new file's order, then what only the old file had.
            let keys = y.map(\.key) + x.map(\.key).filter { new[$0] == nil }
            for key in keys { walk(old[key], new[key], path: path.isEmpty ? key : path + "." + key, into: &out) }
        case (.array(let x)?, .array(let y)?):
            for i in 0..<max(x.count, y.count) {
                walk(i < x.count ? x[i] : nil, i < y.count ? y[i] : nil, path: "\(path)[\(i)]", into: &out)
            }
        case (.object(let x)?, nil):
            for m in x { walk(m.node, nil, path: path + "." + m.key, into: &out) }
        case (nil, .object(let y)?):
            for m in y { walk(nil, m.node, path: path.isEmpty ? m.key : path + "." + m.key, into: &out) }
        case (.array(let x)?, nil):
            for (i, item) in x.enumerated() { walk(item, nil, path: "\(path)[\(i)]", into: &out) }
        case (nil, .array(let y)?):
            for (i, item) in y.enumerated() { walk(nil, item, path: "\(path)[\(i)]", into: &out) }
        default:
            let old = a.map(leafText), new = b.map(leafText)
            if old != new { out.append(FileChange(path: path, old: old, new: new)) }
        }
    }

    /// A value as it reads in the file: strings unquoted, anything else in JSON.
    static func leafText(_ n: JSONNode) -> String {
        switch n.value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let text, _): text
        case .string(let s): s
        case .array(let items): "[" + items.map(leafText).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { "\($0.key): \(leafText($0.node))" }.joined(separator: ", ") + "}"
        }
    }

    // MARK: The grid of cases

    /// Every date either file's rules name, the day before and the day after: the only days on which an answer can
    /// start or stop changing, since every rule is "on or before / after a date".
    static func visitDates(_ a: RuleDates, _ b: RuleDates) -> [CalendarDate] {
        func named(_ d: RuleDates) -> [CalendarDate] {
            [d.transition, d.legacyCap, d.legacyCapKouki, d.interimWindow.lowerBound, d.interimWindow.upperBound]
        }
        var days = Set<CalendarDate>()
        for d in named(a) + named(b) { for offset in -1...1 { days.insert(d.adding(days: offset)) } }
        return days.sorted()
    }

    /// Every combination of facility state, documents held, reader answer and visit, and for each document the
    /// facts that matter on `visit`: insurer, printed expiry (none, the day before, the day itself), a change of
    /// insurer; an expiry of none, yesterday or today for the 資格確認書 and the お知らせ. A fact is varied only when
    /// its document is held (the reader and the visit only when a card could be read). A legacy card of an insurer
    /// whose cards carry a printed expiry always has one, as the questions require.
    public static func grid(_ a: RuleDates, _ b: RuleDates, printedExpiryRequired: Set<InsurerType> = []) -> [CheckCase] {
        var cases: [CheckCase] = []
        for visit in visitDates(a, b) {
            let expiries: [CalendarDate?] = [nil, visit.adding(days: -1), visit]
            for online in OnlineChecking.allCases {
                for mask in 0..<(1 << DocumentKind.allCases.count) {
                    let held = Set(DocumentKind.allCases.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
                    var partial = [CheckCase(visitDate: visit, online: online)]
                    func vary(_ transform: (CheckCase) -> [CheckCase]) { partial = partial.flatMap(transform) }
                    if held.contains(.mynaCard) {
                        vary { c in
                            var c = c
                            c.mynaCard = true
                            guard online.readsCards else { return [c] }
                            let answers: [(ReaderResult, VisitKind)] = [(.ok, .first)]
                                + [ReaderResult.failed, .noRecord].flatMap { r in VisitKind.allCases.map { (r, $0) } }
                            return answers.map { r, v in
                                var x = c
                                x.reader = r
                                x.visit = v
                                return x
                            }
                        }
                    }
                    if held.contains(.legacyCard) {
                        vary { c in
                            InsurerType.allCases.flatMap { insurer in
                                expiries.filter { $0 != nil || !printedExpiryRequired.contains(insurer) }.flatMap { expiry in
                                    [false, true].map { changed in
                                        var x = c
                                        x.legacyCard = LegacyCard(insurer: insurer, printedExpiry: expiry, insurerChanged: changed)
                                        return x
                                    }
                                }
                            }
                        }
                    }
                    if held.contains(.certificate) {
                        vary { c in expiries.map { e in var x = c; x.certificate = EligibilityCertificate(expiry: e); return x } }
                    }
                    if held.contains(.notice) {
                        vary { c in expiries.map { e in var x = c; x.notice = QualificationNotice(expiry: e); return x } }
                    }
                    if held.contains(.portal) {
                        vary { c in var x = c; x.portal = true; return [x] }
                    }
                    cases += partial
                }
            }
        }
        return cases
    }
}
