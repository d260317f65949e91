import Facility
import Eligibility
import Foundation
import Screen
import Store
import Wizard
import WizardTestSupport

/// A deterministic generator (SplitMix64): the same seed replays the same run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One configuration of the machine the monkey plays with.
struct MonkeySetup: Sendable, CustomStringConvertible {
    let mode: Mode
    let language: Language?
    let online: OnlineChecking
    /// A fixed visit date (--date); otherwise the visit date follows the ticks' today.
    let fixedDate: Bool
    /// --ambiguous.
    var ambiguous: AmbiguousWidth?
    /// The Linux console: every cell drawn must be ASCII.
    var asciiOnly = false

    var description: String {
        "\(mode) \(language?.rawValue ?? "saved-language") online-\(online.id) \(fixedDate ? "fixed-date" : "today")"
            + (ambiguous.map { " ambiguous-\($0.rawValue)" } ?? "") + (asciiOnly ? " ascii-only" : "")
    }
}

/// Presses random keys, resizes and ticks on the real reducer, plays the front end's part for effects, renders every
/// state, and reports the first step after which the grid or the state is not what the machine can produce.
struct Monkey {
    let setup: MonkeySetup
    var rng: SplitMix
    var driver: Driver
    /// Keys queued by a typed snippet (a date, a number), pressed one per step between other actions.
    var queue: [Key] = []
    var keys = 0
    var steps = 0
    var sessions = 1
    /// Every today a tick has brought in this session: a result is decided on one of them.
    var todays: Set<CalendarDate> = [today]
    var clock: Double = 0
    var day = today
    /// The places the run has been, to show that it went everywhere keys can go.
    var visited: Set<String> = []
    /// The PIN set now: the settings page may change it.
    var pin: String?
    /// The tally the front end would write: a real one, in a scratch file, so the tally page shows real reports.
    let tally: Tally

    /// The kiosk's administrator PIN, and how the monkey's stand-in for the PIN hash spells its hash.
    static let adminPin = "2468"
    static func fakeHash(_ pin: String) -> String { "monkey-hash:" + pin }

    init(_ setup: MonkeySetup, seed: UInt64, tallyPath: String) throws {
        self.setup = setup
        rng = SplitMix(state: seed)
        driver = Monkey.session(setup)
        pin = setup.mode == .kiosk ? Monkey.adminPin : nil
        tally = try Tally.open(path: tallyPath)
    }

