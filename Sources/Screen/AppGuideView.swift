import Eligibility
import Wizard

/// Menu 4, item 4: the マイナ資格確認アプリ and the deferral types, as the rules file words them; scrolls.
enum AppGuideView {
    static func rows(_ env: WizardEnvironment, width: Int, _ traits: DisplayTraits, _ lang: Language) -> [(String, Style)] {
        guard let guide = env.rules.appGuide else { return [(UIText.appGuideMissing[lang], Style(.warning, [.bold]))] }
        var rows: [(String, Style)] = []
        for section in guide.sections {
            if !rows.isEmpty { rows.append(("", .plain)) }
            for line in TextWrap.lines(section.heading[lang], width: width, traits) { rows.append((line, Style(.title, [.bold]))) }
            for line in TextWrap.lines(section.body[lang], width: width - 2, traits) { rows.append(("  " + line, .plain)) }
        }
        return rows
    }

    /// The rows that fit under the title: one less when the rest scrolls, for the 続きあり marker of its own.
    static func visible(_ count: Int, area: Screen.Area) -> Int {
        let height = area.height - 2
        return count > height ? height - 1 : height
    }

    static func maxScroll(_ env: WizardEnvironment, area: Screen.Area, _ lang: Language) -> Int {
        let count = rows(env, width: area.width, area.traits, lang).count
        return max(0, count - visible(count, area: area))
    }

    static func draw(_ g: inout Grid, scroll: Int, _ env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        Screen.title(&g, (env.rules.appGuide?.title ?? UIText.adoptionItem(.app))[lang], area: area)
        let body = Screen.Area(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2, traits: area.traits)
        let rows = rows(env, width: body.width, area.traits, lang)
        let shown = visible(rows.count, area: area)
        let start = max(0, min(scroll, rows.count - shown))
        for (i, row) in rows.dropFirst(start).prefix(shown).enumerated() {
            g.put(row.0, x: body.x, y: body.y + i, style: row.1, limit: body.width)
        }
        if start + shown < rows.count {
            let more = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
            g.put(more, x: body.x + body.width - area.traits.width(more), y: body.bottom - 1, style: Style(.muted, [.reverse]))
        }
    }
}
