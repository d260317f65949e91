import Adoption
import Eligibility

/// Why nothing was printed, in words staff can act on. Nothing is left half-written when one is thrown.
public enum PrintError: Error, Hashable, Sendable {
    /// Programs the printing needs are not on PATH.
    case toolsMissing([ExternalTool])
    /// A program ran and failed: its exit status and the last of what it said.
    case toolFailed(ExternalTool, status: Int32, detail: String)
    /// The Japanese font is not installed: another font would stand in, perhaps with boxes for Japanese.
    case fontMissing(family: String)
    /// Even at the smallest size allowed the text needs more than one page.
    case doesNotFit(lines: Int)
    /// The PDF could not be written where it was asked for.
    case cannotWrite(TextFileError)
    /// `lp` refused the job: no such queue, no default destination, CUPS not running …
    case printerRejected(printer: String?, detail: String)
    /// No registration worksheet was saved in that folder yet.
    case noSavedSheet(directory: String)
    /// The saved worksheet is there but cannot be read.
    case sheetUnreadable(path: String)

    public func text(_ language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .toolsMissing(let tools):
            let names = tools.map(\.name).joined(separator: ja ? "、" : ", ")
            let packages = tools.map(\.package).joined(separator: " ")
            return ja ? "印刷に必要なプログラム \(names) が見つかりません（PATH にありません）。"
                + "Debian では apt install \(packages) で入ります。何も書き出していません"
                : "printing needs \(names), which is not on PATH; on Debian: apt install \(packages). Nothing was written"
        case .toolFailed(let tool, let status, let detail):
            let said = Self.lastLines(detail)
            return ja ? "\(tool.name) が失敗しました（終了コード \(status)）\(said.isEmpty ? "" : ": " + said)。何も書き出していません"
                : "\(tool.name) failed (exit status \(status))\(said.isEmpty ? "" : ": " + said). Nothing was written"
        case .fontMissing(let family):
            return ja ? "日本語のフォント「\(family)」がありません。apt install fonts-noto-cjk で入ります。何も書き出していません"
                : "the Japanese font \"\(family)\" is not installed; apt install fonts-noto-cjk. Nothing was written"
        case .doesNotFit(let lines):
            return ja ? "\(lines)行がA4の1ページに収まりません。何も書き出していません"
                : "\(lines) lines do not fit on one A4 page. Nothing was written"
        case .cannotWrite(let error):
            return error.text(language)
        case .printerRejected(let printer, let detail):
            let said = Self.lastLines(detail)
            let queue = printer.map { ja ? "プリンター「\($0)」" : "the printer \"\($0)\"" } ?? (ja ? "既定のプリンター" : "the default printer")
            return ja ? "\(queue)に送れませんでした\(said.isEmpty ? "" : "（lp: \(said)）")。"
                + "プリンターの名前は lpstat -p、既定のプリンターは lpstat -d で確かめられます。"
                + "使える形: --printer 名前 / --to pdf ファイル"
                : "could not send to \(queue)\(said.isEmpty ? "" : " (lp: \(said))"); lpstat -p lists the printers, "
                + "lpstat -d shows the default. Accepted forms: --printer NAME / --to pdf FILE"
        case .noSavedSheet(let directory):
            return ja ? "保存されたポータル登録の準備シートがありません（\(directory)）。"
                + "ウィザードの「4 導入準備・お問い合わせ」→「2 ポータル登録の準備」で入力して保存してください"
                : "no saved portal registration worksheet in \(directory); fill one in and save it in the wizard: "
                + "menu 4 (adoption and contacts) → 2 (portal registration)"
        case .sheetUnreadable(let path):
            return ja ? "保存されたシートを読めません: \(path)（読み取りが許可されていません）"
                : "cannot read the saved worksheet \(path) (permission denied)"
        }
    }

    /// What a tool said, in one line: its last three non-empty lines.
    static func lastLines(_ text: String) -> String {
        text.split(separator: "\n").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }.suffix(3)
            .joined(separator: " / ")
    }
}
