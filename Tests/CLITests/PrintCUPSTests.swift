import Foundation
import Testing

/// `uketsuke print --printer` through a real CUPS: a private cupsd (Debian's cups-daemon) listening on a socket in a
/// scratch folder, with one queue whose backend (a shell script) copies each job to a file. Skipped where cupsd is
/// not installed (.ci/run installs it).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/cupsd"), "needs cups-daemon"))
struct PrintCUPSTests {
    /// A scheduler of its own: configuration, spool and backend under `dir`; jobs land in `dir/out/job-<id>`.
    final class Scheduler {
        let dir: URL
        let process = Process()
        var socket: String { dir.appending(path: "cups.sock").path }

        init() throws {
            dir = Binary.scratch()
            let fm = FileManager.default
            for sub in ["root", "spool", "log", "cache", "state", "tmp", "out", "bin/backend", "bin/daemon", "bin/filter"] {
                try fm.createDirectory(at: dir.appending(path: sub), withIntermediateDirectories: true)
            }
            // The backend runs as the scheduler's user (lp when started by root): it must reach and write these.
            for sub in ["", "out", "tmp"] { chmod(dir.appending(path: sub).path, sub.isEmpty ? 0o755 : 0o777) }
            let d = dir.path
            try """
                Listen \(d)/cups.sock
                LogLevel warn
                WebInterface No
                Browsing No
                <Location />
                  Order allow,deny
                  Allow all
                </Location>
                <Policy default>
                  <Limit All>
                    Order deny,allow
                  </Limit>
                </Policy>

                """.write(toFile: d + "/root/cupsd.conf", atomically: true, encoding: .utf8)
            let user = getuid() == 0 ? "User lp\nGroup lp\n" : ""
            try """
                ServerRoot \(d)/root
                RequestRoot \(d)/spool
                TempDir \(d)/tmp
                CacheDir \(d)/cache
                StateDir \(d)/state
                ErrorLog \(d)/log/error_log
                AccessLog \(d)/log/access_log
                PageLog \(d)/log/page_log
                ServerBin \(d)/bin
                DataDir /usr/share/cups
                \(user)
                """.write(toFile: d + "/root/cups-files.conf", atomically: true, encoding: .utf8)
            try """
                #!/bin/sh
                [ $# -eq 0 ] && { echo 'file capture "Unknown" "Capture"'; exit 0; }
                out=${DEVICE_URI#capture:}-$1
                if [ -n "$6" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi
                mv "$out.part" "$out"

                """.write(toFile: d + "/bin/backend/capture", atomically: true, encoding: .utf8)
            chmod(d + "/bin/backend/capture", 0o755)
            try fm.createSymbolicLink(atPath: d + "/bin/daemon/cups-exec", withDestinationPath: "/usr/lib/cups/daemon/cups-exec")
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/cupsd")
            process.arguments = ["-f", "-c", d + "/root/cupsd.conf", "-s", d + "/root/cups-files.conf"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where !fm.fileExists(atPath: socket) { usleep(50_000) }
        }

        deinit {
            // SIGKILL: the test runner starts it with SIGTERM blocked, so terminate() would wait for ever.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: dir)
        }

        func admin(_ arguments: [String]) throws -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/sbin/lpadmin")
            p.arguments = arguments
            p.environment = ["CUPS_SERVER": socket, "PATH": "/usr/bin:/bin"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }

        /// The job's bytes once the backend has written them (within 10 s), or nil.
        func job(_ id: Int) -> Data? {
            let path = dir.appending(path: "out/job-\(id)").path
            for _ in 0..<200 {
                if let data = FileManager.default.contents(atPath: path) { return data }
                usleep(50_000)
            }
            return nil
        }
    }

    @Test func theLeafletReachesANamedQueueAndTheDefaultOne() throws {
        let cups = try Scheduler()
        #expect(try cups.admin(["-p", "desk", "-v", "capture:\(cups.dir.path)/out/job", "-E"]) == 0)
        let home = Binary.scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["CUPS_SERVER": cups.socket]

        let named = try Binary.run(["print", "leaflet", "--printer", "desk"], home: home, environment: env)
        #expect(named.status == 0, "\(named.err)")
        #expect(named.out == "プリンター「desk」に送りました (request id is desk-1 (1 file(s)))\n")
        let first = try #require(cups.job(1))
        #expect(first.starts(with: Data("%PDF-".utf8)))
        let pdf = home.appending(path: "job-1.pdf")
        try first.write(to: pdf)
        #expect(try PrintCommandTests.pdftotext(pdf.path).hasPrefix("患者さん向けご案内\n"))

        // Neither --to nor --printer: the server's default destination.
        #expect(try cups.admin(["-d", "desk"]) == 0)
        let byDefault = try Binary.run(["print", "leaflet", "--lang", "en"], home: home, environment: env)
        #expect(byDefault.status == 0, "\(byDefault.err)")
        #expect(byDefault.out == "Sent to the default printer (request id is desk-2 (1 file(s)))\n")
        #expect(cups.job(2)?.starts(with: Data("%PDF-".utf8)) == true)
    }
}

/// The wizard's 印刷 (P) on the leaflet page: the page goes to the default printer, and the receptionist reads what
/// the print system said, or why it could not print.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/cupsd"), "needs cups-daemon"))
struct WizardPrintTests {
    @Test func pressingPOnTheLeafletPrintsIt() throws {
        let cups = try PrintCUPSTests.Scheduler()
        #expect(try cups.admin(["-p", "desk", "-v", "capture:\(cups.dir.path)/out/job", "-E"]) == 0)
        #expect(try cups.admin(["-d", "desk"]) == 0)
        let t = try Tmux(["--date", "2026-12-02"], environment: ["CUPS_SERVER": cups.socket])
        try t.wait(for: "メニュー")
        try t.keys("4")
        try t.press("3", thenWaitFor: "P 印刷")
        try t.keys("p")
        let screen = try t.wait(for: "既定のプリンターに送りました", timeout: 15)
        #expect(screen.contains("desk-1"), "\(screen)")
        let job = try #require(cups.job(1))
        #expect(job.starts(with: Data("%PDF-".utf8)))
    }

    @Test func withoutThePrintingToolsTheReceptionistIsToldWhatToInstall() throws {
        // A PATH without pango-view, qrencode and gs: the message names them and their packages.
        let bin = Binary.scratch()
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let t = try Tmux(["--date", "2026-12-02"], environment: ["PATH": bin.path])
        try t.wait(for: "メニュー")
        try t.keys("4")
        try t.press("3", thenWaitFor: "P 印刷")
        try t.keys("p")
        let screen = try t.wait(for: "印刷できません", timeout: 15)
        #expect(screen.contains("pango1.0-tools"), "\(screen)")
        #expect(screen.contains("患者さんへのお願い") || screen.contains("マイナ保険証"), "the leaflet stays on screen")
    }
}
