import Eligibility

/// 「患者さん向けご案内」 for a facility WITHOUT online checking (sources.md §4.2): what to bring, and what happens
/// otherwise. Short lines (at most 36 columns after the facility's name) so it reads in large print and on a
/// 60-column screen alike. The Japanese document names come from the rules file, as everywhere else; the English
/// version gives them in brackets, since that is what patients find printed on their papers.
public enum PatientLeaflet {
    /// One line as shown and printed; the role only tells a screen how to style it.
    public struct Line: Hashable, Sendable {
        public enum Role: Hashable, Sendable {
            case title, heading, body, item, caution, blank
        }

        public let role: Role
        public let text: String

        init(_ role: Role, _ text: String = "") {
            self.role = role
            self.text = text
        }
    }

    /// The lines for the large on-screen view; the facility's name, when given, heads them.
    public static func lines(rules: Rules, facilityName: String?, language: Language) -> [Line] {
        let name = facilityName.map { String($0.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 }
        var out: [Line] = name.map { [Line(.title, $0)] } ?? []
        out += language == .ja ? japanese(rules) : english(rules)
        return out
    }

    /// The printable text: the same lines, one per line.
    public static func text(rules: Rules, facilityName: String?, language: Language) -> String {
        lines(rules: rules, facilityName: facilityName, language: language).map(\.text).joined(separator: "\n") + "\n"
    }

    /// Saves as `patient-leaflet-<ja|en>-<date>.txt` (then `-2`, `-3` …) under `directory`. Returns the path.
    public static func save(_ text: String, language: Language, date: CalendarDate, directory: String)
        throws(TextFileError) -> String
    {
        try DatedTextFile.save(text, stem: "patient-leaflet-\(language.rawValue)", date: date, directory: directory,
                               mode: 0o644)
    }

    static func japanese(_ rules: Rules) -> [Line] {
        let myna = rules.documentLabel(.mynaCard, .ja)
        return [
            Line(.title, "患者さん向けご案内"),
            Line(.title, "受付でお見せいただくもの"),
            Line(.blank),
            Line(.body, "こちらには、\(myna)を"),
            Line(.body, "読み取る機械がありません。"),
            Line(.body, "\(myna)だけでは"),
            Line(.body, "保険の確認ができません。"),
            Line(.blank),
            Line(.heading, "■ 次のAかBをお持ちください"),
            Line(.blank),
            Line(.heading, "A　\(myna)と、"),
            Line(.body, "　　次のどちらか1つ"),
            Line(.item, "　・\(rules.documentLabel(.portal, .ja))"),
            Line(.item, "　　（スマートフォンの画面、"),
            Line(.item, "　　　またはPDF）"),
            Line(.item, "　・\(rules.documentLabel(.notice, .ja))"),
            Line(.blank),
            Line(.heading, "B　\(rules.documentLabel(.certificate, .ja))"),
            Line(.body, "　　（これだけで受付できます）"),
            Line(.blank),
            Line(.caution, "スマートフォンの\(myna)"),
            Line(.caution, "だけでは受付できません。"),
            Line(.caution, "カードをお持ちください。"),
            Line(.blank),
            Line(.caution, "従来の健康保険証は、最長でも"),
            Line(.caution, "\(DateText.warekiPlain(rules.dates.legacyCap))までしか使えません。"),
            Line(.blank),
            Line(.heading, "■ お持ちでないときは"),
            Line(.body, "医療費をいったん全額（10割）"),
            Line(.body, "お支払いいただきます。"),
            Line(.body, "あとで、ご加入の健康保険"),
            Line(.body, "（会社の健保・市区町村など）に"),
            Line(.body, "申請すると、払い戻しを"),
            Line(.body, "受けられます（療養費）。"),
            Line(.body, "申請は2年以内です。"),
            Line(.body, "領収書と診療明細書を"),
            Line(.body, "大切に保管してください。"),
            Line(.blank),
            Line(.body, "ご不明な点は受付に"),
            Line(.body, "おたずねください。"),
        ]
    }

    static func english(_ rules: Rules) -> [Line] {
        func ja(_ kind: DocumentKind) -> String { rules.documentLabel(kind, .ja) }
        return [
            Line(.title, "A note for patients"),
            Line(.title, "What to show at reception"),
            Line(.blank),
            Line(.body, "We have no reader for the"),
            Line(.body, "My Number Card here, so the"),
            Line(.body, "card alone cannot confirm"),
            Line(.body, "your health insurance."),
            Line(.blank),
            Line(.heading, "■ Please bring A or B"),
            Line(.blank),
            Line(.heading, "A  Your My Number Card"),
            Line(.body, "   (\(ja(.mynaCard))), with one of:"),
            Line(.item, "   - the Mynaportal eligibility"),
            Line(.item, "     screen on your smartphone,"),
            Line(.item, "     or its PDF"),
            Line(.item, "     (\(ja(.portal)))"),
            Line(.item, "   - the eligibility notice"),
            Line(.item, "     (\(ja(.notice)))"),
            Line(.blank),
            Line(.heading, "B  An eligibility certificate"),
            Line(.body, "   (\(ja(.certificate))): enough alone"),
            Line(.blank),
            Line(.caution, "The My Number Card on a"),
            Line(.caution, "smartphone alone is not"),
            Line(.caution, "enough: bring the card."),
            Line(.blank),
            Line(.caution, "Old health insurance cards"),
            Line(.caution, "could be used until"),
            Line(.caution, "\(rules.dates.legacyCap.iso) at the latest."),
            Line(.blank),
            Line(.heading, "■ If you have none of these"),
            Line(.body, "you pay the full cost (100%)"),
            Line(.body, "today. Your health insurance"),
            Line(.body, "pays its share back if you"),
            Line(.body, "apply within 2 years (療養費)."),
            Line(.body, "Keep the receipt and the"),
            Line(.body, "itemised statement."),
            Line(.blank),
            Line(.body, "Please ask at reception if"),
            Line(.body, "anything is unclear."),
        ]
    }
}
