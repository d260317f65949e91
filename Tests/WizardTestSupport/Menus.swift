import Testing
import Wizard

/// The words for the numbered menus: each chooses an item by its number on the menu that must be on screen, and
/// checks the item's page opened.
extension Driver {
    /// An item of the home menu: 受付の確認, 研修, 集計, 導入準備, 設定.
    public mutating func opens(_ item: Wizard.MenuItem, sourceLocation: SourceLocation = #_sourceLocation) {
        let opened: OnScreen = switch item {
        case .check: .check
        case .training: .trainingMenu
        case .tally: .tally
        case .adoption: .adoptionMenu
        case .settings: .settings
        }
        choose(item, on: .home, opening: opened, sourceLocation)
    }

    /// An item of the training menu (home menu 2).
    public mutating func opens(training item: TrainingItem, sourceLocation: SourceLocation = #_sourceLocation) {
        let opened: OnScreen = switch item {
        case .practice: .check
        case .quiz, .autoplay: .quizStory
        case .date: .trainingDate
        }
        choose(item, on: .trainingMenu, opening: opened, sourceLocation)
    }

    /// An item of a kiosk's administrator menu; 終了 asks first.
    public mutating func opens(admin item: AdminItem, sourceLocation: SourceLocation = #_sourceLocation) {
        switch item {
        case .settings: choose(item, on: .adminMenu, opening: .settings, sourceLocation)
        case .tally: choose(item, on: .adminMenu, opening: .tally, sourceLocation)
        case .exit:
            guard expectOnScreen(.adminMenu, sourceLocation: sourceLocation) else { return }
            press(digit(item.rawValue))
            #expect(state.overlay == .quitConfirm, "終了しますか？ is not asked", sourceLocation: sourceLocation)
        }
    }

    /// An item of 導入準備・お問い合わせ (home menu 4).
    public mutating func opens(adoption item: AdoptionItem, sourceLocation: SourceLocation = #_sourceLocation) {
        let opened: OnScreen = switch item {
        case .contact: .contact
        case .registration: .registration
        case .leaflet: .leaflet
        case .app: .appGuide
        }
        choose(item, on: .adoptionMenu, opening: opened, sourceLocation)
    }

    private mutating func choose<Item: NumberedItem>(_ item: Item, on menu: OnScreen, opening opened: OnScreen,
                                                     _ sourceLocation: SourceLocation) {
        guard expectOnScreen(menu, sourceLocation: sourceLocation) else { return }
        press(digit(item.rawValue))
        #expect(onScreen == opened, "\(item) opened \(onScreen), not \(opened)", sourceLocation: sourceLocation)
    }

    /// Esc: back to where this page was reached from; the page (or what is drawn over it) changes.
    public mutating func goesBack(sourceLocation: SourceLocation = #_sourceLocation) {
        let before = (state.page, state.overlay)
        press(.escape)
        #expect(state.page != before.0 || state.overlay != before.1, "Esc left \(onScreen) as it was",
                sourceLocation: sourceLocation)
    }

    /// ?: every key of the page, drawn over it.
    public mutating func asksForHelp(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.overlay == nil, "\(state.overlay.map { "\($0)" } ?? "") is open already", sourceLocation: sourceLocation)
        press(.char("?"))
        #expect(state.overlay == .help, "no help", sourceLocation: sourceLocation)
    }

    /// q on the home menu: 終了しますか？
    public mutating func asksToQuit(sourceLocation: SourceLocation = #_sourceLocation) {
        guard expectOnScreen(.home, sourceLocation: sourceLocation) else { return }
        press(.char("q"))
        #expect(state.overlay == .quitConfirm, "終了しますか？ is not asked", sourceLocation: sourceLocation)
    }
}
