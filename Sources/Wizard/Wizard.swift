import Eligibility
import Facility

/// The wizard's state machine: `reduce(state, action) -> effects`. Pure: no I/O, no clock, no terminal.
public enum Wizard {
    public static func reduce(_ s: inout WizardState, _ action: Action, _ env: WizardEnvironment) -> [Effect] {
        switch action {
        case .tick(let now, let time):
            return tick(&s, now: now, time: time, env)
        case .resize(let width, let height):
            s.viewport = Viewport(width: width, height: height)
            return []
        case .effectDone(let outcome):
            return done(&s, outcome, env)
        case .key(let key):
            s.lastKey = s.clock
            s.notice = nil
            if s.autoplay != nil {
                // Any key stops the autoplay; the session's date and facility come back.
                s.autoplay = nil
                s.example = nil
                s.page = .training(cursor: TrainingItem.autoplay.rawValue - 1)
                return []
            }
            if let overlay = s.overlay { return overlayKey(&s, overlay, key, env) }
            // No date or number contains "?", so it means help even there; a password or a name may, so in the
            // registration form's text fields it is typed and F1 is help.
            if key == .function(1) || ((key == .char("?") || key == .char("？")) && !typesQuestionMarks(s)) {
                s.overlay = .help
                return []
            }
            if env.mode == .kiosk && key == .function(12) && !s.adminSession {
                openAdmin(&s)
                return []
            }
            switch s.page {
            case .home(let cursor): return homeKey(&s, cursor, key, env)
            case .check(var flow):
                let effects = checkKey(&s, &flow, key, env)
                if case .check = s.page { s.page = .check(flow) }
                return effects
            case .result(var page): return resultKey(&s, &page, key, env)
            case .patient(let page, let scroll): return patientKey(&s, page, scroll: scroll, key, env)
            case .settings(var page):
                let effects = settingsKey(&s, &page, key, env)
                if case .settings = s.page { s.page = .settings(page) }
                return effects
            case .training(let cursor): return trainingKey(&s, cursor, key, env)
            case .trainingDate(let field, _): return trainingDateKey(&s, field, key, env)
            case .quiz(let phase): return quizKey(&s, phase, key, env)
            case .pinSetup(let setup): return pinSetupKey(&s, setup, key, env)
            case .adminPin(let field, _): return adminPinKey(&s, field, key, env)
            case .admin(let cursor): return adminKey(&s, cursor, key, env)
            case .tally(let page): return tallyKey(&s, page, key)
            case .adoption(let cursor): return adoptionKey(&s, cursor, key, env)
            case .contact: return contactKey(&s, key)
            case .registration(let page): return registrationKey(&s, page, key)
            case .appGuide(let scroll):
                return appGuideKey(&s, scroll, key)
            case .leaflet(let scroll):
                return leafletKey(&s, scroll, key)
            }
        }
    }

    static func typesQuestionMarks(_ s: WizardState) -> Bool {
        if case .registration(let page) = s.page, case .field(let f) = page.focusedRow { return RegistrationPage.isText(f) }
        return false
    }

    // MARK: Time

    static func tick(_ s: inout WizardState, now: Double, time: JapanInstant, _ env: WizardEnvironment) -> [Effect] {
        s.clock = now
        s.japanTime = time
        if time.date != s.today {
            s.today = time.date
            if env.fixedVisitDate == nil && !s.training { s.visitDate = time.date }
        }
        autoplayTick(&s, env)
        if env.mode == .kiosk, now - s.lastKey >= env.idleTimeout, !isFreshKioskStart(s, env) {
            // Nobody at the terminal: clear everything so no previous patient's answers stay on screen.
            s.page = .check(newCheck(s, env))
            s.overlay = nil
            s.notice = nil
            s.adminSession = false
        }
        return []
    }

    static func isFreshKioskStart(_ s: WizardState, _ env: WizardEnvironment) -> Bool {
        s.overlay == nil && s.page == .check(newCheck(s, env))
    }

