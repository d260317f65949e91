import Foundation
import Testing

/// The terminal after the wizard is stopped from outside, crashes, or loses its terminal: in tmux, the real binary.
@Suite struct TerminalSafetyTests {
    /// INT, TERM, HUP and QUIT in the middle of typing a date: exit 0, cooked mode with echo, the normal screen
    /// and a visible cursor.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func aSignalRestoresTheTerminal(_ signal: Int32) throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "2", "Enter")
        try t.wait(for: "資格確認書の有効期限は")
        try t.type("R8")
        try t.wait(for: "[R8")
        let pid = try #require(t.appPID)
        #expect(kill(pid, signal) == 0)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane, "\(end.stty)")
        #expect(try t.format("#{alternate_on}") == "0")
        #expect(try t.format("#{cursor_flag}") == "1")
    }

    /// Ctrl-C and Ctrl-\ typed at the keyboard: the terminal's own INT and QUIT.
    @Test(arguments: ["C-c", "C-\\"])
    func aSignalKeyRestoresTheTerminal(_ key: String) throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.press("1", thenWaitFor: "この施設のオンライン資格確認")
        try t.keys(key)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane, "\(end.stty)")
        #expect(try t.format("#{alternate_on}") == "0")
    }

    /// A trap just after the first frame (a debug-build switch): the crash handler ends curses before the crash goes
    /// on, with Swift's backtracer (which then prints its report) or without it, and in a kiosk (which exits at once).
    /// Under AddressSanitizer the backtracer's reads of the crashed stack are themselves reported, and ASan exits 1.
    @Test(arguments: [(["--date", "2026-11-24"], "enable=yes,interactive=no"), (["--date", "2026-11-24"], "enable=no"),
                      (["--kiosk", "--date", "2026-11-24"], "enable=no")])
    func aCrashRestoresTheTerminalAndFails(_ arguments: [String], _ backtrace: String) throws {
        let t = try Tmux(arguments, environment: ["UKETSUKE_DEBUG_TRAP": "1", "SWIFT_BACKTRACE": backtrace])
        let end = try t.exitAndTerminalState(timeout: 30)
        let reportedByASan = Binary.underAddressSanitizer && backtrace.hasPrefix("enable=yes")
        #expect(end.code == (reportedByASan ? 1 : 128 + Int(SIGILL)), "\(end.stty)")
        #expect(end.sane, "\(end.stty)")
        #expect(try t.format("#{alternate_on}") == "0")
        #expect(try t.format("#{cursor_flag}") == "1")
    }

    /// Closing the terminal under the wizard ends it within a second instead of leaving it spinning: by the hangup
    /// signal, or, when the shell keeps that to itself, by the end of input.
    @Test(arguments: [("kill-pane", false), ("kill-session", false), ("kill-pane", true)])
    func closingTheTerminalEndsTheWizard(_ command: String, _ shellIgnoresHangup: Bool) throws {
        let t = try Tmux(["--date", "2026-11-24"], shellIgnoresHangup: shellIgnoresHangup)
        try t.wait(for: "メニュー")
        let pid = try #require(t.appPID)
        let closed = Date()
        try t.run([command, "-t", "t"])
        while isRunning(pid) && Date().timeIntervalSince(closed) < 1 { Thread.sleep(forTimeInterval: 0.01) }
        let running = isRunning(pid)
        #expect(!running, "still running 1 s after \(command)")
        // Never leave a spinning process behind a failed expectation.
        if running { kill(pid, SIGKILL) }
    }

    /// Running and not a zombie waiting to be reaped (nobody may reap it in a container).
    func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}
