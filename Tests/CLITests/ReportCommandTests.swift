import Eligibility
import Foundation
import StrictJSON
import Testing

@Suite struct ReportCommandTests {
    /// 2026-11-24 10:00 in Japan.
    static let at: Int64 = 1_795_482_000

    /// A scratch home whose tally holds `count` synthetic checks from `tally-writer`, recorded at `at`.
    static func homeWithChecks(_ count: Int) throws -> URL {
        let home = Binary.scratch()
        let writer = Process()
        writer.executableURL = Binary.url.deletingLastPathComponent().appending(path: "tally-writer")
        writer.arguments = [home.appending(path: "data/uketsuke/tally.sqlite").path, String(count), String(at)]
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        return home
    }

    @Test func aMissingTallyIsZeroCountsAndStaysMissing() throws {
        let home = Binary.scratch()
        let run = try Binary.run(["report", "--json", "--from", "2026-11-01", "--to", "2026-11-02"], home: home)
        #expect(run.status == 0, "\(run.err)")
        let zeros = #""total":0,"byVerdict":{"confirmed":0,"conditional":0,"not-confirmed":0},"byHeld":{"myna-card":0,"certificate":0,"legacy-card":0,"notice":0,"portal":0,"nothing":0},"byPath":{"1":0,"2":0,"3":0,"4":0,"5":0,"6":0,"7":0,"8":0,"9":0},"byOnline":{"yes":0,"app":0,"no":0},"offlineChecks":0,"offlineExtra":0,"offlineExtraShare":null,"offlineExtraShareOfOffline":null,"notAsked":{"reader":0,"insurer":0}"#
        #expect(run.out == #"{"from":"2026-11-01","to":"2026-11-02","# + zeros
            + #","days":[{"date":"2026-11-01","# + zeros + #"},{"date":"2026-11-02","# + zeros + "}]}\n")
        #expect(!FileManager.default.fileExists(atPath: home.appending(path: "data").path))
        let text = try Binary.run(["report"], home: home)
        #expect(text.status == 0)
        #expect(text.out.contains("受付件数: 0件\nこの期間の記録はありません\n"))
        #expect(text.out.hasSuffix("集計ファイル: \(home.path)/data/uketsuke/tally.sqlite（まだありません）\n"))
    }

    /// tally-writer's first five checks, counted by hand from its formula: verdicts n % 3 (○ △ × ○ △), held the
    /// bits of n (none, M, C, MC, L), online when n is even, path n % 9 + 1; only n = 3 (offline, M, path 4) is
    /// offlineExtra.
    @Test func jsonCountsWhatWasRecorded() throws {
        let home = try Self.homeWithChecks(5)
        let run = try Binary.run(["report", "--json", "--from", "R8.11.24", "--to", "令和8年11月24日"], home: home)
        #expect(run.status == 0, "\(run.err)")
        let json = try JSONReader.parse(run.out)
        #expect(compact(member(json, "from")) == #""2026-11-24""#)
        #expect(compact(member(json, "total")) == "5")
        #expect(compact(member(json, "byVerdict")) == #"{"confirmed":2,"conditional":2,"not-confirmed":1}"#)
        #expect(compact(member(json, "byHeld"))
            == #"{"myna-card":2,"certificate":2,"legacy-card":1,"notice":0,"portal":0,"nothing":1}"#)
        #expect(compact(member(json, "offlineChecks")) == "2")
        #expect(compact(member(json, "offlineExtra")) == "1")
        #expect(compact(member(json, "offlineExtraShare")) == "0.2")
        #expect(compact(member(json, "offlineExtraShareOfOffline")) == "0.5")
    }

