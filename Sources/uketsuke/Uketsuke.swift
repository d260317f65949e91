import Facility
import ArgumentParser
import Eligibility
import Foundation
import Headless
import KioskLog
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
                      RulesCommand.self, PrintCommand.self])

    @OptionGroup var common: CommonOptions
    @OptionGroup var wizard: WizardOptions

    func run() throws {
        try WizardLauncher.run(common: common, options: wizard)
    }
}

/// The wizard alone, without the subcommands: parsing it does not reflect over every subcommand's options, which is
/// most of what the full tree costs before the first frame. Main uses it when no subcommand, help or version is asked.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "uketsuke", version: Version.text)

    @OptionGroup var common: CommonOptions
    @OptionGroup var wizard: WizardOptions

    func run() throws {
        try WizardLauncher.run(common: common, options: wizard)
    }

    /// The subcommands' names, as a list: computing them from the configuration reflects over every command type,
    /// which costs more than drawing the first frame. A test checks the list against the configuration.
    static let subcommandNames: Set<String> = ["check", "insurer", "facility-code", "callcenter", "report", "rules", "print"]

    /// Arguments this command can take on its own: none names a subcommand, help or completion scripts.
    static func handles(_ arguments: [String]) -> Bool {
        !arguments.contains { a in
            subcommandNames.contains(a) || a == "help" || a == "-h" || a == "--help" || a.hasPrefix("--generate-completion")
                || a.hasPrefix("--experimental")
        }
    }
}

/// The wizard's own flags, wherever they came from.
protocol WizardSettings {
    var demo: Bool { get }
    var autoplay: Bool { get }
    var kiosk: Bool { get }
    var plain: Bool { get }
    var idleTimeout: Int { get }
    var ambiguous: AmbiguousWidth? { get }
}

extension WizardSettings {
    /// Why these flags cannot go together, or nil.
    var problem: String? {
        if (demo || autoplay) && kiosk { return "--demo and --autoplay cannot be used with --kiosk" }
        if idleTimeout < 5 || idleTimeout > 86_400 { return "--idle-timeout \(idleTimeout): expected whole seconds from 5 to 86400" }
        return nil
    }
}

/// The wizard's own flags (interface.md).
struct WizardOptions: ParsableArguments, WizardSettings {
    @Flag(help: "Training mode: a banner on every screen, a simulated date, scenarios and a quiz; records nothing.")
    var demo = false
    @Flag(help: "With training mode: walk the example patients by themselves, with captions, until a key is pressed.")
    var autoplay = false
    @Flag(help: "Kiosk mode: every patient's check starts at once (at the documents held once the facility's state is saved, else at question 1), no key quits, settings behind F12 and a PIN, answers cleared when idle.")
    var kiosk = false
    @Flag(help: "Numbered line prompts instead of the full screen (screen readers, TERM=dumb, pipes).")
    var plain = false
    @Option(name: .customLong("idle-timeout"), help: "Kiosk: seconds without a key before the answers are cleared.")
    var idleTimeout: Int = 120
    @Option(help: "How the terminal draws ○ △ × and other East Asian Ambiguous characters: narrow or wide (Tera Term, RLogin, PuTTY set to 2 cells) (default: the saved setting, else narrow).")
    var ambiguous: AmbiguousWidth?

    func validate() throws {
        if let problem { throw ValidationError(problem) }
    }
}

/// The wizard's flags as plain values.
struct WizardValues: WizardSettings, Equatable {
    var demo = false
    var autoplay = false
    var kiosk = false
    var plain = false
    var idleTimeout = 120
    var ambiguous: AmbiguousWidth?
}

/// Reads the wizard's own flags without ArgumentParser's reflection, which costs more than the first frame. Only
/// plain, valid uses are taken; anything else (an unknown flag, a missing value, a bad one) returns nil and goes
/// through ArgumentParser, so errors and help read exactly as everywhere else.
enum QuickStart {
    static func parse(_ arguments: [String]) -> (CommonValues, WizardValues)? {
        var common = CommonValues()
        var wizard = WizardValues()
        var i = 0
        while i < arguments.count {
            var a = arguments[i]
            var value: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
                value = String(a[a.index(after: eq)...])
                a = String(a[..<eq])
            }
            func takeValue() -> String? {
                if let value { return value }
                guard i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") else { return nil }
                i += 1
                return arguments[i]
            }
            switch a {
            case "--demo" where value == nil: wizard.demo = true
            case "--autoplay" where value == nil: wizard.autoplay = true
            case "--kiosk" where value == nil: wizard.kiosk = true
            case "--plain" where value == nil: wizard.plain = true
            case "--no-color" where value == nil: common.noColor = true
            case "--date": guard let v = takeValue() else { return nil }; common.date = v
            case "--config": guard let v = takeValue() else { return nil }; common.config = v
            case "--rules": guard let v = takeValue() else { return nil }; common.rules = v
            case "--tally": guard let v = takeValue() else { return nil }; common.tally = v
            case "--lang":
                guard let v = takeValue(), let lang = Language(rawValue: v) else { return nil }
                common.lang = lang
            case "--ambiguous":
                guard let v = takeValue(), let width = AmbiguousWidth(rawValue: v) else { return nil }
                wizard.ambiguous = width
            case "--idle-timeout":
                guard let v = takeValue(), let n = Int(v) else { return nil }
                wizard.idleTimeout = n
            default:
                return nil
            }
            i += 1
        }
        return wizard.problem == nil ? (common, wizard) : nil
    }
}

