import Eligibility
import Testing
import Training

/// The texts a trainee reads: present in both languages, in the house style, and citing the rule they teach.
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

    /// The explanation names the path the engine took, so a changed path shows up as a failing test, not a wrong lesson.
    @Test(arguments: Fixture.scenarioIDs)
    func explanationCitesTheRuleThatApplied(_ id: String) {
        let s = Fixture.scenario(id)
        let ja = s.explanation(.ja)
        let en = s.explanation(.en)
        #expect(ja.contains("rules.md §"))
        #expect(en.contains("rules.md §"))
        if let path = Fixture.decision(s).path {
            #expect(ja.contains("経路\(path.rawValue)"), "\(ja)")
            #expect(en.contains("path \(path.rawValue)"), "\(en)")
        } else {
            #expect(ja.contains("資格確認ができない"), "\(ja)")
            #expect(en.contains("cannot be confirmed"), "\(en)")
            #expect(ja.contains("10割"), "\(ja)")
            #expect(en.contains("100%"), "\(en)")
        }
    }

    /// A warning the scenario expects is named in its explanation, so the trainee learns why it appears.
    @Test(arguments: Fixture.scenarioIDs)
    func explanationNamesTheWarnings(_ id: String) {
        let s = Fixture.scenario(id)
        for warning in s.expected.warnings {
            #expect(s.explanation(.ja).contains(warning.rawValue))
            #expect(s.explanation(.en).contains(warning.rawValue))
        }
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
