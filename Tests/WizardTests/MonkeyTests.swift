import Foundation
import Testing
import Wizard

/// Random keys, resizes (1×1 to 250×80) and ticks through every page of every mode; after every step the grid is
/// whole and the state is one the machine can reach. CI replays a fixed seed; a longer or different run:
///   UKETSUKE_MONKEY_SEED=7 UKETSUKE_MONKEY_KEYS=3000000 swift test -c release --filter MonkeyTests
@Suite struct MonkeyTests {
    static let setups = [
        MonkeySetup(mode: .normal, language: nil, online: .no, fixedDate: true),
        MonkeySetup(mode: .normal, language: .en, online: .yes, fixedDate: false),
        MonkeySetup(mode: .demo, language: nil, online: .yes, fixedDate: true),
        MonkeySetup(mode: .demo, language: .en, online: .no, fixedDate: false),
        MonkeySetup(mode: .kiosk, language: nil, online: .yes, fixedDate: true),
        MonkeySetup(mode: .kiosk, language: .en, online: .no, fixedDate: false),
    ]

    /// The seed of every setup's generator; UKETSUKE_MONKEY_SEED replaces it.
    static let seed = environment("UKETSUKE_MONKEY_SEED") ?? 20_261_124
    /// Keys over all setups (resizes and ticks come on top); UKETSUKE_MONKEY_KEYS replaces it.
    static let keys = environment("UKETSUKE_MONKEY_KEYS") ?? 180_000

    static func environment(_ name: String) -> UInt64? {
        ProcessInfo.processInfo.environment[name].flatMap { UInt64($0) }
    }

    /// The Linux console with --lang en (every cell ASCII), and a terminal that draws ambiguous characters wide.
    static let terminalSetups = [
        MonkeySetup(mode: .normal, language: .en, online: .no, fixedDate: true, asciiOnly: true),
        MonkeySetup(mode: .demo, language: .en, online: .yes, fixedDate: false, asciiOnly: true),
        MonkeySetup(mode: .kiosk, language: nil, online: .app, fixedDate: true, asciiOnly: true),
        MonkeySetup(mode: .normal, language: nil, online: .yes, fixedDate: false, ambiguous: .wide),
    ]

    @Test(arguments: terminalSetups.indices)
    func everyScreenFitsTheTerminalsDrawing(_ index: Int) throws {
        let setup = MonkeyTests.terminalSetups[index]
        let seed = MonkeyTests.seed &+ 100 &+ UInt64(index)
        let folder = FileManager.default.temporaryDirectory.appending(path: "uketsuke-monkey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var monkey = try Monkey(setup, seed: seed, tallyPath: folder.appending(path: "tally.sqlite").path)
        let problem = monkey.run(keys: Int(MonkeyTests.keys) / 50)
        #expect(problem == nil, "\(setup), seed \(seed): \(problem ?? "")")
        #expect(monkey.visited.count > 20, "\(setup), seed \(seed): only \(monkey.visited.sorted())")
    }

    @Test(arguments: setups.indices)
    func randomInputKeepsTheScreenWholeAndTheStateReachable(_ index: Int) throws {
        let setup = MonkeyTests.setups[index]
        let seed = MonkeyTests.seed &+ UInt64(index)
        let folder = FileManager.default.temporaryDirectory.appending(path: "uketsuke-monkey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var monkey = try Monkey(setup, seed: seed, tallyPath: folder.appending(path: "tally.sqlite").path)
        let problem = monkey.run(keys: Int(MonkeyTests.keys) / MonkeyTests.setups.count)
        #expect(problem == nil, "\(setup), seed \(seed): \(problem ?? "")")
        // On today's date no legacy card can be used any more (the interim handling ended on 2026-07-31), so its
        // insurer, expiry and change are never asked: the fixed-date sessions (August 2025) reach those questions.
        let legacyQuestions: Set<String> = setup.fixedDate ? [] : ["insurer", "insurer number", "legacyExpiry", "insurerChanged"]
        let missed = Monkey.places(setup.mode).subtracting(monkey.visited).subtracting(legacyQuestions)
        #expect(missed.isEmpty, "\(setup), seed \(seed): never reached \(missed.sorted())")
        print("monkey \(setup), seed \(seed): \(monkey.keys) keys, \(monkey.steps) steps, \(monkey.sessions) sessions, "
              + "\(monkey.visited.count) places")
    }
}
