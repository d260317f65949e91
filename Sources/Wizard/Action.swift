import Eligibility
import Store

/// Everything that can happen to the wizard. Time is an action, so idle reset is tested without sleeping.
public enum Action: Sendable {
    case key(Key)
    /// Monotonic seconds since some start, and today's date in Japan.
    case tick(now: Double, today: CalendarDate)
    /// The terminal's size changed (or is first known).
    case resize(width: Int, height: Int)
    /// The outcome of an effect the front end carried out.
    case effectDone(EffectOutcome)
}

/// Work the reducer asks the front end to do; outcomes come back as `.effectDone`.
public enum Effect: Equatable, Sendable {
    case quit
    /// Record a finished check in the tally (never in demo mode), before the result is shown.
    case record(CheckCase, Decision)
    case saveSettings(FacilitySettings)
}

/// What a front end reports back after an effect.
public enum EffectOutcome: Equatable, Sendable {
    case recorded
    /// The tally could not be written: warn once, keep working.
    case recordFailed(String)
    case settingsSaved(path: String, keptUnreadableAs: String?)
    case settingsFailed(String)
}
