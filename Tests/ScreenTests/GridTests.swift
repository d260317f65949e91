import Foundation
import Screen
import Testing

@_silgen_name("wcwidth") func glibcWcwidth(_ c: Int32) -> Int32

@Suite(.serialized) struct DisplayWidthTests {
    /// The table agrees with glibc's wcwidth (what ncurses uses) for every code point, under C.UTF-8.
    @Test func agreesWithGlibcForEveryCodePoint() {
        let saved = String(cString: setlocale(LC_ALL, nil))
        defer { setlocale(LC_ALL, saved) }
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        var mismatches: [String] = []
        for v in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(v) {
            let s = Unicode.Scalar(v)!
            let glibc = Int(glibcWcwidth(Int32(v)))
            let ours = DisplayWidth.isUnprintable(s) ? -1 : DisplayWidth.of(s)
            if glibc != ours { mismatches.append(String(v, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) code points differ, e.g. \(mismatches.prefix(8))")
    }

    @Test func knownWidths() {
        #expect(DisplayWidth.of("受付") == 4)
        #expect(DisplayWidth.of("ｱｲｳ") == 3)
        #expect(DisplayWidth.of("Ａ") == 2)
        #expect(DisplayWidth.of("か\u{3099}") == 2)
        #expect(DisplayWidth.of("○※") == 2, "ambiguous characters are narrow, as in glibc")
        #expect(DisplayWidth.of("😀") == 2)
    }
}

@Suite struct GridTests {
    @Test func wideCharactersOwnTwoCells() {
        var g = Grid(size: Size(width: 10, height: 1))
        #expect(g.put("日本語", x: 0, y: 0) == 6)
        #expect(g[x: 0, y: 0].width == 2)
        #expect(g[x: 1, y: 0].isContinuation)
        #expect(g.lines == ["日本語    "])
        #expect(g.isConsistent)
    }

    /// ratatui's CJK bug designed out: overwriting either half of a wide character clears both.
    @Test func overwritingEitherHalfClearsBoth() {
        var g = Grid(size: Size(width: 10, height: 1))
        g.put("日本語", x: 0, y: 0)
        g.put("X", x: 1, y: 0)
        #expect(g.lines == [" X本語    "])
        #expect(g.isConsistent)
        g.put("Y", x: 2, y: 0)
        #expect(g.lines == [" XY 語    "])
        #expect(g.isConsistent)
        g.put("漢", x: 5, y: 0)
        #expect(g.lines == [" XY  漢   "], "writing a wide character over the second half of 語 clears its first half")
        #expect(g.isConsistent)
    }

    @Test func nothingIsDrawnPastTheEdge() {
        var g = Grid(size: Size(width: 5, height: 2))
        #expect(g.put("あいう", x: 0, y: 0) == 5)
        #expect(g.lines[0] == "あい ", "the wide character that would be cut becomes a space")
        g.put("abcdefgh", x: 3, y: 1)
        #expect(g.lines[1] == "   ab")
        g.put("x", x: 5, y: 1)
        g.put("x", x: -1, y: 1)
        g.put("x", x: 0, y: 2)
        #expect(g.isConsistent)
    }

    @Test func limitClipsByColumns() {
        var g = Grid(size: Size(width: 20, height: 1))
        g.put("受付チェック", x: 0, y: 0, limit: 5)
        #expect(g.lines[0].hasPrefix("受付 "))
        #expect(g.isConsistent)
    }

    @Test func controlsBecomeReplacementCharactersAndMarksJoin() {
        var g = Grid(size: Size(width: 6, height: 1))
        g.put("a\u{7}bか\u{3099}", x: 0, y: 0)
        #expect(g.lines[0] == "a\u{FFFD}bか\u{3099} ")
        #expect(g.isConsistent)
    }

    @Test func changesCoverWholeCharacters() {
        var a = Grid(size: Size(width: 10, height: 2))
        a.put("日本語", x: 0, y: 0)
        var b = a
        b.put("X", x: 3, y: 0)
        let runs = b.changes(since: a)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2, "the run starts at the lead of the changed wide character")
        #expect(runs[0].cells.map(\.text).joined() == " X")
        #expect(b.changes(since: b).isEmpty)
        #expect(b.changes(since: Grid(size: Size(width: 3, height: 3))).count == 2, "a new size redraws every row")
    }

    @Test func tinyGrids() {
        for (w, h) in [(0, 0), (1, 1), (1, 5), (2, 1)] {
            var g = Grid(size: Size(width: w, height: h))
            g.put("受付チェック", x: 0, y: 0)
            g.fill(x: -3, y: 0, count: 10, style: .plain)
            #expect(g.isConsistent)
        }
    }
}
