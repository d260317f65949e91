import Foundation

/// Spawn-to-first-frame of `uketsuke` against `dialog --menu` with the same Japanese menu, on the same kind of pty
/// (80×24), runs alternating so both see the same machine state. The frame counts as drawn when its last menu item
/// has been written to the terminal.
enum StartupBenchmark {
    static let marker = Array("施設設定".utf8)

    static func run(_ args: [String]) throws {
        let runs = try option("--runs", in: args, default: 30)
        let uketsuke = try Built.binary("uketsuke")
        guard let dialog = ["/usr/bin/dialog", "/bin/dialog"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BenchError(description: "dialog is not installed (apt-get install dialog); it is the baseline")
        }
        let home = try ScratchHome()
        let env = home.environment
        let ours = [uketsuke.path, "--date", "2026-11-24"]
        let theirs = [dialog, "--menu", "メニュー", "20", "70", "5", "1", "受付チェック", "2", "研修モード", "3", "本日の集計",
                      "4", "導入準備・お問い合わせ", "5", "施設設定"]
        print("spawn to first frame on an 80×24 pty, \(runs) alternating runs each, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures will be high") }
        // One untimed run each so both start from a warm page cache.
        _ = try firstFrame(ours, env)
        _ = try firstFrame(theirs, env)
        var a: [Double] = []
        var b: [Double] = []
        for i in 0..<runs {
            if i % 2 == 0 {
                a.append(try firstFrame(ours, env))
                b.append(try firstFrame(theirs, env))
            } else {
                b.append(try firstFrame(theirs, env))
                a.append(try firstFrame(ours, env))
            }
        }
        func ms(_ x: Double) -> String { String(format: "%.2f ms", x * 1000) }
        print("  uketsuke: median \(ms(median(a))), p90 \(ms(percentile(a, 0.9))), min \(ms(a.min()!))")
        print("  dialog:   median \(ms(median(b))), p90 \(ms(percentile(b, 0.9))), min \(ms(b.min()!))")
        print(String(format: "  ratio of medians (uketsuke / dialog): %.2f  (target ≤ 1.00, never above 1.25)", median(a) / median(b)))
    }

    /// Seconds from spawn until the marker has been written to the pty.
    static func firstFrame(_ argv: [String], _ env: [String]) throws -> Double {
        let process = try PtyProcess(argv, environment: env)
        defer { process.terminate() }
        guard process.wait(for: marker) else { throw BenchError(description: "\(argv[0]) drew no frame within 10 s") }
        return now() - process.started
    }
}
