import Facility
import Wizard

/// What the terminal draws, as everything that measures text must know it so the grid and the terminal agree on
/// every column: the width of East Asian Ambiguous characters, and whether it draws ASCII only (the Linux console,
/// which runs the English interface). Passed down with the grid and the page's area; nothing in Screen keeps it.
public struct DisplayTraits: Hashable, Sendable {
    public var ambiguous: AmbiguousWidth
    /// Every character drawn is ASCII: texts are drawn in their `ASCIIForm`.
    public var asciiOnly: Bool

    public init(ambiguous: AmbiguousWidth = .narrow, asciiOnly: Bool = false) {
        self.ambiguous = ambiguous
        self.asciiOnly = asciiOnly
    }

    /// glibc's widths, every character as it is: what ncurses assumes unless told otherwise.
    public static let standard = DisplayTraits()

    /// The session's: --ambiguous, else the saved setting; ASCII only when the front end says the terminal needs it.
    public init(_ s: WizardState, _ env: WizardEnvironment) {
        self.init(ambiguous: s.ambiguousWidth(env), asciiOnly: env.asciiOnly)
    }

    /// The text as the grid writes it.
    public func shown(_ text: String) -> String { asciiOnly ? ASCIIForm.of(text) : text }

    /// Columns of one character (after `shown`).
    @inline(__always)
    public func width(_ s: Unicode.Scalar) -> Int { DisplayWidth.of(s, ambiguous: ambiguous) }

    /// Columns of a text as the grid draws it.
    public func width(_ text: some StringProtocol) -> Int {
        asciiOnly ? ASCIIForm.of(String(text)).utf8.count : DisplayWidth.of(text, ambiguous: ambiguous)
    }

    /// What ends a cut text.
    public var ellipsis: String { asciiOnly ? "..." : "…" }
}
