import Facility
import Eligibility
import Foundation
import Store
import Testing

/// Issue 11: a failed save in words and with nothing changed; one bad key does not discard the file; a malformed
/// `adminPinHash` is reported; the machine-wide file; the PIN lock-out on disk.
@Suite struct SettingsTests {
    static let hash = AdminPin.hash("2468")!

    @Test func defaultPathFollowsXDG() {
        #expect(SettingsStore.defaultPath(environment: ["XDG_CONFIG_HOME": "/srv/config", "HOME": "/home/a"])
            == "/srv/config/uketsuke/config.json")
        #expect(SettingsStore.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"])
            == "/home/a/.config/uketsuke/config.json")
        #expect(SettingsStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.config/uketsuke/config.json")
    }

    static func store(_ folder: URL, machine: String? = nil) -> SettingsStore {
        SettingsStore(path: folder.appending(path: "uketsuke/config.json").path, machinePath: machine)
    }

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o7777
    }

    @Test func aSaveRoundTripsEveryKey() throws {
        let store = Self.store(Fixture.folder())
        let settings = FacilitySettings(online: .facility(.app), facilityKind: .shika, language: .en, theme: .monochrome,
                                        adminPinHash: Self.hash, ambiguous: .wide, tally: "/srv/uketsuke/tally.sqlite")
        #expect(try store.save(settings) == nil)
        let loaded = store.read()
        #expect(loaded.settings == settings)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.userFileExists)
        #expect(Self.mode(store.path) == 0o600)
        #expect(Self.mode((store.path as NSString).deletingLastPathComponent) == 0o700)
        #expect(store.load() == .loaded(settings))
    }

    @Test func theDefaultsWhenThereIsNoFile() {
        let loaded = Self.store(Fixture.folder()).read()
        #expect(loaded.settings == FacilitySettings())
        #expect(loaded.settings.ambiguous == .narrow)
        #expect(loaded.settings.tally == nil)
        #expect(!loaded.userFileExists)
        #expect(loaded.problems.isEmpty)
        #expect(Self.store(Fixture.folder()).load() == .missing)
    }

    /// One bad key used to discard the whole file, the kiosk's PIN included.
    @Test func aBadKeyIsReportedAndTheOthersKept() throws {
        let store = Self.store(Fixture.folder())
        try Self.write("""
            {
              "online": "maybe",
              "adminPinHash": "\(Self.hash)",
              "theme": 3,
              "ambiguous": "wide",
              "colour": "blue"
            }
            """, store.path)
        let loaded = store.read()
        #expect(loaded.settings.adminPinHash == Self.hash)
        #expect(loaded.settings.ambiguous == .wide)
        #expect(loaded.settings.online == .ask, "the default: asked for each patient")
        #expect(loaded.settings.theme == .color)
        #expect(loaded.problems.map(\.key) == ["online", "theme", "colour"])
        #expect(loaded.problems.map(\.line) == [2, 4, 6])
        let online = loaded.problems[0]
        #expect(online.text(.en) == "\(store.path):2 online = \"maybe\": not accepted (accepted: \"yes\", \"app\", \"no\", \"ask\" (ask for each patient; or the earlier true, false)); this key is ignored, the others are used")
        #expect(online.text(.ja).hasPrefix("\(store.path):2 online の値 \"maybe\": 使えません（使える値: \"yes\"、\"app\"、\"no\"、\"ask\""))
        #expect(loaded.problems[1].text(.en).contains("theme = 3: not accepted (accepted: \"color\", \"high-contrast\", \"monochrome\")"))
        #expect(loaded.problems[2].text(.en).contains("unknown key"))
        // The old form still reads what it can.
        #expect(store.load().settings.adminPinHash == Self.hash)
    }

    /// A malformed hash used to be accepted, and then no PIN ever worked.
    @Test(arguments: ["not a hash", "$y$j9T$", String(hash.dropLast(3)), hash + "xyz", "$1$abc$def", "ab01FAX.bQRSU", ""])
    func aMalformedPinHashIsReportedAndDropped(_ bad: String) throws {
        let store = Self.store(Fixture.folder())
        try Self.write("{\"adminPinHash\": \"\(bad)\", \"language\": \"en\"}", store.path)
        let loaded = store.read()
        #expect(loaded.settings.adminPinHash == nil)
        #expect(loaded.settings.language == .en)
        #expect(loaded.problems.map(\.key) == ["adminPinHash"])
        #expect(loaded.problems.first?.text(.en).contains("a crypt(3) hash") == true)
        #expect(!AdminPin.isUsableHash(bad))
    }

    @Test func aHashMadeHereIsUsable() {
        #expect(AdminPin.isUsableHash(Self.hash))
        #expect(AdminPin.matches("2468", hash: Self.hash))
    }

    @Test(arguments: [("\"relative/tally.sqlite\"", false), ("\"/srv/t.sqlite\"", true), ("\"\"", false), ("null", true), ("7", false), ("\"/srv/\"", false)])
    func theTallyKeyNeedsAnAbsolutePath(_ value: String, _ good: Bool) throws {
        let store = Self.store(Fixture.folder())
        try Self.write("{\"tally\": \(value)}", store.path)
        let loaded = store.read()
        #expect(loaded.problems.isEmpty == good)
        if !good { #expect(loaded.problems.first?.text(.en).contains("an absolute path") == true) }
        #expect(loaded.settings.tally == (value == "\"/srv/t.sqlite\"" ? "/srv/t.sqlite" : nil))
    }

    @Test func aLeadingBOMIsAccepted() throws {
        let store = Self.store(Fixture.folder())
        try FileManager.default.createDirectory(atPath: (store.path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("{\"theme\": \"monochrome\"}".utf8)).write(to: URL(fileURLWithPath: store.path))
        #expect(store.read().settings.theme == .monochrome)
        #expect(store.read().problems.isEmpty)
    }

    @Test func notJSONUsesNoneOfTheFileAndIsKeptOnSave() throws {
        let store = Self.store(Fixture.folder())
        try Self.write("{\"online\": maybe}\n", store.path)
        let loaded = store.read()
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems[0].key == nil)
        #expect(loaded.problems[0].text(.ja).hasPrefix("\(store.path):1: JSONとして読めません"))
        guard case .unreadable = store.load() else { Issue.record("expected unreadable"); return }
        let kept = try #require(try store.save(FacilitySettings(theme: .monochrome), now: Date(timeIntervalSince1970: 1000)))
        #expect(kept == store.path + ".unreadable-1000")
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "{\"online\": maybe}\n")
        #expect(store.read().settings.theme == .monochrome)
    }

    // MARK: The machine-wide file

    @Test func theUsersKeysWinKeyByKey() throws {
        let folder = Fixture.folder()
        let machine = folder.appending(path: "etc/uketsuke/config.json").path
        try Self.write("{\"online\": \"yes\", \"adminPinHash\": \"\(Self.hash)\", \"language\": \"en\", \"tally\": \"/srv/t.sqlite\"}", machine)
        let store = Self.store(folder, machine: machine)
        try Self.write("{\"language\": \"ja\", \"theme\": \"monochrome\"}", store.path)
        let loaded = store.read()
        #expect(loaded.settings == FacilitySettings(online: .facility(.yes), language: .ja, theme: .monochrome, adminPinHash: Self.hash,
                                                    tally: "/srv/t.sqlite"))
        #expect(loaded.files == [machine, store.path])
        // Only the machine-wide file: it is the settings, and the user's file does not exist.
        let alone = Self.store(Fixture.folder(), machine: machine).read()
        #expect(alone.settings.online == .facility(.yes))
        #expect(!alone.userFileExists)
    }

    @Test func aBadMachineWideKeyIsReportedWithItsFile() throws {
        let folder = Fixture.folder()
        let machine = folder.appending(path: "etc/config.json").path
        try Self.write("{\"online\": \"sometimes\", \"theme\": \"monochrome\"}", machine)
        let loaded = Self.store(folder, machine: machine).read()
        #expect(loaded.problems.map(\.file) == [machine])
        #expect(loaded.settings.theme == .monochrome)
    }

    /// Saving writes what differs from the machine-wide file (and what the user's file had), so the keys this user
    /// never set keep following the machine-wide file.
    @Test func aSaveOverAMachineWideFileKeepsOnlyTheUsersKeys() throws {
        let folder = Fixture.folder()
        let machine = folder.appending(path: "etc/config.json").path
        try Self.write("{\"online\": \"yes\", \"adminPinHash\": \"\(Self.hash)\"}", machine)
        let store = Self.store(folder, machine: machine)
        var settings = store.read().settings
        settings.theme = .highContrast
        try store.save(settings)
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == "{\n  \"theme\": \"high-contrast\"\n}\n")
        // The machine-wide file changes later: the user's file does not hide it.
        try Self.write("{\"online\": \"app\", \"adminPinHash\": \"\(Self.hash)\"}", machine)
        #expect(store.read().settings.online == .facility(.app))
        #expect(store.read().settings.theme == .highContrast)
        // Removing the PIN in this account overrides the machine-wide one with null.
        settings = store.read().settings
        settings.adminPinHash = nil
        try store.save(settings)
        #expect(store.read().settings.adminPinHash == nil)
        #expect(try String(contentsOfFile: store.path, encoding: .utf8).contains("\"adminPinHash\": null"))
    }

    // MARK: A save that fails

    @Test(arguments: [(ENOSPC, "ディスクがいっぱいです", "the disk is full"), (EDQUOT, "ディスクがいっぱいです", "the disk is full"),
                      (EROFS, "読み取り専用です", "the disk is read-only"),
                      (EACCES, "書き込みが許可されていません", "not permitted"), (EPERM, "書き込みが許可されていません", "not permitted")])
    func theCauseInWords(_ code: Int32, _ ja: String, _ en: String) {
        let error = SettingsError(file: "/home/a/.config/uketsuke/config.json", errno: code)
        #expect(error.text(.ja).contains(ja))
        #expect(error.text(.ja).hasPrefix("/home/a/.config/uketsuke/config.json に保存できません: "))
        #expect(error.text(.ja).hasSuffix("設定は変わっていません"))
        #expect(error.text(.en).contains(en))
        #expect(error.text(.en).hasPrefix("cannot save /home/a/.config/uketsuke/config.json: "))
        for language in Language.allCases {
            #expect(!error.text(language).contains("NSCocoaErrorDomain"))
            #expect(!error.text(language).contains("Code="))
        }
        #expect("\(error)" == error.text(.ja))
    }

    /// A file where a folder should be: the save throws, names the file, and nothing on disk changes.
    @Test func aSaveThatFailsChangesNothing() throws {
        let folder = Fixture.folder()
        let blocker = folder.appending(path: "config").path
        try Data("a file".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = SettingsStore(path: blocker + "/uketsuke/config.json", machinePath: nil)
        #expect {
            try store.save(FacilitySettings(theme: .monochrome))
        } throws: { error in
            guard let e = error as? SettingsError else { return false }
            return e.cause == .notAFolder(blocker) && e.text(.ja).contains("\(blocker) はフォルダではありません")
                && e.text(.en).contains("\(blocker) is not a folder")
        }
        #expect(names(in: folder) == ["config"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: blocker)) == Data("a file".utf8))
    }

    @Test func aFolderInPlaceOfTheFileFailsAndLeavesNoTemporaryFile() throws {
        let folder = Fixture.folder()
        let store = Self.store(folder)
        try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
        #expect {
            try store.save(FacilitySettings())
        } throws: { error in
            (error as? SettingsError)?.cause == .isAFolder
        }
        #expect(names(in: folder.appending(path: "uketsuke")) == ["config.json"])
    }
}

