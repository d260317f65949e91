import Adoption
import Eligibility
import Foundation
import Screen
import Testing

@Suite struct PatientLeafletTests {
    static func text(_ language: Language, _ name: String? = nil) -> String {
        PatientLeaflet.text(rules: Fixture.rules, facilityName: name, language: language)
    }

    /// What the letter asks facilities without online checking to tell their patients (sources.md §4.2).
    @Test func japaneseSaysWhatToBringAndWhatHappensOtherwise() {
        let text = PatientLeafletTests.text(.ja)
        for phrase in [
            "患者さん向けご案内", "マイナ保険証だけでは", "A　マイナ保険証と、", "・マイナポータル資格情報画面", "（スマートフォンの画面、",
            "またはPDF）", "・資格情報のお知らせ", "B　資格確認書", "（これだけで受付できます）", "スマートフォンのマイナ保険証",
            "カードをお持ちください。", "令和7年12月1日までしか使えません。", "全額（10割）", "（療養費）", "申請は2年以内です。",
            "領収書と診療明細書を",
        ] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    @Test func englishSaysTheSame() {
        let text = PatientLeafletTests.text(.en)
        for phrase in [
            "What to show at reception", "A  Your My Number Card", "(マイナ保険証), with one of:",
            "the Mynaportal eligibility", "(マイナポータル資格情報画面)", "(資格情報のお知らせ)",
            "B  An eligibility certificate", "(資格確認書): enough alone", "smartphone alone is not", "enough: bring the card.",
            "2025-12-01 at the latest.", "full cost (100%)", "apply within 2 years (療養費).",
        ] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    @Test(arguments: Language.allCases)
    func theFacilityNameHeadsTheLeaflet(_ language: Language) {
        let named = PatientLeaflet.lines(rules: Fixture.rules, facilityName: " やまだ内科クリニック ", language: language)
        #expect(named[0].role == .title)
        #expect(named[0].text == "やまだ内科クリニック")
        let unnamed = PatientLeaflet.lines(rules: Fixture.rules, facilityName: nil, language: language)
        #expect(Array(named.dropFirst()) == unnamed)
        #expect(PatientLeaflet.lines(rules: Fixture.rules, facilityName: "　", language: language) == unnamed)
        #expect(PatientLeafletTests.text(language) == unnamed.map(\.text).joined(separator: "\n") + "\n")
    }

    /// Short lines: large print on paper, and a 60-column terminal with its frame.
    @Test(arguments: Language.allCases)
    func linesAreShort(_ language: Language) {
        for line in PatientLeaflet.lines(rules: Fixture.rules, facilityName: nil, language: language) {
            #expect(DisplayWidth.of(line.text) <= 36, "\(line.text)")
            #expect((line.role == .blank) == line.text.isEmpty)
        }
    }

    @Test func savesOneFilePerLanguageAndDate() throws {
        let folder = temporaryFolder()
        let ja = try PatientLeaflet.save(PatientLeafletTests.text(.ja), language: .ja, date: Fixture.today, directory: folder)
        let again = try PatientLeaflet.save(PatientLeafletTests.text(.ja), language: .ja, date: Fixture.today, directory: folder)
        let en = try PatientLeaflet.save(PatientLeafletTests.text(.en), language: .en, date: Fixture.today, directory: folder)
        #expect(ja == folder + "/patient-leaflet-ja-2026-11-24.txt")
        #expect(again == folder + "/patient-leaflet-ja-2026-11-24-2.txt")
        #expect(en == folder + "/patient-leaflet-en-2026-11-24.txt")
        #expect(contents(en) == PatientLeafletTests.text(.en))
    }
}
