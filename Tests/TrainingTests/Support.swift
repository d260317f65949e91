import BundledResources
import Eligibility
import StrictJSON
import Training

/// The built-in rules and scenarios, loaded once for all tests.
enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let library = TrainingLibrary.builtIn
    static let scenarioIDs = library.scenarios.map(\.id)

    /// What the engine says for a scenario now. `today` only drives W-future-date, which scenarios never promise.
    static func decision(_ s: TrainingScenario) -> Decision {
        Eligibility.decide(s.checkCase, dates: rules.dates, today: rules.reviewedOn)
    }

    static func scenario(_ id: String) -> TrainingScenario { library.scenario(id: id)! }
}

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

func load(_ text: String) -> Result<TrainingLibrary, TrainingFileError> {
    do { return .success(try TrainingLibrary.load(Array(text.utf8), file: "test.json")) } catch { return .failure(error) }
}
