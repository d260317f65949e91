import ArgumentParser
import Foundation

/// Runs the command line with the contract's exit codes: usage errors are 2 (ArgumentParser would use 64).
@main
enum Main {
    static func main() {
        do {
            var command = try Uketsuke.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Uketsuke.exitCode(for: error)
            let message = Uketsuke.fullMessage(for: error)
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

    /// Prints a usage problem in the chosen language and ends with exit code 2.
    static func usage(_ message: String) -> ExitCode {
        err("uketsuke: \(message)\n")
        return ExitCode(ExitStatus.usage)
    }
}
