import Foundation
import Testing

/// The terminal as TERM, LINES and COLUMNS describe it, when they are wrong: in tmux, the real binary.
@Suite struct TerminalTypeTests {
    /// A TERM with no terminfo entry: one line on stderr says so, and the same wizard runs as line prompts.
    @Test(arguments: ["nonexistent-term", "vt999\u{1B}[31m"])
    func anUnknownTerminalFallsBackToLinePrompts(_ term: String) throws {
        let t = try Tmux(["--date", "2026-11-24"], environment: ["TERM": term])
        let screen = try t.wait(for: "番号を入力してください")
        let shown = term.replacingOccurrences(of: "\u{1B}", with: "\\u{1b}")
        // The pane wraps the line at 80 columns.
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains("uketsuke: 端末の種類 TERM=\(shown) が分からないため、行モード（--plain）で起動します"), "\(screen)")
        #expect(!screen.contains("Error opening terminal"))
        try t.type("1")
        try t.press("Enter", thenWaitFor: "この施設のオンライン資格確認は")
        let pid = try #require(t.appPID)
        #expect(kill(pid, 0) == 0, "still running")
    }

    /// The kiosk does not run degraded: it stops with exit code 78 (EX_CONFIG) and a message naming TERM.
    @Test(arguments: ["ja", "en"])
    func aKioskOnAnUnknownTerminalStops(_ lang: String) throws {
        let t = try Tmux(["--kiosk", "--lang", lang, "--date", "2026-11-24"], environment: ["TERM": "nonexistent-term"])
        let end = try t.exitAndTerminalState()
        #expect(end.code == 78, "\(end.stty)")
        #expect(end.sane)
        let message = end.stty.replacingOccurrences(of: "\n", with: "")
        #expect(message.contains("TERM=nonexistent-term"), "\(message)")
        #expect(message.contains(lang == "ja" ? "キオスクは行モードでは動きません" : "the kiosk does not run in line mode"))
        #expect(!message.contains("Error opening terminal"))
    }

    /// LINES and COLUMNS left in the environment do not override the window's real size: the full 80×24 screen
    /// with its header, whatever they say, and the screen still follows a resize (the short header at 60×18).
    @Test(arguments: [("200", "50"), ("40", "10"), ("80", "24")])
    func theWindowSizeComesFromTheTerminal(_ columns: String, _ lines: String) throws {
        let t = try Tmux(["--date", "2026-11-24"], environment: ["COLUMNS": columns, "LINES": lines])
        let screen = try t.wait(for: "メニュー")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.contains("受付 uketsuke") == true, "\(screen)")
        #expect(rows.first?.contains("2026-11-24") == true, "\(screen)")
        #expect(!screen.contains("画面が小さすぎます"))
        try t.resize(60, 18)
        let smaller = try t.wait(for: "オン資 毎回確認")
        #expect(smaller.split(separator: "\n").first?.contains("受付 uketsuke") == true, "\(smaller)")
    }
}

/// The Linux console cannot draw Japanese: a message in ASCII saying why and what to do, and an exit code of its own,
/// instead of a screen of boxes; `--lang en` still runs.
@Suite struct LinuxConsoleTests {
    @Test(arguments: [[String](), ["--kiosk"]])
    func japaneseOnTheLinuxConsoleStopsWithAnASCIIMessage(_ extra: [String]) throws {
        let t = try Tmux(["--date", "2026-12-07"] + extra, environment: ["TERM": "linux"])
        let screen = try t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=79"), "\(screen)")
        let message = screen.components(separatedBy: "EXIT=")[0]
        #expect(message.contains("cannot draw Japanese"), "\(message)")
        #expect(message.contains("--lang en"))
        #expect(message.contains("cage") && message.contains("Packaging/"), "the kiosk recipe: \(message)")
        #expect(message.unicodeScalars.allSatisfy { $0.isASCII }, "only ASCII on a console that shows nothing else")
    }

    /// The English interface in ASCII only: every screen of a check, its result, the patient view and help.
    @Test func englishRunsOnTheLinuxConsoleInASCIIOnly() throws {
        let t = try Tmux(["--date", "2026-12-07", "--lang", "en"], environment: ["TERM": "linux"])
        var screens = [try t.wait(for: "Reception check")]
        screens.append(try t.press("1", thenWaitFor: "How does this facility check eligibility online?"))
        screens.append(try t.press("2", thenWaitFor: "What does the patient hold?"))
        screens.append(try t.press("?", thenWaitFor: "Esc or ? closes"))
        screens.append(try t.press("Escape", thenWaitFor: "So far: none"))
        try t.keys("1")
        screens.append(try t.press("Enter", thenWaitFor: "Eligibility cannot be confirmed  X"))
        #expect(screens.last!.contains("My Number Card (health insurance) + eligibility notice"), "\(screens.last!)")
        screens.append(try t.press("p", thenWaitFor: "Please show"))
        for screen in screens {
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "not ASCII:\n\(screen)")
        }
    }
}
