import Foundation

/// Runs the real `uketsuke` binary built next to the test bundle.
enum Binary {
    static let url: URL = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
            let u = candidate.appending(path: "uketsuke")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return dir.appending(path: "uketsuke")
    }()

    /// The tests and the binary next to them were built with AddressSanitizer (`swift test --sanitize=address`).
    static let underAddressSanitizer = dlsym(nil, "__asan_init") != nil

    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    /// A fresh, empty home for settings and data, so the machine's own files never leak into a test.
    static func scratch() -> URL {
        let dir = FileManager.default.temporaryDirectory.appending(path: "uketsuke-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func run(_ arguments: [String], stdin: String = "", executable: URL = url, home: URL? = nil,
                    environment extra: [String: String] = [:]) throws -> Run {
        let home = home ?? scratch()
        let inFile = home.appending(path: "stdin-\(UUID().uuidString)")
        let outFile = home.appending(path: "stdout-\(UUID().uuidString)")
        let errFile = home.appending(path: "stderr-\(UUID().uuidString)")
        try Data(stdin.utf8).write(to: inFile)
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        var env = ["HOME": home.path, "XDG_CONFIG_HOME": home.appending(path: "config").path,
                   "XDG_DATA_HOME": home.appending(path: "data").path, "LANG": "C.UTF-8",
                   "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        // A sanitizer run (.ci/asan) checks the binary the same way as the tests, suppressions included.
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS"] { env[name] = ProcessInfo.processInfo.environment[name] }
        env.merge(extra) { _, new in new }
        p.environment = env
        p.standardInput = try FileHandle(forReadingFrom: inFile)
        p.standardOutput = try FileHandle(forWritingTo: outFile)
        p.standardError = try FileHandle(forWritingTo: errFile)
        try p.run()
        p.waitUntilExit()
        return Run(status: p.terminationStatus,
                   out: try String(contentsOf: outFile, encoding: .utf8),
                   err: try String(contentsOf: errFile, encoding: .utf8))
    }
}
