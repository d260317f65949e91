import Foundation
import Testing

/// Whatever arrives from the keyboard is at worst an ignored key: every byte, invalid UTF-8, Shift_JIS and EUC-JP
/// text, a 1 MB paste. In tmux, the real binary.
@Suite struct KioskInputTests {
    static let shiftJIS: [UInt8] = [0x82, 0xA0]  // あ
    static let eucJP: [UInt8] = [0xA4, 0xA2]  // あ
    /// Sequences that are not UTF-8, each of which ended the wizard (get_wch's EILSEQ read as a closed terminal).
    static let invalid: [[UInt8]] = [[0x80], [0xFE], [0xFF], [0xC3, 0x28], shiftJIS, eucJP]

    /// Every byte 0x00–0xFF on its own, then all of them at once, then あ in Shift_JIS and EUC-JP: the kiosk is still
    /// running, and once it is idle again it answers a key on its first question.
    @Test func everyByteLeavesTheKioskRunning() throws {
        let t = try Tmux(["--kiosk", "--idle-timeout", "5", "--date", "2025-08-05"])
        try t.wait(for: "[キオスク]")
        for byte in UInt8.min...UInt8.max { try t.send(bytes: [byte]) }
        try t.send(bytes: Array(UInt8.min...UInt8.max))
        try t.send(bytes: Self.shiftJIS)
        try t.send(bytes: Self.eucJP)
        let pid = try #require(t.appPID)
        try t.wait(for: "この施設のオンライン資格確認は", timeout: 15)
        try t.press("2", thenWaitFor: "患者さんがお持ちのもの")
        #expect(try t.screen().contains("[キオスク]"))
        #expect(kill(pid, 0) == 0, "still running")
    }

    /// In every mode: invalid bytes in the middle of a check are no key (and no quit); the next key is answered.
    @Test(arguments: [["--kiosk"], [], ["--demo"]], invalid)
    func invalidBytesAreIgnoredInEveryMode(_ mode: [String], _ bytes: [UInt8]) throws {
        let t = try Tmux(mode + ["--date", "2026-11-24"])
        if mode.isEmpty {
            try t.press("1", thenWaitFor: "この施設のオンライン資格確認は")
        } else if mode == ["--demo"] {
            try t.wait(for: "研修モード")
            try t.press("1", thenWaitFor: "この施設のオンライン資格確認は")
        } else {
            try t.wait(for: "この施設のオンライン資格確認は")
        }
        try t.send(bytes: bytes)
        try t.press("2", thenWaitFor: "患者さんがお持ちのもの")
        let pid = try #require(t.appPID)
        #expect(kill(pid, 0) == 0, "still running")
    }

    /// Invalid bytes typed into a text field leave no character behind: only the digits are there, and the "(" of
    /// c3 28 (the byte that cut the sequence is a key of its own).
    @Test func invalidBytesTypeNothingIntoAField() throws {
        let t = try Tmux(["--kiosk", "--date", "2025-08-05"])
        try t.wait(for: "この施設のオンライン資格確認は")
        try t.keys("2", "3")
        try t.press("Enter", thenWaitFor: "保険証の保険者の種類は")
        try t.press("9", thenWaitFor: "保険者番号（8桁")
        try t.type("06")
        for bytes in Self.invalid { try t.send(bytes: bytes) }
        try t.type("13")
        let screen = try t.wait(for: "[06(13 ")
        #expect(!screen.contains("\u{FFFD}"))
    }

    /// A 1 MiB paste (text, Japanese and line ends) into the kiosk is read and dropped at once: within a second the
    /// notice shows and the next key is answered.
    @Test(arguments: ["ja", "en"])
    func aLargePasteIsDroppedWithinASecond(_ lang: String) throws {
        let t = try Tmux(["--kiosk", "--lang", lang, "--date", "2026-11-24"])
        let (question, next, notice) = lang == "ja"
            ? ("この施設のオンライン資格確認は", "患者さんがお持ちのもの", "貼り付けられた大量の入力を無視しました")
            : ("check eligibility online", "What does the patient hold", "A large paste was ignored")
        try t.wait(for: question)
        // Letters and kana only: whatever is read as keys before the flood shows does nothing on this page.
        var rng = SplitMix(seed: 7)
        let pieces = Array("abcxyz あいう漢字\n".unicodeScalars).map { String($0) }
        var text = ""
        while text.utf8.count < 1 << 20 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        let file = t.home.appending(path: "paste.txt")
        try Data(text.utf8).write(to: file)
        try t.run(["load-buffer", "-b", "paste", file.path])
        let start = Date()
        try t.run(["paste-buffer", "-b", "paste", "-t", "t"])
        try t.wait(for: notice, timeout: 10)
        let noticed = Date().timeIntervalSince(start)
        try t.press("2", thenWaitFor: next)
        let answered = Date().timeIntervalSince(start)
        #expect(answered < 1, "the notice after \(noticed) s, the next key answered after \(answered) s")
        let pid = try #require(t.appPID)
        #expect(kill(pid, 0) == 0, "still running")
    }
}

extension Tmux {
    /// Raw bytes, as a terminal would pass them on (`send-keys -H`).
    func send(bytes: [UInt8]) throws {
        try run(["send-keys", "-t", "t", "-H"] + bytes.map { String(format: "%02x", $0) })
    }
}

/// Escape sequences curses does not know (the terminal and its terminfo disagree) are one key or none, never Esc:
/// End as ESC [ 4 ~ on a result must not take the receptionist back a question.
@Suite struct UnknownEscapeSequenceTests {
    @Test func anUnknownEndSequenceOnAResultStaysThere() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "1")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        for sequence in [["1b", "5b", "34", "7e"], ["1b", "5b", "39", "39", "7a"], ["1b", "4f", "46"]] {
            try t.run(["send-keys", "-t", "t", "-H"] + sequence)
            try t.keys("C-l")
            Thread.sleep(forTimeInterval: 0.3)
            let screen = try t.screen()
            #expect(screen.contains("資格確認ができません"), "after \(sequence): \(screen)")
            #expect(!screen.contains("お持ちのもの"), "went back a question after \(sequence)")
        }
        // A real Esc still goes back.
        try t.press("Escape", thenWaitFor: "お持ちのもの")
    }
}
