import Eligibility

/// The inputs of one check, by the names scripts use (`--legacy-expiry`, `legacyExpiry`).
public enum CaseField: Int, CaseIterable, Sendable {
    case date, online, reader, holds, insurer, legacyExpiry, insurerChanged, certificateExpiry, noticeExpiry, visit

    /// The batch JSON key.
    public var jsonKey: String {
        switch self {
        case .date: "date"
        case .online: "online"
        case .reader: "reader"
        case .holds: "holds"
        case .insurer: "insurer"
        case .legacyExpiry: "legacyExpiry"
        case .insurerChanged: "insurerChanged"
        case .certificateExpiry: "certificateExpiry"
        case .noticeExpiry: "noticeExpiry"
        case .visit: "visit"
        }
    }

    public init?(jsonKey: String) {
        guard let f = CaseField.allCases.first(where: { $0.jsonKey == jsonKey }) else { return nil }
        self = f
    }

    /// The command-line flag.
    public var flag: String {
        switch self {
        case .legacyExpiry: "--legacy-expiry"
        case .insurerChanged: "--insurer-changed"
        case .certificateExpiry: "--certificate-expiry"
        case .noticeExpiry: "--notice-expiry"
        default: "--\(jsonKey)"
        }
    }
}

/// A field's value as given, before it is checked.
public enum RawValue: Sendable, Equatable {
    case text(String)
    case list([String])
    case bool(Bool)
    /// JSON null: "none" for expiries, "not given" for the rest.
    case null

    /// The value as the person wrote it, for messages.
    public var shown: String {
        switch self {
        case .text(let s): "\"\(s)\""
        case .list(let l): "[" + l.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        }
    }
}

/// The fields of one check as given by a person or a script. Absent fields take the defaults.
public struct CaseInput: Sendable, Equatable {
    /// One slot per field, kept inline: a batch builds one of these per line.
    var values: InlineArray<10, RawValue?> = .init(repeating: nil)

    public init(_ given: [CaseField: RawValue] = [:]) {
        for (field, value) in given { values[field.rawValue] = value }
    }

    public subscript(_ field: CaseField) -> RawValue? {
        get { values[field.rawValue] }
        set { values[field.rawValue] = newValue }
    }

    public static func == (a: CaseInput, b: CaseInput) -> Bool {
        CaseField.allCases.allSatisfy { a[$0] == b[$0] }
    }
}

/// A field that could not be read: which field, the value as given, what is wrong and what is accepted.
public struct CaseProblem: Error, Sendable, Equatable {
    public let field: CaseField
    public let value: RawValue?
    public let problem: LocalizedText
    public let accepted: LocalizedText

    /// `--legacy-expiry "令和7年2月29日": 令和7年(2025年)2月は28日までです（使える形: …）`
    public func text(_ language: Language, naming: Naming) -> String {
        let name = naming == .flag ? field.flag : field.jsonKey
        let valuePart = value.map { " \($0.shown)" } ?? ""
        return language == .ja
            ? "\(name)\(valuePart): \(problem.ja)。\(accepted.ja)"
            : "\(name)\(valuePart): \(problem.en); \(accepted.en)"
    }

    public enum Naming: Sendable { case flag, jsonKey }
}

/// Checks a `CaseInput` and builds the `CheckCase` the engine decides on.
public struct CaseResolver: Sendable {
    public let rules: Rules
    public let today: CalendarDate

    public init(rules: Rules, today: CalendarDate) {
        self.rules = rules
        self.today = today
    }

    static let yesNo = LocalizedText(ja: "yes か no", en: "accepted: yes or no")

    /// The case from `input`, where every absent field takes its value from `defaults`.
    public func resolve(_ given: CaseInput, over defaults: CaseInput = CaseInput()) -> Result<CheckCase, CaseProblem> {
        do {
            return .success(try build(Layered(given: given, defaults: defaults)))
        } catch {
            return .failure(error)
        }
    }

    /// Looks a field up in the given values, then in the defaults, without merging them.
    struct Layered {
        let given: CaseInput
        let defaults: CaseInput

        subscript(_ field: CaseField) -> RawValue? { given[field] ?? defaults[field] }
    }

