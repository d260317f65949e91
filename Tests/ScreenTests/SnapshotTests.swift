import Facility
import Eligibility
import Foundation
import Screen
import Store
import Testing
import Wizard
import WizardTestSupport

/// Every screen, drawn at 80×24 and 60×18, compared with a text file you can read in a diff.
/// Set UKETSUKE_RECORD_SNAPSHOTS=1 to rewrite them after an intended change; a missing file is written and fails.
enum Snapshots {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Snapshots")

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appending(path: "\(name).\(grid.width)x\(grid.height).txt")
        let actual = grid.snapshot + "\n"
        let record = ProcessInfo.processInfo.environment["UKETSUKE_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !record { Issue.record("new snapshot \(file.lastPathComponent) written: review it", sourceLocation: sourceLocation) }
            return
        }
        #expect(actual == expected, "\(file.lastPathComponent) differs:\n\(actual)", sourceLocation: sourceLocation)
        #expect(grid.isConsistent, sourceLocation: sourceLocation)
    }
}

/// Named screens, each reached by keys from a fresh start, as a receptionist would reach it.
struct Scene: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () -> Driver
    var testDescription: String { name }
}

func scene(_ name: String, mode: Mode = .normal, settings: FacilitySettings = FacilitySettings(), date: String = "2026-11-24",
           language: Language? = nil, ambiguous: AmbiguousWidth? = nil, asciiOnly: Bool = false,
           _ steps: @escaping @Sendable (inout Driver) -> Void) -> Scene {
    Scene(name: name) {
        var d = Driver(mode: mode, settings: settings, visitDate: date, language: language, ambiguous: ambiguous,
                       asciiOnly: asciiOnly)
        steps(&d)
        return d
    }
}

