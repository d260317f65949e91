import Adoption
import Eligibility
import Foundation
import Printing
import Testing

/// The real tools (pango-view, qrencode, ghostscript) render real pages; poppler and zbar read them back.
@Suite struct PrintingTests {
    @Test(arguments: [Language.ja, .en])
    func leafletIsOneA4PageWhoseTextReadsBackLineByLine(_ language: Language) throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pdf = dir + "/leaflet.pdf"
        let doc = PrintDocument.leaflet(rules: Fixture.rules, facilityName: "やまだ内科クリニック", language: language)
        let receipt = try Printing.render(doc, to: .pdf(path: pdf))
        #expect(receipt.text(.ja) == "PDFに書き出しました: \(pdf)")
        let info = try pageInfo(pdf)
        #expect(info.size == "595 x 842 pts (A4)")
        #expect(info.pages == "1")
        let printed = try textLines(pdf)
        let expected = PatientLeaflet.lines(rules: Fixture.rules, facilityName: "やまだ内科クリニック", language: language)
            .map { String($0.text.trimmingSpaces) }.filter { !$0.isEmpty }
        // pdftotext reads the spaces that indent items by their width, and may split a line at a bold letter.
        func squeezed(_ lines: [String]) -> String { String(lines.joined().filter { !$0.isWhitespace }) }
        #expect(squeezed(printed) == squeezed(expected))
        #expect(printed.count >= expected.count)
        if language == .ja {
            for sentence in ["やまだ内科クリニック", "患者さん向けご案内", "マイナ保険証だけでは", "保険の確認ができません。",
                             "■ 次のAかBをお持ちください", "申請は2年以内です。"] {
                #expect(printed.contains(sentence), "\(sentence)")
            }
        }
    }

    @Test func sheetCarriesThePortalAddressAsAQRCode() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try RegistrationSheet.save(Fixture.sheetText(), date: Fixture.today, directory: dir)
        let doc = try PrintDocument.savedRegistrationSheet(directory: dir, rules: Fixture.rules, language: .ja)
        #expect(doc.qrCode == Fixture.rules.portalSite.url)
        let pdf = dir + "/sheet.pdf"
        try Printing.render(doc, to: .pdf(path: pdf))
        #expect(try pageInfo(pdf) == ("595 x 842 pts (A4)", "1"))
        #expect(try decodedQRCodes(pdf) == Fixture.rules.portalSite.url + "\n")
        let printed = try textLines(pdf)
        for line in ["医療機関等名: やまだ内科クリニック", "医療機関等コード（10桁）: 3410712362（ポータルが自動で入力します）",
                     Fixture.rules.portalSite.url, "■ スマートフォンで下のQRコードを読み取ると、ポータルサイトが開きます"] {
            #expect(printed.contains(line), "\(line)")
        }
        #expect(!printed.joined().contains("Passw0rd"))
    }

    @Test func theLatestSavedSheetIsPrinted() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(RegistrationSheet.latestSaved(directory: dir) == nil)
        _ = try RegistrationSheet.save("old\n", date: CalendarDate(iso: "2026-12-06")!, directory: dir)
        _ = try RegistrationSheet.save("first of the day\n", date: Fixture.today, directory: dir)
        let newest = try RegistrationSheet.save("second of the day\n", date: Fixture.today, directory: dir)
        _ = FileManager.default.createFile(atPath: dir + "/portal-registration-2026-13-01.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: dir + "/portal-registration-2026-12-07-x.txt", contents: Data())
        #expect(newest.hasSuffix("portal-registration-2026-12-07-2.txt"))
        #expect(RegistrationSheet.latestSaved(directory: dir) == newest)
        let doc = try PrintDocument.savedRegistrationSheet(directory: dir, rules: Fixture.rules, language: .en)
        #expect(doc.lines.first == PrintDocument.Line(.title, "second of the day"))
        // No address in the sheet: the rules file's.
        #expect(doc.qrCode == Fixture.rules.portalSite.url)
    }

    @Test func noSavedSheetSaysHowToMakeOne() {
        let parent = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let dir = parent + "/none"
        #expect(throws: PrintError.noSavedSheet(directory: dir)) {
            try PrintDocument.savedRegistrationSheet(directory: dir, rules: Fixture.rules, language: .ja)
        }
        let ja = PrintError.noSavedSheet(directory: dir).text(.ja)
        #expect(ja.contains("「4 導入準備・お問い合わせ」→「2 ポータル登録の準備」"), "\(ja)")
        #expect(PrintError.noSavedSheet(directory: dir).text(.en).contains("menu 4"))
    }

    @Test func facilityNameComesBackFromASavedSheetInEitherLanguage() {
        #expect(RegistrationSheet.facilityName(inSavedSheet: Fixture.sheetText(.ja)) == "やまだ内科クリニック")
        #expect(RegistrationSheet.facilityName(inSavedSheet: Fixture.sheetText(.en)) == "やまだ内科クリニック")
        #expect(RegistrationSheet.facilityName(inSavedSheet: "nothing here\n") == nil)
    }

    @Test func missingToolsAreNamedWithTheirPackagesAndNothingIsWritten() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pdf = dir + "/sheet.pdf"
        let doc = PrintDocument.registrationSheet(Fixture.sheetText(), rules: Fixture.rules, language: .ja)
        let error = #expect(throws: PrintError.self) { try Printing.render(doc, to: .pdf(path: pdf), searchPath: dir) }
        #expect(error?.text(.ja) == "印刷に必要なプログラム pango-view、qrencode、gs が見つかりません（PATH にありません）。"
            + "Debian では apt install pango1.0-tools qrencode ghostscript で入ります。何も書き出していません")
        #expect(error?.text(.en) == "printing needs pango-view, qrencode, gs, which is not on PATH; "
            + "on Debian: apt install pango1.0-tools qrencode ghostscript. Nothing was written")
        let leaflet = PrintDocument.leaflet(rules: Fixture.rules, facilityName: nil, language: .ja)
        // pango-view alone on the path: printing to a printer lacks lp.
        let bin = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: bin) }
        try FileManager.default.createSymbolicLink(atPath: bin + "/pango-view", withDestinationPath: "/usr/bin/pango-view")
        let noLp = #expect(throws: PrintError.self) {
            try Printing.render(leaflet, to: .printer(name: "desk"), searchPath: bin)
        }
        #expect(noLp?.text(.en) == "printing needs lp, which is not on PATH; on Debian: apt install cups-client. Nothing was written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test(arguments: ["/dev/full", "/nonexistent-folder/leaflet.pdf", "/tmp"])
    func aPlaceThatCannotBeWrittenIsAnErrorInWords(_ path: String) throws {
        let doc = PrintDocument.leaflet(rules: Fixture.rules, facilityName: nil, language: .ja)
        let error = #expect(throws: PrintError.self) { try Printing.render(doc, to: .pdf(path: path)) }
        let text = error?.text(.ja) ?? ""
        #expect(text.hasPrefix("保存できませんでした: \(path)（"), "\(text)")
        #expect(!text.contains("エラー番号"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-folder"))
    }

    @Test func aReadOnlyFolderIsAnErrorAndKeepsWhatWasThere() throws {
        let dir = temporaryFolder()
        defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
        let pdf = dir + "/leaflet.pdf"
        _ = FileManager.default.createFile(atPath: pdf, contents: Data("old".utf8))
        chmod(dir, 0o555)
        // root writes anywhere: then the read-only case is the kernel's /proc, which takes no new files.
        let target = getuid() == 0 ? "/proc/uketsuke-leaflet.pdf" : pdf
        let doc = PrintDocument.leaflet(rules: Fixture.rules, facilityName: nil, language: .en)
        let error = #expect(throws: PrintError.self) { try Printing.render(doc, to: .pdf(path: target)) }
        #expect(error?.text(.en).hasPrefix("Could not save \(target): ") == true, "\(error?.text(.en) ?? "")")
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["leaflet.pdf"])
    }

    @Test func anUnknownPrinterIsRefusedInWords() throws {
        let doc = PrintDocument.leaflet(rules: Fixture.rules, facilityName: nil, language: .ja)
        let error = #expect(throws: PrintError.self) { try Printing.render(doc, to: .printer(name: "no-such-queue")) }
        guard case .printerRejected(let name, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(name == "no-such-queue")
        let text = error!.text(.ja)
        #expect(text.hasPrefix("プリンター「no-such-queue」に送れませんでした（lp: "), "\(text)")
        #expect(text.contains("lpstat -p"))
    }
}
