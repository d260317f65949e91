/// Breaks text into lines of at most `width` columns. Japanese breaks between any two characters, except that
/// closing punctuation never starts a line and opening brackets never end one (simple 禁則処理); English breaks
/// at spaces where it can.
public enum TextWrap {
    /// Closing brackets, punctuation, small kana, the prolonged sound mark and iteration marks (JIS X 4051 classes
    /// 2–6 and 9, the usual strict set).
    static let noLineStart = Set<Character>(
        "、。，．,.：；:;？！?!・…‥）」』】〕〉》〙〗］｝)]}’”ー〜～％゛゜ヽヾゝゞ々〻" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")
    static let noLineEnd = Set<Character>("（「『【〔〈《〘〖［｛([{‘“")

    /// Lines as `traits` draws them: measured with its widths, in its ASCII form when it draws ASCII only.
    public static func lines(_ text: String, width: Int, _ traits: DisplayTraits) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in traits.shown(text).split(separator: "\n", omittingEmptySubsequences: false) {
            out += wrapParagraph(Array(paragraph), width: width, traits)
        }
        return out
    }

    static func wrapParagraph(_ chars: [Character], width: Int, _ traits: DisplayTraits) -> [String] {
        if chars.isEmpty { return [""] }
        var lines: [String] = []
        var start = 0
        while start < chars.count {
            var w = 0
            var end = start
            while end < chars.count {
                let cw = traits.width(String(chars[end]))
                if w + cw > width { break }
                w += cw
                end += 1
            }
            if end == start { end = start + 1 }  // a character wider than the line: show it alone
            if end < chars.count {
                // A Latin word (an e-mail address, a URL, a number) is never split: it moves to the next line whole.
                let inWord = { (c: Character) in isLatin(c) && c != " " }
                var wordStart = end
                while wordStart > start && inWord(chars[wordStart - 1]) && inWord(chars[end]) { wordStart -= 1 }
                if wordStart < end && wordStart > start {
                    end = wordStart
                } else if let space = chars[start..<end].lastIndex(of: " "), space > start, isLatin(chars[end]) || chars[end] == " " {
                    // Prefer a space break for Latin text.
                    end = space + 1
                } else {
                    // 禁則: pull characters back so closing punctuation does not begin a line, an opening bracket
                    // does not end one, and a number stays with its digits and its 年/月/日.
                    var e = end
                    while e > start + 1 && (noLineStart.contains(chars[e]) || noLineEnd.contains(chars[e - 1])
                                            || keptTogether(chars[e - 1], chars[e])) { e -= 1 }
                    if e > start + 1 { end = e }
                    // A break inside a kanji or katakana word moves back to where its phrase begins, when close.
                    if end < chars.count, splitsWord(chars[end - 1], chars[end]),
                       let phrase = phraseBreak(chars, start: start, end: end) {
                        end = phrase
                    }
                }
            }
            var line = String(chars[start..<end])
            while line.last == " " { line.removeLast() }
            lines.append(line)
            start = end
            while start < chars.count && chars[start] == " " { start += 1 }
        }
        return lines
    }

    /// A break a few characters back where a Japanese phrase ends — after punctuation, or after kana that close a
    /// phrase (particles, okurigana) before a kanji, katakana or Latin word — so 「患者」 or 「保険者」 is not split
    /// across lines. Nil when there is none close enough; then the line breaks between any two characters.
    static func phraseBreak(_ chars: [Character], start: Int, end: Int) -> Int? {
        let lookBack = 8
        var e = end
        while e > max(start + 1, end - lookBack) {
            let before = chars[e - 1]
            let after = chars[e]
            let closes = "、。，．」』）】".contains(before) || (isHiragana(before) && !isHiragana(after))
            if closes && !noLineStart.contains(after) && !noLineEnd.contains(before) && !keptTogether(before, after) {
                return e
            }
            e -= 1
        }
        return nil
    }

    /// Two kanji, or two katakana: most likely one word (患者, カード).
    static func splitsWord(_ a: Character, _ b: Character) -> Bool {
        (isKanji(a) && isKanji(b)) || (isKatakana(a) && isKatakana(b))
    }

    static func isKanji(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005 }
    }

    static func isKatakana(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x30A1...0x30FA).contains($0.value) || $0.value == 0x30FC }
    }

    static func isHiragana(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
    }

    /// 2025, R7.7.31, 7月 and 31日 are not split.
    static func keptTogether(_ a: Character, _ b: Character) -> Bool {
        let digitLike = { (c: Character) in c.isASCII && (c.isNumber || c.isLetter || c == "." || c == "-" || c == "/") }
        if digitLike(a) && digitLike(b) { return true }
        return a.isNumber && "年月日時分歳割桁".contains(b)
    }

    static func isLatin(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { $0.value < 0x2E80 }
    }

    /// The text cut to `width` columns, ending in "…" ("..." in ASCII) when cut.
    public static func truncate(_ text: String, width: Int, _ traits: DisplayTraits) -> String {
        guard width > 0 else { return "" }
        let text = traits.shown(text)
        if traits.width(text) <= width { return text }
        let ellipsis = traits.ellipsis
        var out = ""
        var w = 0
        for c in text {
            let cw = traits.width(String(c))
            if w + cw > width - traits.width(ellipsis) { break }
            out.append(c)
            w += cw
        }
        return out + ellipsis
    }

    /// The end of the text in `width` columns, starting with "…" when cut: for a file's path, whose name matters most.
    public static func truncateLeading(_ text: String, width: Int, _ traits: DisplayTraits) -> String {
        guard width > 0 else { return "" }
        let text = traits.shown(text)
        if traits.width(text) <= width { return text }
        let ellipsis = traits.ellipsis
        var kept: [Character] = []
        var w = 0
        for c in text.reversed() {
            let cw = traits.width(String(c))
            if w + cw > width - traits.width(ellipsis) { break }
            kept.append(c)
            w += cw
        }
        return ellipsis + String(kept.reversed())
    }

    /// Spaces to pad `text` to `width` columns.
    public static func pad(_ text: String, to width: Int, _ traits: DisplayTraits) -> String {
        text + String(repeating: " ", count: max(0, width - traits.width(text)))
    }
}
