import Eligibility
import Screen
import Testing
import Wizard
import WizardTestSupport

/// A kiosk serving with the built-in rules instead of a refused --rules file: the warning under the header stays
/// through keys and results, and wraps onto a second line on a narrow screen.
@Suite struct RulesWarningTests {
    static let warning = LocalizedText(ja: "--rules のファイルを使えません。内蔵ルール 2026.12-1 で受付中（詳細はログ）",
                                       en: "The --rules file cannot be used: checking with the built-in rules 2026.12-1 (see the log)")

    @Test func theWarningStaysOnEveryScreen() {
        var d = Driver(mode: .kiosk)
        d.state.rulesWarning = Self.warning
        Snapshots.check(d.render(80, 24), "kiosk-rules-warning-question")
        d.press(.char("2"), .char("1"), .enter)
        #expect(d.result != nil)
        Snapshots.check(d.render(80, 24), "kiosk-rules-warning-result")
        Snapshots.check(d.render(60, 18), "kiosk-rules-warning-result")
        d.press(.escape, .escape, .escape)
        #expect(d.render(80, 24).lines[1].contains("内蔵ルール 2026.12-1"))
    }
}
