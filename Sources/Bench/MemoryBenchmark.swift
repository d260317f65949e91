import Foundation
import Wizard

/// Peak memory of the wizard over a day at the counter: the release binary on an 80×24 pty with a fresh tally,
/// 1,000 complete checks typed one key at a time (every verdict, typed numbers and dates), VmHWM read from /proc.
enum MemoryBenchmark {
    /// One patient each, from question 1 to Enter on the result (the next patient's question 1), at 2026-11-24, at a
    /// desk whose setting is 毎回確認 (question 1 for every patient). Only the questions the wizard asks on that day.
    static let checks: [[Key]] = {
        func type(_ s: String) -> [Key] { s.map { Key.char($0) } }
        return [
            [.char("2"), .char("1"), .char("5"), .enter, .enter],
            [.char("1"), .char("1"), .enter, .char("2"), .char("2"), .enter],
            [.char("1"), .char("1"), .enter, .char("3"), .enter],
            [.char("2"), .char("1"), .char("4"), .enter, .char("0"), .enter, .enter],
            [.char("2"), .char("2"), .enter] + type("R8.7.31") + [.enter, .enter],
            // An old card beside the card: on this day no old card can be used, so its details are not asked.
            [.char("2"), .char("1"), .char("3"), .enter, .enter],
            [.char("2"), .char("1"), .char("2"), .char("4"), .enter] + type("令和6年1月1日") + [.enter, .char("0"), .enter, .enter],
        ]
    }()

    static func run(_ args: [String]) throws {
        let total = try option("--checks", in: args, default: 1000)
        let home = try ScratchHome()
        try home.askForEachPatient()
        let process = try startWizard(in: home)
        defer { process.terminate() }
        var rows = [("first frame", 0, process.status("VmHWM"), process.status("VmRSS"))]
        process.write(try TerminalBytes.of(.char("1")))
        _ = process.drain(quiet: 0.15)
        let keys = checks.flatMap { $0 }
        // Indices of the keys that finish a check (Enter on the result).
        var ends = Set<Int>()
        var index = -1
        for check in checks {
            index += check.count
            ends.insert(index)
        }
        var replay = FrameReplay(process, keys: try keys.map(TerminalBytes.of), quiet: 0.15)
        var done = 2 * checks.count
        rows.append(("learning the frames", done, process.status("VmHWM"), process.status("VmRSS")))
        let marks: Set<Int> = [100, 250, 500, total]
        while done < total {
            let finishing = ends.contains(replay.position)
            _ = try replay.next()
            if finishing {
                done += 1
                if marks.contains(done) { rows.append(("", done, process.status("VmHWM"), process.status("VmRSS"))) }
            }
        }
        process.terminate()
        let recorded = try tallyTotal(home)
        guard recorded == done else { throw BenchError(description: "the tally holds \(recorded) checks, not \(done)") }
        print("peak memory of the wizard on an 80×24 pty over \(done) checks (every one in the tally), \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build (dynamic, unoptimised); figures differ") }
        for (label, n, hwm, rss) in rows {
            let what = label.isEmpty ? "after \(n) checks" : "\(label) (\(n) checks)"
            print("  \(what.padding(toLength: 36, withPad: " ", startingAt: 0)) VmHWM \(mb(hwm))  VmRSS \(mb(rss))")
        }
    }

    static func mb(_ kb: Int?) -> String { kb.map { String(format: "%6.1f MB", Double($0) / 1024) } ?? "   n/a" }

    /// The number of checks `uketsuke report --json` finds in the run's tally.
    static func tallyTotal(_ home: ScratchHome) throws -> Int {
        let p = Process()
        p.executableURL = try Built.binary("uketsuke")
        p.arguments = ["report", "--json"]
        p.environment = Dictionary(uniqueKeysWithValues: home.environment.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        })
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let range = text.range(of: #""total"\s*:\s*[0-9]+"#, options: .regularExpression),
              let n = Int(text[range].split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) else {
            throw BenchError(description: "uketsuke report --json gave no total: \(text.prefix(200))")
        }
        return n
    }
}
