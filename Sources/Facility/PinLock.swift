/// The administrator PIN's lock-out: wrong PINs in a row and the lock they earned. Kept on disk beside the settings
/// (`pin-lock.json`), so a restart of the process — what a supervisor's `Restart=always` does — does not reset it.
public struct PinLock: Hashable, Sendable {
    /// Wrong PINs since the last right one.
    public var failures: Int
    /// While locked: the end of the lock, in seconds since 1970 UTC.
    public var lockedUntil: Int64?

    /// Every `threshold`-th wrong PIN locks.
    public static let threshold = 3
    /// The first lock's length; each further lock doubles it, up to `longestLock`.
    public static let firstLock: Int64 = 60
    public static let longestLock: Int64 = 86_400

    public init(failures: Int = 0, lockedUntil: Int64? = nil) {
        self.failures = failures
        self.lockedUntil = lockedUntil
    }

    /// The length of the latest lock: 60 s after 3 wrong PINs, 120 s after 6, 240 s after 9 … at most a day.
    public var lockLength: Int64 {
        let locks = failures / Self.threshold
        guard locks > 0 else { return 0 }
        let doublings = min(locks - 1, 20)
        return min(Self.firstLock << Int64(doublings), Self.longestLock)
    }

    /// Seconds left of the lock at `now`; 0 when not locked. Never more than the lock's own length, so a clock set
    /// back does not lock the administrator out for longer.
    public func secondsLeft(now: Int64) -> Int64 {
        guard let lockedUntil else { return 0 }
        return max(0, min(lockedUntil - now, lockLength))
    }

    public func isLocked(now: Int64) -> Bool { secondsLeft(now: now) > 0 }

    /// After a wrong PIN at `now`. While locked nothing is checked, so nothing changes.
    public func afterFailure(now: Int64) -> PinLock {
        guard !isLocked(now: now) else { return self }
        var next = PinLock(failures: failures + 1, lockedUntil: nil)
        if next.failures % Self.threshold == 0 { next.lockedUntil = now + next.lockLength }
        return next
    }

    /// After the right PIN: no failures, no lock.
    public func afterSuccess() -> PinLock { PinLock() }
}
