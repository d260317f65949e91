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
    scene("check-online") { $0.startsACheck() },
    scene("check-holds") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.ticks(.mynaCard, .legacyCard)
    },
    scene("check-reader", settings: FacilitySettings(online: .facility(.yes))) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
    },
    scene("check-insurer", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
    },
    scene("check-insurer-number-error", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.typesTheInsurerNumber("06130487")
    },
    scene("check-insurer-number-inferred", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.choosesToTypeTheInsurerNumber()
        d.type("06130488")
    },
    scene("check-legacy-expiry-error", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kyokai)
        d.printedExpiryIs("令和7年2月29日")
    },
    scene("check-legacy-expiry-typed", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kyokai)
        d.type("R7.7.31")
    },
    scene("check-insurer-changed", date: "2025-08-05") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kyokai)
        d.printedExpiryIs("0")
    },
    scene("check-certificate-expiry") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate)
    },
    scene("check-notice-expiry") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .notice)
    },
    scene("check-reader-app", settings: FacilitySettings(online: .facility(.app))) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
    },
    scene("app-guide") { d in
        d.opens(.adoption)
        d.opens(adoption: .app)
    },
    scene("app-guide-scrolled") { d in
        d.opens(.adoption)
        d.opens(adoption: .app)
        d.press(.pageDown, .pageDown)
    },
    scene("check-visit", settings: FacilitySettings(online: .facility(.yes))) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.failed)
    },
    scene("result-confirmed") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .portal)
    },
    scene("result-conditional-oral", settings: FacilitySettings(online: .facility(.yes))) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.failed)
        d.visitIs(.repeat)
    },
    scene("result-conditional-interim-offline", date: "2025-12-02") { d in
        // December 2025: every legacy card has expired, so neither its insurer nor its expiry is asked.
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insuranceChanged(false)
    },
    scene("result-not-confirmed") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
    },
    scene("result-scrolled") { d in
        d.send(.resize(width: 60, height: 18))
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        d.press(.pageDown)
    },
    scene("patient-confirmed") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .portal)
        d.showsThePatientView()
    },
    scene("patient-not-confirmed") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        d.showsThePatientView()
    },
    scene("settings") { d in
        d.opens(.settings)
        d.press(.down)
    },
    scene("settings-saved") { d in
        d.opens(.settings)
        d.changes(.online)
        d.send(.effectDone(.settingsSaved(d.state.settings, path: "/home/clinic/.config/uketsuke/config.json", keptUnreadableAs: nil)))
    },
    scene("help-home") { $0.asksForHelp() },
    scene("help-holds") { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.asksForHelp()
    },
    scene("quit-confirm") { $0.asksToQuit() },
    scene("demo-home", mode: .demo) { _ in },
    scene("kiosk-first-question", mode: .kiosk) { _ in },
    scene("english-result", language: .en) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
    },
    scene("english-holds", language: .en) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.ticks(.certificate)
    },
    scene("english-patient", language: .en) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        d.showsThePatientView()
    },
    // The training banner takes a row: at 60×18 the English view no longer fits and scrolls.
    scene("english-patient-scrolled", mode: .demo, language: .en) { d in
        d.send(.resize(width: 60, height: 18))
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        d.showsThePatientView()
        d.press(.pageDown)
    },
    scene("training-menu") { $0.opens(.training) },
    scene("training-date-error") { d in
        d.opens(.training)
        d.opens(training: .date)
        d.typesTheTrainingDate("令和7年2月30日")
    },
    scene("quiz-story") { d in
        d.opens(.training)
        d.opens(training: .quiz)
    },
    scene("quiz-answer") { d in
        d.opens(.training)
        d.opens(training: .quiz)
        d.beginsTheExample()
        d.answersTheFacilityIs(.no)
        d.patientShows()
    },
    scene("quiz-reveal") { d in
        d.opens(.training)
        d.opens(training: .quiz)
        d.beginsTheExample()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        d.answersTheQuiz(.notConfirmed)
    },
    scene("quiz-summary") { d in
        d.opens(.training)
        d.opens(training: .quiz)
        d.beginsTheExample()
        d.answersTheFacilityIs(.no)
        d.patientShows()
        d.answersTheQuiz(.notConfirmed)
        d.endsTheQuiz()
    },
    scene("autoplay") { d in
        d.send(.tick(now: 0, today: today))
        d.opens(.training)
        d.opens(training: .autoplay)
        for t in 1...12 { d.send(.tick(now: Double(t), today: today)) }
    },
    scene("pin-setup") { d in
        d.opens(.settings)
        d.changes(.adminPin)
        d.type("12")
    },
    scene("kiosk-pin", mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$fake")) { d in
        d.opensTheAdminPinPrompt()
        d.type("99")
    },
    scene("kiosk-admin", mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$fake")) { $0.logsInAsTheAdministrator() },
    scene("adoption-menu") { $0.opens(.adoption) },
    scene("contact-open") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-11-24"), hour: 17, minute: 59)!))
        d.opens(.adoption)
        d.opens(adoption: .contact)
    },
    scene("contact-holiday") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-11-23"), hour: 10, minute: 0)!))
        d.opens(.adoption)
        d.opens(adoption: .contact)
    },
    scene("contact-year-end") { d in
        d.send(.tick(now: 1, time: JapanInstant(date: date("2026-12-29"), hour: 10, minute: 0)!))
        d.opens(.adoption)
        d.opens(adoption: .contact)
    },
    scene("registration-empty") { d in
        d.opens(.adoption)
        d.opens(adoption: .registration)
    },
    scene("registration-founder-error") { $0.fillRegistration(throughFounder: "医療法人社団髙田会") },
    scene("registration-code-warning") { d in
        d.opens(.adoption)
        d.opens(adoption: .registration)
        d.press(.down, .down, .right, .right, .enter)
        d.type("広島県")
        d.press(.enter)
        d.type("0712362")
        d.press(.enter)
    },
    scene("registration-save-refused") { d in
        d.opens(.adoption)
        d.opens(adoption: .registration)
        for _ in 0..<14 { d.press(.down) }
        d.press(.enter)
    },
    scene("leaflet") { d in
        d.opens(.adoption)
        d.opens(adoption: .leaflet)
    },
    scene("leaflet-at-an-app-facility", settings: FacilitySettings(online: .facility(.app))) { d in
        d.opens(.adoption)
        d.opens(adoption: .leaflet)
    },
    scene("leaflet-scrolled") { d in
        d.send(.resize(width: 60, height: 18))
        d.opens(.adoption)
        d.opens(adoption: .leaflet)
        d.press(.pageDown, .pageDown)
    },
    scene("tally-loading") { $0.opens(.tally) },
    scene("tally-empty") { d in
        d.opens(.tally)
        d.send(.effectDone(.tallyLoaded(.success(TallyReport(from: today, to: today)))))
    },
    scene("tally-week") { d in
        d.opens(.tally)
        d.choosesThePeriod(.week)
        d.send(.effectDone(.tallyLoaded(.success(sampleReport()))))
    },
    scene("tally-problem") { d in
        d.opens(.tally)
        d.send(.effectDone(.tallyLoaded(.failure(TallyLoadProblem(LocalizedText(
            ja: "/var/uketsuke/tally.sqlite: 集計ファイルが壊れています。ファイルはそのまま残してあります",
            en: "/var/uketsuke/tally.sqlite: the tally file is damaged; it has been left as it is"))))))
    },
] + wideScenes + asciiScenes

