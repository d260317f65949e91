import Facility
import ArgumentParser
import Eligibility
import Headless
import Store

/// `uketsuke report`: the anonymous reception tally over a range of Japan days.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The anonymous reception tally: checks by verdict and by what patients held.",
        discussion: """
        Days are Japan days (UTC+9); the default is the 30 days ending today.
        The tally is $XDG_DATA_HOME/uketsuke/tally.sqlite, else ~/.local/share/uketsuke/tally.sqlite; \
        before the first check is recorded there is none, and every count is zero.
        Exit codes: 0 the report was printed, 2 bad input, 1 the tally file cannot be read.
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: "First day of the report, any date form: 2026-11-01, 令和8年11月1日, R8.11.1 … (default: 29 days before --to).")
    var from: String?
    @Option(help: "Last day of the report, included, any date form (default: today in Japan).")
    var to: String?
    @Flag var format: ReportFormat?

    /// Days in the default range, today included.
    static let defaultDays = 30

    func run() throws {
        let (first, last) = try range()
        let path = common.tallyPath(common.loadSettings())
        let report: TallyReport
        let exists: Bool
        do throws(TallyError) {
            // Read-only: nothing is created, migrated or locked, so a tally on a read-only disk reports too.
            let tally = try Tally.openForReading(path: path)
            exists = tally != nil
            report = try tally?.report(from: first, to: last) ?? TallyReport(from: first, to: last)
        } catch {
            Output.err("uketsuke: \(error.text(common.language))\n")
            throw ExitCode(ExitStatus.internalError)
        }
        switch format {
        case .json: Output.out(TallyReportOutput.json(report))
        case .csv: Output.out(TallyReportOutput.csv(report))
        case nil:
            let rules = try common.loadRules()
            Output.out(TallyReportOutput.text(report, file: path, exists: exists, rules: rules, language: common.language))
        }
    }

    /// --from and --to, with the defaults filled in; a bad date or a range that ends before it starts is a usage error.
    func range() throws -> (CalendarDate, CalendarDate) {
        let last = try to.map { try common.date($0, flag: "--to") } ?? JapanClock.today()
        let first = try from.map { try common.date($0, flag: "--from") } ?? last.adding(days: 1 - Self.defaultDays)
        guard first <= last else {
            throw Output.usage(common.language == .ja
                ? "--from \"\(from ?? first.iso)\" が --to \"\(to ?? last.iso)\" より後です（--from に期間の最初の日、--to に最後の日を指定してください）"
                : "--from \"\(from ?? first.iso)\" is after --to \"\(to ?? last.iso)\" (--from is the first day of the period, --to the last)")
        }
        return (first, last)
    }
}

/// `--csv` or `--json`; neither gives text for people.
enum ReportFormat: String, EnumerableFlag {
    case csv
    case json

    static func help(for value: ReportFormat) -> ArgumentHelp? {
        switch value {
        case .csv: "Machine output: a header line, then one row per day."
        case .json: "Machine output: one JSON object."
        }
    }
}
