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
}
