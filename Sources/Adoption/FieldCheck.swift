/// What one field's text gives, as the person types: its problems, and the text to offer when they have one right fix.
public struct FieldCheck: Hashable, Sendable {
    public let problems: [PortalProblem]
    /// The text with every fixable problem fixed (digits only, half-width, lower case, full-width 開設者 …), offered
    /// as a one-key correction; nil when nothing can be fixed for the person.
    public let corrected: String?

    public init(problems: [PortalProblem] = [], corrected: String? = nil) {
        self.problems = problems
        self.corrected = corrected
    }

    public var errors: [PortalProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [PortalProblem] { problems.filter { $0.severity == .warning } }

    static func missing(_ field: PortalField) -> FieldCheck { FieldCheck(problems: [.required(field)]) }
}
