import Facility
import Eligibility
import Foundation
import GRDB
import Store
import Testing

/// Issue 11 (the tally's table takes anything; symbolic links followed; 0644 in 0755; report on a read-only disk),
/// issue 12 (one patient recorded several times) and issue 14 (the tally's own online state).
@Suite struct TallyHardeningTests {
    static let day = date("2026-11-24")
    static let at = Fixture.seconds(japan: "2026-11-24", 10)

    static func check(online: OnlineChecking = .yes, verdict: Verdict = .confirmed, held: DocumentSet = DocumentSet([.mynaCard]),
                      used: [DocumentKind] = [.mynaCard], path: DecisionPath? = .mynaRead) -> TallyRecord {
        TallyRecord(recordedAt: at, visitDate: day, online: online,
                    reader: online.readsCards && held.contains(.mynaCard) ? .known(.ok) : nil, held: held,
                    insurer: nil, verdict: verdict, used: used, condition: nil, path: path)
    }

    static func error(_ body: () throws(TallyError) -> Void) -> TallyError? {
        do throws(TallyError) {
            try body()
            return nil
        } catch {
            return error
        }
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    // MARK: Strict table

    /// A row as another program would write it, every column valid, one column changed at a time below.
    static let validRow: [String: any DatabaseValueConvertible & Sendable] = [
        "recordedAt": at, "japanDay": "2026-11-24", "visitDate": "2026-11-24", "online": "yes", "reader": "ok",
        "heldMynaCard": 1, "heldCertificate": 0, "heldLegacyCard": 1, "heldNotice": 0, "heldPortal": 0,
        "insurer": "kyokai", "verdict": "confirmed", "used": "myna-card", "condition": "oral-confirmation", "path": 1,
        "offlineExtra": 0,
    ]

    static func insert(_ db: Database, _ row: [String: (any DatabaseValueConvertible & Sendable)?]) throws {
        let columns = row.keys.sorted()
        let sql = "INSERT INTO checks (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        try db.execute(sql: sql, arguments: StatementArguments(columns.map { row[$0]! }))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let column: String
        let value: (any DatabaseValueConvertible & Sendable)?
        var testDescription: String { "\(column) = \(value.map { "\($0)" } ?? "NULL")" }
    }

    static let bad: [Bad] = [
        Bad(column: "recordedAt", value: "yesterday"),
        Bad(column: "recordedAt", value: Data([0x01, 0x02])),
        Bad(column: "recordedAt", value: 1.5),
        Bad(column: "recordedAt", value: -1),
        Bad(column: "japanDay", value: "2026-11-25"),   // not the Japan day of recordedAt
        Bad(column: "japanDay", value: Data("2026-11-24".utf8)),
        Bad(column: "visitDate", value: "2026-02-30"),
        Bad(column: "visitDate", value: "R8.11.24"),
        Bad(column: "visitDate", value: 20261124),
        Bad(column: "online", value: 1),
        Bad(column: "online", value: "maybe"),
        Bad(column: "online", value: nil),
        Bad(column: "reader", value: "yamada-taro"),
        Bad(column: "heldMynaCard", value: 2),
        Bad(column: "heldMynaCard", value: "1x"),
        Bad(column: "insurer", value: "06130488"),
        Bad(column: "verdict", value: "ok"),
        Bad(column: "used", value: "yamada-taro"),
        Bad(column: "used", value: "myna-card,myna-card"),
        Bad(column: "used", value: "notice"),            // not held
        Bad(column: "used", value: "myna-card,"),
        Bad(column: "condition", value: "phoned the insurer"),
        Bad(column: "path", value: 3.5),
        Bad(column: "path", value: 10),
        Bad(column: "path", value: "1"+"a"),
        Bad(column: "offlineExtra", value: 0.5),
    ]

    @Test(arguments: bad)
    func theTableRefuses(_ bad: Bad) throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        _ = try Tally.open(path: path)
        let db = try DatabaseQueue(path: path)
        try db.write { db in try Self.insert(db, Self.validRow) }   // the control: the valid row goes in
        var row: [String: (any DatabaseValueConvertible & Sendable)?] = Self.validRow
        row[bad.column] = .some(bad.value)
        #expect(throws: DatabaseError.self) { try db.write { db in try Self.insert(db, row) } }
        #expect(try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checks") } == 1)
    }

