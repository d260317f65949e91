import Eligibility
import Synchronization

/// The rules, loaded on first use. The built-in rules are read just after the first frame, which needs none of
/// them: start-up is spent drawing, not parsing a file nobody has looked at yet.
public final class RulesSource: Sendable {
    private let cell: Mutex<Result<Rules, RulesFileError>?>
    private let load: @Sendable () -> Result<Rules, RulesFileError>

    /// Rules already loaded.
    public init(_ rules: Rules) {
        cell = Mutex(.success(rules))
        load = { .success(rules) }
    }

    /// Rules loaded by `load` when first needed.
    public init(loading load: @escaping @Sendable () -> Result<Rules, RulesFileError>) {
        cell = Mutex(nil)
        self.load = load
    }

    /// Loads now if not loaded yet; returns the problem of a file that cannot be used.
    public func preload() -> RulesFileError? {
        let result = cell.withLock { value in
            if value == nil { value = load() }
            return value!
        }
        if case .failure(let e) = result { return e }
        return nil
    }

    /// The rules. Front ends call `preload()` first and stop on its error, so this never meets a bad file.
    public var rules: Rules {
        let result = cell.withLock { value in
            if value == nil { value = load() }
            return value!
        }
        switch result {
        case .success(let r): return r
        case .failure(let e): preconditionFailure("rules used without a successful preload: \(e.text(.en))")
        }
    }
}
