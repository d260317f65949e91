import Eligibility
import Wizard

/// A numbered menu (home, training, administrator, adoption): a title, then each item with its number and label,
/// and its description beside it where it fits whole or on the row under it.
enum MenuView {
    /// Where an item's description goes.
    struct Layout {
        /// Beside the label (labels padded to one width) when it fits whole there.
        var beside = false
        /// Under the label, this far in; nil: never under.
        var belowIndent: Int? = 7
        /// Under the label, cut at the edge (else only when it fits whole).
        var cutBelow = true
        /// Rows each item takes.
        var rows = 2
    }

    static func draw<Item: NumberedItem>(_ g: inout Grid, title: String, right: String = "", cursor: Int, area: Screen.Area,
                                         layout: Layout, label: (Item) -> String, detail: ((Item) -> String)? = nil) {
        Screen.title(&g, title, right: right, area: area)
        let labelWidth = layout.beside ? Item.allCases.map { area.traits.width(label($0)) }.max()! + 2 : 0
        var y = area.y + 2
        for item in Item.allCases {
            let focused = item.rawValue - 1 == cursor
            let text = layout.beside ? TextWrap.pad(label(item), to: labelWidth, area.traits) : label(item)
            option(&g, x: area.x, y: y, width: area.width, number: String(item.rawValue), text: text, focused: focused)
            if let detail = detail?(item) {
                let besideX = area.x + 5 + labelWidth
                if layout.beside && area.traits.width(detail) <= area.x + area.width - besideX {
                    g.put(detail, x: besideX, y: y, style: focused ? Style(.focus, [.reverse]) : Style(.muted))
                } else if let indent = layout.belowIndent {
                    if layout.cutBelow {
                        g.put(detail, x: area.x + indent, y: y + 1, style: Style(.muted), limit: area.width - indent)
                    } else if area.traits.width(detail) <= area.width - indent {
                        g.put(detail, x: area.x + indent, y: y + 1, style: Style(.muted))
                    }
                }
            }
            y += layout.rows
        }
    }
}
