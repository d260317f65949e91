import Eligibility
import Testing
import Training

/// The texts a trainee reads: present in both languages, in the house style, in the receptionist's words, with titles
/// that name the situation and not the answer.
@Suite struct ScenarioTextTests {
    static func texts(_ s: TrainingScenario, _ language: Language) -> [String] {
        [s.title(language), s.story(language), s.explanation(language), s.point(language)]
    }

    @Test func idsAreUnique() {
        #expect(Set(Fixture.scenarioIDs).count == Fixture.scenarioIDs.count)
    }

    @Test(arguments: Fixture.scenarioIDs)
    func japaneseTextsAreWrittenAndFullWidth(_ id: String) {
        for text in Self.texts(Fixture.scenario(id), .ja) {
            #expect(!text.trimmingSpaces.isEmpty)
            #expect(!text.unicodeScalars.contains { (0xFF61...0xFF9F).contains($0.value) }, "\(text)")
            #expect(text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, "no kana: \(text)")
        }
    }

    @Test(arguments: Fixture.scenarioIDs)
    func englishTextsArePresent(_ id: String) {
        let s = Fixture.scenario(id)
        for (en, ja) in zip(Self.texts(s, .en), Self.texts(s, .ja)) {
            #expect(!en.trimmingSpaces.isEmpty)
            #expect(en != ja)
            let letters = en.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
            #expect(letters > en.unicodeScalars.filter { !$0.isASCII }.count * 2, "mostly English: \(en)")
        }
    }

    /// The brief: a story of 2–4 sentences.
    @Test(arguments: Fixture.scenarioIDs)
    func storyIsTwoToFourSentences(_ id: String) {
        let story = Fixture.scenario(id).story(.ja)
        #expect((2...4).contains(story.filter { $0 == "。" }.count), "\(story)")
    }

    /// The texts speak as a receptionist would: why, from what this patient showed, here, on this date — never a rule
    /// book's section or a path number, which a trainee at the counter cannot use.
    @Test(arguments: Fixture.scenarioIDs)
    func textsCiteNoRuleBookOrPathNumber(_ id: String) {
        let s = Fixture.scenario(id)
        for text in Self.texts(s, .ja) + Self.texts(s, .en) {
            for cited in ["rules.md", "§", "経路", "path ", "Path ", "W-"] {
                #expect(!text.contains(cited), "\(id) cites \"\(cited)\": \(text)")
            }
        }
    }

    /// When nothing the patient showed will do, the explanation says so and what happens today.
    @Test(arguments: Fixture.scenarioIDs)
    func aNotConfirmedExplanationSaysWhatHappensToday(_ id: String) {
        let s = Fixture.scenario(id)
        guard Fixture.decision(s).verdict == .notConfirmed else { return }
        let ja = s.explanation(.ja)
        let en = s.explanation(.en)
        #expect(ja.contains("資格確認ができない"), "\(ja)")
        #expect(en.contains("cannot be confirmed"), "\(en)")
        #expect(ja.contains("10割"), "\(ja)")
        #expect(en.contains("100%"), "\(en)")
    }

    /// Words that state the outcome (a date passed, the card read or not, accepted or not): a title names the
    /// situation, and the trainee works out the answer.
    static let answerWordsJa = ["期限切れ", "切れた", "切れて", "過ぎた", "当日", "最終日", "初日", "翌日", "上限", "読み取れた",
                                "読み取れない", "読めない", "使えない", "使える", "有効", "無効", "受付できる", "受付できない",
                                "できない", "不要", "終了", "終わ", "暫定", "移行前", "変更あり", "失った", "ok", "OK", "○",
                                "△", "×"]
    static let answerWordsEn = ["expired", "expiry passed", "last day", "last valid", "first day", "day after", "past ",
                                "cannot", "can't", "not read", "unreadable", "reads", "read normally", "valid", "void",
                                "ended", "accepted", "refused", "confirmed", "interim", "cap ", "before the transition",
                                "too late", "still", "no longer", "out of date", "changed"]

    @Test(arguments: Fixture.scenarioIDs)
    func titlesDoNotGiveTheAnswerAway(_ id: String) {
        let s = Fixture.scenario(id)
        for word in Self.answerWordsJa {
            #expect(!s.title(.ja).contains(word), "\(id): 「\(s.title(.ja))」 says \(word)")
        }
        for word in Self.answerWordsEn {
            #expect(!s.title(.en).lowercased().contains(word), "\(id): \"\(s.title(.en))\" says \(word)")
        }
    }

    /// The review of mistakes lists titles: each names one example, and fits the quiz header at 60 columns.
    @Test func titlesAreDistinctAndShort() {
        for language in [Language.ja, .en] {
            let titles = Fixture.library.scenarios.map { $0.title(language) }
            #expect(Set(titles).count == titles.count, "\(language): \(titles)")
        }
        for s in Fixture.library.scenarios {
            #expect(TextScan.width(s.title(.ja)) <= 36, "\(s.title(.ja))")
            #expect(s.title(.en).count <= 50, "\(s.title(.en))")
        }
    }