@Suite struct PinLockTests {
    @Test func threeWrongLockFor60SecondsThenEachLockDoubles() {
        var lock = PinLock()
        var now: Int64 = 1_000_000
        var lengths: [Int64] = []
        for _ in 0..<8 {
            for n in 1...PinLock.threshold {
                #expect(!lock.isLocked(now: now))
                lock = lock.afterFailure(now: now)
                #expect(lock.isLocked(now: now) == (n == PinLock.threshold))
            }
            lengths.append(lock.secondsLeft(now: now))
            // Wrong PINs while locked are not checked and change nothing.
            #expect(lock.afterFailure(now: now + 1) == lock)
            now = lock.lockedUntil!
            #expect(!lock.isLocked(now: now))
        }
        #expect(lengths == [60, 120, 240, 480, 960, 1920, 3840, 7680])
        #expect(lock.afterSuccess() == PinLock())
    }

    @Test func theLockIsCappedAtADay() {
        let lock = PinLock(failures: PinLock.threshold * 40).afterFailure(now: 0).afterFailure(now: 0).afterFailure(now: 0)
        #expect(lock.secondsLeft(now: 0) == 86_400)
    }

    @Test func aClockSetBackDoesNotLengthenTheLock() {
        let lock = PinLock().afterFailure(now: 5000).afterFailure(now: 5000).afterFailure(now: 5000)
        #expect(lock.secondsLeft(now: 5000) == 60)
        #expect(lock.secondsLeft(now: 10) == 60)
        #expect(lock.secondsLeft(now: 5030) == 30)
    }

