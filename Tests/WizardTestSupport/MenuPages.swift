import Testing
import Wizard

/// The words for the pages the menus open: the settings and the PIN, a kiosk's administrator, the tally, the
/// training date. Each checks its page is on screen.
extension Driver {
    /// A settings row by its number: the setting takes its next value (and is saved); the PIN row opens the PIN page.
    public mutating func changes(_ row: SettingsRow, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.settings, sourceLocation: sourceLocation) else { return }
        press(digit(row.rawValue + 1))
        let opened: OnScreen = row == .adminPin ? .pinSetup : .settings
        #expect(onScreen == opened, "\(row) opened \(onScreen), not \(opened)", sourceLocation: sourceLocation)
    }

    /// Types a PIN and Enter: on the PIN page of the settings (each of its two entries; empty removes it), or at a
    /// kiosk's PIN prompt.
    public mutating func entersThePin(_ pin: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.pinSetup, .adminPin, sourceLocation: sourceLocation) else { return }
        type(pin)
        press(.enter)
    }

    /// F12 at a kiosk whose administrator PIN is set: the PIN prompt.
    public mutating func opensTheAdminPinPrompt(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(env.mode == .kiosk, "F12 opens the administrator's PIN at a kiosk only", sourceLocation: sourceLocation)
        press(.function(12))
        #expect(onScreen == .adminPin, "no PIN prompt", sourceLocation: sourceLocation)
    }

    /// F12, the PIN and Enter, and the front end finding it right: the administrator menu.
    public mutating func logsInAsTheAdministrator(pin: String = "1234", sourceLocation: SourceLocation = #_sourceLocation) {
        opensTheAdminPinPrompt(sourceLocation: sourceLocation)
        guard case .adminPin = state.page, let hash = state.settings.adminPinHash else { return }
        entersThePin(pin, sourceLocation: sourceLocation)
        #expect(effects.last == .verifyAdminPin(pin, hash: hash), "the PIN was not checked", sourceLocation: sourceLocation)
        send(.effectDone(.adminPinChecked(true)))
        #expect(onScreen == .adminMenu, "no administrator menu", sourceLocation: sourceLocation)
    }

    /// The period the tally counts: 1 today, 2 seven days, 3 thirty days.
    public mutating func choosesThePeriod(_ span: TallySpan, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.tally, sourceLocation: sourceLocation) else { return }
        press(digit(span.rawValue))
    }

    /// The training's simulated visit date: clears the field, types the date and Enter (a date refused stays, with
    /// its error).
    public mutating func typesTheTrainingDate(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.trainingDate, sourceLocation: sourceLocation) else { return }
        press(.ctrl("u"))
        type(text)
        press(.enter)
    }
}
