import Foundation

/// Feeds mixed cases to `uketsuke check --batch -` and prints cases per second.
enum BatchBenchmark {
    static func run(_ args: [String]) throws {
        let count = try option("--cases", in: args, default: 200_000)
        let runs = try option("--runs", in: args, default: 5)
        let binary = try Built.binary("uketsuke")
        let input = cases(count)
        print("check --batch: \(count) mixed cases (\(input.count / 1024) KiB), \(runs) runs, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures will be low") }
        var rates: [Double] = []
        for r in 1...runs {
            let (seconds, lines, errors) = try feed(binary, input)
            guard lines == count else { throw BenchError(description: "expected \(count) output lines, got \(lines)") }
            let rate = Double(count) / seconds
            rates.append(rate)
            print(String(format: "  run %d: %.3f s, %.0f cases/s (%d error lines, as generated)", r, seconds, rate, errors))
        }
        print(String(format: "  median: %.0f cases/s (best %.0f)", median(rates), rates.max()!))
    }

    /// A deterministic mix: every document combination, both facility states, every reader result and insurer,
    /// dates in every accepted notation, and 1 line in 500 deliberately unreadable.
    static func cases(_ n: Int) -> [UInt8] {
        var rng = SplitMix(state: 20_261_124)
        let docs = ["myna-card", "certificate", "legacy-card", "notice", "portal"]
        let insurers = ["kyokai", "senpo", "kumiai", "kyosai", "kokuho", "kokuho-kumiai", "kouki", "other",
                        "06130488", "39132014", "01040013", "131011"]
        let dates = ["2025-08-05", "R7.11.30", "令和8年11月24日", "2026/2/10", "20241201", "Ｒ７．７．３１", "令和7年12月1日(月)",
                     "2026-04-01", "H31.4.30", "2025.9.1"]
        let expiries = ["R7.7.31", "2025-09-30", "令和8年7月31日", "2029-11-30", "none"]
        var out = ""
        out.reserveCapacity(n * 140)
        for i in 0..<n {
            if i % 500 == 499 {
                out += "{\"date\":\"令和7年2月29日\",\"holds\":[\"legacy-card\"]}\n"
                continue
            }
            let mask = Int(rng.next() % 32)
            let held = docs.enumerated().filter { mask >> $0.offset & 1 == 1 }.map { "\"\($0.element)\"" }
            var line = "{\"date\":\"\(dates.randomElement(using: &rng)!)\",\"online\":\"\(Bool.random(using: &rng) ? "yes" : "no")\""
            line += ",\"reader\":\"\(["ok", "failed", "no-record"].randomElement(using: &rng)!)\",\"holds\":[\(held.joined(separator: ","))]"
            if mask & 4 != 0 {
                let insurer = insurers.randomElement(using: &rng)!
                var expiry = expiries.randomElement(using: &rng)!
                if expiry == "none" && ["kokuho", "kokuho-kumiai", "kouki", "39132014", "131011"].contains(insurer) { expiry = "R7.7.31" }
                line += ",\"insurer\":\"\(insurer)\",\"legacyExpiry\":\"\(expiry)\",\"insurerChanged\":\(rng.next() % 10 == 0)"
            }
            if mask & 2 != 0 {
                let e = expiries.randomElement(using: &rng)!
                line += ",\"certificateExpiry\":" + (e == "none" ? "null" : "\"\(e)\"")
            }
            if mask & 8 != 0 && rng.next() % 4 == 0 { line += ",\"noticeExpiry\":\"R8.7.31\"" }
            line += ",\"visit\":\"\(Bool.random(using: &rng) ? "first" : "repeat")\"}\n"
            out += line
        }
        return Array(out.utf8)
    }

    /// Runs the binary once with `input` on stdin; returns wall seconds (spawn to end of output) and line counts.
    static func feed(_ binary: URL, _ input: [UInt8]) throws -> (Double, Int, Int) {
        let (p, stdin, stdout, start) = try startBatch(binary)
        let writer = Thread {
            input.withUnsafeBytes { stdin.fileHandleForWriting.write(Data($0)) }
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        var lines = 0
        var errors = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let fd = stdout.fileHandleForReading.fileDescriptor
        // The bytes of the current line seen so far (an error line starts with {"line":).
        var head: [UInt8] = []
        let errorStart = Array("{\"line\":".utf8)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in
                let base = raw.baseAddress!
                var offset = 0
                while offset < n {
                    if head.count < errorStart.count {
                        let take = min(errorStart.count - head.count, n - offset)
                        head.append(contentsOf: raw[offset..<(offset + take)])
                    }
                    guard let nl = memchr(base + offset, 0x0A, n - offset) else { break }
                    lines += 1
                    if head.starts(with: errorStart) { errors += 1 }
                    head.removeAll(keepingCapacity: true)
                    offset = base.distance(to: nl) + 1
                }
            }
        }
        p.waitUntilExit()
        return (now() - start, lines, errors)
    }
}
