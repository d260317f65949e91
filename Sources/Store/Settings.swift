import Eligibility
import Facility
import Foundation
import WholeWrite
import StrictJSON

/// What reading the settings gave: every key that could be used, each problem, and which files were read.
public struct LoadedSettings: Equatable, Sendable {
    /// The defaults, then the machine-wide file's keys, then the user's file's keys: each bad key left out.
    public var settings: FacilitySettings
    /// Each key that was ignored (its file, line, value and the accepted forms), and each file that could not be
    /// used at all, machine-wide file first. Empty when everything was read.
    public var problems: [SettingsProblem]
    /// The files read, machine-wide first (those that exist).
    public var files: [String]
    /// The user's file exists (false on a first start, or when `--config` names a file that is not there).
    public var userFileExists: Bool
}

/// What reading the settings file gave, in the form of earlier versions. Use `SettingsStore.read()`, which also
/// reports each bad key.
public enum SettingsLoad: Equatable, Sendable {
    /// No file yet: the defaults.
    case missing
    case loaded(FacilitySettings)
    /// The user's file exists but could not be used at all: the defaults are used and the file is kept as it is.
    case unreadable(SettingsProblem)

    public var settings: FacilitySettings {
        if case .loaded(let s) = self { return s }
        return FacilitySettings()
    }
}

/// A settings file, or one key of it, that could not be used.
public struct SettingsProblem: Error, Equatable, Sendable {
    public let file: String
    public let line: Int?
    /// The key; nil when the whole file could not be used.
    public let key: String?
    /// The value as written (JSON), when a key's value was refused.
    public let value: String?
    public let message: LocalizedText

    public init(file: String, line: Int?, key: String?, value: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.key = key
        self.value = value
        self.message = message
    }

    /// "FILE:LINE KEY VALUE: what is wrong (accepted forms); what happens".
    public func text(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += " \(key)" }
        if let value { location += language == .ja ? " の値 \(value)" : " = \(value)" }
        return "\(location): \(message[language])"
    }
}

/// Reads and writes the settings file, atomically, under `$XDG_CONFIG_HOME/uketsuke/`, over the machine-wide
/// `/etc/uketsuke/config.json` (a kiosk, or a desk shared by several staff accounts): the user's keys win.
public struct SettingsStore: Sendable {
    /// The user's file.
    public let path: String
    /// The machine-wide file, read first when present; nil: none (tests).
    public let machinePath: String?

    public static let machineWidePath = "/etc/uketsuke/config.json"

    public init(path: String, machinePath: String? = SettingsStore.machineWidePath) {
        self.path = path
        self.machinePath = machinePath
    }

    /// `$XDG_CONFIG_HOME/uketsuke/config.json`, else `~/.config/uketsuke/config.json`.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        EnvironmentVariable.baseDirectoryPath("uketsuke/config.json", in: "XDG_CONFIG_HOME", else: ".config",
                                              environment: environment)
    }

    /// The PIN lock-out, kept beside the user's settings (`pin-lock.json`).
    public var pinLock: PinLockStore {
        PinLockStore(path: SettingsFile.folder(of: path) + "/" + PinLockStore.fileName)
    }

    /// The machine-wide file's keys, then the user's, key by key: a bad key is reported and ignored, the rest kept.
    public func read() -> LoadedSettings {
        var settings = FacilitySettings()
        var problems: [SettingsProblem] = []
        var files: [String] = []
        var userFileExists = false
        for (file, isUser) in [(machinePath, false), (path, true)] {
            guard let file else { continue }
            guard let read = SettingsFile.read(file, into: &settings) else { continue }
            files.append(file)
            problems += read.problems
            if isUser { userFileExists = true }
        }
        return LoadedSettings(settings: settings, problems: problems, files: files, userFileExists: userFileExists)
    }

    /// The settings in the form of earlier versions: `.missing` when neither file exists, `.unreadable` when the
    /// user's file could not be used at all, else `.loaded` with every good key (bad keys are left out silently here;
    /// `read()` reports them).
    public func load() -> SettingsLoad {
        let loaded = read()
        if loaded.files.isEmpty { return .missing }
        if let whole = loaded.problems.first(where: { $0.file == path && $0.key == nil }) { return .unreadable(whole) }
        return .loaded(loaded.settings)
    }

    /// Writes the settings atomically (a temporary file 0600, then rename) as the user's file. When it throws,
    /// nothing on disk has changed: the caller keeps the settings in force as they were.
    ///
    /// When the user's file had a problem (not JSON, or a bad key), it is first kept as
    /// `config.json.unreadable-<time>`, so nothing a person wrote is lost; returns that path. With a machine-wide
    /// file, the user's file holds the keys that differ from it and those it already had, so a later change of the
    /// machine-wide file still reaches the keys this user never set.
    @discardableResult
    public func save(_ settings: FacilitySettings, now: Date = Date()) throws(SettingsError) -> String? {
        var base = FacilitySettings()
        let machine = machinePath.flatMap { SettingsFile.read($0, into: &base) }
        var mine = FacilitySettings()
        let user = SettingsFile.read(path, into: &mine)
        let keys: Set<String> = machine == nil
            ? Set(SettingsFile.keys)
            : SettingsFile.differing(settings, base).union(user?.keys ?? [])
        let text = SettingsFile.text(settings, keys: keys, nullsWritten: machine != nil)
        let hadProblems = user.map { !$0.problems.isEmpty } ?? false
        let keep = hadProblems ? "\(path).unreadable-\(Int(now.timeIntervalSince1970))" : nil
        try AtomicFile.write(Data(text.utf8), to: path, keepingOldAs: keep)
        return keep
    }
}

