import ArgumentParser
import Eligibility
import Foundation
import Headless
import StrictJSON

/// `uketsuke rules diff OLD NEW`: what a new rules file changes, in its values and in the answers.
struct RulesDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two rules files: every changed value, and the situations whose answer changes.",
        discussion: "Exit status: 0 when no answer changes, 3 when some do, 2 for a file that cannot be read.")

    @Argument(help: "The rules file in use now.")
    var old: String

    @Argument(help: "The new rules file.")
    var new: String

    @OptionGroup var common: CommonOptions

    @Flag(help: "Machine output: one JSON object.")
    var json = false

    func run() throws {
        let (oldRules, oldTree) = try load(old, argument: "OLD")
        let (newRules, newTree) = try load(new, argument: "NEW")
        let diff = RulesDiff(old: oldRules, oldTree: oldTree, new: newRules, newTree: newTree)
        Output.out(json ? RulesDiffReport.json(diff) : RulesDiffReport.text(diff, rules: newRules, language: common.language))
        if !diff.situations.isEmpty { throw ExitCode(ExitStatus.conditional) }
    }

    func load(_ path: String, argument: String) throws -> (Rules, JSONNode) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let problem = RulesFileError(file: path, line: nil, column: nil, key: nil, problem: .unreadable(common.fileProblem(path)))
            throw Output.usage("\(argument): \(problem.text(common.language))")
        }
        do {
            let rules = try RulesFile.load(data, file: path)
            return (rules, try JSONReader.parse(Array(data)))
        } catch let error as RulesFileError {
            throw Output.usage("\(argument): \(error.text(common.language))")
        }
    }
}
