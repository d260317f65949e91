import Eligibility

/// Which questions can still change the outcome (verdict, documents, condition, options) on the visit date.
enum QuestionPlan {
    /// Whether some answer to `step` changes the outcome for some answers to the other `open` steps, the answers to
    /// the steps not open being those of `base`.
    static func canMatter(_ step: CheckStep, base: CheckCase, open: [CheckStep], dates: RuleDates) -> Bool {
        guard step.isAbout(base) || step == .visit else { return false }
        let d = base.visitDate
        let own = step.probes(visitDate: d)
        // Only the open steps about what the patient holds can vary the case; the others change nothing.
        let others = open.filter { $0 != step && ($0.isAbout(base) || $0 == .visit) }.map { $0.probes(visitDate: d) }
        func varies(_ c: CheckCase, _ i: Int) -> Bool {
            if i == others.count {
                var first: Eligibility.Outcome?
                for probe in own {
                    var x = c
                    probe(&x)
                    let o = Eligibility.outcome(x, dates: dates)
                    if let first, first != o { return true }
                    first = o
                }
                return false
            }
            for probe in others[i] {
                var x = c
                probe(&x)
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
}
