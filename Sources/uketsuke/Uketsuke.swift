import ArgumentParser
import Eligibility

struct Uketsuke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uketsuke",
        abstract: "受付: which documents a patient must present (マイナ保険証, 資格確認書, …) — for clinic and pharmacy reception desks.",
        discussion: """
        Without a subcommand, starts the reception wizard. Exit codes of `check`: 0 confirmed, 3 conditional,
        4 not confirmed, 2 bad input or usage, 1 internal error.
        """,
        version: Version.text,
        subcommands: [Check.self, Insurer.self, FacilityCodeCommand.self, RulesCommand.self, ReportCommand.self])

    @OptionGroup var common: CommonOptions

    func run() throws {
        throw CleanExit.helpRequest(self)
    }
}

enum Version {
    static let number = "0.1.0"
    static var text: String { "uketsuke \(number)" }
}
