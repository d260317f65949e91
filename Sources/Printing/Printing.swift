import Adoption
import Eligibility
import Foundation

/// Prints a document as one A4 page with a Japanese font: laid out by Pango (`pango-view`, Noto Sans CJK JP), the
/// QR code drawn on by ghostscript, then written to a PDF file or sent to a CUPS queue with `lp`. No terminal: the
/// `print` command and the wizard call the same `render`.
public enum Printing {
    /// What happened, to tell the person who asked.
    public struct Receipt: Hashable, Sendable {
        public let target: PrintTarget
        /// What `lp` said (its request id), for a printer.
        public let spooler: String?

        public func text(_ language: Language) -> String {
            let ja = language == .ja
            switch target {
            case .pdf(let path): return ja ? "PDFに書き出しました: \(path)" : "PDF written: \(path)"
            case .printer(let name):
                let queue = name.map { ja ? "プリンター「\($0)」" : "the printer \"\($0)\"" } ?? (ja ? "既定のプリンター" : "the default printer")
                let said = spooler.map { " (\($0))" } ?? ""
                return ja ? "\(queue)に送りました\(said)" : "Sent to \(queue)\(said)"
            }
        }
    }

    /// The tools a document and a target need, in the order they run.
    static func tools(_ document: PrintDocument, _ target: PrintTarget) -> [ExternalTool] {
        var tools = [ExternalTool.pangoView]
        if document.qrCode != nil { tools += [.qrencode, .ghostscript] }
        if case .printer = target { tools.append(.lp) }
        return tools
    }

    /// Renders `document` and delivers it to `target`. Every tool is looked up on `searchPath` (default: PATH)
    /// before anything runs; the work happens in a private temporary folder that is always removed.
    @discardableResult
    public static func render(_ document: PrintDocument, to target: PrintTarget, searchPath: String? = nil)
        throws(PrintError) -> Receipt
    {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let needed = tools(document, target)
        let found = needed.map { $0.locate(in: path) }
        let missing = zip(needed, found).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else { throw PrintError.toolsMissing(missing) }
        let executable = Dictionary(uniqueKeysWithValues: zip(needed.map(\.name), found.map { $0! }))

        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let pdf = try page(document, scratch: scratch, executable: executable)

        switch target {
        case .pdf(let destination):
            guard let bytes = FileManager.default.contents(atPath: pdf) else {
                throw PrintError.toolFailed(.pangoView, status: 0, detail: "no PDF written")
            }
            try PDFFile.write(bytes, to: destination)
            return Receipt(target: target, spooler: nil)
        case .printer(let name):
            var arguments = name.map { ["-d", $0] } ?? []
            arguments += ["-t", "uketsuke", "--", pdf]
            let run = try ExternalTool.run(.lp, executable["lp"]!, arguments, scratch: scratch)
            guard run.status == 0 else {
                // lp begins its messages with its own path ("/usr/bin/lp: Error - …"): said once is enough.
                let said = (run.err + run.out).replacingOccurrences(of: executable["lp"]! + ": ", with: "")
                throw PrintError.printerRejected(printer: name, detail: said)
            }
            let said = String(run.out.trimmingSpaces)
            return Receipt(target: target, spooler: said.isEmpty ? nil : said)
        }
    }

    /// The finished page as a PDF in `scratch`: the text at the largest size that fits (from the preferred size
    /// down to the smallest allowed), then the QR code under it.
    static func page(_ document: PrintDocument, scratch: String, executable: [String: String]) throws(PrintError) -> String {
        let layout = PageLayout(document.size)
        let module = 3.5, gap = 8.0
        var qr: QRCode?
        if let payload = document.qrCode {
            let run = try ExternalTool.run(.qrencode, executable["qrencode"]!, QRCode.arguments + [payload], scratch: scratch)
            guard run.status == 0, let code = QRCode(ascii: run.out) else {
                throw PrintError.toolFailed(.qrencode, status: run.status, detail: run.err)
            }
            qr = code
        }
        let qrHeight = qr.map { gap + Double($0.rows.count) * module } ?? 0
        let room = PageLayout.height - 2 * layout.margin - qrHeight
        let markupFile = scratch + "/page.txt", measuredPDF = scratch + "/measure.pdf", textPDF = scratch + "/text.pdf"
        func pangoView(size: Double, pageHeight: Double?, pdf: String) throws(PrintError) -> Data {
            do {
                try Data(PageLayout.markup(document.lines, size: size).utf8).write(to: URL(fileURLWithPath: markupFile))
            } catch {
                throw PrintError.toolFailed(.pangoView, status: -1, detail: "cannot write \(markupFile)")
            }
            let run = try ExternalTool.run(.pangoView, executable["pango-view"]!, layout.arguments(
                markupFile: markupFile, size: size, pageHeight: pageHeight, pdf: pdf), scratch: scratch)
            guard run.status == 0, let bytes = FileManager.default.contents(atPath: pdf) else {
                throw PrintError.toolFailed(.pangoView, status: run.status, detail: run.err)
            }
            return bytes
        }
        // Measure at the preferred size; while the text is too tall, scale it down to the room left (in half
        // points) and measure again.
        var size = layout.preferredSize
        var textHeight: Double
        while true {
            let measured = try pangoView(size: size, pageHeight: nil, pdf: measuredPDF)
            guard PageLayout.embedsFamily(measured) else { throw PrintError.fontMissing(family: PageLayout.family) }
            guard let height = PageLayout.pageHeight(ofPDF: measured) else {
                throw PrintError.toolFailed(.pangoView, status: 0, detail: "no page size in its PDF")
            }
            textHeight = height - 2 * layout.margin
            if textHeight <= room { break }
            // (Lines that wrapped at the larger size may not at the smaller, so the smallest is tried before giving up.)
            guard size > layout.smallestSize else { throw PrintError.doesNotFit(lines: document.lines.count) }
            size = max(layout.smallestSize, min(size - 0.5, (size * room / textHeight * 2).rounded(.down) / 2))
        }
        _ = try pangoView(size: size, pageHeight: PageLayout.height, pdf: textPDF)
        guard let qr else { return textPDF }
        let overlay = scratch + "/qr.ps", finished = scratch + "/page.pdf"
        do {
            try Data(qr.pageOverlay(left: layout.margin, top: layout.margin + textHeight + gap, module: module,
                                    pageHeight: PageLayout.height).utf8).write(to: URL(fileURLWithPath: overlay))
        } catch {
            throw PrintError.toolFailed(.ghostscript, status: -1, detail: "cannot write \(overlay)")
        }
        let run = try ExternalTool.run(.ghostscript, executable["gs"]!, [
            "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dAutoRotatePages=/None",
            "-sOutputFile=\(finished)", overlay, textPDF,
        ], scratch: scratch)
        guard run.status == 0, FileManager.default.fileExists(atPath: finished) else {
            throw PrintError.toolFailed(.ghostscript, status: run.status, detail: run.err + run.out)
        }
        return finished
    }

    /// A new folder only this process uses, under TMPDIR.
    static func scratchDirectory() throws(PrintError) -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/uketsuke-print-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PrintError.cannotWrite(TextFileError(path: base, code: errno))
        }
        return String(cString: made)
    }
}
