import Eligibility
import Foundation
import StrictJSON

/// The facility's settings (home menu 5). Nothing here identifies a patient.
public struct FacilitySettings: Hashable, Sendable {
    /// How the facility checks eligibility; the check starts from it.
    public var online: OnlineChecking = .no
    public var facilityKind: FacilitySettingKind = .ika
    public var language: Language = .ja
    public var theme: Theme = .color
    /// The kiosk administrator PIN, hashed (crypt(3)); nil when none is set.
    public var adminPinHash: String?

    public init(online: OnlineChecking = .no, facilityKind: FacilitySettingKind = .ika, language: Language = .ja,
                theme: Theme = .color, adminPinHash: String? = nil) {
        self.online = online
        self.facilityKind = facilityKind
        self.language = language
        self.theme = theme
        self.adminPinHash = adminPinHash
    }
}

/// 医科・歯科・調剤・訪問看護 or another kind of facility.
public enum FacilitySettingKind: String, CaseIterable, Sendable {
    case ika, shika, chozai, homon, other
}

/// How the screen is coloured. Focus is always shown by reverse video or bold as well, never by colour alone.
public enum Theme: String, CaseIterable, Sendable {
    case color
    case highContrast = "high-contrast"
    case monochrome
}

/// What reading the settings file gave.
public enum SettingsLoad: Equatable, Sendable {
    /// No file yet: the defaults.
    case missing
    case loaded(FacilitySettings)
    /// The file exists but could not be used: the defaults are used and the file is kept as it is.
    case unreadable(SettingsProblem)

    public var settings: FacilitySettings {
        if case .loaded(let s) = self { return s }
        return FacilitySettings()
    }
}

public struct SettingsProblem: Error, Equatable, Sendable {
    public let file: String
    public let line: Int?
    public let key: String?
    public let message: LocalizedText

    public func text(_ language: Language) -> String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += " \(key)" }
        return "\(location): \(message[language])"
    }
}

/// Reads and writes the settings file, atomically, under `$XDG_CONFIG_HOME/uketsuke/`.
public struct SettingsStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `$XDG_CONFIG_HOME/uketsuke/config.json`, else `~/.config/uketsuke/config.json`.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        let variable = EnvironmentVariable.lookup(in: environment)
        if let xdg = variable("XDG_CONFIG_HOME"), xdg.hasPrefix("/") { return xdg + "/uketsuke/config.json" }
        let home = variable("HOME") ?? NSHomeDirectory()
        return home + "/.config/uketsuke/config.json"
    }

    public func load() -> SettingsLoad {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { return .missing }
        guard let data = fm.contents(atPath: path) else {
            return .unreadable(SettingsProblem(file: path, line: nil, key: nil, message: LocalizedText(
                ja: "読み取れません（権限を確認してください）。既定の設定で動きます", en: "cannot be read (check its permissions); using the defaults")))
        }
        do {
            return .loaded(try SettingsFile.parse(data, file: path))
        } catch {
            return .unreadable(error)
        }
    }

    /// Writes the settings atomically (a temporary file, then rename). When the file on disk could not be read,
    /// it is first kept as `config.json.unreadable-<time>`, so nothing a person wrote is lost. Returns that path.
    @discardableResult
    public func save(_ settings: FacilitySettings, now: Date = Date()) throws -> String? {
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var keptAs: String?
        if case .unreadable = load() {
            let stamp = Int(now.timeIntervalSince1970)
            let backup = "\(path).unreadable-\(stamp)"
            try fm.moveItem(atPath: path, toPath: backup)
            keptAs = backup
        }
        let temp = "\(path).tmp-\(getpid())"
        let data = Data(SettingsFile.text(settings).utf8)
        guard fm.createFile(atPath: temp, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temp])
        }
        let fd = open(temp, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
        guard rename(temp, path) == 0 else {
            let e = errno
            unlink(temp)
            throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
        }
        return keptAs
    }
}

/// The settings file's format: a small JSON object, every key optional.
enum SettingsFile {
    static let keys = ["online", "facilityKind", "language", "theme", "adminPinHash"]

    static func parse(_ data: Data, file: String) throws(SettingsProblem) -> FacilitySettings {
        let root: JSONNode
        do {
            root = try JSONReader.parse(data)
        } catch {
            throw SettingsProblem(file: file, line: error.line, key: nil, message: LocalizedText(
                ja: "JSONとして読めません（\(error.column)文字目: \(error.message)）。既定の設定で動きます",
                en: "not valid JSON (column \(error.column): \(error.message)); using the defaults"))
        }
        guard case .object(let members) = root.value else {
            throw SettingsProblem(file: file, line: root.line, key: nil, message: LocalizedText(
                ja: "JSONオブジェクト {…} ではありません。既定の設定で動きます", en: "not a JSON object {…}; using the defaults"))
        }
        var s = FacilitySettings()
        for m in members {
            func bad(_ accepted: String) -> SettingsProblem {
                SettingsProblem(file: file, line: m.node.line, key: m.key, message: LocalizedText(
                    ja: "値が使えません（使える値: \(accepted)）。既定の設定で動きます",
                    en: "this value is not accepted (accepted: \(accepted)); using the defaults"))
            }
            func text(_ accepted: String) throws(SettingsProblem) -> String {
                guard case .string(let v) = m.node.value else { throw bad(accepted) }
                return v
            }
            switch m.key {
            case "online":
                // The booleans of earlier versions read as yes and no.
                switch m.node.value {
                case .bool(let b): s.online = b ? .yes : .no
                case .string(let v):
                    guard let way = OnlineChecking(rawValue: v) else { throw bad("\"yes\", \"app\", \"no\"") }
                    s.online = way
                default: throw bad("\"yes\", \"app\", \"no\"")
                }
            case "facilityKind":
                let accepted = FacilitySettingKind.allCases.map(\.rawValue).joined(separator: ", ")
                guard let k = FacilitySettingKind(rawValue: try text(accepted)) else { throw bad(accepted) }
                s.facilityKind = k
            case "language":
                guard let l = Language(rawValue: try text("ja, en")) else { throw bad("ja, en") }
                s.language = l
            case "theme":
                let accepted = Theme.allCases.map(\.rawValue).joined(separator: ", ")
                guard let t = Theme(rawValue: try text(accepted)) else { throw bad(accepted) }
                s.theme = t
            case "adminPinHash":
                if case .null = m.node.value { s.adminPinHash = nil } else { s.adminPinHash = try text("a crypt(3) hash") }
            default:
                throw SettingsProblem(file: file, line: m.node.line, key: m.key, message: LocalizedText(
                    ja: "不明なキーです（使えるキー: \(keys.joined(separator: ", "))）。既定の設定で動きます",
                    en: "unknown key (expected one of: \(keys.joined(separator: ", "))); using the defaults"))
            }
        }
        return s
    }

    static func text(_ s: FacilitySettings) -> String {
        var lines = [
            "  \"online\": \(JSONWriter.quoted(s.online.id))",
            "  \"facilityKind\": \(JSONWriter.quoted(s.facilityKind.rawValue))",
            "  \"language\": \(JSONWriter.quoted(s.language.rawValue))",
            "  \"theme\": \(JSONWriter.quoted(s.theme.rawValue))",
        ]
        if let h = s.adminPinHash { lines.append("  \"adminPinHash\": \(JSONWriter.quoted(h))") }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
