import Eligibility
import Glibc

/// A file could not be saved: where, and why in words staff can act on.
public struct TextFileError: Error, Hashable, Sendable {
    public let path: String
    /// The errno value.
    public let code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public func text(_ language: Language) -> String {
        let reason: LocalizedText = switch code {
        case EACCES, EPERM: LocalizedText(ja: "書き込む権限がありません", en: "no permission to write there")
        case ENOSPC, EDQUOT: LocalizedText(ja: "ディスクの空きがありません", en: "the disk is full")
        case EROFS: LocalizedText(ja: "読み取り専用の場所です", en: "the place is read-only")
        case ENOTDIR: LocalizedText(ja: "フォルダーの場所に同じ名前のファイルがあります", en: "a file is where a folder should be")
        case ENOENT: LocalizedText(ja: "そのフォルダーがありません", en: "no such folder")
        case EISDIR: LocalizedText(ja: "フォルダーです（ファイル名を指定してください）", en: "it is a folder, not a file")
        case EEXIST: LocalizedText(ja: "同じ日付のファイルが多すぎます", en: "too many files of that date")
        default: LocalizedText(ja: "エラー番号\(code)", en: "error \(code)")
        }
        return language == .ja ? "保存できませんでした: \(path)（\(reason.ja)）" : "Could not save \(path): \(reason.en)"
    }
}
