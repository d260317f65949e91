@preconcurrency import CNcursesw
import Glibc
import Screen
import Facility
import TerminalInput
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
        /// A signal that ends the program arrived (INT, TERM, HUP, QUIT, USR1, …).
        case signal(Int32)
        /// The terminal is gone (end of input, EIO, hang-up): stop instead of spinning.
        case gone
        /// More arrived at once than anyone types (a paste of thousands of characters): this many bytes were read
        /// and dropped without becoming keys.
        case dropped(Int)
    }

    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        /// TERM names no terminal curses knows (or one it cannot drive).
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal: "standard input and output must be a terminal (use --plain otherwise)"
            case .unknownTerminal(let term): TerminalText.plainFallback(term: term).en
            }
        }
    }

    /// More bytes than this in one burst (read without waiting) is a flood, not typing: an IME commits at most a
    /// sentence, a barcode scanner a few dozen characters.
    public static let floodBytes = 1024

    private var last: Grid?
    /// The ambiguous width curses counts with (wcwidth, see uk_set_ambiguous_wide): glibc's until a grid says wide.
    private var cursesAmbiguous = AmbiguousWidth.narrow
    private var waitMilliseconds: Int32 = 500
    private var palette: Palette
    private var open = true
    private let options: Options
    private var decoder = KeyDecoder()
    /// Keys of the last burst not yet handed out, last first.
    private var queued: [Input] = []

    /// Sets up locale, signals and curses. Signal flags are installed before curses starts so it keeps them.
    public init(options: Options) throws(StartError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        self.options = options
        _ = uk_setup_locale()
        uk_install_signal_flags()
        guard uk_start_curses() == 1 else {
            uk_restore_signals()
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        uk_install_crash_handlers(options.kiosk ? 0 : 1)
        if options.kiosk { raw() } else { cbreak() }
        noecho()
        nonl()
        // Keys arrive as bytes (decoded here: nothing typed can be a read error) and, keypad on, function keys as
        // KEY_* codes; all eight bits of each byte.
        keypad(uk_stdscr(), true)
        meta(uk_stdscr(), true)
        // After curses starts, so an ESCDELAY in the environment cannot make Esc wait a second.
        uk_set_escdelay(25)
        // Half a second: signals interrupt the wait at once; the tick only drives the clock and idle reset.
        timeout(500)
        curs_set(0)
        palette = Palette(theme: options.theme, noColor: options.noColor || !has_colors())
        palette.install()
    }

    deinit { close() }

    public var size: Size { Size(width: Int(getmaxx(uk_stdscr())), height: Int(getmaxy(uk_stdscr()))) }

    /// The last burst of input still has keys to hand out: draw once they are all handled, not after each.
    public var hasQueuedInput: Bool { !queued.isEmpty }

    /// Waits up to the timeout for a key, a resize or a signal. Everything already typed is read at once (a burst);
    /// bytes that are not UTF-8 are dropped; a burst of more than `floodBytes` is dropped whole, with the rest of
    /// the flood.
    public func read() -> Input {
        let pending = uk_take_signal()
        if pending != 0 { return .signal(pending) }
        if let next = queued.popLast() { return next }
        errno = 0
        let first = wgetch(uk_stdscr())
        if first == ERR {
            let e = errno
            let s = uk_take_signal()
            if s != 0 { return .signal(s) }
            // Only the end of the terminal ends the wizard; anything else is a timeout (EILSEQ cannot come from a
            // byte read, but it must never end a kiosk either).
            if e == EINTR || e == EAGAIN || e == EILSEQ || (e == 0 && !Terminal.hungUp()) {
                _ = decoder.cut()
                return .timeout
            }
            return .gone
        }
        var events: [KeyDecoder.Event] = []
        decoder.feed(first, into: &events)
        var bytes = 1
        timeout(0)
        while bytes <= Terminal.floodBytes {
            let code = wgetch(uk_stdscr())
            if code == ERR { break }
            decoder.feed(code, into: &events)
            bytes += 1
        }
        timeout(waitMilliseconds)
        if bytes > Terminal.floodBytes {
            decoder = KeyDecoder()
            let dropped = bytes + drain()
            // A resize during the flood still counts (a signal that stopped the drain is seen at the next read).
            if events.contains(.code(KEY_RESIZE)) { queued.append(.resize(size)) }
            return .dropped(dropped)
        }
        var inOrder: [Input] = []
        var i = 0
        while i < events.count {
            defer { i += 1 }
            switch events[i] {
            case .scalar(let scalar):
                // An escape sequence curses did not know (terminfo and terminal disagree, e.g. End as ESC [ 4 ~
                // under tmux with TERM=xterm): one key when it is a known one, else nothing — never Esc + letters,
                // which would take the receptionist a question back.
                if scalar.value == 27, let (key, length) = Terminal.escapeSequence(events, from: i) {
                    if let key { inOrder.append(.key(key)) }
                    i += length - 1
                } else if let key = Terminal.textKey(scalar.value) {
                    inOrder.append(.key(key))
                }
            case .code(KEY_RESIZE):
                inOrder.append(.resize(size))
            case .code(let code):
                if let key = Terminal.functionKey(code) { inOrder.append(.key(key)) }
            case .invalid:
                break
            }
        }
        queued.append(contentsOf: inOrder.reversed())
        return queued.popLast() ?? .timeout
    }

    /// Reads and drops input until none comes for 50 ms (a terminal emulator writes a paste in a stream: tmux gives
    /// 1 MB in about 20 ms), for at most a second at a time so a flood that never stops cannot hide the screen.
    /// Returns the bytes dropped (the ones still in curses' buffer are dropped uncounted).
    private func drain() -> Int {
        flushinp()
        var dropped = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        let start = Terminal.monotonic()
        var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        while Terminal.monotonic() - start < 1, poll(&input, 1, 50) > 0, input.revents & Int16(POLLIN) != 0 {
            let n = Glibc.read(0, &buffer, buffer.count)
            if n <= 0 { break }
            dropped += n
            if uk_signal_pending() != 0 { break }
        }
        return dropped
    }

    static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// ERR with errno 0 is a timeout, or the end of input of a terminal closed without a SIGHUP reaching us (the
    /// read gives 0, which get_wch reports the same way); only poll tells them apart, and treating the second as a
    /// timeout would spin at full CPU forever.
    static func hungUp() -> Bool {
        var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&input, 1, 0) > 0 && input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// A CSI (ESC [ … final) or SS3 (ESC O x) sequence starting at `start` in one burst: its key if it is one of the
    /// usual ones, and its length in events; nil when ESC is not followed by such a sequence (a real Esc).
    static func escapeSequence(_ events: [KeyDecoder.Event], from start: Int) -> (Key?, Int)? {
        func scalar(_ i: Int) -> UInt32? {
            guard i < events.count, case .scalar(let s) = events[i] else { return nil }
            return s.value
        }
        guard let introducer = scalar(start + 1) else { return nil }
        if introducer == 0x4F {  // SS3: ESC O x
            guard let x = scalar(start + 2), (0x40...0x7E).contains(x) else { return nil }
            let keys: [UInt32: Key] = [0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end,
                                       0x4D: .enter, 0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4)]
            return (keys[x], 3)
        }
        guard introducer == 0x5B else { return nil }  // CSI: ESC [ parameters final
        var i = start + 2
        var parameters = ""
        while let c = scalar(i), (0x20...0x3F).contains(c) {
            parameters.unicodeScalars.append(Unicode.Scalar(c)!)
            i += 1
        }
        guard let final = scalar(i), (0x40...0x7E).contains(final) else { return nil }
        let key: Key? = switch (parameters, final) {
        case ("", 0x41): .up
        case ("", 0x42): .down
        case ("", 0x43): .right
        case ("", 0x44): .left
        case ("", 0x48), ("1", 0x7E), ("7", 0x7E): .home
        case ("", 0x46), ("4", 0x7E), ("8", 0x7E): .end
        case ("3", 0x7E): .delete
        case ("5", 0x7E): .pageUp
        case ("6", 0x7E): .pageDown
        case ("", 0x5A): .backTab
        default: nil
        }
        return (key, i - start + 1)
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

    /// Enter is 13 with nonl() and 10 without; Backspace may be 127 or 8 (terminal-notes P14). Other control
    /// characters, C1 ones (U+0080…U+009F) included, are no keys.
    static func textKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 28: return .ctrl("\\")
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20, !(0x80...0x9F).contains(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Writes only the cells that changed since the last frame, a run of same-styled cells at a time, then
    /// refreshes once.
    public func present(_ grid: Grid) {
        if grid.traits.ambiguous != cursesAmbiguous { countAmbiguous(grid.traits.ambiguous) }
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

    /// Makes curses count ambiguous-width characters as the terminal draws them, so its cursor and the terminal's
    /// agree; what curses holds was counted the other way, so the whole screen is drawn again.
    private func countAmbiguous(_ width: AmbiguousWidth) {
        let ranges = width == .wide ? DisplayWidth.ambiguousRanges : []
        ranges.withUnsafeBufferPointer { uk_set_ambiguous_wide($0.baseAddress, Int32(ranges.count / 2)) }
        cursesAmbiguous = width
        erase()
        last = nil
        clearok(uk_stdscr(), true)
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
