import SystemLog
import Wizard

/// The events of one run, to the system log, as far as its mode logs them (`LogEvent.isLogged(in:)`).
public final class KioskLog {
    public let mode: Mode
    private let client: SyslogClient

    public init(mode: Mode, client: SyslogClient = SyslogClient(tag: "uketsuke")) {
        self.mode = mode
        self.client = client
    }

    public func record(_ event: LogEvent) {
        guard event.isLogged(in: mode) else { return }
        client.send(event.severity, event.text)
    }

    public func record(_ events: [LogEvent]) {
        for event in events { record(event) }
    }
}
