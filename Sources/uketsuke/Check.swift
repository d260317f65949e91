import ArgumentParser
import Eligibility
import Foundation
import Headless

/// `uketsuke check`: one decision, or many with --batch.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decide what the patient must present (headless).",
        discussion: """
        Exit codes: 0 confirmed, 3 conditional, 4 not confirmed, 2 bad input, 1 internal error.
        With --batch: JSON Lines in (absent keys take these flags' values), JSON Lines out in the same order;
        exit 0 when every line was read, 2 when any was not.
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: "How the facility checks eligibility: yes (card reader), app (マイナ資格確認アプリ) or no (default: the saved setting, else no).")
    var online: String?
    @Option(help: "Card reader result: ok, failed or no-record (default ok).")
    var reader: String?
    @Option(help: "What the patient holds, comma-separated: myna-card, certificate, legacy-card, notice, portal. May be empty.")
    var holds: String?
    @Option(help: "Insurer of the legacy card: kyokai, senpo, kumiai, kyosai, kokuho, kokuho-kumiai, kouki, other, or an insurer number.")
    var insurer: String?
    @Option(name: .customLong("legacy-expiry"), help: "Expiry printed on the legacy card, or none.")
    var legacyExpiry: String?
    @Option(name: .customLong("insurer-changed"), help: "The insurer changed since the card was issued: yes or no (default no).")
    var insurerChanged: String?
    @Option(name: .customLong("certificate-expiry"), help: "Expiry printed on the 資格確認書, or none (not read).")
    var certificateExpiry: String?
    @Option(name: .customLong("notice-expiry"), help: "Expiry printed on the お知らせ (ages 70–74), or none.")
    var noticeExpiry: String?
    @Option(help: "first (初診) or repeat (再診); used only where a path needs it (default first).")
    var visit: String?
    @Option(help: "JSON Lines file of cases, or - for standard input.")
    var batch: String?
    @Flag(help: "Machine output: one JSON object.")
    var json = false

    /// The flags as a case input; with --batch they are the defaults of every line.
    var flagInput: CaseInput {
        var input = CaseInput()
        let pairs: [(CaseField, String?)] = [
            (.online, online), (.reader, reader), (.holds, holds), (.insurer, insurer), (.legacyExpiry, legacyExpiry),
            (.insurerChanged, insurerChanged), (.certificateExpiry, certificateExpiry), (.noticeExpiry, noticeExpiry),
            (.visit, visit),
        ]
        for (field, value) in pairs {
            if let value { input[field] = .text(value) }
        }
        if let date = common.date { input[.date] = .text(date) }
        return input
    }

    func run() throws {
        let rules = try common.loadRules()
        let today = JapanClock.today()
        let resolver = CaseResolver(rules: rules, today: today)
        var defaults = flagInput
        // The saved facility state, unless it is 毎回確認 (then the flag's default, no).
        if defaults[.online] == nil, let saved = common.loadSettings().online.known { defaults[.online] = .text(saved.rawValue) }

        if let batch {
            // Check the defaults once, so a bad flag is a usage error rather than an error on every line.
            if case .failure(let problem) = resolver.resolve(CaseInput(), over: defaults.withoutCrossFieldNeeds) {
                throw Output.usage(problem.text(common.language, naming: .flag))
            }
            try runBatch(batch, resolver: resolver, defaults: defaults)
            return
        }
        switch resolver.resolve(defaults) {
        case .failure(let problem):
            throw Output.usage(problem.text(common.language, naming: .flag))
        case .success(let c):
            let d = Eligibility.decide(c, dates: rules.dates, today: today)
            if json {
                Output.out(DecisionJSON.line(d, date: c.visitDate, rules: rules, language: common.language) + "\n")
            } else {
                Output.out(CheckReport.text(d, for: c, rules: rules, language: common.language))
            }
            switch d.verdict {
            case .confirmed: throw ExitCode(ExitStatus.confirmed)
            case .conditional: throw ExitCode(ExitStatus.conditional)
            case .notConfirmed: throw ExitCode(ExitStatus.notConfirmed)
            }
        }
    }

    func runBatch(_ path: String, resolver: CaseResolver, defaults: CaseInput) throws {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw Output.usage("--batch \"\(path)\": \(common.fileProblem(path))")
            }
        }
        defer { if fd != 0 { close(fd) } }
        let runner = BatchRunner(resolver: resolver, defaults: defaults, language: common.language)
        var readFailure: Int32 = 0
        var writeFailure: Int32 = 0
        let summary = runner.run(
            workers: ProcessInfo.processInfo.activeProcessorCount,
            read: { buffer in
                while true {
                    let n = Foundation.read(fd, buffer.baseAddress, buffer.count)
                    if n >= 0 { return n }
                    if errno == EINTR { continue }
                    readFailure = errno
                    return 0
                }
            },
            write: { bytes in
                writeFailure = bytes.withUnsafeBufferPointer { Output.write(1, $0) }
                return writeFailure == 0
            })
        if writeFailure != 0 { Output.exitAfterFailedWrite(writeFailure) }
        if readFailure != 0 {
            throw Output.usage("--batch \"\(path)\": \(String(cString: strerror(readFailure)))")
        }
        if summary.unreadable > 0 { throw ExitCode(ExitStatus.usage) }
    }
}

extension CaseInput {
    /// The flag defaults without `holds`, to check each flag's own form before a batch starts.
    var withoutCrossFieldNeeds: CaseInput {
        var copy = self
        copy[.holds] = nil
        return copy
    }
}
