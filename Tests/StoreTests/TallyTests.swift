import Facility
import Eligibility
import Foundation
import GRDB
import Store
import Testing

@Suite struct TallyTests {
    @Test func defaultPathFollowsXDG() {
        #expect(Tally.defaultPath(environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/a"])
            == "/srv/data/uketsuke/tally.sqlite")
        #expect(Tally.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
            == "/home/a/.local/share/uketsuke/tally.sqlite")
        #expect(Tally.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/uketsuke/tally.sqlite")
    }

    @Test func recordsRoundTrip() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "uketsuke/tally.sqlite").path
        let tally = try Tally.open(path: path)
        let interim = CheckCase(visitDate: date("2025-08-05"), online: .no, mynaCard: true,
                                legacyCard: LegacyCard(insurer: .kouki, printedExpiry: date("2025-07-31")))
        let read = CheckCase(visitDate: date("2025-08-05"), online: .yes, mynaCard: true, notice: QualificationNotice())
        let at = Fixture.seconds(japan: "2025-08-05", 9, 30)
        try tally.record(TallyRecord(case: interim, decision: Fixture.decide(interim), at: Date(timeIntervalSince1970: TimeInterval(at))))
        try tally.record(TallyRecord(case: read, decision: Fixture.decide(read), at: Date(timeIntervalSince1970: TimeInterval(at + 60))))

        // The columns as any SQLite tool sees them, read by a second connection while the tally is open.
        let rows = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM checks ORDER BY id")
        }
        #expect(rows.count == 2)
        #expect(rows[0] == [
            "id": 1, "recordedAt": at, "japanDay": "2025-08-05", "visitDate": "2025-08-05", "online": "no",
            "reader": nil, "heldMynaCard": 1, "heldCertificate": 0, "heldLegacyCard": 1, "heldNotice": 0, "heldPortal": 0,
            "insurer": "kouki", "verdict": "conditional", "used": "legacy-card", "condition": "insurer-query", "path": 8,
            "offlineExtra": 1,
        ])
        #expect(rows[1] == [
            "id": 2, "recordedAt": at + 60, "japanDay": "2025-08-05", "visitDate": "2025-08-05", "online": "yes",
            "reader": "ok", "heldMynaCard": 1, "heldCertificate": 0, "heldLegacyCard": 0, "heldNotice": 1, "heldPortal": 0,
            "insurer": nil, "verdict": "confirmed", "used": "myna-card", "condition": nil, "path": 1,
            "offlineExtra": 0,
        ])

        let report = try tally.report(from: date("2025-08-05"), to: date("2025-08-05"))
        #expect(report.total == 2)
        #expect(report.counts.count(.conditional) == 1)
        #expect(report.counts.count(.confirmed) == 1)
        #expect(report.counts.count(holding: .mynaCard) == 2)
        #expect(report.counts.count(path: .interimLegacyCard) == 1)
        #expect(report.counts.offlineExtra == 1)
        #expect(report.days.map(\.date) == [date("2025-08-05")])
    }

    /// Every id the domain has fits the schema's CHECK constraints, so no real check is ever refused.
    @Test func everyDomainIdFitsTheSchema() throws {
        let tally = try Tally.open(path: Fixture.folder().appending(path: "tally.sqlite").path)
        let at = Fixture.seconds(japan: "2026-11-24", 12)
        var n = 0
        func record(online: OnlineChecking = .no, reader: TallyAnswer<ReaderResult>? = nil,
                    insurer: TallyAnswer<InsurerType>? = nil, verdict: Verdict = .confirmed,
                    condition: Condition? = nil, path: DecisionPath? = nil) throws {
            try tally.record(TallyRecord(recordedAt: at, visitDate: date("2026-11-24"), online: online, reader: reader,
                                         held: DocumentSet(DocumentKind.allCases), insurer: insurer, verdict: verdict,
                                         used: DocumentKind.allCases, condition: condition, path: path))
            n += 1
        }
        for o in OnlineChecking.allCases { try record(online: o) }
        for r in ReaderResult.allCases { try record(online: .yes, reader: .known(r)) }
        try record(online: .app, reader: .unknown)
        for i in InsurerType.allCases { try record(insurer: .known(i)) }
        try record(insurer: .unknown)
        for v in Verdict.allCases { try record(verdict: v) }
        for c in Condition.allCases { try record(verdict: .conditional, condition: c) }
        for p in DecisionPath.allCases { try record(path: p) }
        #expect(try tally.report(from: date("2026-11-24"), to: date("2026-11-24")).total == n)
    }

    @Test func theJapanDayTurnsAt15UTC() throws {
        let tally = try Tally.open(path: Fixture.folder().appending(path: "tally.sqlite").path)
        for seconds: Int64 in [1_795_445_999, 1_795_446_000] {  // 2026-11-23T14:59:59Z and 15:00:00Z
            try tally.record(TallyRecord(recordedAt: seconds, visitDate: date("2026-11-23"), online: .yes, reader: .known(.ok),
                                         held: DocumentSet([.mynaCard]), insurer: nil, verdict: .confirmed, used: [.mynaCard],
                                         condition: nil, path: .mynaRead))
        }
        #expect(try tally.report(from: date("2026-11-23"), to: date("2026-11-23")).total == 1)
        #expect(try tally.report(from: date("2026-11-24"), to: date("2026-11-24")).total == 1)
        let both = try tally.report(from: date("2026-11-23"), to: date("2026-11-24"))
        #expect(both.days.map(\.counts.total) == [1, 1])
    }

    @Test func aReportHasEveryDayOfItsRange() throws {
        let empty = TallyReport(from: date("2026-02-27"), to: date("2026-03-02"))
        #expect(empty.days.map(\.date.iso) == ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"])
        #expect(empty.total == 0)
        #expect(empty.counts.offlineExtraShare == nil)
        #expect(empty.counts.count(.confirmed) == 0)
        #expect(TallyReport(from: date("2026-03-02"), to: date("2026-02-27")).days.isEmpty)
    }

    @Test func openExistingCreatesNothing() throws {
        let folder = Fixture.folder()
        #expect(try Tally.openExisting(path: folder.appending(path: "uketsuke/tally.sqlite").path) == nil)
        #expect(names(in: folder).isEmpty)
    }

    @Test func recordingReopensAfterClosing() throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        let record = TallyRecord(recordedAt: Fixture.seconds(japan: "2026-11-24", 9), visitDate: date("2026-11-24"),
                                 online: .no, reader: nil, held: [], insurer: nil, verdict: .notConfirmed, used: [],
                                 condition: nil, path: nil)
        try Tally.open(path: path).record(record)
        try Tally.open(path: path).record(record)
        let tally = try #require(try Tally.openExisting(path: path))
        #expect(try tally.report(from: date("2026-11-24"), to: date("2026-11-24")).counts.heldNothing == 2)
    }
}
