import Facility
import Eligibility
import KioskLog
import Store
import Testing
import Wizard

/// Events read from the wizard's states before and after an action, and which mode logs which.
@Suite struct KioskEventsTests {
    static let env = WizardEnvironment(
        rulesSource: RulesSource(loading: { .failure(RulesFileError(file: "unused", line: nil, column: nil, key: nil,
                                                                    problem: .emptyText)) }),
        mode: .kiosk)

    static func state() -> WizardState {
        WizardState(settings: FacilitySettings(), today: CalendarDate(iso: "2026-12-07")!, env: env)
    }

    @Test func nothingChangedIsNoEvent() {
        #expect(KioskEvents.between(before: Self.state(), after: Self.state()).isEmpty)
    }

    @Test func aWrongPinIsAFailureWithItsCount() {
        let before = Self.state()
        var after = before
        after.pinLock = PinLock(failures: 1)
        #expect(KioskEvents.between(before: before, after: after) == [.pinFailure(failures: 1)])
    }

    @Test func theThirdWrongPinAlsoStartsALockOut() {
        var before = Self.state()
        before.pinLock = PinLock(failures: 2)
        var after = before
        after.pinLock = PinLock(failures: 3, lockedUntil: 1_000_060)
        #expect(KioskEvents.between(before: before, after: after)
                == [.pinFailure(failures: 3), .lockOut(seconds: 60, failures: 3)])
        var later = after
        later.pinLock = PinLock(failures: 6, lockedUntil: 2_000_120)
        #expect(KioskEvents.between(before: after, after: later).last == .lockOut(seconds: 120, failures: 6))
    }

    /// The right PIN resets the count: no failure is logged for that.
    @Test func theRightPinOpensTheAdministratorMenu() {
        var before = Self.state()
        before.pinLock = PinLock(failures: 2)
        var after = before
        after.pinLock = PinLock()
        after.adminSession = true
        #expect(KioskEvents.between(before: before, after: after) == [.administratorOpened])
        var closed = after
        closed.adminSession = false
        #expect(KioskEvents.between(before: after, after: closed) == [.administratorClosed])
    }

    @Test func theTallyGoingOffGivesItsReason() {
        let before = Self.state()
        var after = before
        after.tallyOff = true
        after.notice = Notice(kind: .problem, text: LocalizedText(ja: "集計に記録できません", en: "Cannot write the tally"))
        #expect(KioskEvents.between(before: before, after: after, tallyReason: "the disk is full")
                == [.tallyOff(reason: "the disk is full")])
        #expect(KioskEvents.between(before: before, after: after) == [.tallyOff(reason: "Cannot write the tally")])
        // Once off, it stays off: no second line.
        #expect(KioskEvents.between(before: after, after: after).isEmpty)
    }

    @Test func eachEventHasItsSeverityAndWords() {
        #expect(LogEvent.pinFailure(failures: 2).severity == .warning)
        #expect(LogEvent.pinFailure(failures: 2).text == "administrator PIN wrong (2 wrong in a row)")
        #expect(LogEvent.lockOut(seconds: 60, failures: 3).text == "administrator PIN locked for 60 s after 3 wrong PINs in a row")
        #expect(LogEvent.administratorOpened.severity == .notice)
        #expect(LogEvent.exitBySignal(15).text == "exit by signal SIGTERM (15)")
        #expect(LogEvent.exitBySignal(1).text == "exit by signal SIGHUP (1)")
        #expect(LogEvent.exitBySignal(40).text == "exit by signal signal 40 (40)")
        #expect(LogEvent.started(mode: .kiosk, version: "0.1.0", rules: "2026.12-1").severity == .info)
        #expect(LogEvent.settingsUnreadable(file: "/etc/uketsuke/config.json", line: 3, key: "theme", problem: "not accepted").text
                == "settings key ignored: /etc/uketsuke/config.json:3 theme: not accepted")
        #expect(LogEvent.settingsUnreadable(file: "/c.json", line: nil, key: nil, problem: "cannot be read").text
                == "settings file unreadable: /c.json: cannot be read")
        #expect(LogEvent.rulesFallback(file: "/r.json", builtIn: "2026.12-1").severity == .warning)
    }

    /// A desk and the training mode log only problems and administrator events; a kiosk logs everything.
    @Test func eachModeLogsItsShare() {
        let all: [LogEvent] = [.started(mode: .kiosk, version: "v", rules: "r"), .stopped(mode: .kiosk, status: 0),
                               .pinFailure(failures: 1), .lockOut(seconds: 60, failures: 3), .administratorOpened,
                               .administratorClosed, .exitBySignal(15), .tallyOff(reason: "r"),
                               .settingsUnreadable(file: "f", line: nil, key: nil, problem: "p"),
                               .rulesUnreadable(problem: "p"), .rulesFallback(file: "f", builtIn: "b")]
        #expect(all.allSatisfy { $0.isLogged(in: .kiosk) })
        for mode in [Mode.normal, .demo] {
            #expect(all.filter { !$0.isLogged(in: mode) }
                    == [.started(mode: .kiosk, version: "v", rules: "r"), .stopped(mode: .kiosk, status: 0), .exitBySignal(15)])
        }
    }
}
