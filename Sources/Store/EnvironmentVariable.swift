import Glibc

/// Reads one environment variable. Foundation's ProcessInfo.environment copies the whole environment into a
/// dictionary each time, which is a tenth of the wizard's start-up when done for four variables.
public enum EnvironmentVariable {
    public static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
    }

    /// Lookups in `environment` when given (tests), else in the process's environment.
    static func lookup(in environment: [String: String]?) -> (String) -> String? {
        if let environment { return { environment[$0] } }
        return value
    }
}
