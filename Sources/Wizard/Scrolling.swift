extension Wizard {
    /// The keys that scroll a long page — ↑↓ a line, PgUp/PgDn and Space half a screen, Home to the top — and where
    /// they take `scroll`; nil for any other key. The view layer keeps the scroll inside the content (`Screen.settle`).
    static func scrolled(_ scroll: Int, by key: Key, _ s: WizardState) -> Int? {
        let half = max(1, s.viewport.height / 2)
        switch key {
        case .up: return max(0, scroll - 1)
        case .down: return scroll + 1
        case .pageUp: return max(0, scroll - half)
        case .pageDown, .char(" "): return scroll + half
        case .home: return 0
        default: return nil
        }
    }
}
