import Eligibility

/// Every label of the wizard that is not a rules text (documents, insurers, verdicts and their steps come from the
/// rules file). One place, both languages.
public enum UIText {
    static func t(_ ja: String, _ en: String) -> LocalizedText { LocalizedText(ja: ja, en: en) }

    // Header and frame
    public static let appName = t("受付 uketsuke", "uketsuke 受付")
    public static let onlineBadge = t("オンライン資格確認 導入済み", "Online checking: installed")
    public static let offlineBadge = t("オンライン資格確認 未導入", "Online checking: not installed")
    public static let onlineBadgeShort = t("オン資 導入済", "online: yes")
    public static let offlineBadgeShort = t("オン資 未導入", "online: no")
    public static let demoBanner = t("研修モード　この画面の操作は記録されません", "TRAINING MODE  nothing here is recorded")
    public static let kioskBadge = t("キオスク", "kiosk")
    public static let tooSmall = t("画面が小さすぎます", "The window is too small")
    public static func tooSmallDetail(_ w: Int, _ h: Int) -> LocalizedText {
        t("横60文字・縦18行以上に広げてください（いまは横\(w)・縦\(h)）", "Make it at least 60 columns by 18 rows (now \(w) by \(h))")
    }

    // Home
    public static let menuTitle = t("メニュー", "Menu")
    public static func menuItem(_ item: Wizard.MenuItem) -> LocalizedText {
        switch item {
        case .check: t("受付チェック", "Reception check")
        case .training: t("研修モード", "Training mode")
        case .tally: t("本日の集計", "Today's tally")
        case .adoption: t("導入準備・お問い合わせ", "Adopting online checking / contacts")
        case .settings: t("施設設定", "Facility settings")
        }
    }
    public static func menuDetail(_ item: Wizard.MenuItem) -> LocalizedText {
        switch item {
        case .check: t("患者さんに何を提示していただくかを判定します", "Decide which documents the patient must present")
        case .training: t("例題で受付の判断を練習します（記録されません）", "Practise with example patients (nothing is recorded)")
        case .tally: t("受付の結果を集計します（個人情報は記録しません）", "Counts of checks (no personal data is kept)")
        case .adoption: t("コールセンター・ポータル登録・患者さん向けご案内", "Call center, portal registration, patient leaflet")
        case .settings: t("オンライン資格確認の導入状況・言語・配色", "Online checking, language, colours")
        }
    }
    public static let menuNotReady = t("この項目はまだ使えません", "This item is not available yet")
    public static let quitQuestion = t("終了しますか？  y: はい　n: いいえ", "Quit?  y: yes  n: no")

