import Eligibility
import Testing
import Training

/// Every scenario teaches what the engine decides with the built-in rules, so a rules change cannot leave a scenario
/// teaching the wrong answer.
@Suite struct ScenarioOutcomeTests {
    @Test(arguments: Fixture.scenarioIDs)
    func expectedOutcomeIsTheEngines(_ id: String) {
        let s = Fixture.scenario(id)
        let d = Fixture.decision(s)
        #expect(s.expected.verdict == d.verdict)
        #expect(s.expected.path == d.path)
        #expect(s.expected.use == d.use)
        #expect(s.expected.condition == d.condition)
        #expect(s.expected.options == d.options)
        #expect(s.expected.warnings == TrainingExpectation(d).warnings)
        #expect(s.expected == TrainingExpectation(d))
    }

    /// A scenario dated after the rules' review date would show W-rules-stale to every trainee.
    @Test(arguments: Fixture.scenarioIDs)
    func dateIsWithinTheReviewedRules(_ id: String) {
        #expect(Fixture.scenario(id).checkCase.visitDate <= Fixture.rules.reviewedUntil)
    }

    /// The wizard refuses these cards without their printed expiry, so a scenario must give it.
    @Test(arguments: Fixture.scenarioIDs)
    func legacyCardHasThePrintedExpiryTheWizardRequires(_ id: String) {
        guard let card = Fixture.scenario(id).checkCase.legacyCard,
              Fixture.rules.printedExpiryRequired.contains(card.insurer) else { return }
        #expect(card.printedExpiry != nil)
    }

    /// The file gives exactly the details the wizard asks, and `checkCase` carries them unchanged.
    @Test func checkCaseIsTheCaseTheStoryDescribes() throws {
        // A missing id fails this test instead of stopping the run.
        func c(_ id: String) throws -> CheckCase { try #require(Fixture.library.scenario(id: id)).checkCase }
        #expect(try c("legacy-kouki-interim-first-day") == CheckCase(
            visitDate: date("2025-08-01"), online: .no, reader: .ok, visit: .repeat,
            legacyCard: LegacyCard(insurer: .kouki, printedExpiry: date("2025-07-31"), insurerChanged: false)))
        #expect(try c("legacy-kyosai-retired") == CheckCase(
            visitDate: date("2025-11-05"), online: .no, visit: .repeat,
            legacyCard: LegacyCard(insurer: .kyosai, printedExpiry: nil, insurerChanged: true)))
        #expect(try c("myna-reader-failed-notice") == CheckCase(
            visitDate: date("2026-11-25"), online: .yes, reader: .failed, visit: .repeat, mynaCard: true,
            notice: QualificationNotice(expiry: nil)))
        #expect(try c("certificate-expiry-unread") == CheckCase(
            visitDate: date("2026-11-25"), online: .yes, visit: .first,
            certificate: EligibilityCertificate(expiry: nil)))
        #expect(try c("myna-portal-offline") == CheckCase(
            visitDate: date("2026-11-24"), online: .no, visit: .first, mynaCard: true, portal: true))
        #expect(try c("myna-notice-expired-age-70s").notice == QualificationNotice(expiry: date("2026-07-31")))
        #expect(try c("myna-app-no-record-certificate") == CheckCase(
            visitDate: date("2026-11-30"), online: .app, reader: .noRecord, visit: .first, mynaCard: true,
            certificate: EligibilityCertificate(expiry: date("2027-07-31"))))
        #expect(try c("legacy-kumiai-interim-last-day").visitDate == date("2026-07-31"))
        #expect(try c("legacy-kyosai-interim-ended").visitDate == date("2026-08-01"))
    }
}

/// What the library covers, computed from the engine's decisions on the scenarios' cases, never from their labels.
@Suite struct ScenarioCoverageTests {
    static let decided: [(scenario: TrainingScenario, decision: Decision)] =
        Fixture.library.scenarios.map { ($0, Fixture.decision($0)) }

    @Test func thereAreEnoughScenarios() {
        #expect(Fixture.library.scenarios.count >= 18)
    }

    @Test func everyVerdict() {
        #expect(Set(Self.decided.map(\.decision.verdict)) == Set(Verdict.allCases))
    }

    @Test func everyCondition() {
        #expect(Set(Self.decided.compactMap(\.decision.condition)) == Set(Condition.allCases))
    }

    @Test func everyDecisionPath() {
        #expect(Set(Self.decided.compactMap(\.decision.path)) == Set(DecisionPath.allCases))
    }

