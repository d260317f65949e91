import Wizard

/// The events an action caused, read from the wizard's state before and after it: the reducer stays free of
/// logging, and the log can only say what the state itself shows.
public enum KioskEvents {
    /// `tallyReason`: why the tally's last write failed, in English (the state's notice is in the screen's
    /// language); without it the notice's English text is used.
    public static func between(before: WizardState, after: WizardState, tallyReason: String? = nil) -> [LogEvent] {
        var events: [LogEvent] = []
        let failures = after.pinLock.failures
        if failures > before.pinLock.failures {
            events.append(.pinFailure(failures: failures))
            if let until = after.pinLock.lockedUntil, until != before.pinLock.lockedUntil {
                events.append(.lockOut(seconds: after.pinLock.lockLength, failures: failures))
            }
        }
        if !before.adminSession && after.adminSession { events.append(.administratorOpened) }
        if before.adminSession && !after.adminSession { events.append(.administratorClosed) }
        if !before.tallyOff && after.tallyOff {
            events.append(.tallyOff(reason: tallyReason ?? after.notice?.text.en ?? "the tally cannot be written"))
        }
        return events
    }
}