/// Why the settings (or the PIN lock-out) could not be saved, in words: the file and the cause.
public struct SettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Cause: Equatable, Sendable {
        /// ENOSPC, EDQUOT.
        case diskFull
        /// EROFS.
        case readOnly
        /// EACCES, EPERM.
        case permission
        /// ENOTDIR: this part of the path is a file, not a folder.
        case notAFolder(String)
        /// EISDIR: a folder stands where the file goes.
        case isAFolder
        /// EFBIG, EIO and the rest: the system's words.
        case other(String)
    }

    /// The file (or folder) that could not be written.
    public let file: String
    public let cause: Cause

    public init(file: String, cause: Cause) {
        self.file = file
        self.cause = cause
    }

    /// The cause of `code` (an errno value) for `file`.
    public init(file: String, errno code: Int32) {
        self.file = file
        switch code {
        case ENOSPC, EDQUOT: cause = .diskFull
        case EROFS: cause = .readOnly
        case EACCES, EPERM: cause = .permission
        case ENOTDIR: cause = .notAFolder(Self.firstNonFolder(above: file) ?? (file as NSString).deletingLastPathComponent)
        case EISDIR: cause = .isAFolder
        default: cause = .other(String(cString: strerror(code)))
        }
    }

    public func text(_ language: Language) -> String {
        let ja = language == .ja
        let why: String
        switch cause {
        case .diskFull: why = ja ? "ディスクがいっぱいです" : "the disk is full"
        case .readOnly: why = ja ? "読み取り専用です" : "the disk is read-only"
        case .permission: why = ja ? "書き込みが許可されていません（権限を確認してください）" : "writing there is not permitted (check the permissions)"
        case .notAFolder(let part): why = ja ? "\(part) はフォルダではありません" : "\(part) is not a folder"
        case .isAFolder: why = ja ? "同じ名前のフォルダがあります" : "a folder has that name"
        case .other(let detail): why = ja ? "書き込めません（\(detail)）" : "it cannot be written (\(detail))"
        }
        return ja ? "\(file) に保存できません: \(why)。設定は変わっていません"
            : "cannot save \(file): \(why); the settings have not changed"
    }

    public var description: String { text(.ja) }

    /// The nearest existing ancestor of `path` that is not a folder.
    static func firstNonFolder(above path: String) -> String? {
        var part = (path as NSString).deletingLastPathComponent
        var found: String?
        while !part.isEmpty && part != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: part, isDirectory: &isFolder), !isFolder.boolValue { found = part }
            part = (part as NSString).deletingLastPathComponent
        }
        return found
    }
}

