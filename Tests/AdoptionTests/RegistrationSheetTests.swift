import Adoption
import Eligibility
import Foundation
import PropertyBased
import Testing

/// A fresh, empty folder of its own.
func temporaryFolder() -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "uketsuke-adoption-\(UUID().uuidString)").path
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func contents(_ path: String) -> String { try! String(contentsOfFile: path, encoding: .utf8) }

@Suite struct RegistrationSheetTests {
    static let checked = try! filledForm().checked().get()

    @Test func japaneseSheetHasEveryFieldTheCodeTheDateAndTheSteps() {
        let text = RegistrationSheet.text(RegistrationSheetTests.checked, rules: Fixture.rules, date: Fixture.today, language: .ja)
        let lines = text.split(separator: "\n").map(String.init)
        for line in [
            "姓: 山田", "名: 花子", "所属機関: 医科", "都道府県: 34 広島県", "点数表番号: 1（医科）", "医療機関等コード（7桁）: 0712362",
            "医療機関等コード（10桁）: 3410712362（ポータルが自動で入力します）", "医療機関等名: やまだ内科クリニック",
            "開設者（全角）: 山田太郎", "電話番号: 0821234567",
            "メールアドレス: uketsuke@yamada-naika.jp（ログインIDになります。医療機関等コードごとに1つ）",
            "パスワード: （記載しません）", "パスワード（確認用）: （記載しません）",
            "作成日: 令和8年11月24日(火) 2026-11-24",
            "1. 検索サイトで「医療機関等向け総合ポータルサイト」と検索するか、次のアドレスを開きます。",
            "   https://iryohokenjyoho.service-now.com/csm",
            "2. 画面の左側の「新規ユーザー登録はこちら」をクリックします。",
            "4. 必須項目がすべて入力されていることを確かめて、「登録」をクリックします。",
            "オンライン資格確認等コールセンター 0800-080-4583（通話無料）",
        ] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(lines.first == "医療機関等向け総合ポータルサイト 新規ユーザー登録の準備（控え）")
        #expect(!text.contains("※"), "no warning was confirmed")
    }

    @Test func englishSheet() {
        let text = RegistrationSheet.text(RegistrationSheetTests.checked, rules: Fixture.rules, date: Fixture.today, language: .en)
        #expect(text.contains("family name (姓): 山田\n"))
        #expect(text.contains("password (パスワード): (not written here)\n"))
        #expect(text.contains("facility code, 10 digits (医療機関等コード（10桁）): 3410712362"))
        #expect(text.contains("Click 「新規ユーザー登録はこちら」"))
        #expect(text.contains("Prepared: Tue 2026-11-24 (Reiwa 8)"))
    }

    @Test func aConfirmedWarningIsPrinted() throws {
        var f = filledForm()
        f.affiliation = .shika
        f.confirmFacilityCodeWarnings()
        let text = RegistrationSheet.text(try f.checked().get(), rules: Fixture.rules, date: Fixture.today, language: .ja)
        #expect(text.contains("医療機関等コード（10桁）: 3430712362"))
        #expect(text.contains("\n※ 検証番号（最後の桁）2は計算上の8と違いますが、このコードで正しいことを確認済みです\n"))
        #expect(text.contains("\n※ 医療機関番号1236は通常の範囲（3000〜3999）の外です（確認済み）\n"))
        let en = RegistrationSheet.text(try f.checked().get(), rules: Fixture.rules, date: Fixture.today, language: .en)
        #expect(en.contains("\n* The check digit 2 differs from the computed 8; confirmed as the right code\n"))
    }

    @Test func typedScoreTableIsMarked() throws {
        var f = filledForm()
        f.affiliation = .ritou
        f.scoreTableText = "1"
        let text = RegistrationSheet.text(try f.checked().get(), rules: Fixture.rules, date: Fixture.today, language: .ja)
        #expect(text.contains("所属機関: 離島診療所\n"))
        #expect(text.contains("点数表番号: 1（入力した番号）\n"))
    }