    func build(_ input: Layered) throws(CaseProblem) -> CheckCase {
        let date = try optionalDate(.date, input[.date], noneAllowed: false) ?? today
        let online = try onlineChecking(input[.online]) ?? .no
        let reader = try choice(.reader, input[.reader], ReaderResult.self) ?? .ok
        let visit = try choice(.visit, input[.visit], VisitKind.self) ?? .first
        let holds = try documents(input[.holds])
        let insurer = try insurerType(input[.insurer])
        let legacyExpiry = try optionalDate(.legacyExpiry, input[.legacyExpiry], noneAllowed: true)
        let changed = try yesNo(.insurerChanged, input[.insurerChanged]) ?? false
        let certificateExpiry = try optionalDate(.certificateExpiry, input[.certificateExpiry], noneAllowed: true)
        let noticeExpiry = try optionalDate(.noticeExpiry, input[.noticeExpiry], noneAllowed: true)

        var legacy: LegacyCard?
        if holds.contains(.legacyCard) {
            guard let insurer else {
                throw CaseProblem(
                    field: .insurer, value: nil,
                    problem: LocalizedText(ja: "従来の保険証があるときは保険者の種類か保険者番号が必要です",
                                           en: "an insurer type or number is required when holds includes legacy-card"),
                    accepted: insurerAccepted)
            }
            if rules.printedExpiryRequired.contains(insurer), legacyExpiry == nil {
                let label = rules.insurers[insurer]!
                throw CaseProblem(
                    field: .legacyExpiry, value: input[.legacyExpiry],
                    problem: LocalizedText(ja: "\(label.ja)の保険証には有効期限が印字されています。その日付が必要です",
                                           en: "a \(label.en) card always has a printed expiry; give that date"),
                    accepted: dateAccepted(noneAllowed: false))
            }
            legacy = LegacyCard(insurer: insurer, printedExpiry: legacyExpiry, insurerChanged: changed)
        }
        return CheckCase(
            visitDate: date, online: online, reader: reader, visit: visit,
            mynaCard: holds.contains(.mynaCard),
            certificate: holds.contains(.certificate) ? EligibilityCertificate(expiry: certificateExpiry) : nil,
            legacyCard: legacy,
            notice: holds.contains(.notice) ? QualificationNotice(expiry: noticeExpiry) : nil,
            portal: holds.contains(.portal))
    }

    // MARK: Fields

    func dateAccepted(noneAllowed: Bool) -> LocalizedText {
        LocalizedText(ja: DateInput.acceptedForms(.ja) + (noneAllowed ? "、記載なしは none" : ""),
                      en: DateInput.acceptedForms(.en) + (noneAllowed ? ", or none when nothing is printed" : ""))
    }

    var insurerAccepted: LocalizedText {
        let ids = InsurerType.allCases.map(\.id).joined(separator: ", ")
        return LocalizedText(ja: "種類（\(ids)）か保険者番号（8桁、国保は6桁）",
                             en: "accepted: a type (\(ids)) or an insurer number (8 digits; 6 for National Health Insurance)")
    }

    func optionalDate(_ field: CaseField, _ raw: RawValue?, noneAllowed: Bool) throws(CaseProblem) -> CalendarDate? {
        switch raw {
        case nil: return nil
        case .null? where noneAllowed: return nil
        case .text(let s)?:
            if noneAllowed && s.lowercased() == "none" { return nil }
            switch DateInput.parse(s) {
            case .success(let d): return d
            case .failure(let e):
                throw CaseProblem(field: field, value: raw, problem: LocalizedText(ja: e.text(.ja), en: e.text(.en)),
                                  accepted: dateAccepted(noneAllowed: noneAllowed))
            }
        case let other?:
            throw CaseProblem(field: field, value: other,
                              problem: LocalizedText(ja: "日付の文字列ではありません", en: "not a date string"),
                              accepted: dateAccepted(noneAllowed: noneAllowed))
        }
    }

