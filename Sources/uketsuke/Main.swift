import ArgumentParser
import Foundation

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

/// Writes to the standard streams without buffering surprises.
enum Output {
    static func out(_ s: String) { write(1, s) }
    static func err(_ s: String) { write(2, s) }

    static func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd, $0) }
    }

    static func write(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(fd, $0) }
    }

    static func write(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buf.count {
            let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

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
