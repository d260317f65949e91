/// The kind of insurer behind a legacy card (rules.md §1). The raw values are the contract's ids.
public enum InsurerType: String, CaseIterable, Sendable, Codable {
    /// 協会けんぽ
    case kyokai
    /// 船員保険
    case senpo
    /// 健康保険組合
    case kumiai
    /// 共済組合
    case kyosai
    /// 国民健康保険 (市町村)
    case kokuho
    /// 国民健康保険組合
    case kokuhoKumiai = "kokuho-kumiai"
    /// 後期高齢者医療
    case kouki
    /// 日雇特例, 自衛官等, 特例退職
    case other

    public var id: String { rawValue }
}
