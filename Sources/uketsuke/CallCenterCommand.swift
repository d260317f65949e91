import ArgumentParser
import Eligibility
import Headless

/// `uketsuke callcenter`: is オンライン資格確認等コールセンター open now, or at --at, and why.
struct CallCenterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callcenter",
        abstract: "Is the オンライン資格確認等コールセンター open now (or at --at), and why; when it opens next.",
        discussion: """
        Open Mon–Fri 8:00–18:00 and Sat 8:00–16:00 Japan time, closed on Sundays, 祝日, 振替休日 and 国民の休日.
        Exit codes: 0 open or closed (both are answers), 2 bad input.
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: "ISO 8601 date and time: 2026-11-24T17:59:00+09:00, 2026-11-24T08:59:00Z, or 2026-11-24T17:59 in Japan time (default: now).")
    var at: String?

    @Flag(help: "Machine output: one JSON object.")
    var json = false

    func run() throws {
        let ja = common.language == .ja
        if let date = common.date {
            throw Output.usage(ja ? "--date \"\(date)\": callcenter は日時を --at で指定します（例: --at 2026-11-24T10:00）"
                                  : "--date \"\(date)\": callcenter takes a date and time with --at (e.g. --at 2026-11-24T10:00)")
        }
        let rules = try common.loadRules()
        let instant = try instant()
        let status = CallCenterStatus(at: instant, callCenter: rules.callCenter)
        Output.out(json ? CallCenterReport.json(status, rules: rules, language: common.language)
                        : CallCenterReport.text(status, rules: rules, language: common.language))
    }

    /// --at, or now; either way within the years whose holidays are known.
    func instant() throws -> JapanInstant {
        let ja = common.language == .ja
        let years = JapaneseHolidays.supportedYears
        let yearsText = ja ? "祝日が分かるのは\(years.lowerBound)年〜\(years.upperBound)年です"
                           : "holidays are known for \(years.lowerBound)–\(years.upperBound) only"
        guard let at else {
            let now = JapanClock.now()
            guard years.contains(now.date.year) else {
                Output.err("uketsuke: \(now.iso): \(yearsText)\n")
                throw ExitCode(ExitStatus.internalError)
            }
            return now
        }
        let sep = ja ? "。" : "; "
        switch JapanInstant.parse(at) {
        case .failure(let e):
            throw Output.usage("--at \"\(at)\": \(e.text(common.language))\(sep)\(JapanInstant.acceptedForms(common.language))")
        case .success(let instant):
            guard years.contains(instant.date.year) else { throw Output.usage("--at \"\(at)\": \(yearsText)") }
            return instant
        }
    }
}
