import Foundation

/// glibc 2.34+; Swift's Glibc module does not export it.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
func spawnActionsCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32

/// glibc's POSIX_SPAWN_SETSID (not imported into Swift).
let spawnSetsid: Int16 = 0x80

@_silgen_name("memmem")
func findBytes(_ haystack: UnsafeRawPointer?, _ haystackCount: Int, _ needle: UnsafeRawPointer?, _ needleCount: Int)
    -> UnsafeMutableRawPointer?

func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { h in
        needle.withUnsafeBufferPointer { n in findBytes(h.baseAddress, h.count, n.baseAddress, n.count) != nil }
    }
}

/// A program on its own pseudo-terminal, as a terminal emulator runs it: the benchmarks read what it draws and type
/// into it. Not Foundation's Process, which cannot give a child a controlling terminal.
final class PtyProcess {
    let pid: pid_t
    let master: Int32
    /// Monotonic time just before the spawn.
    let started: Double
    private var buffer = [UInt8](repeating: 0, count: 65536)
    private var reaped = false

    init(_ argv: [String], environment: [String], width: Int = 80, height: Int = 24) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
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
        var cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        started = now()
        guard posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv) == 0 else {
            close(master)
            throw BenchError(description: "cannot start \(argv[0])")
        }
        self.pid = pid
        self.master = master
    }

    deinit { terminate() }

    /// What the program wrote within `timeout` seconds: [] when nothing came, nil when the terminal closed.
    func read(timeout: Double) -> [UInt8]? {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, Int32(max(0, timeout * 1000))) > 0 else { return [] }
        let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        return n > 0 ? Array(buffer[0..<n]) : nil
    }

    /// Reads until `marker` has been written; false when it did not come within `timeout` seconds.
    func wait(for marker: [UInt8], timeout: Double = 10) -> Bool {
        var seen: [UInt8] = []
        let deadline = now() + timeout
        while now() < deadline {
            guard let bytes = read(timeout: 0.1) else { return false }
            seen += bytes
            if contains(seen, marker) { return true }
        }
        return false
    }

    /// Reads until nothing has come for `quiet` seconds; returns what came.
    func drain(quiet: Double) -> [UInt8] {
        var seen: [UInt8] = []
        while let bytes = read(timeout: quiet), !bytes.isEmpty { seen += bytes }
        return seen
    }

    /// Types bytes into the terminal.
    func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// One line of /proc/PID/status, such as VmHWM, as its number (kB for sizes).
    func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return line.flatMap { Int($0.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") }
    }

    /// SIGTERM, drain so the child is never blocked writing, reap it, close the terminal.
    func terminate() {
        guard !reaped else { return }
        reaped = true
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 20) > 0 { _ = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) } }
        }
        close(master)
    }
}
