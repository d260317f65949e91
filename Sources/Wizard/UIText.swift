import Eligibility

/// Every label of the wizard that is not a rules text (documents, insurers, verdicts and their steps come from the
/// rules file). One place, both languages.
public enum UIText {
    static func t(_ ja: String, _ en: String) -> LocalizedText { LocalizedText(ja: ja, en: en) }

    // Header and frame
    public static let appName = t("受付 uketsuke", "uketsuke (受付)")
    public static let appNameShort = t("受付", "uketsuke")
    /// nil: 毎回確認, the state is asked for each patient.
    public static func facilityBadge(_ online: OnlineChecking?) -> LocalizedText {
        switch online {
        case .yes?: t("オンライン資格確認 導入済み", "Online checking: installed")
        case .app?: t("マイナ資格確認アプリ", "Online checking: the app")
        case .no?: t("オンライン資格確認 未導入", "Online checking: not installed")
        case nil: t("オンライン資格確認 毎回確認", "Online checking: asked each time")
        }
    }
    public static func facilityBadgeShort(_ online: OnlineChecking?) -> LocalizedText {
        switch online {
        case .yes?: t("オン資 導入済", "online: yes")
        case .app?: t("アプリ", "online: app")
        case .no?: t("オン資 未導入", "online: no")
        case nil: t("オン資 毎回確認", "online: ask")
        }
    }
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
    public static let quitQuestion = t("終了しますか？  y: はい　n: いいえ", "Quit?  y: yes  n: no")

