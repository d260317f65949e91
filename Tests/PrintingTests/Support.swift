import Adoption
import BundledResources
import Eligibility
import Foundation
import Testing

enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let today = CalendarDate(iso: "2026-12-07")!

    /// A sheet as the wizard saves it: 広島 医科 0712362, やまだ内科クリニック.
    static func sheetText(_ language: Language = .ja) -> String {
        var f = PortalRegistration()
        f.familyName = "山田"
        f.givenName = "花子"
        f.affiliation = .ika
        f.prefecture = Prefecture(code: 34)
        f.facilityCodeText = "0712362"
        f.locationConfirmed = true
        f.facilityName = "やまだ内科クリニック"
        f.founder = "山田太郎"
        f.phone = "0821234567"
        f.email = "uketsuke@yamada-naika.jp"
        f.password = "Passw0rd"
        f.passwordConfirmation = "Passw0rd"
        f.termsAccepted = true
        return RegistrationSheet.text(try! f.checked().get(), rules: rules, date: today, language: language)
    }
}

/// A fresh, empty folder of its own.
func temporaryFolder() -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "uketsuke-printing-\(UUID().uuidString)").path
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs a poppler or zbar tool, the way a person would check the page: its standard output.
func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/" + name)
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// pdftotext's lines of the page, each without surrounding spaces, blank lines left out.
func textLines(_ pdf: String) throws -> [String] {
    try tool("pdftotext", [pdf, "-"]).out.split(separator: "\n").map { String(String($0).trimmingSpaces) }
        .filter { !$0.isEmpty && $0 != "\u{0C}" }
}

/// `Page size:` and `Pages:` from pdfinfo.
func pageInfo(_ pdf: String) throws -> (size: String, pages: String) {
    let lines = try tool("pdfinfo", [pdf]).out.split(separator: "\n")
    func field(_ name: String) -> String {
        lines.first { $0.hasPrefix(name + ":") }.map { String(String($0.dropFirst(name.count + 1)).trimmingSpaces) } ?? ""
    }
    return (field("Page size"), field("Pages"))
}

/// The QR codes zbarimg finds on the page rendered at 150 dpi.
func decodedQRCodes(_ pdf: String) throws -> String {
    let dir = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try tool("pdftoppm", ["-r", "150", "-png", pdf, dir + "/page"]).status == 0)
    let png = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".png") }.sorted()
    #expect(png.count == 1)
    return try tool("zbarimg", ["-q", "--raw", dir + "/" + png[0]]).out
}
