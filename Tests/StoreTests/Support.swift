import BundledResources
import Eligibility
import Foundation
import Store

enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")

    /// A fresh, empty folder of its own.
    static func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "uketsuke-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Seconds since 1970 UTC at a Japan date and time (UTC+9).
    static func seconds(japan iso: String, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
        Int64(date(iso).dayNumber) * 86400 + Int64((hour - 9) * 3600 + minute * 60 + second)
    }

    /// The engine's decision, as the wizard would get it on the visit date.
    static func decide(_ c: CheckCase) -> Decision {
        Eligibility.decide(c, dates: rules.dates, today: c.visitDate)
    }
}

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// The store's second process: `tally-writer PATH COUNT SECONDS`, built next to the test bundle.
enum TallyWriter {
    static let url: URL = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
            let u = candidate.appending(path: "tally-writer")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return dir.appending(path: "tally-writer")
    }()

    /// Starts `tally-writer --read PATH DAY`, which prints "total N" from `Tally.openForReading`.
    static func read(path: String, day: String, stdout: Any, stderr: Any, asNobody: Bool) throws -> Process {
        try launch([ "--read", path, day], stdout: stdout, stderr: stderr, asNobody: asNobody)
    }

    /// Starts a writer; `stdout` receives one "recorded N" line per check, `stderr` a fault's kind and text.
    static func start(path: String, count: Int, at seconds: Int64, stdout: Any = FileHandle.nullDevice,
                      stderr: Any = FileHandle.nullDevice, asNobody: Bool = false) throws -> Process {
        try launch([path, String(count), String(seconds)], stdout: stdout, stderr: stderr, asNobody: asNobody)
    }

    static func launch(_ arguments: [String], stdout: Any, stderr: Any, asNobody: Bool) throws -> Process {
        let p = Process()
        if asNobody {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", url.path] + arguments
        } else {
            p.executableURL = url
            p.arguments = arguments
        }
        p.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        return p
    }
}

/// Every regular file under `folder`, with its bytes, sorted by path (the database, `-wal`, `-shm`, anything else).
func filesUnder(_ folder: URL) -> [(path: String, bytes: Data)] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    var files: [(path: String, bytes: Data)] = []
    while let url = enumerator?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        files.append((url.path, (try? Data(contentsOf: url)) ?? Data()))
    }
    return files.sorted { $0.path < $1.path }
}

/// The names in a folder, sorted.
func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}
