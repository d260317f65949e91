import Foundation

/// glibc 2.34+; Swift's Glibc module does not export it.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
func spawnActionsCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32

/// glibc's POSIX_SPAWN_SETSID (not imported into Swift).
let spawnSetsid: Int16 = 0x80

@_silgen_name("memmem")
func findBytes(_ haystack: UnsafeRawPointer?, _ haystackCount: Int, _ needle: UnsafeRawPointer?, _ needleCount: Int)
    -> UnsafeMutableRawPointer?

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
        let home = FileManager.default.temporaryDirectory.appending(path: "uketsuke-bench-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)/config",
                   "XDG_DATA_HOME=\(home.path)/data", "PATH=/usr/bin:/bin"]
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
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 128)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw BenchError(description: "openpty failed") }
        let slaveName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        close(slave)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the pty makes it the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        _ = spawnActionsCloseFrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, spawnSetsid)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv) == 0 else {
            close(master)
            throw BenchError(description: "cannot start \(argv[0])")
        }
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var elapsed: Double?
        let deadline = start + 10
        while elapsed == nil && now() < deadline {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 100) > 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            seen += buffer[0..<n]
            if contains(seen, marker) { elapsed = now() - start }
        }
        kill(pid, SIGTERM)
        // Drain so the child is never blocked writing, then reap it.
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 20) > 0 { _ = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) } }
        }
        close(master)
        guard let elapsed else { throw BenchError(description: "\(argv[0]) drew no frame within 10 s") }
        return elapsed
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in findBytes(h.baseAddress, h.count, n.baseAddress, n.count) != nil }
        }
    }
}
