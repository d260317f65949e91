import Eligibility
import Facility
import Screen
import Testing
import Wizard
import WizardTestSupport

/// Findings of a read-aloud session on the smallest usable screen (60×18) and the designed one (80×24): a
/// receptionist must see how to go back, read every line of help, and reach every line of a long page.
@Suite struct SmallScreenTests {
    static let sizes = [(60, 18), (80, 24)]

    /// The pages of the snapshots, and the check as the training mode's practice asks it (its banner takes a row).
    static var pages: [(String, Driver)] {
        var out = scenes.map { ($0.name, $0.make()) }
        for (mode, language) in [(Mode.demo, Language.ja), (.demo, .en), (.kiosk, .ja), (.kiosk, .en)] {
            let tag = "\(mode) \(language)"
            var d = Driver(mode: mode, visitDate: "2025-08-05", language: language)
            if mode == .demo { d.press(.char("2"), .char("1")) }
            out.append(("\(tag) online", d))
            d.press(.char("1"))
            out.append(("\(tag) holds", d))
            var date = d
            date.press(.char("2"), .enter)
            out.append(("\(tag) certificate expiry", date))
            d.press(.char("3"), .enter)
            out.append(("\(tag) insurer", d))
            d.press(.char("9"))
            d.type("06")
            out.append(("\(tag) insurer number", d))
        }
        return out
    }

    @Test func theResultFooterKeepsEscAt60x18() {
        var d = Driver()
        d.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter)
        #expect(d.render(60, 18).snapshot.split(separator: "\n").last == " Enter 次の患者  P 患者向け  Esc 前の質問へ  ? F1 ヘルプ")
        #expect(d.render(80, 24).snapshot.split(separator: "\n").last
                == " Enter 次の患者  P 患者さん向け表示  Esc 前の質問へ  ? F1 ヘルプ", "80 columns keep the long words")
        var en = Driver(language: .en)
        en.press(.char("1"), .char("2"), .char("1"), .char("5"), .enter)
        #expect(en.render(60, 18).snapshot.split(separator: "\n").last == " Enter next patient  P patient view  Esc back  ? F1 help")
    }

    /// Esc (back, or out) and help are the last keys a footer gives up: on every page, at both sizes.
    @Test func everyFooterShowsEscAndHelp() {
        for (name, d) in Self.pages {
            let bindings = KeyMap.bindings(d.state, d.env).filter(\.inFooter)
            let lang = d.state.language(d.env)
            for (w, h) in Self.sizes {
                let footer = d.render(w, h).lines[h - 1]
                for b in bindings where b.keys.contains(.escape) || b.keys.contains(.function(1)) {
                    #expect(footer.contains(b.label[lang] + " "), "\(name) at \(w)×\(h): \(footer)")
                }
            }
        }
    }

    /// The `?` help shows every key and what it does, whole, and how to close it, at both sizes.
    @Test func everyHelpFitsTheScreen() {
        for (name, page) in Self.pages {
            var d = page
            d.press(.function(1))
            guard d.state.overlay == .help else { continue }
            var under = d.state
            under.overlay = nil
            let lang = d.state.language(d.env)
            for (w, h) in Self.sizes {
                let grid = d.render(w, h)
                let text = Self.panelText(grid).filter { !$0.isWhitespace }
                let shown = { (s: String) in grid.traits.asciiOnly ? s.filter(\.isASCII) : s }
                for b in KeyMap.bindings(under, d.env) {
                    let words = shown(b.label[lang] + b.meaning[lang]).filter { !$0.isWhitespace }
                    #expect(text.contains(words), "\(name) at \(w)×\(h): \(b.label[lang]) \(b.meaning[lang])\n\(grid.snapshot)")
                }
                #expect(text.contains(shown(UIText.helpClose[lang]).filter { !$0.isWhitespace }),
                        "\(name) at \(w)×\(h): no way to close shown\n\(grid.snapshot)")
            }
        }
    }

    /// A quiz's answer with a long explanation at 60×18 reaches below the screen: the keys of the other long pages
    /// bring its last line up, with the same 「続きあり」 mark under the title, and Home goes back to the top.
    @Test func theQuizAnswerScrollsAt60x18() throws {
        var d = Driver()
        d.send(.resize(width: 60, height: 18))
        d.opens(.training)
        d.opens(training: .quiz)
        // The first example whose answer — a wrong one, with nothing held — is taller than the screen.
        var last: String?
        for _ in 0..<10 where last == nil {
            d.beginsTheExample()
            d.answersTheFacilityIs(.no)
            d.patientShows()
            d.answersTheQuiz(.notConfirmed)
            guard case .quiz(.reveal(let result, _)) = d.state.page else { break }
            let scenario = try #require(d.env.training.scenario(id: result.scenarioID))
            let end = TextWrap.lines(scenario.explanation(.ja), width: 56, d.render(60, 18).traits).last
            if let end, !d.render(60, 18).lines.contains(where: { $0.contains(end) }) { last = end } else { d.goesToTheNextExample() }
        }
        let hidden = try #require(last, "an answer taller than 60×18")
        let top = d.render(60, 18).lines
        #expect(top.contains { $0.contains("続きあり  PgDn/￬") }, "the mark under the title, as on a result")
        d.press(.pageDown, .pageDown, .pageDown)
        let end = d.render(60, 18).lines
        #expect(end.contains { $0.contains(hidden) }, "the explanation's last line is reached")
        #expect(end.contains { $0.contains("PgUp/￪ で上へ") })
        d.press(.home)
        #expect(d.render(60, 18).lines == top, "Home is the top again")
        d.goesToTheNextExample()
    }

    /// The text inside the framed panel, row by row.
    static func panelText(_ g: Grid) -> String {
        guard let top = (0..<g.height).first(where: { g.lines[$0].contains("+--") }) else { return "" }
        let x0 = (0..<g.width).first { g[x: $0, y: top].text == "+" }!
        var x1 = x0 + 1
        while x1 < g.width && g[x: x1, y: top].text == "-" { x1 += 1 }
        var rows: [String] = []
        for y in (top + 1)..<g.height where g[x: x0, y: y].text == "|" {
            rows.append((x0 + 1..<x1).map { g[x: $0, y: y].text }.joined())
        }
        return rows.joined()
    }
}
