import Eligibility

/// The facility's settings (home menu 5). Nothing here identifies a patient.
public struct FacilitySettings: Hashable, Sendable {
    /// How the facility checks eligibility; the check starts from it (at question 2), or 毎回確認: question 1 is
    /// asked for each patient (the default until a state is saved).
    public var online: OnlineSetting = .ask
    public var facilityKind: FacilitySettingKind = .ika
    public var language: Language = .ja
    public var theme: Theme = .color
    /// The kiosk administrator PIN, hashed (crypt(3)); nil when none is set.
    public var adminPinHash: String?
    /// How the terminal draws East Asian Ambiguous characters (○ △ × …).
    public var ambiguous: AmbiguousWidth = .narrow
    /// A tally file shared by several accounts or desks of this machine (an absolute path); nil: the user's own.
    public var tally: String?

    public init(online: OnlineSetting = .ask, facilityKind: FacilitySettingKind = .ika, language: Language = .ja,
                theme: Theme = .color, adminPinHash: String? = nil, ambiguous: AmbiguousWidth = .narrow,
                tally: String? = nil) {
        self.online = online
        self.facilityKind = facilityKind
        self.language = language
        self.theme = theme
        self.adminPinHash = adminPinHash
        self.ambiguous = ambiguous
        self.tally = tally
    }
}

/// 医科・歯科・調剤・訪問看護 or another kind of facility.
public enum FacilitySettingKind: String, CaseIterable, Sendable {
    case ika, shika, chozai, homon, other
}

/// How the screen is coloured. Focus is always shown by reverse video or bold as well, never by colour alone.
public enum Theme: String, CaseIterable, Sendable {
    case color
    case highContrast = "high-contrast"
    case monochrome
}

/// The width the terminal gives East Asian Ambiguous characters: one column (narrow) or two (wide: Tera Term,
/// RLogin, PuTTY and many Japanese setups).
public enum AmbiguousWidth: String, CaseIterable, Sendable {
    case narrow, wide
}
