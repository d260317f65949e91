import Foundation

struct BenchError: Error, CustomStringConvertible {
    let description: String
}

/// The binaries built next to this one.
enum Built {
    static let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()

    static func binary(_ name: String) throws -> URL {
        let url = directory.appending(path: name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw BenchError(description: "\(url.path) is missing: run `swift build -c release` first")
        }
        return url
    }

    static var isRelease: Bool { directory.path.contains("/release") }
}

/// A fresh home for one run of the program: its settings and tally in a temporary folder, removed afterwards.
final class ScratchHome {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "uketsuke-bench-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Saves 毎回確認 as the facility setting, so question 1 is asked for every patient and the first answer is not
    /// kept as the facility's state (what a first start does): the scripted patients stay the same all along.
    func askForEachPatient() throws {
        try FileManager.default.createDirectory(atPath: url.path + "/config/uketsuke", withIntermediateDirectories: true)
        try Data(#"{"online": "ask"}"#.utf8).write(to: URL(fileURLWithPath: url.path + "/config/uketsuke/config.json"))
    }

    /// The environment of a receptionist's terminal, pointed at this home.
    var environment: [String] {
        ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(url.path)", "XDG_CONFIG_HOME=\(url.path)/config",
         "XDG_DATA_HOME=\(url.path)/data", "PATH=/usr/bin:/bin"]
    }
}

/// Options of the form --name value.
func option(_ name: String, in args: [String], default value: Int) throws -> Int {
    guard let i = args.firstIndex(of: name) else { return value }
    guard i + 1 < args.count, let n = Int(args[i + 1]), n > 0 else {
        throw BenchError(description: "\(name) needs a positive whole number")
    }
    return n
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A deterministic generator (SplitMix64), so every run feeds the same cases.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func machineDescription() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu)"
}

/// The wizard of the built `uketsuke` on an 80×24 pty, settled on the home menu (first frame drawn, rules loaded).
func startWizard(in home: ScratchHome, date: String = "2026-11-24") throws -> PtyProcess {
    let process = try PtyProcess([try Built.binary("uketsuke").path, "--date", date], environment: home.environment)
    guard process.wait(for: StartupBenchmark.marker) else { throw BenchError(description: "the wizard drew no menu within 10 s") }
    _ = process.drain(quiet: 0.3)
    return process
}

/// `uketsuke check --batch -` started with its stdin and stdout as pipes (stderr discarded), and the monotonic time
/// it was spawned at.
func startBatch(_ binary: URL) throws -> (process: Process, stdin: Pipe, stdout: Pipe, start: Double) {
    let p = Process()
    p.executableURL = binary
    p.arguments = ["check", "--batch", "-"]
    let stdin = Pipe()
    let stdout = Pipe()
    p.standardInput = stdin
    p.standardOutput = stdout
    p.standardError = FileHandle.nullDevice
    let start = now()
    try p.run()
    return (p, stdin, stdout, start)
}
