import Eligibility
import Facility

/// The administrator's items on a kiosk.
public enum AdminItem: Int, CaseIterable, Sendable {
    case settings = 1, tally, exit
}

extension Wizard {
    /// Unix seconds now, from the session's clock.
    static func wallSeconds(_ s: WizardState, _ env: WizardEnvironment) -> Int64 { Int64((s.clock + env.wallClockOffset).rounded(.down)) }

    /// Whole seconds until the PIN prompt takes a PIN again; 0 when it is open. Three wrong PINs lock it for 60 s,
    /// each further lock-out twice as long (`PinLock`).
    public static func pinLockRemaining(_ s: WizardState, _ env: WizardEnvironment) -> Int {
        Int(s.pinLock.secondsLeft(now: wallSeconds(s, env)))
    }

    /// F12 on a kiosk: the PIN prompt (which, while locked, shows the time left and takes no PIN); without a PIN
    /// set, a hint saying how to set one.
    static func openAdmin(_ s: inout WizardState) {
        guard s.settings.adminPinHash != nil else {
            s.notice = Notice(kind: .problem, text: UIText.kioskNoPin)
            return
        }
        s.page = .adminPin(TextField(), error: nil)
    }

    static func adminPinKey(_ s: inout WizardState, _ field: TextField, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        var field = field
        if key == .escape {
            s.page = .check(Wizard.newCheck(s, env))
            return []
        }
        // Locked: every key stays on this page (none reaches the patients' questions), only Esc leaves.
        guard pinLockRemaining(s, env) == 0 else { return [] }
        switch key {
        case .enter:
            guard let hash = s.settings.adminPinHash else { return [] }
            s.page = .adminPin(field, error: nil)
            return [.verifyAdminPin(field.text, hash: hash)]
        case .char(let c) where !c.isNumber:
            break
        default:
            if field.edit(key) { s.page = .adminPin(field, error: nil) }
        }
        return []
    }

    /// The PIN's answer: the lock-out changes and is saved at once, so a restart cannot reset it.
    static func pinChecked(_ s: inout WizardState, _ ok: Bool, _ env: WizardEnvironment) -> [Effect] {
        guard case .adminPin = s.page else { return [] }
        if ok {
            s.pinLock = s.pinLock.afterSuccess()
            s.adminSession = true
            s.page = .admin(cursor: 0)
        } else {
            s.pinLock = s.pinLock.afterFailure(now: wallSeconds(s, env))
            let locked = pinLockRemaining(s, env) > 0
            s.page = .adminPin(TextField(), error: locked ? nil : UIText.pinWrong)
        }
        return [.savePinLock(s.pinLock)]
    }

    static func adminKey(_ s: inout WizardState, _ cursor: Int, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        Menu<AdminItem>(page: Page.admin, open: { s, item, env in
            switch item {
            case .settings: s.page = .settings(SettingsPage())
            case .tally: return openTally(&s, env)
            case .exit: s.overlay = .quitConfirm
            }
            return []
        }, leave: { s, env in
            endAdmin(&s, env)
            return []
        }).key(&s, cursor: cursor, key, env)
    }

    /// Back to the patients' first question; the administrator must type the PIN again next time.
    static func endAdmin(_ s: inout WizardState, _ env: WizardEnvironment) {
        s.adminSession = false
        s.page = .check(Wizard.newCheck(s, env))
    }

    // MARK: Setting the PIN (settings page)

    static func pinSetupKey(_ s: inout WizardState, _ setup: PinSetup, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        var setup = setup
        switch key {
        case .escape:
            s.page = .settings(SettingsPage(cursor: SettingsRow.adminPin.rawValue))
            return []
        case .enter:
            if !setup.onSecond {
                if setup.first.text.isEmpty && env.mode == .kiosk && s.settings.adminPinHash != nil {
                    // Removed from inside a kiosk, the PIN would lock the administrator out until someone stops the
                    // program from outside: a kiosk only changes it.
                    setup.error = UIText.pinNotRemovableInKiosk
                } else if setup.first.text.isEmpty {
                    // An empty PIN removes it.
                    s.page = .settings(SettingsPage(cursor: SettingsRow.adminPin.rawValue))
                    return s.settings.adminPinHash == nil ? [] : [.hashAdminPin(nil)]
                } else if AdminPinRule.problem(setup.first.text) != nil {
                    setup.error = UIText.pinForm
                } else {
                    setup.onSecond = true
                    setup.error = nil
                }
            } else if setup.second.text != setup.first.text {
                setup = PinSetup()
                setup.error = UIText.pinEntriesDiffer
            } else {
                s.page = .settings(SettingsPage(cursor: SettingsRow.adminPin.rawValue))
                return [.hashAdminPin(setup.first.text)]
            }
        case .char(let c) where !c.isNumber:
            return []
        default:
            let edited = setup.onSecond ? setup.second.edit(key) : setup.first.edit(key)
            if edited { setup.error = nil }
        }
        s.page = .pinSetup(setup)
        return []
    }
}
