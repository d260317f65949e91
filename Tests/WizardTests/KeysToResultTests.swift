import Facility
import Foundation
import Testing
import Eligibility
import Store
import Wizard
import WizardTestSupport

/// How many keys a receptionist presses from the first question to the result, at a kiosk whose facility state is
/// saved, on 2026-12-02: only the questions whose answer can still change the result are asked.
@Suite struct KeysToResultTests {
    struct Patient: Sendable, CustomTestStringConvertible {
        let name: String
        let online: OnlineChecking
        let answers: @Sendable (inout Driver) -> Void
        let keys: Int
        let verdict: Verdict
        var testDescription: String { name }
    }

    static let patients: [Patient] = [
        // 1 マイナ保険証, Enter, 1 確認できた.
        Patient(name: "マイナ保険証 read OK", online: .yes, answers: { d in
            d.patientShows(.mynaCard)
            d.readerSays(.ok)
        }, keys: 3, verdict: .confirmed),
        // No reader: the card alone cannot be read, and nothing else was shown.
        Patient(name: "マイナ保険証 at a facility without a reader", online: .no, answers: { $0.patientShows(.mynaCard) },
                keys: 2, verdict: .notConfirmed),
        // 1 + 4 お知らせ, Enter, 0 (no printed expiry), Enter.
        Patient(name: "マイナ保険証 + お知らせ without printed expiry", online: .no, answers: { d in
            d.patientShows(.mynaCard, .notice)
            d.printedExpiryIs("0", on: .noticeExpiry)
        }, keys: 5, verdict: .confirmed),
        // No legacy card can be used on this day: its insurer, expiry and change are not asked.
        Patient(name: "an old card only", online: .no, answers: { $0.patientShows(.legacyCard) }, keys: 2, verdict: .notConfirmed),
        Patient(name: "nothing", online: .no, answers: { $0.patientShows() }, keys: 1, verdict: .notConfirmed),
    ]

    /// Each word checks its question is on screen, so the result can only come after the last key.
    @Test(arguments: patients)
    func keysFromTheFirstQuestionToTheResult(_ p: Patient) {
        var d = Driver(mode: .kiosk, settings: FacilitySettings(online: .facility(p.online)), visitDate: "2026-12-02")
        #expect(d.flow?.step == .holds, "the facility's state is saved: the kiosk starts at 「お持ちのもの」")
        p.answers(&d)
        #expect(d.keysPressed == p.keys)
        #expect(d.result?.decision.verdict == p.verdict)
        #expect(d.flow == nil)
    }

    /// The old card's details were not asked: the result says so, and no sentence names an insurer or a date the
    /// patient did not give.
    @Test func anOldCardsDetailsNotAskedAreNamedOnTheResult() {
        var d = Driver(mode: .kiosk, settings: FacilitySettings(online: .facility(.no)), visitDate: "2026-12-02")
        d.patientShows(.legacyCard)
        guard let r = d.result else {
            Issue.record("no result")
            return
        }
        #expect(r.checkCase.unasked.isSuperset(of: .legacyDetails))
        #expect(r.decision.reasons.map(\.id) == [.legacyUnusable])
        let screen = d.render(80, 60).lines
        let text = screen.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(text.contains("聞かなかった質問"), "\(screen.joined(separator: "\n"))")
        #expect(text.contains("保険者の種類・保険証の有効期限・保険の変更"))
        #expect(!text.contains("その他の保険証"), "no insurer the patient did not name")
        #expect(text.contains("従来の健康保険証は、もう使えません"))
    }

    /// After the card was read, a certificate's expiry cannot change anything and is not asked.
    @Test func aCertificatesExpiryIsNotAskedWhenTheCardWasRead() {
        var d = Driver(mode: .kiosk, settings: FacilitySettings(online: .facility(.yes)), visitDate: "2026-12-02")
        d.patientShows(.mynaCard, .certificate)
        d.readerSays(.ok)
        #expect(d.result?.decision.use == [.mynaCard])
        #expect(d.result?.flow.notAsked(d.result!.checkCase) == [.certificateExpiry])
    }

