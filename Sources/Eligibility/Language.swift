/// The language of everything the product says. Japanese is the default at the counter.
public enum Language: String, CaseIterable, Sendable, Codable {
    case ja, en
}

/// A text in both languages. Texts that staff read come from the rules file or the UI catalogue, never inline.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        language == .ja ? ja : en
    }
}

extension Language {
    /// `text` in parentheses, with the language's own: 「（…）」 in Japanese, " (…)" in English.
    public func parenthesized(_ text: String) -> String {
        self == .ja ? "（\(text)）" : " (\(text))"
    }
}
