import Foundation

/// What the wizard costs when nobody types: the release binary on the home menu of an 80×24 pty for a while, its
/// CPU time (the kernel's per-process CPU clock), its wake-ups (voluntary context switches of all its threads) and
/// the bytes it writes to the terminal. The loop waits in get_wch with a 500 ms timeout, so about 2 wake-ups/s.
enum IdleBenchmark {
    static func run(_ args: [String]) throws {
        let seconds = try option("--seconds", in: args, default: 10)
        let home = try ScratchHome()
        let process = try startWizard(in: home)
        defer { process.terminate() }
        var clock = clockid_t()
        guard clock_getcpuclockid(process.pid, &clock) == 0 else { throw BenchError(description: "no CPU clock for the wizard") }
        let before = try Sample(process, clock)
        var written = 0
        let end = now() + Double(seconds)
        while now() < end {
            guard let bytes = process.read(timeout: min(0.5, max(0, end - now()))) else {
                throw BenchError(description: "the wizard closed its terminal")
            }
            written += bytes.count
        }
        let after = try Sample(process, clock)
        let wall = after.wall - before.wall
        let cpu = after.cpu - before.cpu
        print("idle on the home menu of an 80×24 pty for \(seconds) s, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures will be high") }
        print(String(format: "  CPU: %.1f ms in %.1f s = %.3f%%", cpu * 1000, wall, cpu / wall * 100))
        print(String(format: "  wake-ups: %.1f/s (%d voluntary context switches), %d involuntary, %d thread(s)",
                     Double(after.voluntary - before.voluntary) / wall, after.voluntary - before.voluntary,
                     after.involuntary - before.involuntary, after.threads))
        print("  bytes written to the terminal while idle: \(written)  (target: a few wake-ups/s, ~0% CPU)")
    }

    /// CPU seconds and context switches of every thread of the process, at one moment.
    struct Sample {
        let wall: Double
        let cpu: Double
        let voluntary: Int
        let involuntary: Int
        let threads: Int

        init(_ process: PtyProcess, _ clock: clockid_t) throws {
            var ts = timespec()
            guard clock_gettime(clock, &ts) == 0 else { throw BenchError(description: "cannot read the wizard's CPU clock") }
            cpu = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
            wall = now()
            let tasks = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.pid)/task")
            var voluntary = 0
            var involuntary = 0
            for task in tasks {
                let status = try String(contentsOfFile: "/proc/\(process.pid)/task/\(task)/status", encoding: .utf8)
                for line in status.split(separator: "\n") {
                    let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
                    guard parts.count == 2, let n = Int(parts[1]) else { continue }
                    if parts[0] == "voluntary_ctxt_switches" { voluntary += n }
                    if parts[0] == "nonvoluntary_ctxt_switches" { involuntary += n }
                }
            }
            self.voluntary = voluntary
            self.involuntary = involuntary
            threads = tasks.count
        }
    }
}
