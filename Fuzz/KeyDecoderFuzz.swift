import TerminalInput

/// libFuzzer entry for the terminal's bytes → keys. Read as bytes, the input must decode exactly as Swift's own
/// UTF-8 decoding does (an invalid part for each replacement character); read as codes (two bytes each, 256…511
/// standing for curses' KEY_* codes), every key code must come through once, in its place, cutting what was under
/// way, with the bytes between decoding as they would alone. No feed may give more than two events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    precondition(decode(bytes.map(Int32.init)) == swiftDecoding(bytes), "\(bytes) decodes unlike Swift")

    let codes = stride(from: 0, to: count - 1, by: 2).map { Int32(bytes[$0]) | Int32(bytes[$0 + 1] & 1) << 8 }
    var expected: [KeyDecoder.Event] = []
    var run: [UInt8] = []
    for code in codes {
        if code < 256 {
            run.append(UInt8(code))
        } else {
            expected += swiftDecoding(run) + [.code(code)]
            run = []
        }
    }
    expected += swiftDecoding(run)
    precondition(decode(codes) == expected, "codes \(codes) decode unlike their parts")
    return 0
}

/// Feeds the codes, then a timeout; U+FFFD typed as such counts as invalid, as it does in Swift's decoding.
func decode(_ codes: [Int32]) -> [KeyDecoder.Event] {
    var decoder = KeyDecoder()
    var events: [KeyDecoder.Event] = []
    for code in codes {
        let before = events.count
        decoder.feed(code, into: &events)
        precondition(events.count - before <= 2, "\(code) gave \(events.count - before) events")
    }
    if decoder.cut() { events.append(.invalid) }
    precondition(!decoder.isPending)
    return events.map { $0 == .scalar("\u{FFFD}") ? .invalid : $0 }
}

func swiftDecoding(_ bytes: [UInt8]) -> [KeyDecoder.Event] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.map { $0 == "\u{FFFD}" ? .invalid : .scalar($0) }
}
