/// 都道府県番号 01–47 (JIS X 0401; sources.md §6.4). The same numbering is used in 保険者番号 and 医療機関等コード.
public struct Prefecture: Hashable, Sendable, Comparable {
    public let code: Int

    public init?(code: Int) {
        guard (1...47).contains(code) else { return nil }
        self.code = code
    }

    /// A prefecture as people type it: 34, ３４, 広島, 広島県, Hiroshima; one reading for the CLI and the portal form.
    public init?(typed text: String) {
        let t = String(text.trimmingSpaces)
        if case .success(let digits) = DigitInput.digits(t) {
            let significant = digits.drop { $0 == 0 }
            guard significant.count <= 2 else { return nil }
            self.init(code: significant.reduce(0) { $0 * 10 + Int($1) })
            return
        }
        let lower = t.lowercased()
        guard let p = Prefecture.all.first(where: { p in
            p.name == t || p.name.dropLast() == t || p.englishName.lowercased() == lower
        }) else { return nil }
        self = p
    }

    /// Two digits, zero-padded: "01".
    public var codeText: String { code < 10 ? "0\(code)" : String(code) }

    /// 北海道, 東京都, 大阪府, 広島県 …
    public var name: String { Prefecture.names[code - 1] }

    /// Hokkaido, Tokyo, Osaka, Hiroshima …
    public var englishName: String { Prefecture.englishNames[code - 1] }

    public func name(_ language: Language) -> String { language == .ja ? name : englishName }

    public static var all: [Prefecture] { (1...47).map { Prefecture(code: $0)! } }

    public static func < (a: Prefecture, b: Prefecture) -> Bool { a.code < b.code }

    static let names = [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
        "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
        "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
        "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
        "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ]
    static let englishNames = [
        "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
        "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano",
        "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama",
        "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka",
        "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
    ]
}
