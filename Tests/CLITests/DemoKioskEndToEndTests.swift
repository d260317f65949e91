import Foundation
import Store
import Testing

/// Training and kiosk modes through the real binary in tmux.
@Suite struct DemoKioskEndToEndTests {
    /// --demo --autoplay changes the screen by itself, the banner stays, and a key stops it.
    @Test func autoplayMovesWithoutKeysAndTheBannerStays() throws {
        let t = try Tmux(["--demo", "--autoplay", "--date", "2026-11-24"])
        let first = try t.wait(for: "例題 1/")
        #expect(first.contains("研修モード　この画面の操作は記録されません"))
        // Without a key: the questions start after the story.
        let moved = try t.wait(for: "手順", timeout: 15)
        #expect(moved != first)
        #expect(moved.contains("研修モード　この画面の操作は記録されません"))
        try t.keys("x")
        let stopped = try t.wait(for: "自動再生（例題を順に表示）")
        #expect(stopped.contains("研修モード"))
    }

    /// No key quits a kiosk: q, Esc, Ctrl-C, Ctrl-Z, Ctrl-\ and the function keys leave it at question 1.
    @Test func kioskIgnoresEveryQuittingKey() throws {
        let t = try Tmux(["--kiosk", "--date", "2026-11-24"])
        try t.wait(for: "[キオスク]")
        for key in ["q", "Escape", "C-c", "C-z", "C-\\", "C-d", "F10", "F12", "F4", "Escape"] { try t.keys(key) }
        try t.keys("2")
        let screen = try t.wait(for: "患者さんがお持ちのもの")
        #expect(screen.contains("[キオスク]"))
        let pid = try #require(t.appPID)
        #expect(kill(pid, 0) == 0, "still running")
    }

    /// With no key for the idle timeout, every answer is cleared and question 1 returns.
    @Test func idleResetClearsTheAnswers() throws {
        let t = try Tmux(["--kiosk", "--idle-timeout", "5", "--date", "2025-08-05"])
        try t.wait(for: "[キオスク]")
        try t.keys("2", "3")
        try t.press("Enter", thenWaitFor: "保険証の保険者の種類は")
        try t.press("9", thenWaitFor: "保険者番号（8桁")
        try t.type("0613")
        try t.wait(for: "[0613")
        let reset = try t.wait(for: "この施設のオンライン資格確認", timeout: 10)
        #expect(!reset.contains("0613"))
        #expect(!reset.contains("回答:"), "no previous answers on screen")
    }

    /// SIGHUP ends a kiosk cleanly with the terminal restored.
    @Test func sighupEndsTheKioskCleanly() throws {
        let t = try Tmux(["--kiosk", "--date", "2026-11-24"])
        try t.wait(for: "[キオスク]")
        try t.keys("2")
        try t.wait(for: "患者さんがお持ちのもの")
        let pid = try #require(t.appPID)
        #expect(kill(pid, SIGHUP) == 0)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane, "\(end.stty)")
    }

    /// F12 and the administrator PIN open the admin menu; exit there ends the kiosk.
    @Test func administratorPinOpensTheAdminMenu() throws {
        let home = Binary.scratch()
        let config = home.appending(path: "config/uketsuke")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let hash = try #require(AdminPin.hash("2468"))
        try Data("{\"adminPinHash\": \"\(hash)\"}\n".utf8).write(to: config.appending(path: "config.json"))
        let t = try Tmux(["--kiosk", "--date", "2026-11-24"], home: home)
        try t.wait(for: "[キオスク]")
        try t.press("F12", thenWaitFor: "管理者PIN")
        try t.type("1111")
        try t.press("Enter", thenWaitFor: "PINが違います")
        try t.type("2468")
        try t.press("Enter", thenWaitFor: "管理者メニュー")
        #expect(!(try t.screen()).contains("2468"), "the PIN is never shown")
        try t.press("3", thenWaitFor: "終了しますか？")
        try t.keys("y")
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane)
    }
}
