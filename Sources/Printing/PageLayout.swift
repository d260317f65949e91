import Foundation

/// An A4 page laid out by Pango (`pango-view`): the sizes, and the markup that gives each line's role its weight.
struct PageLayout {
    static let width = 595.0, height = 842.0
    static let family = "Noto Sans CJK JP"

    let margin: Double
    /// Font size in points: tried first, and the smallest allowed when the text needs shrinking to fit.
    let preferredSize: Double
    let smallestSize: Double

    init(_ size: PrintDocument.Size) {
        switch size {
        case .largePrint: (margin, preferredSize, smallestSize) = (42, 26, 14)
        case .worksheet: (margin, preferredSize, smallestSize) = (40, 11, 7)
        }
    }

    /// Pango markup: one paragraph a line; titles larger, headings and cautions bold, blank lines half height.
    /// Each line is 0.9 of Noto CJK's tall line box (baselines 1.3 em apart): as a span attribute, not pango-view's
    /// --line-spacing, because the page height limit counts lines by their own height and would drop the last ones.
    static func markup(_ lines: [PrintDocument.Line], size: Double) -> String {
        func span(_ text: String, scale: Double, bold: Bool) -> String {
            "<span size=\"\(Int(size * scale * 1024))\" line_height=\"0.9\"\(bold ? " weight=\"bold\"" : "")>"
                + "\(escaped(text))</span>"
        }
        return lines.map { line in
            switch line.role {
            case .title: span(line.text, scale: 1.3, bold: true)
            case .heading, .caution: span(line.text, scale: 1, bold: true)
            case .body, .item: span(line.text, scale: 1, bold: false)
            case .blank: span(" ", scale: 0.5, bold: false)
            }
        }.joined(separator: "\n")
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    /// `pango-view`'s arguments: without `pageHeight` the page is as tall as the text (to measure it); with it, the
    /// page is that tall (and text below it would be cut off, so it is measured first).
    func arguments(markupFile: String, size: Double, pageHeight: Double?, pdf: String) -> [String] {
        let textWidth = Self.width - 2 * margin
        return ["-q", "--markup", "--language=ja-jp", "--wrap=word-char", "--hinting=none",
                "--font=\(Self.family) \(size)", "--width=\(Int(textWidth))"]
            + (pageHeight.map { ["--height=\(Int($0 - 2 * margin))"] } ?? [])
            + ["--margin=\(Int(margin))", "--output=\(pdf)", markupFile]
    }

    /// The page height cairo wrote (`/MediaBox [ 0 0 595 842 ]`, in the page's plain-text dictionary), or nil.
    static func pageHeight(ofPDF pdf: Data) -> Double? {
        guard let at = offset(of: "/MediaBox [", in: pdf) else { return nil }
        let after = pdf[(pdf.startIndex + at)...].prefix(80).prefix { $0 != UInt8(ascii: "]") }
        let numbers = String(decoding: after, as: UTF8.self).split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? numbers[3] - numbers[1] : nil
    }

    /// Whether the PDF embeds the family's font: without it fontconfig substitutes one that may have no Japanese.
    static func embedsFamily(_ pdf: Data) -> Bool {
        offset(of: "+NotoSansCJKjp-", in: pdf) != nil
    }

    /// Where `text` ends in `data` (a PDF is about a megabyte with its embedded font: searched as bytes), or nil.
    static func offset(of text: String, in data: Data) -> Int? {
        data.range(of: Data(text.utf8)).map { $0.upperBound - data.startIndex }
    }
}
