import BundledResources
import Eligibility
import Testing

/// The built-in rules, loaded once for all tests.
enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static var dates: RuleDates { rules.dates }
    static let today = date("2026-11-24")
}

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

func decide(_ c: CheckCase, today: CalendarDate = Fixture.today) -> Decision {
    Eligibility.decide(c, dates: Fixture.dates, today: today)
}

/// One row per decision path of rules.md §3, each with the smallest case that reaches it.
struct PathRow: CustomTestStringConvertible, Sendable {
    let name: String
    let c: CheckCase
    let path: DecisionPath?
    let verdict: Verdict
    let use: [DocumentKind]
    let condition: Condition?
    var testDescription: String { name }
}

let pathRows: [PathRow] = [
    PathRow(name: "1 myna read", c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .ok, mynaCard: true),
            path: .mynaRead, verdict: .confirmed, use: [.mynaCard], condition: nil),
    PathRow(name: "2 certificate valid on its last day",
            c: CheckCase(visitDate: date("2026-11-30"), online: .no, certificate: .init(expiry: date("2026-11-30"))),
            path: .certificate, verdict: .confirmed, use: [.certificate], condition: nil),
    PathRow(name: "2 certificate with unread expiry",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, certificate: .init(expiry: nil)),
            path: .certificate, verdict: .confirmed, use: [.certificate], condition: nil),
    PathRow(name: "3 legacy card before the cap",
            c: CheckCase(visitDate: date("2025-12-01"), online: .no, legacyCard: .init(insurer: .kyokai)),
            path: .legacyCard, verdict: .confirmed, use: [.legacyCard], condition: nil),
    PathRow(name: "4 myna offline + portal",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true, portal: true),
            path: .mynaWithPortal, verdict: .confirmed, use: [.mynaCard, .portal], condition: nil),
    PathRow(name: "4 myna no-record + portal",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .noRecord, mynaCard: true, portal: true),
            path: .mynaWithPortal, verdict: .confirmed, use: [.mynaCard, .portal], condition: nil),
    PathRow(name: "5 myna offline + notice",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true, notice: .init()),
            path: .mynaWithNotice, verdict: .confirmed, use: [.mynaCard, .notice], condition: nil),
    PathRow(name: "5 myna reader failed + notice valid on its last day",
            c: CheckCase(visitDate: date("2026-07-31"), online: .yes, reader: .failed, mynaCard: true,
                         notice: .init(expiry: date("2026-07-31"))),
            path: .mynaWithNotice, verdict: .confirmed, use: [.mynaCard, .notice], condition: nil),
    PathRow(name: "6 reader failed, repeat visit",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed, visit: .repeat, mynaCard: true),
            path: .oralConfirmation, verdict: .conditional, use: [.mynaCard], condition: .oralConfirmation),
    PathRow(name: "7 reader failed, first visit",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed, visit: .first, mynaCard: true),
            path: .declarationForm, verdict: .conditional, use: [.mynaCard], condition: .declarationForm),
    PathRow(name: "7 no-record, repeat visit still needs the form",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .noRecord, visit: .repeat, mynaCard: true),
            path: .declarationForm, verdict: .conditional, use: [.mynaCard], condition: .declarationForm),
    PathRow(name: "8 expired legacy card, window start, online",
            c: CheckCase(visitDate: date("2025-08-01"), online: .yes,
                         legacyCard: .init(insurer: .kouki, printedExpiry: date("2025-07-31"))),
            path: .interimLegacyCard, verdict: .conditional, use: [.legacyCard], condition: .onlineQuery),
    PathRow(name: "8 expired legacy card, window end, offline",
            c: CheckCase(visitDate: date("2026-07-31"), online: .no, legacyCard: .init(insurer: .kumiai)),
            path: .interimLegacyCard, verdict: .conditional, use: [.legacyCard], condition: .insurerQuery),
    PathRow(name: "8 expired legacy card in the extension of the window, online (2026-04-01, rules 2026.12-1)",
            c: CheckCase(visitDate: date("2026-04-01"), online: .yes, legacyCard: .init(insurer: .kyosai)),
            path: .interimLegacyCard, verdict: .conditional, use: [.legacyCard], condition: .onlineQuery),
    PathRow(name: "8 expired legacy card, the app asks the insurer (no query by number is known)",
            c: CheckCase(visitDate: date("2026-02-10"), online: .app, legacyCard: .init(insurer: .kumiai)),
            path: .interimLegacyCard, verdict: .conditional, use: [.legacyCard], condition: .insurerQuery),
    PathRow(name: "9 notice alone in the window, online",
            c: CheckCase(visitDate: date("2026-01-20"), online: .yes, notice: .init()),
            path: .interimNotice, verdict: .conditional, use: [.notice], condition: .onlineQuery),
    PathRow(name: "9 notice alone in the window, offline",
            c: CheckCase(visitDate: date("2025-08-01"), online: .no, notice: .init()),
            path: .interimNotice, verdict: .conditional, use: [.notice], condition: .insurerQuery),
    PathRow(name: "not confirmed: myna offline alone",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true),
            path: nil, verdict: .notConfirmed, use: [], condition: nil),
    PathRow(name: "not confirmed: changed insurer inside the window",
            c: CheckCase(visitDate: date("2025-09-01"), online: .yes,
                         legacyCard: .init(insurer: .kyosai, insurerChanged: true)),
            path: nil, verdict: .notConfirmed, use: [], condition: nil),
    PathRow(name: "not confirmed: notice alone the day after the window",
            c: CheckCase(visitDate: date("2026-08-01"), online: .yes, notice: .init()),
            path: nil, verdict: .notConfirmed, use: [], condition: nil),
    PathRow(name: "not confirmed: expired notice inside the window",
            c: CheckCase(visitDate: date("2025-09-01"), online: .no, notice: .init(expiry: date("2025-07-31"))),
            path: nil, verdict: .notConfirmed, use: [], condition: nil),
]

