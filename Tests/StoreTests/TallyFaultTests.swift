import Eligibility
import Foundation
import Store
import Testing

/// A fault is an error value, never a crash, and never costs a byte of what is on disk.
@Suite struct TallyFaultTests {
    static let someCheck = TallyRecord(
        recordedAt: Fixture.seconds(japan: "2026-11-24", 9), visitDate: date("2026-11-24"), online: .yes, reader: .known(.ok),
        held: DocumentSet([.mynaCard]), insurer: nil, verdict: .confirmed, used: [.mynaCard], condition: nil, path: .mynaRead)

    static func openError(_ path: String) -> TallyError? {
        do throws(TallyError) {
            _ = try Tally.open(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func randomBytesAreReportedAndLeftAsTheyAre() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "tally.sqlite").path
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try bytes.write(to: URL(fileURLWithPath: path))

        let error = try #require(Self.openError(path))
        #expect(error.kind == .damaged)
        #expect(error.path == path)
        #expect(error.text(.ja).contains(path))
        #expect(error.text(.ja).contains("そのまま残してあります"))
        #expect(throws: TallyError.self) { try Tally.openExisting(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(names(in: folder) == ["tally.sqlite"])
    }

    @Test func aDamagedDatabaseIsFoundBeforeAnythingIsWritten() throws {
        let folder = Fixture.folder()
        let path = folder.appending(path: "tally.sqlite").path
        do {
            let tally = try Tally.open(path: path)
            for _ in 0..<200 { try tally.record(Self.someCheck) }
        }
        // Garbage over the last page, a page of the checks table that opening alone would never read; the header
        // stays a valid SQLite header.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        #expect(size >= 4 * 4096)
        try handle.seek(toOffset: size - 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096))
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try #require(Self.openError(path))
        #expect(error.kind == .damaged)
        #expect(error.path == path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
        #expect(names(in: folder) == ["tally.sqlite"])
    }

    @Test func aFolderThatIsAFileGivesAnErrorAndCreatesNothing() throws {
        let folder = Fixture.folder()
        let file = folder.appending(path: "data")
        try Data("not a folder".utf8).write(to: file)
        let error = try #require(Self.openError(file.appending(path: "uketsuke/tally.sqlite").path))
        #expect(error.kind == .folderNotWritable)
        #expect(error.path == file.appending(path: "uketsuke").path)
        #expect(names(in: folder) == ["data"])
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))
    }

    @Test func aFolderInPlaceOfTheFileIsAnError() throws {
        let folder = Fixture.folder()
        try FileManager.default.createDirectory(at: folder.appending(path: "tally.sqlite"), withIntermediateDirectories: false)
        let error = try #require(Self.openError(folder.appending(path: "tally.sqlite").path))
        #expect(error.kind == .fileNotAccessible)
    }

    /// Run as a separate process, as nobody when the tests run as root (root may write anywhere).
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")),
          arguments: ["tally.sqlite", "uketsuke/tally.sqlite"])
    func anUnwritableFolderGivesAnErrorAndCreatesNothing(_ inside: String) throws {
        let folder = Fixture.folder()
        let locked = folder.appending(path: "locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }

        let errors = folder.appending(path: "stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let writer = try TallyWriter.start(path: locked.appending(path: inside).path, count: 1,
                                           at: Self.someCheck.recordedAt, stderr: FileHandle(forWritingTo: errors),
                                           asNobody: geteuid() == 0)
        writer.waitUntilExit()
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(writer.terminationStatus == 1, "\(message)")
        #expect(message.hasPrefix("folder-not-writable: cannot write in the tally folder \(locked.path)"), "\(message)")
        #expect(names(in: locked).isEmpty)
    }

    @Test func aTypedInsurerNumberIsStoredNowhere() throws {
        let typed = "06130488"
        let insurer = try InsurerNumber.parse(typed).get()
        let folder = Fixture.folder()
        let c = CheckCase(visitDate: date("2026-11-24"), online: .no, mynaCard: true,
                          legacyCard: LegacyCard(insurer: insurer.type))
        let needle = Data(typed.utf8)
        do {
            let tally = try Tally.open(path: folder.appending(path: "uketsuke/tally.sqlite").path)
            let at = Date(timeIntervalSince1970: TimeInterval(Fixture.seconds(japan: "2026-11-24", 10)))
            try tally.record(TallyRecord(case: c, decision: Fixture.decide(c), at: at))
            let open = filesUnder(folder)
            #expect(open.map { ($0.path as NSString).lastPathComponent }.contains("tally.sqlite-wal"))
            for file in open { #expect(file.bytes.range(of: needle) == nil, "\(file.path)") }
            #expect(try tally.report(from: date("2026-11-24"), to: date("2026-11-24")).counts.count(holding: .legacyCard) == 1)
        }
        let closed = filesUnder(folder)
        #expect(!closed.isEmpty)
        for file in closed { #expect(file.bytes.range(of: needle) == nil, "\(file.path)") }
    }
}
