import Eligibility
import Headless
import Testing

/// Every bad input names the field, the value and the accepted forms.
@Suite struct CaseResolverTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let input: [CaseField: String]
        let ja: String
        let en: String
        var testDescription: String { input.map { "\($0.key.flag) \($0.value)" }.sorted().joined(separator: " ") }
    }

    static let rows: [Row] = [
        Row(input: [.date: "明日"], ja: "--date \"明日\": 日付として読めません。使える形: 2025-07-31",
            en: "--date \"明日\": this is not a date; accepted forms: 2025-07-31"),
        Row(input: [.date: "令和7年2月29日"], ja: "--date \"令和7年2月29日\": 令和7年(2025年)2月は28日までです。使える形:",
            en: "--date \"令和7年2月29日\": February 2025 (Reiwa 7) has 28 days; accepted forms:"),
        Row(input: [.online: "maybe"], ja: "--online \"maybe\": yes・app・no のどれかで指定してください。使える値: yes",
            en: "--online \"maybe\": not yes, app or no; accepted: yes (card reader), app"),
        Row(input: [.reader: "broken"], ja: "--reader \"broken\": 使えない値です。使える値: ok, failed, no-record",
            en: "--reader \"broken\": not a known value; accepted: ok, failed, no-record"),
        Row(input: [.visit: "second"], ja: "--visit \"second\": 使えない値です。使える値: first, repeat",
            en: "--visit \"second\": not a known value; accepted: first, repeat"),
        Row(input: [.holds: "myna-card,passport"], ja: "--holds \"myna-card,passport\": 「passport」は書類の名前ではありません。使える値: myna-card, certificate, legacy-card, notice, portal",
            en: "--holds \"myna-card,passport\": \"passport\" is not a document id; accepted: a comma-separated list of myna-card, certificate, legacy-card, notice, portal"),
        Row(input: [.holds: "legacy-card"], ja: "--insurer: 従来の保険証があるときは保険者の種類か保険者番号が必要です。種類（kyokai",
            en: "--insurer: an insurer type or number is required when holds includes legacy-card; accepted: a type (kyokai"),
        Row(input: [.holds: "legacy-card", .insurer: "kenpo"], ja: "--insurer \"kenpo\": 保険者の種類でも保険者番号でもありません。種類（kyokai, senpo",
            en: "--insurer \"kenpo\": neither an insurer type nor an insurer number; accepted: a type (kyokai, senpo"),
        Row(input: [.holds: "legacy-card", .insurer: "06130487"], ja: "--insurer \"06130487\": 検証番号（最後の桁）が7ですが、正しくは8です。番号を確認してください。保険者番号は8桁",
            en: "--insurer \"06130487\": the check digit (last digit) is 7 but should be 8; check the number; an insurer number has 8 digits"),
        Row(input: [.holds: "legacy-card", .insurer: "12130012"], ja: "--insurer \"12130012\": 法別番号12は公費負担医療の番号です。保険者番号ではありません。",
            en: "--insurer \"12130012\": 法別番号 12 is a public-expense programme number, not an insurer number;"),
        Row(input: [.holds: "legacy-card", .insurer: "kouki"], ja: "--legacy-expiry: 後期高齢者医療の保険証には有効期限が印字されています。その日付が必要です。使える形:",
            en: "--legacy-expiry: a Late-Stage Elderly (75+) card always has a printed expiry; give that date; accepted forms:"),
        Row(input: [.holds: "legacy-card", .insurer: "kokuho", .legacyExpiry: "none"], ja: "--legacy-expiry \"none\": 国民健康保険の保険証には有効期限が印字されています",
            en: "--legacy-expiry \"none\": a National Health Insurance (municipal) card always has a printed expiry"),
        Row(input: [.holds: "legacy-card", .insurer: "kyokai", .legacyExpiry: "R7.13.1"], ja: "--legacy-expiry \"R7.13.1\": 13月はありません（月は1〜12）。使える形:",
            en: "--legacy-expiry \"R7.13.1\": there is no month 13 (months are 1–12); accepted forms:"),
        Row(input: [.holds: "legacy-card", .insurer: "kyokai", .insurerChanged: "perhaps"], ja: "--insurer-changed \"perhaps\": yes か no で指定してください",
            en: "--insurer-changed \"perhaps\": not yes or no; accepted: yes or no"),
        Row(input: [.holds: "certificate", .certificateExpiry: "平成31年5月1日"], ja: "--certificate-expiry \"平成31年5月1日\": 平成は平成31年4月30日までです。令和元年5月1日です。使える形:",
            en: "--certificate-expiry \"平成31年5月1日\": 平成31年5月1日 does not exist"),
        Row(input: [.holds: "notice", .noticeExpiry: "令和0年8月1日"], ja: "--notice-expiry \"令和0年8月1日\": 令和0年はありません（1年目は令和元年）。使える形:",
            en: "--notice-expiry \"令和0年8月1日\": there is no Reiwa 0"),
        Row(input: [.certificateExpiry: ""], ja: "--certificate-expiry \"\": 日付が入力されていません。使える形:",
            en: "--certificate-expiry \"\": no date was entered; accepted forms:"),
    ]

    @Test(arguments: rows)
    func badInput(_ row: Row) {
        var input = CaseInput()
        for (field, value) in row.input { input[field] = .text(value) }
        guard case .failure(let problem) = Fixture.resolver.resolve(input) else {
            Issue.record("accepted")
            return
        }
        let ja = problem.text(.ja, naming: .flag)
        let en = problem.text(.en, naming: .flag)
        #expect(ja.hasPrefix(row.ja), "\(ja)")
        #expect(en.hasPrefix(row.en), "\(en)")
    }

    @Test func batchNamingUsesJSONKeys() {
        let problem = try? Fixture.resolver.resolve(CaseInput([.legacyExpiry: .text("x"), .holds: .list(["legacy-card"]), .insurer: .text("kyokai")])).get()
        #expect(problem == nil)
        if case .failure(let p) = Fixture.resolver.resolve(CaseInput([.legacyExpiry: .text("x"), .holds: .list(["legacy-card"]), .insurer: .text("kyokai")])) {
            #expect(p.text(.en, naming: .jsonKey).hasPrefix("legacyExpiry \"x\": this is not a date"))
        }
    }

    @Test func defaultsAndOverrides() throws {
        let c = try Fixture.resolver.resolve(CaseInput([.holds: .list(["myna-card"])]),
                                             over: CaseInput([.online: .text("yes"), .date: .text("R8.1.5")])).get()
        #expect(c.online == .yes)
        #expect(c.reader == .ok)
        #expect(c.visit == .first)
        #expect(c.visitDate == CalendarDate(iso: "2026-01-05"))
        let today = try Fixture.resolver.resolve(CaseInput()).get()
        #expect(today.visitDate == Fixture.today)
        #expect(today.online == .no)
        #expect(today.holds.kinds.isEmpty)
    }

    @Test func fullWidthAndJSONTypes() throws {
        let c = try Fixture.resolver.resolve(CaseInput([
            .holds: .list(["legacy-card", "certificate"]), .insurer: .text("０６１３０４８８"), .insurerChanged: .bool(true),
            .certificateExpiry: .null, .online: .bool(true),
        ])).get()
        #expect(c.legacyCard == LegacyCard(insurer: .kumiai, printedExpiry: nil, insurerChanged: true))
        #expect(c.certificate == EligibilityCertificate(expiry: nil))
        #expect(c.online == .yes)
    }
}
