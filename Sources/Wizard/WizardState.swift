import Eligibility
import Facility
import Training

/// How the wizard runs. Demo and kiosk are modes of the one machine, not copies of it.
public enum Mode: Hashable, Sendable {
    case normal
    /// 研修モード: a banner on every screen, a simulated date, nothing recorded.
    case demo
    /// Locked-down terminal: starts at question 1, no key quits, idle reset.
    case kiosk
}

/// What stays fixed during a run.
public struct WizardEnvironment: Sendable {
    public let rulesSource: RulesSource
    public var rules: Rules { rulesSource.rules }
    public let mode: Mode
    /// Kiosk: seconds without a key before the answers are cleared.
    public let idleTimeout: Double
    /// The visit date given with --date; nil follows today.
    public let fixedVisitDate: CalendarDate?
    /// --lang, which wins over the saved setting.
    public let languageOverride: Language?
    /// --ambiguous, which wins over the saved setting.
    public let ambiguousOverride: AmbiguousWidth?
    /// The terminal draws ASCII only (the Linux console, with --lang en): the screen is drawn in ASCII.
    public let asciiOnly: Bool
    /// --autoplay: the examples walk themselves from the start.
    public let autoplayAtStart: Bool
    /// Unix seconds minus the session's monotonic clock: the wall time the PIN lock-out is kept in.
    public var wallClockOffset: Double = 0
    /// The example patients of the training mode (read on first use).
    public var training: TrainingLibrary { TrainingLibrary.builtIn }

    public init(rules: Rules, mode: Mode = .normal, idleTimeout: Double = 120, fixedVisitDate: CalendarDate? = nil,
                languageOverride: Language? = nil, autoplayAtStart: Bool = false, ambiguousOverride: AmbiguousWidth? = nil,
                asciiOnly: Bool = false) {
        self.init(rulesSource: RulesSource(rules), mode: mode, idleTimeout: idleTimeout, fixedVisitDate: fixedVisitDate,
                  languageOverride: languageOverride, autoplayAtStart: autoplayAtStart, ambiguousOverride: ambiguousOverride,
                  asciiOnly: asciiOnly)
    }

    public init(rulesSource: RulesSource, mode: Mode = .normal, idleTimeout: Double = 120,
                fixedVisitDate: CalendarDate? = nil, languageOverride: Language? = nil, autoplayAtStart: Bool = false,
                ambiguousOverride: AmbiguousWidth? = nil, asciiOnly: Bool = false) {
        self.rulesSource = rulesSource
        self.ambiguousOverride = ambiguousOverride
        self.asciiOnly = asciiOnly
        self.autoplayAtStart = autoplayAtStart
        self.mode = mode
        self.idleTimeout = idleTimeout
        self.fixedVisitDate = fixedVisitDate
        self.languageOverride = languageOverride
    }
}

/// The terminal's size as the wizard knows it, for scrolling.
public struct Viewport: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The screen the wizard shows.
public enum Page: Hashable, Sendable {
    case home(cursor: Int)
    case check(CheckFlow)
    case result(ResultPage)
    /// The large patient-facing view of a result (`P`); it scrolls only when a small screen cannot hold it.
    case patient(ResultPage, scroll: Int)
    case settings(SettingsPage)
    /// The training menu (home menu 2).
    case training(cursor: Int)
    /// Changing the simulated visit date of the training mode.
    case trainingDate(TextField, error: LocalizedText?)
    case quiz(QuizPhase)
    case pinSetup(PinSetup)
    /// A kiosk's administrator PIN prompt (F12).
    case adminPin(TextField, error: LocalizedText?)
    /// A kiosk's administrator menu: settings, tally, exit.
    case admin(cursor: Int)
    case tally(TallyPage)
    /// 導入準備・お問い合わせ (home menu 4).
    case adoption(cursor: Int)
    /// The call center and the portal: whether it is open now, why not, when it opens.
    case contact
    /// Preparing the portal's new-user registration.
    case registration(RegistrationPage)
    /// What patients must bring to a facility without online checking, large, and as a file to print; scrolls.
    case leaflet(scroll: Int)
    /// Menu 4's guide to the マイナ資格確認アプリ, scrolled.
    case appGuide(scroll: Int)
}

public struct ResultPage: Hashable, Sendable {
    /// The answers, to go back to the last question with Esc.
    public var flow: CheckFlow
    public var checkCase: CheckCase
    public var decision: Decision
    /// First line of the result shown (the result scrolls when it is taller than the screen).
    public var scroll = 0
}

public enum SettingsRow: Int, CaseIterable, Sendable {
    case online, facilityKind, language, theme, adminPin, ambiguous
}

/// Setting the kiosk administrator PIN: typed twice, masked.
public struct PinSetup: Hashable, Sendable {
    public var first = TextField()
    public var second = TextField()
    public var onSecond = false
    public var error: LocalizedText?

