import Facility
import Eligibility
import Foundation
import Store
import Testing

/// Thirty checks over six Japan days; the expected figures below were counted by hand from this table.
@Suite struct SeededReportTests {
    /// Held: M マイナ保険証, C 資格確認書, L 従来の保険証, N お知らせ, P マイナポータル. Times are Japan times.
    static let seed: [(day: String, time: String, online: Bool, held: String, verdict: Verdict, path: Int?)] = [
        ("2026-11-19", "12:00:00", true, "M", .confirmed, 1),       // before the range
        ("2026-11-20", "08:30:00", false, "M", .notConfirmed, nil), // offlineExtra
        ("2026-11-20", "09:10:00", false, "MN", .confirmed, 5),     // offlineExtra
        ("2026-11-20", "09:45:00", false, "C", .confirmed, 2),
        ("2026-11-20", "10:20:00", false, "MC", .confirmed, 2),
        ("2026-11-20", "11:00:00", false, "L", .notConfirmed, nil),
        ("2026-11-20", "13:30:00", false, "", .notConfirmed, nil),
        ("2026-11-20", "15:15:00", false, "MP", .confirmed, 4),     // offlineExtra
        ("2026-11-20", "16:40:00", false, "ML", .conditional, 8),   // offlineExtra
        ("2026-11-21", "08:05:00", true, "M", .confirmed, 1),
        ("2026-11-21", "08:50:00", true, "M", .confirmed, 1),
        ("2026-11-21", "09:30:00", true, "M", .conditional, 6),
        ("2026-11-21", "10:10:00", true, "M", .conditional, 7),
        ("2026-11-21", "10:55:00", true, "C", .confirmed, 2),
        ("2026-11-21", "11:40:00", true, "ML", .confirmed, 1),
        ("2026-11-21", "14:00:00", true, "L", .notConfirmed, nil),
        ("2026-11-21", "17:59:00", true, "MN", .confirmed, 5),
        ("2026-11-22", "00:00:00", false, "M", .notConfirmed, nil), // offlineExtra; 2026-11-21T15:00:00Z
        ("2026-11-22", "09:00:00", true, "M", .confirmed, 1),
        ("2026-11-22", "09:20:00", false, "MC", .confirmed, 2),
        ("2026-11-22", "10:00:00", false, "N", .notConfirmed, nil),
        ("2026-11-22", "10:30:00", false, "P", .notConfirmed, nil),
        ("2026-11-22", "11:00:00", false, "MNP", .confirmed, 4),    // offlineExtra
        ("2026-11-22", "12:00:00", true, "", .notConfirmed, nil),
        ("2026-11-22", "23:59:59", false, "ML", .conditional, 8),   // offlineExtra; 2026-11-22T14:59:59Z
        ("2026-11-23", "09:00:00", false, "CL", .confirmed, 2),
        ("2026-11-23", "09:30:00", false, "MN", .confirmed, 5),     // offlineExtra
        ("2026-11-23", "10:00:00", true, "M", .conditional, 6),
        ("2026-11-23", "11:00:00", false, "MP", .confirmed, 4),     // offlineExtra
        ("2026-11-24", "09:00:00", false, "M", .notConfirmed, nil), // after the range
    ]

    /// The figures of one day or of the range, in a form a table can hold.
    struct Figures: Equatable, CustomStringConvertible {
        var total, confirmed, conditional, notConfirmed: Int
        var myna, certificate, legacy, notice, portal, nothing: Int
        var offline, offlineExtra: Int

        init(_ total: Int, _ confirmed: Int, _ conditional: Int, _ notConfirmed: Int, _ myna: Int, _ certificate: Int,
             _ legacy: Int, _ notice: Int, _ portal: Int, _ nothing: Int, _ offline: Int, _ offlineExtra: Int) {
            (self.total, self.confirmed, self.conditional, self.notConfirmed) = (total, confirmed, conditional, notConfirmed)
            (self.myna, self.certificate, self.legacy, self.notice, self.portal, self.nothing)
                = (myna, certificate, legacy, notice, portal, nothing)
            (self.offline, self.offlineExtra) = (offline, offlineExtra)
        }