    // The check
    public static let checkTitle = t("受付チェック", "Reception check")
    public static func progress(_ n: Int, _ m: Int) -> LocalizedText { t("手順 \(n)/\(m)", "Step \(n)/\(m)") }
    /// The question of a step; at a facility using the マイナ資格確認アプリ the reader question asks for the app's answer.
    public static func question(_ step: CheckStep, online: OnlineChecking? = nil) -> LocalizedText {
        switch step {
        case .reader where online == .app: t("マイナ資格確認アプリの結果は", "What did the eligibility app show?")
        case .online: t("この施設のオンライン資格確認は", "How does this facility check eligibility online?")
        case .holds: t("患者さんがお持ちのものを選んでください（複数可）", "What does the patient hold? (choose all that apply)")
        case .reader: t("カードリーダーの結果は", "What did the card reader show?")
        case .insurer: t("保険証の保険者の種類は", "Which insurer issued the legacy card?")
        case .legacyExpiry: t("保険証に印字された有効期限は", "The expiry date printed on the legacy card")
        case .insurerChanged: t("保険の変更はありませんか（転職・退職・転居・75歳到達など）", "Has the insurance changed (new job, retirement, move, 75th birthday)?")
        case .certificateExpiry: t("資格確認書の有効期限は", "The expiry date printed on the eligibility certificate")
        case .noticeExpiry: t("資格情報のお知らせの有効期限は（記載がある場合。70〜74歳の方、後期高齢者医療の方など）", "The expiry on the notice, if one is printed (ages 70–74, Late-Stage Elderly members and others)")
        case .visit: t("初診ですか、再診ですか", "First visit or repeat visit?")
        }
    }
    public static func onlineChoice(_ online: OnlineChecking) -> LocalizedText {
        switch online {
        case .yes: t("導入済み（顔認証付きカードリーダー）", "With a card reader (face recognition)")
        case .no: t("未導入", "Not at all")
        case .app: t("マイナ資格確認アプリ", "With the My Number eligibility app (マイナ資格確認アプリ)")
        }
    }
    /// The card reader's answers as question 3 lists them.
    public static func readerChoice(_ r: ReaderResult) -> LocalizedText {
        switch r {
        case .ok: t("確認できた", "Confirmed")
        case .failed: t("読み取れない・機器の不具合", "Could not read / equipment fault")
        case .noRecord: t("資格情報なし・無効", "No record / invalid")
        }
    }
    public static let typeInsurerNumber = t("保険者番号を入力", "Type the insurer number")
    public static let insurerNumberHint = t("保険証の「保険者番号」欄の数字。Esc で種類の一覧に戻ります", "The digits of the insurer number (保険者番号) on the card. Esc returns to the list of types")
    public static let insurerNumberPrompt = t("保険者番号（8桁・国保は6桁）", "Insurer number (8 digits; 6 for National Health Insurance)")
    public static let unchanged = t("変更なし", "No change")
    public static let changed = t("変更あり", "Changed")
    public static let firstVisit = t("初診", "First visit")
    public static let repeatVisit = t("再診（保険の情報を確認済み）", "Repeat visit (insurance already on file)")
    public static let holdsHint = t("数字で選択・解除。何もお持ちでなければそのまま Enter", "Digits toggle. If the patient has nothing, just press Enter")
    public static let onlineHint = t("施設設定の値を選んであります。この患者さんだけ変えられます",
                                     "Preselected from the facility settings; a change here is for this patient only")
    public static let onlineHintAsk = t("施設設定は「毎回確認」です。5 施設設定で保存すると、次の患者さんからは聞きません",
                                        "The facility setting is \"ask each time\"; save the state in 5 Facility settings to skip this question")
    public static let onlineHintAskKiosk = t("施設設定は「毎回確認」です。F12 の管理者メニューで施設の状態を保存すると、次の患者さんからは聞きません",
                                             "The facility setting is \"ask each time\"; save the state in the F12 administrator menu to skip this question")
    public static let onlineHintFirstStart = t("はじめての起動です。この答えを施設の設定として保存し、次の患者さんからは聞きません（5 施設設定で変えられます）",
                                               "First start: this answer is saved as the facility's setting and not asked again (change it in 5 Facility settings)")
    public static let datePrompt = t("有効期限", "Expiry")
    public static func dateHint(zeroAllowed: Bool, step: CheckStep) -> LocalizedText {
        let zero: LocalizedText = switch step {
        case .certificateExpiry: t("読めない・分からなければ 0", "0 if it cannot be read")
        default: t("記載がなければ 0", "0 if none is printed")
        }
        return zeroAllowed
            ? t("例: 令和7年7月31日 / R7.7.31 / 2025-07-31。\(zero.ja)", "e.g. 2025-07-31, R7.7.31, 令和7年7月31日. \(zero.en)")
            : t("例: 令和7年7月31日 / R7.7.31 / 2025-07-31（この保険証には必ず記載があります）", "e.g. 2025-07-31, R7.7.31, 令和7年7月31日 (this card always has one)")
    }
    public static func dateEmpty(zeroAllowed: Bool) -> LocalizedText {
        zeroAllowed ? t("日付を入力してください（記載がなければ 0）", "Type the date (0 if none)") : t("日付を入力してください", "Type the date")
    }
    public static let noDate = t("記載なし", "none printed")
    /// A date answered with 0, as the autoplay's caption says it.
    public static let noneTyped = t("記載なし（0）", "none (0)")
    /// Nothing ticked on 「お持ちのもの」, as the autoplay's caption says it.
    public static let nothingHeld = t("何もお持ちでない", "nothing")
    public static let unreadableDate = t("読めない・記載なし", "not read / none")
    public static let inferred = t("判定", "Reads as")

