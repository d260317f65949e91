import Facility
import Eligibility
import Store
import Testing
import Wizard
import WizardTestSupport

/// The wizard's pages as a receptionist, a trainer and an administrator reach them, for tests that go over every page.
enum KeyMapPages {
    static func all() -> [(String, Driver)] {
        var pages: [(String, Driver)] = []
        // August 2025: the 後期高齢者 cards had expired, the others not yet, so every question of the check is asked.
        var d = Driver(visitDate: "2025-08-05")
        pages.append(("home", d))
        d.startsACheck()
        pages.append(("online question", d))
        d.answersTheFacilityIs(.yes)
        pages.append(("holds", d))
        d.patientShows(.mynaCard, .certificate, .legacyCard, .notice)
        pages.append(("reader", d))
        d.readerSays(.failed)
        pages.append(("insurer", d))
        d.choosesToTypeTheInsurerNumber()
        d.type("0613048")
        pages.append(("insurer number", d))
        d.goesBack()
        d.insurerIs(.kyokai)
        pages.append(("legacy expiry", d))
        d.type("R7.12.")
        pages.append(("legacy expiry typed", d))
        d.type("1")
        d.press(.enter)
        pages.append(("insurance changed", d))
        d.insuranceChanged(true)
        pages.append(("certificate expiry", d))
        d.printedExpiryIs("R6.1.1", on: .certificateExpiry)
        pages.append(("notice expiry", d))
        d.printedExpiryIs("R6.1.1", on: .noticeExpiry)
        pages.append(("visit", d))
        d.visitIs(.repeat)
        pages.append(("result", d))
        var saved = Driver(settings: FacilitySettings(online: .facility(.yes)))
        saved.startsACheck()
        pages.append(("holds, the facility's state saved", saved))
        // The patient view scrolls only where the screen cannot hold it: a long answer on a small screen.
        var small = Driver(visitDate: "2025-08-05")
        small.send(.resize(width: 60, height: 18))
        small.startsACheck()
        small.answersTheFacilityIs(.no)
        small.patientShows(.mynaCard, .certificate, .legacyCard, .notice)
        small.insurerIs(.kyokai)
        small.printedExpiryIs("R7.7.31")
        small.insuranceChanged(true)
        small.printedExpiryIs("R7.7.31", on: .certificateExpiry)
        small.printedExpiryIs("R7.7.31", on: .noticeExpiry)
        small.showsThePatientView()
        pages.append(("patient view of a long answer at 60×18", small))
        var settings = Driver()
        settings.opens(.settings)
        pages.append(("settings", settings))
        settings.changes(.adminPin)
        settings.type("12")
        pages.append(("PIN setup, two digits typed", settings))
        var training = Driver()
        training.opens(.training)
        pages.append(("training menu", training))
        var date = training
        date.opens(training: .date)
        date.type("R7")
        pages.append(("training date", date))
        var quiz = training
        quiz.opens(training: .quiz)
        pages.append(("quiz story", quiz))
        var auto = training
        auto.opens(training: .autoplay)
        pages.append(("autoplay", auto))
        var tally = Driver()
        tally.opens(.tally)
        pages.append(("tally", tally))
        var adoption = Driver()
        adoption.opens(.adoption)
        pages.append(("adoption menu", adoption))
        var contact = adoption
        contact.opens(adoption: .contact)
        pages.append(("contact", contact))
        var leaflet = adoption
        leaflet.opens(adoption: .leaflet)
        pages.append(("leaflet", leaflet))
        var form = adoption
        form.opens(adoption: .registration)
        form.type("山田")
        pages.append(("registration: family name", form))
        form.press(.down, .down)
        pages.append(("registration: affiliation", form))
        var help = Driver()
        help.asksForHelp()
        pages.append(("help", help))
        var quit = Driver()
        quit.asksToQuit()
        pages.append(("quit question", quit))
        var kiosk = Driver(mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$j9T$not-a-real-hash"))
        pages.append(("kiosk first question", kiosk))
        kiosk.opensTheAdminPinPrompt()
        kiosk.type("1")
        pages.append(("kiosk PIN", kiosk))
        return pages
    }
}
