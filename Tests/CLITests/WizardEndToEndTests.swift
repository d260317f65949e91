import Foundation
import StrictJSON
import Testing

/// The real binary in tmux at 80×24, driven by keys like a receptionist, read back with capture-pane.
@Suite struct WizardEndToEndTests {
    /// Offline, マイナ保険証 + マイナポータル画面: confirmed; then the patient view and the next patient.
    @Test func confirmedWithThePortalScreen() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.press("1", thenWaitFor: "この施設のオンライン資格確認")
        try t.press("2", thenWaitFor: "患者さんがお持ちのもの")
        try t.keys("1", "5")
        try t.wait(for: "[x] 5")
        let result = try t.press("Enter", thenWaitFor: "受付できます  ○")
        #expect(result.contains("1. マイナ保険証"))
        #expect(result.contains("2. マイナポータル資格情報画面"))
        try t.press("p", thenWaitFor: "患 者 さ ん へ の ご 案 内")
        try t.press("Escape", thenWaitFor: "受付チェックの結果")
        // The first start kept question 1's answer as the facility's state: the next patient starts at 「お持ちのもの」.
        let next = try t.press("Enter", thenWaitFor: "手順 1/3")
        #expect(next.contains("患者さんがお持ちのもの"))
        #expect(next.contains("オンライン資格確認 未導入"))
    }

    /// Online, reader failed, 再診: conditional with oral confirmation.
    @Test func oralConfirmationOnARepeatVisit() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1")
        try t.press("1", thenWaitFor: "患者さんがお持ちのもの")
        try t.keys("1")
        try t.press("Enter", thenWaitFor: "カードリーダーの結果は")
        try t.press("2", thenWaitFor: "初診ですか、再診ですか")
        let result = try t.press("2", thenWaitFor: "条件付きで受付できます  △")
        #expect(result.contains("確認済みの保険資格に変更がないことを口頭で確認"))
    }

    /// Online, 資格情報なし: conditional with the declaration form (no visit question).
    @Test func declarationFormWhenThereIsNoRecord() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1", "1", "1")
        try t.press("Enter", thenWaitFor: "カードリーダーの結果は")
        let result = try t.press("3", thenWaitFor: "条件付きで受付できます  △")
        #expect(result.contains("被保険者資格申立書に記入いただき、通常の負担割合で受付"))
    }

    /// A typed 保険者番号 with a wrong check digit corrected in place, then the interim online query.
    @Test func typedInsurerNumberAndOnlineQuery() throws {
        // August 2025: the 後期高齢者 cards had expired and the others not yet, so the insurer is asked.
        let t = try Tmux(["--date", "2025-08-05"])
        try t.wait(for: "メニュー")
        try t.keys("1", "1", "3")
        try t.press("Enter", thenWaitFor: "保険証の保険者の種類は")
        try t.press("9", thenWaitFor: "保険者番号（8桁・国保は6桁）")
        try t.type("06130487")
        try t.keys("Enter")
        try t.wait(for: "正しくは8です")
        try t.keys("BSpace")
        try t.type("8")
        try t.wait(for: "判定: 健康保険組合・東京都")
        try t.press("Enter", thenWaitFor: "保険証に印字された有効期限は")
        try t.type("R7.7.31")
        try t.press("Enter", thenWaitFor: "保険の変更はありませんか")
        let result = try t.press("1", thenWaitFor: "条件付きで受付できます  △")
        #expect(result.contains("被保険者番号でオンライン資格確認に照会"))
    }

    /// A 和暦 date typed wrong, corrected in place; offline interim: insurer query with W-interim-offline.
    @Test func warekiDateCorrectedInPlaceAndInsurerQuery() throws {
        let t = try Tmux(["--date", "令和7年8月5日"])
        try t.wait(for: "令和7年8月5日(火)")
        try t.keys("1", "2", "3")
        try t.press("Enter", thenWaitFor: "保険証の保険者の種類は")
        try t.press("5", thenWaitFor: "保険証に印字された有効期限は")
        try t.type("令和7年2月29日")
        try t.keys("Enter")
        let error = try t.wait(for: "令和7年(2025年)2月は28日までです")
        #expect(error.contains("[令和7年2月29日"), "the typed text stays")
        for _ in 0..<5 { try t.keys("BSpace") }
        try t.type("7月31日")
        try t.wait(for: "判定: 令和7年7月31日(木) 2025-07-31")
        try t.press("Enter", thenWaitFor: "保険の変更はありませんか")
        let result = try t.press("1", thenWaitFor: "条件付きで受付できます  △")
        #expect(result.contains("保険者に電話等で資格を照会"))
        try t.keys("PPage")
        let warnings = try t.wait(for: "注意")
        #expect(warnings.contains("暫定的な取扱いはオンライン資格確認での照会を想定しています"))
    }

    /// Nothing held: not confirmed, with the options; Esc goes back to the question, answers kept.
    @Test func notConfirmedAndEscBackFromTheResult() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "1", "4")
        try t.press("Enter", thenWaitFor: "資格情報のお知らせの有効期限は")
        try t.type("R7.7.31")
        let result = try t.press("Enter", thenWaitFor: "資格確認ができません  ×")
        #expect(result.contains("1. マイナ保険証 + マイナポータル資格情報画面"))
        let back = try t.press("Escape", thenWaitFor: "資格情報のお知らせの有効期限は")
        #expect(back.contains("[R7.7.31"), "the answer typed before is still there")
        try t.press("Escape", thenWaitFor: "[x] 4")
    }

    /// Resizing while typing keeps the text; too small shows the notice, and growing back restores the page.
    @Test func resizeDuringInputAndTheTooSmallNotice() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "2")
        try t.press("Enter", thenWaitFor: "資格確認書の有効期限は")
        try t.type("R8.7")
        try t.resize(100, 30)
        try t.wait(for: "[R8.7")
        try t.resize(60, 18)
        try t.wait(for: "オン資 未導入")
        try t.type(".31")
        try t.resize(50, 15)
        let small = try t.wait(for: "画面が小さすぎます")
        #expect(small.contains("いまは横50"))
        try t.resize(80, 24)
        let back = try t.wait(for: "[R8.7.31")
        #expect(back.contains("判定: 令和8年7月31日(金) 2026-07-31"))
        try t.press("Enter", thenWaitFor: "資格確認ができません")
    }

    /// SIGTERM ends the wizard cleanly: exit 0 and a terminal in canonical mode with echo.
    @Test func sigtermRestoresTheTerminal() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.keys("1", "2")
        try t.wait(for: "患者さんがお持ちのもの")
        let pid = try #require(t.appPID)
        #expect(kill(pid, SIGTERM) == 0)
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane, "\(end.stty)")
    }

    /// q asks first; y quits with the terminal restored.
    @Test func quitFromHomeAfterAQuestion() throws {
        let t = try Tmux(["--date", "2026-11-24"])
        try t.wait(for: "メニュー")
        try t.press("q", thenWaitFor: "終了しますか？")
        try t.press("n", thenWaitFor: "1-5 選ぶ")
        try t.keys("q")
        try t.wait(for: "終了しますか？")
        try t.keys("y")
        let end = try t.exitAndTerminalState()
        #expect(end.code == 0)
        #expect(end.sane)
    }

    /// The checks recorded by the wizard show up in the report, and the typed number is nowhere on disk.
    @Test func checksAreRecordedWithoutTheTypedNumber() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--date", "2025-11-01"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "3")
        try t.press("Enter", thenWaitFor: "保険証の保険者の種類は")
        try t.press("9", thenWaitFor: "保険者番号（8桁")
        try t.type("06130488")
        try t.press("Enter", thenWaitFor: "保険証に印字された有効期限は")
        try t.type("0")
        try t.press("Enter", thenWaitFor: "保険の変更はありませんか")
        try t.press("1", thenWaitFor: "受付できます  ○")
        try t.press("Enter", thenWaitFor: "患者さんがお持ちのもの")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        let report = try Binary.run(["report", "--json", "--from", "2020-01-01"], home: home)
        let node = try JSONReader.parse(report.out)
        #expect(compact(member(node, "total")) == "2")
        #expect(compact(member(node, "byVerdict")) == "{\"confirmed\":1,\"conditional\":0,\"not-confirmed\":1}")
        let data = home.appending(path: "data")
        var files = 0
        for case let file as URL in FileManager.default.enumerator(at: data, includingPropertiesForKeys: nil)! {
            guard let bytes = try? Data(contentsOf: file) else { continue }
            files += 1
            #expect(!contains([UInt8](bytes), [UInt8]("06130488".utf8)), "\(file.lastPathComponent) holds the typed number")
        }
        #expect(files >= 1)
    }

    /// The training mode draws its banner and records nothing.
    @Test func demoRecordsNothing() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--demo", "--date", "2026-11-24"], home: home)
        try t.wait(for: "研修モード　この画面の操作は記録されません")
        try t.keys("1", "2")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        #expect(try t.screen().contains("研修モード"))
        #expect(!FileManager.default.fileExists(atPath: home.appending(path: "data/uketsuke").path))
    }

    /// --plain answers the same questions from a pipe.
    @Test func plainModeFromAPipe() throws {
        let run = try Binary.run(["--plain", "--date", "2026-11-24"], stdin: "1\n2\n1 4\n0\n\nb\nb\nq\ny\n")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("-- 受付チェック 手順 1/6 --"))
        #expect(run.out.contains("受付できます ○"))
        #expect(run.out.contains("  1. マイナ保険証\n  2. 資格情報のお知らせ"))
        #expect(run.out.contains("終了しますか？"))
        let eof = try Binary.run(["--plain"], stdin: "1\n")
        #expect(eof.status == 0, "end of input ends the session cleanly")
    }
}

