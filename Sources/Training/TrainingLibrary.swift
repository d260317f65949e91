import BundledResources
import Eligibility
import StrictJSON

/// The scenario library of the training (demo) mode: patient stories with the answer the engine must give.
public struct TrainingLibrary: Sendable {
    public static let supportedSchema = 2

    public let schema: Int
    /// The file's own version, shown beside the rules version so a trainer knows which set was taught.
    public let version: String
    /// In file order: the file orders them from the first lesson to the last.
    public let scenarios: [TrainingScenario]

    init(schema: Int, version: String, scenarios: [TrainingScenario]) {
        self.schema = schema
        self.version = version
        self.scenarios = scenarios
    }

    /// Reads a scenario file. Every key is checked: a missing, unknown or malformed entry refuses the whole file with
    /// the file, line, key and what was expected, so a trainee never sees half a scenario.
    public static func load(_ bytes: some Collection<UInt8>, file: String) throws(TrainingFileError) -> TrainingLibrary {
        try TrainingFileReader(file: file).library(TrainingFileReader.root(bytes, file: file))
    }

    /// The scenarios compiled into this binary; the tests load the same bytes, so a file that fails here never ships.
    public static let builtIn: TrainingLibrary = {
        do throws(TrainingFileError) {
            return try load(BundledResources.trainingScenarios, file: "built-in training-scenarios.json")
        } catch {
            preconditionFailure(error.text(.en))
        }
    }()

    /// The scenario with this id, for a trainer who names one (ids are unique within a file).
    public func scenario(id: String) -> TrainingScenario? {
        scenarios.first { $0.id == id }
    }
}
