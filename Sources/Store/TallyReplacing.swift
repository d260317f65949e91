import GRDB

extension Tally {
    /// Records one check and returns its row id; with `id`, replaces that row instead (the same patient answered
    /// again), or inserts when the row is gone. One patient is one row, however often the result was shown.
    @discardableResult
    public func record(_ record: TallyRecord, replacing id: Int64?) throws(TallyError) -> Int64 {
        do {
            return try database.write { db in
                if let id {
                    try db.execute(sql: "DELETE FROM checks WHERE id = ?", arguments: [id])
                }
                try db.execute(sql: Self.insertSQL, arguments: StatementArguments(Self.arguments(record)))
                let row = db.lastInsertedRowID
                if let id, db.changesCount > 0 {
                    try db.execute(sql: "UPDATE checks SET id = ? WHERE id = ?", arguments: [id, row])
                    return id
                }
                return row
            }
        } catch {
            throw TallyError(error, path: path)
        }
    }
}
