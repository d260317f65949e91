import ArgumentParser
import Eligibility
import Headless

/// `uketsuke insurer NUMBER`: type, prefecture and check digit of a 保険者番号.
struct Insurer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a 保険者番号: insurer type, prefecture, check digit.",
        discussion: "Exit codes: 0 valid, 2 not a valid insurer number.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The 6- or 8-digit number (full-width digits are accepted).")
    var number: String

    @Flag(help: "Machine output: one JSON object.")
    var json = false

    func run() throws {
        let rules = try common.loadRules()
        let result = InsurerNumber.parse(number)
        if json {
            Output.out(InsurerReport.json(result, typed: number, rules: rules, language: common.language))
        } else if case .failure = result {
            Output.err(InsurerReport.text(result, typed: number, rules: rules, language: common.language))
        } else {
            Output.out(InsurerReport.text(result, typed: number, rules: rules, language: common.language))
        }
        if case .failure = result { throw ExitCode(ExitStatus.usage) }
    }
}
