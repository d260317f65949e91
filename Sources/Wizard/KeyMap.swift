import Eligibility

/// One key of a page: what to press, what it does, and whether the footer shows it. The footer and the `?` help
/// are both built from this list, next to the reducer that implements it, so they cannot disagree.
/// Arrows are the half-width forms ￩￪￫￬: the usual ←↑→↓ are ambiguous-width and would push a full-width footer
/// past the edge on terminals set to draw ambiguous characters wide.
public struct KeyBinding: Hashable, Sendable {
    public let keys: String
    public let meaning: LocalizedText
    public let inFooter: Bool
    /// A key that exercises the binding (tests press it and expect something to happen).
    public let sample: Key

    init(_ keys: String, _ ja: String, _ en: String, footer: Bool = true, sample: Key) {
        self.keys = keys
        meaning = LocalizedText(ja: ja, en: en)
        inFooter = footer
        self.sample = sample
    }
}

public enum KeyMap {
    static let help = KeyBinding("? F1", "ヘルプ", "help", sample: .char("?"))
    static let redraw = KeyBinding("Ctrl-L", "画面を描き直す", "redraw the screen", footer: false, sample: .ctrl("l"))
    static let toMenu = KeyBinding("Esc", "メニューへ", "menu", sample: .escape)

    /// A numbered menu: a number opens its item, the arrows move the mark, Enter opens the marked one.
    static func menu(_ count: Int, sample: Character = "1", leave: KeyBinding) -> [KeyBinding] {
        [KeyBinding("1-\(count)", "選ぶ", "choose", sample: .char(sample)),
         KeyBinding("￪￬", "移動", "move", sample: .down),
         KeyBinding("Enter", "開く", "open", sample: .enter),
         leave, help, redraw]
    }

