import Eligibility
import GRDB

/// The tally's tables. Every column holds a number, a date or one of a fixed list of ids, enforced by CHECK
/// constraints, so no name, typed number or free text can be stored even by mistake.
///
/// A migration, once released, never changes: a new column or table is a new named migration appended below.
enum TallySchema {
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
        return migrator
    }()

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
