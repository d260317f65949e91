import Foundation
import StrictJSON
import Testing

func member(_ node: JSONNode, _ key: String) -> JSONNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.key == key }?.node
}

/// The value of a JSON node as compact JSON text, to compare expected and actual parts of a line.
func compact(_ node: JSONNode?) -> String {
    guard let node else { return "absent" }
    switch node.value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let t, _): return t
    case .string(let s): return JSONWriter.quoted(s)
    case .array(let items): return "[" + items.map { compact($0) }.joined(separator: ",") + "]"
    case .object(let m): return "{" + m.map { JSONWriter.quoted($0.key) + ":" + compact($0.node) }.joined(separator: ",") + "}"
    }
}

@Suite(.serialized) struct CheckCommandTests {
    static let scenarioLines = try! String(contentsOf: Binary.testsDirectory.appending(path: "Fixtures/scenarios.jsonl"), encoding: .utf8)
        .split(separator: "\n").map(String.init)

    /// Every scenario through the real binary: `check --batch -` with the inputs on stdin, one output line each.
    @Test func scenariosThroughTheBinary() throws {
        let inputs = try Self.scenarioLines.map { compact(member(try JSONReader.parse($0), "input")) }
        let run = try Binary.run(["check", "--batch", "-"], stdin: inputs.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.err)")
        let outputs = run.out.split(separator: "\n").map(String.init)
        #expect(outputs.count == Self.scenarioLines.count)
        for (line, output) in zip(Self.scenarioLines, outputs) {
            let scenario = try JSONReader.parse(line)
            let id = compact(member(scenario, "id"))
            let expect = try #require(member(scenario, "expect"))
            let got = try JSONReader.parse(output)
            for key in ["verdict", "use", "condition", "options", "fallback"] {
                #expect(compact(member(got, key)) == compact(member(expect, key)), "\(id) \(key)")
            }
            guard case .array(let warnings)? = member(got, "warnings")?.value else {
                Issue.record("\(id): no warnings in \(output)")
                continue
            }
            let ids = warnings.map { compact(member($0, "id")) }
            #expect("[" + ids.joined(separator: ",") + "]" == compact(member(expect, "warnings")), "\(id) warnings")
            guard case .string(let script)? = member(got, "script")?.value else {
                Issue.record("\(id): no script in \(output)")
                continue
            }
            #expect(!script.isEmpty, "\(id) script")
        }
    }

    @Test func batchFromAFileWithABadLine() throws {
        let home = Binary.scratch()
        let file = home.appending(path: "cases.jsonl")
        try Data("{\"holds\":[\"certificate\"],\"certificateExpiry\":\"R9.7.31\",\"date\":\"2026-11-24\"}\n{\"holds\":[\"x\"]}\n".utf8).write(to: file)
        let run = try Binary.run(["check", "--batch", file.path], home: home)
        #expect(run.status == 2)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"verdict\":\"confirmed\""))
        #expect(lines[1].hasPrefix("{\"line\":2,\"error\":\"holds [\\\"x\\\"]: 「x」は書類の名前ではありません"))
    }

    @Test func exitCodesFollowTheVerdict() throws {
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--online", "yes", "--holds", "myna-card"]).status == 0)
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--online", "yes", "--reader", "failed", "--holds", "myna-card", "--visit", "repeat"]).status == 3)
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--holds", "myna-card"]).status == 4)
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--holds", ""]).status == 4)
    }

    @Test func humanOutputIsJapaneseByDefault() throws {
        let run = try Binary.run(["check", "--date", "R7.8.5", "--holds", "legacy-card", "--insurer", "39132014", "--legacy-expiry", "令和7年7月31日"])
        #expect(run.status == 3)
        #expect(run.out.hasPrefix("△ 条件付きで受付できます\n受診日: 令和7年8月5日(火) 2025-08-05\n施設: オンライン資格確認 未導入\n\n提示していただくもの: 従来の健康保険証\n条件: 保険者に電話等で資格を照会\n"))
        #expect(run.out.contains("! 暫定的な取扱いはオンライン資格確認での照会を想定しています。"))
        let en = try Binary.run(["check", "--lang", "en", "--date", "R7.8.5", "--holds", "legacy-card", "--insurer", "kouki", "--legacy-expiry", "R7.7.31"])
        #expect(en.out.hasPrefix("△ Accept once the check below succeeds\nVisit date: Tue 2025-08-05 (Reiwa 7)\n"))
    }

