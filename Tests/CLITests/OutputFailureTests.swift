import Foundation
import Testing

/// Runs the binary with its standard output going to `stdoutPath` (e.g. /dev/full), and returns the status and stderr.
func runWithStdout(to stdoutPath: String, _ arguments: [String], stdin: String = "") throws -> (status: Int32, err: String) {
    let home = Binary.scratch()
    let inFile = home.appending(path: "stdin")
    let errFile = home.appending(path: "stderr")
    try Data(stdin.utf8).write(to: inFile)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    let p = Process()
    p.executableURL = Binary.url
    p.arguments = arguments
    p.environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appending(path: "config").path,
                     "XDG_DATA_HOME": home.appending(path: "data").path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                     "SWIFT_BACKTRACE": "enable=no"]
    p.standardInput = try FileHandle(forReadingFrom: inFile)
    p.standardOutput = try #require(FileHandle(forWritingAtPath: stdoutPath))
    p.standardError = try FileHandle(forWritingTo: errFile)
    try p.run()
    p.waitUntilExit()
    return (p.terminationStatus, try String(contentsOf: errFile, encoding: .utf8))
}

/// Runs a shell pipeline with SIGPIPE ignored (as under a parent that ignores it); returns the seconds it took and
/// what it printed. `$U` is the binary. Fails the test when the pipeline takes longer than `limit` seconds.
func pipeline(_ script: String, limit: Double) throws -> (seconds: Double, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", "trap '' PIPE; " + script]
    let home = Binary.scratch()
    p.environment = ["U": Binary.url.path, "HOME": home.path, "XDG_CONFIG_HOME": home.appending(path: "config").path,
                     "XDG_DATA_HOME": home.appending(path: "data").path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                     "SWIFT_BACKTRACE": "enable=no"]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    let start = Date()
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let deadline = Date().addingTimeInterval(limit)
    while p.isRunning && Date() < deadline { usleep(10_000) }
    if p.isRunning {
        kill(p.processIdentifier, SIGKILL)
        Issue.record("the pipeline did not end within \(limit) s: \(script)")
    }
    p.waitUntilExit()
    return (Date().timeIntervalSince(start), String(decoding: data, as: UTF8.self))
}

/// A write that fails is not success: every headless command checks what it writes to standard output.
@Suite struct OutputFailureTests {
    static let commands: [[String]] = [
        ["check", "--batch", "-"],
        ["check", "--date", "2026-11-24", "--holds", "myna-card", "--json"],
        ["report", "--json"],
        ["report"],
        ["rules"],
        ["rules", "--json"],
        ["insurer", "06130488"],
        ["callcenter", "--at", "2026-11-24T10:00"],
        ["facility-code", "--code", "3410712362"],
        ["--version"],
        ["check", "--help"],
    ]

    @Test(arguments: commands)
    func aFullDiskIsAnError(_ arguments: [String]) throws {
        let run = try runWithStdout(to: "/dev/full", arguments, stdin: "{\"date\":\"2026-11-24\",\"holds\":[]}\n")
        #expect(run.status == 1, "\(arguments): \(run.err)")
        #expect(run.err == "uketsuke: 標準出力に書き込めませんでした（ディスクがいっぱいです）\n", "\(arguments)")
    }

    @Test func inEnglish() throws {
        let run = try runWithStdout(to: "/dev/full", ["rules", "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.err == "uketsuke: cannot write to standard output (the disk is full)\n")
    }

    /// With SIGPIPE ignored, a reader that goes away stops the batch: 1,000,000 lines into `head -1` end long before
    /// the time to decide them all (measured on 20,000 lines), with exit status 1.
    @Test func aClosedPipeStopsTheBatch() throws {
        let sample = try pipeline("yes '{\"date\":\"2026-11-24\",\"holds\":[\"myna-card\"]}' | head -n 20000 | \"$U\" check --batch - > /dev/null",
                                  limit: 120)
        let estimate = sample.seconds * 50
        let run = try pipeline("""
            yes '{"date":"2026-11-24","holds":["myna-card"]}' | head -n 1000000 | "$U" check --batch - | head -1
            echo "status ${PIPESTATUS[2]}"
            """, limit: max(30, estimate))
        #expect(run.out.hasPrefix("{\"date\":\"2026-11-24\",\"verdict\":\"not-confirmed\""))
        #expect(run.out.hasSuffix("status 1\n"), "\(run.out.suffix(100))")
        #expect(run.seconds < estimate / 5, "took \(run.seconds) s; deciding every line takes about \(estimate) s")
    }
}
