/// Turns what the terminal's byte reader (ncurses `wgetch` with keypad on) returns into keys: bytes 0…255 are
/// decoded as UTF-8 here, codes from 256 up (KEY_UP, KEY_RESIZE, …) pass through. Any byte sequence decodes: what
/// is not UTF-8 (a stray 0x80, 0xfe, 0xff, Shift_JIS or EUC-JP text, a truncated sequence) comes out as `.invalid`,
/// one per maximal ill-formed subpart, as Unicode §3.9 recommends and as Swift's own decoding repairs. No curses, so
/// it is unit-tested and fuzzed on its own.
public struct KeyDecoder: Sendable {
    public enum Event: Hashable, Sendable {
        case scalar(Unicode.Scalar)
        /// A function key, resize or other curses code (≥ 256).
        case code(Int32)
        /// Bytes that are not UTF-8: the front end drops them.
        case invalid
    }

    /// The scalar so far, the continuation bytes still needed, and the range the next byte must fall in.
    private var value: UInt32 = 0
    private var needed = 0
    private var nextLow: UInt8 = 0x80
    private var nextHigh: UInt8 = 0xBF

    public init() {}

    /// A sequence is under way: a timeout or a function key now would cut it.
    public var isPending: Bool { needed > 0 }

    /// Feeds one code from the reader; appends zero, one or two events (a cut sequence, then the byte that cut it).
    public mutating func feed(_ code: Int32, into events: inout [Event]) {
        guard (0...0xFF).contains(code) else {
            if cut() { events.append(.invalid) }
            events.append(.code(code))
            return
        }
        let byte = UInt8(code)
        if needed > 0 {
            if byte >= nextLow && byte <= nextHigh {
                value = value << 6 | UInt32(byte & 0x3F)
                needed -= 1
                (nextLow, nextHigh) = (0x80, 0xBF)
                if needed == 0 { events.append(.scalar(Unicode.Scalar(value)!)) }
                return
            }
            // The byte does not continue this sequence: the sequence so far is one invalid part, and the byte
            // starts afresh.
            needed = 0
            events.append(.invalid)
        }
        start(byte, into: &events)
    }

    /// Ends a sequence under way (a timeout: nothing more is coming). True when bytes were dropped.
    public mutating func cut() -> Bool {
        defer { needed = 0 }
        return needed > 0
    }

    private mutating func start(_ byte: UInt8, into events: inout [Event]) {
        (nextLow, nextHigh) = (0x80, 0xBF)
        switch byte {
        case 0x00...0x7F:
            events.append(.scalar(Unicode.Scalar(byte)))
        case 0xC2...0xDF:
            (value, needed) = (UInt32(byte & 0x1F), 1)
        case 0xE0...0xEF:
            (value, needed) = (UInt32(byte & 0x0F), 2)
            // No overlong forms (E0 80…9F) and no surrogates (ED A0…BF).
            if byte == 0xE0 { nextLow = 0xA0 }
            if byte == 0xED { nextHigh = 0x9F }
        case 0xF0...0xF4:
            (value, needed) = (UInt32(byte & 0x07), 3)
            // No overlong forms (F0 80…8F) and nothing above U+10FFFF (F4 90…).
            if byte == 0xF0 { nextLow = 0x90 }
            if byte == 0xF4 { nextHigh = 0x8F }
        default:
            // A continuation byte with no lead, C0, C1 (overlong) or F5…FF (never in UTF-8).
            events.append(.invalid)
        }
    }
}