    /// Whatever the password, neither the sheet nor its file nor the form's descriptions contain it.
    @Test func thePasswordIsNeverWritten() async {
        let folder = temporaryFolder()
        let printable = Gen.character(in: "!"..."~")
        await propertyCheck(count: 200, input: printable.string(of: 5...97), Gen.int(in: 0...2)) { tail, language in
            let password = "Aa1" + tail
            let form = filledForm(password: password)
            guard case .success(let checked) = form.checked() else {
                Issue.record("a valid form failed: \(form.problems())")
                return
            }
            let lang: Language = language == 0 ? .en : .ja
            let text = RegistrationSheet.text(checked, rules: Fixture.rules, date: Fixture.today, language: lang)
            #expect(!text.contains(password))
            #expect(!"\(form)".contains(password))
            #expect(!"\(checked)".contains(password))
            if language == 2 {
                let path = try! RegistrationSheet.save(text, date: Fixture.today, directory: folder)
                #expect(!contents(path).contains(password))
            }
        }
        let saved = try! FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!saved.isEmpty)
        #expect(saved.allSatisfy { $0.hasPrefix("portal-registration-2026-11-24") && $0.hasSuffix(".txt") })
    }
}

@Suite struct SavedFileTests {
    @Test func savesUnderTheDateAndNeverOverwrites() throws {
        let folder = temporaryFolder()
        let first = try RegistrationSheet.save("one\n", date: Fixture.today, directory: folder)
        #expect(first == folder + "/portal-registration-2026-11-24.txt")
        let second = try RegistrationSheet.save("two\n", date: Fixture.today, directory: folder + "/")
        #expect(second == folder + "/portal-registration-2026-11-24-2.txt")
        try "kept\n".write(toFile: folder + "/portal-registration-2026-11-24-3.txt", atomically: false, encoding: .utf8)
        let fourth = try RegistrationSheet.save("four\n", date: Fixture.today, directory: folder)
        #expect(fourth == folder + "/portal-registration-2026-11-24-4.txt")
        #expect(contents(first) == "one\n")
        #expect(contents(second) == "two\n")
        #expect(contents(folder + "/portal-registration-2026-11-24-3.txt") == "kept\n")
        #expect(contents(fourth) == "four\n")
        let next = try RegistrationSheet.save("next day\n", date: Fixture.today.adding(days: 1), directory: folder)
        #expect(next == folder + "/portal-registration-2026-11-25.txt")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.allSatisfy { !$0.hasPrefix(".") }, "no temporary file is left behind: \(names)")
        #expect(names.count == 5)
    }

    @Test func concurrentSavesGetDistinctFiles() async throws {
        let folder = temporaryFolder()
        let paths = await withTaskGroup(of: String.self) { group in
            for i in 0..<12 {
                group.addTask { try! RegistrationSheet.save("sheet \(i)\n", date: Fixture.today, directory: folder) }
            }
            var out: [String] = []
            for await p in group { out.append(p) }
            return out
        }
        #expect(Set(paths).count == 12)
        #expect(Set(paths.map(contents)) == Set((0..<12).map { "sheet \($0)\n" }))
    }

    @Test func createsTheDataDirectoryPrivately() throws {
        let folder = temporaryFolder() + "/data/uketsuke"
        let path = try RegistrationSheet.save("x\n", date: Fixture.today, directory: folder)
        #expect(path == folder + "/portal-registration-2026-11-24.txt")
        let file = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let dir = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        #expect(file == 0o600)
        #expect(dir == 0o700)
    }

    @Test func aFileInTheWayIsReported() throws {
        let folder = temporaryFolder()
        try "".write(toFile: folder + "/uketsuke", atomically: false, encoding: .utf8)
        #expect(throws: TextFileError.self) { try RegistrationSheet.save("x\n", date: Fixture.today, directory: folder + "/uketsuke") }
        do {
            _ = try RegistrationSheet.save("x\n", date: Fixture.today, directory: folder + "/uketsuke/sub")
            Issue.record("saved under a file")
        } catch {
            #expect(error.text(.ja) == "保存できませんでした: \(folder)/uketsuke/sub（フォルダーの場所に同じ名前のファイルがあります）")
        }
    }
}
