import Testing
import TerminalInput

/// The terminal's bytes to keys, without a terminal: every byte sequence decodes, what is not UTF-8 comes out as
/// `.invalid` (which the front end drops), and function key codes pass through.
@Suite struct KeyDecoderTests {
    typealias Event = KeyDecoder.Event

    /// Feeds the codes, then a timeout.
    func decode(codes: [Int32]) -> [Event] {
        var decoder = KeyDecoder()
        var events: [Event] = []
        for code in codes { decoder.feed(code, into: &events) }
        if decoder.cut() { events.append(.invalid) }
        return events
    }

    /// As Swift's decoding shows it: a U+FFFD typed as such reads like an invalid part.
    func decodeLikeSwift(_ bytes: [UInt8]) -> [Event] { decode(bytes).map { $0 == .scalar("\u{FFFD}") ? .invalid : $0 } }

    func decode(_ bytes: [UInt8]) -> [Event] { decode(codes: bytes.map(Int32.init)) }

    func scalars(_ text: String) -> [Event] { text.unicodeScalars.map(Event.scalar) }

    /// What Swift's own decoding makes of the bytes, a replacement character for each invalid part.
    func swiftDecoding(_ bytes: [UInt8]) -> [Event] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.map { $0 == "\u{FFFD}" ? .invalid : .scalar($0) }
    }

    @Test func asciiAndControlBytesAreScalars() {
        let bytes = (0...0x7F).map(UInt8.init)
        #expect(decode(bytes) == bytes.map { .scalar(Unicode.Scalar($0)) })
    }

    @Test func japaneseAndFourByteScalarsDecode() {
        let text = "あいう漢字ｱＡ😀\u{10FFFF}"
        #expect(decode(Array(text.utf8)) == scalars(text))
    }

    /// The bytes that ended the kiosk: each is dropped, and what follows still arrives.
    @Test(arguments: [([0x80], 1), ([0xFE], 1), ([0xFF], 1), ([0xC3, 0x28], 1), ([0x82, 0xA0], 2), ([0xA4, 0xA2], 2),
                      ([0xE3, 0x81], 1), ([0xF0, 0x9F, 0x98], 1), ([0xC0, 0xAF], 2), ([0xED, 0xA0, 0x80], 3),
                      ([0xF4, 0x90, 0x80, 0x80], 4), ([0xE0, 0x80, 0xAF], 3)] as [([UInt8], Int)])
    func invalidBytesAreDroppedAndTheNextKeyArrives(_ bytes: [UInt8], _ invalidParts: Int) {
        let events = decode(bytes + Array("1".utf8))
        #expect(events.filter { $0 == .invalid }.count == invalidParts)
        #expect(events.last == .scalar("1"))
        #expect(events == swiftDecoding(bytes + Array("1".utf8)))
    }

    /// Shift_JIS and EUC-JP text, a byte at a time or the whole line, is dropped, never read as other characters
    /// than its ASCII ones.
    @Test func legacyJapaneseEncodingsGiveOnlyTheirAsciiBytes() {
        let shiftJIS: [UInt8] = [0x82, 0xA0, 0x82, 0xA2, 0x8A, 0xBF, 0x8E, 0x9A, 0x41, 0x83, 0x41]  // あい漢字Aア
        let eucJP: [UInt8] = [0xA4, 0xA2, 0xA4, 0xA4, 0xB4, 0xC1, 0xBB, 0xFA, 0x41, 0xA5, 0xA2]
        for bytes in [shiftJIS, eucJP] {
            let kept = decode(bytes).filter { $0 != .invalid }
            #expect(kept.allSatisfy { if case .scalar(let s) = $0 { s.isASCII } else { false } }, "\(kept)")
            #expect(decode(bytes) == swiftDecoding(bytes))
        }
    }

    /// KEY_UP (259) in the middle of a sequence cuts it, and comes through itself.
    @Test func aFunctionKeyCutsASequence() {
        #expect(decode(codes: [0xE3, 0x81, 259, 0x41]) == [.invalid, .code(259), .scalar("A")])
        #expect(decode(codes: [0x41, 410]) == [.scalar("A"), .code(410)])
    }

    /// A timeout ends a sequence under way; the bytes after it start afresh.
    @Test func aTimeoutCutsASequence() {
        var decoder = KeyDecoder()
        var events: [Event] = []
        decoder.feed(0xE3, into: &events)
        #expect(decoder.isPending && events.isEmpty)
        let dropped = decoder.cut()
        let droppedAgain = decoder.cut()
        #expect(dropped)
        #expect(!droppedAgain, "nothing left to drop")
        for byte in "あ".utf8 { decoder.feed(Int32(byte), into: &events) }
        #expect(events == [.scalar("あ")])
    }

    /// Every one of 20,000 random byte strings (with many bytes ≥ 0x80) decodes as Swift itself does: the same
    /// scalars, one invalid part for each replacement character.
    @Test func randomBytesDecodeAsSwiftDoes() {
        var rng = SplitMix(seed: 11)
        let interesting: [UInt8] = [0x00, 0x1B, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF]
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 12)
            let bytes: [UInt8] = (0..<count).map { _ in
                let r = rng.next()
                return r % 2 == 0 ? interesting[Int(r / 2 % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: r >> 8)
            }
            #expect(decodeLikeSwift(bytes) == swiftDecoding(bytes), "\(bytes.map { String($0, radix: 16) })")
        }
    }
}

/// A small seeded generator, so a failure repeats.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
