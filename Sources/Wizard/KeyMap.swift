import Eligibility

/// One binding of a page: the keys, what they do, and whether the footer shows it. The footer and the `?` help are
/// both built from this list; a test presses every key of every page and finds each one that does something listed
/// here, so the help can never leave a working key out.
/// Arrows are the half-width forms ￩￪￫￬: the usual ←↑→↓ are ambiguous-width and would push a full-width footer
/// past the edge on terminals set to draw ambiguous characters wide.
public struct KeyBinding: Hashable, Sendable {
    /// The keys as the footer and help name them: "1-5", "￪￬", "Enter".
    public let label: LocalizedText
    public let meaning: LocalizedText
    /// A shorter meaning for a footer too narrow for the whole one ("前の質問へ" → "戻る"); help always says it whole.
    public let shortMeaning: LocalizedText?
    public let inFooter: Bool
    /// Every key the binding stands for; the first is the one tests press to see it work.
    public let keys: [Key]
    /// The binding also stands for keys not in `keys`: typed text, or any key at all.
    public let also: Also?

    public enum Also: Hashable, Sendable {
        /// Any character key that types text.
        case typing
        /// Any key.
        case anyKey
    }

    init(_ label: String, _ ja: String, _ en: String, short: LocalizedText? = nil, footer: Bool = true, keys: [Key],
         also: Also? = nil) {
        self.init(LocalizedText(ja: label, en: label), LocalizedText(ja: ja, en: en), short: short, footer: footer, keys: keys,
                  also: also)
    }

    init(_ label: LocalizedText, _ meaning: LocalizedText, short: LocalizedText? = nil, footer: Bool = true, keys: [Key],
         also: Also? = nil) {
        self.label = label
        self.meaning = meaning
        shortMeaning = short
        inFooter = footer
        self.keys = keys
        self.also = also
    }

    /// Whether `key` is one this binding names.
    public func covers(_ key: Key) -> Bool {
        if keys.contains(key) || also == .anyKey { return true }
        if also == .typing, case .char(let c) = key { return c.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }
        return false
    }
}

public enum KeyMap {
    static func digits(_ range: ClosedRange<Int>) -> [Key] { range.map { .char(Character(String($0))) } }

    static let help = KeyBinding("? F1", "ヘルプ", "help", keys: [.char("?"), .char("？"), .function(1)])
    static let helpF1 = KeyBinding("F1", "ヘルプ", "help", keys: [.function(1)])
    static let redraw = KeyBinding("Ctrl-L", "画面を描き直す", "redraw the screen", footer: false, keys: [.ctrl("l")])
    static let toMenu = KeyBinding("Esc", "メニューへ", "menu", keys: [.escape])
    static let back = KeyBinding("Esc", "戻る", "back", keys: [.escape])
    static let move = KeyBinding("￪￬", "移動", "move", keys: [.down, .up, .tab])

    /// A numbered menu: a number opens its item, the arrows move the mark, Enter opens the marked one.
    static func menu(_ count: Int, leave: KeyBinding) -> [KeyBinding] {
        [KeyBinding("1-\(count)", "選ぶ", "choose", keys: digits(1...count)), move,
         KeyBinding("Enter", "開く", "open", keys: [.enter]),
         leave, help, redraw]
    }

    /// Scrolling a page taller than the screen.
    static func scroll(_ meaning: LocalizedText = LocalizedText(ja: "スクロール", en: "scroll")) -> KeyBinding {
        KeyBinding(LocalizedText(ja: "￪￬ PgUp PgDn Space Home", en: "￪￬ PgUp PgDn Space Home"), meaning, footer: false,
                   keys: [.down, .up, .pageDown, .pageUp, .char(" "), .home])
    }

    /// The editing keys of a one-line text field: what `TextField.edit` does, key by key.
    /// Grouped in pairs where one line of help says both (move the caret, go to an end, delete a character).
    static let textField: [KeyBinding] = [
        [TextField.Edit.caretLeft, .caretRight], [.toStart, .toEnd], [.deleteBefore, .deleteAfter], [.clearBefore],
    ].map { edits in
        KeyBinding(UIText.textEditKeys(edits), UIText.textEditMeaning(edits), footer: false, keys: edits.flatMap(TextField.keys))
    } + [KeyBinding(UIText.typingKeys, UIText.typingMeaning, footer: false, keys: [], also: .typing)]

