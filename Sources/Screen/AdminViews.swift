import Eligibility
import Facility
import Wizard

/// The kiosk administrator's pages and the PIN setup: PINs show as asterisks (● would be ambiguous-width).
enum AdminViews {
    static func masked(_ field: TextField) -> TextField {
        var m = TextField(String(repeating: "*", count: field.text.count))
        m.caret = field.caret
        return m
    }

    static func pinSetup(_ g: inout Grid, _ setup: PinSetup, kiosk: Bool, area: Screen.Area, _ lang: Language) {
        Screen.title(&g, UIText.pinSetupTitle[lang], area: area)
        var y = CheckView.field(&g, label: UIText.pinSetupFirst[lang], field: masked(setup.first), x: area.x + 2, y: area.y + 2,
                                area: area)
        if setup.onSecond {
            y = CheckView.field(&g, label: UIText.pinSetupSecond[lang], field: masked(setup.second), x: area.x + 2, y: y + 1,
                                area: area)
        }
        if let error = setup.error {
            for line in TextWrap.lines("! " + error[lang], width: area.width - 4, area.traits) {
                g.put(line, x: area.x + 4, y: y, style: Style(.error, [.bold]))
                y += 1
            }
        }
        y += 1
        let hint = kiosk ? UIText.kioskPinSetupHint : UIText.pinSetupHint
        for line in TextWrap.lines(hint[lang], width: area.width - 2, area.traits) where y < area.bottom {
            g.put(line, x: area.x + 2, y: y, style: Style(.muted))
            y += 1
        }
    }

    static func adminPin(_ g: inout Grid, _ field: TextField, error: LocalizedText?, locked: Int, area: Screen.Area,
                         _ lang: Language) {
        Screen.title(&g, UIText.adminPinTitle[lang], area: area)
        if locked > 0 {
            var y = area.y + 2
            for line in TextWrap.lines(UIText.pinLocked(seconds: locked)[lang], width: area.width - 4, area.traits) where y < area.bottom {
                g.put(line, x: area.x + 2, y: y, style: Style(.error, [.bold]))
                y += 1
            }
            return
        }
        var y = CheckView.field(&g, label: UIText.adminPinPrompt[lang], field: masked(field), x: area.x + 2, y: area.y + 2, area: area)
        if let error {
            g.put("! " + error[lang], x: area.x + 4, y: y, style: Style(.error, [.bold]))
            y += 1
        }
    }

    static func admin(_ g: inout Grid, cursor: Int, area: Screen.Area, _ lang: Language) {
        MenuView.draw(&g, title: UIText.adminTitle[lang], cursor: cursor, area: area, layout: MenuView.Layout(),
                      label: { (item: AdminItem) in UIText.adminItem(item)[lang] })
    }
}
