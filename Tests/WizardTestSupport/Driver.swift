import Facility
import Foundation
import Testing
import BundledResources
import Eligibility
import Screen
import Wizard

public let builtInRules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
public let today = CalendarDate(iso: "2026-11-24")!

public func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// Presses keys on the real reducer, as a receptionist would, and keeps the effects.
public struct Driver {
    public var env: WizardEnvironment
    public var state: WizardState
    public var effects: [Effect] = []

    public init(mode: Mode = .normal, settings: FacilitySettings = FacilitySettings(), visitDate: String? = "2026-11-24",
         language: Language? = nil, idleTimeout: Double = 120, ambiguous: AmbiguousWidth? = nil, asciiOnly: Bool = false) {
        let env = WizardEnvironment(rules: builtInRules, mode: mode, idleTimeout: idleTimeout,
                                    fixedVisitDate: visitDate.map(date), languageOverride: language,
                                    ambiguousOverride: ambiguous, asciiOnly: asciiOnly)
        self.env = env
        state = WizardState(settings: settings, today: today, env: env)
    }

    /// How the settings file answers a save: a working disk by default, so a changed setting comes into force.
    public enum SettingsDisk { case works, fails(String), silent }
    public var settingsDisk = SettingsDisk.works

    public mutating func send(_ action: Action) {
        let new = Wizard.reduce(&state, action, env)
        // As the front ends do: the view keeps a scroll inside its content before the screen is drawn.
        Screen.settle(&state, env)
        effects += new
        for case .saveSettings(let settings) in new {
            switch settingsDisk {
            case .works: send(.effectDone(.settingsSaved(settings, path: "/test/config.json", keptUnreadableAs: nil)))
            case .fails(let why): send(.effectDone(.settingsFailed(why)))
            case .silent: break
            }
        }
    }

    public mutating func press(_ keys: Key...) {
        for k in keys { send(.key(k)) }
    }

    /// Types text character by character, as a terminal delivers it.
    public mutating func type(_ text: String) {
        for c in text { send(.key(.char(c))) }
    }

    public var flow: CheckFlow? {
        if case .check(let f) = state.page { return f }
        return nil
    }

    public var result: ResultPage? {
        if case .result(let r) = state.page { return r }
        return nil
    }
}

extension Driver {
    /// The grid this state draws at a size.
    /// What an 80×24 screen says, its rows trimmed and joined, so a test can look for a sentence however it wraps.
    public var screenText: String {
        render(80, 24).lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    public func render(_ width: Int, _ height: Int) -> Grid {
        var copy = self
        copy.send(.resize(width: width, height: height))
        return Screen.render(copy.state, copy.env, size: Size(width: width, height: height))
    }
}

extension Driver {
    /// Opens menu 4 → 2 and fills the portal registration form in its order — name, 都道府県, 医療機関コード, the
    /// facility — up to the 開設者 field, which is typed but not confirmed, so a test can look at that field's check.
    public mutating func fillRegistration(throughFounder founder: String) {
        press(.char("4"), .char("2"))
        type("山田")
        press(.enter)
        type("花子")
        press(.enter, .right, .enter)
        type("34")
        press(.enter)
        type("0712362")
        press(.enter, .char(" "), .down)
        type("山田クリニック")
        press(.enter)
        type(founder)
    }
}

/// The receptionist's words for the check: each answers the question that must be on screen (a test fails where the
/// wizard asks something else, or nothing), with the keys a receptionist would press.
extension Driver {
    /// Home menu 1.
    public mutating func startsACheck(sourceLocation: SourceLocation = #_sourceLocation) {
        press(.char("1"))
        #expect(flow != nil, "no check after menu 1", sourceLocation: sourceLocation)
    }

    /// Question 1: the facility's state for this patient.
    public mutating func answersTheFacilityIs(_ online: OnlineChecking, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.online, sourceLocation) else { return }
        press(.char(Character(String(onlineChoices.firstIndex(of: online)! + 1))))
    }

    /// 「お持ちのもの」: ticks the documents shown, then Enter.
    public mutating func patientShows(_ documents: DocumentKind..., sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.holds, sourceLocation) else { return }
        for d in documents { press(.char(Character(String(DocumentKind.allCases.firstIndex(of: d)! + 1)))) }
        press(.enter)
    }

    public mutating func readerSays(_ result: ReaderResult, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.reader, sourceLocation) else { return }
        press(.char(Character(String(ReaderResult.allCases.firstIndex(of: result)! + 1))))
    }

    public mutating func insurerIs(_ insurer: InsurerType, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.insurer, sourceLocation) else { return }
        press(.char(Character(String(insurerChoices.firstIndex(of: insurer)! + 1))))
    }

    /// A date as printed ("R7.7.31", "令和7年7月31日"…) or "0" for none, then Enter.
    public mutating func printedExpiryIs(_ text: String, on step: CheckStep = .legacyExpiry,
                                         sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(step, sourceLocation) else { return }
        type(text)
        press(.enter)
    }

    public mutating func insuranceChanged(_ changed: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.insurerChanged, sourceLocation) else { return }
        press(.char(changed ? "2" : "1"))
    }

    public mutating func visitIs(_ visit: VisitKind, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.visit, sourceLocation) else { return }
        press(.char(visit == .first ? "1" : "2"))
    }

    /// Enter on the result: the next patient.
    public mutating func callsTheNextPatient(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result != nil, "not on a result", sourceLocation: sourceLocation)
        press(.enter)
    }

    /// The questions this patient was asked, in order (on the result).
    public var questionsAsked: [CheckStep] { result?.flow.askedSoFar ?? flow?.askedSoFar ?? [] }

    private mutating func expectQuestion(_ step: CheckStep, _ sourceLocation: SourceLocation) -> Bool {
        let shown = flow?.step
        #expect(shown == step, "the wizard asks \(shown.map { "\($0)" } ?? "nothing"), not \(step)", sourceLocation: sourceLocation)
        return shown == step
    }
}
