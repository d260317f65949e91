import Testing
import Wizard

/// The page on screen as the staff would name it, without its details: what the words check they are on.
public enum OnScreen: Sendable, Equatable {
    case home, check, result, patientView, settings, pinSetup
    case trainingMenu, trainingDate, quizStory, quizAnswer, quizReveal, quizSummary
    case adminPin, adminMenu, tally
    case adoptionMenu, contact, registration, leaflet, appGuide
}

extension Driver {
    public var onScreen: OnScreen {
        switch state.page {
        case .home: .home
        case .check: .check
        case .result: .result
        case .patient: .patientView
        case .settings: .settings
        case .pinSetup: .pinSetup
        case .training: .trainingMenu
        case .trainingDate: .trainingDate
        case .quiz(.story): .quizStory
        case .quiz(.answer): .quizAnswer
        case .quiz(.reveal): .quizReveal
        case .quiz(.summary): .quizSummary
        case .adminPin: .adminPin
        case .admin: .adminMenu
        case .tally: .tally
        case .adoption: .adoptionMenu
        case .contact: .contact
        case .registration: .registration
        case .leaflet: .leaflet
        case .appGuide: .appGuide
        }
    }

    /// Whether one of `pages` is on screen with nothing drawn over it; a test fails at `sourceLocation` when not.
    func expectOnScreen(_ pages: OnScreen..., sourceLocation: SourceLocation) -> Bool {
        let shown = onScreen
        let overlay = state.overlay.map { " under \($0)" } ?? ""
        let ok = pages.contains(shown) && state.overlay == nil
        #expect(ok, "the wizard shows \(shown)\(overlay), not \(pages.map { "\($0)" }.joined(separator: " or "))",
                sourceLocation: sourceLocation)
        return ok
    }
}
