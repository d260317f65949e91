import Eligibility
import Foundation
import Store
import Testing

/// Separate processes, as at a desk with two terminals: `tally-writer` records synthetic checks.
@Suite struct ConcurrencyTests {
    static let day = date("2026-11-24")
    static let at = Fixture.seconds(japan: "2026-11-24", 10)

    @Test func twoProcessesRecordAThousandChecksEachAtOnce() throws {
        let folder = Fixture.folder()
        // Nothing exists yet: both writers also race to create the folder, the file and the schema.
        let path = folder.appending(path: "data/uketsuke/tally.sqlite").path
        let logs = (0..<2).map { folder.appending(path: "stderr-\($0)") }
        for log in logs { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let writers = try logs.map { log in
            try TallyWriter.start(path: path, count: 1000, at: Self.at, stderr: FileHandle(forWritingTo: log))
        }
        for (writer, log) in zip(writers, logs) {
            writer.waitUntilExit()
            let message = try String(contentsOf: log, encoding: .utf8)
            #expect(writer.terminationStatus == 0, "\(message)")
        }
        let report = try Tally.open(path: path).report(from: Self.day, to: Self.day)
        #expect(report.total == 2000)
        #expect(report.counts.count(.confirmed) + report.counts.count(.conditional) + report.counts.count(.notConfirmed) == 2000)
    }

    /// `record` returns only once the row is on disk: a writer killed right after announcing N checks leaves N.
    @Test func aWriterKilledRightAfterARecordLosesNothingItAnnounced() throws {
        let path = Fixture.folder().appending(path: "tally.sqlite").path
        let pipe = Pipe()
        let writer = try TallyWriter.start(path: path, count: 1_000_000, at: Self.at, stdout: pipe)
        var announced = ""
        while !announced.contains("recorded 50\n") {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
        }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal)
        let last = announced.split(separator: "\n").last { $0.hasPrefix("recorded ") && announced.contains($0 + "\n") }
        let count = try #require(last.flatMap { Int($0.dropFirst("recorded ".count)) })
        #expect(count >= 50)
        #expect(try Tally.open(path: path).report(from: Self.day, to: Self.day).total >= count)
    }
}
