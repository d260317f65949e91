import Eligibility
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
    let online: Bool
    /// A fixed visit date (--date); otherwise the visit date follows the ticks' today.
    let fixedDate: Bool

    var description: String {
        "\(mode) \(language?.rawValue ?? "saved-language") \(online ? "online" : "offline") \(fixedDate ? "fixed-date" : "today")"
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

    init(_ setup: MonkeySetup, seed: UInt64) {
        self.setup = setup
        rng = SplitMix(state: seed)
        driver = Monkey.session(setup)
    }

    static func session(_ setup: MonkeySetup) -> Driver {
        Driver(mode: setup.mode, settings: FacilitySettings(online: setup.online), visitDate: setup.fixedDate ? "2026-11-24" : nil,
               language: setup.language, idleTimeout: 60)
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
            if let problem = problem(before: before, action: action, effects: effects, grid: grid) {
                return "step \(steps) (\(action)) in session \(sessions): \(problem)\npage: \(driver.state.page)\n\(grid.snapshot)"
            }
            note(grid)
            if driver.state.finished {
                sessions += 1
                driver = Monkey.session(setup)
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
            case .quit: outcome = nil
            case .record: outcome = rng.next() % 10 == 0 ? .recordFailed("disk full") : .recorded
            case .saveSettings:
                switch rng.next() % 10 {
                case 0: outcome = .settingsFailed("read-only file system")
                case 1: outcome = .settingsSaved(path: "/tmp/config.json", keptUnreadableAs: "/tmp/config.json.unreadable")
                default: outcome = .settingsSaved(path: "/tmp/config.json", keptUnreadableAs: nil)
                }
            }
            if let outcome { queue += Wizard.reduce(&driver.state, .effectDone(outcome), driver.env) }
        }
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

    var typing: Bool {
        guard case .check(let f) = driver.state.page, driver.state.overlay == nil else { return false }
        return f.step.isDate || (f.step == .insurer && f.typingNumber)
    }

    /// A key the current page reacts to: its key map's samples, the numbers and Enter.
    mutating func usefulKey() -> Key {
        let bindings = KeyMap.bindings(driver.state, driver.env).map(\.sample)
        let choices: [Key] = bindings + (1...9).map { Key.char(Character(String($0))) } + [.enter, .enter, .char(" ")]
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
        if s.overlay == .quitConfirm && !onHome { return "the quit confirmation over a page other than home" }
        if env.mode == .kiosk {
            if onHome { return "a kiosk reached the home menu" }
            if case .settings = s.page { return "a kiosk reached the settings" }
            if s.overlay == .quitConfirm || s.finished { return "a kiosk can be quit" }
            if case .tick(let now, _) = action, now - s.lastKey >= env.idleTimeout,
               s.page != .check(CheckFlow(online: s.settings.online)) || s.overlay != nil {
                return "no idle reset after \(now - s.lastKey) s without a key"
            }
        } else if case .tick = action, s.page != before.page {
            return "a tick changed the page outside a kiosk"
        }
        for case .record(let c, let decision) in effects {
            guard env.mode != .demo else { return "the training mode recorded a check" }
            guard case .result(let page) = s.page, page.checkCase == c, page.decision == decision else {
                return "a record that is not the result on screen"
            }
        }
        if case .check = before.page, case .result = s.page, env.mode != .demo,
           !effects.contains(where: { if case .record = $0 { true } else { false } }) {
            return "a result reached without recording it"
        }
        switch s.page {
        case .home(let cursor):
            if !(0..<Wizard.MenuItem.allCases.count).contains(cursor) { return "home cursor \(cursor)" }
        case .settings(let page):
            if !(0..<SettingsRow.allCases.count).contains(page.cursor) { return "settings cursor \(page.cursor)" }
        case .check(let f):
            if f.answers.online == nil { return "a check without the facility's online answer" }
            if f.typingNumber && f.step != .insurer { return "typing a number on \(f.step)" }
            if !(0...f.field.text.count).contains(f.field.caret) { return "caret \(f.field.caret) in \(f.field.text.count) characters" }
            if f.field.text.count > 64 { return "a field of \(f.field.text.count) characters" }
            if !f.step.isDate && !(0..<f.optionCount).contains(f.cursor) { return "cursor \(f.cursor) of \(f.optionCount) options" }
            if setup.fixedDate && !f.applies(f.step, env, visitDate: s.visitDate) { return "on \(f.step), which these answers skip" }
            let (n, m) = f.progress(env, visitDate: s.visitDate)
            if n < 1 || n > m { return "手順 \(n)/\(m)" }
        case .result(let page), .patient(let page):
            if page.checkCase != page.flow.answers.checkCase(on: page.checkCase.visitDate) {
                return "a result whose case is not the answers"
            }
            if !todays.contains(where: { Eligibility.decide(page.checkCase, dates: env.rules.dates, today: $0) == page.decision }) {
                return "a result whose decision is not decide() of its case"
            }
            if page.scroll < 0 { return "scroll \(page.scroll)" }
            if case .result = s.page, page.scroll > Screen.maxScroll(s, env) {
                return "scroll \(page.scroll) past the end (\(Screen.maxScroll(s, env)))"
            }
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
        }
    }

    /// Where keys can take each mode.
    static func places(_ mode: Mode) -> Set<String> {
        var all: Set<String> = ["too small", "help", "notice", "online", "holds", "reader", "insurer", "insurer number",
                                "legacyExpiry", "insurerChanged", "certificateExpiry", "noticeExpiry", "visit", "field error",
                                "result confirmed", "result conditional", "result notConfirmed", "scrolled result", "patient"]
        if mode != .kiosk { all.formUnion(["home", "settings", "quit confirmation", "quit"]) }
        return all
    }
}
