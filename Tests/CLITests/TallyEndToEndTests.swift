import Foundation
import StrictJSON
import Testing

/// The tally through the real wizard: recorded before the result shows, and faults that never stop a check.
@Suite struct TallyEndToEndTests {
    /// SIGKILL the moment the result is on screen: the check is already in the tally.
    @Test func aCheckIsRecordedBeforeItsResultShows() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "1")
        try t.keys("Enter")
        try t.wait(for: "資格確認ができません")
        let pid = try #require(t.appPID)
        #expect(kill(pid, SIGKILL) == 0)
        try t.wait(for: "EXIT=")
        let report = try Binary.run(["report", "--json", "--from", "2020-01-01"], home: home)
        let node = try JSONReader.parse(report.out)
        #expect(compact(member(node, "total")) == "1", "\(report.out)\(report.err)")
    }

    /// Going back from a result and answering again is the same patient: the tally counts patients.
    @Test func onePatientIsCountedOnceAfterGoingBack() throws {
        let home = Binary.scratch()
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2", "1")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        for _ in 0..<2 {
            try t.press("Escape", thenWaitFor: "お持ちのもの")
            try t.press("Enter", thenWaitFor: "資格確認ができません")
        }
        // The first start kept 未導入 as the facility's state: the next patient starts at 「お持ちのもの」.
        try t.press("Enter", thenWaitFor: "患者さんがお持ちのもの")
        try t.keys("1")
        try t.press("Enter", thenWaitFor: "資格確認ができません")
        let report = try Binary.run(["report", "--json", "--from", "2020-01-01"], home: home)
        let node = try JSONReader.parse(report.out)
        #expect(compact(member(node, "total")) == "2", "two patients, whatever was shown: \(report.out)\(report.err)")
    }

    /// A tally that cannot be written: one warning, the checks go on, the next result still shows.
    @Test func anUnwritableTallyWarnsOnceAndChecksGoOn() throws {
        let home = Binary.scratch()
        // The data folder is a file, so nothing can be created under it.
        try Data("not a folder".utf8).write(to: home.appending(path: "data"))
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2")
        let first = try t.press("Enter", thenWaitFor: "集計に記録できません")
        #expect(first.contains("資格確認ができません"), "the result is shown anyway")
        try t.press("Enter", thenWaitFor: "患者さんがお持ちのもの")
        let second = try t.press("Enter", thenWaitFor: "資格確認ができません")
        #expect(!second.contains("集計に記録できません"), "warned once")
        #expect(try String(contentsOf: home.appending(path: "data"), encoding: .utf8) == "not a folder")
    }

    /// A damaged tally file is left as it is.
    @Test func aDamagedTallyIsKept() throws {
        let home = Binary.scratch()
        let folder = home.appending(path: "data/uketsuke")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try bytes.write(to: folder.appending(path: "tally.sqlite"))
        let t = try Tmux(["--date", "2026-11-24"], home: home)
        try t.wait(for: "メニュー")
        try t.keys("1", "2")
        try t.press("Enter", thenWaitFor: "集計に記録できません")
        #expect(try Data(contentsOf: folder.appending(path: "tally.sqlite")) == bytes)
    }
}