    public init() {}
}

public struct SettingsPage: Hashable, Sendable {
    public var cursor = 0

    public init(cursor: Int = 0) { self.cursor = cursor }
}

/// The date and facility of an example patient, in force only while the example runs.
public struct ExampleSetting: Hashable, Sendable {
    public var visitDate: CalendarDate
    public var online: OnlineChecking

    public init(visitDate: CalendarDate, online: OnlineChecking) {
        self.visitDate = visitDate
        self.online = online
    }
}

/// Things drawn over the page.
public enum Overlay: Hashable, Sendable {
    /// `?` or F1: every key of the page underneath.
    case help
    /// `q` on the home menu: 終了しますか？ y/n
    case quitConfirm
}

/// A line shown under the header until the next key: saved, the tally is off, …
public struct Notice: Hashable, Sendable {
    public enum Kind: Sendable { case info, problem }
    public var kind: Kind
    public var text: LocalizedText
    /// A file the notice is about, shown on a line of its own; when it is too long, its start gives way.
    public var path: String?

    public init(kind: Kind, text: LocalizedText, path: String? = nil) {
        self.kind = kind
        self.text = text
        self.path = path
    }
}

/// Everything on screen, and nothing else: the front ends draw it and feed it keys.
public struct WizardState: Hashable, Sendable {
    public var page: Page
    public var overlay: Overlay?
    public var settings: FacilitySettings
    public var visitDate: CalendarDate
    public var today: CalendarDate
    /// The time in Japan at the last tick (the call center page says whether it is open).
    public var japanTime: JapanInstant?
    /// In training: a banner on every screen and nothing recorded. Always so with --demo.
    public var training: Bool
    /// The real visit date while training uses a simulated one.
    public var realVisitDate: CalendarDate?
    /// While an example patient runs (a quiz question, the autoplay): its own visit date and facility. The session's
    /// date and settings come back when it ends.
    public var example: ExampleSetting?
    public var quiz: QuizSession?
    public var autoplay: Autoplay?
    /// The check was opened from the training menu, so Esc on its first question goes back there.
    public var practicing = false
    /// A kiosk administrator has entered the PIN: the admin pages are open until Esc or idle reset.
    public var adminSession = false
    /// The registration form as last left, without its passwords.
    public var keptRegistration: RegistrationPage?
    /// The first start at a desk: the next answer to question 1 is saved as the facility's state (then cleared).
    public var savesFacilityState = false
    /// Wrong PINs and the lock-out, as kept on disk beside the settings (so a restart does not reset them).
    public var pinLock = PinLock()
    public var notice: Notice?
    /// Shown once when the tally cannot be written; the wizard keeps working.
    public var tallyOff = false
    /// Set by the front end when a kiosk serves with the built-in rules instead of a refused --rules file: drawn
    /// under the header on every screen, never cleared by a key.
    public var rulesWarning: LocalizedText?
    /// Monotonic seconds of the last tick, and of the last key (for the kiosk's idle reset).
    public var clock: Double = 0
    public var lastKey: Double = 0
    public var viewport = Viewport(width: 80, height: 24)
    /// Set by the quit effect's reducer step; front ends stop when they see it.
    public var finished = false

    public init(settings: FacilitySettings, today: CalendarDate, env: WizardEnvironment) {
        self.settings = settings
        self.today = today
        visitDate = env.fixedVisitDate ?? today
        training = env.mode == .demo
        page = .home(cursor: 0)
        if env.mode == .kiosk { page = .check(Wizard.newCheck(self, env)) }
        if env.autoplayAtStart { Wizard.startAutoplay(&self, env, scenario: 0) }
    }

    /// The visit date the check on screen is for: an example's own while it runs, else the session's.
    public var checkDate: CalendarDate { example?.visitDate ?? visitDate }

    /// The facility's way of checking as the header shows it: an example's own while it runs, else the setting.
    /// The facility state the header shows: an example's while it runs; past question 1 and on the result, the one
    /// this patient's check assumed (question 1 may have been answered otherwise than the setting); else the setting.
    /// nil: the setting is 毎回確認 and no state has been chosen for this patient yet.
    public var facilityOnline: OnlineChecking? {
        if let example { return example.online }
        switch page {
        case .check(let f) where f.step != .online: return f.answers.online ?? settings.online.known
        case .result(let r), .patient(let r, _): return r.checkCase.online
        default: return settings.online.known
        }
    }

    /// The language everything is shown in: English on a terminal that draws ASCII only, whatever is saved.
    public func language(_ env: WizardEnvironment) -> Language {
        env.asciiOnly ? .en : env.languageOverride ?? settings.language
    }

    /// How wide the terminal draws East Asian Ambiguous characters.
    public func ambiguousWidth(_ env: WizardEnvironment) -> AmbiguousWidth { env.ambiguousOverride ?? settings.ambiguous }
}
