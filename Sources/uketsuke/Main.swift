import ArgumentParser
import Eligibility
import Foundation
import Headless

/// Runs the command line with the contract's exit codes: usage errors are 2 (ArgumentParser would use 64).
@main
enum Main {
    static func main() {
        // Debug builds (the ones the tests run) check the quick list against the real command tree.
        assert(WizardCommand.subcommandNames == Set(Uketsuke.configuration.subcommands.map { $0._commandName }),
               "WizardCommand.subcommandNames is out of date")
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let (common, wizard) = QuickStart.parse(arguments) {
            do {
                try WizardLauncher.run(common: common, options: wizard)
            } catch let exit as ExitCode {
                Foundation.exit(exit.rawValue)
            } catch {
                Output.err("uketsuke: \(error)\n")
                Foundation.exit(ExitStatus.internalError)
            }
            return
        }
        if WizardCommand.handles(arguments) {
            run(WizardCommand.self, arguments)
        } else {
            run(Uketsuke.self, arguments)
        }
    }

    static func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = type.exitCode(for: error)
            let message = type.fullMessage(for: error)
            if code == .success {
                Output.out(message + "\n")
                Foundation.exit(0)
            }
            Output.err(message + "\n")
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : (code == .failure ? ExitStatus.internalError : code.rawValue))
        }
    }
}

/// Exit codes of interface.md.
enum ExitStatus {
    static let confirmed: Int32 = 0
    static let conditional: Int32 = 3
    static let notConfirmed: Int32 = 4
    static let usage: Int32 = 2
    static let internalError: Int32 = 1
}

/// Writes to the standard streams without buffering surprises. Every write to standard output is checked: one that
/// fails (a full disk, a closed pipe with SIGPIPE ignored, an I/O error) ends the program with exit code 1 and a message
/// on stderr naming the stream and why, never exit 0 after a lost write. Messages to stderr show control characters
/// escaped (ESC as `\u{1B}`), so a value typed in an argument cannot drive the terminal.
enum Output {
    static func out(_ s: String) {
        var s = s
        s.withUTF8 { out($0) }
    }

    static func out(_ bytes: UnsafeBufferPointer<UInt8>) {
        let failure = write(1, bytes)
        if failure != 0 { exitAfterFailedWrite(failure) }
    }

    static func err(_ s: String) {
        var s = StreamText.escapingControls(s)
        s.withUTF8 { _ = write(2, $0) }
    }

    /// Writes all of `buf`; returns 0, or the errno of the write that failed.
    static func write(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) -> Int32 {
        StreamText.writeAll(fd, buf)
    }

    /// Standard output could not be written: says so on stderr, in the language of the command line, and exits 1.
    static func exitAfterFailedWrite(_ errno: Int32) -> Never {
        err("uketsuke: \(StreamText.writeFailure(errno, stream: .standardOutput, language))\n")
        exit(ExitStatus.internalError)
    }

    /// The language of messages that come before or outside a command's options: the last `--lang`, else Japanese.
    static let language: Language = {
        var found = Language.ja
        let args = CommandLine.arguments
        for (i, a) in args.enumerated() {
            if a == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { found = l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { found = l }
        }
        return found
    }()

    /// Prints an internal problem and ends with exit code 1.
    static func failure(_ message: String) -> ExitCode {
        err("uketsuke: \(message)\n")
        return ExitCode(ExitStatus.internalError)
    }

    /// Prints a usage problem in the chosen language and ends with exit code 2.
    static func usage(_ message: String) -> ExitCode {
        err("uketsuke: \(message)\n")
        return ExitCode(ExitStatus.usage)
    }
}
