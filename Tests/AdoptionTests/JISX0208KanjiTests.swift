import Adoption
import Glibc
import Testing

/// The committed table against glibc's EUC-JP converter, so the table cannot drift from the standard. The test build
/// is dynamic, where iconv loads its modules; the release binary never calls iconv.
@Suite struct JISX0208KanjiTests {
    /// The EUC-JP bytes of a code point, or nil when it has none.
    static func eucJP(_ value: UInt32, _ cd: iconv_t) -> [UInt8]? {
        var input = value.littleEndian
        var output = [UInt8](repeating: 0, count: 8)
        return withUnsafeMutableBytes(of: &input) { inBytes in
            output.withUnsafeMutableBytes { outBytes in
                var inPointer: UnsafeMutablePointer<CChar>? = inBytes.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = outBytes.baseAddress!.assumingMemoryBound(to: CChar.self)
                var inLeft = 4
                var outLeft = 8
                _ = iconv(cd, nil, nil, nil, nil)
                guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return Array(outBytes.prefix(8 - outLeft))
            }
        }
    }

    @Test func agreesWithIconvForEveryCodePoint() throws {
        let opened = iconv_open("EUC-JP", "UTF-32LE")
        try #require(opened != nil && Int(bitPattern: opened) != -1, "glibc's EUC-JP module is installed")
        let cd = opened!
        defer { iconv_close(cd) }
        var level1 = 0
        var level2 = 0
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = JISX0208KanjiTests.eucJP(value, cd)
            let lead = bytes?.count == 2 ? bytes![0] : 0
            let inRows16to84 = (0xB0...0xF4).contains(lead)
            if inRows16to84 { lead <= 0xCF ? (level1 += 1) : (level2 += 1) }
            if JISX0208Kanji.contains(scalar) != inRows16to84 { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10))")
        #expect(level1 == 2965)
        #expect(level2 == 3390)
    }

    static let edges: [(Character, Bool)] = [
        ("亜", true), ("腕", true), ("弌", true), ("熙", true), ("凜", true), ("堯", true), ("槇", true), ("遙", true),
        ("髙", false), ("﨑", false), ("𠮷", false), ("德", false), ("濵", false), ("々", false), ("あ", false),
        ("Ａ", false), ("〇", false),
    ]

    /// 腕 ends level 1 (47-51), 弌 starts level 2 (48-01), 凜 and 熙 were added at 84-05/06 in 1990.
    @Test(arguments: edges)
    func edgesOfTheLevels(_ c: Character, _ kanji: Bool) {
        #expect(JISX0208Kanji.contains(c.unicodeScalars.first!) == kanji)
    }
}
