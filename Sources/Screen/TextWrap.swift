/// Breaks text into lines of at most `width` columns. Japanese breaks between two characters, except inside a word
/// (a run of katakana, a Latin word, a number with its era and units) that fits on a line, and except that closing
/// punctuation never starts a line and opening brackets never end one (simple 禁則処理); a break after 、。・ or a
/// space is taken when it is close. English breaks at spaces where it can.
public enum TextWrap {
    /// Closing brackets, punctuation, small kana, the prolonged sound mark and iteration marks (JIS X 4051 classes
    /// 2–6 and 9, the usual strict set).
    static let noLineStart = Set<Character>(
        "、。，．,.：；:;？！?!・…‥）」』】〕〉》〙〗］｝)]}’”ー〜～％゛゜ヽヾゝゞ々〻" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")
    static let noLineEnd = Set<Character>("（「『【〔〈《〘〖［｛([{‘“")
    /// A line may end after these, and does when that is in its last few columns (a space only before a word:
    /// a particle stays with the word before it, as in 「uketsuke は」).
    static let goodBreakAfter = Set<Character>("、。，．・ ")
    /// Eras that begin a date: 令和7年7月31日, and 令7.7.31 as typed.
    static let eras = ["令和", "平成", "昭和", "大正", "明治", "令", "平", "昭"].map(Array.init)
    /// The first characters of the eras, as scalars: most characters are ruled out with one set lookup, before any
    /// comparison of characters (which normalizes, and is slow in a loop over every character of a text).
    static let eraStarts = Set(eras.map { $0[0].unicodeScalars.first! })
    /// What follows a number as its unit: 7月, 31日, 10割, 70代, 8桁.
    static let units = Set<Character>("年月日時分秒歳割桁代号回円件枚")

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
        let inWord = joins(chars)
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
                end = lineEnd(chars, inWord, start: start, end: end, width: width, traits)
            }
            var line = String(chars[start..<end])
            while line.last == " " { line.removeLast() }
            lines.append(line)
            start = end
            while start < chars.count && chars[start] == " " { start += 1 }
        }
        return lines
    }

    /// Where a line ends that could hold `chars[start..<end]`: the last place that splits no word and keeps 禁則 —
    /// moved back to a break after 、。・ or a space in the last few columns, or to where a kanji word's phrase
    /// begins. A word longer than the line breaks where 禁則 allows (between a number's parts when it can), else at
    /// the edge.
    static func lineEnd(_ chars: [Character], _ inWord: [Bool], start: Int, end: Int, width: Int,
                        _ traits: DisplayTraits) -> Int {
        func allowed(_ e: Int) -> Bool { !inWord[e] && kinsokuAllows(chars, e) }
        let candidates = stride(from: end, to: start, by: -1)
        guard let e = candidates.first(where: allowed) else {
            return candidates.first { kinsokuAllows(chars, $0) && !splitsNumber(chars, $0) }
                ?? candidates.first { kinsokuAllows(chars, $0) } ?? end
        }
        func good(_ e: Int) -> Bool {
            goodBreakAfter.contains(chars[e - 1]) && !(chars[e - 1] == " " && isHiragana(chars[e])) && allowed(e)
        }
        if good(e) || chars[e] == " " { return e }
        let reach = min(6, width / 8)
        var p = e - 1
        var skipped = traits.width(String(chars[p]))
        while p > start && skipped <= reach {
            if good(p) { return p }
            p -= 1
            skipped += traits.width(String(chars[p]))
        }
        if splitsWord(chars[e - 1], chars[e]), let phrase = phraseBreak(chars, start: start, end: e, allowed: allowed) {
            return phrase
        }
        return e
    }

    /// Closing punctuation does not begin the line at `e`, and an opening bracket does not end the one before it.
    static func kinsokuAllows(_ chars: [Character], _ e: Int) -> Bool {
        !noLineStart.contains(chars[e]) && !noLineEnd.contains(chars[e - 1])
    }

    /// Inside a word too long for the line, a number keeps its digits and its unit: 令和7年 / 7月31日.
    static func splitsNumber(_ chars: [Character], _ e: Int) -> Bool {
        isDigit(chars[e - 1]) && (isDigit(chars[e]) || units.contains(chars[e]))
    }

    /// For each index, whether the character there belongs to one word with the one before it: a run of katakana
    /// (マイナポータル), a Latin word (an e-mail address, a URL, R7.7.31), or a number with its era, its units and a
    /// date's weekday (令和7年7月31日(木), 10割).
    static func joins(_ chars: [Character]) -> [Bool] {
        var joined = [false] + zip(chars, chars.dropFirst()).map { a, b in
            (isKatakana(a) && isKatakana(b)) || (isLatin(a) && a != " " && isLatin(b) && b != " ")
        }
        for span in numberSpans(chars) {
            for i in (span.lowerBound + 1)..<span.upperBound { joined[i] = true }
        }
        return joined
    }

    /// The numbers with their era and units: 令和7年12月1日(月), 12月1日, 2年, 10割, 令7.
    static func numberSpans(_ chars: [Character]) -> [Range<Int>] {
        func digit(_ i: Int) -> Bool { i < chars.count && isDigit(chars[i]) }
        var spans: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            var j = i
            if let first = chars[i].unicodeScalars.first, eraStarts.contains(first),
               let era = eras.first(where: { chars[i...].starts(with: $0) }),
               digit(i + era.count) || (i + era.count < chars.count && chars[i + era.count] == "元") {
                j = i + era.count
                if chars[j] == "元" { j += 1 }
            }
            while digit(j) { j += 1 }
            // A unit after the number, and a date's next number after its 年 or 月.
            while j > i, j < chars.count, isDigit(chars[j - 1]) || chars[j - 1] == "元", units.contains(chars[j]) {
                j += 1
                guard "年月".contains(chars[j - 1]), digit(j) else { break }
                while digit(j) { j += 1 }
            }
            if j > i, chars[j - 1] == "日", let weekday = weekdayLength(chars, at: j) { j += weekday }
            if j - i > 1 {
                spans.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        return spans
    }

    /// The length of a weekday in brackets at `i`, (月) or （月）, else nil.
    static func weekdayLength(_ chars: [Character], at i: Int) -> Int? {
        guard i + 2 < chars.count, "(（".contains(chars[i]), "月火水木金土日".contains(chars[i + 1]), ")）".contains(chars[i + 2])
        else { return nil }
        return 3
    }

    /// A break a few characters back where a Japanese phrase ends — after punctuation or a space, before an opening
    /// bracket, or after kana that close a phrase (particles, okurigana) before a kanji, katakana or Latin word — so
    /// 「患者」 or 「保険者」 is not split across lines. Nil when there is none close enough; then the line breaks
    /// between any two characters.
    static func phraseBreak(_ chars: [Character], start: Int, end: Int, allowed: (Int) -> Bool) -> Int? {
        let lookBack = 8
        var e = end
        while e > max(start + 1, end - lookBack) {
            let before = chars[e - 1]
            let after = chars[e]
            let closes = "、。，．」』）】 ".contains(before) || noLineEnd.contains(after) || (isHiragana(before) && !isHiragana(after))
            if closes && allowed(e) { return e }
            e -= 1
        }
        return nil
    }

    /// Kanji and katakana next to each other: most likely one word (患者, マイナ保険証).
    static func splitsWord(_ a: Character, _ b: Character) -> Bool {
        (isKanji(a) || isKatakana(a)) && (isKanji(b) || isKatakana(b))
    }

    static func isKanji(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005 }
    }

    /// Katakana with its prolonged sound mark, small and half-width forms (マイナポータル, ｶｰﾄﾞ).
    static func isKatakana(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy {
            (0x30A1...0x30FA).contains($0.value) || (0x30FC...0x30FE).contains($0.value) || (0x31F0...0x31FF).contains($0.value)
                || (0xFF66...0xFF9F).contains($0.value)
        }
    }

    static func isHiragana(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
    }

    /// ASCII and full-width digits (not 七 or ①, which Swift also counts as numbers).
    static func isDigit(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && c.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }
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
