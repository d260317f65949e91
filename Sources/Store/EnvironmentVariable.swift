import Foundation
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

    /// `file` under the XDG base directory `variable` when it is an absolute path, else under `~/fallback`:
    /// `$XDG_DATA_HOME/uketsuke/tally.sqlite`, else `~/.local/share/uketsuke/tally.sqlite`.
    static func baseDirectoryPath(_ file: String, in variable: String, else fallback: String,
                                  environment: [String: String]?) -> String {
        let find = lookup(in: environment)
        if let base = find(variable), base.hasPrefix("/") { return base + "/" + file }
        return (find("HOME") ?? NSHomeDirectory()) + "/" + fallback + "/" + file
    }
}