    /// "手順 n/m" counts what can still be asked: going on never makes m grow, and n is never past m.
    @Test func theStepCountNeverGrowsAsTheReceptionistGoesOn() {
        // August 2025, no card reader: the old card is past its expiry, but the interim handling still takes it.
        var d = Driver(settings: FacilitySettings(online: .facility(.no)), visitDate: "2025-08-05")
        d.startsACheck()
        d.patientShows(.mynaCard, .certificate, .legacyCard, .notice)
        var last = d.flow!.progress
        let answers: [(inout Driver) -> Void] = [
            { $0.insurerIs(.kyokai) }, { $0.printedExpiryIs("R7.7.31") }, { $0.insuranceChanged(false) },
            { $0.printedExpiryIs("R6.1.1", on: .certificateExpiry) }, { $0.printedExpiryIs("R6.1.1", on: .noticeExpiry) },
        ]
        for answer in answers {
            answer(&d)
            guard let now = d.flow?.progress else {
                #expect(d.result?.decision.condition != nil, "the interim handling, with a query")
                break
            }
            #expect(now.n == last.n + 1)
            #expect(now.m <= last.m, "m grew from \(last.m) to \(now.m)")
            #expect(now.n <= now.m)
            last = now
        }
    }
}

/// The facility's state is the facility's: asked once at the very first start, then saved.
@Suite struct FirstStartTests {
    @Test func theFirstAnswerToQuestionOneIsSavedAsTheFacilitysState() {
        var d = Driver()
        d.state.savesFacilityState = true
        d.startsACheck()
        #expect(d.screenText.contains("はじめての起動です"))
        d.answersTheFacilityIs(.no)
        #expect(d.effects == [.saveSettings(FacilitySettings(online: .facility(.no)))])
        #expect(d.state.settings.online == .facility(.no))
        #expect(d.flow?.step == .holds)
        d.patientShows()
        d.callsTheNextPatient()
        #expect(d.flow?.step == .holds, "the next patient starts at 「お持ちのもの」")
        #expect(d.effects.filter { if case .saveSettings = $0 { true } else { false } }.count == 1, "asked once")
    }

    @Test func trainingSavesNothing() {
        var d = Driver(mode: .demo)
        d.state.savesFacilityState = true
        d.startsACheck()
        d.answersTheFacilityIs(.no)
        #expect(d.effects.isEmpty)
    }
}

/// Found driving the wizard: the card could not be read and an old card was shown too, on 2026-12-02. The old card's
/// questions are not asked, and what is said about it is what is true of every old card that day — not that the card
/// confirmed the patient, and not "not needed today".
@Suite struct UnaskedOldCardTests {
    @Test(arguments: [ReaderResult.failed, .noRecord])
    func anOldCardShownWithAnUnreadCardIsSaidToBeUnusable(_ reader: ReaderResult) {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)), visitDate: "2026-12-02")
        d.startsACheck()
        d.patientShows(.mynaCard, .legacyCard)
        d.readerSays(reader)
        if reader == .failed { d.visitIs(.first) }
        guard let r = d.result else {
            Issue.record("no result")
            return
        }
        #expect(d.questionsAsked == (reader == .failed ? [.holds, .reader, .visit] : [.holds, .reader]))
        #expect(r.decision.verdict == .conditional)
        let rules = d.env.rules
        let reason = r.decision.reasons.first { $0.document == .legacyCard }!
        #expect(reason.id == .legacyUnusable)
        #expect(rules.text(of: reason, .ja) == "従来の健康保険証は、令和7年12月2日までにすべて使えなくなりました")
        let script = rules.script(for: r.decision, .ja)
        #expect(script.contains("従来の健康保険証は、もう使えません"), "\(script)")
        #expect(!script.contains("今回は必要ありません"))
    }

    /// The card read: still no "not needed today" for an old card that can never be used again.
    @Test func anOldCardBesideACardReadIsUnusableNotNeeded() {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)), visitDate: "2026-12-02")
        d.startsACheck()
        d.patientShows(.mynaCard, .legacyCard)
        d.readerSays(.ok)
        let script = d.env.rules.script(for: d.result!.decision, .ja)
        #expect(script.contains("従来の健康保険証は、もう使えません"), "\(script)")
        // In 2025, when an old card could still be valid, a card read makes it "not needed".
        var early = Driver(settings: FacilitySettings(online: .facility(.yes)), visitDate: "2025-10-01")
        early.startsACheck()
        early.patientShows(.mynaCard, .legacyCard)
        early.readerSays(.ok)
        #expect(early.result?.decision.reasons.first { $0.document == .legacyCard }?.id == .notNeeded)
    }
}