    @Test func theTableIsStrictAndTakesUnknownAnswers() throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        _ = try Tally.open(path: path)
        let db = try DatabaseQueue(path: path)
        let sql = try db.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'checks'") }
        #expect(sql?.hasSuffix("STRICT") == true)
        var row: [String: (any DatabaseValueConvertible & Sendable)?] = Self.validRow
        row["reader"] = "unknown"
        row["insurer"] = "unknown"
        row["online"] = "app"
        row["used"] = "legacy-card,myna-card"
        try db.write { db in try Self.insert(db, row) }
    }

    /// The first schema, exactly as migration "1 checks" made it, with rows the app wrote and rows another program did.
    static func makeFirstSchemaTally(_ path: String) throws {
        let db = try DatabaseQueue(path: path)
        try db.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('1 checks');
                CREATE TABLE checks (
                    id INTEGER PRIMARY KEY,
                    recordedAt INTEGER NOT NULL,
                    japanDay TEXT NOT NULL CHECK (japanDay GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    visitDate TEXT NOT NULL CHECK (visitDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    online INTEGER NOT NULL CHECK (online IN (0, 1)),
                    reader TEXT CHECK (reader IN ('ok', 'failed', 'no-record')),
                    heldMynaCard INTEGER NOT NULL CHECK (heldMynaCard IN (0, 1)),
                    heldCertificate INTEGER NOT NULL CHECK (heldCertificate IN (0, 1)),
                    heldLegacyCard INTEGER NOT NULL CHECK (heldLegacyCard IN (0, 1)),
                    heldNotice INTEGER NOT NULL CHECK (heldNotice IN (0, 1)),
                    heldPortal INTEGER NOT NULL CHECK (heldPortal IN (0, 1)),
                    insurer TEXT CHECK (insurer IN
                        ('kyokai', 'senpo', 'kumiai', 'kyosai', 'kokuho', 'kokuho-kumiai', 'kouki', 'other')),
                    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'conditional', 'not-confirmed')),
                    used TEXT NOT NULL CHECK (used NOT GLOB '*[^a-z,-]*'),
                    condition TEXT CHECK (condition IN
                        ('oral-confirmation', 'declaration-form', 'online-query', 'insurer-query')),
                    path INTEGER CHECK (path BETWEEN 1 AND 9),
                    offlineExtra INTEGER NOT NULL CHECK (offlineExtra IN (0, 1))
                );
                CREATE INDEX checks_by_japanDay ON checks (japanDay);
                """)
            let columns = "recordedAt, japanDay, visitDate, online, reader, heldMynaCard, heldCertificate, heldLegacyCard, "
                + "heldNotice, heldPortal, insurer, verdict, used, condition, path, offlineExtra"
            let rows: [[(any DatabaseValueConvertible)?]] = [
                [at, "2026-11-24", "2026-11-24", 1, "ok", 1, 0, 0, 0, 0, nil, "confirmed", "myna-card", nil, 1, 0],
                [at, "2026-11-24", "2026-11-24", 0, nil, 1, 0, 0, 1, 0, nil, "confirmed", "myna-card,notice", nil, 5, 1],
                [at, "2026-11-24", "2026-11-24", 0, nil, 1, 0, 0, 0, 0, nil, "not-confirmed", "", nil, nil, 1],
                [at + 86400, "2026-11-25", "2026-11-25", 0, nil, 0, 1, 1, 0, 0, "kouki", "confirmed", "certificate", nil, 2, 0],
                // What the first table took from other programs: a name in `used`, text and a BLOB in `recordedAt`.
                [at, "2026-11-24", "2026-11-24", 0, nil, 0, 0, 0, 0, 0, nil, "confirmed", "yamada-taro", nil, 2, 0],
                ["yesterday", "2026-11-24", "2026-11-24", 1, nil, 0, 0, 0, 0, 0, nil, "not-confirmed", "", nil, nil, 0],
                [Data([1, 2, 3]), "2026-11-24", "2026-11-24", 1, nil, 0, 0, 0, 0, 0, nil, "not-confirmed", "", nil, nil, 0],
                [at, "2026-11-24", "2026-11-24", 1, nil, 0, 0, 0, 0, 0, nil, "confirmed", "", nil, 3.5, 0],
            ]
            for r in rows {
                try db.execute(sql: "INSERT INTO checks (\(columns)) VALUES (\(r.map { _ in "?" }.joined(separator: ", ")))",
                               arguments: StatementArguments(r))
            }
        }
    }

    @Test func theFirstSchemaIsReportedReadOnlyAsItIsAndMigratesWithItsCounts() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "tally.sqlite").path
        try Self.makeFirstSchemaTally(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // Read-only: the first table as it is, the garbage rows counted where they fall (nothing is filtered).
        let reading = try #require(try Tally.openForReading(path: path))
        let old = try reading.report(from: Self.day, to: date("2026-11-25"))
        #expect(old.counts.count(online: .yes) == 4)
        #expect(old.counts.count(online: .no) == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        do {
            let tally = try Tally.open(path: path)
            let report = try tally.report(from: Self.day, to: date("2026-11-25"))
            #expect(report.total == 4)
            #expect(report.days.map(\.counts.total) == [3, 1])
            #expect(report.counts.count(online: .yes) == 1)
            #expect(report.counts.count(online: .no) == 3)
            #expect(report.counts.count(online: .app) == 0)
            #expect(report.counts.offline == 3)
            #expect(report.counts.offlineExtra == 2)
            #expect(report.counts.count(path: .mynaWithNotice) == 1)
            #expect(report.counts.count(holding: .legacyCard) == 1)
            #expect(report.counts.count(.notConfirmed) == 1)
            // Recording goes on in the new table, under new ids.
            try tally.record(Self.check(online: .app))
            #expect(try tally.report(from: Self.day, to: Self.day).counts.count(online: .app) == 1)
        }
        let rows = try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT id, online FROM checks ORDER BY id") }
        #expect(rows.map { $0["online"] as String } == ["yes", "no", "no", "no", "app"])
        #expect(rows.map { $0["id"] as Int64 }.prefix(4) == [1, 2, 3, 4])
        // The name another program wrote is gone from every file, not only from the table.
        for file in filesUnder(folder) { #expect(file.bytes.range(of: Data("yamada-taro".utf8)) == nil, "\(file.path)") }
    }

    // MARK: One record per patient

    @Test func aPatientWhoseAnswersChangeIsRecordedOnce() throws {
        let tally = try Tally.open(path: Fixture.folder().appending(path: "tally.sqlite").path)
        let first = try tally.record(Self.check(), replacing: nil)
        let second = try tally.record(Self.check(online: .no, verdict: .notConfirmed, used: [], path: nil), replacing: first)
        let third = try tally.record(Self.check(online: .app), replacing: second)
        #expect(first == second)
        #expect(second == third)
        let report = try tally.report(from: Self.day, to: Self.day)
        #expect(report.total == 1)
        #expect(report.counts.count(online: .app) == 1)
        #expect(report.counts.count(online: .yes) == 0)
        #expect(report.counts.count(.notConfirmed) == 0)
        // The next patient is a row of their own.
        let next = try tally.record(Self.check())
        #expect(next != third)
        #expect(try tally.report(from: Self.day, to: Self.day).total == 2)
    }

    @Test func replacingARowThatIsGoneRecordsANewOne() throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        let tally = try Tally.open(path: path)
        let id = try tally.record(Self.check())
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DELETE FROM checks") }
        let again = try tally.record(Self.check(online: .no, verdict: .notConfirmed, used: [], path: nil), replacing: id)
        let report = try tally.report(from: Self.day, to: Self.day)
        #expect(report.total == 1)
        #expect(report.counts.count(online: .no) == 1)
        #expect(again > 0)
    }

    // MARK: Files

    @Test func aDanglingLinkIsRefusedAndItsTargetNotCreated() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "tally.sqlite").path
        let target = folder.appending(path: "elsewhere.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        let error = try #require(Self.error { () throws(TallyError) in _ = try Tally.open(path: path) })
        #expect(error.kind == .symbolicLink)
        #expect(error.path == path)
        #expect(error.text(.ja).contains("シンボリックリンク"))
        #expect(error.text(.en).contains("symbolic link"))
        #expect(FileManager.default.fileExists(atPath: target) == false)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target)
        #expect(names(in: folder) == ["tally.sqlite"])
        #expect(Self.error { () throws(TallyError) in _ = try Tally.openForReading(path: path) }?.kind == .symbolicLink)
    }

    @Test func aLinkToAnotherDatabaseIsRefusedAndThatDatabaseLeftAlone() throws {
        let folder = Fixture.folder()
        let other = folder.appending(path: "other.sqlite").path
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE patients (name TEXT)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: other))
        let path = folder.appending(path: "tally.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: other)
        #expect(Self.error { () throws(TallyError) in _ = try Tally.open(path: path) }?.kind == .symbolicLink)
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == bytes)
        #expect(names(in: folder) == ["other.sqlite", "tally.sqlite"])
    }

    @Test func aLinkInPlaceOfTheFolderIsRefused() throws {
        let folder = Fixture.folder()
        let real = folder.appending(path: "real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
        let link = folder.appending(path: "uketsuke").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        let error = try #require(Self.error { () throws(TallyError) in _ = try Tally.open(path: link + "/tally.sqlite") })
        #expect(error.kind == .symbolicLink)
        #expect(error.path == link)
        #expect(names(in: real).isEmpty)
    }

    @Test func aLinkInPlaceOfTheWALFileIsRefused() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "tally.sqlite").path
        let target = folder.appending(path: "target").path
        try FileManager.default.createSymbolicLink(atPath: path + "-wal", withDestinationPath: target)
        #expect(Self.error { () throws(TallyError) in _ = try Tally.open(path: path) }?.kind == .symbolicLink)
        #expect(FileManager.default.fileExists(atPath: target) == false)
        #expect(FileManager.default.fileExists(atPath: path) == false)
    }

    @Test func theTallyIsCreated0600InFolders0700() throws {
        let folder = Fixture.folder()
        let data = folder.appending(path: "data").path
        let path = data + "/uketsuke/tally.sqlite"
        let tally = try Tally.open(path: path)
        try tally.record(Self.check())
        #expect(Self.mode(data) == 0o700)
        #expect(Self.mode(data + "/uketsuke") == 0o700)
        #expect(Self.mode(path) == 0o600)
        #expect(Self.mode(path + "-wal") == 0o600)
        #expect(Self.mode(path + "-shm") == 0o600)
        // A folder that already exists keeps its mode: it may be shared on purpose.
        let shared = Fixture.folder()
        try FileManager.default.setAttributes([.posixPermissions: 0o775], ofItemAtPath: shared.path)
        _ = try Tally.open(path: shared.appending(path: "tally.sqlite").path)
        #expect(Self.mode(shared.path) == 0o775)
        #expect(Self.mode(shared.appending(path: "tally.sqlite").path) == 0o600)
    }

    // MARK: Reading only

    /// A closed tally copied to a read-only folder, as a backup disk would hold it.
    static func readOnlyCopy() throws -> (path: String, folder: URL, expected: TallyReport) {
        let source = Fixture.folder().appending(path: "tally.sqlite").path
        let expected: TallyReport
        do {
            let tally = try Tally.open(path: source)
            for online in OnlineChecking.allCases { try tally.record(Self.check(online: online)) }
            try tally.record(Self.check(online: .no, verdict: .notConfirmed, used: [], path: nil))
            expected = try tally.report(from: Self.day, to: Self.day)
        }
        let folder = Fixture.folder().appending(path: "backup")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let path = folder.appending(path: "tally.sqlite").path
        try FileManager.default.copyItem(atPath: source, toPath: path)
        chmod(path, 0o444)
        chmod(folder.path, 0o555)
        return (path, folder, expected)
    }

    @Test func aReadOnlyCopyIsReportedAndNothingIsWritten() throws {
        let (path, folder, expected) = try Self.readOnlyCopy()
        defer { chmod(folder.path, 0o755) }
        #expect(names(in: folder) == ["tally.sqlite"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let tally = try #require(try Tally.openForReading(path: path))
            let report = try tally.report(from: Self.day, to: Self.day)
            #expect(report == expected)
            #expect(report.counts.count(online: .app) == 1)
            #expect(!names(in: folder).contains("tally.sqlite-wal"))
            // A report's tally records nothing.
            #expect(Self.error { () throws(TallyError) in try tally.record(Self.check()) } != nil)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!names(in: folder).contains("tally.sqlite-wal"))
        #expect(try Tally.openForReading(path: folder.appending(path: "none.sqlite").path) == nil)
        #expect(!names(in: folder).contains("none.sqlite"))
    }

    /// While the wizard has the tally open (its `-wal` beside it), a report sees every committed check.
    @Test func aTallyInUseIsReportedWithWhatIsInItsWAL() throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        let writer = try Tally.open(path: path)
        try writer.record(Self.check())
        let reader = try #require(try Tally.openForReading(path: path))
        #expect(try reader.report(from: Self.day, to: Self.day).total == 1)
        try writer.record(Self.check(online: .app))
        #expect(try reader.report(from: Self.day, to: Self.day).total == 2)
    }

    /// As a user who may read but not write there (root may write anywhere, so the tests run it as nobody): no
    /// `-shm` can be made beside the database, as on a read-only disk.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aTallyThisUserMayOnlyReadIsReported() throws {
        let (path, folder, expected) = try Self.readOnlyCopy()
        defer { chmod(folder.path, 0o755) }
        chmod(folder.deletingLastPathComponent().path, 0o755)
        let out = Pipe()
        let errors = Pipe()
        let reader = try TallyWriter.read(path: path, day: "2026-11-24", stdout: out, stderr: errors, asNobody: geteuid() == 0)
        reader.waitUntilExit()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(reader.terminationStatus == 0, "\(message)")
        #expect(said == "total \(expected.total)\n")
        #expect(names(in: folder) == ["tally.sqlite"])
    }
}
