import Eligibility

/// What the terminal layer itself has to say: its notices and its start-up problems, in both languages.
public enum TerminalText {
    /// More input arrived at once than anyone types (a large paste): it was read and dropped, not typed.
    public static let floodDropped = LocalizedText(ja: "貼り付けられた大量の入力を無視しました",
                                                   en: "A large paste was ignored")

    /// TERM names no terminal known here: the wizard runs as line prompts instead (one line on stderr).
    public static func plainFallback(term: String) -> LocalizedText {
        let t = shown(term)
        return LocalizedText(ja: "端末の種類 TERM=\(t) が分からないため、行モード（--plain）で起動します",
                             en: "the terminal type TERM=\(t) is not known here: starting in line mode (--plain)")
    }

    /// The kiosk does not run degraded: it stops with this for its supervisor's log.
    public static func kioskUnknownTerminal(term: String) -> LocalizedText {
        let t = shown(term)
        return LocalizedText(
            ja: "--kiosk: 端末の種類 TERM=\(t) が分かりません（terminfo にありません）。キオスクは行モードでは動きません。"
                + "インストール済みの種類（例: TERM=xterm-256color、TERM=linux）を設定してください",
            en: "--kiosk: the terminal type TERM=\(t) is not known here (no terminfo entry), and the kiosk does not run "
                + "in line mode; set TERM to an installed type (e.g. TERM=xterm-256color or TERM=linux)")
    }

    /// A value from the environment as it may be printed: control characters escaped, quoted when empty.
    static func shown(_ value: String) -> String {
        if value.isEmpty { return "\"\"" }
        return value.unicodeScalars.map { s in
            s.properties.generalCategory == .control ? "\\u{\(String(s.value, radix: 16))}" : String(s)
        }.joined()
    }
}