    // Result
    public static let resultTitle = t("受付チェックの結果", "Result")
    public static let present = t("提示していただくもの", "Documents to present")
    public static let condition = t("条件", "Condition")
    public static let conditionSteps = t("条件の手順", "Steps of the condition")
    public static let confirmationSteps = t("確認すること", "What to check")
    public static let options = t("次のどれかをお持ちいただければ受付できます", "Any one of these would do")
    public static let fallback = t("お持ちでない場合", "Otherwise")
    public static let notUsed = t("使わなかった書類", "Documents not used")
    // The line of answers under a question
    public static let nothingHeldShort = t("書類なし", "nothing held")
    public static let changedShort = t("変更あり", "insurance changed")
    public static let legacyExpiryShort = t("", "card")
    public static let certificateExpiryShort = t("確認書 ", "certificate")
    public static let noticeExpiryShort = t("お知らせ ", "notice")
    public static func expiryShort(_ label: LocalizedText, _ value: String) -> LocalizedText {
        t("\(label.ja)期限 \(value)", "\(label.en) expiry \(value)")
    }
    /// The card reader's answer as the line of answers names it.
    public static func readerShort(_ r: ReaderResult) -> LocalizedText {
        switch r {
        case .ok: t("読み取りOK", "card read")
        case .failed: t("読み取れない", "could not read")
        case .noRecord: t("資格情報なし", "no record")
        }
    }
    // Notices and errors of the reducer
    public static func tallyOff(_ why: String) -> LocalizedText {
        t("集計に記録できません（\(why)）。受付チェックはそのまま使えます。集計は止まっています",
          "Cannot write the tally (\(why)). Checks keep working; the tally is off")
    }
    public static func saved(keptUnreadableAs kept: String?) -> LocalizedText {
        guard let kept else { return t("保存しました", "Saved") }
        return t("保存しました。読めなかった以前のファイルは \(kept) に残しました", "Saved. The unreadable old file was kept as \(kept)")
    }
    public static func settingsNotSaved(_ why: String) -> LocalizedText { t("設定を保存できません: \(why)", "Cannot save the settings: \(why)") }
    public static func notSaved(_ why: String) -> LocalizedText { t("保存できません: \(why)", "Cannot save: \(why)") }
    public static func notPrinted(_ why: LocalizedText) -> LocalizedText { t("印刷できません: " + why.ja, "Cannot print: " + why.en) }
    public static func expiryAlwaysPrinted(_ insurer: LocalizedText) -> LocalizedText {
        t("\(insurer.ja)の保険証には必ず有効期限が印字されています。その日付を入力してください",
          "A \(insurer.en) card always has a printed expiry; type that date")
    }
    public static let pinWrong = t("PINが違います", "Wrong PIN")
    public static let pinForm = t("PINは数字4〜8桁です", "The PIN is 4 to 8 digits")
    public static let pinEntriesDiffer = t("2回の入力が違います。最初から入力してください", "The two entries differ; start again")
    public static let pinNotRemovableInKiosk = t("キオスクの中ではPINを削除できません（管理者メニューに戻れなくなるため）。変更はできます",
                                                 "A kiosk cannot remove its PIN (the administrator menu could not be opened again); it can change it")
    public static func registrationIncomplete(_ n: Int) -> LocalizedText {
        t("まだ保存できません: \(n)件の入力を直してください", "Not saved yet: \(n) entries need attention")
    }
    public static func trainingDateSet(_ d: CalendarDate) -> LocalizedText {
        t("研修の受診日を \(DateText.full(d, .ja)) にしました", "Training visit date set to \(DateText.full(d, .en))")
    }

    public static let notAskedTitle = t("聞かなかった質問", "Questions not asked")
    /// A question by its subject, as the line of what was not asked names it.
    public static func stepName(_ step: CheckStep) -> LocalizedText {
        switch step {
        case .online: t("オンライン資格確認", "online checking")
        case .holds: t("お持ちのもの", "documents held")
        case .reader: t("カードリーダーの結果", "the card reader's result")
        case .insurer: t("保険者の種類", "the insurer")
        case .legacyExpiry: t("保険証の有効期限", "the card's printed expiry")
        case .insurerChanged: t("保険の変更", "a change of insurance")
        case .certificateExpiry: t("資格確認書の有効期限", "the certificate's expiry")
        case .noticeExpiry: t("お知らせの有効期限", "the notice's expiry")
        case .visit: t("初診・再診", "first or repeat visit")
        }
    }
    /// Why the questions were not asked: the documents used settled it, or no answer could change it on this day.
    public static func notAskedWhy(confirmedWith used: String?) -> LocalizedText {
        if let used { return t("\(used)で確認できたため、どの答えでも結果は変わりません", "confirmed with \(used): no answer could change the result") }
        return t("この受付日には、どの答えでも結果は変わりません", "on this visit date no answer could change the result")
    }
    public static let warnings = t("注意", "Warnings")
    public static let script = t("患者さんへ", "To the patient")
    public static let patientTitle = t("患者さんへのご案内", "For the patient")
    public static let patientPresent = t("本日の受付に使うもの", "Used for today's check")
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
        case .adminPin: t("管理者PIN（キオスク）", "Administrator PIN (kiosk)")
        case .ambiguous: t("○△×などの記号の幅", "Ambiguous-width symbols")
        }
    }
    public static let settingsHint = t("￩￫・Space・Enter で変更（すぐ保存されます）", "￩￫, Space or Enter change a value (saved at once)")

    // Help
    public static let helpTitle = t("キー操作", "Keys")
    public static let anyKey = t("どれかのキー", "Any key")
    public static let typingKeys = t("文字", "Letters")
    public static let typingMeaning = t("入力する", "type")
    /// The keys of a group of edits, as the help names them.
    public static func textEditKeys(_ edits: [TextField.Edit]) -> LocalizedText {
        let names: [String] = edits.map { edit in
            switch edit {
            case .caretLeft: "￩"
            case .caretRight: "￫"
            case .toStart: "Home Ctrl-A"
            case .toEnd: "End Ctrl-E"
            case .deleteBefore: "BS"
            case .deleteAfter: "Delete"
            case .clearBefore: "Ctrl-U"
            }
        }
        let joined = names.joined(separator: names.allSatisfy { $0.count == 1 } ? "" : " / ")
        return t(joined, joined)
    }
    public static func textEditMeaning(_ edits: [TextField.Edit]) -> LocalizedText {
        switch edits.first! {
        case .caretLeft, .caretRight: t("カーソルを動かす", "move the caret")
        case .toStart, .toEnd: t("先頭へ / 末尾へ", "to the start / to the end")
        case .deleteBefore, .deleteAfter: t("カーソルの前 / 位置の1文字を消す", "delete before / at the caret")
        case .clearBefore: t("カーソルより前をすべて消す", "delete everything before the caret")
        }
    }
    public static let helpClose = t("Esc・? で閉じる", "Esc or ? closes")
}

