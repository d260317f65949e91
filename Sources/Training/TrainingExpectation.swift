import Eligibility

/// The part of a `Decision` a scenario teaches, so it can be compared with what `Eligibility.decide` says now.
public struct TrainingExpectation: Sendable, Hashable {
    public let verdict: Verdict
    /// The rules.md §3 path, or nil when eligibility cannot be confirmed.
    public let path: DecisionPath?
    /// Documents to present, in the order to present them.
    public let use: [DocumentKind]
    public let condition: Condition?
    /// Document sets any one of which would do (only when not confirmed).
    public let options: [[DocumentKind]]
    /// Only `caseWarnings`, in that order.
    public let warnings: [WarningID]

    /// The warnings that follow from the story alone; W-future-date and W-rules-stale depend on the day the app runs
    /// and on the rules' review date, so a scenario cannot promise them.
    public static let caseWarnings: [WarningID] = [.interimOffline, .beforeTransition, .certificateExpiryUnread,
                                                   .noRecordCertificate]

    init(verdict: Verdict, path: DecisionPath?, use: [DocumentKind], condition: Condition?, options: [[DocumentKind]],
         warnings: [WarningID]) {
        self.verdict = verdict
        self.path = path
        self.use = use
        self.condition = condition
        self.options = options
        self.warnings = TrainingExpectation.caseWarnings.filter(warnings.contains)
    }

    /// What a decision teaches, in the same terms as a scenario's `expected`.
    public init(_ decision: Decision) {
        self.init(verdict: decision.verdict, path: decision.path, use: decision.use, condition: decision.condition,
                  options: decision.options, warnings: decision.warnings)
    }
}