let scenes: [Scene] = [
    scene("home") { _ in },
    scene("check-online") { $0.press(.char("1")) },
    scene("check-holds") { $0.press(.char("1"), .char("2"), .char("1"), .char("3")) },
    scene("check-reader", settings: FacilitySettings(online: .facility(.yes))) { $0.press(.char("1"), .char("1"), .enter) },
    scene("check-insurer", date: "2025-08-05") { $0.press(.char("1"), .char("2"), .char("3"), .enter) },
    scene("check-insurer-number-error", date: "2025-08-05") { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("9"))
        d.type("06130487")
        d.press(.enter)
    },
    scene("check-insurer-number-inferred", date: "2025-08-05") { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("9"))
        d.type("06130488")
    },
    scene("check-legacy-expiry-error", date: "2025-08-05") { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
        d.type("令和7年2月29日")
        d.press(.enter)
    },
    scene("check-legacy-expiry-typed", date: "2025-08-05") { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
        d.type("R7.7.31")
    },
    scene("check-insurer-changed", date: "2025-08-05") { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
        d.type("0")
        d.press(.enter)
    },
    scene("check-certificate-expiry") { $0.press(.char("1"), .char("2"), .char("2"), .enter) },
    scene("check-notice-expiry") { $0.press(.char("1"), .char("2"), .char("1"), .char("4"), .enter) },
    scene("check-reader-app", settings: FacilitySettings(online: .facility(.app))) { $0.press(.char("1"), .char("1"), .enter) },
    scene("app-guide") { $0.press(.char("4"), .char("4")) },
    scene("app-guide-scrolled") { $0.press(.char("4"), .char("4"), .pageDown, .pageDown) },
    scene("check-visit", settings: FacilitySettings(online: .facility(.yes))) { $0.press(.char("1"), .char("1"), .enter, .char("2")) },
    scene("result-confirmed") { d in
        d.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter)
    },
    scene("result-conditional-oral", settings: FacilitySettings(online: .facility(.yes))) {
        $0.press(.char("1"), .char("1"), .enter, .char("2"), .char("2"))
    },
    scene("result-conditional-interim-offline", date: "2025-12-02") { d in
        // December 2025: every legacy card has expired, so neither its insurer nor its expiry is asked.
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
    },
    scene("result-not-confirmed") { $0.press(.char("1"), .char("2"), .char("1"), .enter) },
    scene("result-scrolled") { d in
        d.send(.resize(width: 60, height: 18))
        d.press(.char("1"), .char("2"), .char("1"), .enter, .pageDown)
    },
    scene("patient-confirmed") { $0.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter, .char("p")) },
    scene("patient-not-confirmed") { $0.press(.char("1"), .char("2"), .char("1"), .enter, .char("p")) },
    scene("settings") { $0.press(.char("5"), .down) },
    scene("settings-saved") { d in
        d.press(.char("5"), .right)
        d.send(.effectDone(.settingsSaved(d.state.settings, path: "/home/clinic/.config/uketsuke/config.json", keptUnreadableAs: nil)))
    },
    scene("help-home") { $0.press(.char("?")) },
    scene("help-holds") { $0.press(.char("1"), .char("2"), .char("?")) },
    scene("quit-confirm") { $0.press(.char("q")) },
    scene("demo-home", mode: .demo) { _ in },
    scene("kiosk-first-question", mode: .kiosk) { _ in },
    scene("english-result", language: .en) { $0.press(.char("1"), .char("2"), .char("1"), .enter) },
    scene("english-holds", language: .en) { $0.press(.char("1"), .char("2"), .char("2")) },
    scene("english-patient", language: .en) { $0.press(.char("1"), .char("2"), .char("1"), .enter, .char("p")) },
    // The training banner takes a row: at 60×18 the English view no longer fits and scrolls.
    scene("english-patient-scrolled", mode: .demo, language: .en) { d in
        d.send(.resize(width: 60, height: 18))
        d.press(.char("1"), .char("2"), .char("1"), .enter, .char("p"), .pageDown)
    },
    scene("training-menu") { $0.press(.char("2")) },
    scene("training-date-error") { d in
        d.press(.char("2"), .char("4"), .ctrl("u"))
        d.type("令和7年2月30日")
        d.press(.enter)
    },
    scene("quiz-story") { $0.press(.char("2"), .char("2")) },
    scene("quiz-answer") { d in
        d.press(.char("2"), .char("2"), .enter, .char("2"), .enter)
    },
    scene("quiz-reveal") { d in
        d.press(.char("2"), .char("2"), .enter, .char("2"), .enter, .char("6"))
    },
    scene("quiz-summary") { d in
        d.press(.char("2"), .char("2"), .enter, .char("2"), .enter, .char("6"), .escape)
    },
    scene("autoplay") { d in
        d.send(.tick(now: 0, today: today))
        d.press(.char("2"), .char("3"))
        for t in 1...12 { d.send(.tick(now: Double(t), today: today)) }
    },
    scene("pin-setup") { d in
        d.press(.char("5"), .char("5"))
        d.type("12")
    },
    scene("kiosk-pin", mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$fake")) { d in
        d.press(.function(12))
        d.type("99")
    },
    scene("kiosk-admin", mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$fake")) { d in
        d.press(.function(12))
        d.type("1234")
        d.press(.enter)
        d.send(.effectDone(.adminPinChecked(true)))
    },
    scene("adoption-menu") { $0.press(.char("4")) },
    scene("contact-open") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-11-24"), hour: 17, minute: 59)!))
        d.press(.char("4"), .char("1"))
    },
    scene("contact-holiday") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-11-23"), hour: 10, minute: 0)!))
        d.press(.char("4"), .char("1"))
    },
    scene("contact-year-end") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-12-29"), hour: 10, minute: 0)!))
        d.press(.char("4"), .char("1"))
    },
    scene("registration-empty") { $0.press(.char("4"), .char("2")) },
    scene("registration-founder-error") { $0.fillRegistration(throughFounder: "医療法人社団髙田会") },
    scene("registration-code-warning") { d in
        d.press(.char("4"), .char("2"), .down, .down, .right, .right, .enter)
        d.type("広島県")
        d.press(.enter)
        d.type("0712362")
        d.press(.enter)
    },
    scene("registration-save-refused") { d in
        d.press(.char("4"), .char("2"))
        for _ in 0..<14 { d.press(.down) }
        d.press(.enter)
    },
    scene("leaflet") { $0.press(.char("4"), .char("3")) },
    scene("leaflet-at-an-app-facility", settings: FacilitySettings(online: .facility(.app))) { $0.press(.char("4"), .char("3")) },
    scene("leaflet-scrolled") { d in
        d.send(.resize(width: 60, height: 18))
        d.press(.char("4"), .char("3"), .pageDown, .pageDown)
    },
    scene("tally-loading") { $0.press(.char("3")) },
    scene("tally-empty") { d in
        d.press(.char("3"))
        d.send(.effectDone(.tallyLoaded(.success(TallyReport(from: today, to: today)))))
    },
    scene("tally-week") { d in
        d.press(.char("3"), .char("2"))
        d.send(.effectDone(.tallyLoaded(.success(sampleReport()))))
    },
    scene("tally-problem") { d in
        d.press(.char("3"))
        d.send(.effectDone(.tallyLoaded(.failure(TallyLoadProblem(LocalizedText(
            ja: "/var/uketsuke/tally.sqlite: 集計ファイルが壊れています。ファイルはそのまま残してあります",
            en: "/var/uketsuke/tally.sqlite: the tally file is damaged; it has been left as it is"))))))
    },
] + wideScenes + asciiScenes