// MARK: Training
extension UIText {
    public static let trainingTitle = t("研修モード", "Training mode")
    public static func trainingItem(_ item: TrainingItem) -> LocalizedText {
        switch item {
        case .practice: t("受付チェックの練習", "Practise the check")
        case .quiz: t("例題クイズ", "Quiz with example patients")
        case .autoplay: t("自動再生（例題を順に表示）", "Autoplay the examples")
        case .date: t("研修の受診日を変える", "Change the training visit date")
        }
    }
    public static func trainingDetail(_ item: TrainingItem) -> LocalizedText {
        switch item {
        case .practice: t("ふだんと同じ質問。集計には記録されません", "The usual questions; nothing is recorded")
        case .quiz: t("話を読んで答え、提示するものを当てます", "Read the story, answer, say what to present")
        case .autoplay: t("どれかのキーで止まります", "Any key stops it")
        case .date: t("例: 令和7年8月5日・R7.12.2・2026-02-10", "e.g. 2025-08-05, R7.12.2, 令和7年8月5日")
        }
    }
    public static func trainingDateNow(_ date: String) -> LocalizedText { t("研修の受診日: \(date)", "Training visit date: \(date)") }
    public static let trainingDatePrompt = t("受診日", "Visit date")
    public static let trainingDateKeep = t("（何も入力せずEnterでそのまま）", " (Enter with nothing typed keeps it)")
    public static let trainingDateQuestion = t("研修で使う受診日を入力してください", "Type the visit date to train with")
    public static let quizTitle = t("例題クイズ", "Quiz")
    public static let autoplayTitle = t("自動再生", "Autoplay")
    public static func quizProgress(_ n: Int, _ m: Int) -> LocalizedText { t("\(n)問目/\(m)問", "Question \(n) of \(m)") }
    public static let quizFacility = t("施設", "Facility")
    public static let quizStart = t("Enter で質問に答えます。話のとおりに答えてください", "Press Enter and answer the questions as the story says")
    public static let quizQuestion = t("この患者さんの受付はどうなりますか", "How does this patient's reception go?")
    public static func quizAnswer(_ a: QuizAnswer) -> LocalizedText {
        switch a {
        case .mynaOnly: t("マイナ保険証だけで受付できる", "The My Number Card alone")
        case .mynaWithCompanion: t("マイナ保険証と、ポータル画面かお知らせで受付できる", "The card with the Mynaportal screen or the notice")
        case .certificate: t("資格確認書で受付できる", "The eligibility certificate")
        case .legacyCard: t("従来の保険証で受付できる", "The old health insurance card")
        case .conditional: t("条件付きで受付できる（照会・申立書・口頭確認）", "Accept once a check succeeds (query, form, oral)")
        case .notConfirmed: t("資格確認ができない（本日は10割）", "Eligibility cannot be confirmed (100% today)")
        }
    }
    public static let quizRight = t("正解です", "Right")
    public static let quizWrong = t("不正解です", "Not quite")
    public static let quizCorrectAnswer = t("正しい答え", "The right answer")
    public static let quizYourAnswer = t("あなたの答え", "Your answer")
    public static let quizMisread = t("話と違う答えをした質問", "Questions answered differently from the story")
    public static let quizExplanation = t("解説", "Explanation")
    public static func quizScore(_ right: Int, _ total: Int) -> LocalizedText {
        t("\(total)問中 \(right)問 正解", "\(right) of \(total) right")
    }
    public static let quizReview = t("まちがえた例題", "To review")
    public static let quizNoMistakes = t("まちがいはありません", "No mistakes")
    public static let autoplayHint = t("自動再生中: どれかのキーで止まります", "Autoplay: any key stops it")
}

