import Adoption
import Eligibility
import Wizard

/// 患者さん向けご案内: the leaflet large, centred, scrolling when it is taller than the screen.
enum LeafletView {
    static func rows(_ s: WizardState, _ env: WizardEnvironment, width: Int, _ traits: DisplayTraits, _ lang: Language) -> [(String, Style)] {
        let lines = PatientLeaflet.lines(rules: env.rules, facilityName: Wizard.facilityName(s), language: lang)
        var rows: [(String, Style)] = []
        for line in lines {
            let style: Style = switch line.role {
            case .title: Style(.title, [.bold, .reverse])
            case .heading: Style(.title, [.bold])
            case .item: Style(.plain, [.bold])
            case .caution: Style(.warning, [.bold])
            case .body, .blank: .plain
            }
            if line.text.isEmpty {
                rows.append(("", .plain))
                continue
            }
            for part in TextWrap.lines(line.text, width: width - 4, traits) { rows.append((part, style)) }
        }
        return rows
    }

    /// The warning above the leaflet at a facility that reads cards, as many rows as fit.
    static func noteRows(_ s: WizardState, area: Screen.Area, _ lang: Language) -> Int {
        guard s.settings.online.known?.readsCards == true else { return 0 }
        return min(TextWrap.lines(UIText.leafletOnlineNote[lang], width: area.width, area.traits).count, max(0, area.height - 4))
    }

    static func maxScroll(_ s: WizardState, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let count = rows(s, env, width: area.width, area.traits, lang).count
        return max(0, count - visible(count, height: area.height - noteRows(s, area: area, lang)))
    }

    /// The rows shown: one less when the rest scrolls, so the 続きあり marker has a row of its own.
    static func visible(_ count: Int, height: Int) -> Int { count > height ? height - 1 : height }

    static func draw(_ g: inout Grid, _ s: WizardState, scroll: Int, _ env: WizardEnvironment, area: Screen.Area,
                     _ lang: Language) {
        var area = area
        // Printed here, the leaflet would tell patients something false about this facility: say so above it.
        let note = TextWrap.lines(UIText.leafletOnlineNote[lang], width: area.width, area.traits).prefix(noteRows(s, area: area, lang))
        for line in note {
            g.put(line, x: area.x, y: area.y, style: Style(.warning, [.bold]), limit: area.width)
            area = Screen.Area(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1, traits: area.traits)
        }
        let rows = rows(s, env, width: area.width, area.traits, lang)
        let shown = visible(rows.count, height: area.height)
        let start = max(0, min(scroll, rows.count - shown))
        let top = area.y + max(0, (area.height - rows.count) / 2)
        let width = rows.map { area.traits.width($0.0) }.max() ?? 0
        let x = area.x + max(0, (area.width - width) / 2)
        for (i, row) in rows.dropFirst(start).prefix(shown).enumerated() {
            g.put(row.0, x: x, y: top + i, style: row.1, limit: area.width)
        }
        if start + shown < rows.count {
            let more = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
            g.put(more, x: area.x + area.width - area.traits.width(more), y: area.bottom - 1, style: Style(.muted, [.reverse]))
        }
    }
}
