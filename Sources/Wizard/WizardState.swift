import Eligibility
import Store

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
    /// How far the current page can scroll in the current viewport; supplied by the views, which know the layout.
    public var maxScroll: (@Sendable (WizardState, WizardEnvironment) -> Int)?

    public init(rules: Rules, mode: Mode = .normal, idleTimeout: Double = 120, fixedVisitDate: CalendarDate? = nil,
                languageOverride: Language? = nil) {
        self.init(rulesSource: RulesSource(rules), mode: mode, idleTimeout: idleTimeout, fixedVisitDate: fixedVisitDate,
                  languageOverride: languageOverride)
    }

    public init(rulesSource: RulesSource, mode: Mode = .normal, idleTimeout: Double = 120,
                fixedVisitDate: CalendarDate? = nil, languageOverride: Language? = nil) {
        self.rulesSource = rulesSource
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
    /// The large patient-facing view of a result (`P`).
    case patient(ResultPage)
    case settings(SettingsPage)
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
    case online, facilityKind, language, theme
}

public struct SettingsPage: Hashable, Sendable {
    public var cursor = 0

    public init(cursor: Int = 0) { self.cursor = cursor }
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

    public init(kind: Kind, text: LocalizedText) {
        self.kind = kind
        self.text = text
    }
}

/// Everything on screen, and nothing else: the front ends draw it and feed it keys.
public struct WizardState: Hashable, Sendable {
    public var page: Page
    public var overlay: Overlay?
    public var settings: FacilitySettings
    public var visitDate: CalendarDate
    public var today: CalendarDate
    public var notice: Notice?
    /// Shown once when the tally cannot be written; the wizard keeps working.
    public var tallyOff = false
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
        page = env.mode == .kiosk ? .check(CheckFlow(online: settings.online)) : .home(cursor: 0)
    }

    /// The language everything is shown in.
    public func language(_ env: WizardEnvironment) -> Language { env.languageOverride ?? settings.language }
}