    @Test func jsonOutput() throws {
        let run = try Binary.run(["check", "--json", "--date", "2026-11-24", "--holds", "myna-card,notice"])
        #expect(run.status == 0)
        #expect(run.out == "{\"date\":\"2026-11-24\",\"verdict\":\"confirmed\",\"path\":5,\"use\":[\"myna-card\",\"notice\"],\"condition\":null,\"options\":[],\"fallback\":null,\"reasons\":[],\"warnings\":[],\"script\":\"マイナ保険証と資格情報のお知らせで確認しました。ありがとうございます。次回も、この2つを一緒にお持ちください。\",\"rules\":\"2026.12-1\"}\n")
    }

    @Test func onlineDefaultsToTheSavedSetting() throws {
        let home = Binary.scratch()
        let config = home.appending(path: "config/uketsuke")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("{\"online\": true}\n".utf8).write(to: config.appending(path: "config.json"))
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--holds", "myna-card"], home: home).status == 0)
        #expect(try Binary.run(["check", "--date", "2026-11-24", "--holds", "myna-card", "--online", "no"], home: home).status == 4)
        // An unreadable settings file: a warning, the defaults, and the file left as it was.
        try Data("{\"online\": maybe}\n".utf8).write(to: config.appending(path: "config.json"))
        let run = try Binary.run(["check", "--date", "2026-11-24", "--holds", "myna-card"], home: home)
        #expect(run.status == 4)
        #expect(run.err.contains("config.json:1: JSONとして読めません"))
        #expect(try String(contentsOf: config.appending(path: "config.json"), encoding: .utf8) == "{\"online\": maybe}\n")
    }

    /// Every bad flag value: exit 2, and a message naming the flag, the value and the accepted forms.
    static let badFlags: [([String], String)] = [
        (["--date", "2025-02-30"], "--date \"2025-02-30\": 2025年2月は28日までです。使える形: 2025-07-31"),
        (["--date", "平成31年5月1日"], "--date \"平成31年5月1日\": 平成は平成31年4月30日までです。令和元年5月1日です。使える形:"),
        (["--online", "maybe"], "--online \"maybe\": yes・app・no のどれかで指定してください。使える値: yes"),
        (["--reader", "x"], "--reader \"x\": 使えない値です。使える値: ok, failed, no-record"),
        (["--holds", "card"], "--holds \"card\": 「card」は書類の名前ではありません。使える値: myna-card"),
        (["--holds", "legacy-card", "--insurer", "zzz"], "--insurer \"zzz\": 保険者の種類でも保険者番号でもありません。種類（kyokai"),
        (["--holds", "legacy-card", "--insurer", "0613048"], "--insurer \"0613048\": 7桁です。保険者番号は8桁（国保は6桁）です。保険者番号は8桁"),
        (["--holds", "legacy-card", "--insurer", "kouki", "--legacy-expiry", "R7.7.32"], "--legacy-expiry \"R7.7.32\": 令和7年(2025年)7月は31日までです。使える形:"),
        (["--holds", "legacy-card", "--insurer", "kyokai", "--insurer-changed", "y"], "--insurer-changed \"y\": yes か no で指定してください"),
        (["--holds", "certificate", "--certificate-expiry", "13/1/2026"], "--certificate-expiry \"13/1/2026\": 日付として読めません。使える形:"),
        (["--holds", "notice", "--notice-expiry", "R0.8.1"], "--notice-expiry \"R0.8.1\": 令和0年はありません（1年目は令和元年）。使える形:"),
        (["--visit", "again"], "--visit \"again\": 使えない値です。使える値: first, repeat"),
        (["--batch", "/nonexistent/cases.jsonl"], "--batch \"/nonexistent/cases.jsonl\": ファイルがありません"),
        (["--batch", "-", "--online", "sometimes"], "--online \"sometimes\": yes・app・no のどれかで指定してください"),
    ]

