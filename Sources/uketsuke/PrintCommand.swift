import Adoption
import ArgumentParser
import Eligibility
import Foundation
import Printing

/// `uketsuke print leaflet|sheet [--to pdf FILE | --printer NAME]`: the patient leaflet or the saved portal worksheet
/// as an A4 page with a Japanese font, to a PDF or a CUPS printer (the default printer when neither is given).
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the patient leaflet or the saved portal worksheet: an A4 page with Japanese fonts, to a PDF or a CUPS printer.",
        discussion: """
        leaflet: 患者さん向けご案内 in large print, headed by the facility's name (--facility-name, else the one on the \
        latest saved worksheet). sheet: the latest ポータル登録の準備 worksheet saved by the wizard (menu 4 → 2), with \
        the portal's address as a QR code. Without --to or --printer the page goes to the default CUPS printer (lp). \
        Needs pango1.0-tools and fonts-noto-cjk; the sheet also qrencode and ghostscript; a printer cups-client.
        """)

    @Argument(help: "What to print: leaflet or sheet.")
    var document: String

    @Option(name: .customLong("to"), parsing: .upToNextOption, help: ArgumentHelp("Write a PDF file instead of printing: --to pdf FILE.", valueName: "pdf FILE"))
    var to: [String] = []

    @Option(help: "The CUPS printer (queue) to print on, as lpstat -p lists them (default: the default printer).")
    var printer: String?

    @Option(name: .customLong("facility-name"), help: "The facility's name heading the leaflet.")
    var facilityName: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let ja = common.language == .ja
        guard document == "leaflet" || document == "sheet" else {
            throw Output.usage((ja ? "印刷するもの \"\(document)\" はありません。使える形: leaflet（患者さん向けご案内）/ sheet（ポータル登録の準備シート）"
                                   : "what to print \"\(document)\" is not known. Accepted forms: leaflet (the patient leaflet) / sheet (the portal worksheet)"))
        }
        let target = try self.target()
        let rules = try common.loadRules()
        let dataDirectory = DataDirectory.containing(tallyPath: common.tallyPath(common.loadSettings()))
        let printed: PrintDocument
        do throws(PrintError) {
            if document == "leaflet" {
                let name = facilityName ?? DataDirectory.savedFacilityName(in: dataDirectory)
                printed = .leaflet(rules: rules, facilityName: name, language: common.language)
            } else {
                printed = try .savedRegistrationSheet(directory: dataDirectory, rules: rules, language: common.language)
            }
            let receipt = try Printing.render(printed, to: target)
            Output.out(receipt.text(common.language) + "\n")
        } catch {
            throw Output.failure(error.text(common.language))
        }
    }

    /// `--to pdf FILE`, `--printer NAME`, or the default printer; anything else is a usage error naming the value.
    func target() throws -> PrintTarget {
        let ja = common.language == .ja
        let forms = ja ? "使える形: --to pdf ファイル / --printer プリンター名（どちらもなければ既定のプリンター）"
                       : "accepted forms: --to pdf FILE / --printer NAME (neither: the default printer)"
        if !to.isEmpty && printer != nil {
            throw Output.usage((ja ? "--to と --printer は一緒に使えません。" : "--to and --printer cannot be used together; ") + forms)
        }
        if let printer {
            guard !printer.isEmpty, !printer.hasPrefix("-") else {
                throw Output.usage("--printer \"\(printer)\": " + (ja ? "プリンター名がありません。" : "no printer name. ") + forms)
            }
            return .printer(name: printer)
        }
        if to.isEmpty { return .printer(name: nil) }
        guard to.count == 2, to[0] == "pdf", !to[1].isEmpty else {
            throw Output.usage("--to \"\(to.joined(separator: " "))\": " + (ja ? "書き出す形とファイルが読めません。" : "cannot read the format and file. ") + forms)
        }
        return .pdf(path: to[1])
    }
}