        init(_ c: TallyCounts) {
            self.init(c.total, c.count(.confirmed), c.count(.conditional), c.count(.notConfirmed),
                      c.count(holding: .mynaCard), c.count(holding: .certificate), c.count(holding: .legacyCard),
                      c.count(holding: .notice), c.count(holding: .portal), c.heldNothing, c.offline, c.offlineExtra)
        }

        var description: String {
            "\([total, confirmed, conditional, notConfirmed, myna, certificate, legacy, notice, portal, nothing, offline, offlineExtra])"
        }
    }

    //                                         total  ○  △  ×   M  C  L  N  P  none  offline  extra
    static let expectedDays: [(String, Figures)] = [
        ("2026-11-20", Figures(8, 4, 1, 3, 5, 2, 2, 1, 1, 1, 8, 4)),
        ("2026-11-21", Figures(8, 5, 2, 1, 6, 1, 2, 1, 0, 0, 0, 0)),
        ("2026-11-22", Figures(8, 3, 1, 4, 5, 1, 1, 2, 2, 1, 6, 3)),
        ("2026-11-23", Figures(4, 3, 1, 0, 3, 1, 1, 1, 1, 0, 3, 2)),
    ]
    static let expectedRange = Figures(28, 15, 5, 8, 19, 5, 6, 5, 4, 2, 17, 9)
    static let expectedPaths: [DecisionPath: Int] = [
        .mynaRead: 4, .certificate: 5, .legacyCard: 0, .mynaWithPortal: 3, .mynaWithNotice: 3,
        .oralConfirmation: 2, .declarationForm: 1, .interimLegacyCard: 2, .interimNotice: 0,
    ]

    static func seededTally() throws -> Tally {
        let tally = try Tally.open(path: Fixture.folder().appending(path: "tally.sqlite").path)
        let letters: [Character: DocumentKind] = ["M": .mynaCard, "C": .certificate, "L": .legacyCard, "N": .notice, "P": .portal]
        for s in seed {
            let t = s.time.split(separator: ":").map { Int($0)! }
            let held = DocumentSet(s.held.map { letters[$0]! })
            let path = s.path.map { DecisionPath(rawValue: $0)! }
            let used: [DocumentKind] = switch path {
            case .mynaRead?, .oralConfirmation?, .declarationForm?: [.mynaCard]
            case .certificate?: [.certificate]
            case .legacyCard?, .interimLegacyCard?: [.legacyCard]
            case .mynaWithPortal?: [.mynaCard, .portal]
            case .mynaWithNotice?, .interimNotice?: [.mynaCard, .notice]
            case nil: []
            }
            let condition: Condition? = switch path {
            case .oralConfirmation?: .oralConfirmation
            case .declarationForm?: .declarationForm
            case .interimLegacyCard?, .interimNotice?: s.online ? .onlineQuery : .insurerQuery
            default: nil
            }
            try tally.record(TallyRecord(
                recordedAt: Fixture.seconds(japan: s.day, t[0], t[1], t[2]), visitDate: date(s.day), online: s.online ? .yes : .no,
                reader: s.online && held.contains(.mynaCard) ? .known(.ok) : nil, held: held,
                insurer: held.contains(.legacyCard) ? .known(.kyokai) : nil, verdict: s.verdict, used: used,
                condition: condition, path: path))
        }
        return tally
    }

    @Test func figuresMatchTheHandCount() throws {
        let report = try Self.seededTally().report(from: date("2026-11-20"), to: date("2026-11-23"))
        #expect(report.days.map(\.date.iso) == Self.expectedDays.map(\.0))
        for (day, (iso, expected)) in zip(report.days, Self.expectedDays) {
            #expect(Figures(day.counts) == expected, "\(iso)")
        }
        #expect(Figures(report.counts) == Self.expectedRange)
        for p in DecisionPath.allCases {
            #expect(report.counts.count(path: p) == Self.expectedPaths[p], "path \(p.rawValue)")
        }
        #expect(report.counts.offlineExtraShare == 9.0 / 28.0)
        #expect(report.counts.offlineExtraShareOfOffline == 9.0 / 17.0)
    }

    @Test func aDayWithoutChecksIsAZeroRow() throws {
        let report = try Self.seededTally().report(from: date("2026-11-18"), to: date("2026-11-19"))
        #expect(report.days.map(\.counts.total) == [0, 1])
        #expect(report.days[0].counts == TallyCounts())
    }
}