    /// A restart used to reset the lock-out: a new store on the same folder sees it.
    @Test func theLockSurvivesARestart() throws {
        let folder = Fixture.folder()
        let settings = SettingsStore(path: folder.appending(path: "uketsuke/config.json").path, machinePath: nil)
        let now: Int64 = 1_795_446_000
        var lock = settings.pinLock.load(now: now)
        #expect(lock == PinLock())
        for _ in 0..<3 {
            lock = lock.afterFailure(now: now)
            try settings.pinLock.save(lock)
        }
        let again = SettingsStore(path: folder.appending(path: "uketsuke/config.json").path, machinePath: nil)
        #expect(again.pinLock.path == folder.appending(path: "uketsuke/pin-lock.json").path)
        let loaded = again.pinLock.load(now: now + 10)
        #expect(loaded == PinLock(failures: 3, lockedUntil: now + 60))
        #expect(loaded.secondsLeft(now: now + 10) == 50)
        var st = stat()
        #expect(lstat(again.pinLock.path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        try again.pinLock.save(loaded.afterSuccess())
        #expect(settings.pinLock.load(now: now + 10) == PinLock())
    }

    @Test(arguments: ["", "{", "{\"failures\": -1}", "{\"failures\": \"3\"}", "{\"lockedUntil\": 5}", "[]", "{\"failures\": 1, \"x\": 2}"])
    func aDamagedFileCountsAsALock(_ text: String) throws {
        let path = Fixture.folder().appending(path: "pin-lock.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let lock = PinLockStore(path: path).load(now: 100)
        #expect(lock.isLocked(now: 100))
        #expect(lock.secondsLeft(now: 100) == 60)
    }
}

@Suite struct OnlineSettingTests {
    /// "ask" (毎回確認) is read and written; the booleans of earlier versions still read as yes and no.
    @Test func askIsReadAndWrittenAndTheOldBooleansStillRead() throws {
        for (json, expected) in [("\"ask\"", OnlineSetting.ask), ("\"yes\"", .facility(.yes)), ("\"app\"", .facility(.app)),
                                 ("\"no\"", .facility(.no)), ("true", .facility(.yes)), ("false", .facility(.no))] {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("uketsuke-online-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            let store = SettingsStore(path: dir.appendingPathComponent("config.json").path, machinePath: nil)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "{\"online\": \(json)}".write(toFile: store.path, atomically: true, encoding: .utf8)
            #expect(store.read().settings.online == expected, "\(json)")
            #expect(store.read().problems.isEmpty)
            var saved = FacilitySettings()
            saved.online = expected
            _ = try store.save(saved)
            #expect(store.read().settings.online == expected, "\(json) saved and read back")
        }
    }
}