@Suite struct DecisionPathTests {
    @Test(arguments: pathRows)
    func pathTable(_ row: PathRow) {
        let d = decide(row.c)
        #expect(d.path == row.path)
        #expect(d.verdict == row.verdict)
        #expect(d.use == row.use)
        #expect(d.condition == row.condition)
        #expect((d.fallback == .selfPay) == (row.verdict == .notConfirmed))
    }

    @Test func pathsAreTriedInOrder() {
        // Holding everything valid: path 1 wins over the certificate, the legacy card and the companions.
        let all = CheckCase(visitDate: date("2025-11-01"), online: .yes, reader: .ok, mynaCard: true,
                            certificate: .init(expiry: date("2030-01-01")), legacyCard: .init(insurer: .kyokai),
                            notice: .init(), portal: true)
        #expect(decide(all).path == .mynaRead)
        var noReader = all
        noReader.reader = .failed
        #expect(decide(noReader).path == .certificate)
        noReader.certificate = nil
        #expect(decide(noReader).path == .legacyCard)
        noReader.legacyCard = nil
        #expect(decide(noReader).path == .mynaWithPortal, "portal is tried before the notice")
        noReader.portal = false
        #expect(decide(noReader).path == .mynaWithNotice)
    }

    @Test func optionsDependOnTheReader() {
        let online = decide(CheckCase(visitDate: date("2026-11-24"), online: .yes))
        #expect(online.options == [[.mynaCard], [.certificate]])
        #expect(online.script.map(\.id).contains(.optionsCardOrCertificate))
        let failed = decide(CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed))
        #expect(failed.options == [[.mynaCard, .portal], [.mynaCard, .notice], [.certificate]])
        let offline = decide(CheckCase(visitDate: date("2026-11-24"), online: .no))
        #expect(offline.options == [[.mynaCard, .portal], [.mynaCard, .notice], [.certificate]])
        #expect(offline.script.map(\.id).contains(.optionsWithCompanion))
        for d in [online, failed, offline] {
            #expect(!d.options.contains([.legacyCard]), "a legacy card is never an option")
        }
    }
}

@Suite struct LegacyCardValidityTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let insurer: InsurerType
        let printed: String?
        let changed: Bool
        let lastValid: String?
        var testDescription: String { "\(insurer.id) printed \(printed ?? "none")\(changed ? " changed" : "")" }
    }

    static let rows: [Row] = [
        Row(insurer: .kyokai, printed: nil, changed: false, lastValid: "2025-12-01"),
        Row(insurer: .senpo, printed: nil, changed: false, lastValid: "2025-12-01"),
        Row(insurer: .kumiai, printed: nil, changed: false, lastValid: "2025-12-01"),
        Row(insurer: .kyosai, printed: nil, changed: false, lastValid: "2025-12-01"),
        Row(insurer: .other, printed: nil, changed: false, lastValid: "2025-12-01"),
        Row(insurer: .kouki, printed: "2025-07-31", changed: false, lastValid: "2025-07-31"),
        Row(insurer: .kouki, printed: "2026-07-31", changed: false, lastValid: "2025-07-31"),
        Row(insurer: .kokuho, printed: "2025-07-31", changed: false, lastValid: "2025-07-31"),
        Row(insurer: .kokuho, printed: "2025-09-30", changed: false, lastValid: "2025-09-30"),
        Row(insurer: .kokuho, printed: "2026-03-31", changed: false, lastValid: "2025-12-01"),
        Row(insurer: .kokuhoKumiai, printed: "2025-09-30", changed: false, lastValid: "2025-09-30"),
        Row(insurer: .kyosai, printed: nil, changed: true, lastValid: nil),
    ]

    @Test(arguments: rows)
    func lastValidDay(_ row: Row) {
        let card = LegacyCard(insurer: row.insurer, printedExpiry: row.printed.map(date), insurerChanged: row.changed)
        guard let last = row.lastValid.map(date) else {
            let d = decide(CheckCase(visitDate: date("2025-01-10"), online: .no, legacyCard: card))
            #expect(d.verdict == .notConfirmed)
            #expect(d.reasons.map(\.id) == [.legacyInsurerChanged])
            return
        }
        #expect(decide(CheckCase(visitDate: last, online: .no, legacyCard: card)).path == .legacyCard)
        #expect(decide(CheckCase(visitDate: last.adding(days: 1), online: .no, legacyCard: card)).path != .legacyCard)
    }
}

