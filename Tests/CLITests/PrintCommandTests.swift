import Foundation
import Testing

/// `uketsuke print`, the real binary with the real tools: what it says, its exit codes, and that it leaves nothing
/// behind (its own TMPDIR is empty afterwards, and no PDF when it fails).
@Suite struct PrintCommandTests {
    /// A home with a saved worksheet (as the wizard names it), and a private TMPDIR.
    static func home(withSheet: Bool) throws -> (home: URL, tmp: String) {
        let home = Binary.scratch()
        let tmp = home.appending(path: "tmp").path
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        if withSheet {
            let data = home.appending(path: "data/uketsuke")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try Data("""
                医療機関等向け総合ポータルサイト 新規ユーザー登録の準備（控え）

                医療機関等名: やまだ内科クリニック
                ■ 登録の手順
                1. 検索サイトで「医療機関等向け総合ポータルサイト」と検索するか、次のアドレスを開きます。
                   https://iryohokenjyoho.service-now.com/csm

                """.utf8).write(to: data.appending(path: "portal-registration-2026-12-07.txt"))
        }
        return (home, tmp)
    }

    static func pdftotext(_ pdf: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = [pdf, "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func leafletToPDFIsHeadedByTheNameOnTheSavedSheet() throws {
        let (home, tmp) = try Self.home(withSheet: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let pdf = home.appending(path: "leaflet.pdf").path
        let run = try Binary.run(["print", "leaflet", "--to", "pdf", pdf], home: home, environment: ["TMPDIR": tmp])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "PDFに書き出しました: \(pdf)\n")
        #expect(run.err.isEmpty)
        let text = try Self.pdftotext(pdf)
        #expect(text.hasPrefix("やまだ内科クリニック\n患者さん向けご案内\n"), "\(text)")
        #expect(text.contains("保険の確認ができません。"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)

        let named = try Binary.run(["print", "leaflet", "--facility-name", "さくら薬局", "--lang", "en", "--to", "pdf", pdf],
                                   home: home, environment: ["TMPDIR": tmp])
        #expect(named.out == "PDF written: \(pdf)\n")
        #expect(try Self.pdftotext(pdf).hasPrefix("さくら薬局\nA note for patients\n"))
    }

    @Test func sheetToPDFCarriesTheQRCode() throws {
        let (home, tmp) = try Self.home(withSheet: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let pdf = home.appending(path: "sheet.pdf").path
        let run = try Binary.run(["print", "sheet", "--to", "pdf", pdf], home: home, environment: ["TMPDIR": tmp])
        #expect(run.status == 0, "\(run.err)")
        #expect(try Self.pdftotext(pdf).contains("医療機関等名: やまだ内科クリニック"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    @Test func noSavedSheetSaysWhereToMakeOne() throws {
        let (home, tmp) = try Self.home(withSheet: false)
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try Binary.run(["print", "sheet", "--to", "pdf", home.appending(path: "s.pdf").path], home: home,
                                 environment: ["TMPDIR": tmp])
        #expect(run.status == 1)
        #expect(run.err == "uketsuke: 保存されたポータル登録の準備シートがありません（\(home.path)/data/uketsuke）。"
            + "ウィザードの「4 導入準備・お問い合わせ」→「2 ポータル登録の準備」で入力して保存してください\n")
        #expect(!FileManager.default.fileExists(atPath: home.appending(path: "s.pdf").path))
    }

    @Test func missingToolsAreNamedWithTheDebianPackages() throws {
        let (home, tmp) = try Self.home(withSheet: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let pdf = home.appending(path: "sheet.pdf").path
        let run = try Binary.run(["print", "sheet", "--to", "pdf", pdf], home: home,
                                 environment: ["TMPDIR": tmp, "PATH": home.path])
        #expect(run.status == 1)
        #expect(run.err == "uketsuke: 印刷に必要なプログラム pango-view、qrencode、gs が見つかりません（PATH にありません）。"
            + "Debian では apt install pango1.0-tools qrencode ghostscript で入ります。何も書き出していません\n")
        #expect(run.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let en = try Binary.run(["print", "leaflet", "--lang", "en", "--to", "pdf", pdf], home: home,
                                environment: ["TMPDIR": tmp, "PATH": home.path])
        #expect(en.err == "uketsuke: printing needs pango-view, which is not on PATH; on Debian: apt install pango1.0-tools. "
            + "Nothing was written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    @Test(arguments: ["/dev/full", "/nonexistent-folder/leaflet.pdf"])
    func anUnwritablePDFIsAnErrorInWords(_ path: String) throws {
        let (home, tmp) = try Self.home(withSheet: false)
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try Binary.run(["print", "leaflet", "--to", "pdf", path], home: home, environment: ["TMPDIR": tmp])
        #expect(run.status == 1)
        let reason = path == "/dev/full" ? "ディスクの空きがありません" : "そのフォルダーがありません"
        #expect(run.err == "uketsuke: 保存できませんでした: \(path)（\(reason)）\n")
        #expect(run.out.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    /// No CUPS server runs in CI: a queue that does not exist, and no default destination, are refused by lp.
    @Test func printerThatCannotTakeTheJobIsAnErrorThatSaysHowToFindOne() throws {
        let (home, tmp) = try Self.home(withSheet: false)
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try Binary.run(["print", "leaflet", "--printer", "no-such-queue"], home: home,
                                 environment: ["TMPDIR": tmp, "CUPS_SERVER": home.appending(path: "no-cupsd.sock").path])
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("uketsuke: プリンター「no-such-queue」に送れませんでした（lp: "), "\(run.err)")
        #expect(run.err.contains("lpstat -p"))
        let noDefault = try Binary.run(["print", "leaflet", "--lang", "en"], home: home,
                                       environment: ["TMPDIR": tmp, "CUPS_SERVER": home.appending(path: "no-cupsd.sock").path])
        #expect(noDefault.status == 1)
        #expect(noDefault.err.hasPrefix("uketsuke: could not send to the default printer (lp: "), "\(noDefault.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    @Test(arguments: [
        (["print", "poster"], "uketsuke: 印刷するもの \"poster\" はありません。使える形: leaflet（患者さん向けご案内）/ sheet（ポータル登録の準備シート）\n"),
        (["print", "leaflet", "--to", "png", "x.png"],
         "uketsuke: --to \"png x.png\": 書き出す形とファイルが読めません。使える形: --to pdf ファイル / --printer プリンター名（どちらもなければ既定のプリンター）\n"),
        (["print", "leaflet", "--to", "pdf"],
         "uketsuke: --to \"pdf\": 書き出す形とファイルが読めません。使える形: --to pdf ファイル / --printer プリンター名（どちらもなければ既定のプリンター）\n"),
        (["print", "leaflet", "--to", "pdf", "a.pdf", "--printer", "desk", "--lang", "en"],
         "uketsuke: --to and --printer cannot be used together; accepted forms: --to pdf FILE / --printer NAME (neither: the default printer)\n"),
    ])
    func usageErrorsNameTheValueAndTheAcceptedForms(_ arguments: [String], _ message: String) throws {
        let run = try Binary.run(arguments)
        #expect(run.status == 2)
        #expect(run.err == message)
    }
}
