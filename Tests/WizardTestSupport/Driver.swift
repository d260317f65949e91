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
    /// Every key pressed so far, however it was pressed (a word, `press`, `type`).
    public private(set) var keysPressed = 0

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
        if case .key = action { keysPressed += 1 }
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
    /// Opens the registration from 導入準備 and fills the portal registration form in its order — name, 都道府県,
    /// 医療機関コード, the facility — up to the 開設者 field, which is typed but not confirmed, so a test can look at that
    /// field's check.
    public mutating func fillRegistration(throughFounder founder: String) {
        opens(.adoption)
        opens(adoption: .registration)
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
        opens(.check, sourceLocation: sourceLocation)
    }

    /// Question 1: the facility's state for this patient.
    public mutating func answersTheFacilityIs(_ online: OnlineChecking, sourceLocation: SourceLocation = #_sourceLocation) {
        choose(onlineChoices.firstIndex(of: online)!, on: .online, sourceLocation)
    }

    /// 「お持ちのもの」: ticks the documents shown, then Enter (with none, Enter on what is ticked already).
    public mutating func patientShows(_ documents: DocumentKind..., sourceLocation: SourceLocation = #_sourceLocation) {
        patientShows(documents, sourceLocation: sourceLocation)
    }

    public mutating func patientShows(_ documents: [DocumentKind], sourceLocation: SourceLocation = #_sourceLocation) {
        for d in documents { ticks(d, sourceLocation: sourceLocation) }
        guard expectQuestion(.holds, sourceLocation) else { return }
        press(.enter)
        expectAnswered(.holds, sourceLocation)
    }

    /// Ticks documents on 「お持ちのもの」, each not ticked yet, without going on.
    public mutating func ticks(_ documents: DocumentKind..., sourceLocation: SourceLocation = #_sourceLocation) {
        for d in documents { ticks(d, sourceLocation: sourceLocation) }
    }

    private mutating func ticks(_ document: DocumentKind, sourceLocation: SourceLocation) {
        guard expectQuestion(.holds, sourceLocation) else { return }
        #expect(flow?.answers.holds.contains(document) == false, "\(document) is ticked already", sourceLocation: sourceLocation)
        press(digit(DocumentKind.allCases.firstIndex(of: document)! + 1))
    }

    /// Takes the tick off a document on 「お持ちのもの」.
    public mutating func unticks(_ document: DocumentKind, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(.holds, sourceLocation) else { return }
        #expect(flow?.answers.holds.contains(document) == true, "\(document) is not ticked", sourceLocation: sourceLocation)
        press(digit(DocumentKind.allCases.firstIndex(of: document)! + 1))
    }

    public mutating func readerSays(_ result: ReaderResult, sourceLocation: SourceLocation = #_sourceLocation) {
        choose(ReaderResult.allCases.firstIndex(of: result)!, on: .reader, sourceLocation)
    }

    /// The insurer's type, from the list.
    public mutating func insurerIs(_ insurer: InsurerType, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectTheInsurerList(sourceLocation) else { return }
        choose(insurerChoices.firstIndex(of: insurer)!, on: .insurer, sourceLocation)
    }

    /// 保険者番号を入力, the insurer list's last option: opens the field for the number (with what was typed before).
    public mutating func choosesToTypeTheInsurerNumber(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectTheInsurerList(sourceLocation) else { return }
        press(digit(insurerChoices.count + 1))
        #expect(flow?.typingNumber == true, "no field for the 保険者番号", sourceLocation: sourceLocation)
    }

    /// Chooses 保険者番号を入力, types the number and Enter (a number refused stays in the field, with its error).
    public mutating func typesTheInsurerNumber(_ number: String, sourceLocation: SourceLocation = #_sourceLocation) {
        choosesToTypeTheInsurerNumber(sourceLocation: sourceLocation)
        guard flow?.typingNumber == true else { return }
        type(number)
        press(.enter)
    }

    /// A date as printed ("R7.7.31", "令和7年7月31日"…) or "0" for none, then Enter (a date refused stays, with its error).
    public mutating func printedExpiryIs(_ text: String, on step: CheckStep = .legacyExpiry,
                                         sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectQuestion(step, sourceLocation) else { return }
        type(text)
        press(.enter)
    }

    public mutating func insuranceChanged(_ changed: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        choose(changed ? 1 : 0, on: .insurerChanged, sourceLocation)
    }

    public mutating func visitIs(_ visit: VisitKind, sourceLocation: SourceLocation = #_sourceLocation) {
        choose(visit == .first ? 0 : 1, on: .visit, sourceLocation)
    }

    /// P on the result: the large view to show the patient.
    public mutating func showsThePatientView(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.result, sourceLocation: sourceLocation) else { return }
        press(.char("p"))
        #expect(onScreen == .patientView, "no patient view", sourceLocation: sourceLocation)
    }

    /// Enter on the result: the next patient.
    public mutating func callsTheNextPatient(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.result, sourceLocation: sourceLocation) else { return }
        press(.enter)
        #expect(flow != nil, "no check for the next patient", sourceLocation: sourceLocation)
    }

    /// The questions this patient was asked, in order (on the result).
    public var questionsAsked: [CheckStep] { result?.flow.askedSoFar ?? flow?.askedSoFar ?? [] }

    /// A single-choice answer: the option's number, on the question that must be on screen; the next question follows.
    private mutating func choose(_ index: Int, on step: CheckStep, _ sourceLocation: SourceLocation) {
        guard expectQuestion(step, sourceLocation) else { return }
        press(digit(index + 1))
        expectAnswered(step, sourceLocation)
    }

    private func expectAnswered(_ step: CheckStep, _ sourceLocation: SourceLocation) {
        #expect(flow?.step != step, "still asked \(step) after answering it", sourceLocation: sourceLocation)
    }

    private func expectTheInsurerList(_ sourceLocation: SourceLocation) -> Bool {
        guard expectQuestion(.insurer, sourceLocation) else { return false }
        #expect(flow?.typingNumber == false, "the 保険者番号 field is open, not the list", sourceLocation: sourceLocation)
        return flow?.typingNumber == false
    }

    func expectQuestion(_ step: CheckStep, _ sourceLocation: SourceLocation) -> Bool {
        guard expectOnScreen(.check, sourceLocation: sourceLocation) else { return false }
        let shown = flow?.step
        #expect(shown == step, "the wizard asks \(shown.map { "\($0)" } ?? "nothing"), not \(step)", sourceLocation: sourceLocation)
        return shown == step
    }
}

/// The key of a number on a menu or a list.
func digit(_ n: Int) -> Key { .char(Character(String(n))) }
