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

    /// Every other signal whose default action ends the process (SYS by way of the crash handler), in the middle of
    /// a check and in a kiosk: the terminal is given back first (cooked mode with echo, the normal screen, a visible
    /// cursor, keypad off), and the program ends as that signal would end it (exit code 128 + signal).
    @Test(arguments: [SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGPROF, SIGPWR, SIGSTKFLT, SIGSYS,
                      SIGPOLL, __libc_current_sigrtmin(), __libc_current_sigrtmax()], [false, true])
    func anEndingSignalRestoresTheTerminal(_ signal: Int32, _ kiosk: Bool) throws {
        let t = try Tmux((kiosk ? ["--kiosk"] : []) + ["--date", "2026-11-24"])
        if !kiosk { try t.press("1", thenWaitFor: "この施設のオンライン資格確認は") }
        try t.press("2", thenWaitFor: "患者さんがお持ちのもの")
        let pid = try #require(t.appPID)
        #expect(kill(pid, signal) == 0)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 128 + Int(signal), "\(end.stty)")
        #expect(end.sane, "\(end.stty)")
        #expect(try t.format("#{alternate_on}") == "0")
        #expect(try t.format("#{cursor_flag}") == "1")
        #expect(try t.format("#{keypad_cursor_flag}") == "0")
    }

    /// SIGXFSZ is ignored: the wizard keeps running and answers the next key.
    @Test func sigxfszIsIgnored() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.press("1", thenWaitFor: "この施設のオンライン資格確認は")
        let pid = try #require(t.appPID)
        #expect(kill(pid, SIGXFSZ) == 0)
        try t.press("2", thenWaitFor: "患者さんがお持ちのもの")
        #expect(kill(pid, 0) == 0, "still running")
    }

    /// Under `ulimit -f 40` the tally cannot grow: the check's result shows and the tally goes off, as on a full
    /// disk, instead of the process dying of SIGXFSZ before its result.
    @Test func aFileSizeLimitTurnsTheTallyOff() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        let env = ["HOME": t.home.path, "XDG_CONFIG_HOME": t.home.appending(path: "config").path,
                   "XDG_DATA_HOME": t.home.appending(path: "data").path, "LANG": "C.UTF-8",
                   "SWIFT_BACKTRACE": "enable=no", "ASAN_OPTIONS": "detect_leaks=0"]
        let exports = env.map { "\($0.key)=\(Tmux.quote($0.value))" }.sorted().joined(separator: " ")
        let inner = "echo $$ > \(Tmux.quote(t.pidFile.path)); ulimit -f 40; exec env \(exports) "
            + "\(Tmux.quote(Binary.url.path)) --date 2026-11-24"
        try t.run(["respawn-pane", "-k", "-t", "t",
                   "sh -c \(Tmux.quote(inner)); s=$?; printf '\\r\\nEXIT=%s\\r\\n' \"$s\"; stty -a; sleep 600"])
        try t.wait(for: "メニュー")
        try t.keys("1", "2")
        let result = try t.press("Enter", thenWaitFor: "集計に記録できません")
        #expect(result.contains("資格確認ができません"), "the result is shown")
        try t.press("Enter", thenWaitFor: "患者さんがお持ちのもの")
        let pid = try #require(t.appPID)
        #expect(kill(pid, 0) == 0, "still running")
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
