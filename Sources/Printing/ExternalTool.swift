import Foundation

/// A Debian program the printing runs, and the package that installs it.
public struct ExternalTool: Hashable, Sendable {
    public let name: String
    public let package: String

    /// Lays the text out with Pango and writes a PDF (cairo) with the font embedded, so the text stays searchable.
    /// paps 0.6.8 (bookworm) writes only PostScript with every glyph as an outline, which no PDF reader can search.
    static let pangoView = ExternalTool(name: "pango-view", package: "pango1.0-tools")
    static let qrencode = ExternalTool(name: "qrencode", package: "qrencode")
    /// Draws the QR code onto the text's page (pdfwrite keeps the embedded font and its text).
    static let ghostscript = ExternalTool(name: "gs", package: "ghostscript")
    static let lp = ExternalTool(name: "lp", package: "cups-client")

    /// The executable on `searchPath` (a PATH value), or nil.
    func locate(in searchPath: String) -> String? {
        for dir in searchPath.split(separator: ":") where !dir.isEmpty {
            let path = dir + "/" + name
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// What a run of a tool gave back.
    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs `executable` with `arguments`, its output kept in files under `scratch` (no pipe to fill up).
    static func run(_ tool: ExternalTool, _ executable: String, _ arguments: [String], scratch: String)
        throws(PrintError) -> Run
    {
        let outPath = scratch + "/\(tool.name).out", errPath = scratch + "/\(tool.name).err"
        guard FileManager.default.createFile(atPath: outPath, contents: nil),
              FileManager.default.createFile(atPath: errPath, contents: nil),
              let out = FileHandle(forWritingAtPath: outPath), let err = FileHandle(forWritingAtPath: errPath)
        else { throw PrintError.toolFailed(tool, status: -1, detail: "cannot create \(outPath)") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        do {
            try p.run()
        } catch {
            throw PrintError.toolFailed(tool, status: -1, detail: "\(error)")
        }
        p.waitUntilExit()
        try? out.close()
        try? err.close()
        let text = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return Run(status: p.terminationReason == .exit ? p.terminationStatus : 128 + p.terminationStatus,
                   out: text(outPath), err: text(errPath))
    }
}
