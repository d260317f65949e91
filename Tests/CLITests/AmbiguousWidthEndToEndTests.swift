import Foundation
import Testing

/// A real terminal that draws ambiguous characters wide: tmux, with wcwidth(3) made to say 2 for ○ △ × (tmux places
/// characters by wcwidth, as Tera Term or RLogin set to "ambiguous = wide" place them by their setting). With
/// `--ambiguous wide` the menu-5 rows, whose labels hold ○△×, line up and stay whole through redraws, because the
/// wizard's curses counts as the terminal does; with narrow, the row is garbled (the mismatch the option exists for).
@Suite(.serialized) struct AmbiguousWidthEndToEndTests {
    /// Compiled once per run with the system's C compiler; nil when there is none (the test is then skipped).
    static let preload: String? = {
        let dir = Binary.scratch()
        let source = dir.appending(path: "wide.c")
        let library = dir.appending(path: "wide.so")
        try? """
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <wchar.h>
            int wcwidth(wchar_t c) {
                static int (*glibc)(wchar_t);
                if (!glibc) glibc = (int (*)(wchar_t))dlsym(RTLD_NEXT, "wcwidth");
                return c == 0xD7 || c == 0x25CB || c == 0x25B3 || c == 0x2026 || c == 0x2192 ? 2 : glibc(c);
            }
            """.write(to: source, atomically: true, encoding: .utf8)
        guard let run = try? Binary.run(["-shared", "-fPIC", "-o", library.path, source.path, "-ldl"],
                                        executable: URL(fileURLWithPath: "/usr/bin/cc")),
              run.status == 0 else { return nil }
        return library.path
    }()

    /// The column (in cells, as the terminal draws them) where each settings row's value starts.
    static func valueColumns(_ screen: String) -> [Int] {
        screen.split(separator: "\n").filter { $0.contains("< ") && $0.contains(" >") }.map { row in
            row[..<row.firstIndex(of: "<")!].unicodeScalars.reduce(0) { sum, s in
                let v = s.value
                let wide = [0xD7, 0x25CB, 0x25B3].contains(v) || (0x3000...0x9FFF).contains(v) || (0xFF01...0xFF60).contains(v)
                return sum + (wide ? 2 : 1)
            }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cc")), arguments: ["wide", "narrow"])
    func settingsRowsLineUpOnAWideTerminalWithWide(_ width: String) throws {
        let preload = try #require(Self.preload)
        let t = try Tmux(["--date", "2026-11-24", "--ambiguous", width], serverPreload: preload)
        try t.wait(for: "メニュー")
        try t.keys("5")
        try t.wait(for: "記号の幅")
        // Row 6 takes the focus and its value changes (saved; --ambiguous still wins): redraws after ○△×.
        for key in ["Down", "Down", "Down", "Down", "Down", "Right", "Up", "Down"] { try t.keys(key) }
        let screen = try t.wait(for: "全角（2")
        let columns = Self.valueColumns(screen)
        if width == "wide" {
            #expect(columns.count == 6 && Set(columns).count == 1, "every value starts in the same column:\n\(screen)")
            #expect(screen.contains("< 全角（2桁） >"), "\(screen)")
        } else {
            // What the setting is for (terminal-notes P6, P7): curses counts ○△× as 1 and the terminal as 2, so row 6
            // is pushed 3 columns right, or, when only its value is redrawn, the new value lands over the old one.
            #expect(!(columns.count == 6 && Set(columns).count == 1), "narrow on a wide terminal: row 6 is off:\n\(screen)")
        }
        // A result with × in its verdict bar, then back: nothing is left over from either screen.
        try t.keys("Escape", "1", "2", "1", "Enter")
        let result = try t.wait(for: "資格確認ができません")
        #expect(result.contains("資格確認ができません  ×"), "\(result)")
    }
}
