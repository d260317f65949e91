import Facility
import BundledResources
import Eligibility
import Foundation
import Screen
import Store
import Wizard

/// In-process key-to-frame time: reducer + render + diff for each key, over receptionists' key sequences that
/// visit every page (questions, typed fields with errors, results, scrolling, patient view, help, settings).
enum KeysBenchmark {
    /// The visit date of the scripts: August 2025, when an old card's insurer, expiry and change are still asked, so
    /// the typed fields (a 保険者番号 with a wrong check digit, a date that does not exist) are part of the run.
    static let date = "2025-08-05"

    /// One patient after another, as typed at the counter. Each script starts and ends on the home menu.
    static let scripts: [[Key]] = {
        func type(_ s: String) -> [Key] { s.map { Key.char($0) } }
        return [
            [.char("1"), .char("2"), .char("1"), .char("5"), .enter, .char("p"), .escape, .pageDown, .pageUp, .enter, .escape, .escape],
            [.char("1"), .char("1"), .char("1"), .enter, .char("2"), .char("2"), .down, .down, .up, .enter, .escape, .escape],
            [.char("1"), .char("2"), .char("3"), .enter, .char("9")] + type("06130487") + [.enter, .backspace] + type("8")
                + [.enter] + type("令和7年2月29日") + [.enter, .backspace, .backspace, .backspace] + type("8日") + [.enter, .char("1"),
                .char("?"), .escape, .down, .down, .down, .enter, .escape, .escape],
            [.char("1"), .char("2"), .char("2"), .char("4"), .enter] + type("R6.1.1") + [.enter] + type("0") + [.enter, .enter, .escape],
            [.char("5"), .down, .down, .up, .escape, .char("?"), .escape],
        ]
    }()

    static func run(_ args: [String]) throws {
        let count = try option("--keys", in: args, default: 10_000)
        let rules = try RulesFile.load(BundledResources.rules, file: "built-in rules.json")
        let env = WizardEnvironment(rules: rules, fixedVisitDate: CalendarDate(iso: date))
        let size = Size(width: 80, height: 24)
        var state = WizardState(settings: FacilitySettings(), today: CalendarDate(iso: "2026-11-24")!, env: env)
        _ = Wizard.reduce(&state, .resize(width: size.width, height: size.height), env)
        var previous = Screen.render(state, env, size: size)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        var changed = 0
        var script = 0
        var position = 0
        for _ in 0..<count {
            let keys = scripts[script % scripts.count]
            let key = keys[position]
            position += 1
            if position == keys.count {
                position = 0
                script += 1
                state.page = .home(cursor: 0)
            }
            let start = now()
            _ = Wizard.reduce(&state, .key(key), env)
            Screen.settle(&state, env)
            let grid = Screen.render(state, env, size: size)
            changed += grid.changes(since: previous).count
            samples.append(now() - start)
            previous = grid
        }
        func us(_ x: Double) -> String { String(format: "%.1f µs", x * 1e6) }
        print("key to frame in process (reducer + render + diff), \(count) keys at 80×24, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures will be high") }
        print("  p50 \(us(median(samples)))  p99 \(us(percentile(samples, 0.99)))  max \(us(samples.max()!))  (target p99 ≤ 1 ms)")
        print("  \(changed) changed runs written in all")
    }
}
