import Eligibility
import Synchronization

/// Which questions can still change the outcome (verdict, documents, condition, options) on the visit date.
enum QuestionPlan {
    /// Whether some answer to `step` changes the outcome for some answers to the other `open` steps, the answers to
    /// the steps not open being those of `base`.
    static func canMatter(_ step: CheckStep, base: CheckCase, open: [CheckStep], dates: RuleDates) -> Bool {
        guard step.question.bears(base) else { return false }
        let d = base.visitDate
        let own = step.probes(visitDate: d)
        // Only the open steps that bear on this case can vary it; the others change nothing.
        let others = open.filter { $0 != step && $0.question.bears(base) }.map { ($0.question, $0.probes(visitDate: d)) }
            .filter { !$0.1.isEmpty }
        func varies(_ c: CheckCase, _ i: Int) -> Bool {
            if i == others.count {
                var first: Eligibility.Outcome?
                for probe in own {
                    var x = c
                    step.question.apply(probe, &x)
                    let o = Eligibility.outcome(x, dates: dates)
                    if let first, first != o { return true }
                    first = o
                }
                return false
            }
            let (question, probes) = others[i]
            for probe in probes {
                var x = c
                question.apply(probe, &x)
                if varies(x, i + 1) { return true }
            }
            return false
        }
        return varies(base, 0)
    }

    /// The steps after `step` that can still be asked, in order, given the answers to the steps asked so far and, on
    /// 「お持ちのもの」, the documents ticked.
    static func ahead(of step: CheckStep, _ answers: CheckAnswers, asked: [CheckStep], visitDate: CalendarDate,
                      dates: RuleDates) -> [CheckStep] {
        var known = Set(asked)
        if step == .holds { known.insert(.holds) }
        let base = answers.checkCase(on: visitDate, asked: known)
        // Open: the current step (unless its answer is already in `known`) and every step after it.
        let open = CheckStep.allCases.filter { $0 > step || ($0 == step && !known.contains(step)) }
        return open.filter { $0 > step && $0 > .holds && canMatter($0, base: base, open: open, dates: dates) }
    }

    /// Before 「お持ちのもの」 is answered: the steps after it that can be asked for some documents (and, on question 1,
    /// for some facility state) — the union of the plans of every answer still open. So 「手順 n/m」 starts from what
    /// can still come and only shrinks as the receptionist goes on. It depends only on the day and the facility state,
    /// so each is worked out once and kept.
    static func aheadOfHolds(online: OnlineChecking?, visitDate: CalendarDate, dates: RuleDates) -> [CheckStep] {
        let key = PlanKey(online: online, visitDate: visitDate, dates: dates)
        if let known = cache.withLock({ $0[key] }) { return known }
        var union = Set<CheckStep>()
        for state in online.map({ [$0] }) ?? onlineChoices {
            for raw in 0..<(1 << DocumentKind.allCases.count) {
                var a = CheckAnswers()
                a.online = state
                a.holds = DocumentSet(rawValue: UInt8(raw))
                union.formUnion(ahead(of: .holds, a, asked: [.online], visitDate: visitDate, dates: dates))
            }
        }
        let steps = CheckStep.allCases.filter(union.contains)
        cache.withLock { table in
            if table.count > 64 { table.removeAll() }
            table[key] = steps
        }
        return steps
    }

    struct PlanKey: Hashable {
        let online: OnlineChecking?
        let visitDate: CalendarDate
        let dates: RuleDates
    }

    static let cache = Mutex<[PlanKey: [CheckStep]]>([:])
}