/// A plain byte search (Foundation's Data.range(of:) takes minutes on a WAL file here).
func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
        return true
    }
    return false
}

/// 導入準備 through the real binary: the registration form with one error corrected in place.
@Suite struct RegistrationEndToEndTests {
    @Test func theFormIsSavedWithoutThePassword() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("4")
        try t.press("2", thenWaitFor: "ポータル新規ユーザー登録の準備")
        for (text, then) in [("山田", "Enter"), ("花子", "Enter")] {
            try t.type(text)
            try t.keys(then)
        }
        try t.keys("Right", "Enter")
        try t.type("広島")
        try t.keys("Enter")
        try t.type("0712362")
        try t.press("Enter", thenWaitFor: "10桁のコード: 3410712362")
        try t.keys("Space", "Down")
        try t.type("山田クリニック")
        try t.keys("Enter")
        try t.type("医療法人社団髙田会")
        try t.wait(for: "「高」を使ってください")
        try t.keys("Left", "Left", "BSpace")
        try t.type("高")
        try t.wait(for: "開設者（全角）          医療法人社団高田会")
        try t.keys("Enter")
        try t.type("0821234567")
        try t.keys("Enter")
        try t.type("info@yamada-clinic.jp")
        try t.keys("Enter")
        try t.type("Secret?Pass9")
        try t.keys("Enter")
        try t.type("Secret?Pass9")
        try t.keys("Enter", "Space", "Down")
        let saved = try t.press("Enter", thenWaitFor: "保存しました")
        #expect(!saved.contains("Secret?Pass9"))
        let folder = home.appending(path: "data/uketsuke")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("portal-registration-") }
        #expect(files.count == 1)
        let sheet = try String(contentsOf: folder.appending(path: files[0]), encoding: .utf8)
        #expect(sheet.contains("医療機関等コード（10桁）: 3410712362"))
        #expect(sheet.contains("開設者（全角）: 医療法人社団高田会"))
        #expect(sheet.contains("パスワード: （記載しません）"))
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let bytes = try [UInt8](Data(contentsOf: folder.appending(path: file)))
            #expect(!contains(bytes, [UInt8]("Secret?Pass9".utf8)), "\(file)")
        }
    }
}
