import Eligibility
import Wizard

/// 導入準備・お問い合わせ: the menu and the contact page.
enum AdoptionViews {
    static func menu(_ g: inout Grid, cursor: Int, area: Screen.Area, _ lang: Language) {
        MenuView.draw(&g, title: UIText.adoptionTitle[lang], cursor: cursor, area: area, layout: MenuView.Layout(rows: 3),
                      label: { (item: AdoptionItem) in UIText.adoptionItem(item)[lang] }, detail: { UIText.adoptionDetail($0)[lang] })
    }

    static func contact(_ g: inout Grid, _ s: WizardState, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        let info = env.rules.callCenter
        Screen.title(&g, UIText.contactTitle[lang], area: area)
        var y = area.y + 2
        func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            for part in TextWrap.lines(text, width: area.width - indent, area.traits) where y < area.bottom {
                g.put(part, x: area.x + indent, y: y, style: style)
                y += 1
            }
        }
        line(info.name[lang], Style(.title, [.bold]))
        line(UIText.contactPhone[lang] + ": " + info.phone + (info.tollFree ? UIText.contactTollFree[lang] : ""),
             Style(.plain, [.bold]), indent: 2)
        line(UIText.contactHours[lang] + ": " + info.hoursText(lang), indent: 2)
        y += 1
        if let now = s.japanTime {
            let status = CallCenterStatus(at: now, callCenter: info)
            line(UIText.contactNow[lang] + lang.parenthesized(DateText.withTime(now, lang)) + ": " + status.text(lang),
                 Style(status.isOpen ? .ok : .danger, [.bold, .reverse]), indent: 2)
            if let next = status.nextOpen {
                line(UIText.contactNext[lang] + ": " + DateText.withTime(next, lang), Style(.plain, [.bold]), indent: 2)
            }
            if let note = status.note { line("! " + note[lang], Style(.warning, [.bold]), indent: 2) }
        } else {
            line(UIText.contactNoClock[lang], Style(.muted), indent: 2)
        }
        y += 1
        line(UIText.contactPortal[lang] + ": " + env.rules.portalSite.name[lang], Style(.title, [.bold]))
        line(env.rules.portalSite.url, Style(.plain, [.underline]), indent: 2)
        line(UIText.contactPortalHint[lang], Style(.muted), indent: 2)
    }
}
