/// A numbered menu's items: numbered from 1 in their order (home, training, administrator, adoption).
public protocol NumberedItem: RawRepresentable, CaseIterable, Sendable where RawValue == Int, AllCases == [Self] {}

extension Wizard.MenuItem: NumberedItem {}
extension TrainingItem: NumberedItem {}
extension AdminItem: NumberedItem {}
extension AdoptionItem: NumberedItem {}

/// The keys every numbered menu shares: ↑↓ and Tab move (round the ends), a digit moves there and chooses, Enter
/// chooses the highlighted item, Esc leaves. Each menu says only which page shows it, what choosing does and where
/// Esc goes; anything else (q on the home menu) is the menu's own.
struct Menu<Item: NumberedItem> {
    /// The page that shows the menu with this item highlighted.
    let page: (Int) -> Page
    let open: (inout WizardState, Item, WizardEnvironment) -> [Effect]
    let leave: ((inout WizardState, WizardEnvironment) -> [Effect])?
    /// A key the menu itself does not use.
    var other: ((inout WizardState, Key) -> [Effect])? = nil

    func key(_ s: inout WizardState, cursor: Int, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        let count = Item.allCases.count
        switch key {
        case .escape:
            return leave?(&s, env) ?? []
        case .up:
            s.page = page((cursor + count - 1) % count)
        case .down, .tab:
            s.page = page((cursor + 1) % count)
        case .enter:
            return open(&s, Item.allCases[cursor], env)
        case .char(let c):
            if let n = c.wholeNumberValue, let item = Item(rawValue: n) {
                s.page = page(n - 1)
                return open(&s, item, env)
            }
            return other?(&s, key) ?? []
        default:
            return other?(&s, key) ?? []
        }
        return []
    }
}