    /// A new patient's check at this facility: from 「お持ちのもの」 when its state is saved, else from question 1.
    public static func newCheck(_ s: WizardState, _ env: WizardEnvironment) -> CheckFlow {
        // A kiosk's first question is drawn before anything else: it must not stop on rules that cannot be used
        // (the front end says why and, in a kiosk, serves with the built-in rules).
        CheckFlow(setting: s.settings.online, visitDate: s.checkDate,
                  dates: env.rulesSource.preload() == nil ? env.rules.dates : nil)
    }

    static func done(_ s: inout WizardState, _ outcome: EffectOutcome, _ env: WizardEnvironment) -> [Effect] {
        switch outcome {
        case .recorded(let id):
            if case .result(var r) = s.page {
                r.flow.recordID = id
                s.page = .result(r)
            }
        case .recordFailed(let why):
            if !s.tallyOff {
                s.tallyOff = true
                s.notice = Notice(kind: .problem, text: UIText.tallyOff(why))
            }
        case .settingsSaved(let saved, let path, let kept):
            s.settings = saved
            s.notice = Notice(kind: .info, text: UIText.saved(keptUnreadableAs: kept), path: path)
        case .settingsFailed(let why):
            s.notice = Notice(kind: .problem, text: UIText.settingsNotSaved(why))
        case .adminPinHashed(let hash):
            var next = s.settings
            next.adminPinHash = hash
            return [.saveSettings(next)]
        case .adminPinChecked(let ok):
            return pinChecked(&s, ok, env)
        case .tallyLoaded(let result):
            tallyLoaded(&s, result)
        case .fileSaved(let path):
            s.notice = Notice(kind: .info, text: UIText.saved(keptUnreadableAs: nil), path: path)
        case .printed(let what):
            s.notice = Notice(kind: .info, text: what)
        case .printFailed(let why):
            s.notice = Notice(kind: .problem, text: UIText.notPrinted(why))
        case .fileFailed(let why):
            s.notice = Notice(kind: .problem, text: UIText.notSaved(why))
        }
        return []
    }

    // MARK: Overlays

    static func overlayKey(_ s: inout WizardState, _ overlay: Overlay, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        switch overlay {
        case .help:
            if [.escape, .enter, .function(1), .char("?"), .char("q")].contains(key) { s.overlay = nil }
            return []
        case .quitConfirm:
            switch key {
            case .char("y"), .char("Y"):
                s.overlay = nil
                s.finished = true
                return [.quit]
            case .char("n"), .char("N"), .escape:
                s.overlay = nil
            default:
                break
            }
            return []
        }
    }

    // MARK: Home

    /// The home menu, in the contract's order.
    public enum MenuItem: Int, CaseIterable, Sendable {
        case check = 1, training, tally, adoption, settings
    }

    static func homeKey(_ s: inout WizardState, _ cursor: Int, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        Menu<MenuItem>(page: Page.home, open: open, leave: nil, other: { s, key in
            if key == .char("q") || key == .char("Q") { s.overlay = .quitConfirm }
            return []
        }).key(&s, cursor: cursor, key, env)
    }

    static func open(_ s: inout WizardState, _ item: MenuItem, _ env: WizardEnvironment) -> [Effect] {
        switch item {
        case .check:
            s.practicing = false
            s.page = .check(newCheck(s, env))
        case .settings: s.page = .settings(SettingsPage())
        case .training: enterTraining(&s)
        case .tally: return openTally(&s, env)
        case .adoption: s.page = .adoption(cursor: 0)
        }
        return []
    }

    // MARK: The check

    static func checkKey(_ s: inout WizardState, _ f: inout CheckFlow, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        if key == .escape {
            return back(&s, &f, env)
        }
        if f.step.isDate {
            if key == .enter { return submitDate(&s, &f, env) }
            if f.field.edit(key) {
                f.answers.typed[f.step] = f.field.text
                f.error = nil
            }
            return []
        }
        if f.typingNumber {
            if key == .enter { return submitInsurerNumber(&s, &f, env) }
            if key == .up {
                f.typingNumber = false
                return []
            }
            if f.field.edit(key) {
                f.answers.insurerNumberText = f.field.text
                f.error = nil
            }
            return []
        }
        let count = f.optionCount
        let several = f.question.kind == .several
        switch key {
        case .up: f.cursor = (f.cursor + count - 1) % count
        case .down, .tab: f.cursor = (f.cursor + 1) % count
        case .char(" "):
            if several { tick(&s, &f, f.cursor, env) }
        case .enter:
            if several {
                // What is ticked is the answer, nothing ticked too: the patient holds nothing.
                f.answers.holds = f.answers.holds
                return advance(&s, &f, env)
            }
            return choose(&s, &f, f.cursor, env)
        case .char(let c):
            guard let n = c.wholeNumberValue, n >= 1, n <= count else { return [] }
            f.cursor = n - 1
            if several {
                tick(&s, &f, n - 1, env)
                return []
            }
            return choose(&s, &f, n - 1, env)
        default: break
        }
        return []
    }