    /// The keys of what is on screen now.
    public static func bindings(_ s: WizardState, _ env: WizardEnvironment) -> [KeyBinding] {
        if s.autoplay != nil {
            return [KeyBinding("Enter …", "どれかのキーで止める", "any key stops", sample: .enter)]
        }
        if let overlay = s.overlay {
            switch overlay {
            case .help: return [KeyBinding("Esc ?", "閉じる", "close", sample: .escape)]
            case .quitConfirm: return [KeyBinding("y", "終了する", "quit", sample: .char("y")),
                                       KeyBinding("n Esc", "戻る", "stay", sample: .char("n"))]
            }
        }
        switch s.page {
        case .home:
            return menu(5, leave: KeyBinding("q", "終了", "quit", sample: .char("q")))
        case .check(let f):
            // A kiosk's first question has nothing before it.
            let back = env.mode == .kiosk && f.step == .online ? [] : [KeyBinding("Esc", "戻る", "back", sample: .escape)]
            if f.step.isDate || (f.step == .insurer && f.typingNumber) {
                return [
                    KeyBinding("Enter", "決定", "confirm", sample: .enter),
                    KeyBinding("￩￫", "カーソル", "caret", footer: false, sample: .left),
                    KeyBinding("BS", "1文字消す", "delete a character", footer: false, sample: .backspace),
                ] + back + [help, redraw]
            }
            if f.step == .holds {
                return [
                    KeyBinding("1-5", "選択・解除", "toggle", sample: .char("1")),
                    KeyBinding("￪￬", "移動", "move", sample: .down),
                    KeyBinding("Space", "選択・解除", "toggle", footer: false, sample: .char(" ")),
                    KeyBinding("Enter", "次へ", "next", sample: .enter),
                ] + back + [help, redraw]
            }
            return [
                KeyBinding("1-\(f.optionCount)", "選ぶ", "choose", sample: .char("1")),
                KeyBinding("￪￬", "移動", "move", sample: .down),
                KeyBinding("Enter", "決定", "choose", sample: .enter),
            ] + back + [help, redraw]
        case .result:
            return [
                KeyBinding("Enter", "次の患者", "next patient", sample: .enter),
                KeyBinding("P", "患者さん向け表示", "patient view", sample: .char("p")),
                KeyBinding("￪￬ PgUp PgDn", "スクロール", "scroll", footer: false, sample: .down),
                KeyBinding("Esc", "前の質問へ", "back to the questions", sample: .escape),
                help, redraw,
            ]
        case .patient:
            return [
                KeyBinding("P Esc", "結果に戻る", "back to the result", sample: .escape),
                KeyBinding("Enter", "次の患者", "next patient", sample: .enter),
                KeyBinding("￪￬ PgUp PgDn", "スクロール（小さい画面）", "scroll (small screens)", footer: false, sample: .down),
                help, redraw,
            ]
        case .training:
            return menu(4, sample: "4", leave: toMenu)
        case .trainingDate:
            return [
                KeyBinding("Enter", "決定", "confirm", sample: .enter),
                KeyBinding("Esc", "戻る", "back", sample: .escape),
                help, redraw,
            ]
        case .quiz(let phase):
            switch phase {
            case .story:
                return [KeyBinding("Enter", "質問に答える", "answer the questions", sample: .enter),
                        KeyBinding("Esc", "クイズを終える", "end the quiz", sample: .escape), help, redraw]
            case .answer:
                return [KeyBinding("1-6", "答える", "answer", sample: .char("1")),
                        KeyBinding("￪￬", "移動", "move", sample: .down),
                        KeyBinding("Enter", "決定", "answer", sample: .enter),
                        KeyBinding("Esc", "質問に戻る", "back to the questions", sample: .escape), help, redraw]
            case .reveal:
                return [KeyBinding("Enter", "次の例題", "next example", sample: .enter),
                        KeyBinding("Esc", "クイズを終える", "end the quiz", sample: .escape), help, redraw]
            case .summary:
                return [KeyBinding("Enter Esc", "研修メニューへ", "training menu", sample: .enter), help, redraw]
            }
        case .pinSetup:
            return [KeyBinding("0-9", "PINを入力", "type the PIN", footer: false, sample: .char("1")),
                    KeyBinding("Enter", "決定", "confirm", sample: .enter),
                    KeyBinding("Esc", "やめる", "cancel", sample: .escape), help, redraw]
        case .adminPin:
            return [KeyBinding("Enter", "決定", "confirm", sample: .enter),
                    KeyBinding("Esc", "やめる", "cancel", sample: .escape), help, redraw]
        case .admin:
            return menu(3, leave: KeyBinding("Esc", "受付に戻る", "back to reception", sample: .escape))
        case .tally:
            return [KeyBinding("1-3", "期間", "period", sample: .char("2")),
                    KeyBinding("￩￫", "期間を切り替え", "switch period", footer: false, sample: .right),
                    KeyBinding("Enter r", "読み直す", "reload", sample: .enter),
                    KeyBinding("Esc", "戻る", "back", sample: .escape), help, redraw]
        case .adoption:
            return menu(3, leave: toMenu)
        case .contact:
            return [KeyBinding("Esc Enter", "戻る", "back", sample: .escape), help, redraw]
        case .registration(let page):
            var keys = [KeyBinding("￪￬ Tab", "項目を移動", "move between fields", sample: .down)]
            switch page.focusedRow {
            case .field(.affiliation):
                keys.append(KeyBinding("￩￫ 1-7", "選ぶ", "choose", sample: .right))
            case .field(.locationConfirmed), .field(.termsAccepted), .confirmCode:
                keys.append(KeyBinding("Space", "チェック", "tick", sample: .char(" ")))
            case .save:
                keys.append(KeyBinding("Enter", "控えを保存", "save the sheet", sample: .enter))
            case .field:
                keys.append(KeyBinding("Enter", "次へ", "next", sample: .enter))
            }
            let helpKey = Wizard.typesQuestionMarks(s) ? KeyBinding("F1", "ヘルプ", "help", sample: .function(1)) : help
            return keys + [KeyBinding("Esc", "戻る", "back", sample: .escape), helpKey, redraw]
        case .leaflet:
            return [KeyBinding("Enter S", "印刷用に保存", "save to print", sample: .enter),
                    KeyBinding("￪￬ PgUp PgDn", "スクロール", "scroll", footer: false, sample: .pageDown),
                    KeyBinding("Esc", "戻る", "back", sample: .escape), help, redraw]
        case .settings:
            return [
                KeyBinding("￪￬", "移動", "move", sample: .down),
                KeyBinding("￩￫ Enter", "変更", "change", sample: .right),
                KeyBinding("1-5", "項目を変更", "change an item", footer: false, sample: .char("1")),
                toMenu,
                help, redraw,
            ]
        }
    }
}