/// Writes a small file so that it is either all there or not changed at all.
enum AtomicFile {
    /// A temporary file 0600 beside `path`, flushed, then renamed over it; the folders created 0700 when missing.
    /// `keepingOldAs`: the file that was there stays under that name too (a hard link, made just before the rename).
    /// On any failure what was created is removed again and the error names `path` and the cause.
    static func write(_ data: Data, to path: String, keepingOldAs keep: String? = nil) throws(SettingsError) {
        let folder = SettingsFile.folder(of: path)
        var created: [String] = []
        func undo() { for f in created.reversed() { rmdir(f) } }
        do throws(SettingsError) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw SettingsError(file: path, cause: .isAFolder)
            }
            try makeFolders(folder, created: &created)
            let temp = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw SettingsError(file: path, errno: errno) }
            var failure = writeWhole(fd, data)
            if failure == 0, fchmod(fd, 0o600) != 0 { failure = errno }
            if failure == 0, fsync(fd) != 0 { failure = errno }
            if close(fd) != 0, failure == 0 { failure = errno }
            if failure == 0, let keep, link(path, keep) != 0, errno != ENOENT { failure = errno }
            if failure == 0, rename(temp, path) != 0 {
                failure = errno
                if let keep { unlink(keep) }
            }
            guard failure == 0 else {
                unlink(temp)
                throw SettingsError(file: path, errno: failure)
            }
            let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if dir >= 0 {
                fsync(dir)
                close(dir)
            }
        } catch {
            undo()
            throw error
        }
    }

    static func makeFolders(_ folder: String, created: inout [String]) throws(SettingsError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw SettingsError(file: folder, cause: .notAFolder(folder)) }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolders(parent, created: &created) }
        guard mkdir(folder, 0o700) == 0 else { throw SettingsError(file: folder, errno: errno) }
        chmod(folder, 0o700)
        created.append(folder)
    }
}

/// The settings file's format: a small JSON object, every key optional.
enum SettingsFile {
    static let keys = ["online", "facilityKind", "language", "theme", "ambiguous", "adminPinHash", "tally"]

    struct Read {
        /// The keys read and used.
        var keys: Set<String> = []
        var problems: [SettingsProblem] = []
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Reads `file` over `settings`; nil when there is no such file.
    static func read(_ file: String, into settings: inout FacilitySettings) -> Read? {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            return Read(problems: [SettingsProblem(file: file, line: nil, key: nil, message: LocalizedText(
                ja: "読み取れません（権限を確認してください）。このファイルの設定は使いません",
                en: "cannot be read (check its permissions); none of its settings are used"))])
        }
        return parse(data, file: file, into: &settings)
    }

