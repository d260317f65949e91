/// The one width function: how many terminal columns a character takes, exactly as ncurses (glibc wcwidth
/// under a UTF-8 locale) counts them. Ambiguous-width characters (○ △ × ※ ■ …) are 1, as in glibc.
public enum DisplayWidth {
    /// 0, 1 or 2; unprintable characters count as 1 because the grid shows them as U+FFFD.
    @inline(__always)
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if contains(doubleWidth, v) { return 2 }
        if contains(zeroWidth, v) { return 0 }
        return 1  // narrow, or unprintable (drawn as U+FFFD, which is narrow)
    }

    /// True for controls and unassigned code points, which the grid replaces with U+FFFD.
    public static func isUnprintable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return false }
        return contains(unprintable, v)
    }

    /// Columns of a whole text as the grid draws it.
    public static func of(_ text: some StringProtocol) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s) }
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
