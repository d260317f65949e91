/// The characters the portal accepts in 開設者 (letter.md ③), and the one right replacement where there is one.
/// The full-width space is refused: the letter's list has none, so the portal's check is assumed to refuse it.
enum FounderCharacters {
    /// ひらがな (ぁ–ん), カタカナ (ァ–ヶ) and ー, 全角英数字, 々 ． － （ ）, and JIS level 1/2 kanji.
    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3041...0x3093, 0x30A1...0x30F6, 0x30FC: true
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        case 0x3005, 0xFF0E, 0xFF0D, 0xFF08, 0xFF09: true
        default: JISX0208Kanji.contains(s)
        }
    }

    /// Why a character is refused, and its replacement ("" to leave it out; nil when there is no one right answer).
    static func refusal(_ c: Character) -> (PortalProblem.CharacterReason, String?) {
        let scalars = Array(c.unicodeScalars)
        if scalars.count == 2, (0xFF66...0xFF9D).contains(scalars[0].value), (0xFF9E...0xFF9F).contains(scalars[1].value) {
            return (.halfWidth, halfWidthKana(scalars[0], mark: scalars[1]))
        }
        if scalars.count > 1 {
            // A base character with a variation selector (葛󠄀): drawn differently on each machine.
            let selectors = scalars.dropFirst().allSatisfy { (0xFE00...0xFE0F).contains($0.value) || (0xE0100...0xE01EF).contains($0.value) }
            guard selectors else { return (.notAllowed, nil) }
            return (.environmentDependent, isAllowed(scalars[0]) ? String(scalars[0]) : nil)
        }
        let s = scalars[0]
        let v = s.value
        switch v {
        case 0x20, 0x3000: return (.space, "")
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (.halfWidth, String(Unicode.Scalar(v + 0xFEE0)!))
        case 0x2D: return (.halfWidth, "－")
        case 0x2E: return (.halfWidth, "．")
        case 0x28: return (.halfWidth, "（")
        case 0x29: return (.halfWidth, "）")
        case 0xFF61...0xFF9F: return (.halfWidth, halfWidthKana(s, mark: nil))
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return (.notAllowed, "－")
        default: break
        }
        if let replacement = variants[s] { return (isIdeograph(v) ? .kanjiOutsideJIS : .environmentDependent, replacement) }
        if isIdeograph(v) { return (.kanjiOutsideJIS, nil) }
        if isEnvironmentDependent(v) { return (.environmentDependent, nil) }
        return (.notAllowed, nil)
    }

    /// CJK ideographs of every block: outside the table they are not JIS level 1/2.
    static func isIdeograph(_ v: UInt32) -> Bool {
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// The blocks of vendor symbols (NEC 13区, IBM extensions): ① Ⅲ ㈱ ㍻ № and their kin.
    static func isEnvironmentDependent(_ v: UInt32) -> Bool {
        switch v {
        case 0x2100...0x218F, 0x2460...0x24FF, 0x3200...0x33FF, 0x1F100...0x1F2FF: true
        default: false
        }
    }

    /// ｶ → カ, ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ; nil for a sound mark that belongs to no kana.
    static func halfWidthKana(_ s: Unicode.Scalar, mark: Unicode.Scalar?) -> String? {
        guard (0xFF66...0xFF9D).contains(s.value) else { return nil }
        let base = halfWidthKatakana[Int(s.value - 0xFF66)]
        guard let mark else { return String(base) }
        let hGyou = "ハヒフヘホ".unicodeScalars.contains(base)
        switch mark.value {
        case 0xFF9E where base == "ウ": return "ヴ"
        case 0xFF9E where hGyou || "カキクケコサシスセソタチツテト".unicodeScalars.contains(base):
            return String(Unicode.Scalar(base.value + 1)!)
        case 0xFF9F where hGyou: return String(Unicode.Scalar(base.value + 2)!)
        default: return nil
        }
    }

    /// Full-width katakana for U+FF66 ｦ … U+FF9D ﾝ, in code point order.
    static let halfWidthKatakana = Array("ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン".unicodeScalars)

    /// Common machine-dependent characters and the JIS form people mean by them.
    static let variants: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [
            "髙": "高", "﨑": "崎", "𠮷": "吉", "德": "徳", "濵": "濱", "栁": "柳", "瀨": "瀬",
            "\u{FA10}": "塚", "\u{FA19}": "神", "\u{FA1A}": "祥", "\u{FA1B}": "福", "\u{FA1C}": "靖", "\u{FA1D}": "精",
            "\u{FA1E}": "羽", "№": "Ｎｏ．", "℡": "ＴＥＬ", "㍻": "平成", "㍼": "昭和", "㍽": "大正", "㍾": "明治",
            "㋿": "令和", "㍿": "株式会社",
        ]
        let fullWidthDigits = Array("０１２３４５６７８９")
        func fullWidth(_ n: Int) -> String { String(String(n).map { fullWidthDigits[Int($0.asciiValue! - 48)] }) }
        for n in 1...20 { table[Unicode.Scalar(0x245F + UInt32(n))!] = fullWidth(n) }  // ①–⑳
        let roman = ["Ｉ", "ＩＩ", "ＩＩＩ", "ＩＶ", "Ｖ", "ＶＩ", "ＶＩＩ", "ＶＩＩＩ", "ＩＸ", "Ｘ", "ＸＩ", "ＸＩＩ"]
        for (i, r) in roman.enumerated() {
            table[Unicode.Scalar(0x2160 + UInt32(i))!] = r  // Ⅰ–Ⅻ
            table[Unicode.Scalar(0x2170 + UInt32(i))!] = String(r.unicodeScalars.map { Character(Unicode.Scalar($0.value + 0x20)!) })
        }
        for (i, c) in "一二三四五六七八九十月火水木金土日株有社名特財祝労代呼学監企資協祭休自至".enumerated() {
            table[Unicode.Scalar(0x3220 + UInt32(i))!] = "（\(c)）"  // ㈠ … ㈱ ㈲ … ㉃
        }
        return table
    }()
}
