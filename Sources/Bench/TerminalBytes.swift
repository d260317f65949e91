import Wizard

/// The bytes an xterm-256color terminal sends for a key, in the keypad-transmit mode curses turns on (as listed by
/// `infocmp -1 xterm-256color`), so the pty benchmarks type exactly what a receptionist's terminal would.
enum TerminalBytes {
    static func of(_ key: Key) throws -> [UInt8] {
        switch key {
        case .char(let c): return Array(String(c).utf8)
        case .enter: return [13]
        case .escape: return [27]
        case .backspace: return [127]
        case .tab: return [9]
        case .ctrl(let c):
            guard let ascii = c.asciiValue else { throw BenchError(description: "no control code for Ctrl-\(c)") }
            return [ascii & 0x1F]
        case .delete: return escape("[3~")
        case .backTab: return escape("[Z")
        case .up: return escape("OA")
        case .down: return escape("OB")
        case .right: return escape("OC")
        case .left: return escape("OD")
        case .home: return escape("OH")
        case .end: return escape("OF")
        case .pageUp: return escape("[5~")
        case .pageDown: return escape("[6~")
        case .function(let n):
            let sequences = ["OP", "OQ", "OR", "OS", "[15~", "[17~", "[18~", "[19~", "[20~", "[21~", "[23~", "[24~"]
            guard (1...sequences.count).contains(n) else { throw BenchError(description: "xterm-256color has no F\(n)") }
            return escape(sequences[n - 1])
        }
    }

    static func escape(_ rest: String) -> [UInt8] { [27] + Array(rest.utf8) }
}
