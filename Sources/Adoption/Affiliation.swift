import Eligibility

/// 所属機関: the portal's first choice. Only 医科・歯科・調剤・訪問看護 have a known 点数表番号 (rules.md §4); for the
/// others the person types the digit, because no source says which number they map to (sources.md §6.2).
public enum Affiliation: String, CaseIterable, Sendable {
    case ika, shika, chozai, homon, zaitaku, ritou, other

    /// 医科, 歯科, 調剤, 訪問看護, 在宅医療, 離島診療所, その他.
    public var label: LocalizedText {
        if let kind = facilityKind { return kind.label }
        return switch self {
        case .zaitaku: LocalizedText(ja: "在宅医療", en: "home medical care")
        case .ritou: LocalizedText(ja: "離島診療所", en: "remote-island clinic")
        default: LocalizedText(ja: "その他", en: "other")
        }
    }

    /// The kind whose 点数表番号 is known; nil when the person must type it.
    var facilityKind: FacilityKind? {
        switch self {
        case .ika: .ika
        case .shika: .shika
        case .chozai: .chozai
        case .homon: .homon
        case .zaitaku, .ritou, .other: nil
        }
    }

    /// 1 医科, 3 歯科, 4 調剤, 6 訪問看護; nil for the others.
    public var knownScoreTable: Int? { facilityKind?.scoreTable }
}