    /// Ticks or unticks a document on 「お持ちのもの」; what can still be asked changes with it.
    static func tick(_ s: inout WizardState, _ f: inout CheckFlow, _ index: Int, _ env: WizardEnvironment) {
        f.answers.holds.toggle(DocumentKind.allCases[index])
        f.replan(visitDate: s.checkDate, dates: env.rules.dates)
    }

    /// A single-choice answer: record it and go on.
    static func choose(_ s: inout WizardState, _ f: inout CheckFlow, _ index: Int, _ env: WizardEnvironment) -> [Effect] {
        var save: [Effect] = []
        if f.question.typesInsurerNumber {
            if index == f.optionCount - 1 {
                // 保険者番号を入力: a field for the number, whose type is inferred.
                f.typingNumber = true
                f.field = TextField(f.answers.insurerNumberText)
                f.error = nil
                return []
            }
            f.answers.insurerFromNumber = false
        }
        f.answers[f.step] = .option(index)
        if f.step == .online, s.savesFacilityState, !s.training {
            // The very first start: this answer is the facility's state from now on.
            s.savesFacilityState = false
            var settings = s.settings
            settings.online = .facility(onlineChoices[index])
            save = [.saveSettings(settings)]
        }
        return save + advance(&s, &f, env)
    }

    static func submitInsurerNumber(_ s: inout WizardState, _ f: inout CheckFlow, _ env: WizardEnvironment) -> [Effect] {
        switch InsurerNumber.parse(f.field.text) {
        case .success(let number):
            f.answers[f.step] = .option(insurerChoices.firstIndex(of: number.type)!)
            f.answers.insurerFromNumber = true
            f.answers.insurerNumberText = f.field.text
            return advance(&s, &f, env)
        case .failure(let e):
            f.error = LocalizedText(ja: e.text(.ja), en: e.text(.en))
            return []
        }
    }

    static func submitDate(_ s: inout WizardState, _ f: inout CheckFlow, _ env: WizardEnvironment) -> [Effect] {
        let text = String(f.field.text.trimmingSpaces)
        let answer: DateAnswer
        if text == "0" || text == "０" {
            if !f.acceptsNone(on: s.checkDate, env.rules) {
                f.error = UIText.expiryAlwaysPrinted(env.rules.insurers[f.checkCase(on: s.checkDate).legacyCard?.insurer ?? .other]!)
                return []
            }
            answer = .none
        } else {
            switch DateInput.parse(text) {
            case .success(let d): answer = .date(d)
            case .failure(.empty):
                f.error = UIText.dateEmpty(zeroAllowed: f.acceptsNone(on: s.checkDate, env.rules))
                return []
            case .failure(let e):
                f.error = LocalizedText(ja: e.text(.ja) + "。" + DateInput.acceptedForms(.ja),
                                        en: e.text(.en) + "; " + DateInput.acceptedForms(.en))
                return []
            }
        }
        f.answers[f.step] = .date(answer)
        return advance(&s, &f, env)
    }

    /// To the next step that can still change the outcome, or to the result.
    static func advance(_ s: inout WizardState, _ f: inout CheckFlow, _ env: WizardEnvironment) -> [Effect] {
        let next: CheckStep? = f.step == .online
            ? .holds
            : QuestionPlan.ahead(of: f.step, f.answers, asked: f.askedSoFar, visitDate: s.checkDate, dates: env.rules.dates).first
        if let next {
            f.asked.append(f.step)
            f.step = next
            f.placeCursor()
            f.replan(visitDate: s.checkDate, dates: env.rules.dates)
            return []
        }
        let c = f.checkCase(on: s.checkDate)
        let decision = Eligibility.decide(c, dates: env.rules.dates, today: s.today)
        if s.quiz != nil && s.autoplay == nil {
            s.page = quizAnswerPage(f, decision)
            return []
        }
        s.page = .result(ResultPage(flow: f, checkCase: c, decision: decision))
        // Recorded before the result is drawn; the training mode records nothing.
        return s.training ? [] : [.record(c, decision, replacing: f.recordID)]
    }

