import BundledResources
import Eligibility
import Screen
import Store
import Wizard

let builtInRules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
let today = CalendarDate(iso: "2026-11-24")!

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// Presses keys on the real reducer, as a receptionist would, and keeps the effects.
struct Driver {
    var env: WizardEnvironment
    var state: WizardState
    var effects: [Effect] = []

    init(mode: Mode = .normal, settings: FacilitySettings = FacilitySettings(), visitDate: String? = "2026-11-24",
         language: Language? = nil, idleTimeout: Double = 120) {
        var env = WizardEnvironment(rules: builtInRules, mode: mode, idleTimeout: idleTimeout,
                                    fixedVisitDate: visitDate.map(date), languageOverride: language)
        env.maxScroll = { s, e in Screen.maxScroll(s, e) }
        self.env = env
        state = WizardState(settings: settings, today: today, env: env)
    }

    mutating func send(_ action: Action) {
        effects += Wizard.reduce(&state, action, env)
    }

    mutating func press(_ keys: Key...) {
        for k in keys { send(.key(k)) }
    }

    /// Types text character by character, as a terminal delivers it.
    mutating func type(_ text: String) {
        for c in text { send(.key(.char(c))) }
    }

    var flow: CheckFlow? {
        if case .check(let f) = state.page { return f }
        return nil
    }

    var result: ResultPage? {
        if case .result(let r) = state.page { return r }
        return nil
    }
}
