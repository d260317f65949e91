import Eligibility
import Testing
import Wizard
import WizardTestSupport

/// The table of questions is the one description of each question: these check that each entry agrees with itself
/// (what it writes into a case it reads back) and with the rest of the check.
@Suite struct QuestionTableTests {
    /// A case every question bears on: a patient holding everything, at a facility with a reader.
    static let everything = CheckCase(visitDate: date("2026-11-24"), online: .yes, mynaCard: true,
                                      certificate: EligibilityCertificate(), legacyCard: LegacyCard(insurer: .kyokai),
                                      notice: QualificationNotice(), portal: true)

    @Test func theTableHasOneEntryPerStepInTheContractsOrder() {
        #expect(Question.all.map(\.step) == CheckStep.allCases)
        for step in CheckStep.allCases { #expect(step.question.step == step) }
    }

    @Test(arguments: CheckStep.allCases)
    func whatAnAnswerWritesIntoTheCaseReadsBackAsThatAnswer(_ step: CheckStep) {
        let q = step.question
        let answers: [Answer] = switch q.kind {
        case .single: (0..<(q.optionCount - (q.typesInsurerNumber ? 1 : 0))).map(Answer.option)
        case .date: [.date(.none), .date(.date(date("2025-07-31"))), .date(.date(date("2027-03-31")))]
        case .several: (0..<32).map { .documents(DocumentSet(rawValue: UInt8($0))) }
        }
        #expect(!answers.isEmpty)
        for answer in answers {
            var c = Self.everything
            q.apply(answer, &c)
            #expect(q.answer(c) == answer, "\(step) wrote \(answer) but reads \(String(describing: q.answer(c)))")
        }
    }

    @Test(arguments: CheckStep.allCases)
    func aQuestionNotAskedLeavesTheCaseAsItWas(_ step: CheckStep) {
        var c = Self.everything
        step.question.apply(nil, &c)
        #expect(c == Self.everything)
    }

    @Test(arguments: CheckStep.allCases)
    func everyChoiceHasALabelInBothLanguages(_ step: CheckStep) {
        let q = step.question
        for lang in [Language.ja, .en] {
            let labels = q.labels(builtInRules, lang)
            #expect(labels.count == (q.kind == .date ? 0 : q.optionCount))
            #expect(labels.allSatisfy { !$0.isEmpty })
        }
        #expect(!UIText.question(step)[.ja].isEmpty && !UIText.stepName(step)[.en].isEmpty)
    }

    @Test func aDocumentsDetailsAreAboutThePatientOnlyWhenTheDocumentIsHeld() {
        let nothing = CheckCase(visitDate: date("2026-11-24"), online: .yes)
        for step in CheckStep.allCases {
            #expect(!step.isAbout(nothing), "\(step) is about a patient who holds nothing")
        }
        let named = CheckStep.allCases.filter { $0.isAbout(Self.everything) }
        #expect(named == [.reader, .insurer, .legacyExpiry, .insurerChanged, .certificateExpiry, .noticeExpiry])
    }

    @Test func theCaseBuiltFromAnswersTakesOnlyTheQuestionsAsked() {
        var a = CheckAnswers()
        a.online = .yes
        a.holds = DocumentSet([.mynaCard, .legacyCard])
        a[.reader] = .option(1)
        a[.insurer] = .option(insurerChoices.firstIndex(of: .kokuho)!)
        a[.legacyExpiry] = .date(.date(date("2025-07-31")))
        let asked = a.checkCase(on: date("2025-07-01"), asked: [.reader, .insurer, .legacyExpiry])
        #expect(asked.reader == .failed)
        #expect(asked.legacyCard == LegacyCard(insurer: .kokuho, printedExpiry: date("2025-07-31")))
        #expect(asked.unasked == [.insurerChanged])
        let skipped = a.checkCase(on: date("2025-07-01"), asked: [.reader])
        #expect(skipped.legacyCard == LegacyCard(insurer: .other), "an answer not asked on this way is not this patient's")
        #expect(skipped.unasked == [.insurer, .legacyExpiry, .insurerChanged])
    }

    /// The last option of the insurer question opens the number field; every other option is a type.
    @Test func theInsurerQuestionListsTheTypesThenTheNumber() {
        let q = CheckStep.insurer.question
        #expect(q.typesInsurerNumber)
        #expect(q.optionCount == insurerChoices.count + 1)
        #expect(q.labels(builtInRules, .ja).last == UIText.typeInsurerNumber[.ja])
    }

    /// The receptionist who types 0 where a card always has a printed expiry is told so, and stays on the question.
    /// On 2025-08-05 the insurer is asked (a 後期高齢者 card is no longer valid; the others may be).
    @Test func zeroIsRefusedOnlyWhereTheExpiryIsAlwaysPrinted() {
        var tried: [Bool: Int] = [:]
        for insurer in insurerChoices {
            var d = Driver(visitDate: "2025-08-05")
            d.startsACheck()
            d.answersTheFacilityIs(.no)
            d.patientShows(.legacyCard)
            d.insurerIs(insurer)
            // A card that cannot be valid on this day is not asked its expiry.
            guard d.flow?.step == .legacyExpiry else { continue }
            d.type("0")
            d.press(.enter)
            let refused = builtInRules.printedExpiryRequired.contains(insurer)
            #expect((d.flow?.step == .legacyExpiry) == refused, "\(insurer)")
            #expect((d.flow?.error?.ja.contains("必ず有効期限が印字されています") == true) == refused, "\(insurer)")
            tried[refused, default: 0] += 1
        }
        #expect(tried[true, default: 0] >= 1 && tried[false, default: 0] >= 1, "both kinds of card were tried: \(tried)")
    }
}
