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

    /// Runs until the wizard quits or a signal or a lost terminal ends it. Returns the exit code.
    static func run(_ session: WizardSession, options: Terminal.Options) throws -> Int32 {
        var options = options
        options.theme = session.state.settings.theme
        let terminal = try Terminal(options: options)
        defer { terminal.close() }
        session.send(.resize(width: terminal.size.width, height: terminal.size.height))
        session.tick()
        terminal.present(Screen.render(session.state, session.env, size: terminal.size))
        // The built-in rules are read now, after the first frame and before the first key.
        if let problem = session.env.rulesSource.preload() {
            terminal.close()
            throw FullScreen.Failure(message: problem.text(session.state.language(session.env)))
        }
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
            case .signal:
                // INT, TERM, HUP, QUIT: end cleanly; the deferred close restores the terminal.
                return 0
            case .gone:
                return 0
            }
            terminal.present(Screen.render(session.state, session.env, size: terminal.size))
        }
        return 0
    }
}