    /// English names documents in English; a Japanese term may follow in parentheses ("eligibility certificate
    /// (資格確認書)"), and Japanese punctuation never appears.
    @Test(arguments: Fixture.scenarioIDs)
    func englishHasJapaneseOnlyInParenthesesAfterTheEnglishTerm(_ id: String) {
        for text in Self.texts(Fixture.scenario(id), .en) {
            let problem = TextScan.japaneseProblem(inEnglish: text)
            #expect(problem == nil, "\(id): \(problem ?? ""): \(text)")
        }
    }

    /// The test of the test: what the English check must refuse and accept.
    @Test func theEnglishCheckRefusesJapaneseOutsideParentheses() {
        #expect(TextScan.japaneseProblem(inEnglish: "She shows the 資格確認書.") != nil)
        #expect(TextScan.japaneseProblem(inEnglish: "It says 「資格情報なし」.") != nil)
        #expect(TextScan.japaneseProblem(inEnglish: "Ask for the card\u{3000}now.") != nil)
        #expect(TextScan.japaneseProblem(inEnglish: "Ask (by phone 保険者) first.") != nil)
        #expect(TextScan.japaneseProblem(inEnglish: "Show it（資格確認書）.") != nil)
        #expect(TextScan.japaneseProblem(inEnglish: "The eligibility certificate (資格確認書) works.") == nil)
        #expect(TextScan.japaneseProblem(inEnglish: "MHLW notice (保発0710第1号), in 2023.") == nil)
    }

    /// Every full date a text names is the visit date, a date printed on a document the patient holds, or a date of
    /// the rules in force (each, or the day after it), and both languages name the same dates: an explanation cannot
    /// keep teaching an end of the interim window that the rules no longer have.
    @Test(arguments: Fixture.scenarioIDs)
    func datesAgreeWithTheCaseAndTheRules(_ id: String) {
        let s = Fixture.scenario(id)
        let c = s.checkCase
        let r = Fixture.rules.dates
        let printed = [c.legacyCard?.printedExpiry, c.certificate?.expiry, c.notice?.expiry].compactMap { $0 }
        let named = [c.visitDate, r.transition, r.legacyCap, r.legacyCapKouki, r.interimWindow.lowerBound,
                     r.interimWindow.upperBound] + printed
        let allowed = Set(named + named.map { $0.adding(days: 1) })
        for (ja, en) in zip(Self.texts(s, .ja), Self.texts(s, .en)) {
            let jaDates = TextScan.dates(in: ja)
            #expect(jaDates == TextScan.dates(in: en), "\(id): \(ja) / \(en)")
            #expect(jaDates.isSubset(of: allowed), "\(id): \(jaDates.subtracting(allowed).map(\.iso)) in \(ja)")
            #expect(TextScan.dates(in: en).isSubset(of: allowed), "\(id): \(en)")
        }
    }

    @Test func theDateScanReadsBothForms() {
        #expect(TextScan.dates(in: "令和8年7月31日まで、令和元年5月1日から") == [date("2026-07-31"), date("2019-05-01")])
        #expect(TextScan.dates(in: "until 2026-07-31, not 7月31日") == [date("2026-07-31")])
    }

    /// At a facility using the マイナ資格確認アプリ the explanation says so, so a trainee learns what the app changes.
    @Test(arguments: Fixture.scenarioIDs)
    func anAppExplanationNamesTheApp(_ id: String) {
        let s = Fixture.scenario(id)
        guard s.checkCase.online == .app else { return }
        #expect(s.explanation(.ja).contains("アプリ"), "\(s.explanation(.ja))")
        #expect(s.explanation(.en).contains("app"), "\(s.explanation(.en))")
        #expect(s.story(.ja).contains("マイナ資格確認アプリ"), "\(s.story(.ja))")
    }

    /// A warning the scenario expects is explained, so the trainee learns why it appears on the result: in words
    /// (注意 / warning), never by its id, which the screen does not show.
    @Test(arguments: Fixture.scenarioIDs)
    func explanationNamesTheWarnings(_ id: String) {
        let s = Fixture.scenario(id)
        guard !s.expected.warnings.isEmpty else { return }
        #expect(s.explanation(.ja).contains("注意"), "\(s.explanation(.ja))")
        #expect(s.explanation(.en).contains("warning"), "\(s.explanation(.en))")
    }

    /// Patients are described by age and occupation, never named: no honorific name forms such as 「…様」「…さん」.
    @Test(arguments: Fixture.scenarioIDs)
    func patientsAreNotNamed(_ id: String) {
        let story = Fixture.scenario(id).story(.ja)
        #expect(!story.contains("様"))
        #expect(!story.contains("さん"))
        #expect(story.contains("代") || story.contains("歳"), "\(story)")
    }
}