    @Test(arguments: badFlags)
    func badFlag(_ args: [String], _ message: String) throws {
        let run = try Binary.run(["check"] + args)
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("uketsuke: " + message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func badLanguageAndUnknownFlags() throws {
        let lang = try Binary.run(["check", "--lang", "fr"])
        #expect(lang.status == 2)
        #expect(lang.err.contains("The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'ja' and 'en'."))
        let unknown = try Binary.run(["check", "--colour"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("Unknown option '--colour'"))
        let english = try Binary.run(["check", "--lang", "en", "--online", "maybe"])
        #expect(english.err == "uketsuke: --online \"maybe\": not yes, app or no; accepted: yes (card reader), app (the My Number eligibility app), no (none)\n")
    }

    @Test func malformedRulesFile() throws {
        let home = Binary.scratch()
        let file = home.appending(path: "rules.json")
        let original = try String(contentsOf: Binary.testsDirectory.deletingLastPathComponent().appending(path: "Resources/rules.json"), encoding: .utf8)
        try Data(original.replacingOccurrences(of: "\"date\": \"2025-12-01\"", with: "\"date\": \"2025-12-32\"").utf8).write(to: file)
        let run = try Binary.run(["check", "--rules", file.path, "--holds", ""], home: home)
        #expect(run.status == 2)
        #expect(run.err == "uketsuke: --rules: \(file.path):13:15: dates.legacyCap.date: 日付「2025-12-32」が読めません（YYYY-MM-DD の形、例: 2025-12-01）\n")
        #expect(run.out.isEmpty)
        let missing = try Binary.run(["rules", "--rules", home.appending(path: "none.json").path])
        #expect(missing.status == 2)
        #expect(missing.err.contains("ルールファイルを読めません: ファイルがありません"))
        let newer = original.replacingOccurrences(of: "\"version\": \"2026.12-1\"", with: "\"version\": \"2027.04-1\"")
        try Data(newer.utf8).write(to: file)
        let ok = try Binary.run(["check", "--json", "--rules", file.path, "--holds", ""], home: home)
        #expect(ok.out.contains("\"rules\":\"2027.04-1\""))
    }

    /// A kiosk install copies one file: the rules are built in, no resource bundle is needed.
    @Test func theBinaryRunsAloneInAnotherFolder() throws {
        let dir = Binary.scratch()
        let copy = dir.appending(path: "uketsuke")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        let run = try Binary.run(["check", "--json", "--date", "2026-11-24", "--holds", "certificate", "--certificate-expiry", "R9.7.31"],
                                 executable: copy, home: dir)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("\"verdict\":\"confirmed\""))
        let rules = try Binary.run(["rules"], executable: copy, home: dir)
        #expect(rules.status == 0)
        #expect(rules.out.hasPrefix("ルール 2026.12-1  (built-in)\n"))
    }
}

@Suite struct OtherCommandTests {
    @Test func insurer() throws {
        let ok = try Binary.run(["insurer", "06130488", "--json"])
        #expect(ok.status == 0)
        #expect(ok.out == "{\"valid\":true,\"number\":\"06130488\",\"type\":\"kumiai\",\"typeLabel\":\"健康保険組合\",\"houbetsu\":\"06\",\"prefecture\":{\"code\":\"13\",\"name\":\"東京都\"},\"checkDigit\":{\"expected\":8,\"typed\":8},\"error\":null}\n")
        let bad = try Binary.run(["insurer", "06130487", "--json"])
        #expect(bad.status == 2)
        #expect(bad.out.hasPrefix("{\"valid\":false,\"number\":\"06130487\",\"type\":null,\"checkDigit\":{\"expected\":8,\"typed\":7},\"error\":"))
        let text = try Binary.run(["insurer", "０１０４００１３"])
        #expect(text.out == "有効な保険者番号: 01040013\n  種類: 協会けんぽ (kyokai)\n  法別番号: 01\n  都道府県: 04 宮城県\n  検証番号: 3 ✓\n")
        let kokuho = try Binary.run(["insurer", "131011", "--json"])
        #expect(kokuho.out.contains("\"type\":\"kokuho\""))
        let len = try Binary.run(["insurer", "0613048"])
        #expect(len.status == 2)
        #expect(len.err == "保険者番号ではありません: \"0613048\": 7桁です。保険者番号は8桁（国保は6桁）です\n")
    }

    @Test func facilityCode() throws {
        let ok = try Binary.run(["facility-code", "--prefecture", "34", "--kind", "ika", "--code", "0712362", "--json"])
        #expect(ok.status == 0)
        #expect(ok.out.hasPrefix("{\"valid\":true,\"code10\":\"3410712362\",\"code7\":\"0712362\",\"prefecture\":\"34\",\"scoreTable\":1,\"kind\":\"ika\""))
        let mismatch = try Binary.run(["facility-code", "--prefecture", "広島", "--kind", "shika", "--code", "0712362"])
        #expect(mismatch.status == 3)
        #expect(mismatch.out.hasPrefix("検証番号が一致しません: 3430712362\n"))
        let ten = try Binary.run(["facility-code", "--code", "3410712362", "--json"])
        #expect(ten.out.contains("\"valid\":true"))
        let badPref = try Binary.run(["facility-code", "--prefecture", "48", "--kind", "ika", "--code", "0712362"])
        #expect(badPref.status == 2)
        #expect(badPref.err.contains("--prefecture \"48\": 都道府県番号（01〜47）か都道府県名"))
        let badKind = try Binary.run(["facility-code", "--prefecture", "13", "--kind", "zaitaku", "--code", "0712362"])
        #expect(badKind.status == 2)
        #expect(badKind.err.contains("--kind \"zaitaku\": ika（医科）・shika（歯科）・chozai（調剤）・homon（訪問看護）か点数表番号1桁"))
        let badCode = try Binary.run(["facility-code", "--prefecture", "13", "--kind", "ika", "--code", "07123"])
        #expect(badCode.status == 2)
        #expect(badCode.err.contains("--code \"07123\": 5桁です。医療機関等コードは7桁"))
    }

    @Test func rulesCommand() throws {
        let text = try Binary.run(["rules"])
        #expect(text.status == 0)
        #expect(text.out.contains("  保険証の上限: 令和7年12月1日(月) 2025-12-01\n"))
        #expect(text.out.contains("  dates.legacyCap = 2025-12-01\n"))
        #expect(text.out.contains("https://www.mhlw.go.jp/stf/newpage_50657.html"))
        let json = try Binary.run(["rules", "--json"])
        let node = try JSONReader.parse(json.out)
        #expect(compact(member(node, "interimWindow")) == "{\"from\":\"2025-08-01\",\"to\":\"2026-07-31\"}")
    }

    @Test func versionAndHelp() throws {
        // The program's version, and the built-in rules' version as the rules file gives it.
        let rules = try JSONReader.parse(Data(contentsOf: Binary.testsDirectory.deletingLastPathComponent()
            .appending(path: "Resources/rules.json")))
        let rulesVersion = try #require(member(rules, "version").map(compact))
        let v = try Binary.run(["--version"])
        #expect(v.status == 0)
        #expect(v.out == "uketsuke 0.1.0 (rules \(rulesVersion.dropFirst().dropLast()))\n")
        #expect(v.out == "uketsuke 0.1.0 (rules 2026.12-1)\n" || rulesVersion != "\"2026.12-1\"")
        let h = try Binary.run(["check", "--help"])
        #expect(h.status == 0)
        #expect(h.out.contains("--legacy-expiry"))
    }
}
