import Facility

/// The one width function: how many terminal columns a character takes. Narrow is exactly what ncurses counts
/// under glibc's wcwidth in a UTF-8 locale (ambiguous-width characters ○ △ × ※ ■ … are 1); wide is what a terminal
/// set to "ambiguous = wide" draws (Tera Term, RLogin, PuTTY, Windows Terminal in a Japanese setup), where they are 2.
public enum DisplayWidth {
    /// 0, 1 or 2 as glibc counts; unprintable characters count as 1 because the grid shows them as U+FFFD.
    @inline(__always)
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if contains(doubleWidth, v) { return 2 }
        if contains(zeroWidth, v) { return 0 }
        return 1  // narrow, or unprintable (drawn as U+FFFD, which is narrow)
    }

    /// 0, 1 or 2 on a terminal that draws ambiguous characters `ambiguous`; with wide, unprintable characters are 2
    /// too, since their stand-in U+FFFD is itself ambiguous.
    @inline(__always)
    public static func of(_ s: Unicode.Scalar, ambiguous: AmbiguousWidth) -> Int {
        let narrow = of(s)
        guard ambiguous == .wide, narrow == 1, !(0x20..<0x7F).contains(s.value) else { return narrow }
        return isAmbiguous(s) || isUnprintable(s) ? 2 : 1
    }

    /// East Asian Ambiguous (class "A") and narrow in glibc: the characters whose width depends on the terminal.
    public static func isAmbiguous(_ s: Unicode.Scalar) -> Bool { contains(ambiguousWidth, s.value) }

    /// The ambiguous characters as first and last code point of each range, in order: for curses to count as we do.
    public static var ambiguousRanges: [UInt32] { ambiguousWidth.flatMap { [$0.lowerBound, $0.upperBound] } }

    /// True for controls and unassigned code points, which the grid replaces with U+FFFD.
    public static func isUnprintable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return false }
        return contains(unprintable, v)
    }

    /// Columns of a whole text as glibc counts it (a file to print, a line on stdout).
    public static func of(_ text: some StringProtocol) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s) }
        return w
    }

    /// Columns of a whole text on a terminal that draws ambiguous characters `ambiguous`.
    public static func of(_ text: some StringProtocol, ambiguous: AmbiguousWidth) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s, ambiguous: ambiguous) }
        return w
    }

    static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0
        var hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
