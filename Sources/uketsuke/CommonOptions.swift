import Facility
import ArgumentParser
import BundledResources
import Eligibility
import Foundation
import Store
import Wizard

/// The common options' values, wherever they came from: ArgumentParser, or the wizard's quick start.
protocol CommonSettings {
    var date: String? { get }
    var lang: Language? { get }
    var noColor: Bool { get }
    var config: String? { get }
    var rules: String? { get }
    var tally: String? { get }
}

/// Options every command takes (interface.md "Common options").
struct CommonOptions: ParsableArguments, CommonSettings {
    @Option(name: .long, help: "Visit date, any form: 2025-07-31, 令和7年7月31日, R7.7.31 … (default: today in Japan).")
    var date: String?

    @Option(name: .long, help: "Language of everything shown: ja or en (default: the saved setting, else ja).")
    var lang: Language?

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(name: .long, help: "Settings file (default: $XDG_CONFIG_HOME/uketsuke/config.json).")
    var config: String?

    @Option(name: .long, help: "Rules file to use instead of the built-in one.")
    var rules: String?

    @Option(name: .long, help: "Tally file, e.g. one shared by several desks (default: the config key tally, else $XDG_DATA_HOME/uketsuke/tally.sqlite).")
    var tally: String?

}

/// The common options as plain values.
struct CommonValues: CommonSettings, Equatable {
    var date: String?
    var lang: Language?
    var noColor = false
    var config: String?
    var rules: String?
    var tally: String?
}

extension CommonSettings {
    /// --tally, else the settings' `tally`, else the user's data folder.
    func tallyPath(_ settings: FacilitySettings) -> String { tally ?? settings.tally ?? Tally.defaultPath() }

    /// The language of headless output: --lang, else Japanese.
    var language: Language { lang ?? .ja }

    /// The rules file given with --rules, or the built-in one. A bad file ends the program with exit code 2.
    func loadRules() throws -> Rules {
        guard let path = rules else {
            do {
                return try RulesFile.load(BundledResources.rules, file: "built-in rules.json")
            } catch {
                Output.err("uketsuke: \(error.text(language))\n")
                throw ExitCode(ExitStatus.internalError)
            }
        }
        switch readRulesFile(path, language: language) {
        case .success(let rules): return rules
        case .failure(let problem): throw Output.usage("--rules: \(problem.text(language))")
        }
    }

    /// The rules file at `path`, or why it cannot be used (a missing or unreadable file named in `language`).
    func readRulesFile(_ path: String, language: Language) -> Result<Rules, RulesFileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RulesFileError(file: path, line: nil, column: nil, key: nil,
                                           problem: .unreadable(fileProblem(path, language))))
        }
        return Result { () throws(RulesFileError) -> Rules in try RulesFile.load(data, file: path) }
    }

    /// The built-in rules, read on first use: for the wizard, after the first frame.
    var builtInRulesSource: RulesSource {
        RulesSource(loading: { Result { () throws(RulesFileError) -> Rules in
            try RulesFile.load(BundledResources.rules, file: "built-in rules.json")
        } })
    }

    func fileProblem(_ path: String) -> String { fileProblem(path, language) }

    func fileProblem(_ path: String, _ language: Language) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return language == .ja ? "ファイルがありません" : "no such file"
        }
        if isDirectory.boolValue { return language == .ja ? "フォルダです（ファイルを指定）" : "it is a folder, not a file" }
        return language == .ja ? "読み取りが許可されていません" : "permission denied"
    }

    var settingsStore: SettingsStore { SettingsStore(path: config ?? SettingsStore.defaultPath()) }

    /// The saved facility settings (the machine-wide file, then the user's), read key by key: each bad key is
    /// reported on stderr and left out, the rest kept. The files are left as they are.
    func loadSettings() -> FacilitySettings {
        let store = settingsStore
        let loaded = store.read()
        if config != nil && !loaded.userFileExists {
            Output.err("uketsuke: --config \"\(store.path)\": " + (language == .ja
                ? "ファイルがありません。既定の設定で動きます\n" : "no such file; using the defaults\n"))
        }
        for problem in loaded.problems { Output.err("uketsuke: \(problem.text(language))\n") }
        return loaded.settings
    }

    /// --date, or today in Japan.
    func visitDate() throws -> CalendarDate {
        guard let text = date else { return JapanClock.today() }
        return try self.date(text, flag: "--date")
    }

    /// A date given to `flag`, in any form of `DateInput`; a bad one is a usage error that names the flag, the value
    /// and the accepted forms.
    func date(_ text: String, flag: String) throws -> CalendarDate {
        switch DateInput.parse(text) {
        case .success(let d): return d
        case .failure(let e):
            let sep = language == .ja ? "。" : "; "
            throw Output.usage("\(flag) \"\(text)\": \(e.text(language))\(sep)\(DateInput.acceptedForms(language))")
        }
    }
}

extension Language: ExpressibleByArgument {}
extension AmbiguousWidth: ExpressibleByArgument {}

/// Now in Japan: the only place the program reads the clock. Japan has had no daylight saving time since 1951.
enum JapanClock {
    static func now() -> JapanInstant { JapanInstant(unixSeconds: Int64(time(nil))) }

    static func today() -> CalendarDate { now().date }
}
