import Eligibility
import Foundation
import GRDB

/// Why the tally cannot be opened, written or read. Whatever the fault, the file named is left exactly as it was.
public struct TallyError: Error, Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// The folder cannot be created, or files cannot be created in it (SQLite needs `-wal` and `-shm` next to
        /// the database).
        case folderNotWritable = "folder-not-writable"
        /// The file exists but this user may not read or write it, or it is not a regular file.
        case fileNotAccessible = "file-not-accessible"
        /// The file, its folder, or a `-wal`/`-shm`/`-journal` file beside it is a symbolic link: it is not followed
        /// (a link could point the tally's writes at another file), and the link is left as it is.
        case symbolicLink = "symbolic-link"
        /// Not an SQLite database, or a damaged one.
        case damaged
        /// Another process kept the database locked for longer than the busy timeout.
        case busy
        /// The disk is full or failing, or SQLite failed for another reason (`detail` says which).
        case storage
    }

    public let kind: Kind
    /// The file or folder the fault is about.
    public let path: String
    /// What the system or SQLite said, in English, for the technician.
    public let detail: String

    public init(kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    /// A sentence for staff, naming the file or folder and what to check.
    public func text(_ language: Language) -> String {
        let ja = language == .ja
        switch kind {
        case .folderNotWritable:
            return ja ? "集計のフォルダ \(path) に書き込めません（権限か空き容量を確認してください: \(detail)）"
                : "cannot write in the tally folder \(path) (check its permissions and free space: \(detail))"
        case .fileNotAccessible:
            return ja ? "集計ファイル \(path) を読み書きできません（権限を確認してください: \(detail)）"
                : "cannot read and write the tally file \(path) (check its permissions: \(detail))"
        case .symbolicLink:
            return ja ? "集計の場所 \(path) はシンボリックリンクなので使いません。リンクはそのまま残してあります（設定の tally か --tally で実際のファイルを指定してください）"
                : "the tally's location \(path) is a symbolic link, so it is not used; the link has been left as it is (name the real file with the config key tally or --tally)"
        case .damaged:
            return ja ? "集計ファイル \(path) は壊れているか、集計のデータベースではありません。ファイルはそのまま残してあります（\(detail)）"
                : "the tally file \(path) is damaged or not a tally database; it has been left as it is (\(detail))"
        case .busy:
            return ja ? "集計ファイル \(path) がほかのプログラムに使われたままです（\(detail)）"
                : "the tally file \(path) is kept locked by another program (\(detail))"
        case .storage:
            return ja ? "集計ファイル \(path) に書き込めません（ディスクの空き容量と状態を確認してください: \(detail)）"
                : "cannot write the tally file \(path) (check the disk's free space and health: \(detail))"
        }
    }
}

extension TallyError {
    /// Sorts an SQLite or file system failure into the kinds staff can act on.
    init(_ error: any Error, path: String) {
        if let e = error as? TallyError {
            self = e
            return
        }
        guard let db = error as? DatabaseError else {
            self.init(kind: .storage, path: path, detail: "\(error)")
            return
        }
        let detail = db.message ?? "SQLite error \(db.extendedResultCode.rawValue)"
        let folder = (path as NSString).deletingLastPathComponent
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self.init(kind: .damaged, path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(kind: .busy, path: path, detail: detail)
        case .SQLITE_CANTOPEN:
            self.init(kind: .folderNotWritable, path: folder, detail: detail)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            self.init(kind: .fileNotAccessible, path: path, detail: detail)
        default:
            self.init(kind: .storage, path: path, detail: detail)
        }
    }
}
