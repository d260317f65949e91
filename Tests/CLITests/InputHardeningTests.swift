import Foundation
import StrictJSON
import Testing

/// Input that is long, starts with a byte order mark, or carries control characters.
@Suite struct InputHardeningTests {
    static let rulesText = try! String(contentsOf: Binary.testsDirectory.deletingLastPathComponent().appending(path: "Resources/rules.json"),
                                       encoding: .utf8)

    @Test func aLongLineIsAnErrorLineAndTheBatchGoesOn() throws {
        let long = "{\"holds\":[\"" + String(repeating: "x", count: 3 << 20) + "\"]}"
        let run = try Binary.run(["check", "--batch", "-", "--date", "2026-11-24"], stdin: long + "\n{\"holds\":[]}\n")
        #expect(run.status == 2)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "{\"line\":1,\"error\":\"1行目が長すぎます（1行は1 MiB＝1048576バイトまで）。次の改行まで読み飛ばしました\"}")
        #expect(lines.last?.hasPrefix("{\"date\":\"2026-11-24\",\"verdict\":\"not-confirmed\"") == true)
    }

    /// /dev/zero is one line that never ends: the error shows at once, and memory stays put while it is read.
    @Test func devZeroIsReadInBoundedMemory() throws {
        let p = Process()
        p.executableURL = Binary.url
        p.arguments = ["check", "--batch", "/dev/zero"]
        p.environment = ["HOME": Binary.scratch().path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // SIGKILL: a test runner may hand its children SIGTERM blocked.
        defer { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }
        var text = Data()
        let fd = out.fileHandleForReading.fileDescriptor
        var buf = [UInt8](repeating: 0, count: 4096)
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !text.contains(0x0A), poll(&pfd, 1, 10_000) > 0 {
            let n = read(fd, &buf, buf.count)
            if n <= 0 { break }
            text.append(contentsOf: buf[0..<n])
        }
        #expect(String(decoding: text, as: UTF8.self)
            == "{\"line\":1,\"error\":\"1行目が長すぎます（1行は1 MiB＝1048576バイトまで）。次の改行まで読み飛ばしました\"}\n")
        // Read on until 512 MiB of zeros have gone through: the peak stays far below that.
        func proc(_ file: String, _ key: String) -> Int? {
            let t = (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/\(file)", encoding: .utf8)) ?? ""
            return t.split(separator: "\n").first { $0.hasPrefix(key) }
                .flatMap { Int($0.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) }
        }
        let deadline = Date().addingTimeInterval(30)
        while (proc("io", "rchar:") ?? 0) < 512 << 20 && Date() < deadline { usleep(20_000) }
        #expect((proc("io", "rchar:") ?? 0) >= 512 << 20)
        let peakKB = try #require(proc("status", "VmHWM:"))
        #expect(peakKB < 96 * 1024, "VmHWM \(peakKB) kB after reading 512 MiB of one line")
    }

    static let bom = "\u{FEFF}"

    @Test func aByteOrderMarkStartsABatchFile() throws {
        let home = Binary.scratch()
        let file = home.appending(path: "cases.jsonl")
        try Data((Self.bom + "{\"date\":\"2026-11-24\",\"holds\":[\"myna-card\"],\"online\":\"yes\"}\n").utf8).write(to: file)
        let run = try Binary.run(["check", "--batch", file.path], home: home)
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.hasPrefix("{\"date\":\"2026-11-24\",\"verdict\":\"confirmed\""))
    }

    @Test func aByteOrderMarkStartsARulesFile() throws {
        let home = Binary.scratch()
        let file = home.appending(path: "rules.json")
        try Data((Self.bom + Self.rulesText).utf8).write(to: file)
        let run = try Binary.run(["rules", "--rules", file.path], home: home)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.hasPrefix("ルール 2026.12-1  (\(file.path))\n"))
        // Columns count from after the mark: a bad date is at the same place as without it.
        let bad = Self.rulesText.replacingOccurrences(of: "\"date\": \"2025-12-01\"", with: "\"date\": \"2025-12-32\"")
        try Data((Self.bom + bad).utf8).write(to: file)
        let refused = try Binary.run(["rules", "--rules", file.path], home: home)
        #expect(refused.err.hasPrefix("uketsuke: --rules: \(file.path):13:15: dates.legacyCap.date: "), "\(refused.err)")
    }

    /// The settings file is read by the same JSON reader (Store calls JSONReader.parse on the file's bytes).
    @Test func aByteOrderMarkStartsTheConfig() throws {
        let home = Binary.scratch()
        let config = home.appending(path: "config.json")
        try Data((Self.bom + "{\"online\": \"yes\"}\n").utf8).write(to: config)
        let run = try Binary.run(["check", "--config", config.path, "--date", "2026-11-24", "--holds", "myna-card"], home: home)
        #expect(run.err.isEmpty, "\(run.err)")
        #expect(run.status == 0)
    }

    @Test(arguments: [
        (["check", "--date", "\u{1B}[2J\u{1B}]0;owned\u{07}2026"], "--date \"\\u{1B}[2J\\u{1B}]0;owned\\u{7}2026\""),
        (["check", "--holds", "a\u{9B}31m\u{202E}b"], "「a\\u{9B}31m\\u{202E}b」"),
        (["report", "--from", "\u{0D}\u{1B}[K"], "--from \"\\u{D}\\u{1B}[K\""),
        (["check", "--lang", "\u{1B}[31m"], "'\\u{1B}[31m'"),
    ])
    func controlCharactersInArgumentsAreShownEscaped(_ args: [String], _ shown: String) throws {
        let run = try Binary.run(args)
        #expect(run.status == 2)
        #expect(run.err.contains(shown), "\(run.err.debugDescription)")
        #expect(!run.err.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
    }
}