    // The check
    public static let checkTitle = t("受付チェック", "Reception check")
    public static func progress(_ n: Int, _ m: Int) -> LocalizedText { t("手順 \(n)/\(m)", "Step \(n)/\(m)") }
    public static func question(_ step: CheckStep) -> LocalizedText {
        switch step {
        case .online: t("この施設はオンライン資格確認（カードリーダー）を導入していますか", "Does this facility have online eligibility checking (a card reader)?")
        case .holds: t("患者さんがお持ちのものを選んでください（複数可）", "What does the patient hold? (choose all that apply)")
        case .reader: t("カードリーダーの結果は", "What did the card reader show?")
        case .insurer: t("保険証の保険者の種類は", "Which insurer issued the legacy card?")
        case .legacyExpiry: t("保険証に印字された有効期限は", "The expiry date printed on the legacy card")
        case .insurerChanged: t("保険の変更はありませんか（転職・退職・転居・75歳到達など）", "Has the insurance changed (new job, retirement, move, 75th birthday)?")
        case .certificateExpiry: t("資格確認書の有効期限は", "The expiry date printed on the 資格確認書")
        case .noticeExpiry: t("資格情報のお知らせの有効期限は（70〜74歳の方の分にだけ記載）", "The expiry on the notice (printed only for ages 70–74)")
        case .visit: t("初診ですか、再診ですか", "First visit or repeat visit?")
        }
    }
    public static let onlineYes = t("導入済み", "Installed")
    public static let onlineNo = t("未導入", "Not installed")
    public static let readerOK = t("確認できた", "Confirmed")
    public static let readerFailed = t("読み取れない・機器の不具合", "Could not read / equipment fault")
    public static let readerNoRecord = t("資格情報なし・無効", "No record / invalid")
    public static let typeInsurerNumber = t("保険者番号を入力", "Type the insurer number")
    public static let insurerNumberHint = t("保険証の「保険者番号」欄の数字。Esc で種類の一覧に戻ります", "The digits in the card's 保険者番号 field. Esc returns to the list of types")
    public static let insurerNumberPrompt = t("保険者番号（8桁・国保は6桁）", "Insurer number (8 digits, 6 for 国保)")
    public static let unchanged = t("変更なし", "No change")
    public static let changed = t("変更あり", "Changed")
    public static let firstVisit = t("初診", "First visit")
    public static let repeatVisit = t("再診（保険の情報を確認済み）", "Repeat visit (insurance already on file)")
    public static let holdsHint = t("数字で選択・解除。何もお持ちでなければそのまま Enter", "Digits toggle. If the patient has nothing, just press Enter")
    public static let onlineHint = t("施設設定の値を選んであります", "Preselected from the facility settings")
    public static let datePrompt = t("有効期限", "Expiry")
    public static func dateHint(zeroAllowed: Bool, step: CheckStep) -> LocalizedText {
        let zero: LocalizedText = switch step {
        case .certificateExpiry: t("読めない・分からなければ 0", "0 if it cannot be read")
        default: t("記載がなければ 0", "0 if none is printed")
        }
        return zeroAllowed
            ? t("例: 令和7年7月31日 / R7.7.31 / 2025-07-31。\(zero.ja)", "e.g. 令和7年7月31日, R7.7.31, 2025-07-31. \(zero.en)")
            : t("例: 令和7年7月31日 / R7.7.31 / 2025-07-31（この保険証には必ず記載があります）", "e.g. 令和7年7月31日, R7.7.31, 2025-07-31 (this card always has one)")
    }
    public static func dateEmpty(zeroAllowed: Bool) -> LocalizedText {
        zeroAllowed ? t("日付を入力してください（記載がなければ 0）", "Type the date (0 if none)") : t("日付を入力してください", "Type the date")
    }
    public static let noDate = t("記載なし", "none printed")
    public static let unreadableDate = t("読めない・記載なし", "not read / none")
    public static let inferred = t("判定", "Reads as")

    // Result
    public static let resultTitle = t("受付チェックの結果", "Result")
    public static let present = t("提示していただくもの", "Documents to present")
    public static let condition = t("条件", "Condition")
    public static let options = t("次のどれかをお持ちいただければ受付できます", "Any one of these would do")
    public static let fallback = t("お持ちでない場合", "Otherwise")
    public static let notUsed = t("使わなかった書類", "Documents not used")
    public static let warnings = t("注意", "Warnings")
    public static let script = t("患者さんへ", "To the patient")
    public static let patientTitle = t("患者さんへのご案内", "For the patient")
    public static let patientPresent = t("こちらをご提示ください", "Please show")
    public static let patientOptions = t("次のどれかをお持ちください", "Please bring one of these")
    public static let patientSelfPay = t("本日お持ちでない場合は、いったん全額（10割）のお支払いとなります", "Without them you pay 100% today; you can claim the insurer's share later")

    // Settings
    public static let settingsTitle = t("施設設定", "Facility settings")
    public static func settingsRow(_ row: SettingsRow) -> LocalizedText {
        switch row {
        case .online: t("オンライン資格確認", "Online eligibility checking")
        case .facilityKind: t("施設の種類", "Kind of facility")
        case .language: t("表示の言語", "Language")
        case .theme: t("画面の配色", "Colours")
        }
    }
    public static let settingsHint = t("￩￫・Space・Enter で変更（すぐ保存されます）", "￩￫, Space or Enter change a value (saved at once)")

    // Help
    public static let helpTitle = t("キー操作", "Keys")
    public static let helpClose = t("Esc・? で閉じる", "Esc or ? closes")
}
