import ArgumentParser
import Eligibility
import Foundation
import Store
import Terminal
import Wizard

struct Uketsuke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uketsuke",
        abstract: "受付: which documents a patient must present (マイナ保険証, 資格確認書, …) — for clinic and pharmacy reception desks.",
        discussion: """
        Without a subcommand, starts the reception wizard. Exit codes of `check`: 0 confirmed, 3 conditional,
        4 not confirmed, 2 bad input or usage, 1 internal error.
        """,
        version: Version.text,
        subcommands: [Check.self, Insurer.self, FacilityCodeCommand.self, CallCenterCommand.self, ReportCommand.self,
                      RulesCommand.self])

    @OptionGroup var common: CommonOptions

    @Flag(help: "Training mode: a banner on every screen, a simulated date, scenarios and a quiz; records nothing.")
    var demo = false
    @Flag(help: "Kiosk mode: starts at question 1, no key quits, settings locked, answers cleared when idle.")
    var kiosk = false
    @Flag(help: "Numbered line prompts instead of the full screen (screen readers, TERM=dumb, pipes).")
    var plain = false
    @Option(name: .customLong("idle-timeout"), help: "Kiosk: seconds without a key before the answers are cleared.")
    var idleTimeout: Int = 120

    func validate() throws {
        if demo && kiosk { throw ValidationError("--demo and --kiosk cannot be used together") }
        if idleTimeout < 5 || idleTimeout > 86_400 {
            throw ValidationError("--idle-timeout \(idleTimeout): expected whole seconds from 5 to 86400")
        }
    }

    func run() throws {
        let rules = try common.loadRules()
        let fixedDate = common.date == nil ? nil : try common.visitDate()
        let env = WizardEnvironment(
            rules: rules, mode: demo ? .demo : (kiosk ? .kiosk : .normal), idleTimeout: Double(idleTimeout),
            fixedVisitDate: fixedDate, languageOverride: common.lang)
        let session = WizardSession(env: env, settingsStore: common.settingsStore, tallyPath: Tally.defaultPath(),
                                    today: JapanClock.today())
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if plain || term == "dumb" || term.isEmpty || isatty(1) != 1 || isatty(0) != 1 {
            throw ExitCode(PlainFront.run(session))
        }
        let noColor = common.noColor || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
        do {
            throw ExitCode(try FullScreen.run(session, options: Terminal.Options(kiosk: kiosk, noColor: noColor)))
        } catch let e as Terminal.StartError {
            throw Output.usage(e.description)
        }
    }
}

enum Version {
    static let number = "0.1.0"
    static var text: String { "uketsuke \(number)" }
}