@Suite struct ReasonTests {
    @Test func everyHeldButUnusedDocumentHasOneReason() {
        let d = decide(CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true,
                                 certificate: .init(expiry: date("2026-07-31")),
                                 legacyCard: .init(insurer: .kouki, printedExpiry: date("2025-07-31")),
                                 notice: .init(expiry: date("2026-07-31")), portal: true))
        #expect(d.use == [.mynaCard, .portal])
        #expect(d.reasons.map(\.document) == [.certificate, .legacyCard, .notice])
        #expect(d.reasons.map(\.id) == [.certificateExpired, .legacyExpiredInterimEnded, .noticeExpired])
        let r = Fixture.rules
        #expect(r.text(of: d.reasons[0], .ja) == "資格確認書は令和8年7月31日で有効期限が切れています")
        #expect(r.text(of: d.reasons[1], .ja)
            == "後期高齢者医療の保険証は令和7年7月31日で有効期限が切れています（期限切れの保険証の暫定的な取扱いも令和8年7月31日で終了）")
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let c: CheckCase
        let expected: [ReasonID]
        let textJa: [String]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "myna offline",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true),
            expected: [.mynaOffline], textJa: ["オンライン資格確認が未導入のため、マイナ保険証だけでは資格を確認できません"]),
        Row(name: "myna reader failed, certificate used",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed, mynaCard: true,
                         certificate: .init(expiry: date("2027-07-31"))),
            expected: [.mynaReaderFailed], textJa: ["マイナ保険証を読み取れませんでした（カードリーダー・アプリ・回線・カードの不具合）"]),
        Row(name: "myna no record",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .noRecord, mynaCard: true,
                         certificate: .init()),
            expected: [.mynaNoRecord], textJa: ["資格確認の結果、「資格情報なし・資格（無効）」と表示されました"]),
        Row(name: "legacy card expired before the window",
            c: CheckCase(visitDate: date("2025-07-15"), online: .no,
                         legacyCard: .init(insurer: .kokuho, printedExpiry: date("2025-06-30"))),
            expected: [.legacyExpired], textJa: ["国民健康保険の保険証は令和7年6月30日で有効期限が切れています"]),
        Row(name: "notice alone after the window",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, notice: .init()),
            expected: [.noticeAlone], textJa: ["資格情報のお知らせだけでは資格を確認できません（マイナ保険証と一緒に提示が必要）"]),
        Row(name: "portal alone",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, portal: true),
            expected: [.portalAlone], textJa: ["マイナポータル資格情報画面だけでは資格を確認できません（マイナ保険証と一緒に提示が必要）"]),
        Row(name: "valid legacy card not needed when the card reads",
            c: CheckCase(visitDate: date("2025-10-01"), online: .yes, mynaCard: true, legacyCard: .init(insurer: .kyokai)),
            expected: [.notNeeded], textJa: ["マイナ保険証で確認できるため、従来の健康保険証は不要です"]),
        Row(name: "portal not needed when the card reads",
            c: CheckCase(visitDate: date("2026-11-24"), online: .yes, mynaCard: true, portal: true),
            expected: [.notNeeded], textJa: ["マイナ保険証で確認できるため、マイナポータル資格情報画面は不要です"]),
        Row(name: "notice not needed when portal goes first",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true, notice: .init(), portal: true),
            expected: [.notNeeded], textJa: ["マイナ保険証とマイナポータル資格情報画面で確認できるため、資格情報のお知らせは不要です"]),
    ]

    @Test(arguments: rows)
    func reasonTable(_ row: Row) {
        let d = decide(row.c)
        #expect(d.reasons.map(\.id) == row.expected)
        #expect(d.reasons.map { Fixture.rules.text(of: $0, .ja) } == row.textJa)
        #expect(d.reasons.allSatisfy { !Fixture.rules.text(of: $0, .en).contains("{") })
    }
}

