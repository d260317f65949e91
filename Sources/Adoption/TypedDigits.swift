/// Digits as typed into 電話番号 or 医療機関等コード: half-width digits out, and what else was there.
struct TypedDigits {
    /// - ー － ‐ – — ― − and their kin: what people put between groups of digits.
    static let dashes: Set<Unicode.Scalar> = ["-", "ー", "－", "ｰ", "‐", "‑", "‒", "–", "—", "―", "−", "﹣", "﹘"]
    static let spacesAndBrackets: Set<Unicode.Scalar> = [" ", "　", "(", ")", "（", "）"]

    var digits = ""
    var fullWidth = false
    /// The first separator typed.
    var separator: Character?
    /// The first character that is neither a digit, a separator nor a space, and its position from 1.
    var other: (Character, Int)?

    init(_ text: String, separators: Set<Unicode.Scalar>) {
        for (i, c) in text.enumerated() {
            guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else {
                other = (c, i + 1)
                return
            }
            switch s.value {
            case 0x30...0x39: digits.unicodeScalars.append(s)
            case 0xFF10...0xFF19:
                digits.unicodeScalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
                fullWidth = true
            case _ where separators.contains(s):
                if separator == nil { separator = c }
            case 0x20, 0x3000: continue
            default:
                other = (c, i + 1)
                return
            }
        }
    }
}
