import Foundation
import Testing

/// `uketsuke rules diff OLD NEW` through the real binary: the note's output, its exit codes, a bad file.
@Suite struct RulesDiffCommandTests {
    static let old = Binary.testsDirectory.appending(path: "Fixtures/rules-2026.11-1.json").path
    static let new = Binary.testsDirectory.deletingLastPathComponent().appending(path: "Resources/rules.json").path

    @Test func theExtendedWindowChangesAnswers() throws {
        let r = try Binary.run(["rules", "diff", Self.old, Self.new])
        #expect(r.status == 3, "some answers change: \(r.err)")
        #expect(r.out.hasPrefix("ルールの比較: 2026.11-1 → 2026.12-1"))
        #expect(r.out.contains("  dates.interimWindow.to\n    - 2026-03-31\n    + 2026-07-31"))
        #expect(r.out.contains("2026-04-01…2026-07-31"))
        #expect(!r.out.contains("2026-03-31…"), "no situation starts before the extension")
    }

    @Test func theSameFileChangesNothing() throws {
        let r = try Binary.run(["rules", "diff", Self.new, Self.new, "--lang", "en"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Values changed (0)"))
        #expect(r.out.contains("Answers that change (0 situations"))
    }

    @Test func theJSONNamesEachSituation() throws {
        let r = try Binary.run(["rules", "diff", Self.old, Self.new, "--json"])
        #expect(r.status == 3)
        #expect(r.out.contains(#""path":"dates.interimWindow.to","old":"2026-03-31","new":"2026-07-31""#))
        #expect(r.out.contains(#""from":"2026-04-01","to":"2026-07-31""#))
    }

    @Test func aBadFileIsAUsageError() throws {
        let r = try Binary.run(["rules", "diff", "/nonexistent/rules.json", Self.new])
        #expect(r.status == 2)
        #expect(r.err.contains("OLD"))
        #expect(r.err.contains("/nonexistent/rules.json"))
        #expect(r.out.isEmpty)
    }
}