@Suite struct WarningTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let c: CheckCase
        let today: String
        let expected: [WarningID]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "interim offline (path 8)",
            c: CheckCase(visitDate: date("2025-12-02"), online: .no, legacyCard: .init(insurer: .kyokai)),
            today: "2025-12-02", expected: [.interimOffline]),
        Row(name: "interim offline (path 9)",
            c: CheckCase(visitDate: date("2026-01-20"), online: .no, notice: .init()),
            today: "2026-01-20", expected: [.interimOffline]),
        Row(name: "no interim warning online",
            c: CheckCase(visitDate: date("2026-01-20"), online: .yes, notice: .init()),
            today: "2026-01-20", expected: []),
        Row(name: "before the transition",
            c: CheckCase(visitDate: date("2024-12-01"), online: .no, legacyCard: .init(insurer: .kyokai)),
            today: "2026-11-24", expected: [.beforeTransition]),
        Row(name: "not before the transition on its first day",
            c: CheckCase(visitDate: date("2024-12-02"), online: .no, legacyCard: .init(insurer: .kyokai)),
            today: "2026-11-24", expected: []),
        Row(name: "certificate expiry unread",
            c: CheckCase(visitDate: date("2026-11-24"), online: .no, certificate: .init(expiry: nil)),
            today: "2026-11-24", expected: [.certificateExpiryUnread]),
        Row(name: "certificate expiry unread but the card was read: the certificate is not used, no warning",
            c: CheckCase(visitDate: date("2026-12-02"), online: .yes, reader: .ok, mynaCard: true, certificate: .init(expiry: nil)),
            today: "2026-12-02", expected: []),
        Row(name: "no record, and a valid certificate: ask whether the insurance was lost",
            c: CheckCase(visitDate: date("2026-12-02"), online: .yes, reader: .noRecord, mynaCard: true,
                         certificate: .init(expiry: date("2027-07-31"))),
            today: "2026-12-02", expected: [.noRecordCertificate]),
        Row(name: "no record at the app, and a certificate whose expiry was not read: both warnings",
            c: CheckCase(visitDate: date("2026-12-02"), online: .app, reader: .noRecord, mynaCard: true,
                         certificate: .init(expiry: nil)),
            today: "2026-12-02", expected: [.certificateExpiryUnread, .noRecordCertificate]),
        Row(name: "future date: exactly one year ahead is fine",
            c: CheckCase(visitDate: date("2027-07-31"), online: .no), today: "2026-07-31", expected: []),
        Row(name: "future date: one year and a day ahead",
            c: CheckCase(visitDate: date("2027-07-31"), online: .no), today: "2026-07-30", expected: [.futureDate]),
        Row(name: "rules stale the day after reviewedUntil",
            c: CheckCase(visitDate: date("2027-08-01"), online: .no), today: "2027-08-01", expected: [.rulesStale]),
        Row(name: "rules not stale on reviewedUntil",
            c: CheckCase(visitDate: date("2027-07-31"), online: .no), today: "2027-07-31", expected: []),
        Row(name: "several at once, in table order",
            c: CheckCase(visitDate: date("2029-01-01"), online: .no, certificate: .init(expiry: nil)),
            today: "2026-11-24", expected: [.certificateExpiryUnread, .futureDate, .rulesStale]),
    ]

    @Test(arguments: rows)
    func warningTable(_ row: Row) {
        #expect(decide(row.c, today: date(row.today)).warnings == row.expected)
    }

    @Test func warningTexts() {
        let r = Fixture.rules
        #expect(r.text(of: .beforeTransition, .ja) == "令和6年12月2日より前の日付です（移行前のルール）")
        #expect(r.text(of: .certificateExpiryUnread, .ja) == "資格確認書の有効期限をご確認ください")
        #expect(r.text(of: .rulesStale, .en).contains("2027-07-31"))
        for w in WarningID.allCases {
            for lang in Language.allCases { #expect(!r.text(of: w, lang).contains("{"), "\(w) \(lang)") }
        }
    }
}

@Suite struct VisitQuestionTests {
    @Test func askedOnlyWhereAPathNeedsIt() {
        let failed = CheckCase(visitDate: date("2026-11-24"), online: .yes, reader: .failed, mynaCard: true)
        #expect(Eligibility.visitMatters(failed, dates: Fixture.dates, today: Fixture.today))
        var withNotice = failed
        withNotice.notice = .init()
        #expect(!Eligibility.visitMatters(withNotice, dates: Fixture.dates, today: Fixture.today))
        var noRecord = failed
        noRecord.reader = .noRecord
        #expect(!Eligibility.visitMatters(noRecord, dates: Fixture.dates, today: Fixture.today))
        let offline = CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true)
        #expect(!Eligibility.visitMatters(offline, dates: Fixture.dates, today: Fixture.today))
    }
}
