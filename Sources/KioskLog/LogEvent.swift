import Glibc
import SystemLog
import Wizard

/// Something about the kiosk or its administrator worth a line in the system log. None carries patient data: no
/// answer, no document, no date, nothing typed, never the PIN.
public enum LogEvent: Equatable, Sendable {
    /// The wizard's screen started: its mode, the program's version and the rules in force.
    case started(mode: Mode, version: String, rules: String)
    /// The wizard ended, with this exit status.
    case stopped(mode: Mode, status: Int32)
    /// A wrong administrator PIN; `failures` in a row so far.
    case pinFailure(failures: Int)
    /// The PIN prompt locked for `seconds` after `failures` wrong PINs in a row.
    case lockOut(seconds: Int64, failures: Int)
    case administratorOpened
    case administratorClosed
    /// A signal (SIGTERM from a supervisor, SIGHUP from a closed terminal …) ended the program.
    case exitBySignal(Int32)
    /// The tally cannot be written; checks go on without it. `reason` names the file and the cause.
    case tallyOff(reason: String)
    /// A settings file, or one key of it (`key`), was left out. Its value is never logged.
    case settingsUnreadable(file: String, line: Int?, key: String?, problem: String)
    /// The `--rules` file was refused: `problem` names the file, the place and what was wrong.
    case rulesUnreadable(problem: String)
    /// A kiosk serves with the built-in rules instead of a refused `--rules` file.
    case rulesFallback(file: String, builtIn: String)

    public var severity: SyslogSeverity {
        switch self {
        case .pinFailure, .lockOut, .tallyOff, .settingsUnreadable, .rulesUnreadable, .rulesFallback: .warning
        case .administratorOpened, .administratorClosed, .exitBySignal: .notice
        case .started, .stopped: .info
        }
    }

    /// The line, in English: the log is read by whoever looks after the machine.
    public var text: String {
        switch self {
        case .started(let mode, let version, let rules):
            return "\(Self.name(mode)) started (uketsuke \(version), rules \(rules))"
        case .stopped(let mode, let status):
            return "\(Self.name(mode)) stopped (exit status \(status))"
        case .pinFailure(let failures):
            return "administrator PIN wrong (\(failures) wrong in a row)"
        case .lockOut(let seconds, let failures):
            return "administrator PIN locked for \(seconds) s after \(failures) wrong PINs in a row"
        case .administratorOpened:
            return "administrator menu opened (PIN accepted)"
        case .administratorClosed:
            return "administrator menu closed"
        case .exitBySignal(let signal):
            return "exit by signal \(Self.signalName(signal)) (\(signal))"
        case .tallyOff(let reason):
            return "tally off, checks go on without it: \(reason)"
        case .settingsUnreadable(let file, let line, let key, let problem):
            let place = file + (line.map { ":\($0)" } ?? "")
            if let key { return "settings key ignored: \(place) \(key): \(problem)" }
            return "settings file unreadable: \(place): \(problem)"
        case .rulesUnreadable(let problem):
            return "rules file unreadable: \(problem)"
        case .rulesFallback(let file, let builtIn):
            return "kiosk uses the built-in rules \(builtIn) instead of \(file)"
        }
    }

    /// Whether a run in `mode` logs this: a kiosk logs everything; a desk (and the training mode, which has no
    /// tally and no administrator) logs only the problems someone must fix, and administrator events if any.
    public func isLogged(in mode: Mode) -> Bool {
        switch self {
        case .started, .stopped, .exitBySignal: mode == .kiosk
        default: true
        }
    }

    static func name(_ mode: Mode) -> String {
        switch mode {
        case .kiosk: "kiosk"
        case .normal: "wizard"
        case .demo: "training mode"
        }
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGTERM: "SIGTERM",
                                      SIGPIPE: "SIGPIPE", SIGUSR1: "SIGUSR1", SIGUSR2: "SIGUSR2", SIGALRM: "SIGALRM",
                                      SIGXCPU: "SIGXCPU", SIGVTALRM: "SIGVTALRM", SIGPROF: "SIGPROF", SIGPWR: "SIGPWR",
                                      SIGSTKFLT: "SIGSTKFLT", SIGPOLL: "SIGPOLL"]
        return names[signal] ?? "signal \(signal)"
    }
}