/// Starts the wizard in the front end the terminal calls for.
enum WizardLauncher {
    static func run(common: some CommonSettings, options: some WizardSettings) throws {
        let mode: Mode = options.demo || options.autoplay ? .demo : (options.kiosk ? .kiosk : .normal)
        let log = KioskLog(mode: mode)
        let (rules, fellBack) = try rulesSource(common, mode: mode, log: log)
        let fixedDate = common.date == nil ? nil : try common.visitDate()
        let term = EnvironmentVariable.value("TERM") ?? ""
        let plain = options.plain || term == "dumb" || term.isEmpty || isatty(1) != 1 || isatty(0) != 1
        let env = WizardEnvironment(
            rulesSource: rules, mode: mode,
            idleTimeout: Double(options.idleTimeout), fixedVisitDate: fixedDate, languageOverride: common.lang,
            autoplayAtStart: options.autoplay, ambiguousOverride: options.ambiguous,
            asciiOnly: !plain && FullScreen.drawsASCIIOnly(term: term))
        let session = WizardSession(env: env, settingsStore: common.settingsStore, tallyPath: common.tallyPath(common.loadSettings()),
                                    today: JapanClock.today(), log: log)
        if fellBack { session.state.rulesWarning = rulesFallbackWarning }
        if plain {
            if let problem = rules.preload() {
                throw Output.failure(problem.text(common.language))
            }
            throw ExitCode(PlainFront.run(session))
        }
        let noColor = common.noColor || EnvironmentVariable.value("NO_COLOR").map { !$0.isEmpty } == true
        do {
            if let refusal = FullScreen.refusal(session) { throw ExitCode(refusal) }
            throw ExitCode(try FullScreen.run(session, options: Terminal.Options(kiosk: options.kiosk, noColor: noColor)))
        } catch let e as Terminal.StartError {
            throw Output.usage(e.description)
        } catch let e as FullScreen.Failure {
            throw Output.failure(e.message)
        }
    }
}

extension WizardLauncher {
    /// The rules for the wizard, and whether a kiosk serves with the built-in rules instead of its `--rules` file. A refused file is logged; it stops a desk's wizard (the receptionist sees why at once), but a kiosk
    /// has nobody to read the message, so it keeps serving with the built-in rules and says so on every screen.
    static func rulesSource(_ common: some CommonSettings, mode: Mode,
                            log: KioskLog) throws -> (RulesSource, fellBack: Bool) {
        guard let path = common.rules else { return (common.builtInRulesSource, false) }
        let problem: RulesFileError
        switch common.readRulesFile(path, language: common.language) {
        case .success(let rules): return (RulesSource(rules), false)
        case .failure(let e): problem = e
        }
        var english = problem
        if common.language != .en, case .failure(let e) = common.readRulesFile(path, language: .en) { english = e }
        log.record(.rulesUnreadable(problem: english.text(.en)))
        guard mode == .kiosk else { throw Output.usage("--rules: \(problem.text(common.language))") }
        log.record(.rulesFallback(file: path, builtIn: BuiltInRules.version))
        return (common.builtInRulesSource, true)
    }

    /// Under the header of every screen of a kiosk whose --rules file was refused.
    static var rulesFallbackWarning: LocalizedText {
        LocalizedText(ja: "--rules のファイルを使えません。内蔵ルール \(BuiltInRules.version) で受付中（詳細はログ）",
                      en: "The --rules file cannot be used: checking with the built-in rules \(BuiltInRules.version) (see the log)")
    }
}

/// `uketsuke 0.1.0 (rules 2026.12-1)`: the program's version and the built-in rules' own.
enum Version {
    static let number = "0.1.0"
    static var text: String { "uketsuke \(number) (rules \(BuiltInRules.version))" }
}