    func yesNo(_ field: CaseField, _ raw: RawValue?) throws(CaseProblem) -> Bool? {
        switch raw {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        case .text(let s)?:
            switch s.lowercased() {
            case "yes", "true": return true
            case "no", "false": return false
            default: break
            }
        default: break
        }
        throw CaseProblem(field: field, value: raw,
                          problem: LocalizedText(ja: "yes か no で指定してください", en: "not yes or no"),
                          accepted: CaseResolver.yesNo)
    }

    /// yes, app or no; the booleans of earlier versions read as yes and no.
    func onlineChecking(_ raw: RawValue?) throws(CaseProblem) -> OnlineChecking? {
        switch raw {
        case nil, .null?: return nil
        case .bool(let b)?: return b ? .yes : .no
        case .text(let s)?:
            switch s.lowercased() {
            case "true": return .yes
            case "false": return .no
            default: if let v = OnlineChecking(rawValue: s.lowercased()) { return v }
            }
        default: break
        }
        throw CaseProblem(field: .online, value: raw,
                          problem: LocalizedText(ja: "yes・app・no のどれかで指定してください", en: "not yes, app or no"),
                          accepted: LocalizedText(ja: "使える値: yes（カードリーダー）, app（マイナ資格確認アプリ）, no（未導入）",
                                                  en: "accepted: yes (card reader), app (the My Number eligibility app), no (none)"))
    }

    func choice<T: RawRepresentable & CaseIterable>(_ field: CaseField, _ raw: RawValue?, _ type: T.Type)
        throws(CaseProblem) -> T? where T.RawValue == String
    {
        switch raw {
        case nil, .null?: return nil
        case .text(let s)?:
            if let v = T(rawValue: s) { return v }
        default: break
        }
        let ids = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw CaseProblem(field: field, value: raw,
                          problem: LocalizedText(ja: "使えない値です", en: "not a known value"),
                          accepted: LocalizedText(ja: "使える値: \(ids)", en: "accepted: \(ids)"))
    }

    func documents(_ raw: RawValue?) throws(CaseProblem) -> DocumentSet {
        var accepted: LocalizedText {
            let ids = DocumentKind.allCases.map(\.id).joined(separator: ", ")
            return LocalizedText(ja: "使える値: \(ids) をカンマ区切りで（何もなければ空）",
                                 en: "accepted: a comma-separated list of \(ids) (may be empty)")
        }
        let items: [String]
        switch raw {
        case nil, .null?: return []
        case .list(let l)?: items = l
        case .text(let s)?: items = s.split(separator: ",").map { String(String($0).trimmingSpaces) }.filter { !$0.isEmpty }
        default:
            throw CaseProblem(field: .holds, value: raw,
                              problem: LocalizedText(ja: "書類の一覧ではありません", en: "not a list of documents"),
                              accepted: accepted)
        }
        var set = DocumentSet()
        for item in items {
            guard let kind = DocumentKind(id: item) else {
                throw CaseProblem(field: .holds, value: raw,
                                  problem: LocalizedText(ja: "「\(item)」は書類の名前ではありません",
                                                         en: "\"\(item)\" is not a document id"),
                                  accepted: accepted)
            }
            set.insert(kind)
        }
        return set
    }

    func insurerType(_ raw: RawValue?) throws(CaseProblem) -> InsurerType? {
        switch raw {
        case nil, .null?: return nil
        case .text(let s)?:
            if let t = InsurerType(rawValue: s) { return t }
            if s.unicodeScalars.contains(where: { ("0"..."9").contains($0) || ("０"..."９").contains($0) }) {
                switch InsurerNumber.parse(s) {
                case .success(let n): return n.type
                case .failure(let e):
                    throw CaseProblem(field: .insurer, value: raw,
                                      problem: LocalizedText(ja: e.text(.ja), en: e.text(.en)),
                                      accepted: LocalizedText(ja: InsurerNumberError.acceptedForms(.ja),
                                                              en: InsurerNumberError.acceptedForms(.en)))
                }
            }
        default: break
        }
        throw CaseProblem(field: .insurer, value: raw,
                          problem: LocalizedText(ja: "保険者の種類でも保険者番号でもありません",
                                                 en: "neither an insurer type nor an insurer number"),
                          accepted: insurerAccepted)
    }
}
