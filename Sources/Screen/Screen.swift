import Eligibility
import Wizard

/// Draws a wizard state into a grid: the header, the page, the footer built from the live key map, overlays.
public enum Screen {
    /// Designed for 80×24; usable down to this size. Below it, a notice says what is needed.
    public static let minimum = Size(width: 60, height: 18)

    public static func render(_ s: WizardState, _ env: WizardEnvironment, size: Size) -> Grid {
        let traits = DisplayTraits(s, env)
        var g = Grid(size: size, traits: traits)
        let lang = s.language(env)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            tooSmall(&g, lang)
            return g
        }
        var top = header(&g, s, env, lang)
        for line in rulesWarningLines(s, lang, width: size.width, traits) {
            g.fill(x: 0, y: top, count: size.width, style: Style(.error))
            g.put(" " + line, x: 0, y: top, style: Style(.error, [.bold]))
            top += 1
        }
        if let notice = s.notice {
            let role: StyleRole = notice.kind == .problem ? .error : .notice
            var lines = Array(TextWrap.lines(notice.text[lang], width: size.width - 2, traits).prefix(2))
            if let path = notice.path {
                // On the same line when it fits, else on its own line, its start giving way to the file's name.
                if lines.count == 1, traits.width(lines[0] + ": " + path) <= size.width - 2 {
                    lines[0] += ": " + path
                } else {
                    lines.append(TextWrap.truncateLeading(path, width: size.width - 2, traits))
                }
            }
            for line in lines {
                g.fill(x: 0, y: top, count: size.width, style: Style(role))
                g.put(" " + line, x: 0, y: top, style: Style(role, [.bold]))
                top += 1
            }
        }
        let body = Area(x: 1, y: top + 1, width: size.width - 2, height: size.height - top - 2, traits: traits)
        switch s.page {
        case .home(let cursor): HomeView.draw(&g, cursor: cursor, env: env, area: body, lang)
        case .check(let flow): CheckView.draw(&g, flow, s, env, area: body, lang)
        case .result(let page): ResultView.draw(&g, page, env, area: body, lang)
        case .patient(let page, let scroll): PatientView.draw(&g, page, scroll: scroll, env, area: body, lang)
        case .settings(let page): SettingsView.draw(&g, page, s, area: body, lang)
        case .training(let cursor): TrainingView.menu(&g, cursor: cursor, s, area: body, lang)
        case .trainingDate(let field, let error): TrainingView.date(&g, field: field, error: error, s, area: body, lang)
        case .quiz(let phase): TrainingView.quiz(&g, phase, s, env, area: body, lang)
        case .pinSetup(let setup): AdminViews.pinSetup(&g, setup, kiosk: env.mode == .kiosk, area: body, lang)
        case .adminPin(let field, let error):
            AdminViews.adminPin(&g, field, error: error, locked: Wizard.pinLockRemaining(s, env), area: body, lang)
        case .admin(let cursor): AdminViews.admin(&g, cursor: cursor, area: body, lang)
        case .tally(let page): TallyView.draw(&g, page, s, env, area: body, lang)
        case .adoption(let cursor): AdoptionViews.menu(&g, cursor: cursor, area: body, lang)
        case .contact: AdoptionViews.contact(&g, s, env, area: body, lang)
        case .registration(let page): RegistrationView.draw(&g, page, env, area: body, lang)
        case .leaflet(let scroll): LeafletView.draw(&g, s, scroll: scroll, env, area: body, lang)
        case .appGuide(let scroll): AppGuideView.draw(&g, scroll: scroll, env, area: body, lang)
        }
        if let play = s.autoplay {
            g.cursor = nil
            TrainingView.caption(&g, play, area: body, lang)
        }
        footer(&g, KeyMap.bindings(s, env), lang)
        if let overlay = s.overlay {
            g.cursor = nil
            switch overlay {
            case .help: helpPanel(&g, s, env, lang)
            case .quitConfirm: panel(&g, title: nil, lines: [(UIText.quitQuestion[lang], Style(.plain, [.bold]))])
            }
        }
        return g
    }

    /// A kiosk's warning that it serves with the built-in rules: under the header on every page, at most two lines.
    static func rulesWarningLines(_ s: WizardState, _ lang: Language, width: Int, _ traits: DisplayTraits) -> [String] {
        guard let warning = s.rulesWarning else { return [] }
        return Array(TextWrap.lines(warning[lang], width: width - 2, traits).prefix(2))
    }

    /// The rectangle a page draws in, and how the terminal draws text, for the page's measuring and wrapping.
    struct Area {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        var traits: DisplayTraits

        var bottom: Int { y + height }
    }

    /// Header: app name, visit date (和暦 with the weekday, and Western where it fits), facility badge.
    /// Returns the first row below the header (and below the training banner).
    static func header(_ g: inout Grid, _ s: WizardState, _ env: WizardEnvironment, _ lang: Language) -> Int {
        let w = g.width
        g.fill(x: 0, y: 0, count: w, style: Style(.header, [.reverse]))
        let online = s.facilityOnline
        let kiosk = env.mode == .kiosk ? " [\(UIText.kioskBadge[lang])]" : ""
        let names = [" " + UIText.appName[lang] + kiosk, " " + UIText.appNameShort[lang] + kiosk]
        let badges = [UIText.facilityBadge(online)[lang], UIText.facilityBadgeShort(online)[lang]]
        let dates = [DateText.full(s.checkDate, lang),
                     lang == .ja ? DateText.wareki(s.checkDate) : s.checkDate.iso]
        // The longest name, date and badge that fit together: the badge shortens first, then the date, then the name.
        var chosen = (names[1], dates[1], badges[1])
        search: for name in names {
            for date in dates {
                for badge in badges where g.traits.width(name) + g.traits.width(date) + g.traits.width(badge) + 6 <= w {
                    chosen = (name, date, badge)
                    break search
                }
            }
        }
        let name = chosen.0
        let style = Style(.header, [.reverse, .bold])
        g.put(name, x: 0, y: 0, style: style)
        let badgeText = chosen.2 + " "
        let badgeX = w - g.traits.width(badgeText)
        let nameEnd = g.traits.width(name)
        let dateWidth = g.traits.width(chosen.1)
        let dateX = max(nameEnd + 2, min((w - dateWidth) / 2, badgeX - dateWidth - 2))
        g.put(chosen.1, x: dateX, y: 0, style: Style(.header, [.reverse]), limit: max(0, badgeX - 1 - dateX))
        g.put(badgeText, x: badgeX, y: 0, style: style)
        guard s.training else { return 1 }
        g.fill(x: 0, y: 1, count: w, style: Style(.banner, [.reverse, .bold]))
        let banner = UIText.demoBanner[lang]
        g.put(banner, x: max(0, (w - g.traits.width(banner)) / 2), y: 1, style: Style(.banner, [.reverse, .bold]))
        return 2
    }

    /// Footer: the page's keys, most important first. When they do not fit, the longest meanings give way to their
    /// short forms; when even those do not fit, the move key goes first, then keys from the end, never Esc (the way
    /// back) nor help.
    static func footer(_ g: inout Grid, _ bindings: [KeyBinding], _ lang: Language) {
        let y = g.height - 1
        g.fill(x: 0, y: y, count: g.width, style: Style(.footer, [.reverse]))
        struct Item {
            var keys: String
            var meaning: String
            var short: String
            var kept: Bool
        }
        var items = bindings.filter(\.inFooter).map { b in
            Item(keys: b.label[lang], meaning: b.meaning[lang], short: b.shortMeaning?[lang] ?? b.meaning[lang],
                 kept: b.keys.contains(.escape) || b.keys.contains(.function(1)))
        }
        func width(_ list: [Item], short: Bool) -> Int {
            list.reduce(1) { $0 + g.traits.width($1.keys) + 1 + g.traits.width(short ? $1.short : $1.meaning) + 2 }
        }
        func saving(_ item: Item) -> Int { g.traits.width(item.meaning) - g.traits.width(item.short) }
        while width(items, short: true) > g.width && items.count > 1 {
            // Moving the cursor is the most obvious key, so it goes first; then from the end, keeping Esc and help.
            if let move = items.firstIndex(where: { $0.keys.hasPrefix("￪") }) {
                items.remove(at: move)
            } else if let last = items.lastIndex(where: { !$0.kept }) {
                items.remove(at: last)
            } else {
                items.remove(at: items.count - 2)
            }
        }
        while width(items, short: false) > g.width,
              let longest = items.indices.max(by: { saving(items[$0]) < saving(items[$1]) }), saving(items[longest]) > 0 {
            items[longest].meaning = items[longest].short
        }
        var x = 1
        for item in items {
            x += g.put(item.keys, x: x, y: y, style: Style(.key, [.reverse, .bold]))
            x += g.put(" " + item.meaning + "  ", x: x, y: y, style: Style(.footer, [.reverse]))
        }
    }

    static func tooSmall(_ g: inout Grid, _ lang: Language) {
        let lines = [UIText.tooSmall[lang], UIText.tooSmallDetail(g.width, g.height)[lang]]
        var wrapped: [String] = []
        for l in lines { wrapped += TextWrap.lines(l, width: max(1, g.width), g.traits) }
        let top = max(0, (g.height - wrapped.count) / 2)
        for (i, line) in wrapped.enumerated() {
            g.put(line, x: max(0, (g.width - g.traits.width(line)) / 2), y: top + i, style: Style(.warning, [.bold]))
        }
    }

    /// One row of a panel: text from the left edge (after an indent), and a muted text at the right edge.
    struct PanelRow {
        var text: String
        var style: Style
        var indent = 0
        var right: String?
    }

    /// A framed panel in the middle of the screen, drawn with ASCII so no terminal widens its border.
    static func panel(_ g: inout Grid, title: String?, lines: [(String, Style)]) {
        let inner = min(g.width - 6, max(lines.map { g.traits.width($0.0) }.max() ?? 0, g.traits.width(title ?? "")) + 2)
        var rows: [PanelRow] = []
        if let title { rows += [PanelRow(text: title, style: Style(.title, [.bold])), PanelRow(text: "", style: .plain)] }
        for (text, style) in lines {
            for part in TextWrap.lines(text, width: inner - 2, g.traits) { rows.append(PanelRow(text: part, style: style)) }
        }
        frame(&g, inner: inner, rows: rows)
    }

    /// Draws the frame and its rows; rows beyond the screen's height are not drawn.
    static func frame(_ g: inout Grid, inner: Int, rows: [PanelRow]) {
        let height = min(g.height - 2, rows.count + 2)
        let width = inner + 2
        let x0 = (g.width - width) / 2
        let y0 = max(1, (g.height - height) / 2)
        let border = Style(.plain, [.bold])
        for y in y0..<(y0 + height) { g.fill(x: x0, y: y, count: width, style: .plain) }
        g.put("+" + String(repeating: "-", count: width - 2) + "+", x: x0, y: y0, style: border)
        g.put("+" + String(repeating: "-", count: width - 2) + "+", x: x0, y: y0 + height - 1, style: border)
        for y in (y0 + 1)..<(y0 + height - 1) {
            g.put("|", x: x0, y: y, style: border)
            g.put("|", x: x0 + width - 1, y: y, style: border)
        }
        for (i, row) in rows.prefix(height - 2).enumerated() {
            let y = y0 + 1 + i
            g.put(row.text, x: x0 + 2 + row.indent, y: y, style: row.style, limit: inner - 1 - row.indent)
            if let right = row.right {
                g.put(right, x: x0 + width - 2 - g.traits.width(right), y: y, style: Style(.muted))
            }
        }
    }

    /// Every key of the page under it, each meaning wrapped beside its keys. On a small screen the blank rows go, and
    /// then how to close it moves up beside the title, so every key can be read at 60×18.
    static func helpPanel(_ g: inout Grid, _ s: WizardState, _ env: WizardEnvironment, _ lang: Language) {
        var under = s
        under.overlay = nil
        let traits = g.traits
        let entries = KeyMap.bindings(under, env).map { (traits.shown($0.label[lang]), traits.shown($0.meaning[lang])) }
        let title = traits.shown(UIText.helpTitle[lang])
        let close = traits.shown(UIText.helpClose[lang])
        let keyWidth = entries.map { traits.width($0.0) }.max() ?? 0
        let widest = entries.map { keyWidth + 2 + traits.width($0.1) }.max() ?? 0
        let inner = min(g.width - 6, max(widest, traits.width(title), traits.width(close)) + 2)
        var keys: [PanelRow] = []
        for (label, meaning) in entries {
            let parts = TextWrap.lines(meaning, width: max(1, inner - 2 - keyWidth - 2), traits)
            keys.append(PanelRow(text: TextWrap.pad(label, to: keyWidth, traits) + "  " + (parts.first ?? ""), style: .plain))
            keys += parts.dropFirst().map { PanelRow(text: $0, style: .plain, indent: keyWidth + 2) }
        }
        let heading = PanelRow(text: title, style: Style(.title, [.bold]))
        let blank = PanelRow(text: "", style: .plain)
        let closing = PanelRow(text: close, style: Style(.muted))
        var sideBySide = heading
        sideBySide.right = close
        let room = g.height - 4
        let fitsBeside = traits.width(title) + 2 + traits.width(close) <= inner - 2
        let layouts = [[heading, blank] + keys + [blank, closing], [heading] + keys + [closing]]
            + (fitsBeside ? [[sideBySide] + keys] : [])
        frame(&g, inner: inner, rows: layouts.first { $0.count <= room } ?? layouts.last!)
    }

    /// A screen title on the left and something (progress) on the right.
    /// When both do not fit with a gap between them, the right-hand text gives way (the title says where one is).
    static func title(_ g: inout Grid, _ text: String, right: String = "", area: Area) {
        let w = area.traits.width(right)
        let fits = !right.isEmpty && area.traits.width(text) + 2 + w <= area.width
        g.put(text, x: area.x, y: area.y, style: Style(.title, [.bold]), limit: area.width)
        if fits { g.put(right, x: area.x + area.width - w, y: area.y, style: Style(.muted)) }
    }

    /// On the row under the title, at the right: 続きあり while more is below, 上へ once scrolled to the end.
    static func scrollMarks(_ g: inout Grid, scroll: Int, visible: Int, total: Int, area: Area, _ lang: Language) {
        let mark: String
        if scroll + visible < total {
            mark = lang == .ja ? " 続きあり  PgDn/￬ " : " more  PgDn/￬ "
        } else if scroll > 0 {
            mark = lang == .ja ? " PgUp/￪ で上へ " : " PgUp/￪ for more "
        } else {
            return
        }
        g.put(mark, x: area.x + area.width - area.traits.width(mark), y: area.y + 1, style: Style(.muted, [.reverse]))
    }

    /// Keeps a scrolling page inside its content for the current window: the reducer moves the scroll freely (it
    /// knows no layout), and the front ends settle it here after each action, before drawing — as ratatui's List
    /// adjusts its offset while it renders.
    public static func settle(_ s: inout WizardState, _ env: WizardEnvironment) {
        switch s.page {
        case .result(var page):
            page.scroll = max(0, min(page.scroll, maxScroll(s, env)))
            s.page = .result(page)
        case .leaflet(let scroll):
            s.page = .leaflet(scroll: max(0, min(scroll, maxScroll(s, env))))
        case .appGuide(let scroll):
            s.page = .appGuide(scroll: max(0, min(scroll, maxScroll(s, env))))
        case .patient(let page, let scroll):
            s.page = .patient(page, scroll: max(0, min(scroll, maxScroll(s, env))))
        case .quiz(.reveal(let result, let scroll)):
            s.page = .quiz(.reveal(result, scroll: max(0, min(scroll, maxScroll(s, env)))))
        default:
            break
        }
    }

    /// How far the current page can scroll in its window.
    public static func maxScroll(_ s: WizardState, _ env: WizardEnvironment) -> Int {
        let size = Size(width: s.viewport.width, height: s.viewport.height)
        guard size.width >= minimum.width, size.height >= minimum.height else { return 0 }
        let top = (s.training ? 2 : 1) + 1 + rulesWarningLines(s, s.language(env), width: size.width, DisplayTraits(s, env)).count
        let area = Area(x: 1, y: top, width: size.width - 2, height: size.height - top - 1, traits: DisplayTraits(s, env))
        switch s.page {
        case .result(let page): return ResultView.maxScroll(page, env, area: area, s.language(env))
        case .leaflet: return LeafletView.maxScroll(s, env, area: area, s.language(env))
        case .appGuide: return AppGuideView.maxScroll(env, area: area, s.language(env))
        case .patient(let page, _): return PatientView.maxScroll(page, env, area: area, s.language(env))
        case .quiz(.reveal(let result, _)): return TrainingView.revealMaxScroll(s, result, env, area: area, s.language(env))
        default: return 0
        }
    }
}
