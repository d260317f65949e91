import Facility
import Adoption
import Eligibility
import Foundation
import KioskLog
import Printing
import Screen
import Store
import Wizard

/// One run of the wizard, whatever the front end: the state, the environment, and the effects' side of things.
final class WizardSession {
    let env: WizardEnvironment
    var state: WizardState
    let settingsStore: SettingsStore
    /// Where finished checks are recorded; opened at the first record, never in the training mode.
    let tallyPath: String
    private var tally: Tally?
    private let start = Monotonic.now()
    /// Kiosk and administrator events go to the system log, never patient data.
    let log: KioskLog
    /// Why the tally's last write failed, in English, for the log (the screen says it in its own language).
    private var tallyReason: String?

    init(env: WizardEnvironment, settingsStore: SettingsStore, tallyPath: String, today: CalendarDate,
         log: KioskLog) {
        self.tallyPath = tallyPath
        self.log = log
        var env = env
        self.settingsStore = settingsStore
        // Unix time at the monotonic clock's zero, for the PIN lock-out kept on disk.
        env.wallClockOffset = Date().timeIntervalSince1970 - (Monotonic.now() - start)
        self.env = env
        let loaded = settingsStore.read()
        state = WizardState(settings: loaded.settings, today: today, env: env)
        // The very first start at a desk (no settings file anywhere): the first answer to question 1 is kept as the
        // facility's state, so it is asked once, not for every patient.
        state.savesFacilityState = env.mode == .normal && loaded.files.isEmpty && loaded.settings.online == .ask
        state.pinLock = settingsStore.pinLock.load(now: Int64(Date().timeIntervalSince1970))
        for problem in loaded.problems {
            log.record(.settingsUnreadable(file: problem.file, line: problem.line, key: problem.key, problem: problem.message.en))
        }
        if !loaded.problems.isEmpty {
            let ja = loaded.problems.map { $0.text(.ja) }.joined(separator: " / ")
            let en = loaded.problems.map { $0.text(.en) }.joined(separator: " / ")
            state.notice = Notice(kind: .problem, text: LocalizedText(ja: ja, en: en))
        }
    }

    /// A page to the default printer (CUPS, as `lp` without a queue): what the print system answered, or why not
    /// (a tool missing names its Debian package). Blocks for the half second the layout takes, like a save.
    private func printed(_ document: PrintDocument) -> EffectOutcome {
        do {
            let receipt = try Printing.render(document, to: .printer(name: nil))
            return .printed(LocalizedText(ja: receipt.text(.ja), en: receipt.text(.en)))
        } catch {
            return .printFailed(LocalizedText(ja: error.text(.ja), en: error.text(.en)))
        }
    }

    /// `$XDG_DATA_HOME/uketsuke`: where the tally, the registration sheet and the leaflet go.
    var dataDirectory: String {
        DataDirectory.containing(tallyPath: tallyPath)
    }

    /// Seconds since the session started, from a clock that never jumps.
    var now: Double { Monotonic.now() - start }

    /// Reduces an action and carries out its effects before anything is drawn (a check is recorded before its
    /// result shows). Returns true when the theme changed, so the front end can repaint.
    @discardableResult
    func send(_ action: Action) -> Bool {
        let before = state
        var queue = Wizard.reduce(&state, action, env)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let outcome = perform(effect) { queue += Wizard.reduce(&state, .effectDone(outcome), env) }
        }
        Screen.settle(&state, env)
        log.record(KioskEvents.between(before: before, after: state, tallyReason: tallyReason))
        return state.settings.theme != before.settings.theme
    }

    /// The screen is up and the rules are read: a kiosk logs that it started.
    func started() {
        log.record(.started(mode: env.mode, version: Version.number, rules: env.rules.version))
    }

    /// The front end is ending with `status`, by `signal` when one ended it.
    func ended(status: Int32, signal: Int32? = nil) {
        if state.adminSession { log.record(.administratorClosed) }
        if let signal { log.record(.exitBySignal(signal)) }
        log.record(.stopped(mode: env.mode, status: status))
    }

    /// Keeps the clock and today's date current.
    func tick() {
        send(.tick(now: now, time: JapanClock.now()))
    }

    private func perform(_ effect: Effect) -> EffectOutcome? {
        switch effect {
        case .quit:
            return nil
        case .record(let c, let decision, let replacing):
            do {
                if tally == nil { tally = try Tally.open(path: tallyPath) }
                let id = try tally!.record(TallyRecord(case: c, decision: decision, at: Date()), replacing: replacing)
                return .recorded(id: id)
            } catch {
                tallyReason = error.text(.en)
                return .recordFailed(error.text(state.language(env)))
            }
        case .hashAdminPin(let pin):
            guard let pin else { return .adminPinHashed(nil) }
            guard let hash = AdminPin.hash(pin) else {
                return .settingsFailed(state.language(env) == .ja ? "PINのハッシュを作れません" : "cannot hash the PIN")
            }
            return .adminPinHashed(hash)
        case .verifyAdminPin(let pin, let hash):
            return .adminPinChecked(AdminPin.matches(pin, hash: hash))
        case .loadTally(let from, let to):
            do {
                // Reading creates nothing: a tally that was never written reports zeros.
                let existing = tally == nil ? try Tally.openExisting(path: tallyPath) : tally
                return .tallyLoaded(.success(try existing?.report(from: from, to: to) ?? TallyReport(from: from, to: to)))
            } catch {
                return .tallyLoaded(.failure(TallyLoadProblem(LocalizedText(ja: error.text(.ja), en: error.text(.en)))))
            }
        case .saveRegistration(let registration):
            let text = RegistrationSheet.text(registration, rules: env.rules, date: state.today, language: state.language(env))
            do {
                return .fileSaved(path: try RegistrationSheet.save(text, date: state.today, directory: dataDirectory))
            } catch {
                return .fileFailed(error.text(state.language(env)))
            }
        case .saveLeaflet(let name):
            let lang = state.language(env)
            let text = PatientLeaflet.text(rules: env.rules, facilityName: name, language: lang)
            do {
                return .fileSaved(path: try PatientLeaflet.save(text, language: lang, date: state.today, directory: dataDirectory))
            } catch {
                return .fileFailed(error.text(lang))
            }
        case .printLeaflet(let name):
            let lang = state.language(env)
            return printed(PrintDocument.leaflet(rules: env.rules, facilityName: name, language: lang))
        case .printRegistration(let registration):
            let lang = state.language(env)
            let text = RegistrationSheet.text(registration, rules: env.rules, date: state.today, language: lang)
            return printed(PrintDocument.registrationSheet(text, rules: env.rules, language: lang))
        case .savePinLock(let lock):
            do {
                try settingsStore.pinLock.save(lock)
                return nil
            } catch {
                return .settingsFailed(error.text(state.language(env)))
            }
        case .saveSettings(let settings):
            do {
                let kept = try settingsStore.save(settings)
                return .settingsSaved(settings, path: settingsStore.path, keptUnreadableAs: kept)
            } catch {
                return .settingsFailed(error.text(state.language(env)))
            }
        }
    }
}

enum Monotonic {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