    @Test func csvHasOneRowPerDay() throws {
        let home = try Self.homeWithChecks(5)
        let run = try Binary.run(["report", "--csv", "--from", "2026-11-23", "--to", "2026-11-25"], home: home)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == """
            date,total,confirmed,conditional,not-confirmed,offlineExtra,held-myna-card,held-certificate,held-legacy-card,held-notice,held-portal,held-nothing,offlineChecks
            2026-11-23,0,0,0,0,0,0,0,0,0,0,0,0
            2026-11-24,5,2,2,1,1,2,2,1,0,0,1,2
            2026-11-25,0,0,0,0,0,0,0,0,0,0,0,0

            """)
    }

    @Test func textIsJapaneseByDefault() throws {
        let home = try Self.homeWithChecks(5)
        let ja = try Binary.run(["report", "--from", "2026-11-24", "--to", "2026-11-24"], home: home)
        #expect(ja.out.hasPrefix("受付の集計: 令和8年11月24日(火) 2026-11-24 〜 令和8年11月24日(火) 2026-11-24（1日間）\n受付件数: 5件\n"))
        #expect(ja.out.contains("  2件  40% ○ 受付できます\n"))
        #expect(ja.out.contains("  1件  20% 何もお持ちでなかった\n"))
        #expect(ja.out.contains("  1件（全体の20%、未導入での受付2件の50%）\n"))
        let en = try Binary.run(["report", "--lang", "en", "--from", "2026-11-24", "--to", "2026-11-24"], home: home)
        #expect(en.out.hasPrefix("Reception tally: Tue 2026-11-24 (Reiwa 8) to Tue 2026-11-24 (Reiwa 8) (1 day)\nChecks: 5\n"))
        #expect(en.out.contains("  1 (20% of all checks; 50% of the 2 without online checking)\n"))
    }

    @Test func theDefaultRangeIsThirtyDaysEndingTodayInJapan() throws {
        let run = try Binary.run(["report", "--json"])
        let today = CalendarDate(inJapanAt: Int64(Date().timeIntervalSince1970))
        #expect(run.out.hasPrefix(#"{"from":"\#(today.adding(days: -29).iso)","to":"\#(today.iso)","#))
        let onlyTo = try Binary.run(["report", "--json", "--to", "2026-03-01"])
        #expect(onlyTo.out.hasPrefix(#"{"from":"2026-01-31","to":"2026-03-01","#))
    }

    static let badRanges: [([String], String)] = [
        (["--from", "2026-13-01"],
         "uketsuke: --from \"2026-13-01\": 13月はありません（月は1〜12）。使える形: 2025-07-31 / 2025/7/31 / 20250731 / 令和7年7月31日 / R7.7.31 / 令7.7.31（1年目は元年）\n"),
        (["--to", "きのう"], "uketsuke: --to \"きのう\": "),
        (["--from", "2026-11-30", "--to", "R8.11.1"],
         "uketsuke: --from \"2026-11-30\" が --to \"R8.11.1\" より後です（--from に期間の最初の日、--to に最後の日を指定してください）\n"),
        (["--lang", "en", "--from", "2026-11-30", "--to", "2026-11-01"],
         "uketsuke: --from \"2026-11-30\" is after --to \"2026-11-01\" (--from is the first day of the period, --to the last)\n"),
        (["--lang", "en", "--to", "R8.2.30"], "uketsuke: --to \"R8.2.30\": "),
    ]

    @Test(arguments: badRanges)
    func aBadRangeIsAUsageError(_ arguments: [String], _ message: String) throws {
        let run = try Binary.run(["report"] + arguments)
        #expect(run.status == 2)
        #expect(run.err.hasPrefix(message), "\(run.err)")
        #expect(run.out.isEmpty)
        if !message.contains("より後") && !message.contains("is after") {
            #expect(run.err.contains("R7.7.31"), "the accepted forms: \(run.err)")
        }
    }

    @Test func csvAndJsonTogetherIsAUsageError() throws {
        #expect(try Binary.run(["report", "--csv", "--json"]).status == 2)
    }

    @Test func aCorruptTallyIsExitOneNamingTheFileAndIsKept() throws {
        let home = Binary.scratch()
        let folder = home.appending(path: "data/uketsuke")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "tally.sqlite")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        try bytes.write(to: file)
        for format in ["--json", "--csv", "--lang=ja"] {
            let run = try Binary.run(["report", format], home: home)
            #expect(run.status == 1)
            #expect(run.out.isEmpty)
            #expect(run.err.contains(file.path), "\(run.err)")
        }
        let en = try Binary.run(["report", "--lang", "en"], home: home)
        #expect(en.err == "uketsuke: the tally file \(file.path) is damaged or not a tally database; it has been left as it is (file is not a database)\n")
        #expect(try Data(contentsOf: file) == bytes)
    }
}

/// `--tally FILE` and the config key `tally`: several accounts or desks reading one tally.
@Suite struct SharedTallyTests {
    @Test func reportReadsTheTallyNamedByTheFlagOrTheConfig() throws {
        let home = Binary.scratch()
        let shared = home.appending(path: "shared/tally.sqlite").path
        let t = try Tmux(["--date", "2026-11-24", "--tally", shared], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "1")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        let byFlag = try Binary.run(["report", "--json", "--from", "2020-01-01", "--tally", shared], home: home)
        #expect(byFlag.out.contains(#""total":1"#), "\(byFlag.out)\(byFlag.err)")
        #expect(byFlag.out.contains(#""byOnline":{"yes":0,"app":0,"no":1}"#), "\(byFlag.out)")
        let own = try Binary.run(["report", "--json", "--from", "2020-01-01"], home: home)
        #expect(own.out.contains(#""total":0"#), "the user's own tally was not written: \(own.out)")
        let config = home.appending(path: "shared.json")
        try Data("{\"tally\": \"\(shared)\"}".utf8).write(to: config)
        let byConfig = try Binary.run(["report", "--json", "--from", "2020-01-01", "--config", config.path], home: home)
        #expect(byConfig.out.contains(#""total":1"#), "\(byConfig.out)\(byConfig.err)")
    }
}
