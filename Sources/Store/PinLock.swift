import Facility
import Foundation
import StrictJSON

/// Reads and writes `pin-lock.json` (atomic, 0600).
public struct PinLockStore: Sendable {
    public static let fileName = "pin-lock.json"
    public let path: String

    public init(path: String) { self.path = path }

    /// The lock on disk: none when there is no file. A file that cannot be read or understood counts as one lock
    /// from `now`, so that damaging it does not undo a lock-out.
    public func load(now: Int64) -> PinLock {
        guard FileManager.default.fileExists(atPath: path) else { return PinLock() }
        guard let data = FileManager.default.contents(atPath: path), let lock = Self.parse(data) else {
            return PinLock(failures: PinLock.threshold, lockedUntil: now + PinLock.firstLock)
        }
        return lock
    }

    public func save(_ lock: PinLock) throws(SettingsError) {
        var text = "{\"failures\": \(lock.failures)"
        if let until = lock.lockedUntil { text += ", \"lockedUntil\": \(until)" }
        try AtomicFile.write(Data((text + "}\n").utf8), to: path)
    }

    static func parse(_ data: Data) -> PinLock? {
        guard let root = try? JSONReader.parse(data), case .object(let members) = root.value else { return nil }
        var lock = PinLock()
        var sawFailures = false
        for m in members {
            guard case .number(let text, _) = m.node.value, let n = Int64(text), n >= 0 else { return nil }
            switch m.key {
            case "failures":
                lock.failures = Int(n)
                sawFailures = true
            case "lockedUntil": lock.lockedUntil = n
            default: return nil
            }
        }
        return sawFailures ? lock : nil
    }
}
