import Foundation
import Store
import SyslogTestSupport
import Testing

/// The real binary's system log lines, read from a socket standing in for /dev/log (UKETSUKE_SYSLOG_SOCKET).
@Suite struct SystemLogEndToEndTests {
    /// `<PRI>Mmm dd hh:mm:ss uketsuke[PID]: `: the priority (LOG_USER) and the message after the header.
    static func parse(_ line: String) -> (priority: Int, message: String)? {
        guard let match = line.firstMatch(of: /^<(\d+)>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d uketsuke\[\d+\]: (.*)$/),
              let priority = Int(match.1) else { return nil }
        return (priority, String(match.2))
    }

    static let warning = 12, notice = 13, info = 14

    /// One kiosk run: a bad settings key, a tally that cannot be written, the administrator in and out, three wrong
    /// PINs and the lock-out, then SIGTERM. Every event is one line with its priority, and nothing typed or
    /// answered is in any of them.
    @Test func aKioskLogsItsEventsAndNoPatientData() throws {
        let log = try LogReceiver()
        let home = Binary.scratch()
        let config = home.appending(path: "config/uketsuke")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let hash = try #require(AdminPin.hash("2468"))
        try Data("{\"adminPinHash\": \"\(hash)\",\n \"theme\": \"purple\"}\n".utf8)
            .write(to: config.appending(path: "config.json"))
        // The data folder is a file, so the tally cannot be created.
        try Data("not a folder".utf8).write(to: home.appending(path: "data"))
        let t = try Tmux(["--kiosk", "--date", "2026-11-24"], home: home,
                         environment: ["UKETSUKE_SYSLOG_SOCKET": log.path])
        var lines: [String] = []
        try t.wait(for: "この施設のオンライン資格確認は")
        #expect(log.wait(for: "kiosk started", in: &lines))
        try t.keys("2", "1")
        try t.press("Enter", thenWaitFor: "集計に記録できません")
        #expect(log.wait(for: "tally off", in: &lines))
        try t.press("F12", thenWaitFor: "管理者PIN")
        try t.type("2468")
        try t.press("Enter", thenWaitFor: "管理者メニュー")
        try t.press("Escape", thenWaitFor: "この施設のオンライン資格確認は")
        try t.press("F12", thenWaitFor: "管理者PIN")
        for _ in 1...2 {
            try t.type("1111")
            try t.press("Enter", thenWaitFor: "PINが違います")
        }
        try t.type("1111")
        try t.keys("Enter")
        #expect(log.wait(for: "locked for", in: &lines))
        let pid = try #require(t.appPID)
        #expect(kill(pid, SIGTERM) == 0)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(log.wait(for: "kiosk stopped", in: &lines))
        lines += log.received()
        for line in lines { print("log:", line) }

        let parsed = lines.compactMap(Self.parse)
        #expect(parsed.count == lines.count, "every line is <PRI>TIMESTAMP uketsuke[PID]: MESSAGE")
        let data = home.appending(path: "data").path
        let expected: [(Int, String)] = [
            (Self.warning, "settings key ignored: \(config.path)/config.json:2 theme: not accepted (accepted: \"color\", \"high-contrast\", \"monochrome\"); this key is ignored, the others are used"),
            (Self.info, "kiosk started (uketsuke "),
            (Self.warning, "tally off, checks go on without it: cannot write in the tally folder \(data)"),
            (Self.notice, "administrator menu opened (PIN accepted)"),
            (Self.notice, "administrator menu closed"),
            (Self.warning, "administrator PIN wrong (1 wrong in a row)"),
            (Self.warning, "administrator PIN wrong (2 wrong in a row)"),
            (Self.warning, "administrator PIN wrong (3 wrong in a row)"),
            (Self.warning, "administrator PIN locked for 60 s after 3 wrong PINs in a row"),
            (Self.notice, "exit by signal SIGTERM (15)"),
            (Self.info, "kiosk stopped (exit status 0)"),
        ]
        #expect(parsed.count == expected.count, "\(lines)")
        for (got, want) in zip(parsed, expected) {
            #expect(got.priority == want.0, "\(got.message)")
            #expect(got.message.hasPrefix(want.1), "\(got.message) should start with \(want.1)")
        }
        for message in parsed.map(\.message) {
            for secret in ["2468", "1111", "purple", "$y$", "マイナ", "\\u{30DE}", "not-confirmed", "2026-11-24", "R8", "令和"] {
                #expect(!message.contains(secret), "\"\(secret)\" in \(message)")
            }
            #expect(message.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F })
        }
    }

    /// A kiosk with a --rules file it cannot use serves with the built-in rules: the warning stays on every screen,
    /// the built-in rules answer, and the log says which file was refused and why.
    @Test func aKioskWithABadRulesFileServesWithTheBuiltInRules() throws {
        let log = try LogReceiver()
        let home = Binary.scratch()
        let rules = home.appending(path: "rules.json")
        try Data("{\"version\": \"x\",\n  oops}\n".utf8).write(to: rules)
        let t = try Tmux(["--kiosk", "--date", "2026-11-24", "--rules", rules.path], home: home,
                         environment: ["UKETSUKE_SYSLOG_SOCKET": log.path])
        let first = try t.wait(for: "この施設のオンライン資格確認は")
        #expect(first.contains("--rules のファイルを使えません。内蔵ルール"))
        try t.keys("2", "1")
        let result = try t.press("Enter", thenWaitFor: "資格確認ができません")
        #expect(result.contains("--rules のファイルを使えません。内蔵ルール"), "the warning stays after keys:\n\(result)")
        var lines: [String] = []
        #expect(log.wait(for: "kiosk started", in: &lines))
        for line in lines { print("log:", line) }
        let parsed = lines.compactMap(Self.parse)
        let version = try Binary.run(["--version"]).out
        let builtIn = try #require(version.firstMatch(of: /rules ([^)]+)\)/)).1
        #expect(parsed.map(\.priority) == [Self.warning, Self.warning, Self.info], "\(lines)")
        #expect(parsed.first?.message.hasPrefix("rules file unreadable: \(rules.path):2:") == true, "\(lines)")
        #expect(parsed.dropFirst().first?.message == "kiosk uses the built-in rules \(builtIn) instead of \(rules.path)")
        #expect(parsed.last?.message.hasSuffix("rules \(builtIn))") == true)
    }

    /// At a desk a bad --rules file still stops the wizard with the message (exit 2), and is logged.
    @Test func aDeskStopsOnABadRulesFileAndLogsIt() throws {
        let log = try LogReceiver()
        let missing = "/tmp/uketsuke-no-such-rules-\(UUID().uuidString).json"
        let run = try Binary.run(["--rules", missing], environment: ["UKETSUKE_SYSLOG_SOCKET": log.path])
        #expect(run.status == 2)
        #expect(run.err.contains("--rules"))
        let parsed = log.received().compactMap(Self.parse)
        #expect(parsed.count == 1)
        #expect(parsed.first?.priority == Self.warning)
        #expect(parsed.first?.message == "rules file unreadable: \(missing): cannot read the rules file: no such file")
    }
}
