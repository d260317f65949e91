import Foundation

/// One very long line, then a normal one, into `uketsuke check --batch -`: the time until both output lines are out
/// (the error line naming the 1 MiB limit, then the decision), and the process's peak memory (VmHWM of its
/// /proc status) read while it still runs, next to the same figures for the normal line alone.
enum LongLineBenchmark {
    static func run(_ args: [String]) throws {
        let megabytes = try option("--mb", in: args, default: 40)
        let runs = try option("--runs", in: args, default: 3)
        let binary = try Built.binary("uketsuke")
        let normal = Array("{\"date\":\"2026-11-24\",\"holds\":[\"myna-card\"]}\n".utf8)
        var long = Array("{\"holds\":[\"".utf8)
        long += [UInt8](repeating: UInt8(ascii: "x"), count: megabytes << 20)
        long += Array("\"]}\n".utf8)
        print("check --batch: a \(megabytes) MB line then a normal line on stdin, \(runs) runs, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures differ") }
        let (baseSeconds, baseKB) = try feed(binary, normal, lines: 1)
        print(String(format: "  normal line alone: %.3f s, VmHWM %.1f MB", baseSeconds, Double(baseKB) / 1024))
        var times: [Double] = []
        for r in 1...runs {
            let (seconds, kb) = try feed(binary, long + normal, lines: 2)
            times.append(seconds)
            print(String(format: "  run %d: %.3f s, VmHWM %.1f MB", r, seconds, Double(kb) / 1024))
        }
        print(String(format: "  median: %.3f s", median(times)))
    }

    /// Spawn to the `lines`-th output line, and VmHWM then (stdin is still open, so the process is alive to be read).
    static func feed(_ binary: URL, _ input: [UInt8], lines: Int) throws -> (Double, Int) {
        let (p, stdin, stdout, start) = try startBatch(binary)
        let writer = Thread { input.withUnsafeBytes { stdin.fileHandleForWriting.write(Data($0)) } }
        writer.start()
        var seen = 0
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let fd = stdout.fileHandleForReading.fileDescriptor
        while seen < lines {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw BenchError(description: "uketsuke ended after \(seen) lines") }
            output += buffer[0..<n]
            seen += buffer[0..<n].filter { $0 == 0x0A }.count
        }
        let seconds = now() - start
        let status = (try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8)) ?? ""
        let hwm = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) } ?? -1
        try? stdin.fileHandleForWriting.close()
        p.waitUntilExit()
        if lines == 2 {
            let text = String(decoding: output, as: UTF8.self)
            guard text.hasPrefix("{\"line\":1,\"error\":"),
                  text.split(separator: "\n").count == 2 else {
                throw BenchError(description: "unexpected output: \(text.prefix(300))")
            }
        }
        return (seconds, hwm)
    }
}
