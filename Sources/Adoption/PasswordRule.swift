import Eligibility

/// The portal's password rules (letter.md ③), one by one, so a screen can tick off the ones already met.
public enum PasswordRule: CaseIterable, Hashable, Sendable {
    /// 8–100 characters.
    case length
    case upperCase
    case lowerCase
    case digit
    /// Printable half-width characters only: an IME left on full-width, or a space, is a mistake nobody sees.
    case halfWidth

    static let lengths = 8...100

    /// The rule in a few words; `.passwordLacks` messages are built from these.
    public var label: LocalizedText {
        switch self {
        case .length: LocalizedText(ja: "8〜100文字", en: "8–100 characters")
        case .upperCase: LocalizedText(ja: "英大文字（A〜Z）1文字以上", en: "an upper-case letter (A–Z)")
        case .lowerCase: LocalizedText(ja: "英小文字（a〜z）1文字以上", en: "a lower-case letter (a–z)")
        case .digit: LocalizedText(ja: "数字（0〜9）1文字以上", en: "a digit (0–9)")
        case .halfWidth: LocalizedText(ja: "半角の英数字・記号だけ", en: "half-width letters, digits and symbols only")
        }
    }

    public func isMet(by password: String) -> Bool {
        let scalars = password.unicodeScalars
        switch self {
        case .length: return PasswordRule.lengths.contains(password.count)
        case .upperCase: return scalars.contains { (0x41...0x5A).contains($0.value) }
        case .lowerCase: return scalars.contains { (0x61...0x7A).contains($0.value) }
        case .digit: return scalars.contains { (0x30...0x39).contains($0.value) }
        case .halfWidth: return PasswordRule.firstNonHalfWidth(in: password) == nil
        }
    }

    /// The position (from 1) of the first character that is not printable half-width ASCII.
    static func firstNonHalfWidth(in password: String) -> Int? {
        for (i, c) in password.enumerated() {
            guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first, (0x21...0x7E).contains(s.value) else {
                return i + 1
            }
        }
        return nil
    }
}