/// A terminal set to draw ambiguous characters wide (--ambiguous wide, or the saved setting): ○ △ × take two cells.
let wideScenes: [Scene] = [
    scene("wide-home", ambiguous: .wide) { _ in },
    scene("wide-result-confirmed", ambiguous: .wide) { $0.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter) },
    scene("wide-result-conditional-oral", settings: FacilitySettings(online: .facility(.yes)), ambiguous: .wide) {
        $0.press(.char("1"), .char("1"), .enter, .char("2"), .char("2"))
    },
    scene("wide-result-not-confirmed", ambiguous: .wide) { $0.press(.char("1"), .char("2"), .char("1"), .enter) },
    scene("wide-settings") { $0.press(.char("5"), .char("6")) },
    scene("wide-english-result", language: .en, ambiguous: .wide) { $0.press(.char("1"), .char("2"), .char("1"), .enter) },
]

/// The Linux console with --lang en: every character drawn is ASCII.
let asciiScenes: [Scene] = [
    scene("ascii-home", language: .en, asciiOnly: true) { _ in },
    scene("ascii-check-online", language: .en, asciiOnly: true) { $0.press(.char("1")) },
    scene("ascii-check-holds", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("1"), .char("3")) },
    scene("ascii-check-insurer", date: "2025-08-05", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("3"), .enter) },
    scene("ascii-check-legacy-expiry", date: "2025-08-05", language: .en, asciiOnly: true) {
        $0.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
    },
    scene("ascii-result-confirmed", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter) },
    scene("ascii-result-conditional-oral", settings: FacilitySettings(online: .facility(.yes)), language: .en, asciiOnly: true) {
        $0.press(.char("1"), .char("1"), .enter, .char("2"), .char("2"))
    },
    scene("ascii-result-conditional-interim-offline", date: "2025-12-02", language: .en, asciiOnly: true) { d in
        d.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
    },
    scene("ascii-result-not-confirmed", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("1"), .enter) },
    scene("ascii-patient", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("1"), .enter, .char("p")) },
    scene("ascii-help", language: .en, asciiOnly: true) { $0.press(.char("1"), .char("2"), .char("?")) },
    scene("ascii-settings", settings: FacilitySettings(language: .ja), asciiOnly: true) { $0.press(.char("5")) },
]

