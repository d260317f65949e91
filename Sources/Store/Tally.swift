import Facility
import Eligibility
import Foundation
import GRDB

/// The anonymous reception tally: one row per patient's check in an SQLite file (WAL mode), so that several
/// processes — two reception terminals, a report — can use it at once.
public final class Tally: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue
    /// Where reports read rows from: the table, or a view of an older schema's table read without migrating it;
    /// nil when the file has no table yet.
    private let source: String?

    /// How long a write waits for another process's write to finish before giving up.
    static let busyTimeout: TimeInterval = 5

    private init(path: String, database: DatabaseQueue, source: String?) {
        self.path = path
        self.database = database
        self.source = source
    }

    /// `$XDG_DATA_HOME/uketsuke/tally.sqlite`, else `~/.local/share/uketsuke/tally.sqlite`.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        EnvironmentVariable.baseDirectoryPath("uketsuke/tally.sqlite", in: "XDG_DATA_HOME", else: ".local/share",
                                              environment: environment)
    }

    /// Opens the tally for recording, creating its folder (0700) and file (0600) when missing, and brings its schema
    /// up to date.
    ///
    /// Every fault is a `TallyError`: nothing is created where the folder cannot be written, a symbolic link at the
    /// file's or the folder's place is refused and left alone, and an existing file that is not a sound tally is
    /// never deleted, truncated or written to.
    public static func open(path: String) throws(TallyError) -> Tally {
        let folder = folder(of: path)
        try refuseLinks(path: path)
        if let kind = FileKind.of(folder) {
            guard kind == .folder else { throw TallyError(kind: .folderNotWritable, path: folder, detail: "not a folder") }
        } else {
            try createFolders(folder)
        }
        // SQLite would fail later and less clearly: WAL mode creates `-wal` and `-shm` files beside the database.
        guard access(folder, W_OK | X_OK) == 0 else {
            throw TallyError(kind: .folderNotWritable, path: folder, detail: String(cString: strerror(errno)))
        }
        switch FileKind.of(path) {
        case .folder?: throw TallyError(kind: .fileNotAccessible, path: path, detail: "a folder, not a file")
        case .other?: throw TallyError(kind: .fileNotAccessible, path: path, detail: "not a regular file")
        case .link?: throw TallyError(kind: .symbolicLink, path: path, detail: "a symbolic link")
        case .file?:
            guard access(path, R_OK | W_OK) == 0 else {
                throw TallyError(kind: .fileNotAccessible, path: path, detail: String(cString: strerror(errno)))
            }
        case nil:
            try createFile(path)
        }
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try checkSoundness(database)
            try migrate(database)
            return Tally(path: path, database: database, source: "checks")
        } catch {
            throw TallyError(error, path: path)
        }
    }

    /// Opens the tally only when its file exists; nil when nothing has been recorded yet. Used by reports, which
    /// must not leave an empty tally behind.
    public static func openExisting(path: String) throws(TallyError) -> Tally? {
        guard FileKind.of(path) != nil else { return nil }
        return try open(path: path)
    }

    /// Opens an existing tally read-only, for `report` and menu 3; nil when there is no file yet. Nothing is created
    /// or written: no WAL switch, no migration (a tally of an older schema is reported as it is), so a tally on a
    /// read-only disk, or one this user may only read, can be reported.
    public static func openForReading(path: String) throws(TallyError) -> Tally? {
        try refuseLinks(path: path)
        switch FileKind.of(path) {
        case nil: return nil
        case .folder?: throw TallyError(kind: .fileNotAccessible, path: path, detail: "a folder, not a file")
        case .other?: throw TallyError(kind: .fileNotAccessible, path: path, detail: "not a regular file")
        case .link?: throw TallyError(kind: .symbolicLink, path: path, detail: "a symbolic link")
        case .file?: break
        }
        guard access(path, R_OK) == 0 else {
            throw TallyError(kind: .fileNotAccessible, path: path, detail: String(cString: strerror(errno)))
        }
        do {
            // With no `-wal` beside it no connection has the tally open (a writer keeps its `-wal` until it closes)
            // and every commit is in the file itself: it is read as immutable, which creates no `-wal` or `-shm`
            // (a read-only disk could not hold them). Otherwise the live `-wal` is read as any reader would.
            let name = FileKind.of(path + "-wal") == nil ? immutableURI(path) : path
            let database = try DatabaseQueue(path: name, configuration: readingConfiguration)
            try checkSoundness(database)
            let source = try database.read { db in try reportSource(db) }
            return Tally(path: path, database: database, source: source)
        } catch {
            throw TallyError(error, path: path)
        }
    }

    /// Records one check. When this returns the row is on disk, so the wizard records before it shows the result
    /// and a crash or power cut afterwards loses nothing that was shown. Returns the row's id.
    @discardableResult
    public func record(_ record: TallyRecord) throws(TallyError) -> Int64 {
        try self.record(record, replacing: nil)
    }

    /// Records one patient's check: a new row, or, when `id` is the row this patient already has (the answers
    /// changed after the result showed), that row replaced under the same id, so a patient is counted once.
    /// A row that is gone is recorded anew. Returns the row's id, to pass back when the same patient's answers
    /// change again.
    public func record(_ record: TallyRecord, replacing id: Int64?) throws(TallyError) -> Int64 {
        let values = StatementArguments(Self.values(of: record))
        do {
            return try database.write { db in
                if let id {
                    try db.execute(sql: Self.updateSQL, arguments: values + [id])
                    if db.changesCount > 0 { return id }
                }
                try db.execute(sql: Self.insertSQL, arguments: values)
                return db.lastInsertedRowID
            }
        } catch {
            throw TallyError(error, path: path)
        }
    }

    /// The figures for the Japan days `from` through `to`, both included; an empty report when `from` is after `to`.
    public func report(from: CalendarDate, to: CalendarDate) throws(TallyError) -> TallyReport {
        guard let source else { return TallyReport(from: from, to: to) }
        do {
            let byDay = try database.read { db in
                var byDay: [CalendarDate: TallyCounts] = [:]
                let rows = try Row.fetchCursor(db, sql: TallyCounts.byJapanDaySQL(source), arguments: [from.iso, to.iso])
                while let row = try rows.next() {
                    let day: String = row[0]
                    guard let date = CalendarDate(iso: day) else { continue }
                    byDay[date] = TallyCounts(row: row, from: 1)
                }
                return byDay
            }
            return TallyReport(from: from, to: to, byDay: byDay)
        } catch {
            throw TallyError(error, path: path)
        }
    }

    // MARK: - Files

    enum FileKind: Equatable {
        case file, folder, link, other

        /// What is at `path`, without following a symbolic link; nil when nothing is.
        static func of(_ path: String) -> FileKind? {
            var st = stat()
            guard lstat(path, &st) == 0 else { return nil }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        }
    }

    /// A link at the folder's place (its last component), at the file's, or at one of SQLite's files beside it
    /// would send the tally's writes elsewhere.
    static func refuseLinks(path: String) throws(TallyError) {
        for p in [folder(of: path), path, path + "-wal", path + "-shm", path + "-journal"] where FileKind.of(p) == .link {
            throw TallyError(kind: .symbolicLink, path: p, detail: "a symbolic link")
        }
    }

    /// Creates the missing folders of `folder`, each 0700: the tally is nobody else's business.
    static func createFolders(_ folder: String) throws(TallyError) {
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, FileKind.of(parent) == nil { try createFolders(parent) }
        if mkdir(folder, 0o700) == 0 {
            chmod(folder, 0o700)  // whatever the umask
        } else if errno != EEXIST {
            throw TallyError(kind: .folderNotWritable, path: folder, detail: String(cString: strerror(errno)))
        }
        guard FileKind.of(folder) == .folder else {
            throw TallyError(kind: .folderNotWritable, path: folder, detail: "not a folder")
        }
    }

    /// Creates the empty database file 0600, refusing to follow a link (a dangling one would create its target).
    /// SQLite gives the `-wal` and `-shm` files the database's mode.
    static func createFile(_ path: String) throws(TallyError) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            let e = errno
            // Another process created it first: it is checked like any existing file.
            if e == EEXIST, FileKind.of(path) == .file { return }
            if e == EEXIST, FileKind.of(path) == .link {
                throw TallyError(kind: .symbolicLink, path: path, detail: "a symbolic link")
            }
            throw TallyError(kind: .folderNotWritable, path: folder(of: path), detail: String(cString: strerror(e)))
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    /// An SQLite URI naming `path` as immutable (read-only medium).
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    // MARK: - SQLite

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try switchToWAL(db)
            // FULL, not WAL's usual NORMAL: a commit must survive a power cut, not only a crash.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Read-only: SQLITE_OPEN_READONLY, and no journal mode switch.
    static var readingConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// WAL lets writers from several processes take turns while readers never block them. Switching a new file to
    /// WAL needs an exclusive lock that SQLite's busy timeout does not wait for, so a second process that opens the
    /// same new file at the same moment waits here instead.
    static func switchToWAL(_ db: Database) throws {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw DatabaseError(message: "could not switch the journal to WAL")
                }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(10_000)
            }
        }
    }

    /// Finds damage before anything is written, so a damaged file is left exactly as it was found.
    static func checkSoundness(_ database: DatabaseQueue) throws {
        let verdict = try database.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check(1)") }
        guard verdict == "ok" else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check: \(verdict ?? "no answer")")
        }
    }

    /// Two processes may open a new file at once; the one that loses the race to a migration finds it applied when
    /// it tries again.
    static func migrate(_ database: DatabaseQueue) throws {
        var attempt = 1
        while true {
            do {
                try TallySchema.migrator.migrate(database)
                return
            } catch where attempt < 3 {
                attempt += 1
            }
        }
    }

    /// What a read-only report reads: the current table, the first schema's table seen through the current
    /// columns, or nothing when no table was ever made.
    static func reportSource(_ db: Database) throws -> String? {
        let applied = try TallySchema.migrator.appliedIdentifiers(db)
        if applied.contains(TallySchema.current) { return "checks" }
        guard applied.contains("1 checks") else { return nil }
        let held = DocumentKind.allCases.map(TallySchema.heldColumn).joined(separator: ", ")
        return """
            (SELECT japanDay, verdict, \(held), path, offlineExtra, NULL AS reader, NULL AS insurer,
                    CASE online WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END AS online
             FROM checks)
            """
    }

    static let columns = ["recordedAt", "japanDay", "visitDate", "online", "reader"]
        + DocumentKind.allCases.map(TallySchema.heldColumn)
        + ["insurer", "verdict", "used", "condition", "path", "offlineExtra"]

    static func values(of record: TallyRecord) -> [(any DatabaseValueConvertible)?] {
        var values: [(any DatabaseValueConvertible)?] = [
            record.recordedAt, record.japanDay.iso, record.visitDate.iso, record.online.id, record.reader?.id,
        ]
        values += DocumentKind.allCases.map { record.held.contains($0) }
        values += [
            record.insurer?.id, record.verdict.rawValue, record.used.map(\.id).joined(separator: ","),
            record.condition?.rawValue, record.path?.rawValue, record.offlineExtra,
        ]
        return values
    }

    static let insertSQL: String = {
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO checks (\(columns.joined(separator: ", "))) VALUES (\(marks))"
    }()

    static let updateSQL = "UPDATE checks SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
