/// What a patient can hold at the counter (rules.md §1). The raw values are the contract's ids.
public enum DocumentKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// マイナ保険証 (the physical My Number card registered for insurance use).
    case mynaCard = "myna-card"
    /// 資格確認書.
    case certificate
    /// 従来の健康保険証.
    case legacyCard = "legacy-card"
    /// 資格情報のお知らせ.
    case notice
    /// マイナポータル資格情報画面 (on a smartphone, or its PDF).
    case portal

    public init?(id: some StringProtocol) {
        self.init(rawValue: String(id))
    }

    public var id: String { rawValue }
}

/// A set of documents, in the order of `DocumentKind.allCases`.
public struct DocumentSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public init(_ kinds: some Sequence<DocumentKind>) {
        self.init(rawValue: 0)
        for k in kinds { insert(k) }
    }

    static func bit(_ kind: DocumentKind) -> UInt8 {
        switch kind {
        case .mynaCard: 1
        case .certificate: 2
        case .legacyCard: 4
        case .notice: 8
        case .portal: 16
        }
    }

    public func contains(_ kind: DocumentKind) -> Bool { rawValue & DocumentSet.bit(kind) != 0 }
    public mutating func insert(_ kind: DocumentKind) { self = DocumentSet(rawValue: rawValue | DocumentSet.bit(kind)) }
    public mutating func remove(_ kind: DocumentKind) { self = DocumentSet(rawValue: rawValue & ~DocumentSet.bit(kind)) }
    public mutating func toggle(_ kind: DocumentKind) {
        self = DocumentSet(rawValue: rawValue ^ DocumentSet.bit(kind))
    }

    public var kinds: [DocumentKind] { DocumentKind.allCases.filter(contains) }
}

/// The card reader's answer, asked only when the facility has online checking and the patient holds a マイナ保険証.
public enum ReaderResult: String, CaseIterable, Sendable, Codable {
    /// 確認できた
    case ok
    /// 読み取れない・機器の不具合 (reader, network, chip, certificate)
    case failed
    /// 資格情報なし・無効
    case noRecord = "no-record"
}

/// 初診 / 再診. Only the fallback paths 6 and 7 use it.
public enum VisitKind: String, CaseIterable, Sendable, Codable {
    case first
    case `repeat`
}
