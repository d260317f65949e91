/// A QR code's modules, from `qrencode -t ASCII` (two `#` a dark module), drawn as PostScript squares.
struct QRCode {
    /// rows[y][x], y from the top; true is dark.
    let rows: [[Bool]]

    static let arguments = ["-t", "ASCII", "-m", "0", "-l", "M", "-o", "-"]

    init?(ascii: String) {
        let rows = ascii.split(separator: "\n").map { line in
            let bytes = Array(line.utf8)
            return stride(from: 0, to: bytes.count - 1, by: 2).map { bytes[$0] == UInt8(ascii: "#") }
        }
        guard !rows.isEmpty, rows.allSatisfy({ $0.count == rows.count }) else { return nil }
        self.rows = rows
    }

    /// A ghostscript page device setting that draws the code on every page, its top left corner at (`left`, `top`)
    /// in points from the page's top left, each module `module` points square.
    func pageOverlay(left: Double, top: Double, module: Double, pageHeight: Double) -> String {
        let n = rows.count
        var squares: [String] = []
        for (y, row) in rows.enumerated() {
            for (x, dark) in row.enumerated() where dark { squares.append("\(x) \(n - 1 - y) 1 1 rectfill") }
        }
        let bottom = pageHeight - top - Double(n) * module
        // EndPage reason 0 is showpage: draw, then let the page out; 2 (device off) transmits nothing.
        return "<< /EndPage { exch pop dup 0 eq { gsave \(left) \(bottom) translate \(module) \(module) scale 0 setgray "
            + squares.joined(separator: " ") + " grestore } if 2 ne } >> setpagedevice\n"
    }
}
