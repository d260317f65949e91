import ArgumentParser
import Eligibility
import Headless

/// `uketsuke rules`: the active rules file (`rules show`, the default) and `rules diff OLD NEW`.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show the active rules file, or compare two.",
        subcommands: [RulesShowCommand.self, RulesDiffCommand.self],
        defaultSubcommand: RulesShowCommand.self)
}

/// `uketsuke rules [show]`: the active rules file, its dates and windows, and where each comes from.
struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the active rules file: version, dates, windows, sources.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Machine output: one JSON object.")
    var json = false

    func run() throws {
        let rules = try common.loadRules()
        let source = common.rules ?? "built-in"
        if json {
            var o = JSONObjectText()
            o.string("version", rules.version)
            o.string("file", source)
            o.string("reviewedOn", rules.reviewedOn.iso)
            o.string("reviewedUntil", rules.reviewedUntil.iso)
            o.string("transition", rules.dates.transition.iso)
            o.string("legacyCap", rules.dates.legacyCap.iso)
            o.string("legacyCapKouki", rules.dates.legacyCapKouki.iso)
            o.raw("interimWindow", "{\"from\":\"\(rules.dates.interimWindow.lowerBound.iso)\",\"to\":\"\(rules.dates.interimWindow.upperBound.iso)\"}")
            o.raw("entries", "[" + rules.entries.map { e in
                var eo = JSONObjectText()
                eo.string("key", e.key)
                eo.string("value", e.value)
                eo.optionalString("note", e.note)
                eo.optionalString("source", e.source)
                eo.optionalString("decision", e.decision)
                return eo.text
            }.joined(separator: ",") + "]")
            Output.out(o.text + "\n")
            return
        }
        let ja = common.language == .ja
        var lines: [String] = []
        lines.append((ja ? "ルール " : "Rules ") + rules.version + "  (\(source))")
        lines.append((ja ? "  確認日: " : "  Reviewed on: ") + DateText.full(rules.reviewedOn, common.language))
        lines.append((ja ? "  次回確認: " : "  Review by: ") + DateText.full(rules.reviewedUntil, common.language))
        lines.append((ja ? "  移行日: " : "  Transition: ") + DateText.full(rules.dates.transition, common.language))
        lines.append((ja ? "  保険証の上限: " : "  Legacy card cap: ") + DateText.full(rules.dates.legacyCap, common.language))
        lines.append((ja ? "  後期高齢者の保険証の上限: " : "  Legacy card cap (後期高齢者): ")
            + DateText.full(rules.dates.legacyCapKouki, common.language))
        lines.append((ja ? "  暫定的な取扱い: " : "  Interim handling: ")
            + DateText.full(rules.dates.interimWindow.lowerBound, common.language) + " … "
            + DateText.full(rules.dates.interimWindow.upperBound, common.language))
        lines.append("")
        lines.append(ja ? "出典:" : "Sources:")
        for e in rules.entries {
            lines.append("  \(e.key) = \(e.value)")
            if let note = e.note { lines.append("      \(note)") }
            if let s = e.source { lines.append("      " + s) }
            if let d = e.decision { lines.append((ja ? "      判断: " : "      decision: ") + d) }
        }
        Output.out(lines.joined(separator: "\n") + "\n")
    }
}
