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

@Suite struct TextWrapTests {
    @Test func wrapsByWidthWithKinsoku() {
        #expect(TextWrap.lines("あいうえお。かきくけこ", width: 10, .standard) == ["あいうえ", "お。かきく", "けこ"])
        #expect(TextWrap.lines("有効期限は令和7年7月31日です", width: 16, .standard) == ["有効期限は令和", "7年7月31日です"])
        #expect(TextWrap.lines("one two three four", width: 9, .standard) == ["one two", "three", "four"])
        for line in TextWrap.lines("申立書（被保険者資格申立書）に「確認」と書きます", width: 6, .standard) {
            #expect(!line.hasPrefix("」") && !line.hasPrefix("）") && !line.hasSuffix("「") && !line.hasSuffix("（"), "\(line)")
        }
        for line in TextWrap.lines(String(repeating: "受付チェック、", count: 20), width: 13, .standard) {
            #expect(DisplayWidth.of(line) <= 13)
            #expect(!line.hasPrefix("、"))
        }
    }

    /// Found at the counter: 「…患\n者さん」 and an e-mail address split at its @.
    @Test func wordsAreNotSplit() {
        #expect(TextWrap.lines("オンライン資格確認がない施設の患者さんへのご案内", width: 30, .standard)
                == ["オンライン資格確認がない施設の", "患者さんへのご案内"])
        #expect(TextWrap.lines("ログインID: yamada.hanako@example-clinic.jp です", width: 32, .standard)
                == ["ログインID:", "yamada.hanako@example-clinic.jp", "です"])
        #expect(TextWrap.lines("登録メールアドレスyamada@example.jp", width: 24, .standard) == ["登録メールアドレス", "yamada@example.jp"])
        // A word longer than the line still breaks, rather than overflowing.
        #expect(TextWrap.lines(String(repeating: "a", count: 25), width: 10, .standard).map(\.count) == [10, 10, 5])
    }

    @Test func truncateAndPad() {
        #expect(TextWrap.truncate("受付チェック", width: 7, .standard) == "受付チ…")
        #expect(TextWrap.pad("受付", to: 6, .standard) == "受付  ")
    }
}