/// A week of checks, built through the tally's own record type so the figures are what the store would report.
func sampleReport() -> TallyReport {
    // A folder of its own for each call: the 80×24 and 60×18 runs build their reports at the same time.
    let dir = FileManager.default.temporaryDirectory.appending(path: "uketsuke-snapshot-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let tally = try! Tally.open(path: dir.appending(path: "tally.sqlite").path)
    let rules = builtInRules
    let cases: [(CheckCase, Int)] = [
        (CheckCase(visitDate: today, online: .no, mynaCard: true, portal: true), 5),
        (CheckCase(visitDate: today, online: .no, mynaCard: true), 3),
        (CheckCase(visitDate: today, online: .no, certificate: EligibilityCertificate(expiry: date("2027-07-31"))), 6),
        (CheckCase(visitDate: today, online: .no, mynaCard: true, notice: QualificationNotice()), 2),
        (CheckCase(visitDate: today, online: .no), 1),
    ]
    // Recorded at noon Japan time on 2026-11-24.
    let noon = Date(timeIntervalSince1970: 1_795_446_000 + 12 * 3600)
    for (c, n) in cases {
        for _ in 0..<n { try! tally.record(TallyRecord(case: c, decision: Eligibility.decide(c, dates: rules.dates, today: today), at: noon)) }
    }
    return try! tally.report(from: today.adding(days: -6), to: today)
}

@Suite struct SnapshotTests {
    @Test(arguments: scenes)
    func at80x24(_ s: Scene) {
        Snapshots.check(s.make().render(80, 24), s.name)
    }

    @Test(arguments: scenes)
    func at60x18(_ s: Scene) {
        Snapshots.check(s.make().render(60, 18), s.name)
    }

    @Test(arguments: [(59, 17), (40, 10), (1, 1)])
    func tooSmall(_ width: Int, _ height: Int) {
        Snapshots.check(Driver().render(width, height), "too-small")
    }

    @Test func everySceneAtEverySizeStaysConsistent() {
        for s in scenes {
            let d = s.make()
            for (w, h) in [(1, 1), (2, 2), (10, 3), (59, 18), (60, 17), (61, 19), (79, 23), (120, 40), (250, 80)] {
                #expect(d.render(w, h).isConsistent, "\(s.name) at \(w)×\(h)")
            }
        }
    }
}

@Suite struct StyleTests {
    @Test func focusIsReverseVideoNotColourAlone() {
        let g = Driver().render(80, 24)
        let row = (0..<24).first { g.lines[$0].contains("> 1") }!
        #expect(g[x: 3, y: row].style.emphasis.contains(.reverse))
        #expect(!g[x: 3, y: row + 2].style.emphasis.contains(.reverse))
    }

    @Test func verdictsHaveWordsSymbolAndRole() {
        var d = Driver()
        d.press(.char("1"), .char("2"), .char("1"), .enter)
        let g = d.render(80, 24)
        let row = (0..<24).first { g.lines[$0].contains("資格確認ができません  ×") }!
        let x = g.lines[row].distance(from: g.lines[row].startIndex, to: g.lines[row].firstIndex(of: "資")!)
        #expect(g[x: x, y: row].style == Style(.danger, [.reverse, .bold]))
    }

    @Test func theCaretSitsInTheField() {
        var d = Driver()
        d.press(.char("1"), .char("2"), .char("2"), .enter)
        d.type("R8")
        let g = d.render(80, 24)
        let c = try! #require(g.cursor)
        #expect(g.lines[c.y].contains("[R8"))
        #expect(Driver().render(80, 24).cursor == nil)
    }

    @Test func headerShowsDateAndFacility() {
        let g = Driver(settings: FacilitySettings(online: .facility(.yes))).render(80, 24)
        #expect(g.lines[0].contains("令和8年11月24日(火) 2026-11-24"))
        #expect(g.lines[0].contains("オンライン資格確認 導入済み"))
        let narrow = Driver(settings: FacilitySettings(online: .facility(.no))).render(60, 18)
        #expect(narrow.lines[0].contains("令和8年11月24日(火)"))
        #expect(narrow.lines[0].contains("オン資 未導入"))
        #expect(Driver().render(60, 18).lines[0].contains("オン資 毎回確認"), "nothing saved: asked for each patient")
    }
}

@Suite struct AnswerLineTests {
    /// The line of answers names the dates as understood, so a misread date is caught before the result.
    @Test func typedDatesAreShownAsUnderstood() {
        var d = Driver(visitDate: "2025-08-05")
        d.press(.char("1"), .char("2"), .char("2"), .char("3"), .char("4"), .enter, .char("1"))
        d.type("R7.2.8")
        d.press(.enter, .char("2"))
        #expect(d.flow?.step == .certificateExpiry)
        let atCertificate = d.render(80, 24).lines[22]
        // The earliest answers give way to the latest when the line is full.
        #expect(atCertificate.contains("回答: … / 協会けんぽ / 期限 令和7年2月8日 / 変更あり"), "\(atCertificate)")
        let narrow = d.render(60, 18).lines[16]
        #expect(narrow.contains("回答: … / 協会けんぽ / 期限 令和7年2月8日 / 変更あり"), "\(narrow)")
        d.type("R6.1.1")
        d.press(.enter)
        #expect(d.flow?.step == .noticeExpiry)
        #expect(d.render(80, 24).lines[22].contains("/ 期限 令和7年2月8日 / 変更あり / 確認書 期限 令和6年1月1日"))
        var en = Driver(visitDate: "2025-08-05", language: .en)
        en.press(.char("1"), .char("2"), .char("3"), .enter, .char("1"))
        en.type("2025-02-08")
        en.press(.enter)
        #expect(en.render(80, 24).lines[22].contains("card expiry 2025-02-08"))
    }
}

@Suite struct NoticeTests {
    /// A saved file's path keeps its name on a narrow screen: the start of the path gives way.
    @Test func aLongPathKeepsItsFileName() {
        var d = Driver()
        let path = "/home/reception-desk-terminal/.local/share/uketsuke/portal-registration-2026-11-24.txt"
        d.send(.effectDone(.fileSaved(path: path)))
        let g = d.render(60, 18)
        #expect(g.lines[1].hasPrefix(" 保存しました"))
        // 58 columns for the path: "…" and its last 57 characters.
        #expect(g.lines[2] == " …" + path.suffix(57) + " ")
        #expect(d.render(120, 30).lines[1].hasPrefix(" 保存しました: " + path + " "), "a wide screen shows it on one line")
    }
}
