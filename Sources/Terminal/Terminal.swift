@preconcurrency import CNcursesw
import Glibc
import Screen
import Store
import Wizard

/// The terminal, through ncursesw's wide-character API. Nothing else in the program touches curses.
public final class Terminal {
    public struct Options: Sendable {
        /// Kiosk: raw mode, so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys (and are ignored) instead of signals.
        public var kiosk: Bool
        public var theme: Theme
        /// NO_COLOR or --no-color: attributes only.
        public var noColor: Bool

        public init(kiosk: Bool = false, theme: Theme = .color, noColor: Bool = false) {
            self.kiosk = kiosk
            self.theme = theme
            self.noColor = noColor
        }
    }

    /// What a read gave.
    public enum Input: Sendable {
        case key(Key)
        case resize(Size)
        case timeout
        /// INT, TERM, HUP or QUIT arrived.
        case signal(Int32)
        /// The terminal is gone (EIO): stop instead of spinning.
        case gone
    }

    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case cannotStart

        public var description: String {
            switch self {
            case .notATerminal: "standard input and output must be a terminal (use --plain otherwise)"
            case .cannotStart: "the terminal could not be set up (check TERM)"
            }
        }
    }

    private var last: Grid?
    private var waitMilliseconds: Int32 = 500
    private var palette: Palette
    private var open = true
    private let options: Options

    /// Sets up locale, signals and curses. Signal flags are installed before initscr so curses keeps them.
    public init(options: Options) throws(StartError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        self.options = options
        _ = uk_setup_locale()
        uk_install_signal_flags()
        uk_install_crash_handlers(options.kiosk ? 0 : 1)
        guard initscr() != nil else { throw .cannotStart }
        if options.kiosk { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(uk_stdscr(), true)
        // After initscr, so an ESCDELAY in the environment cannot make Esc wait a second.
        uk_set_escdelay(25)
        // Half a second: signals interrupt the wait at once; the tick only drives the clock and idle reset.
        timeout(500)
        curs_set(0)
        palette = Palette(theme: options.theme, noColor: options.noColor || !has_colors())
        palette.install()
    }

    deinit { close() }

    public var size: Size { Size(width: Int(getmaxx(uk_stdscr())), height: Int(getmaxy(uk_stdscr()))) }

    /// Waits up to the timeout for a key, a resize or a signal.
    public func read() -> Input {
        let pending = uk_take_signal()
        if pending != 0 { return .signal(pending) }
        var ch: wint_t = 0
        errno = 0
        let r = get_wch(&ch)
        if r == ERR {
            let e = errno
            let s = uk_take_signal()
            if s != 0 { return .signal(s) }
            if e == EINTR || e == EAGAIN || (e == 0 && !Terminal.hungUp()) { return .timeout }
            return .gone
        }
        if r == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE { return .resize(size) }
            return Terminal.functionKey(Int32(ch)).map { .key($0) } ?? .timeout
        }
        return Terminal.textKey(UInt32(ch)).map { .key($0) } ?? .timeout
    }

    /// ERR with errno 0 is a timeout, or the end of input of a terminal closed without a SIGHUP reaching us (the
    /// read gives 0, which get_wch reports the same way); only poll tells them apart, and treating the second as a
    /// timeout would spin at full CPU forever.
    static func hungUp() -> Bool {
        var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&input, 1, 0) > 0 && input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            for n in 1...24 where code == uk_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// Enter is 13 with nonl() and 10 without; Backspace may be 127 or 8 (terminal-notes P14).
    static func textKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 28: return .ctrl("\\")
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Writes only the cells that changed since the last frame, a run of same-styled cells at a time, then
    /// refreshes once.
    public func present(_ grid: Grid) {
        if last?.size != grid.size { clearok(uk_stdscr(), true) }
        var text: [wchar_t] = []
        text.reserveCapacity(grid.width * 2)
        for run in grid.changes(since: last) {
            var x = run.x
            var start = x
            var style: Style?
            func flush() {
                guard let style, !text.isEmpty else { return }
                let (attrs, pair) = palette.look(style)
                attr_set(attrs, pair, nil)
                mvaddnwstr(Int32(run.y), Int32(start), text, Int32(text.count))
                text.removeAll(keepingCapacity: true)
            }
            for cell in run.cells {
                if cell.isContinuation { continue }
                if cell.style != style {
                    flush()
                    style = cell.style
                    start = x
                }
                if cell.text.isEmpty {
                    text.append(32)
                } else {
                    for scalar in cell.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                }
                x += Int(cell.width)
            }
            flush()
        }
        attr_set(0, 0, nil)
        if let c = grid.cursor, c.x < grid.width, c.y < grid.height {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        refresh()
        last = grid
    }

    /// Ctrl-L: forget what is on screen and draw everything again.
    public func redrawAll() {
        last = nil
        clearok(uk_stdscr(), true)
    }

    public func setTheme(_ theme: Theme) {
        palette = Palette(theme: theme, noColor: options.noColor || !has_colors())
        palette.install()
        last = nil
    }

    public func bell() { beep() }

    /// How long a read waits for a key before it returns `.timeout`.
    public func setTimeout(milliseconds: Int32) {
        guard milliseconds != waitMilliseconds else { return }
        waitMilliseconds = milliseconds
        timeout(milliseconds)
    }

    /// Restores the terminal: cooked mode, echo, the normal screen. Safe to call twice.
    public func close() {
        guard open else { return }
        open = false
        curs_set(1)
        endwin()
    }
}
