import Eligibility
import Facility
import Wizard

enum SettingsView {
    static func draw(_ g: inout Grid, _ page: SettingsPage, _ s: WizardState, area: Screen.Area, _ lang: Language) {
        Screen.title(&g, UIText.settingsTitle[lang], area: area)
        let labelWidth = SettingsRow.allCases.map { area.traits.width(UIText.settingsRow($0)[lang]) }.max()! + 2
        var y = area.y + 2
        // A blank row between the rows when they all fit so, with the hint (a 60×18 screen with a notice: no gaps).
        let step = SettingsRow.allCases.count * 2 + 1 <= area.height - 2 ? 2 : 1
        for row in SettingsRow.allCases {
            // 日本語 has no ASCII form: the console that draws only ASCII names it in English.
            let name = area.traits.asciiOnly && row == .language && s.settings.language == .ja ? "Japanese" : settingValue(row, s.settings, lang)
            let value = "< " + name + " >"
            option(&g, x: area.x, y: y, width: area.width, number: String(row.rawValue + 1),
                   text: TextWrap.pad(UIText.settingsRow(row)[lang], to: labelWidth, area.traits) + value, focused: row.rawValue == page.cursor)
            y += step
        }
        for line in TextWrap.lines(UIText.settingsHint[lang], width: area.width - 2, area.traits) where y < area.bottom {
            g.put(line, x: area.x + 2, y: y, style: Style(.muted))
            y += 1
        }
    }

    static func settingValue(_ row: SettingsRow, _ s: FacilitySettings, _ lang: Language) -> String {
        let ja = lang == .ja
        switch row {
        case .online: return UIText.facilityBadge(s.online.known)[lang]
        case .facilityKind:
            switch s.facilityKind {
            case .ika: return ja ? "医科" : "medical"
            case .shika: return ja ? "歯科" : "dental"
            case .chozai: return ja ? "調剤（薬局）" : "pharmacy"
            case .homon: return ja ? "訪問看護" : "home-visit nursing"
            case .other: return ja ? "その他" : "other"
            }
        case .language: return s.language == .ja ? "日本語" : "English"
        case .theme:
            switch s.theme {
            case .color: return ja ? "カラー" : "colour"
            case .highContrast: return ja ? "ハイコントラスト" : "high contrast"
            case .monochrome: return ja ? "モノクロ" : "monochrome"
            }
        case .adminPin: return s.adminPinHash == nil ? UIText.pinNotSet[lang] : UIText.pinSet[lang]
        // As the terminal's own setting names it (Tera Term, RLogin, PuTTY: ambiguous characters 1 or 2 cells).
        case .ambiguous: return s.ambiguous == .narrow ? (ja ? "半角（1桁）" : "narrow (1 column)") : (ja ? "全角（2桁）" : "wide (2 columns)")
        }
    }
}
