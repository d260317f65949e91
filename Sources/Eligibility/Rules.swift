/// The active rules file: dates, caps, windows and every text the engine shows, each with its source.
/// Built only by `RulesFile.load`, so a `Rules` value is always complete.
public struct Rules: Sendable {
    public let schema: Int
    public let version: String
    public let reviewedOn: CalendarDate
    public let reviewedUntil: CalendarDate
    public let dates: RuleDates
    /// Insurer types whose legacy cards always carry a printed expiry: it must be given.
    public let printedExpiryRequired: Set<InsurerType>
    /// The facility's ways of checking eligibility, as the header, the question and the result name them.
    public let onlineChecking: [OnlineChecking: ShortLabel]
    public let documents: [DocumentKind: DocumentTexts]
    public let insurers: [InsurerType: LocalizedText]
    public let verdicts: [Verdict: VerdictTexts]
    public let conditions: [Condition: StepTexts]
    public let fallbacks: [Fallback: StepTexts]
    public let reasons: [ReasonID: Template]
    public let warnings: [WarningID: Template]
    /// The sentences of what the patient is told, and the words they are built with (rules.md §3a).
    public let script: [ScriptPartID: Template]
    public let scriptWords: [ScriptWord: LocalizedText]
    /// What the receptionist checks on documents that are only looked at.
    public let confirmations: [ConfirmationID: StepTexts]
    public let callCenter: CallCenterInfo
    public let portalSite: PortalSiteInfo
    /// The pages on the マイナ資格確認アプリ for a facility deciding how to adopt online checking; nil in older files.
    public let appGuide: AppGuide?
    /// Every sourced entry, in file order, for `uketsuke rules`.
    public let entries: [RuleEntry]

    public func documentLabel(_ kind: DocumentKind, _ language: Language) -> String {
        documents[kind]!.label[language]
    }

    public func facilityLabel(_ online: OnlineChecking, _ language: Language) -> String {
        onlineChecking[online]!.label[language]
    }

    public func insurerLabel(_ type: InsurerType, _ language: Language) -> String {
        insurers[type]!.label(language)
    }
}

extension LocalizedText {
    func label(_ language: Language) -> String { self[language] }
}

public struct DocumentTexts: Sendable, Hashable {
    public let label: LocalizedText
    /// For narrow screens.
    public let short: LocalizedText
    public let help: LocalizedText
}

/// A label and its short form for narrow screens.
public struct ShortLabel: Sendable, Hashable {
    public let label: LocalizedText
    public let short: LocalizedText
}

public struct VerdictTexts: Sendable, Hashable {
    public let label: LocalizedText
    /// ○ △ × — shown beside the words, never alone and never where alignment matters (ambiguous width).
    public let symbol: String
}

public struct StepTexts: Sendable, Hashable {
    public let label: LocalizedText
    /// Each step may name `{bring}`: what works at this facility, to bring next time.
    public let steps: [Template]

    /// The steps in a language; `bring` is what to ask the patient to bring next time at this facility.
    public func steps(_ language: Language, bring: String? = nil) -> [String] {
        steps.map { $0.render(language) { $0 == "bring" ? bring : nil } }
    }
}

public struct OpeningHours: Sendable, Hashable {
    /// Minutes after midnight; the interval is [open, close).
    public let open: Int
    public let close: Int

    public init(open: Int, close: Int) {
        self.open = open
        self.close = close
    }
}

public struct CallCenterInfo: Sendable, Hashable {
    public let name: LocalizedText
    public let phone: String
    public let tollFree: Bool
    public let weekdays: OpeningHours
    public let saturday: OpeningHours
}

/// Menu 4's guide to the マイナ資格確認アプリ: sections of heading and text, each sourced in the file.
public struct AppGuide: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        public let heading: LocalizedText
        public let body: LocalizedText
    }
    public let title: LocalizedText
    public let sections: [Section]
}

public struct PortalSiteInfo: Sendable, Hashable {
    public let name: LocalizedText
    public let url: String
}

/// One sourced entry of the rules file, for display.
public struct RuleEntry: Sendable, Hashable {
    /// Key path in the file, e.g. `dates.legacyCap`.
    public let key: String
    /// The value in short: a date, a window, a label.
    public let value: String
    public let note: String?
    public let source: String?
    public let decision: String?
}

/// A text with `{placeholders}`, parsed once when the rules load.
public struct Template: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    let ja: [Segment]
    let en: [Segment]

    /// Renders with the given values; a placeholder without a value is left as written.
    public func render(_ language: Language, _ value: (String) -> String? = { _ in nil }) -> String {
        var out = ""
        for segment in language == .ja ? ja : en {
            switch segment {
            case .text(let t): out += t
            case .placeholder(let name): out += value(name) ?? "{\(name)}"
            }
        }
        return out
    }

    /// Splits `text` into literal text and placeholders; nil when a brace is not closed.
    static func segments(_ text: String) -> [Segment]? {
        var out: [Segment] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            if !literal.isEmpty {
                out.append(.text(literal))
                literal = ""
            }
            out.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") { return nil }
        literal += rest
        if !literal.isEmpty { out.append(.text(literal)) }
        return out
    }

    var placeholders: [String] {
        (ja + en).compactMap { if case .placeholder(let p) = $0 { p } else { nil } }
    }
}
