import Facility
import Eligibility
import Store
import Wizard
import WizardTestSupport

/// The wizard's pages as a receptionist, a trainer and an administrator reach them, for tests that go over every page.
enum KeyMapPages {
    static func all() -> [(String, Driver)] {
        var pages: [(String, Driver)] = []
        // August 2025: the 後期高齢者 cards had expired, the others not yet, so every question of the check is asked.
        var d = Driver(visitDate: "2025-08-05")
        pages.append(("home", d))
        d.press(.char("1"))
        pages.append(("online question", d))
        d.press(.char("1"))
        pages.append(("holds", d))
        d.press(.char("1"), .char("2"), .char("3"), .char("4"), .enter)
        pages.append(("reader", d))
        d.press(.char("2"))
        pages.append(("insurer", d))
        d.press(.char("9"))
        d.type("0613048")
        pages.append(("insurer number", d))
        d.press(.escape, .char("1"))
        pages.append(("legacy expiry", d))
        d.type("R7.12.")
        pages.append(("legacy expiry typed", d))
        d.type("1")
        d.press(.enter)
        pages.append(("insurance changed", d))
        d.press(.char("2"))
        pages.append(("certificate expiry", d))
        d.type("R6.1.1")
        d.press(.enter)
        pages.append(("notice expiry", d))
        d.type("R6.1.1")
        d.press(.enter)
        pages.append(("visit", d))
        d.press(.char("2"))
        pages.append(("result", d))
        var saved = Driver(settings: FacilitySettings(online: .facility(.yes)))
        saved.press(.char("1"))
        pages.append(("holds, the facility's state saved", saved))
        // The patient view scrolls only where the screen cannot hold it: a long answer on a small screen.
        var small = Driver(visitDate: "2025-08-05")
        small.send(.resize(width: 60, height: 18))
        small.press(.char("1"), .char("2"), .char("1"), .char("2"), .char("3"), .char("4"), .enter, .char("1"))
        small.type("R7.7.31")
        small.press(.enter, .char("2"))
        small.type("R7.7.31")
        small.press(.enter)
        small.type("R7.7.31")
        small.press(.enter, .char("p"))
        pages.append(("patient view of a long answer at 60×18", small))
        var settings = Driver()
        settings.press(.char("5"))
        pages.append(("settings", settings))
        settings.press(.char("5"))
        settings.type("12")
        pages.append(("PIN setup, two digits typed", settings))
        var training = Driver()
        training.press(.char("2"))
        pages.append(("training menu", training))
        var date = training
        date.press(.char("4"))
        date.type("R7")
        pages.append(("training date", date))
        var quiz = training
        quiz.press(.char("2"))
        pages.append(("quiz story", quiz))
        var auto = training
        auto.press(.char("3"))
        pages.append(("autoplay", auto))
        var tally = Driver()
        tally.press(.char("3"))
        pages.append(("tally", tally))
        var adoption = Driver()
        adoption.press(.char("4"))
        pages.append(("adoption menu", adoption))
        var contact = adoption
        contact.press(.char("1"))
        pages.append(("contact", contact))
        var leaflet = adoption
        leaflet.press(.char("3"))
        pages.append(("leaflet", leaflet))
        var form = adoption
        form.press(.char("2"))
        form.type("山田")
        pages.append(("registration: family name", form))
        form.press(.down, .down)
        pages.append(("registration: affiliation", form))
        var help = Driver()
        help.press(.char("?"))
        pages.append(("help", help))
        var quit = Driver()
        quit.press(.char("q"))
        pages.append(("quit question", quit))
        var kiosk = Driver(mode: .kiosk, settings: FacilitySettings(adminPinHash: "$y$j9T$not-a-real-hash"))
        pages.append(("kiosk first question", kiosk))
        kiosk.press(.function(12))
        kiosk.type("1")
        pages.append(("kiosk PIN", kiosk))
        return pages
    }
}
