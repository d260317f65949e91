import Facility
import Foundation
import Screen
import Store
import Testing
import Wizard
import WizardTestSupport

@Suite struct AmbiguousWidthTests {
    @Test func narrowIsGlibcAndWideGivesAmbiguousCharactersTwoCells() {
        for (text, narrow, wide) in [("○△×", 3, 6), ("※①─→…", 5, 10), ("受付", 4, 4), ("ｱｲ", 2, 2), ("abc", 3, 3),
                                     ("か\u{3099}", 2, 2), ("￪￬", 2, 2), ("😀", 2, 2), ("ä", 1, 1), ("é", 1, 2), ("\u{E000}", 1, 2)] {
            #expect(DisplayWidth.of(text, ambiguous: .narrow) == narrow, "\(text)")
            #expect(DisplayWidth.of(text, ambiguous: .wide) == wide, "\(text)")
            #expect(DisplayWidth.of(text) == narrow, "\(text): glibc's widths are the narrow ones")
        }
    }

    /// Exactly East Asian Width "A" (Unicode 14, glibc 2.36's) among the characters glibc draws one wide.
    @Test func wideChangesOnlyAmbiguousCharacters() {
        var changed = 0
        for v in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(v) {
            let s = Unicode.Scalar(v)!
            guard !DisplayWidth.isUnprintable(s) else { continue }
            let narrow = DisplayWidth.of(s, ambiguous: .narrow)
            let wide = DisplayWidth.of(s, ambiguous: .wide)
            if narrow != wide {
                changed += 1
                #expect(narrow == 1 && wide == 2 && DisplayWidth.isAmbiguous(s), "U+\(String(v, radix: 16))")
            }
        }
        #expect(changed > 100_000, "the private use areas are ambiguous too")
    }

    @Test func theGridGivesAmbiguousCharactersTwoCellsWhenWide() {
        var g = Grid(size: Size(width: 8, height: 1), traits: DisplayTraits(ambiguous: .wide))
        #expect(g.put("○×ab", x: 0, y: 0) == 6)
        #expect(g[x: 0, y: 0].width == 2 && g[x: 1, y: 0].isContinuation)
        #expect(g.lines == ["○×ab  "])
        g.put("X", x: 3, y: 0)
        #expect(g.lines == ["○ Xab  "], "overwriting the second half of × clears it whole")
        #expect(g.isConsistent)
        var cut = Grid(size: Size(width: 3, height: 1), traits: DisplayTraits(ambiguous: .wide))
        #expect(cut.put("a○△", x: 0, y: 0) == 3, "△ does not fit and becomes a space")
        #expect(cut.lines == ["a○"])
    }

    @Test func wrappingPaddingAndCuttingMeasureWithTheTraits() {
        let wide = DisplayTraits(ambiguous: .wide)
        #expect(TextWrap.lines("○○○○○", width: 6, wide) == ["○○○", "○○"])
        #expect(TextWrap.lines("○○○○○", width: 6, .standard) == ["○○○○○"])
        #expect(TextWrap.pad("×", to: 4, wide) == "×  ")
        #expect(TextWrap.truncate("△△△△", width: 6, wide) == "△△…", "… is ambiguous too")
    }

    /// The setting and --ambiguous: the option wins, as --lang does.
    @Test func theOptionWinsOverTheSetting() {
        let saved = FacilitySettings(ambiguous: .wide)
        #expect(DisplayTraits(Driver(settings: saved).state, Driver(settings: saved).env).ambiguous == .wide)
        let overridden = Driver(settings: saved, ambiguous: .narrow)
        #expect(DisplayTraits(overridden.state, overridden.env).ambiguous == .narrow)
        #expect(overridden.render(80, 24).traits.ambiguous == .narrow)
    }

    /// Menu 5, row 6: saved like the other rows, in force once saved.
    @Test func theSettingsRowChangesTheWidth() {
        var d = Driver()
        d.press(.char("5"), .char("6"))
        #expect(d.effects.contains(.saveSettings(FacilitySettings(ambiguous: .wide))))
        #expect(d.state.settings.ambiguous == .wide)
        #expect(d.render(80, 24).traits.ambiguous == .wide)
        d.press(.left)
        #expect(d.state.settings.ambiguous == .narrow)
    }
}

@Suite struct ASCIIFormTests {
    @Test func japaneseGlossesAndWordsGoSymbolsBecomeASCII() {
        let cases: [(String, String)] = [
            ("the My Number eligibility app (マイナ資格確認アプリ)", "the My Number eligibility app"),
            ("Have the declaration form (被保険者資格申立書) filled in", "Have the declaration form filled in"),
            ("no valid record (資格情報なし / 資格（無効）)", "no valid record"),
            ("Type the score-table number (点数表番号, one digit); it is", "Type the score-table number (one digit); it is"),
            ("e.g. 2025-07-31, R7.7.31, 令和7年7月31日. Type 0", "e.g. 2025-07-31, R7.7.31. Type 0"),
            ("accepted forms: 2025-07-31, 20250731, 令和7年7月31日, R7.7.31, 令7.7.31 (year 1 may be 元年)",
             "accepted forms: 2025-07-31, 20250731, R7.7.31"),
            ("uketsuke 受付", "uketsuke"),
            ("Reading the tally…", "Reading the tally..."),
            ("8–100 characters (A–Z)", "8-100 characters (A-Z)"),
            ("￪￬ PgUp  ￩￫ change → next", "^v PgUp  <> change -> next"),
            ("Ａ１", "A1"),
        ]
        for (text, ascii) in cases {
            #expect(ASCIIForm.of(text) == ascii)
            #expect(ASCIIForm.of(ascii) == ascii, "ASCII stays as it is")
        }
    }

    @Test func theGridWritesOnlyASCII() {
        var g = Grid(size: Size(width: 40, height: 1), traits: DisplayTraits(asciiOnly: true))
        let text = "○ the app (マイナ資格確認アプリ) …"
        #expect(g.put(text, x: 0, y: 0) == DisplayTraits(asciiOnly: true).width(text))
        #expect(g.snapshot == "o the app ...")
    }
}