    /// On an ASCII-only terminal, the first cell that is not ASCII.
    func notASCII(_ grid: Grid) -> String? {
        guard setup.asciiOnly else { return nil }
        for y in 0..<grid.height {
            for x in 0..<grid.width where !grid[x: x, y: y].text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
                return "cell \(x),\(y) is \(grid[x: x, y: y].text.debugDescription), not ASCII"
            }
        }
        return nil
    }

    static func session(_ setup: MonkeySetup) -> Driver {
        // A kiosk has an administrator PIN, so F12 leads somewhere; elsewhere the settings page can set one.
        let pin = setup.mode == .kiosk ? fakeHash(adminPin) : nil
        return Driver(mode: setup.mode, settings: FacilitySettings(online: .facility(setup.online), adminPinHash: pin),
                      visitDate: setup.fixedDate ? "2025-08-05" : nil, language: setup.language, idleTimeout: 60,
                      ambiguous: setup.ambiguous, asciiOnly: setup.asciiOnly)
    }

    /// Runs until `keyCount` keys were pressed; returns the first problem, with the step that caused it.
    mutating func run(keys keyCount: Int) -> String? {
        while keys < keyCount {
            let action = nextAction()
            if case .key = action { keys += 1 }
            steps += 1
            let before = driver.state
            let effects = perform(action)
            let grid = Screen.render(driver.state, driver.env, size: Size(width: driver.state.viewport.width,
                                                                           height: driver.state.viewport.height))
            if let problem = problem(before: before, action: action, effects: effects, grid: grid) ?? notASCII(grid) {
                return "step \(steps) (\(action)) in session \(sessions): \(problem)\npage: \(driver.state.page)\n\(grid.snapshot)"
            }
            note(grid)
            if driver.state.finished {
                sessions += 1
                driver = Monkey.session(setup)
                pin = setup.mode == .kiosk ? Monkey.adminPin : nil
                todays = [today]
                clock = 0
                day = today
                queue = []
            }
        }
        return nil
    }

    /// Reduces an action and answers its effects as a front end does (WizardSession.send), sometimes with a failure.
    mutating func perform(_ action: Action) -> [Effect] {
        var all: [Effect] = []
        var queue = Wizard.reduce(&driver.state, action, driver.env)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            all.append(effect)
            let outcome: EffectOutcome?
            switch effect {
            case .quit, .savePinLock: outcome = nil
            case .record(let c, let decision, let replacing):
                if rng.next() % 10 == 0 {
                    outcome = .recordFailed("disk full")
                } else {
                    // At noon Japan time on the visit's day, so the tally's spans find it.
                    let noon = Date(timeIntervalSince1970: Double(c.visitDate.dayNumber) * 86_400 + 3 * 3_600)
                    do {
                        let id = try tally.record(TallyRecord(case: c, decision: decision, at: noon), replacing: replacing)
                        outcome = .recorded(id: id)
                    } catch {
                        outcome = .recordFailed(error.text(.en))
                    }
                }
            case .saveSettings(let settings):
                switch rng.next() % 10 {
                case 0: outcome = .settingsFailed("read-only file system")
                case 1: outcome = .settingsSaved(settings, path: "/tmp/config.json", keptUnreadableAs: "/tmp/config.json.unreadable")
                default: outcome = .settingsSaved(settings, path: "/tmp/config.json", keptUnreadableAs: nil)
                }
            case .hashAdminPin(let newPin):
                pin = newPin
                outcome = .adminPinHashed(newPin.map(Monkey.fakeHash))
            case .verifyAdminPin(let pin, let hash): outcome = .adminPinChecked(Monkey.fakeHash(pin) == hash)
            case .loadTally(let from, let to):
                if rng.next() % 10 == 0 {
                    outcome = .tallyLoaded(.failure(TallyLoadProblem(LocalizedText(ja: "集計ファイルが壊れています",
                                                                                   en: "the tally file is damaged"))))
                } else {
                    do {
                        outcome = .tallyLoaded(.success(try tally.report(from: from, to: to)))
                    } catch {
                        outcome = .tallyLoaded(.failure(TallyLoadProblem(LocalizedText(ja: error.text(.ja), en: error.text(.en)))))
                    }
                }
            case .printLeaflet, .printRegistration:
                outcome = rng.next() % 2 == 0
                    ? .printed(LocalizedText(ja: "既定のプリンターに送りました (request id is desk-12 (1 file(s)))",
                                             en: "Sent to the default printer (request id is desk-12 (1 file(s)))"))
                    : .printFailed(LocalizedText(ja: "印刷に使うツールがありません: pango-view（apt install pango1.0-tools）",
                                                 en: "the printing tools are missing: pango-view (apt install pango1.0-tools)"))
            case .saveRegistration, .saveLeaflet:
                switch rng.next() % 4 {
                case 0: outcome = .fileFailed("/tmp/uketsuke: permission denied")
                case 1: outcome = .fileSaved(path: "/home/reception-desk-terminal/.local/share/uketsuke/patient-leaflet-ja-2026-11-24-12.txt")
                default: outcome = .fileSaved(path: "/tmp/uketsuke/portal-registration-2026-11-24.txt")
                }
            }
            if let outcome { queue += Wizard.reduce(&driver.state, .effectDone(outcome), driver.env) }
        }
        Screen.settle(&driver.state, driver.env)
        return all
    }

    // MARK: What to do next

    mutating func nextAction() -> Action {
        let roll = rng.next() % 1000
        if roll < 25 { return .resize(width: randomWidth(), height: randomHeight()) }
        if roll < 70 {
            // Mostly seconds apart, sometimes past the kiosk's idle timeout, now and then past midnight.
            clock += [0.5, 3, 20, 61, 300].randomElement(using: &rng)!
            if rng.next() % 40 == 0 {
                day = day.adding(days: 1)
                todays.insert(day)
            }
            return .tick(now: clock, today: day)
        }
        if !queue.isEmpty { return .key(queue.removeFirst()) }
        if setup.mode == .kiosk, let pin, rng.next() % 150 == 0 {
            // The administrator: F12, the PIN (now and then a wrong one), and an item of the menu.
            let pin = rng.next() % 4 == 0 ? "1357" : pin
            let item = 1 + rng.next() % 3
            queue = [.function(12)] + pin.map { Key.char($0) } + [.enter, .char(Character(String(item)))]
            // Item 3 ends the kiosk after a confirmation, which the administrator sometimes gives.
            if item == 3, rng.next() % 2 == 0 { queue.append(.char("y")) }
            return .key(queue.removeFirst())
        }
        if typing, rng.next() % 4 == 0 {
            // Clear the field and type something whole, as a receptionist corrects an entry.
            queue = [.end, .ctrl("u")] + snippet().map { Key.char($0) }
            if rng.next() % 2 == 0 { queue.append(.enter) }
            return .key(queue.removeFirst())
        }
        if rng.next() % 40 == 0 {
            // Back out a few pages, as someone who took a wrong turn does.
            queue = Array(repeating: .escape, count: Int.random(in: 1...6, using: &rng))
            return .key(queue.removeFirst())
        }
        return .key(rng.next() % 2 == 0 ? usefulKey() : anyKey())
    }

    /// Mostly the sizes people use, and anything from 1×1 to 250×80.
    mutating func randomWidth() -> Int {
        rng.next() % 3 == 0 ? [80, 60, 59, 100].randomElement(using: &rng)! : Int.random(in: 1...250, using: &rng)
    }

    mutating func randomHeight() -> Int {
        rng.next() % 3 == 0 ? [24, 18, 17, 30].randomElement(using: &rng)! : Int.random(in: 1...80, using: &rng)
    }

    /// A text field has the keys: the monkey sometimes types something whole into it.
    var typing: Bool {
        guard driver.state.overlay == nil else { return false }
        switch driver.state.page {
        case .check(let f): return f.step.isDate || (f.step == .insurer && f.typingNumber)
        case .trainingDate, .adminPin, .pinSetup: return true
        case .registration(let page):
            if case .field(let f) = page.focusedRow { return RegistrationPage.isText(f) }
            return false
        default: return false
        }
    }

    /// A key the current page reacts to: its key map's samples, the numbers and Enter.
    mutating func usefulKey() -> Key {
        let bindings = KeyMap.bindings(driver.state, driver.env).compactMap(\.keys.first)
        var choices: [Key] = bindings + (1...9).map { Key.char(Character(String($0))) } + [.enter, .enter, .char(" ")]
        // The last choice of the insurer question, typing the 保険者番号, is a page of its own: go there more often.
        if case .check(let f) = driver.state.page, f.step == .insurer, !f.typingNumber {
            choices += Array(repeating: .char("9"), count: 4)
        }
        return choices.randomElement(using: &rng)!
    }

    static let namedKeys: [Key] = [
        .enter, .escape, .backspace, .delete, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
    ]
    /// Text a receptionist or a cat might produce: kana, kanji, full-width and half-width forms, ambiguous-width
    /// symbols, combining marks, emoji, zero-width and control characters.
    static let oddCharacters: [Character] = [
        "あ", "ア", "漢", "字", "令", "和", "元", "年", "月", "日", "（", "）", "Ｒ", "７", "．", "０", "　", "ー", "〜", "。", "、",
        "ｱ", "ﾞ", "ﾟ", "○", "△", "×", "※", "■", "…", "→", "★", "①", "─", "😀", "👨‍👩‍👧", "🇯🇵", "\u{3099}", "か\u{3099}",
        "\u{200B}", "\u{0301}", "e\u{0301}", "\u{85}", "\u{7F}", "\u{1B}", "\u{7}", "\u{FFFD}", "\u{E000}", "\u{10FFFF}",
        "\u{FEFF}", "\u{202E}", "？", "?", "q", "y", "n", "p", "P", "0", "9",
    ]

    mutating func anyKey() -> Key {
        switch rng.next() % 8 {
        case 0, 1: return .char(Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng))))
        case 2: return .char(Monkey.oddCharacters.randomElement(using: &rng)!)
        case 3: return .char(Character(Unicode.Scalar(UInt32.random(in: 0x3041...0x30FF, using: &rng))!))
        case 4: return .ctrl(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &rng))))
        case 5: return .function(Int.random(in: 1...24, using: &rng))
        default: return Monkey.namedKeys.randomElement(using: &rng)!
        }
    }

    /// Something to type into a date or number field: valid, nearly valid and wrong forms.
    mutating func snippet() -> String {
        [
            "R7.7.31", "令和8年11月24日", "2026-11-24", "0", "０", "Ｒ７．７．３１", "令和元年5月1日", "平成31年5月1日", "2025/2/29",
            "令7.12.1(月)", "20251201", "R9.7.31", "H31.4.30", "25/7/31", "06130488", "06130487", "131011", "39132014",
            "12130012", "0613", "99999999999999999999", "明治5年12月2日", "2200-12-31", "2201-01-01", " ", "令和",
            String(repeating: "漢", count: 70),
            // The portal form's fields: names, katakana, codes, phones, addresses, passwords, prefectures.
            "山田", "ヤマダ", "ﾔﾏﾀﾞ", "髙田", "医療法人社団高田会", "0712362", "0712361", "34", "広島県", "東京", "082-123-4567",
            "0821234567", "info@yamada-clinic.jp", "a@b", "Yamada?2026", "password", "2468", "1357",
        ].randomElement(using: &rng)!
    }

    // MARK: What must hold after every step

    func problem(before: WizardState, action: Action, effects: [Effect], grid: Grid) -> String? {
        let s = driver.state
        let env = driver.env
        if !grid.isConsistent { return "the grid is inconsistent (a split wide character or a bad width)" }
        if let c = grid.cursor, !(0..<grid.width).contains(c.x) || !(0..<grid.height).contains(c.y) {
            return "the cursor \(c) is outside the \(grid.size) grid"
        }
        let quit = effects.contains(.quit)
        if quit != (s.finished && !before.finished) { return "finished (\(s.finished)) without the quit effect, or the reverse" }
        if quit && before.overlay != .quitConfirm { return "quit without the confirmation" }
        var onHome = false
        if case .home = s.page { onHome = true }
        var onAdmin = false
        if case .admin = s.page { onAdmin = true }
        if s.overlay == .quitConfirm && !(env.mode == .kiosk ? onAdmin : onHome) {
            return "the quit confirmation over \(s.page)"
        }
        if env.mode == .kiosk {
            if onHome { return "a kiosk reached the home menu" }
            // What only the administrator may see: after the PIN, until Esc or the idle reset.
            switch s.page {
            case .admin, .settings, .pinSetup, .tally:
                if !s.adminSession { return "a kiosk showed \(s.page) without the administrator's PIN" }
            default: break
            }
            if (s.overlay == .quitConfirm || s.finished) && !before.adminSession { return "a kiosk can be quit without the PIN" }
            if case .tick(let now, _) = action, now - s.lastKey >= env.idleTimeout,
               s.page != .check(Wizard.newCheck(s, env)) || s.overlay != nil || s.adminSession {
                return "no idle reset after \(now - s.lastKey) s without a key"
            }
        } else if case .tick = action, s.page != before.page, before.autoplay == nil {
            return "a tick changed the page outside a kiosk and the autoplay"
        }
        if case .key = action, before.autoplay != nil, s.autoplay != nil { return "a key did not stop the autoplay" }
        for case .record(let c, let decision, _) in effects {
            guard env.mode != .demo, !before.training else { return "the training mode recorded a check" }
            guard case .result(let page) = s.page, page.checkCase == c, page.decision == decision else {
                return "a record that is not the result on screen"
            }
        }
        if case .check = before.page, case .result = s.page, env.mode != .demo, !before.training,
           !effects.contains(where: { if case .record = $0 { true } else { false } }) {
            return "a result reached without recording it"
        }
        let maxScroll = Screen.maxScroll(s, env)
        switch s.page {
        case .training(let cursor):
            if !(0..<TrainingItem.allCases.count).contains(cursor) { return "training cursor \(cursor)" }
            if !s.training { return "the training menu outside the training mode" }
        case .admin(let cursor):
            if !(0..<AdminItem.allCases.count).contains(cursor) { return "admin cursor \(cursor)" }
        case .adoption(let cursor):
            if !(0..<AdoptionItem.allCases.count).contains(cursor) { return "adoption cursor \(cursor)" }
        case .leaflet(let scroll):
            if scroll < 0 || scroll > maxScroll { return "leaflet scroll \(scroll) of \(maxScroll)" }
        case .appGuide(let scroll):
            if scroll < 0 || scroll > maxScroll { return "app guide scroll \(scroll) of \(maxScroll)" }
        case .registration(let page):
            if !(0..<page.rows.count).contains(page.focus) { return "registration focus \(page.focus) of \(page.rows.count)" }
            if !(0...page.field.text.count).contains(page.field.caret) { return "caret \(page.field.caret) in \(page.field.text.count)" }
        case .trainingDate(let field, _), .adminPin(let field, _):
            if !(0...field.text.count).contains(field.caret) { return "caret \(field.caret) in \(field.text.count)" }
        case .quiz, .pinSetup, .tally, .contact: break
        case .home(let cursor):
            if !(0..<Wizard.MenuItem.allCases.count).contains(cursor) { return "home cursor \(cursor)" }
        case .settings(let page):
            if !(0..<SettingsRow.allCases.count).contains(page.cursor) { return "settings cursor \(page.cursor)" }
        case .check(let f):
            // A quiz asks the facility's state too (it is in the story); a real check starts from the settings.
            if f.answers.online == nil && f.step != .online {
                return "a check without the facility's online answer"
            }
            if f.typingNumber && f.step != .insurer { return "typing a number on \(f.step)" }
            if !(0...f.field.text.count).contains(f.field.caret) { return "caret \(f.field.caret) in \(f.field.text.count) characters" }
            if f.field.text.count > 64 { return "a field of \(f.field.text.count) characters" }
            if !f.step.isDate && !(0..<f.optionCount).contains(f.cursor) { return "cursor \(f.cursor) of \(f.optionCount) options" }
            if f.ahead.contains(where: { $0 <= f.step }) { return "steps ahead of \(f.step) that are not after it: \(f.ahead)" }
            if f.asked.contains(where: { $0 >= f.step }) { return "steps asked before \(f.step) that are not before it: \(f.asked)" }
            let (n, m) = f.progress
            if n < 1 || n > m { return "手順 \(n)/\(m)" }
        case .patient(let page, let scroll):
            if scroll < 0 || scroll > maxScroll { return "patient view scroll \(scroll) of \(maxScroll)" }
            if page.scroll < 0 { return "scroll \(page.scroll)" }
        case .result(let page):
            if page.checkCase != page.flow.checkCase(on: page.checkCase.visitDate) {
                return "a result whose case is not the answers"
            }
            if !todays.contains(where: { Eligibility.decide(page.checkCase, dates: env.rules.dates, today: $0) == page.decision }) {
                return "a result whose decision is not decide() of its case"
            }
            if page.scroll < 0 || page.scroll > maxScroll { return "scroll \(page.scroll) past the end (\(maxScroll))" }
        }
        return nil
    }

    /// Marks where the run has been.
    mutating func note(_ grid: Grid) {
        let s = driver.state
        if grid.width < Screen.minimum.width || grid.height < Screen.minimum.height { visited.insert("too small") }
        switch s.overlay {
        case .help?: visited.insert("help")
        case .quitConfirm?: visited.insert("quit confirmation")
        case nil: break
        }
        if s.finished { visited.insert("quit") }
        if s.notice != nil { visited.insert("notice") }
        switch s.page {
        case .home: visited.insert("home")
        case .settings: visited.insert("settings")
        case .check(let f):
            visited.insert(f.typingNumber ? "insurer number" : "\(f.step)")
            if f.error != nil { visited.insert("field error") }
        case .result(let page):
            visited.insert("result \(page.decision.verdict)")
            if page.scroll > 0 { visited.insert("scrolled result") }
        case .patient: visited.insert("patient")
        case .training: visited.insert("training")
        case .trainingDate: visited.insert("training date")
        case .quiz(let phase):
            switch phase {
            case .story: visited.insert("quiz story")
            case .answer: visited.insert("quiz answer")
            case .reveal: visited.insert("quiz reveal")
            case .summary: visited.insert("quiz summary")
            }
        case .pinSetup: visited.insert("PIN setup")
        case .adminPin: visited.insert("admin PIN")
        case .admin: visited.insert("admin")
        case .tally(let page): visited.insert(page.problem != nil ? "tally problem" : page.report != nil ? "tally" : "tally loading")
        case .adoption: visited.insert("adoption")
        case .contact: visited.insert("contact")
        case .registration: visited.insert("registration")
        case .leaflet(let scroll): visited.insert(scroll > 0 ? "scrolled leaflet" : "leaflet")
        case .appGuide(let scroll): visited.insert(scroll > 0 ? "scrolled app guide" : "app guide")
        }
        if s.autoplay != nil { visited.insert("autoplay") }
    }

    /// Where keys can take each mode.
    static func places(_ mode: Mode) -> Set<String> {
        var all: Set<String> = ["too small", "help", "notice", "online", "holds", "reader", "insurer", "insurer number",
                                "legacyExpiry", "insurerChanged", "certificateExpiry", "noticeExpiry", "visit", "field error",
                                "result confirmed", "result conditional", "result notConfirmed", "scrolled result", "patient"]
        // Through the administrator's PIN in a kiosk, through the menu elsewhere.
        all.formUnion(["settings", "quit confirmation", "quit", "tally", "tally problem", "PIN setup"])
        if mode == .kiosk {
            all.formUnion(["admin PIN", "admin"])
        } else {
            all.formUnion(["home", "training", "training date", "quiz story", "quiz answer", "quiz reveal", "quiz summary",
                           "autoplay", "adoption", "contact", "registration", "leaflet", "scrolled leaflet",
                           "app guide", "scrolled app guide"])
        }
        return all
    }
}