    /// To the step asked before; from 「お持ちのもの」 of a facility whose state is saved, to question 1 (to change it
    /// for this patient); from the first, home (except in a kiosk).
    static func back(_ s: inout WizardState, _ f: inout CheckFlow, _ env: WizardEnvironment) -> [Effect] {
        if f.typingNumber {
            f.typingNumber = false
            f.error = nil
            return []
        }
        if let previous = f.asked.popLast() {
            f.step = previous
            f.placeCursor()
            f.replan(visitDate: s.checkDate, dates: env.rules.dates)
        } else if f.step == .holds && !f.asksOnline {
            f.asksOnline = true
            f.step = .online
            f.placeCursor()
            f.replan(visitDate: s.checkDate, dates: env.rules.dates)
        } else if s.quiz != nil {
            s.page = .quiz(.story)
        } else if s.practicing {
            s.page = .training(cursor: TrainingItem.practice.rawValue - 1)
        } else if env.mode != .kiosk {
            s.page = .home(cursor: 0)
        }
        return []
    }

    // MARK: Result

    static func resultKey(_ s: inout WizardState, _ page: inout ResultPage, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        switch key {
        case .enter:
            s.page = .check(newCheck(s, env))
        case .escape:
            s.page = .check(page.flow)
        case .char("p"), .char("P"):
            s.page = .patient(page, scroll: 0)
        default:
            guard let scroll = scrolled(page.scroll, by: key, s) else { break }
            page.scroll = scroll
            s.page = .result(page)
        }
        return []
    }

    static func patientKey(_ s: inout WizardState, _ page: ResultPage, scroll: Int, _ key: Key,
                           _ env: WizardEnvironment) -> [Effect] {
        switch key {
        case .escape, .char("p"), .char("P"): s.page = .result(page)
        case .enter: s.page = .check(newCheck(s, env))
        default: if let scroll = scrolled(scroll, by: key, s) { s.page = .patient(page, scroll: scroll) }
        }
        return []
    }

    // MARK: Settings

    static func settingsKey(_ s: inout WizardState, _ page: inout SettingsPage, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        let rows = SettingsRow.allCases.count
        switch key {
        case .escape:
            s.page = s.adminSession ? .admin(cursor: AdminItem.settings.rawValue - 1) : .home(cursor: MenuItem.settings.rawValue - 1)
            return []
        case .up: page.cursor = (page.cursor + rows - 1) % rows
        case .down, .tab: page.cursor = (page.cursor + 1) % rows
        case .right, .enter, .char(" "): return change(&s, SettingsRow(rawValue: page.cursor)!, by: 1)
        case .left: return change(&s, SettingsRow(rawValue: page.cursor)!, by: -1)
        case .char(let c):
            if let n = c.wholeNumberValue, n >= 1, n <= rows {
                page.cursor = n - 1
                return change(&s, SettingsRow(rawValue: n - 1)!, by: 1)
            }
        default: break
        }
        return []
    }

    static func change(_ s: inout WizardState, _ row: SettingsRow, by step: Int) -> [Effect] {
        func next<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            let i = all.firstIndex(of: value)!
            return all[(i + step + all.count) % all.count]
        }
        // The new value is in force once it is saved (`settingsSaved`); a save that fails leaves the old one.
        var settings = s.settings
        switch row {
        case .online:
            let all = OnlineSetting.all
            settings.online = all[(all.firstIndex(of: settings.online)! + step + all.count) % all.count]
        case .facilityKind: settings.facilityKind = next(settings.facilityKind)
        case .language: settings.language = next(settings.language)
        case .theme: settings.theme = next(settings.theme)
        case .ambiguous: settings.ambiguous = next(settings.ambiguous)
        case .adminPin:
            s.page = .pinSetup(PinSetup())
            return []
        }
        return [.saveSettings(settings)]
    }
}