/// A terminal set to draw ambiguous characters wide (--ambiguous wide, or the saved setting): ○ △ × take two cells.
let wideScenes: [Scene] = [
    scene("wide-home", ambiguous: .wide) { _ in },
    scene("wide-result-confirmed", ambiguous: .wide) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .portal)
    },
    scene("wide-result-conditional-oral", settings: FacilitySettings(online: .facility(.yes)), ambiguous: .wide) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.failed)
        d.visitIs(.repeat)
    },
    scene("wide-result-not-confirmed", ambiguous: .wide) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
    },
    scene("wide-settings") { d in
        d.opens(.settings)
        d.changes(.ambiguous)
    },
    scene("wide-english-result", language: .en, ambiguous: .wide) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
    },
]

/// The Linux console with --lang en: every character drawn is ASCII.
let asciiScenes: [Scene] = [
    scene("ascii-home", language: .en, asciiOnly: true) { _ in },
    scene("ascii-check-online", language: .en, asciiOnly: true) { $0.startsACheck() },
    scene("ascii-check-holds", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.ticks(.mynaCard, .legacyCard)
    },
    scene("ascii-check-insurer", date: "2025-08-05", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
    },
    scene("ascii-check-legacy-expiry", date: "2025-08-05", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insurerIs(.kyokai)
    },
    scene("ascii-result-confirmed", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard, .portal)
    },
    scene("ascii-result-conditional-oral", settings: FacilitySettings(online: .facility(.yes)), language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.failed)
        d.visitIs(.repeat)
    },
    scene("ascii-result-conditional-interim-offline", date: "2025-12-02", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.legacyCard)
        d.insuranceChanged(false)
    },
    scene("ascii-result-not-confirmed", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
    },
    scene("ascii-patient", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        d.showsThePatientView()
    },
    scene("ascii-help", language: .en, asciiOnly: true) { d in
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.asksForHelp()
    },
    scene("ascii-settings", settings: FacilitySettings(language: .ja), asciiOnly: true) { $0.opens(.settings) },
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
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.mynaCard)
        let g = d.render(80, 24)
        let row = (0..<24).first { g.lines[$0].contains("資格確認ができません  ×") }!
        let x = g.lines[row].distance(from: g.lines[row].startIndex, to: g.lines[row].firstIndex(of: "資")!)
        #expect(g[x: x, y: row].style == Style(.danger, [.reverse, .bold]))
    }

    @Test func theCaretSitsInTheField() {
        var d = Driver()
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate)
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
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        d.patientShows(.certificate, .legacyCard, .notice)
        d.insurerIs(.kyokai)
        d.printedExpiryIs("R7.2.8")
        d.insuranceChanged(true)
        #expect(d.flow?.step == .certificateExpiry)
        let atCertificate = d.render(80, 24).lines[22]
        // The earliest answers give way to the latest when the line is full.
        #expect(atCertificate.contains("回答: … / 協会けんぽ / 期限 令和7年2月8日 / 変更あり"), "\(atCertificate)")
        let narrow = d.render(60, 18).lines[16]
        #expect(narrow.contains("回答: … / 協会けんぽ / 期限 令和7年2月8日 / 変更あり"), "\(narrow)")
        d.printedExpiryIs("R6.1.1", on: .certificateExpiry)
        #expect(d.flow?.step == .noticeExpiry)
        #expect(d.render(80, 24).lines[22].contains("/ 期限 令和7年2月8日 / 変更あり / 確認書 期限 令和6年1月1日"))
        var en = Driver(visitDate: "2025-08-05", language: .en)
        en.startsACheck()
        en.answersTheFacilityIs(.no)
        en.patientShows(.legacyCard)
        en.insurerIs(.kyokai)
        en.printedExpiryIs("2025-02-08")
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
