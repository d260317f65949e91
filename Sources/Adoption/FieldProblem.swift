/// A problem and the field it belongs to, for the whole-form list.
public struct FieldProblem: Hashable, Sendable {
    public let field: PortalField
    public let problem: PortalProblem

    public init(field: PortalField, problem: PortalProblem) {
        self.field = field
        self.problem = problem
    }
}
