import Foundation

/// glibc 2.34+; Swift's Glibc module does not export it.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
func spawnActionsCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32

/// The real binary in a real terminal: tmux with a private socket, keys by send-keys, the screen by capture-pane.
final class Tmux {
    let socket = "uketsuke-test-\(UUID().uuidString.prefix(8))"
    let home: URL
    let pidFile: URL
    let config: URL
    /// A library the tmux server itself runs with (LD_PRELOAD), e.g. one that makes it draw ambiguous characters wide.
    let serverPreload: String?

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    /// Starts `uketsuke ARGS` in an 80×24 pane. When it ends, the pane prints its exit code and `stty -a`.
    /// `shellIgnoresHangup`: the pane's shell keeps the terminal's SIGHUP to itself and survives it, so the wizard
    /// learns that its terminal closed only from its input ending.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, home: URL = Binary.scratch(),
         environment: [String: String] = [:], shellIgnoresHangup: Bool = false, serverPreload: String? = nil) throws {
        self.home = home
        self.serverPreload = serverPreload
        pidFile = home.appending(path: "app.pid")
        config = home.appending(path: "tmux.conf")
        try "set -g status off\nset -g escape-time 0\n".write(to: config, atomically: true, encoding: .utf8)
        // Under AddressSanitizer (.ci/asan), no leak scan at exit: it sometimes hangs, spinning, when the terminal
        // has just hung up, which is how most of these runs end. Leaks are checked in the test process.
        var env = ["HOME": home.path, "LD_PRELOAD": "", "XDG_CONFIG_HOME": home.appending(path: "config").path,
                   "XDG_DATA_HOME": home.appending(path: "data").path, "LANG": "C.UTF-8",
                   "SWIFT_BACKTRACE": "enable=no", "ASAN_OPTIONS": "detect_leaks=0"]
        env.merge(environment) { _, new in new }
        let exports = env.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        let app = ([Binary.url.path] + arguments).map(Tmux.quote).joined(separator: " ")
        // The inner shell records its pid and becomes the app, so signals can be sent to the app itself.
        let inner = "echo $$ > \(Tmux.quote(pidFile.path)); exec env \(exports) \(app)"
        // EXIT= starts a line of its own even when the app died with the terminal raw (no CR after a newline).
        // A shell that outlives the hangup must not go on to sleep for ten minutes with nobody to stop it.
        let command = shellIgnoresHangup ? "trap '' HUP; sh -c \(Tmux.quote(inner))"
            : "sh -c \(Tmux.quote(inner)); s=$?; printf '\\r\\nEXIT=%s\\r\\n' \"$s\"; stty -a; sleep 600"
        try run(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", "t", command])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct SpawnFailed: Error {
        let code: Int32
    }

    /// Runs tmux and waits for it. Not Foundation's Process: the tmux server daemonizes and would inherit the
    /// descriptors Process watches (and the test runner's own pipes), so it starts with nothing above stderr open.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let outFile = home.appending(path: "tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        _ = spawnActionsCloseFrom(&actions, 3)
        let argv = ["tmux", "-L", socket, "-f", config.path] + args
        // The test runner's threads block TERM, HUP and more: a server started with that mask would ignore its own
        // kill-server (a SIGTERM to itself) and outlive the test, and its panes would never see a hangup.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        var serverEnvironment: [UnsafeMutablePointer<CChar>?] = []
        if let serverPreload {
            var e = environ
            while let entry = e.pointee { serverEnvironment.append(strdup(entry)); e += 1 }
            serverEnvironment.append(strdup("LD_PRELOAD=" + serverPreload))
            serverEnvironment.append(nil)
        }
        defer { for e in serverEnvironment { free(e) } }
        let spawned = serverPreload == nil ? posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ)
            : posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, &serverEnvironment)
        guard spawned == 0 else { throw SpawnFailed(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
    }

    /// Named keys (Enter, Escape, BSpace, Up …) or single characters.
    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }

    /// Literal text, Japanese included.
    func type(_ text: String) throws { try run(["send-keys", "-t", "t", "-l", text]) }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", "t"]) }

    /// A tmux format of the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "t", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(_ width: Int, _ height: Int) throws {
        try run(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `text` appears.
    @discardableResult
    func wait(for text: String, timeout: Double = 10) throws -> String {
        let end = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < end {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.03)
        }
        throw Timeout(waitingFor: "\"\(text)\"", screen: last)
    }

    /// Waits for the app to draw the screen a key leads to.
    @discardableResult
    func press(_ key: String, thenWaitFor text: String) throws -> String {
        try keys(key)
        return try wait(for: text)
    }

    var appPID: Int32? {
        (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// After the app ended: its exit code and whether `stty -a` shows a sane terminal (icanon and echo on).
    func exitAndTerminalState(timeout: Double = 10) throws -> (code: Int, sane: Bool, stty: String) {
        let screen = try wait(for: "EXIT=", timeout: timeout)
        try wait(for: "icanon", timeout: timeout)
        let all = try run(["capture-pane", "-p", "-t", "t", "-S", "-100"])
        let code = all.split(separator: "\n").first { $0.hasPrefix("EXIT=") }.flatMap { Int($0.dropFirst(5)) } ?? -1
        let words = all.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let sane = words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
        _ = screen
        return (code, sane, all)
    }
}
