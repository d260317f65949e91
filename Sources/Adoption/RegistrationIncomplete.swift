/// The form is not ready for its sheet yet: what is missing or wrong, in the portal's order.
public struct RegistrationIncomplete: Error, Hashable, Sendable {
    public let problems: [FieldProblem]
}
