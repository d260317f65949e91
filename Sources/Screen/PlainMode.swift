import Adoption
import Eligibility
import Wizard

/// `--plain`: the same wizard as numbered line prompts, for screen readers, TERM=dumb and pipes. A state becomes a
/// block of text and a prompt; a typed line becomes the keys the full-screen wizard would have received.
public enum PlainMode {
    /// A numbered menu's items, one a line: "  1. label".
    static func numbered<Item: NumberedItem>(_ label: (Item) -> String) -> [String] {
        Item.allCases.map { "  \($0.rawValue). " + label($0) }
    }

    /// What a line means for the current state.
    public enum Input: Equatable, Sendable {
        case keys([Key])
        /// The line could not be understood here; say why and ask again.
        case problem(LocalizedText)
    }

    /// The block to print for a state (question, options, errors, result), ending with the prompt line.
    public static func block(_ s: WizardState, _ env: WizardEnvironment) -> String {
        let lang = s.language(env)
        let ja = lang == .ja
        var out: [String] = []
        if let notice = s.notice { out.append("! " + notice.text[lang] + (notice.path.map { ": " + $0 } ?? "")) }
        if let overlay = s.overlay {
            switch overlay {
            case .help:
                var under = s
                under.overlay = nil
                out.append("== \(UIText.helpTitle[lang]) ==")
                out += helpLines(KeyMap.bindings(under, env), lang)
            case .quitConfirm:
                out.append(UIText.quitQuestion[lang])
            }
            return out.joined(separator: "\n") + "\n"
        }
        switch s.page {
        case .home:
            out.append("== \(UIText.appName[lang])  \(DateText.full(s.visitDate, lang))  "
                + UIText.facilityBadge(s.settings.online.known)[lang] + " ==")
            if env.mode == .demo { out.append("[\(UIText.demoBanner[lang])]") }
            out += numbered { (item: Wizard.MenuItem) in UIText.menuItem(item)[lang] + ": " + UIText.menuDetail(item)[lang] }
            out.append("  q. " + (ja ? "終了" : "Quit"))
            out.append(ja ? "番号を入力してください" : "Type a number")
        case .check(let f):
            let (n, m) = f.progress
            out.append("-- \(UIText.checkTitle[lang]) \(UIText.progress(n, m)[lang]) --")
            out.append(UIText.question(f.step, online: f.answers.online)[lang])
            let labels = CheckView.optionLabels(f, env.rules, lang)
            for (i, label) in labels.enumerated() {
                let mark = f.question.kind == .several ? (f.answers.holds.contains(DocumentKind.allCases[i]) ? "[x] " : "[ ] ") : ""
                out.append("  \(i + 1). \(mark)\(label)")
            }
            if let error = f.error { out.append("! " + error[lang]) }
            switch f.step {
            case _ where f.question.kind == .several:
                out.append(ja ? "お持ちのものの番号をスペースかカンマで区切って入力（何もなければ空のまま Enter）"
                              : "Type the numbers of what the patient holds, separated by spaces or commas (empty line: nothing)")
            case _ where f.step.isDate:
                out.append(UIText.dateHint(zeroAllowed: f.acceptsNone(on: s.checkDate, env.rules), step: f.step)[lang])
            case _ where f.typingNumber:
                out.append(UIText.insurerNumberPrompt[lang] + (ja ? "を入力（b で種類の一覧へ）" : " (b: back to the list)"))
            case _ where f.question.typesInsurerNumber:
                out.append(ja ? "番号を入力（保険者番号をそのまま入力しても可）" : "Type a number (or the insurer number itself)")
            default:
                let preset = f.cursor + 1
                out.append(ja ? "番号を入力（空のまま Enter で \(preset)）" : "Type a number (empty line: \(preset))")
            }
        case .result(let page):
            let verdict = env.rules.verdicts[page.decision.verdict]!
            out.append("== \(UIText.resultTitle[lang]) ==")
            out.append("\(verdict.label[lang]) \(verdict.symbol)")
            for line in ResultView.lines(page, env, width: 10_000, .standard, lang) where !line.text.isEmpty {
                out.append(String(repeating: " ", count: line.indent) + line.text)
            }
            out.append(ja ? "Enter: 次の患者　p: 患者さん向け表示　b: 前の質問へ" : "Enter: next patient  p: patient view  b: back to the questions")
        case .patient(let page, _):
            out.append("== \(UIText.patientTitle[lang]) ==")
            out.append(env.rules.script(for: page.decision, lang))
            out.append(ja ? "Enter: 次の患者　b: 結果に戻る" : "Enter: next patient  b: back to the result")
        case .training:
            out.append("== \(UIText.trainingTitle[lang])  \(UIText.trainingDateNow(DateText.full(s.visitDate, lang))[lang]) ==")
            out += numbered { (item: TrainingItem) in UIText.trainingItem(item)[lang] + ": " + UIText.trainingDetail(item)[lang] }
            out.append(ja ? "番号を入力してください（b でメニューへ）" : "Type a number (b: menu)")
        case .trainingDate(_, let error):
            out.append(UIText.trainingDateQuestion[lang])
            if let error { out.append("! " + error[lang]) }
        case .quiz(let phase):
            out += quizLines(phase, s, env, lang)
        case .adoption:
            out.append("== \(UIText.adoptionTitle[lang]) ==")
            out += numbered { (item: AdoptionItem) in UIText.adoptionItem(item)[lang] }
            out.append(ja ? "番号を入力してください（b でメニューへ）" : "Type a number (b: menu)")
        case .contact:
            let info = env.rules.callCenter
            out.append("== \(UIText.contactTitle[lang]) ==")
            out.append(info.name[lang] + "  " + UIText.contactPhone[lang] + ": " + info.phone)
            out.append(UIText.contactHours[lang] + ": " + info.hoursText(lang))
            if let now = s.japanTime {
                let status = CallCenterStatus(at: now, callCenter: info)
                out.append(UIText.contactNow[lang] + ": " + status.text(lang))
                if let next = status.nextOpen { out.append(UIText.contactNext[lang] + ": " + DateText.withTime(next, lang)) }
                if let note = status.note { out.append("! " + note[lang]) }
            }
            out.append(UIText.contactPortal[lang] + ": " + env.rules.portalSite.url)
        case .registration(let page):
            out += registrationLines(page, lang)
        case .appGuide:
            out.append("== \((env.rules.appGuide?.title ?? UIText.adoptionItem(.app))[lang]) ==")
            if let guide = env.rules.appGuide {
                for section in guide.sections {
                    out.append("")
                    out.append("[\(section.heading[lang])]")
                    out.append(section.body[lang])
                }
            } else {
                out.append(UIText.appGuideMissing[lang])
            }
            out.append(ja ? "Enter: 戻る" : "Enter: back")
        case .leaflet:
            out += PatientLeaflet.lines(rules: env.rules, facilityName: Wizard.facilityName(s), language: lang).map(\.text)
            out.append(ja ? "Enter: 印刷用に保存　b: 戻る" : "Enter: save to print  b: back")
        case .pinSetup(let setup):
            out.append("== \(UIText.pinSetupTitle[lang]) ==")
            if let error = setup.error { out.append("! " + error[lang]) }
            out.append(setup.onSecond ? UIText.pinSetupSecond[lang] : UIText.pinSetupFirst[lang])
        case .adminPin(_, let error):
            out.append("== \(UIText.adminPinTitle[lang]) ==")
            let locked = Wizard.pinLockRemaining(s, env)
            if locked > 0 { out.append("! " + UIText.pinLocked(seconds: locked)[lang]) }
            if let error { out.append("! " + error[lang]) }
        case .admin:
            out.append("== \(UIText.adminTitle[lang]) ==")
            out += numbered { (item: AdminItem) in UIText.adminItem(item)[lang] }
        case .tally(let page):
            out.append("== \(UIText.tallyTitle[lang]): \(UIText.tallySpan(page.span)[lang]) ==")
            if let problem = page.problem { out.append("! " + problem[lang]) }
            if let c = page.report?.counts {
                out.append(UIText.tallyTotal(c.total)[lang])
                for v in Verdict.allCases { out.append("  \(env.rules.verdicts[v]!.label[lang]): \(c.count(v))") }
                out.append(UIText.tallyByHeld[lang])
                for d in DocumentKind.allCases { out.append("  \(env.rules.documents[d]!.short[lang]): \(c.count(holding: d))") }
                out.append("  \(UIText.tallyNothing[lang]): \(c.heldNothing)")
                out.append(UIText.tallyHeadline[lang] + ": " + UIText.tallyHeadlineFigure(
                    c.offlineExtra, TallyView.percent(c.offlineExtraShare), TallyView.percent(c.offlineExtraShareOfOffline))[lang])
            }
            out.append(ja ? "1 今日・2 7日間・3 30日間（b で戻る）" : "1 today, 2 7 days, 3 30 days (b: back)")
        case .settings:
            out.append("== \(UIText.settingsTitle[lang]) ==")
            for row in SettingsRow.allCases {
                out.append("  \(row.rawValue + 1). \(UIText.settingsRow(row)[lang]): \(SettingsView.settingValue(row, s.settings, lang))")
            }
            out.append(ja ? "番号で値を切り替え（b でメニューへ）" : "Type a number to change it (b: menu)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The page's keys as they are typed here, one line each: a number, an empty line for Enter, b for Esc, text and
    /// Enter for a field. Keys plain mode has no use for (arrows, scrolling, editing, Ctrl-L) are left out.
    static func helpLines(_ bindings: [KeyBinding], _ lang: Language) -> [String] {
        let ja = lang == .ja
        var lines: [String] = []
        for b in bindings {
            let typed: String
            if b.also == .typing {
                typed = ja ? "文字を入力して Enter" : "text, then Enter"
            } else if b.keys.first == .escape {
                typed = "b"
            } else if b.keys.first == .enter {
                typed = ja ? "空の行" : "an empty line"
            } else if case .char(let c)? = b.keys.first, c.isLetter || c.isNumber || c == "?" {
                typed = b.label[lang]
            } else {
                continue
            }
            let line = "  \(typed): \(b.meaning[lang])"
            if !lines.contains(line) { lines.append(line) }
        }
        return lines
    }

    static func registrationLines(_ page: RegistrationPage, _ lang: Language) -> [String] {
        let ja = lang == .ja
        var lines = ["-- \(UIText.registrationTitle[lang]) --"]
        switch page.focusedRow {
        case .field(let f):
            lines.append(f.label[lang] + (f.rule.map { lang.parenthesized($0[lang]) } ?? ""))
            for p in page.problems(f) { lines.append((p.severity == .error ? "! " : "? ") + p.text(lang)) }
            switch f {
            case .affiliation:
                for (i, a) in Affiliation.allCases.enumerated() { lines.append("  \(i + 1). \(a.label[lang])") }
            case .locationConfirmed, .termsAccepted:
                lines.append(ja ? "y: はい　n: いいえ" : "y: yes  n: no")
            default:
                if !page.text(f).isEmpty && f != .password && f != .passwordConfirmation {
                    lines.append((ja ? "いまの入力: " : "Now: ") + page.text(f) + (ja ? "（空のまま Enter でそのまま）" : " (empty line keeps it)"))
                }
            }
        case .confirmCode:
            for p in page.form.facilityCodeWarnings { lines.append("? " + p.text(lang)) }
            lines.append(UIText.registrationConfirmCode[lang] + (ja ? "（y / n）" : " (y / n)"))
        case .save:
            lines.append(UIText.registrationSave[lang] + (ja ? ": Enter" : ": Enter"))
        }
        return lines
    }

    static func quizLines(_ phase: QuizPhase, _ s: WizardState, _ env: WizardEnvironment, _ lang: Language) -> [String] {
        let ja = lang == .ja
        guard let quiz = s.quiz else { return [] }
        if case .summary = phase {
            let right = quiz.results.filter { $0.isRight }.count
            var lines = ["== \(UIText.quizTitle[lang]): \(UIText.quizScore(right, quiz.results.count)[lang]) =="]
            for r in quiz.results where !r.isRight {
                guard let sc = env.training.scenario(id: r.scenarioID) else { continue }
                lines.append("  - \(sc.title(lang)): \(UIText.quizCorrectAnswer[lang]) \(UIText.quizAnswer(r.correct)[lang])")
            }
            lines.append(ja ? "Enter で研修メニューへ" : "Enter: training menu")
            return lines
        }
        guard let id = quiz.currentID, let sc = env.training.scenario(id: id) else { return [] }
        var lines = ["== \(UIText.quizTitle[lang]) \(UIText.quizProgress(quiz.index + 1, quiz.order.count)[lang]): \(sc.title(lang)) =="]
        switch phase {
        case .story:
            lines.append("\(UIText.quizFacility[lang]): " + env.rules.facilityLabel(sc.checkCase.online, lang)
                         + "  " + DateText.full(sc.checkCase.visitDate, lang))
            lines.append(sc.story(lang))
            lines.append(ja ? "Enter で質問に答えます（b でクイズを終える）" : "Enter: answer the questions (b: end the quiz)")
        case .answer:
            lines.append(UIText.quizQuestion[lang])
            for a in QuizAnswer.allCases { lines.append("  \(a.rawValue). \(UIText.quizAnswer(a)[lang])") }
        case .reveal(let r, _):
            lines.append((r.isRight ? UIText.quizRight : UIText.quizWrong)[lang] + "  "
                         + UIText.quizCorrectAnswer[lang] + ": " + UIText.quizAnswer(r.correct)[lang])
            lines.append(UIText.quizExplanation[lang] + ": " + sc.explanation(lang))
            lines.append(ja ? "Enter で次の例題（b でクイズを終える）" : "Enter: next example (b: end the quiz)")
        case .summary:
            break
        }
        return lines
    }

    /// The keys a typed line stands for, in the current state.
    public static func keys(for line: String, _ s: WizardState, _ env: WizardEnvironment) -> Input {
        let text = String(line.trimmingSpaces)
        let lower = text.lowercased()
        let lang = s.language(env)
        if s.overlay == .help { return .keys([.escape]) }
        if s.overlay == .quitConfirm { return text.isEmpty ? .keys([.char("n")]) : .keys([.char(Character(lower.prefix(1).description))]) }
        // An Esc key typed on the line arrives as ESC (and, for the arrows and F-keys, the rest of their sequence).
        if lower == "b" || lower == "esc" || text == "戻る" || text.hasPrefix("\u{1B}") { return .keys([.escape]) }
        if text == "?" || text == "？" { return .keys([.char("?")]) }
        switch s.page {
        case .training where text == "3":
            return .problem(LocalizedText(ja: "自動再生は全画面表示でだけ使えます", en: "Autoplay needs the full screen"))
        case .home, .settings, .training:
            guard let c = text.first else { return .keys([.enter]) }
            return text.count == 1 ? .keys([.char(c)]) : .problem(notUnderstood(text, lang))
        case .trainingDate, .pinSetup, .adminPin:
            return .keys([.end, .ctrl("u")] + text.map { Key.char($0) } + [.enter])
        case .contact:
            return .keys([.escape])
        case .leaflet:
            return .keys([.enter])
        case .appGuide:
            return .keys([.escape])
        case .registration(let page):
            switch page.focusedRow {
            case .field(.affiliation):
                guard let n = Int(text), (1...Affiliation.allCases.count).contains(n) else {
                    return text.isEmpty ? .keys([.enter]) : .problem(notUnderstood(text, lang))
                }
                return .keys([.char(Character(String(n))), .enter])
            case .field(.locationConfirmed), .field(.termsAccepted), .confirmCode:
                let ticked: Bool = switch page.focusedRow {
                case .field(.locationConfirmed): page.form.locationConfirmed
                case .field(.termsAccepted): page.form.termsAccepted
                default: page.form.facilityCodeWarningsConfirmed
                }
                let yes = lower == "y" || text == "はい"
                guard yes || lower == "n" || text == "いいえ" else { return .problem(notUnderstood(text, lang)) }
                return .keys((yes != ticked ? [.char(" ")] : []) + [.down])
            case .field:
                if text.isEmpty { return .keys([.enter]) }
                return .keys([.end, .ctrl("u")] + text.map { Key.char($0) } + [.enter])
            case .save:
                return .keys([.enter])
            }
        case .admin, .tally, .adoption:
            guard let c = text.first else { return .keys([.enter]) }
            return text.count == 1 ? .keys([.char(c)]) : .problem(notUnderstood(text, lang))
        case .quiz(let phase):
            if text.isEmpty { return .keys([.enter]) }
            if case .answer = phase, let n = text.first?.wholeNumberValue, text.count == 1, (1...QuizAnswer.allCases.count).contains(n) {
                return .keys([.char(Character(String(n)))])
            }
            return .problem(notUnderstood(text, lang))
        case .result:
            if text.isEmpty { return .keys([.enter]) }
            if lower == "p" { return .keys([.char("p")]) }
            return .problem(notUnderstood(text, lang))
        case .patient:
            return text.isEmpty ? .keys([.enter]) : .keys([.escape])
        case .check(let f):
            if f.step.isDate || f.typingNumber {
                return .keys([.end, .ctrl("u")] + text.map { Key.char($0) } + [.enter])
            }
            if f.question.typesInsurerNumber && text.count >= 6 && text.allSatisfy({ $0.isNumber }) {
                // The insurer number typed straight away.
                return .keys([.char(Character(String(f.optionCount)))] + text.map { Key.char($0) } + [.enter])
            }
            if f.question.kind == .several {
                var wanted = DocumentSet()
                for token in text.split(whereSeparator: { " ,、，".contains($0) }) {
                    guard let n = Int(token.map { $0.wholeNumberValue.map(String.init) ?? "x" }.joined()), (1...5).contains(n) else {
                        return .problem(LocalizedText(ja: "「\(visible(String(token)))」は 1〜5 の番号ではありません", en: "\"\(visible(String(token)))\" is not a number 1–5"))
                    }
                    wanted.insert(DocumentKind.allCases[n - 1])
                }
                var keys: [Key] = []
                for (i, kind) in DocumentKind.allCases.enumerated() where wanted.contains(kind) != f.answers.holds.contains(kind) {
                    keys.append(.char(Character(String(i + 1))))
                }
                return .keys(keys + [.enter])
            }
            if text.isEmpty { return .keys([.enter]) }
            guard let n = text.first?.wholeNumberValue, text.count == 1, n >= 1, n <= f.optionCount else {
                return .problem(LocalizedText(ja: "「\(visible(text))」は 1〜\(f.optionCount) の番号ではありません",
                                              en: "\"\(visible(text))\" is not a number 1–\(f.optionCount)"))
            }
            return .keys([.char(Character(String(n)))])
        }
    }

    static func notUnderstood(_ text: String, _ lang: Language) -> LocalizedText {
        let shown = visible(text)
        return LocalizedText(ja: "「\(shown)」はここでは使えません（? でキーの一覧）", en: "\"\(shown)\" does nothing here (? lists the keys)")
    }

    /// Control characters in a typed line as \u{…}, so an echo never drives the terminal.
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.flatMap { s -> [Character] in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? Array("\\u{\(String(s.value, radix: 16, uppercase: true))}") : [Character(s)]
        })
    }
}
