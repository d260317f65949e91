import Adoption
import Eligibility
import Facility

/// Everything that can happen to the wizard. Time is an action, so idle reset is tested without sleeping.
public enum Action: Sendable {
    case key(Key)
    /// Monotonic seconds since some start, and the time in Japan.
    case tick(now: Double, time: JapanInstant)
    /// The terminal's size changed (or is first known).
    case resize(width: Int, height: Int)
    /// The outcome of an effect the front end carried out.
    case effectDone(EffectOutcome)
}

extension Action {
    /// A tick at midnight of `today`, for callers that only care about the date.
    public static func tick(now: Double, today: CalendarDate) -> Action {
        .tick(now: now, time: JapanInstant(date: today, minuteOfDay: 0)!)
    }
}

/// Work the reducer asks the front end to do; outcomes come back as `.effectDone`.
public enum Effect: Equatable, Sendable {
    case quit
    /// Record a finished check in the tally (never in demo mode), before the result is shown.
    /// Records the check in the tally, replacing the row `replacing` when this patient was recorded before.
    case record(CheckCase, Decision, replacing: Int64?)
    case saveSettings(FacilitySettings)
    /// Keeps the PIN lock-out on disk (pin-lock.json beside the settings).
    case savePinLock(PinLock)
    /// Hash a new administrator PIN (nil removes it); the PIN itself is never stored.
    case hashAdminPin(String?)
    /// Check a typed PIN against the stored hash.
    case verifyAdminPin(String, hash: String)
    /// Read the tally for these Japan days (both included).
    case loadTally(from: CalendarDate, to: CalendarDate)
    /// Write the registration sheet (never the password) under the data directory.
    case saveRegistration(CheckedRegistration)
    /// Write the patient leaflet as a text file to print.
    case saveLeaflet(facilityName: String?)
    /// Print the patient leaflet: an A4 page in large print to the default printer.
    case printLeaflet(facilityName: String?)
    /// Print the registration worksheet (never the password), with the portal's address as a QR code.
    case printRegistration(CheckedRegistration)
}

/// What a front end reports back after an effect.
public enum EffectOutcome: Equatable, Sendable {
    /// The tally row the check went to.
    case recorded(id: Int64)
    /// The tally could not be written: warn once, keep working.
    case recordFailed(String)
    /// The settings are on disk: only now are they in force (a failed save changes nothing).
    case settingsSaved(FacilitySettings, path: String, keptUnreadableAs: String?)
    case settingsFailed(String)
    /// The hash of the new PIN, or nil when it was removed.
    case adminPinHashed(String?)
    case adminPinChecked(Bool)
    case tallyLoaded(Result<TallyReport, TallyLoadProblem>)
    /// A file was written: where.
    case fileSaved(path: String)
    case fileFailed(String)
    /// The page went to the printer: what the print system said (the printer, the job).
    case printed(LocalizedText)
    case printFailed(LocalizedText)
}
