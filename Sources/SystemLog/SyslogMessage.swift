import Glibc

/// One RFC 3164 message as `/dev/log` takes it: `<PRI>Mmm dd hh:mm:ss TAG[PID]: TEXT`.
public struct SyslogMessage: Sendable, Equatable {
    public var facility: SyslogFacility
    public var severity: SyslogSeverity
    /// Seconds since 1970, shown in the machine's local time (journald stamps its own receive time anyway).
    public var time: Int64
    public var tag: String
    public var pid: Int32
    public var text: String

    /// RFC 3164 §4.1 caps a message at 1024 bytes; longer text is cut (with "...") to fit.
    public static let maximumBytes = 1024

    public init(facility: SyslogFacility = .user, severity: SyslogSeverity, time: Int64, tag: String, pid: Int32,
                text: String) {
        self.facility = facility
        self.severity = severity
        self.time = time
        self.tag = tag
        self.pid = pid
        self.text = text
    }

    /// `<PRI>`: facility × 8 + severity.
    public var priority: Int32 { facility.rawValue * 8 + severity.rawValue }

    /// The datagram's text: ASCII only, whatever `text` holds.
    public var line: String {
        let head = "<\(priority)>\(Self.timestamp(time)) \(Self.escaped(tag))[\(pid)]: "
        var body = Self.escaped(text)
        let room = Self.maximumBytes - head.utf8.count
        if body.utf8.count > room { body = String(body.prefix(max(0, room - 3))) + "..." }
        return head + body
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Dec  7 09:05:03`: RFC 3164's TIMESTAMP, the day padded with a space, in local time.
    static func timestamp(_ seconds: Int64) -> String {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = parts.tm_mday < 10 ? " \(parts.tm_mday)" : "\(parts.tm_mday)"
        return "\(months[Int(parts.tm_mon)]) \(day) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }

    /// Printable ASCII as it is; a backslash doubled; control characters as `\xNN` and anything beyond ASCII as
    /// `\u{XXXX}`, so a log line can neither break in two nor carry a terminal escape to whoever reads it.
    public static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x20...0x7E: out.unicodeScalars.append(scalar)
            case 0..<0x20, 0x7F: out += "\\x" + hex(scalar.value, digits: 2)
            default: out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            }
        }
        return out
    }

    static func hex(_ n: UInt32, digits: Int) -> String {
        let s = String(n, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
