import Eligibility
import GRDB

/// The tally's tables. Every column holds a number, a date or one of a fixed list of ids, enforced by CHECK
/// constraints, so no name, typed number or free text can be stored even by mistake.
///
/// A migration, once released, never changes: a new column or table is a new named migration appended below.
enum TallySchema {
    /// The last migration: a tally that has it needs no migrating.
    static let current = "2 strict checks"

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 checks") { db in
            try db.execute(sql: """
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
        }
        // STRICT (SQLite 3.37): a column takes only its own type, so text or a BLOB in `recordedAt` or 3.5 in `path`
        // is refused, not stored. The facility's own online state (yes / app / no); `reader` and `insurer` may be
        // 'unknown' (a question not asked because no answer could change the decision); `used` only lists of known
        // document ids, each a document the patient held; the Japan day the one `recordedAt` falls on.
        // Old rows are copied one by one; a row that the old table took but this one refuses (something written
        // by another program) is left out, so that no name or free text survives the migration.
        migrator.registerMigration("2 strict checks") { db in
            guard let version = try String.fetchOne(db, sql: "SELECT sqlite_version()"),
                  version.split(separator: ".").compactMap({ Int($0) }).lexicographicallyPrecedes([3, 37]) == false
            else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "SQLite 3.37 or later is needed for STRICT tables")
            }
            let documents = ["myna-card", "certificate", "legacy-card", "notice", "portal"]
            let lists = orderedLists(of: documents).map { "'\($0.joined(separator: ","))'" }.joined(separator: ", ")
            let heldColumns = ["heldMynaCard", "heldCertificate", "heldLegacyCard", "heldNotice", "heldPortal"]
            let usedHeld = zip(documents, heldColumns).map { id, column in
                "(instr(',' || used || ',', ',\(id),') = 0 OR \(column) = 1)"
            }.joined(separator: " AND ")
            func isDate(_ column: String) -> String {
                "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(\(column), '+0 days') IS \(column)"
            }
            let flags = heldColumns.map { "\($0) INTEGER NOT NULL CHECK (\($0) IN (0, 1))," }.joined(separator: "\n")
            try db.execute(sql: """
                CREATE TABLE checks_strict (
                    id INTEGER PRIMARY KEY,
                    recordedAt INTEGER NOT NULL CHECK (recordedAt BETWEEN 0 AND 7258118400),
                    japanDay TEXT NOT NULL CHECK (\(isDate("japanDay"))
                        AND japanDay = date(recordedAt + 32400, 'unixepoch')),
                    visitDate TEXT NOT NULL CHECK (\(isDate("visitDate"))),
                    online TEXT NOT NULL CHECK (online IN ('yes', 'app', 'no')),
                    reader TEXT CHECK (reader IN ('ok', 'failed', 'no-record', 'unknown')),
                    \(flags)
                    insurer TEXT CHECK (insurer IN
                        ('kyokai', 'senpo', 'kumiai', 'kyosai', 'kokuho', 'kokuho-kumiai', 'kouki', 'other', 'unknown')),
                    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'conditional', 'not-confirmed')),
                    used TEXT NOT NULL CHECK (used IN ('', \(lists)) AND \(usedHeld)),
                    condition TEXT CHECK (condition IN
                        ('oral-confirmation', 'declaration-form', 'online-query', 'insurer-query')),
                    path INTEGER CHECK (path BETWEEN 1 AND 9),
                    offlineExtra INTEGER NOT NULL CHECK (offlineExtra IN (0, 1))
                ) STRICT
                """)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM checks ORDER BY id")
            let copy = try db.makeStatement(sql: """
                INSERT INTO checks_strict
                SELECT id, recordedAt, japanDay, visitDate, CASE online WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END, reader,
                       \(heldColumns.joined(separator: ", ")), insurer, verdict, used, condition, path, offlineExtra
                FROM checks WHERE id = ?
                """)
            for id in ids {
                do {
                    try copy.execute(arguments: [id])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    continue
                }
            }
            try db.execute(sql: """
                DROP TABLE checks;
                ALTER TABLE checks_strict RENAME TO checks;
                CREATE INDEX checks_by_japanDay ON checks (japanDay);
                """)
        }
        return migrator
    }()

    /// Every ordered list of distinct items (the empty one left out): the values `used` may take.
    static func orderedLists(of items: [String]) -> [[String]] {
        var result: [[String]] = []
        func extend(_ list: [String]) {
            for item in items where !list.contains(item) {
                result.append(list + [item])
                extend(list + [item])
            }
        }
        extend([])
        return result
    }

    /// The column that says whether the patient held `kind`.
    static func heldColumn(_ kind: DocumentKind) -> String {
        switch kind {
        case .mynaCard: "heldMynaCard"
        case .certificate: "heldCertificate"
        case .legacyCard: "heldLegacyCard"
        case .notice: "heldNotice"
        case .portal: "heldPortal"
        }
    }
}
