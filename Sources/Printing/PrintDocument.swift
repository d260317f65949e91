import Adoption
import Eligibility
import Foundation

/// What to print: the same lines the screen shows, each with its role, how large to print them, and an optional QR
/// code placed under the text.
public struct PrintDocument: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public enum Role: Hashable, Sendable {
            case title, heading, body, item, caution, blank
        }

        public let role: Role
        public let text: String

        public init(_ role: Role, _ text: String = "") {
            self.role = role
            self.text = text
        }
    }

    public enum Size: Hashable, Sendable {
        /// For patients (the leaflet): as large as one A4 page allows.
        case largePrint
        /// For staff (the worksheet): ordinary print.
        case worksheet
    }

    public let lines: [Line]
    public let size: Size
    /// Encoded as a QR code under the text: the portal's address on the registration worksheet.
    public let qrCode: String?

    public init(lines: [Line], size: Size, qrCode: String? = nil) {
        self.lines = lines
        self.size = size
        self.qrCode = qrCode
    }

    /// 「患者さん向けご案内」 in large print: the lines of `PatientLeaflet`, headed by the facility's name when given.
    public static func leaflet(rules: Rules, facilityName: String?, language: Language) -> PrintDocument {
        let lines = PatientLeaflet.lines(rules: rules, facilityName: facilityName, language: language).map { line in
            Line(role(line.role), line.text)
        }
        return PrintDocument(lines: lines, size: .largePrint)
    }

    /// A saved registration worksheet (the text `RegistrationSheet` wrote), with the portal's address as a QR code:
    /// the first `https://` address in the sheet (the one its steps print), else the rules file's. `language` is that
    /// of the line under the text that says what the code is.
    public static func registrationSheet(_ text: String, rules: Rules, language: Language) -> PrintDocument {
        var lines: [Line] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let s = String(line)
            if s.trimmingSpaces.isEmpty { lines.append(Line(.blank)) }
            else if i == 0 { lines.append(Line(.title, s)) }
            else if s.hasPrefix("■") { lines.append(Line(.heading, s)) }
            else { lines.append(Line(.body, s)) }
        }
        while lines.last?.role == .blank { lines.removeLast() }
        let url = text.split(whereSeparator: { $0.isWhitespace }).first { $0.hasPrefix("https://") }.map(String.init)
            ?? rules.portalSite.url
        lines += [Line(.blank), Line(.heading, qrCaption[language])]
        return PrintDocument(lines: lines, size: .worksheet, qrCode: url)
    }

    /// The newest worksheet the wizard saved under `directory` (its `$XDG_DATA_HOME/uketsuke`), ready to print.
    public static func savedRegistrationSheet(directory: String, rules: Rules, language: Language)
        throws(PrintError) -> PrintDocument
    {
        guard let path = RegistrationSheet.latestSaved(directory: directory) else {
            throw PrintError.noSavedSheet(directory: directory)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw PrintError.sheetUnreadable(path: path) }
        return registrationSheet(String(decoding: data, as: UTF8.self), rules: rules, language: language)
    }

    static let qrCaption = LocalizedText(ja: "■ スマートフォンで下のQRコードを読み取ると、ポータルサイトが開きます",
                                         en: "■ Scan the QR code below with a smartphone to open the portal")

    static func role(_ role: PatientLeaflet.Line.Role) -> Line.Role {
        switch role {
        case .title: .title
        case .heading: .heading
        case .body: .body
        case .item: .item
        case .caution: .caution
        case .blank: .blank
        }
    }
}
