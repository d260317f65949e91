import Eligibility
import Facility
import Wizard

enum HomeView {
    static func draw(_ g: inout Grid, cursor: Int, env: WizardEnvironment, area: Screen.Area, _ lang: Language) {
        // The description beside the item where it fits whole, else on the row under it; a cut sentence helps nobody.
        MenuView.draw(&g, title: UIText.menuTitle[lang], cursor: cursor, area: area,
                      layout: MenuView.Layout(beside: true, belowIndent: 5, cutBelow: false),
                      label: { (item: Wizard.MenuItem) in UIText.menuItem(item)[lang] }, detail: { UIText.menuDetail($0)[lang] })
        let y = area.y + 2 + 2 * Wizard.MenuItem.allCases.count
        option(&g, x: area.x, y: y, width: area.width, number: "q", text: lang == .ja ? "終了" : "Quit", focused: false)
    }
}
