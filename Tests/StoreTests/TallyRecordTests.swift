import Eligibility
import Foundation
import Store
import Testing

@Suite struct TallyRecordTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let c: CheckCase
        let reader: ReaderResult?
        let verdict: Verdict
        let path: DecisionPath?
        let offlineExtra: Bool
        var testDescription: String { name }
    }

    static let kouki = LegacyCard(insurer: .kouki, printedExpiry: date("2025-07-31"))
    static let kumiai = LegacyCard(insurer: .kumiai)

    /// What the wizard's one call records, and the adoption headline, case by case.
    static let rows: [Row] = [
        Row(name: "card read at an online facility", c: CheckCase(visitDate: date("2026-11-24"), online: .yes, mynaCard: true),
            reader: .ok, verdict: .confirmed, path: .mynaRead, offlineExtra: false),
        Row(name: "マイナ保険証 alone, offline: turned back", c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true),
            reader: nil, verdict: .notConfirmed, path: nil, offlineExtra: true),
        Row(name: "マイナ保険証 and お知らせ, offline", c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true,
                                                            notice: QualificationNotice()),
            reader: nil, verdict: .confirmed, path: .mynaWithNotice, offlineExtra: true),
        Row(name: "マイナ保険証 and the portal screen, offline", c: CheckCase(visitDate: date("2026-11-24"), online: .no,
                                                                 mynaCard: true, portal: true),
            reader: nil, verdict: .confirmed, path: .mynaWithPortal, offlineExtra: true),
        Row(name: "マイナ保険証 and 資格確認書, offline: the certificate does", c: CheckCase(
                visitDate: date("2026-11-24"), online: .no, mynaCard: true,
                certificate: EligibilityCertificate(expiry: date("2027-07-31"))),
            reader: nil, verdict: .confirmed, path: .certificate, offlineExtra: false),
        Row(name: "マイナ保険証 and a valid legacy card, offline: the card does", c: CheckCase(
                visitDate: date("2025-11-10"), online: .no, mynaCard: true, legacyCard: kumiai),
            reader: nil, verdict: .confirmed, path: .legacyCard, offlineExtra: false),
        Row(name: "マイナ保険証 and an expired 後期 card, offline: interim", c: CheckCase(
                visitDate: date("2025-08-05"), online: .no, mynaCard: true, legacyCard: kouki),
            reader: nil, verdict: .conditional, path: .interimLegacyCard, offlineExtra: true),
        Row(name: "reader failed, repeat visit", c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed,
                                                        visit: .repeat, mynaCard: true),
            reader: .failed, verdict: .conditional, path: .oralConfirmation, offlineExtra: false),
        Row(name: "no record, first visit", c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .noRecord,
                                                   mynaCard: true),
            reader: .noRecord, verdict: .conditional, path: .declarationForm, offlineExtra: false),
        Row(name: "nothing held, offline", c: CheckCase(visitDate: date("2026-11-24"), online: .no),
            reader: nil, verdict: .notConfirmed, path: nil, offlineExtra: false),
        Row(name: "legacy card alone after the cap, offline", c: CheckCase(visitDate: date("2026-11-24"), online: .no,
                                                                     legacyCard: kumiai),
            reader: nil, verdict: .notConfirmed, path: nil, offlineExtra: false),
        Row(name: "card read with the マイナ資格確認アプリ", c: CheckCase(visitDate: date("2026-11-24"), online: .app,
                                                                   mynaCard: true),
            reader: .ok, verdict: .confirmed, path: .mynaRead, offlineExtra: false),
        Row(name: "app: no record, first visit", c: CheckCase(visitDate: date("2026-11-24"), online: .app, reader: .noRecord,
                                                        mynaCard: true),
            reader: .noRecord, verdict: .conditional, path: .declarationForm, offlineExtra: false),
        Row(name: "reader not asked without a マイナ保険証", c: CheckCase(visitDate: date("2026-11-24"), online: .yes,
                                                                 reader: .failed, legacyCard: kumiai),
            reader: nil, verdict: .notConfirmed, path: nil, offlineExtra: false),
    ]

    @Test(arguments: rows)
    func recordOfACheck(_ row: Row) {
        let d = Fixture.decide(row.c)
        let r = TallyRecord(case: row.c, decision: d, at: Date(timeIntervalSince1970: 1_795_446_000.75))
        #expect(r.recordedAt == 1_795_446_000)
        #expect(r.japanDay == date("2026-11-24"))
        #expect(r.visitDate == row.c.visitDate)
        #expect(r.online == row.c.online)
        #expect(r.reader == row.reader.map { .known($0) })
        #expect(r.held == row.c.holds)
        #expect(r.insurer == row.c.legacyCard.map { .known($0.insurer) })
        #expect(r.verdict == row.verdict)
        #expect(r.path == row.path)
        #expect(r.used == d.use)
        #expect(r.condition == d.condition)
        #expect(r.offlineExtra == row.offlineExtra)
    }

    /// A question skipped because no answer could change the decision is recorded as unknown, not as the default.
    @Test func questionsNotAskedAreUnknown() {
        let c = CheckCase(visitDate: date("2026-12-02"), online: .yes, mynaCard: true, legacyCard: Self.kumiai)
        let at = Date(timeIntervalSince1970: 1_795_446_000)
        let asked = TallyRecord(case: c, decision: Fixture.decide(c), at: at)
        #expect(asked.reader == .known(.ok))
        #expect(asked.insurer == .known(.kumiai))
        var notAsked = c
        notAsked.unasked = [.reader, .insurer, .legacyExpiry, .insurerChanged]
        let skipped = TallyRecord(case: notAsked, decision: Fixture.decide(notAsked), at: at)
        #expect(skipped.reader == .unknown)
        #expect(skipped.insurer == .unknown)
        #expect(skipped.insurer?.id == "unknown")
        // Where the question does not apply at all, there is no answer, known or not.
        var offline = CheckCase(visitDate: date("2026-12-02"), online: .no, mynaCard: true)
        offline.unasked = [.reader, .insurer]
        let none = TallyRecord(case: offline, decision: Fixture.decide(offline), at: at)
        #expect(none.reader == nil)
        #expect(none.insurer == nil)
    }
}
