import ArgumentParser
import Eligibility
import Headless

/// `uketsuke facility-code`: derive and check the 10-digit 医療機関等コード.
struct FacilityCodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facility-code",
        abstract: "Derive and check the 10-digit 医療機関等コード from prefecture, kind and the 7-digit code.",
        discussion: """
        --code takes the 7-digit code (with --prefecture and --kind) or a whole 10-digit code.
        Exit codes: 0 the check digit matches, 3 it does not (check the code; a few old codes differ), 2 bad input.
        """)

    @OptionGroup var common: CommonOptions

    @Option(help: "都道府県番号 01–47, or the name (東京, 広島県 …).")
    var prefecture: String?
    @Option(help: "ika (医科), shika (歯科), chozai (調剤), homon (訪問看護), or the 点数表番号 as one digit.")
    var kind: String?
    @Option(help: "The 7-digit 医療機関等コード, or a whole 10-digit code.")
    var code: String

    @Flag(help: "Machine output: one JSON object.")
    var json = false

    func run() throws {
        let ja = common.language == .ja
        let digits = code.filter { !$0.isWhitespace }.count
        let result: Result<FacilityCode, FacilityCodeError>
        if digits == 10 && prefecture == nil && kind == nil {
            result = FacilityCode.parse10(code)
        } else {
            guard let prefecture else {
                throw Output.usage(ja ? "--prefecture がありません（01〜47 か都道府県名。10桁コードなら --code だけで可）"
                                      : "--prefecture is missing (01–47 or a name; a 10-digit --code needs none)")
            }
            guard let pref = Prefecture(typed: prefecture) else {
                throw Output.usage(ja ? "--prefecture \"\(prefecture)\": 都道府県番号（01〜47）か都道府県名（例: 13、東京、広島県）で指定してください"
                                      : "--prefecture \"\(prefecture)\": expected a prefecture number 01–47 or a name such as 東京 or Hiroshima")
            }
            guard let kind else {
                throw Output.usage(ja ? "--kind がありません（ika・shika・chozai・homon か点数表番号1桁）"
                                      : "--kind is missing (ika, shika, chozai, homon, or one digit)")
            }
            guard let table = Self.scoreTable(kind) else {
                throw Output.usage(ja ? "--kind \"\(kind)\": ika（医科）・shika（歯科）・chozai（調剤）・homon（訪問看護）か点数表番号1桁で指定してください"
                                      : "--kind \"\(kind)\": expected ika, shika, chozai, homon, or the 点数表番号 as one digit")
            }
            result = FacilityCode.derive(prefecture: pref, scoreTable: table, code7: code)
        }
        switch result {
        case .failure(let e):
            throw Output.usage("--code \"\(code)\": \(e.text(common.language))")
        case .success(let c):
            Output.out(json ? FacilityCodeReport.json(c, language: common.language) : FacilityCodeReport.text(c, language: common.language))
            if !c.checkDigitMatches { throw ExitCode(ExitStatus.conditional) }
        }
    }

    static func scoreTable(_ text: String) -> Int? {
        if let k = FacilityKind(rawValue: text) { return k.scoreTable }
        if text.count == 1, let n = Int(text) { return n }
        return nil
    }
}
