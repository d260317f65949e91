import BundledResources
import Eligibility
import Foundation
import StrictJSON
import Testing

/// `rules diff` as a test: today's rules against 2026.11-1 (kept in Tests/Fixtures in today's schema), which ended
/// the interim handling on 2026-03-31 instead of 2026-07-31.
@Suite struct RulesDiffTests {
    static let fixture = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/rules-2026.11-1.json")
    static let oldBytes = Array(try! Data(contentsOf: fixture))
    static let newBytes = Array(BundledResources.rules)
    static let diff = RulesDiff(
        old: try! RulesFile.load(oldBytes, file: "rules-2026.11-1.json"), oldTree: try! JSONReader.parse(oldBytes),
        new: try! RulesFile.load(newBytes, file: "rules.json"), newTree: try! JSONReader.parse(newBytes))

    @Test func theFileChangesAreTheVersionTheReviewAndTheWindow() {
        #expect(Self.diff.oldVersion == "2026.11-1")
        #expect(Self.diff.newVersion == "2026.12-1")
        // 2026.12-1 also adds menu 4's guide to the マイナ資格確認アプリ: added values only.
        let guide = Self.diff.fileChanges.filter { $0.path.hasPrefix("appGuide.") }
        #expect(!guide.isEmpty && guide.allSatisfy { $0.old == nil && $0.new != nil })
        let paths = Set(Self.diff.fileChanges.map(\.path).filter { !$0.hasPrefix("appGuide.") })
        #expect(paths == ["version", "reviewedOn", "reviewedUntil", "dates.interimWindow.to", "dates.interimWindow.note",
                          "dates.interimWindow.source",
                          // The reasons no longer name a card reader: an app facility reads the card too.
                          "reasons.myna-reader-failed.text.ja", "reasons.myna-reader-failed.text.en",
                          "reasons.myna-no-record.text.ja", "reasons.myna-no-record.text.en"], "\(Self.diff.fileChanges)")
        let to = Self.diff.fileChanges.first { $0.path == "dates.interimWindow.to" }
        #expect(to?.old == "2026-03-31" && to?.new == "2026-07-31")
    }

    /// Only the months the window was extended by answer differently, and there an expired card or a notice alone
    /// goes from not confirmed to confirmed on a condition — with the offline warning wherever no card is read online.
    @Test func onlyTheExtendedMonthsAnswerDifferently() {
        let situations = Self.diff.situations
        #expect(!situations.isEmpty)
        let extended = CalendarDate(iso: "2026-04-01")!...CalendarDate(iso: "2026-07-31")!
        for s in situations {
            #expect(extended.contains(s.firstDate) && extended.contains(s.lastDate), "\(s.firstDate)…\(s.lastDate)")
            #expect(s.old.verdict == .notConfirmed)
            #expect(s.new.verdict == .conditional)
            #expect(s.new.condition == .onlineQuery || s.new.condition == .insurerQuery)
            #expect(s.new.warnings.contains(.interimOffline) == (s.example.online != .yes))
            #expect(s.example.legacyCard != nil || s.example.notice != nil)
        }
        #expect(situations.contains { $0.firstDate == extended.lowerBound })
        #expect(situations.contains { $0.lastDate == extended.upperBound })
        #expect(Set(situations.map(\.online)) == Set(OnlineChecking.allCases))
        // The example of each situation really answers as its two answers say.
        let old = try! RulesFile.load(Self.oldBytes, file: "old"), new = try! RulesFile.load(Self.newBytes, file: "new")
        for s in situations {
            let a = Eligibility.decide(s.example, dates: old.dates, today: s.example.visitDate)
            let b = Eligibility.decide(s.example, dates: new.dates, today: s.example.visitDate)
            #expect(a.verdict == s.old.verdict && b.verdict == s.new.verdict && b.use == s.new.use)
        }
    }

    @Test func aFileComparedWithItselfChangesNothing() {
        let rules = try! RulesFile.load(Self.newBytes, file: "rules.json")
        let tree = try! JSONReader.parse(Self.newBytes)
        let same = RulesDiff(old: rules, oldTree: tree, new: rules, newTree: tree)
        #expect(same.fileChanges.isEmpty)
        #expect(same.situations.isEmpty)
        #expect(same.casesCompared > 100_000, "the grid is not trivially small: \(same.casesCompared)")
    }

    /// Moving the kouki cap by a day changes the answers of that day only.
    @Test func aMovedDateChangesItsDayAndNothingElse() throws {
        let text = String(decoding: Self.newBytes, as: UTF8.self)
        let moved = Array(text.replacingOccurrences(of: "\"2025-07-31\"", with: "\"2025-07-30\"").utf8)
        let old = try RulesFile.load(Self.newBytes, file: "a"), new = try RulesFile.load(moved, file: "b")
        let diff = RulesDiff(old: old, oldTree: try JSONReader.parse(Self.newBytes), new: new, newTree: try JSONReader.parse(moved))
        #expect(diff.fileChanges.contains { $0.path == "dates.legacyCapKouki.date" })
        #expect(!diff.situations.isEmpty)
        #expect(diff.situations.allSatisfy { $0.firstDate == CalendarDate(iso: "2025-07-31")! && $0.lastDate == $0.firstDate })
        #expect(diff.situations.allSatisfy { $0.example.legacyCard?.insurer == .kouki })
    }
}