// MARK: Kiosk administration and the tally
extension UIText {
    public static let pinSet = t("設定済み", "set")
    public static let pinNotSet = t("未設定", "not set")
    public static let pinSetupTitle = t("管理者PIN（キオスク）", "Administrator PIN (kiosk)")
    public static let pinSetupFirst = t("新しいPIN（数字4〜8桁）", "New PIN (4 to 8 digits)")
    public static let pinSetupSecond = t("もう一度", "Again")
    public static let pinSetupHint = t("キオスクではF12キーとこのPINで、施設設定・集計・終了を開けます。何も入力せずEnterでPINを削除します（削除するとキオスクからは開けません）。PINはハッシュだけを保存します", "On a kiosk, F12 and this PIN open settings, the tally and exit. Enter with nothing typed removes the PIN (then none of them can be opened on the kiosk). Only a hash of the PIN is stored")
    public static let kioskNoPin = t("管理者PINが設定されていないため、管理者メニューは開けません。キオスクではない uketsuke の「5 施設設定」→「管理者PIN」で設定してください",
                                     "No administrator PIN is set, so the administrator menu cannot open. Set one in uketsuke outside the kiosk: 5 Facility settings, Administrator PIN")
    public static let kioskPinSetupHint = t("F12キーとこのPINで、施設設定・集計・終了を開けます。キオスクの中ではPINの変更はできますが、削除はできません。PINはハッシュだけを保存します",
                                            "F12 and this PIN open settings, the tally and exit. Inside the kiosk the PIN can be changed but not removed. Only a hash of the PIN is stored")
    public static func pinLocked(seconds: Int) -> LocalizedText {
        let m = seconds / 60, r = seconds % 60
        let ja = m > 0 ? (r > 0 ? "\(m)分\(r)秒" : "\(m)分") : "\(r)秒"
        let en = m > 0 ? (r > 0 ? "\(m) min \(r) s" : "\(m) min") : "\(r) s"
        return t("PINを3回まちがえたため、あと\(ja)はPINを入力できません", "Three wrong PINs: the PIN can be typed again in \(en)")
    }
    public static let adminPinTitle = t("管理者PIN", "Administrator PIN")
    public static let adminPinPrompt = t("PIN", "PIN")
    public static let adminTitle = t("管理者メニュー", "Administrator menu")
    public static func adminItem(_ item: AdminItem) -> LocalizedText {
        switch item {
        case .settings: t("施設設定", "Facility settings")
        case .tally: t("本日の集計", "Today's tally")
        case .exit: t("キオスクを終了", "Quit the kiosk")
        }
    }
    public static let tallyTitle = t("本日の集計", "Tally")
    public static func tallySpan(_ span: TallySpan) -> LocalizedText {
        switch span {
        case .today: t("今日", "Today")
        case .week: t("7日間", "7 days")
        case .month: t("30日間", "30 days")
        }
    }
    public static let tallyByVerdict = t("結果", "Results")
    public static let tallyByHeld = t("お持ちだったもの", "What patients held")
    public static let tallyNothing = t("何も持っていない", "nothing")
    public static func tallyTotal(_ n: Int) -> LocalizedText { t("受付チェック \(n)件", "\(n) checks") }
    public static let tallyEmpty = t("この期間の記録はありません", "No checks in this period")
    public static let tallyLoading = t("集計を読んでいます…", "Reading the tally…")
    public static let tallyHeadline = t("マイナ資格確認アプリがあれば、マイナ保険証で確認できた患者さん（未導入のため追加の書類が必要だった・受付できなかった方）",
                                        "Patients the eligibility app would have let you confirm with the My Number Card (they needed extra documents, or were turned back, without online checking)")
    public static func tallyHeadlineNoOffline(_ n: Int) -> LocalizedText {
        t("\(n)人（この期間、未導入での受付はありません）", "\(n) (no checks without online checking in this period)")
    }
    public static let leafletOnlineNote = t("この施設はマイナ保険証を読み取れます（施設設定）。このご案内は、オンライン資格確認が未導入の施設用です",
                                            "This facility reads My Number Cards (settings). This leaflet is for a facility without online checking")
    public static func tallyHeadlineFigure(_ n: Int, _ share: String, _ ofOffline: String) -> LocalizedText {
        t("\(n)人（全体の\(share)、未導入での受付の\(ofOffline)）", "\(n) (\(share) of all checks, \(ofOffline) of checks without it)")
    }
    public static let tallyAdoptionHint = t("アプリで読み取れば、マイナ保険証だけで確認できます（メニュー4の4）", "Read with the eligibility app, the My Number Card alone is enough (menu 4, item 4)")
    public static let appGuideMissing = t("このルールファイルにはマイナ資格確認アプリの案内がありません", "This rules file has no guide to the eligibility app")
    public static let tallyPrivacy = t("個人を特定する情報（氏名・番号・生年月日）は記録していません", "Nothing that identifies a patient (names, numbers, birth dates) is recorded")
}

