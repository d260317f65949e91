import Glibc

/// Sends messages to the system log's datagram socket (`/dev/log`, which journald and rsyslog read), written by
/// hand rather than with glibc's syslog(3): that one cannot be pointed at another socket, so no test could read
/// what it sent. Never blocks and never fails: with no log listening, or its queue full, a message is dropped.
public final class SyslogClient {
    public static let defaultSocketPath = "/dev/log"
    /// Names another socket instead of `/dev/log` (the tests bind one in a temporary folder).
    public static let socketVariable = "UKETSUKE_SYSLOG_SOCKET"

    public let socketPath: String
    public let tag: String
    public let facility: SyslogFacility
    private var fd: Int32 = -1

    public init(socketPath: String, tag: String, facility: SyslogFacility = .user) {
        self.socketPath = socketPath
        self.tag = tag
        self.facility = facility
    }

    /// `/dev/log`, or the socket `UKETSUKE_SYSLOG_SOCKET` names.
    public convenience init(tag: String, facility: SyslogFacility = .user) {
        let named = getenv(SyslogClient.socketVariable).map { String(cString: $0) }
        self.init(socketPath: named.flatMap { $0.isEmpty ? nil : $0 } ?? SyslogClient.defaultSocketPath, tag: tag,
                  facility: facility)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Sends `text`; returns whether the log took it (false: dropped).
    @discardableResult
    public func send(_ severity: SyslogSeverity, _ text: String) -> Bool {
        let message = SyslogMessage(facility: facility, severity: severity, time: Int64(time(nil)), tag: tag,
                                    pid: getpid(), text: text)
        if fd < 0 { fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) }
        guard fd >= 0 else { return false }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
            raw[path.count] = 0
        }
        // Addressed on every send, not connected once: a log daemon that restarts makes a new socket at the path.
        var line = message.line
        let sent = line.withUTF8 { bytes in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { a in
                    sendto(fd, bytes.baseAddress, bytes.count, Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL), a,
                           socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        }
        return sent == line.utf8.count
    }
}
