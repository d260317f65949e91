import Eligibility
import Foundation
import GRDB

/// The anonymous reception tally: one row per finished check in an SQLite file (WAL mode), so that several
/// processes — two reception terminals, a report — can use it at once.
public final class Tally: Sendable {
    /// The database file.
    public let path: String
    let database: DatabaseQueue

    /// How long a write waits for another process's write to finish before giving up.
    static let busyTimeout: TimeInterval = 5

    private init(path: String, database: DatabaseQueue) {
        self.path = path
        self.database = database
    }

    /// `$XDG_DATA_HOME/uketsuke/tally.sqlite`, else `~/.local/share/uketsuke/tally.sqlite`.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        let variable = EnvironmentVariable.lookup(in: environment)
        if let xdg = variable("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg + "/uketsuke/tally.sqlite" }
        let home = variable("HOME") ?? NSHomeDirectory()
        return home + "/.local/share/uketsuke/tally.sqlite"
    }

    /// Opens the tally, creating its folder and file when missing, and brings its schema up to date.
    ///
    /// Every fault is a `TallyError`: nothing is created where the folder cannot be written, and an existing file
    /// that is not a sound tally is never deleted, truncated or written to.
    public static func open(path: String) throws(TallyError) -> Tally {
        let folder = folder(of: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw TallyError(kind: .folderNotWritable, path: folder, detail: "not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw TallyError(kind: .folderNotWritable, path: folder, detail: systemDetail(of: error))
            }
        }
        // SQLite would fail later and less clearly: WAL mode creates `-wal` and `-shm` files beside the database.
        guard access(folder, W_OK | X_OK) == 0 else {
            throw TallyError(kind: .folderNotWritable, path: folder, detail: String(cString: strerror(errno)))
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw TallyError(kind: .fileNotAccessible, path: path, detail: "a folder, not a file")
            }
            guard access(path, R_OK | W_OK) == 0 else {
                throw TallyError(kind: .fileNotAccessible, path: path, detail: String(cString: strerror(errno)))
            }
        }
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try checkSoundness(database)
            try migrate(database)
            return Tally(path: path, database: database)
        } catch {
            throw TallyError(error, path: path)
        }
    }

    /// Opens the tally only when its file exists; nil when nothing has been recorded yet. Used by reports, which
    /// must not leave an empty tally behind.
    public static func openExisting(path: String) throws(TallyError) -> Tally? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try open(path: path)
    }

    /// Records one check. When this returns the row is on disk, so the wizard records before it shows the result
    /// and a crash or power cut afterwards loses nothing that was shown.
    public func record(_ record: TallyRecord) throws(TallyError) {
        _ = try self.record(record, replacing: nil)
    }

    static func arguments(_ record: TallyRecord) -> [(any DatabaseValueConvertible)?] {
        var arguments: [(any DatabaseValueConvertible)?] = [
            record.recordedAt, record.japanDay.iso, record.visitDate.iso, record.online, record.reader?.rawValue,
        ]
        arguments += DocumentKind.allCases.map { record.held.contains($0) }
        arguments += [
            record.insurer?.rawValue, record.verdict.rawValue, record.used.map(\.id).joined(separator: ","),
            record.condition?.rawValue, record.path?.rawValue, record.offlineExtra,
        ]
        return arguments
    }

    /// The figures for the Japan days `from` through `to`, both included; an empty report when `from` is after `to`.
    public func report(from: CalendarDate, to: CalendarDate) throws(TallyError) -> TallyReport {
        do {
            let byDay = try database.read { db in
                var byDay: [CalendarDate: TallyCounts] = [:]
                let rows = try Row.fetchCursor(db, sql: TallyCounts.byJapanDaySQL, arguments: [from.iso, to.iso])
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

    static let insertSQL: String = {
        let columns = ["recordedAt", "japanDay", "visitDate", "online", "reader"]
            + DocumentKind.allCases.map(TallySchema.heldColumn)
            + ["insurer", "verdict", "used", "condition", "path", "offlineExtra"]
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO checks (\(columns.joined(separator: ", "))) VALUES (\(marks))"
    }()

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    static func systemDetail(of error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
