@preconcurrency import CNcursesw
import Screen
import Facility

/// Turns a style role into curses colours and attributes for a theme. Emphasis (bold, reverse, underline) always
/// comes through, so focus and verdicts stay visible in monochrome.
struct Palette {
    let theme: Theme
    let noColor: Bool

    /// Foreground and background per role; -1 is the terminal's default colour.
    func colors(_ role: StyleRole) -> (Int16, Int16) {
        let d: Int16 = -1
        let (black, red, green, yellow, blue, cyan, white) = (Int16(COLOR_BLACK), Int16(COLOR_RED), Int16(COLOR_GREEN),
                                                              Int16(COLOR_YELLOW), Int16(COLOR_BLUE), Int16(COLOR_CYAN),
                                                              Int16(COLOR_WHITE))
        switch theme {
        case .highContrast:
            switch role {
            case .ok: return (green, black)
            case .caution, .warning, .banner: return (yellow, black)
            case .danger, .error: return (red, black)
            default: return (white, black)
            }
        case .color, .monochrome:
            switch role {
            case .header: return (blue, d)
            case .banner: return (yellow, black)
            case .ok: return (green, d)
            case .caution: return (yellow, d)
            case .danger, .error: return (red, d)
            case .warning: return (yellow, d)
            case .notice: return (cyan, d)
            case .key, .title: return (cyan, d)
            default: return (d, d)
            }
        }
    }

    var usesColor: Bool { !noColor && theme != .monochrome }

    func install() {
        guard usesColor else { return }
        start_color()
        if theme == .color { use_default_colors() }
        for role in StyleRole.allCases {
            let (fg, bg) = colors(role)
            init_pair(Int16(role.rawValue) + 1, fg, theme == .color ? bg : (bg < 0 ? Int16(COLOR_BLACK) : bg))
        }
    }

    /// Attributes and colour pair for a cell.
    func look(_ style: Style) -> (attr_t, Int16) {
        var a: attr_t = 0
        if style.emphasis.contains(.bold) { a |= uk_attr_bold() }
        if style.emphasis.contains(.reverse) { a |= uk_attr_reverse() }
        if style.emphasis.contains(.underline) { a |= uk_attr_underline() }
        if style.emphasis.contains(.dim) { a |= uk_attr_dim() }
        guard usesColor else {
            // Without colour, roles that colour would carry get an attribute instead.
            switch style.role {
            case .error, .danger: a |= uk_attr_bold() | uk_attr_underline()
            case .ok, .caution, .warning, .title: a |= uk_attr_bold()
            case .muted: a |= uk_attr_dim()
            default: break
            }
            return (a, 0)
        }
        if theme == .highContrast && style.role != .plain && style.role != .muted { a |= uk_attr_bold() }
        if style.role == .muted && theme == .color { a |= uk_attr_dim() }
        return (a, Int16(style.role.rawValue) + 1)
    }
}
