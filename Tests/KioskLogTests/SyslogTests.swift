import Foundation
import SyslogTestSupport
import SystemLog
import Testing

/// The datagrams' form (RFC 3164) and the client's promise: it never blocks and never fails the program.
@Suite struct SyslogTests {
    @Test func aMessageHasPriorityTimestampTagAndPid() {
        let m = SyslogMessage(facility: .user, severity: .warning, time: 0, tag: "uketsuke", pid: 42, text: "hello")
        #expect(m.priority == 12)
        let line = m.line
        #expect(line.hasPrefix("<12>"))
        #expect(line.hasSuffix(" uketsuke[42]: hello"))
        // "Mmm dd hh:mm:ss", the day padded with a space.
        let stamp = line.dropFirst(4).prefix(15)
        #expect(stamp.range(of: #"^[A-Z][a-z]{2} [ 1-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9]$"#, options: .regularExpression) != nil,
                "\(stamp)")
        #expect(SyslogMessage(facility: .local0, severity: .info, time: 0, tag: "t", pid: 1, text: "").priority == 134)
        #expect(SyslogMessage(severity: .notice, time: 0, tag: "t", pid: 1, text: "").priority == 13)
    }

    @Test func controlCharactersAndNonASCIIAreEscaped() {
        #expect(SyslogMessage.escaped("a\nb\u{1B}[2J\\c") == #"a\x0Ab\x1B[2J\\c"#)
        #expect(SyslogMessage.escaped("/tmp/受付.json\u{7F}") == #"/tmp/\u{53D7}\u{4ED8}.json\x7F"#)
        let line = SyslogMessage(severity: .info, time: 0, tag: "t", pid: 1, text: "x\r\ny").line
        #expect(line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
    }

    @Test func aLongMessageIsCutTo1024Bytes() {
        let line = SyslogMessage(severity: .info, time: 0, tag: "t", pid: 1, text: String(repeating: "受", count: 2000)).line
        #expect(line.utf8.count <= SyslogMessage.maximumBytes)
        #expect(line.hasSuffix("..."))
    }

    @Test func theClientSendsOneDatagramPerMessage() throws {
        let receiver = try LogReceiver()
        let client = SyslogClient(socketPath: receiver.path, tag: "uketsuke")
        #expect(client.send(.warning, "first"))
        #expect(client.send(.info, "second"))
        let lines = receiver.received()
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("<12>") == true)
        #expect(lines.first?.hasSuffix("uketsuke[\(getpid())]: first") == true)
        #expect(lines.last?.hasPrefix("<14>") == true)
    }

    /// No socket at the path, a path too long for sun_path: the message is dropped, nothing else happens.
    @Test func aMissingLogDropsTheMessage() {
        #expect(!SyslogClient(socketPath: "/tmp/uketsuke-no-such-\(UUID().uuidString).sock", tag: "t").send(.info, "x"))
        #expect(!SyslogClient(socketPath: "/tmp/" + String(repeating: "x", count: 200), tag: "t").send(.info, "x"))
    }

    /// A log that never reads fills up: then sends are dropped at once instead of waiting.
    @Test func aFullLogDropsWithoutBlocking() throws {
        let receiver = try LogReceiver()
        let client = SyslogClient(socketPath: receiver.path, tag: "t")
        let start = Date()
        var dropped = 0
        for _ in 0..<5000 where !client.send(.info, String(repeating: "x", count: 900)) { dropped += 1 }
        #expect(dropped > 0, "the socket's queue never filled")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func theEnvironmentNamesTheSocket() {
        setenv(SyslogClient.socketVariable, "/tmp/elsewhere.sock", 1)
        defer { unsetenv(SyslogClient.socketVariable) }
        #expect(SyslogClient(tag: "t").socketPath == "/tmp/elsewhere.sock")
    }
}
