import Eligibility

/// The fields of the portal's 新規ユーザー登録, in the portal's order (letter.md ③). The 10-digit code and the 所在地 are
/// filled in by the portal itself, so they are not fields here.
public enum PortalField: String, CaseIterable, Sendable {
    case familyName, givenName, affiliation, prefecture, scoreTable, facilityCode, locationConfirmed
    case facilityName, founder, phone, email, password, passwordConfirmation, termsAccepted

    /// The portal's own wording, so staff recognise the field when they register.
    public var label: LocalizedText {
        switch self {
        case .familyName: LocalizedText(ja: "姓", en: "family name")
        case .givenName: LocalizedText(ja: "名", en: "given name")
        case .affiliation: LocalizedText(ja: "所属機関", en: "type of facility")
        case .prefecture: LocalizedText(ja: "都道府県", en: "prefecture")
        case .scoreTable: LocalizedText(ja: "点数表番号", en: "fee schedule number")
        case .facilityCode: LocalizedText(ja: "医療機関等コード（7桁）", en: "facility code (7 digits)")
        case .locationConfirmed: LocalizedText(ja: "所在地の確認", en: "address confirmed")
        case .facilityName: LocalizedText(ja: "医療機関等名", en: "facility name")
        case .founder: LocalizedText(ja: "開設者（全角）", en: "founder (full-width)")
        case .phone: LocalizedText(ja: "電話番号", en: "phone number")
        case .email: LocalizedText(ja: "メールアドレス", en: "e-mail address")
        case .password: LocalizedText(ja: "パスワード", en: "password")
        case .passwordConfirmation: LocalizedText(ja: "パスワード（確認用）", en: "password (again)")
        case .termsAccepted: LocalizedText(ja: "利用規約への同意", en: "terms of use accepted")
        }
    }

    /// The letter's rule for the field, shown beside it before anything goes wrong; nil when the letter gives none.
    public var rule: LocalizedText? {
        switch self {
        case .familyName, .givenName:
            LocalizedText(ja: "各種申請手続きの担当者の氏名", en: "the name of the person who handles the applications")
        case .scoreTable:
            LocalizedText(ja: "この所属機関は番号が決まっていません。通知などで確かめて数字1桁を入力",
                          en: "not known for this type of facility: check your notice and type the one digit")
        case .facilityCode:
            LocalizedText(ja: "郡市区2桁＋医療機関番号4桁＋検証番号1桁。10桁のコードは自動で決まります",
                          en: "district (2) + facility number (4) + check digit (1); the 10-digit code follows")
        case .locationConfirmed:
            LocalizedText(ja: "ポータルがコードから表示する所在地が、この施設のものであることを確認します",
                          en: "the portal shows the address of the code; confirm that it is this facility's")
        case .founder:
            LocalizedText(ja: "ひらがな・カタカナ・全角英数字・々．－（）・JIS第1・第2水準の漢字（環境依存文字は不可）",
                          en: "full-width kana, Latin letters and digits, 々．－（）, JIS level 1/2 kanji (no machine-dependent characters)")
        case .phone:
            LocalizedText(ja: "半角数字・ハイフンなし", en: "half-width digits, no hyphens")
        case .email:
            LocalizedText(ja: "英小文字・数字・. - _ +。ログインIDになります（医療機関等コードごとに1つ）",
                          en: "lower-case letters, digits, . - _ +; it is the login ID (one per facility code)")
        case .password:
            LocalizedText(ja: "8〜100文字。英大文字・英小文字・数字をそれぞれ1文字以上。どこにも保存しません",
                          en: "8–100 characters with an upper-case letter, a lower-case letter and a digit; never saved")
        case .passwordConfirmation:
            LocalizedText(ja: "同じパスワードをもう一度", en: "the same password again")
        case .affiliation, .prefecture, .facilityName, .termsAccepted: nil
        }
    }
}
