import Foundation
import Screen
import Store
import Terminal
import Wizard

/// The curses front end: keys in, grid diffs out.
enum FullScreen {
    struct Failure: Error {
        let message: String
    }

    /// EX_CONFIG of sysexits.h: the kiosk cannot run on this terminal as configured.
    static let configurationError: Int32 = 78
    /// The terminal cannot draw Japanese (the Linux console): a code of its own, so a supervisor's log says why.
    static let cannotDrawJapanese: Int32 = 79

    /// The Linux console (TERM=linux, what the kernel's VTs and agetty set) holds at most 512 glyphs: every kana and
    /// kanji would be a box. In ASCII, since that is all it can show.
    static let linuxConsoleMessage = """
        uketsuke: this terminal (TERM=linux, the Linux console) cannot draw Japanese: a console font holds at most \
        512 glyphs, so every kana and kanji would show as a box. Run uketsuke in a terminal emulator with a Japanese \
        font - for a kiosk, cage with foot (Packaging/ in the source, /usr/share/doc/uketsuke/README.Debian in the \
        package) - or start it with --lang en.
        """

    /// The Linux console draws ASCII, so the English interface runs there in ASCII only.
    static func drawsASCIIOnly(term: String) -> Bool { term == "linux" }

    /// The exit code when this terminal cannot show the session's language: the Linux console and Japanese
    /// (--lang, else the saved language; the screen would be English in ASCII only).
    static func refusal(_ session: WizardSession) -> Int32? {
        let language = session.env.languageOverride ?? session.state.settings.language
        guard drawsASCIIOnly(term: EnvironmentVariable.value("TERM") ?? ""), language == .ja else { return nil }
        Output.err(linuxConsoleMessage + "\n")
        return cannotDrawJapanese
    }

    /// Runs until the wizard quits or a signal or a lost terminal ends it. Returns the exit code: 0, or 128 plus
    /// the signal for one other than INT, TERM, HUP and QUIT (which end it as a supervisor asks).
    /// A TERM curses does not know runs the line front end instead, saying so on stderr; not in a kiosk, which stops
    /// with exit code 78 rather than run degraded.

    static func run(_ session: WizardSession, options: Terminal.Options) throws -> Int32 {
        var options = options
        options.theme = session.state.settings.theme
        let terminal: Terminal
        do {
            terminal = try Terminal(options: options)
        } catch .unknownTerminal(let term) {
            let lang = session.state.language(session.env)
            if options.kiosk {
                Output.err("uketsuke: \(TerminalText.kioskUnknownTerminal(term: term)[lang])\n")
                return configurationError
            }
            Output.err("uketsuke: \(TerminalText.plainFallback(term: term)[lang])\n")
            if let problem = session.env.rulesSource.preload() { throw FullScreen.Failure(message: problem.text(lang)) }
            return PlainFront.run(session)
        }
        defer { terminal.close() }
        session.send(.resize(width: terminal.size.width, height: terminal.size.height))
        session.tick()
        terminal.present(Screen.render(session.state, session.env, size: terminal.size))
        // The built-in rules are read now, after the first frame and before the first key.
        if let problem = session.env.rulesSource.preload() {
            terminal.close()
            throw FullScreen.Failure(message: problem.text(session.state.language(session.env)))
        }
        session.started()
        #if DEBUG
        // The terminal safety tests crash a debug build here, with curses on, to see the crash handlers give the
        // terminal back. Release builds have no such switch.
        if EnvironmentVariable.value("UKETSUKE_DEBUG_TRAP") == "1" { fatalError("UKETSUKE_DEBUG_TRAP: a deliberate trap") }
        #endif
        while !session.state.finished {
            // The autoplay types at a reading pace; otherwise two wake-ups a second are enough.
            terminal.setTimeout(milliseconds: session.state.autoplay == nil ? 500 : 100)
            switch terminal.read() {
            case .key(.ctrl("l")):
                terminal.redrawAll()
            case .key(let key):
                session.tick()
                if session.send(.key(key)) { terminal.setTheme(session.state.settings.theme) }
            case .resize(let size):
                session.send(.resize(width: size.width, height: size.height))
            case .timeout:
                session.tick()
            case .dropped:
                session.tick()
                session.state.notice = Notice(kind: .info, text: TerminalText.floodDropped)
            case .signal(let signal):
                // The deferred close restores the terminal.
                let status = [SIGINT, SIGTERM, SIGHUP, SIGQUIT].contains(signal) ? 0 : 128 + signal
                session.ended(status: status, signal: signal)
                return status
            case .gone:
                session.ended(status: 0)
                return 0
            }
            // A burst of keys (typed ahead, an IME's commit) is drawn once, after its last key.
            if !terminal.hasQueuedInput { terminal.present(Screen.render(session.state, session.env, size: terminal.size)) }
        }
        session.ended(status: 0)
        return 0
    }
}