// MARK: Adopting online checking
extension UIText {
    public static let adoptionTitle = t("導入準備・お問い合わせ", "Adopting online checking")
    public static func adoptionItem(_ item: AdoptionItem) -> LocalizedText {
        switch item {
        case .contact: t("お問い合わせ（コールセンター・ポータル）", "Contacts (call center, portal)")
        case .registration: t("ポータル新規ユーザー登録の準備", "Prepare the portal's user registration")
        case .leaflet: t("患者さん向けご案内", "Leaflet for patients")
        case .app: t("マイナ資格確認アプリ・経過措置", "The eligibility app and deferrals")
        }
    }
    public static func adoptionDetail(_ item: AdoptionItem) -> LocalizedText {
        switch item {
        case .contact: t("いま電話がつながるか、休みなら理由と次の受付開始", "Open now? If not, why and when it opens")
        case .registration: t("入力する項目をここで確認し、控えを保存します", "Check the fields here and save a sheet")
        case .leaflet: t("未導入の施設に持ってきていただくもの", "What to bring to a facility without online checking")
        case .app: t("スマートフォンかパソコンでマイナ保険証を読む、費用の少ない方法", "Read My Number Cards with a smartphone or a PC, at little cost")
        }
    }
    public static let contactTitle = t("お問い合わせ", "Contacts")
    public static let contactNow = t("いま", "Now")
    public static let contactNext = t("次の受付開始", "Opens next")
    public static let contactPhone = t("電話", "Phone")
    public static let contactHours = t("受付時間", "Hours")
    public static let contactTollFree = t("（通話無料）", " (toll-free)")
    public static let contactPortal = t("ポータルサイト", "Portal site")
    public static let contactPortalHint = t("「医療機関等向け総合ポータルサイト」で検索し、「新規ユーザー登録はこちら」から登録します",
                                            "Search the web for the portal's name (医療機関等向け総合ポータルサイト) and register from its new-user link (新規ユーザー登録はこちら)")
    public static let contactNoClock = t("時刻がまだ分かりません", "The time is not known yet")
    public static let registrationTitle = t("ポータル新規ユーザー登録の準備", "Preparing the portal registration")
    public static let registrationChoose = t("選んでください", "choose")
    public static let registrationCode10 = t("10桁のコード", "10-digit code")
    public static let registrationConfirmCode = t("コードの警告を読み、このコードで正しいことを確認しました", "I read the code's warnings and the code is right")
    public static let registrationSave = t("控えを保存する（パスワードは保存しません）", "Save the sheet (the password is not saved)")
}
