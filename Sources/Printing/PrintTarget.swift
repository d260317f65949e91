/// Where a printed page goes.
public enum PrintTarget: Hashable, Sendable {
    /// A PDF file (written whole, or not at all). A device or pipe such as `/dev/stdout` is written directly.
    case pdf(path: String)
    /// A CUPS queue through `lp`; nil is the default destination (`lpstat -d`).
    case printer(name: String?)
}
