import Eligibility

/// The items of 導入準備・お問い合わせ (home menu 4).
public enum AdoptionItem: Int, CaseIterable, Sendable {
    /// The portal's address, the call center's number and hours, and whether it is open now.
    case contact = 1
    /// Preparing the portal's new-user registration.
    case registration
    /// What patients must bring to a facility without online checking.
    case leaflet
    /// The マイナ資格確認アプリ: who may use it, what it needs and shows, the deferral types (texts from the rules file).
    case app
}

extension Wizard {
    static func adoptionKey(_ s: inout WizardState, _ cursor: Int, _ key: Key, _ env: WizardEnvironment) -> [Effect] {
        Menu<AdoptionItem>(page: Page.adoption, open: openAdoption, leave: { s, _ in
            s.page = .home(cursor: MenuItem.adoption.rawValue - 1)
            return []
        }).key(&s, cursor: cursor, key, env)
    }

    static func openAdoption(_ s: inout WizardState, _ item: AdoptionItem, _ env: WizardEnvironment) -> [Effect] {
        switch item {
        case .contact: s.page = .contact
        case .registration: openRegistration(&s)
        case .leaflet: s.page = .leaflet(scroll: 0)
        case .app: s.page = .appGuide(scroll: 0)
        }
        return []
    }

    static func appGuideKey(_ s: inout WizardState, _ scroll: Int, _ key: Key) -> [Effect] {
        switch key {
        case .escape, .enter: s.page = .adoption(cursor: AdoptionItem.app.rawValue - 1)
        default: if let scroll = scrolled(scroll, by: key, s) { s.page = .appGuide(scroll: scroll) }
        }
        return []
    }

    /// The facility's name for the leaflet's heading, when the registration form has one.
    public static func facilityName(_ s: WizardState) -> String? {
        let name: String
        if case .registration(let page) = s.page { name = page.form.facilityName } else { name = s.keptRegistration?.form.facilityName ?? "" }
        let trimmed = String(name.trimmingSpaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func leafletKey(_ s: inout WizardState, _ scroll: Int, _ key: Key) -> [Effect] {
        switch key {
        case .escape: s.page = .adoption(cursor: AdoptionItem.leaflet.rawValue - 1)
        case .enter, .char("s"), .char("S"): return [.saveLeaflet(facilityName: facilityName(s))]
        case .char("p"), .char("P"): return [.printLeaflet(facilityName: facilityName(s))]
        default: if let scroll = scrolled(scroll, by: key, s) { s.page = .leaflet(scroll: scroll) }
        }
        return []
    }

    static func contactKey(_ s: inout WizardState, _ key: Key) -> [Effect] {
        if key == .escape || key == .enter { s.page = .adoption(cursor: AdoptionItem.contact.rawValue - 1) }
        return []
    }
}
