import Foundation
import Screen
import Wizard

/// The line front end: prints each new state as numbered text, reads a line, sends its keys.
enum PlainFront {
    static func run(_ session: WizardSession) -> Int32 {
        var shown = ""
        session.send(.resize(width: 80, height: 24))
        session.started()
        if let warning = session.state.rulesWarning { Output.out("! " + warning[session.state.language(session.env)] + "\n") }
        while !session.state.finished {
            session.tick()
            let block = PlainMode.block(session.state, session.env)
            if block != shown {
                Output.out(block)
                shown = block
            }
            if session.state.overlay == .help {
                // Help is printed once and closes by itself: there is no screen to leave it on.
                session.send(.key(.escape))
                continue
            }
            Output.out("> ")
            guard let line = readLine() else {
                Output.out("\n")
                session.ended(status: 0)
                return 0
            }
            switch PlainMode.keys(for: line, session.state, session.env) {
            case .keys(let keys):
                for key in keys where !session.state.finished { session.send(.key(key)) }
            case .problem(let text):
                Output.out("! " + text[session.state.language(session.env)] + "\n")
            }
        }
        session.ended(status: 0)
        return 0
    }
}