/// What a receptionist is asked, in their words, for the patients of a day at the counter.
@Suite struct AskedQuestionsTests {
    /// August 2025 at a desk without a reader: the old card's insurer matters (the 後期高齢者 cards had expired, the
    /// others not yet); a 後期高齢者 card's printed expiry does not (expired whatever it says), a 協会けんぽ card's does.
    @Test func anOldCardInAugust2025() {
        var kouki = Driver(settings: FacilitySettings(online: .facility(.no)), visitDate: "2025-08-05")
        kouki.startsACheck()
        kouki.patientShows(.legacyCard)
        kouki.insurerIs(.kouki)
        kouki.insuranceChanged(false)
        #expect(kouki.questionsAsked == [.holds, .insurer, .insurerChanged])
        #expect(kouki.result?.decision.condition == .insurerQuery)

        var kyokai = Driver(settings: FacilitySettings(online: .facility(.no)), visitDate: "2025-08-05")
        kyokai.startsACheck()
        kyokai.patientShows(.legacyCard)
        kyokai.insurerIs(.kyokai)
        kyokai.printedExpiryIs("0")
        kyokai.insuranceChanged(false)
        #expect(kyokai.questionsAsked == [.holds, .insurer, .legacyExpiry, .insurerChanged])
        #expect(kyokai.result?.decision.verdict == .confirmed)
    }

    /// A card that could not be read at a desk with a reader: 初診 or 再診 decides between the two conditions.
    @Test func aCardThatCouldNotBeRead() {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)), visitDate: "2026-12-02")
        d.startsACheck()
        d.patientShows(.mynaCard)
        d.readerSays(.failed)
        d.visitIs(.repeat)
        #expect(d.result?.decision.condition == .oralConfirmation)
        d.callsTheNextPatient()
        d.patientShows(.mynaCard, .notice)
        d.readerSays(.failed)
        d.printedExpiryIs("0", on: .noticeExpiry)
        #expect(d.questionsAsked == [.holds, .reader, .noticeExpiry], "the notice settles it: 初診/再診 is not asked")
        #expect(d.result?.decision.use == [.mynaCard, .notice])
    }
}

/// 「手順 n/m」 counts the questions that can still be asked: ticking documents on 「お持ちのもの」 never makes it say
/// 2/2 and then 2/3, and from question 1 to the result m never grows.
@Suite struct StepCountTests {
    @Test(arguments: ["2025-08-05", "2026-12-02"])
    func mNeverGrowsFromTheFirstQuestionToTheResult(_ date: String) {
        var d = Driver(visitDate: date)
        d.startsACheck()
        var last = d.flow!.progress
        let answers: [(String, (inout Driver) -> Void)] = [
            ("online", { $0.answersTheFacilityIs(.yes) }), ("myna", { $0.ticks(.mynaCard) }),
            ("certificate", { $0.ticks(.certificate) }), ("legacy", { $0.ticks(.legacyCard) }), ("notice", { $0.ticks(.notice) }),
            ("holds", { $0.patientShows() }), ("reader", { $0.readerSays(.failed) }),
            // Then the old card's insurer in 2025; in 2026 no old card can be used, and the certificate's expiry is asked.
            date == "2025-08-05" ? ("insurer", { $0.insurerIs(.kyokai) })
                : ("certificate expiry", { $0.printedExpiryIs("R8.12.31", on: .certificateExpiry) }),
        ]
        for (name, answer) in answers {
            answer(&d)
            guard let now = d.flow?.progress else { break }
            #expect(now.m <= last.m, "\(date): m grew from \(last.m) to \(now.m) after \(name)")
            #expect(now.n <= now.m)
            last = now
        }
    }

    @Test func tickingDocumentsDoesNotChangeTheCount() {
        var d = Driver(settings: FacilitySettings(online: .facility(.yes)), visitDate: "2026-12-02")
        d.startsACheck()
        let before = d.flow!.progress
        let ticks: [(inout Driver) -> Void] = [
            { $0.ticks(.mynaCard) }, { $0.ticks(.legacyCard) }, { $0.ticks(.notice) }, { $0.unticks(.legacyCard) },
        ]
        for tick in ticks {
            tick(&d)
            #expect(d.flow!.progress == before)
        }
    }
}
