/// A text in ASCII only, for a terminal that draws nothing else (the Linux console running the English interface).
/// Symbols become their ASCII look-alikes (… → ..., ￪ → ^, → → ->, – → -, full-width Ａ → A); a parenthesised gloss
/// in Japanese goes with its brackets ("the declaration form (被保険者資格申立書)" → "the declaration form"), keeping
/// the parts that are English ("(点数表番号, one digit)" → "(one digit)"); any other Japanese word goes with the
/// comma or space before it ("e.g. 2025-07-31, 令和7年7月31日" → "e.g. 2025-07-31"). The English texts carry their
/// meaning in English; the Japanese in them only names what staff see on paper.
public enum ASCIIForm {
    public static func of(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        return convert(Array(text))
    }

    /// The ASCII look-alike of a character, or nil when it has none (kana, kanji: the word is dropped).
    static func lookAlike(_ c: Character) -> String? {
        if let a = c.asciiValue { return a >= 0x20 && a < 0x7F ? String(c) : (a == 0x0A ? "\n" : "?") }
        guard let s = c.unicodeScalars.first else { return "" }
        let v = s.value
        if (0xFF01...0xFF5E).contains(v) { return String(Character(Unicode.Scalar(v - 0xFEE0)!)) }
        if (0x2460...0x2473).contains(v) { return "(\(v - 0x2460 + 1))" }  // ① … ⑳
        if (0x2500...0x257F).contains(v) {  // box drawing: ─ │ and the corners
            return [0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550].contains(v) ? "-"
                : [0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551].contains(v) ? "|" : "+"
        }
        if s.properties.generalCategory == .control || s.properties.generalCategory == .format { return "" }
        return lookAlikes[c]
    }

    static let lookAlikes: [Character: String] = [
        "…": "...", "‥": "..", "–": "-", "—": "-", "―": "-", "‐": "-", "−": "-", "〜": "-", "～": "-",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "￩": "<", "￪": "^", "￫": ">", "￬": "v",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "«": "\"", "»": "\"", "·": ".", "•": "*", "・": ", ",
        "○": "o", "◯": "o", "◎": "o", "●": "*", "△": "!", "▲": "^", "▼": "v", "×": "x", "※": "*", "■": "#",
        "□": "[ ]", "★": "*", "☆": "*", "°": " deg", "±": "+/-", "÷": "/", "¥": "Yen ", "€": "EUR ",
        "\u{3000}": " ", "\u{00A0}": " ", "、": ", ", "。": ". ", "「": "\"", "」": "\"", "『": "\"", "』": "\"",
        "é": "e", "è": "e", "ü": "u", "ö": "o", "ä": "a", "\u{FFFD}": "?",
    ]

    static let opening: Set<Character> = ["(", "（"]
    static let closing: Set<Character> = [")", "）"]

    static func isForeign(_ c: Character) -> Bool { lookAlike(c) == nil }

    static func convert(_ chars: [Character]) -> String {
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if opening.contains(c), let close = matching(chars, from: i) {
                let inner = Array(chars[(i + 1)..<close])
                if inner.contains(where: isForeign) {
                    let kept = parts(inner).filter { !$0.contains(where: isForeign) }
                        .map { convert($0).trimmingSpaces }.filter { !$0.isEmpty }
                    if kept.isEmpty {
                        while out.last == " " { out.removeLast() }
                    } else {
                        out += "(" + kept.joined(separator: ", ") + ")"
                    }
                } else {
                    out += "(" + convert(inner) + ")"
                }
                i = close + 1
                continue
            }
            if isForeign(c) {
                // The word: foreign characters and the digits, letters and dots glued to them (令和7年7月31日, 令7.7.31).
                while let last = out.last, last.isASCII, last.isLetter || last.isNumber { out.removeLast() }
                var end = i
                while end < chars.count, isForeign(chars[end]) || gluedToWord(chars, end) { end += 1 }
                // With the separator before it; a list it opened loses the separator after it instead.
                while out.last == " " { out.removeLast() }
                if out.last == "," || out.last == "/" {
                    out.removeLast()
                } else if end < chars.count, chars[end] == "," {
                    end += 1
                    while end < chars.count, chars[end] == " " { end += 1 }
                    if !out.isEmpty { out += " " }
                } else if end < chars.count, chars[end] == " ", !out.isEmpty, !out.hasSuffix("(") {
                    out += " "
                    while end < chars.count, chars[end] == " " { end += 1 }
                }
                i = end
                continue
            }
            out += lookAlike(c)!
            i += 1
        }
        return out
    }

    /// Letters, digits and the dots and dashes of a date glued to a Japanese word; not a sentence's final full stop.
    static func gluedToWord(_ chars: [Character], _ i: Int) -> Bool {
        let c = chars[i]
        guard c.isASCII else { return false }
        if c.isLetter || c.isNumber { return true }
        guard ".-/".contains(c), i + 1 < chars.count else { return false }
        let next = chars[i + 1]
        return next.isASCII && next.isNumber || isForeign(next)
    }

    /// The index of the bracket that closes the one at `start`, either kind nesting.
    static func matching(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        for j in start..<chars.count {
            if opening.contains(chars[j]) { depth += 1 }
            if closing.contains(chars[j]) {
                depth -= 1
                if depth == 0 { return j }
            }
        }
        return nil
    }

    /// A gloss's parts: separated by commas, semicolons or slashes.
    static func parts(_ inner: [Character]) -> [[Character]] {
        var result: [[Character]] = [[]]
        var depth = 0
        for c in inner {
            if opening.contains(c) { depth += 1 }
            if closing.contains(c) { depth -= 1 }
            if depth == 0, c == "," || c == ";" || c == "/" || c == "、" { result.append([]) } else { result[result.count - 1].append(c) }
        }
        return result
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
