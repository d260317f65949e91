/// How the facility checks eligibility (rules.md §1 `online`). The raw values are the contract's ids.
public enum OnlineChecking: String, CaseIterable, Sendable, Codable {
    /// オンライン資格確認 with a 顔認証付きカードリーダー (既存型).
    case yes
    /// The マイナ資格確認アプリ (資格確認限定型): a PC with a generic card reader, or an NFC smartphone.
    case app
    /// No online checking: a マイナ保険証 cannot be read.
    case no

    public var id: String { rawValue }

    /// The facility can read a マイナ保険証 (paths 1, 6, 7 and the reader question).
    public var readsCards: Bool { self != .no }
}