    /// The keys of what is on screen now; a kiosk adds F12 wherever it opens the administrator's PIN.
    public static func bindings(_ s: WizardState, _ env: WizardEnvironment) -> [KeyBinding] {
        let list = pageBindings(s, env)
        guard env.mode == .kiosk, !s.adminSession, s.autoplay == nil, s.overlay == nil else { return list }
        return list + [KeyBinding("F12", "管理者メニュー（PIN）", "administrator menu (PIN)", footer: false, keys: [.function(12)])]
    }

    static func pageBindings(_ s: WizardState, _ env: WizardEnvironment) -> [KeyBinding] {
        if s.autoplay != nil {
            return [KeyBinding(UIText.anyKey, LocalizedText(ja: "止める", en: "stop"), keys: [.enter], also: .anyKey)]
        }
        if let overlay = s.overlay {
            switch overlay {
            case .help: return [KeyBinding("Esc ? Enter", "閉じる", "close", keys: [.escape, .char("?"), .enter, .function(1), .char("q")])]
            case .quitConfirm: return [KeyBinding("y", "終了する", "quit", keys: [.char("y"), .char("Y")]),
                                       KeyBinding("n Esc", "戻る", "stay", keys: [.char("n"), .char("N"), .escape])]
            }
        }
        switch s.page {
        case .home:
            return menu(5, leave: KeyBinding("q", "終了", "quit", keys: [.char("q"), .char("Q")]))
        case .check(let f):
            // A kiosk's first question has nothing before it.
            let back = env.mode == .kiosk && f.step == .online ? [] : [KeyMap.back]
            if f.step.isDate || f.typingNumber {
                let list = f.typingNumber ? [KeyBinding("￪", "種類の一覧へ", "back to the list", footer: false, keys: [.up])] : []
                return [KeyBinding("Enter", "決定", "confirm", keys: [.enter])] + list + textField + back + [help, redraw]
            }
            if f.question.kind == .several {
                return [
                    KeyBinding("1-\(f.optionCount)", "選択・解除", "toggle", keys: digits(1...f.optionCount)), move,
                    KeyBinding("Space", "選択・解除", "toggle", footer: false, keys: [.char(" ")]),
                    KeyBinding("Enter", "次へ", "next", keys: [.enter]),
                ] + back + [help, redraw]
            }
            return [
                KeyBinding("1-\(f.optionCount)", "選ぶ", "choose", keys: digits(1...f.optionCount)), move,
                KeyBinding("Enter", "決定", "choose", keys: [.enter]),
            ] + back + [help, redraw]
        case .result:
            return [
                KeyBinding("Enter", "次の患者", "next patient", keys: [.enter]),
                KeyBinding("P", "患者さん向け表示", "patient view", short: LocalizedText(ja: "患者向け", en: "patient view"),
                           keys: [.char("p"), .char("P")]),
                scroll(),
                KeyBinding("Esc", "前の質問へ", "back to the questions", short: LocalizedText(ja: "戻る", en: "back"), keys: [.escape]),
                help, redraw,
            ]
        case .patient:
            return [
                KeyBinding("P Esc", "結果に戻る", "back to the result", keys: [.escape, .char("p"), .char("P")]),
                KeyBinding("Enter", "次の患者", "next patient", keys: [.enter]),
                scroll(LocalizedText(ja: "スクロール（小さい画面）", en: "scroll (small screens)")),
                help, redraw,
            ]
        case .training:
            return menu(4, leave: toMenu)
        case .trainingDate:
            return [KeyBinding("Enter", "決定", "confirm", keys: [.enter])] + textField + [back, help, redraw]
        case .quiz(let phase):
            switch phase {
            case .story:
                return [KeyBinding("Enter", "質問に答える", "answer the questions", keys: [.enter]),
                        KeyBinding("Esc", "クイズを終える", "end the quiz", keys: [.escape]), help, redraw]
            case .answer:
                return [KeyBinding("1-\(QuizAnswer.allCases.count)", "答える", "answer", keys: digits(1...QuizAnswer.allCases.count)),
                        move,
                        KeyBinding("Enter", "決定", "answer", keys: [.enter]),
                        KeyBinding("Esc", "質問に戻る", "back to the questions", keys: [.escape]), help, redraw]
            case .reveal:
                return [KeyBinding("Enter", "次の例題", "next example", keys: [.enter]),
                        KeyBinding("Esc", "クイズを終える", "end the quiz", keys: [.escape]),
                        scroll(LocalizedText(ja: "スクロール（小さい画面）", en: "scroll (small screens)")), help, redraw]
            case .summary:
                return [KeyBinding("Enter Esc", "研修メニューへ", "training menu", keys: [.enter, .escape]), help, redraw]
            }
        case .pinSetup:
            return [KeyBinding("0-9", "PINを入力", "type the PIN", footer: false, keys: digits(0...9)),
                    KeyBinding("Enter", "決定", "confirm", keys: [.enter])]
                + textField.filter { $0.also == nil }
                + [KeyBinding("Esc", "やめる", "cancel", keys: [.escape]), help, redraw]
        case .adminPin where Wizard.pinLockRemaining(s, env) > 0:
            // Locked: the prompt takes no key but Esc, so it lists no other.
            return [KeyBinding("Esc", "やめる", "cancel", keys: [.escape]), help, redraw]
        case .adminPin:
            return [KeyBinding("0-9", "PINを入力", "type the PIN", footer: false, keys: digits(0...9)),
                    KeyBinding("Enter", "決定", "confirm", keys: [.enter])]
                + textField.filter { $0.also == nil }
                + [KeyBinding("Esc", "やめる", "cancel", keys: [.escape]), help, redraw]
        case .admin:
            return menu(3, leave: KeyBinding("Esc", "受付に戻る", "back to reception", keys: [.escape]))
        case .tally:
            return [KeyBinding("1-3", "期間", "period", keys: digits(1...3)),
                    KeyBinding("￩￫ Tab", "期間を切り替え", "switch period", footer: false, keys: [.right, .left, .tab]),
                    KeyBinding("Enter r", "読み直す", "reload", keys: [.enter, .char("r")]),
                    back, help, redraw]
        case .adoption:
            return menu(AdoptionItem.allCases.count, leave: toMenu)
        case .contact:
            return [KeyBinding("Esc Enter", "戻る", "back", keys: [.escape, .enter]), help, redraw]
        case .registration(let page):
            var keys = [KeyBinding("￪￬ Tab", "項目を移動", "move between fields", keys: [.down, .up, .tab, .backTab])]
            switch page.focusedRow {
            case .field(.affiliation):
                keys.append(KeyBinding("￩￫ 1-7", "選ぶ", "choose", keys: [.right, .left, .char(" ")] + digits(1...7)))
                keys.append(KeyBinding("Enter", "次へ", "next", keys: [.enter]))
            case .field(.locationConfirmed), .field(.termsAccepted), .confirmCode:
                keys.append(KeyBinding("Space", "チェック", "tick", keys: [.char(" ")]))
                keys.append(KeyBinding("Enter", "次へ", "next", keys: [.enter]))
            case .save:
                keys.append(KeyBinding("Enter", "控えを保存", "save the sheet", keys: [.enter]))
                keys.append(KeyBinding("P", "印刷", "print", keys: [.char("p"), .char("P")]))
            case .field:
                keys.append(KeyBinding("Enter", "次へ", "next", keys: [.enter]))
                keys += textField
            }
            let helpKey = Wizard.typesQuestionMarks(s) ? helpF1 : help
            return keys + [back, helpKey, redraw]
        case .leaflet:
            return [KeyBinding("Enter S", "印刷用に保存", "save to print", keys: [.enter, .char("s"), .char("S")]),
                    KeyBinding("P", "印刷", "print", keys: [.char("p"), .char("P")]),
                    scroll(), back, help, redraw]
        case .appGuide:
            return [scroll(), KeyBinding("Esc Enter", "戻る", "back", keys: [.escape, .enter]), help, redraw]
        case .settings:
            return [
                move,
                KeyBinding("￩￫ Enter", "変更", "change", keys: [.right, .left, .enter, .char(" ")]),
                KeyBinding("1-\(SettingsRow.allCases.count)", "項目を変更", "change an item", footer: false,
                           keys: digits(1...SettingsRow.allCases.count)),
                toMenu,
                help, redraw,
            ]
        }
    }
}
