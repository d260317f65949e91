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

    /// The order question 1 lists the states in (interface.md step 1), and menu 5 cycles through them.
    public static let questionOrder: [OnlineChecking] = [.yes, .no, .app]
}

/// The facility's way of checking as saved: one of the three, or 毎回確認 (asked for each patient).
public enum OnlineSetting: Hashable, Sendable {
    case ask
    case facility(OnlineChecking)

    /// The saved state, when there is one.
    public var known: OnlineChecking? {
        if case .facility(let o) = self { return o }
        return nil
    }

    /// The config file's value: "yes", "app", "no", or "ask" (毎回確認).
    public var id: String { known?.rawValue ?? "ask" }

    public init?(id: String) {
        if id == "ask" {
            self = .ask
        } else if let o = OnlineChecking(rawValue: id) {
            self = .facility(o)
        } else {
            return nil
        }
    }

    /// The order menu 5 cycles through: question 1's order, then 毎回確認.
    public static let all: [OnlineSetting] = OnlineChecking.questionOrder.map(OnlineSetting.facility) + [.ask]
}