    /// Each key on its own: a bad one is reported and left out, the others are used.
    static func parse(_ data: Data, file: String, into s: inout FacilitySettings) -> Read {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let root: JSONNode
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            return Read(problems: [SettingsProblem(file: file, line: error.line, key: nil, message: LocalizedText(
                ja: "JSONとして読めません（\(error.column)文字目: \(error.japanese)）。このファイルの設定は使いません",
                en: "not valid JSON (column \(error.column): \(error.message)); none of its settings are used"))])
        }
        guard case .object(let members) = root.value else {
            return Read(problems: [SettingsProblem(file: file, line: root.line, key: nil, message: LocalizedText(
                ja: "JSONオブジェクト {…} ではありません。このファイルの設定は使いません",
                en: "not a JSON object {…}; none of its settings are used"))])
        }
        var read = Read()
        for m in members {
            if let problem = apply(m, file: file, to: &s) {
                read.problems.append(problem)
            } else {
                read.keys.insert(m.key)
            }
        }
        return read
    }

    /// Sets one key; the problem when its value cannot be used (the key is then left as it was).
    static func apply(_ m: JSONMember, file: String, to s: inout FacilitySettings) -> SettingsProblem? {
        func bad(_ accepted: LocalizedText) -> SettingsProblem {
            SettingsProblem(file: file, line: m.node.line, key: m.key, value: shown(m.node), message: LocalizedText(
                ja: "使えません（使える値: \(accepted.ja)）。この項目は使わず、ほかの項目は使います",
                en: "not accepted (accepted: \(accepted.en)); this key is ignored, the others are used"))
        }
        /// One of the choices of `T`, by its id, set at `key`; else the problem, naming them all.
        func choose<T: RawRepresentable & CaseIterable>(_ key: WritableKeyPath<FacilitySettings, T>) -> SettingsProblem?
            where T.RawValue == String
        {
            guard case .string(let v) = m.node.value, let choice = T(rawValue: v) else {
                let quoted = T.allCases.map { JSONWriter.quoted($0.rawValue) }
                return bad(LocalizedText(ja: quoted.joined(separator: "、"), en: quoted.joined(separator: ", ")))
            }
            s[keyPath: key] = choice
            return nil
        }
        switch m.key {
        case "online":
            // The booleans of earlier versions read as yes and no.
            switch m.node.value {
            case .bool(let b): s.online = .facility(b ? .yes : .no)
            case .string(let v) where OnlineSetting(id: v) != nil: s.online = OnlineSetting(id: v)!
            default:
                return bad(LocalizedText(ja: "\"yes\"、\"app\"、\"no\"、\"ask\"（毎回確認。以前の true、false も可）",
                                         en: "\"yes\", \"app\", \"no\", \"ask\" (ask for each patient; or the earlier true, false)"))
            }
        case "facilityKind": return choose(\.facilityKind)
        case "language": return choose(\.language)
        case "theme": return choose(\.theme)
        case "ambiguous": return choose(\.ambiguous)
        case "adminPinHash":
            switch m.node.value {
            case .null: s.adminPinHash = nil
            case .string(let h) where AdminPin.isUsableHash(h): s.adminPinHash = h
            default:
                return bad(LocalizedText(
                    ja: "施設設定（メニュー5）で作ったcrypt(3)のハッシュ（例 \"$y$j9T$…\"）か null。PINは設定されていないものとして動きます",
                    en: "a crypt(3) hash as menu 5 makes it (e.g. \"$y$j9T$…\"), or null; no PIN is in force"))
            }
        case "tally":
            switch m.node.value {
            case .null: s.tally = nil
            case .string(let p) where p.hasPrefix("/") && !p.hasSuffix("/") && !p.contains("\0"): s.tally = p
            default:
                return bad(LocalizedText(ja: "集計ファイルの絶対パス（例 \"/srv/uketsuke/tally.sqlite\"）か null",
                                         en: "an absolute path to the tally file (e.g. \"/srv/uketsuke/tally.sqlite\"), or null"))
            }
        default:
            return SettingsProblem(file: file, line: m.node.line, key: m.key, message: LocalizedText(
                ja: "不明なキーです（使えるキー: \(keys.joined(separator: "、"))）。この項目は使わず、ほかの項目は使います",
                en: "unknown key (expected one of: \(keys.joined(separator: ", "))); it is ignored, the others are used"))
        }
        return nil
    }

    /// A value as written, short: strings quoted (control characters escaped), numbers and literals as they are.
    static func shown(_ node: JSONNode) -> String {
        switch node.value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let text, _): text
        case .string(let s): JSONWriter.quoted(s.count > 60 ? String(s.prefix(60)) + "…" : s)
        case .array, .object: node.kindName
        }
    }

    /// The keys whose values differ between `a` and `b`.
    static func differing(_ a: FacilitySettings, _ b: FacilitySettings) -> Set<String> {
        var keys: Set<String> = []
        if a.online != b.online { keys.insert("online") }
        if a.facilityKind != b.facilityKind { keys.insert("facilityKind") }
        if a.language != b.language { keys.insert("language") }
        if a.theme != b.theme { keys.insert("theme") }
        if a.ambiguous != b.ambiguous { keys.insert("ambiguous") }
        if a.adminPinHash != b.adminPinHash { keys.insert("adminPinHash") }
        if a.tally != b.tally { keys.insert("tally") }
        return keys
    }

    /// The file's text with `keys` (in the order of `SettingsFile.keys`). A nil value is written as null only when
    /// it must override a machine-wide value, which is when it is asked for while the value is nil; without a
    /// machine-wide file every key is asked for and nil values are left out.
    static func text(_ s: FacilitySettings, keys wanted: Set<String> = Set(SettingsFile.keys),
                     nullsWritten: Bool = false) -> String {
        func optional(_ v: String?) -> String? { v.map(JSONWriter.quoted) ?? (nullsWritten ? "null" : nil) }
        let values: [String: String?] = [
            "online": JSONWriter.quoted(s.online.id),
            "facilityKind": JSONWriter.quoted(s.facilityKind.rawValue),
            "language": JSONWriter.quoted(s.language.rawValue),
            "theme": JSONWriter.quoted(s.theme.rawValue),
            "ambiguous": JSONWriter.quoted(s.ambiguous.rawValue),
            "adminPinHash": optional(s.adminPinHash),
            "tally": optional(s.tally),
        ]
        let lines = keys.filter(wanted.contains).compactMap { key in values[key]!.map { "  \"\(key)\": \($0)" } }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