    /// rules.md §3: online with a readable card → card or certificate; otherwise the companions, portal first.
    @Test func theNotConfirmedFallbackWithBothOptionLists() {
        let notConfirmed = Self.decided.map(\.decision).filter { $0.verdict == .notConfirmed }
        #expect(notConfirmed.allSatisfy { $0.path == nil && $0.fallback == .selfPay })
        let lists = Set(notConfirmed.map(\.options))
        #expect(lists == [
            [[.mynaCard], [.certificate]],
            [[.mynaCard, .portal], [.mynaCard, .notice], [.certificate]],
        ])
    }

    @Test func everyInsurerTypeOnALegacyCardTheEngineJudged() {
        let judged = Self.decided.compactMap { s, d -> InsurerType? in
            guard let card = s.checkCase.legacyCard else { return nil }
            let used = d.use.contains(.legacyCard)
            let reasoned = d.reasons.contains { $0.document == .legacyCard }
            return used || reasoned ? card.insurer : nil
        }
        #expect(Set(judged) == Set(InsurerType.allCases))
    }

    @Test func bothFacilityStates() {
        #expect(Set(Self.decided.map(\.scenario.checkCase.online)) == Set(OnlineChecking.allCases))
        // Each state reaches more than one verdict, so none is taught as "always yes" or "always no".
        for online in OnlineChecking.allCases {
            let verdicts = Set(Self.decided.filter { $0.scenario.checkCase.online == online }.map(\.decision.verdict))
            #expect(verdicts == Set(Verdict.allCases), "online = \(online)")
        }
    }

    /// A receptionist at a facility using the マイナ資格確認アプリ meets the same situations as one with a card reader:
    /// the card read, not read on a first and on a repeat visit, 資格情報なし with a 資格確認書 in hand, and an expired
    /// card in the interim window, which the app cannot query (rules.md §3: insurer-query, W-interim-offline).
    @Test func theAppFacilityInEverySituationItChanges() {
        let app = Self.decided.filter { $0.scenario.checkCase.online == .app }
        func has(_ what: (CheckCase, Decision) -> Bool) -> Bool { app.contains { what($0.scenario.checkCase, $0.decision) } }
        #expect(app.count >= 4)
        #expect(has { c, d in c.reader == .ok && c.mynaCard && d.path == .mynaRead })
        #expect(has { c, d in c.reader == .failed && c.visit == .first && d.condition == .declarationForm })
        #expect(has { c, d in c.reader == .failed && c.visit == .repeat && d.condition == .oralConfirmation })
        #expect(has { c, d in
            c.reader == .noRecord && c.certificate != nil && d.path == .certificate
                && d.warnings.contains(.noRecordCertificate)
        })
        #expect(has { _, d in d.condition == .insurerQuery && d.warnings.contains(.interimOffline) })
        #expect(has { _, d in d.verdict == .notConfirmed && d.options == [[.mynaCard], [.certificate]] })
    }

    /// Paths 8 and 9 are the interim window: taught on its first day, its last day and inside it.
    @Test func theInterimWindowIncludingItsFirstAndLastDay() {
        let window = Fixture.rules.dates.interimWindow
        let interimDates = Self.decided
            .filter { $0.decision.path == .interimLegacyCard || $0.decision.path == .interimNotice }
            .map(\.scenario.checkCase.visitDate)
        #expect(interimDates.allSatisfy(window.contains))
        #expect(interimDates.contains(window.lowerBound))
        #expect(interimDates.contains(window.upperBound))
        #expect(interimDates.contains { $0 > window.lowerBound && $0 < window.upperBound })
    }

    @Test func theDayAfterTheInterimWindow() {
        let after = Fixture.rules.dates.interimWindow.upperBound.adding(days: 1)
        #expect(Self.decided.contains { s, d in
            s.checkCase.visitDate == after && d.reasons.contains { $0.id == .legacyExpiredInterimEnded }
        })
    }

    @Test func aChangedInsurer() {
        #expect(Self.decided.contains { $0.decision.reasons.contains { $0.id == .legacyInsurerChanged } })
    }

    /// Notices carry an expiry only for ages 70–74, so an expired notice is the 70–74 case.
    @Test func anExpired70To74Notice() {
        #expect(Self.decided.contains { $0.decision.reasons.contains { $0.id == .noticeExpired } })
    }

    @Test func anUnreadCertificateExpiry() {
        #expect(Self.decided.contains { $0.decision.warnings.contains(.certificateExpiryUnread) })
    }

    @Test func aDateBeforeTheTransition() {
        #expect(Self.decided.contains { $0.decision.warnings.contains(.beforeTransition) })
    }

    @Test func bothFirstAndRepeatVisitsWhereTheyMatter() {
        let mattering = Self.decided.filter {
            Eligibility.visitMatters($0.scenario.checkCase, dates: Fixture.rules.dates, today: Fixture.rules.reviewedOn)
        }
        #expect(Set(mattering.map(\.scenario.checkCase.visit)) == Set(VisitKind.allCases))
    }

    @Test func everyDifficulty() {
        #expect(Set(Fixture.library.scenarios.map(\.difficulty)) == Set(TrainingScenario.Difficulty.allCases))
    }
}
