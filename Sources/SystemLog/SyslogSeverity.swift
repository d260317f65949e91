/// How much a syslog message matters (RFC 3164 §4.1.1, syslog(3)'s LOG_*): the low three bits of its priority.
public enum SyslogSeverity: Int32, Sendable, CaseIterable {
    case emergency = 0, alert, critical, error, warning, notice, info, debug
}

/// Who sends a syslog message: the priority's upper bits. uketsuke uses `user` (LOG_USER): the local0…local7 ones
/// belong to each site's own configuration, which an application should not claim.
public enum SyslogFacility: Int32, Sendable {
    case user = 1
    case local0 = 16
}
