import Eligibility

/// The printable 「新規ユーザー登録の準備」 sheet: every value to type into the portal, in its order, and the letter's
/// steps. Built from a `CheckedRegistration`, which holds no password.
public enum RegistrationSheet {
    /// The saved files' names begin with this.
    static let stem = "portal-registration"

    /// Written in place of both passwords.
    static let passwordNotWritten = LocalizedText(ja: "（記載しません）", en: "(not written here)")

    public static func text(_ registration: CheckedRegistration, rules: Rules, date: CalendarDate,
                            language: Language) -> String {
        let r = registration
        let ja = language == .ja
        let code = r.facilityCode
        func line(_ field: PortalField, _ value: String) -> String {
            (ja ? field.label.ja : "\(field.label.en) (\(field.label.ja))") + ": " + value
        }
        let affiliation = ja ? r.affiliation.label.ja : "\(r.affiliation.label.en) (\(r.affiliation.label.ja))"
        let scoreTableNote = r.affiliation.knownScoreTable == nil
            ? (ja ? "（入力した番号）" : " (as typed)") : (ja ? "（\(r.affiliation.label.ja)）" : " (\(r.affiliation.label.en))")
        var out: [String] = ja ? [
            "\(rules.portalSite.name.ja) 新規ユーザー登録の準備（控え）",
            "作成日: \(DateText.full(date, .ja))",
            "",
            "ポータルサイトの新規ユーザー登録で入力する内容です。",
            "パスワードは記載していません。登録のときにその場で入力してください。",
        ] : [
            "Portal registration worksheet (\(rules.portalSite.name.ja) 新規ユーザー登録)",
            "Prepared: \(DateText.full(date, .en))",
            "",
            "What to type into the portal's new-user registration.",
            "The password is not written here: type it when you register.",
        ]
        out += ["", ja ? "■ 入力する内容（ポータルの画面の順）" : "■ Fields, in the portal's order"]
        out += [
            line(.familyName, r.familyName),
            line(.givenName, r.givenName),
            line(.affiliation, affiliation),
            line(.prefecture, "\(code.prefecture.codeText) \(code.prefecture.name(language))"),
            line(.scoreTable, "\(code.scoreTable)\(scoreTableNote)"),
            line(.facilityCode, code.code7),
            (ja ? "医療機関等コード（10桁）: " : "facility code, 10 digits (医療機関等コード（10桁）): ") + code.code10
                + (ja ? "（ポータルが自動で入力します）" : " (the portal fills it in)"),
            line(.locationConfirmed, ja ? "はい（登録のとき、表示される所在地をもう一度確かめます）"
                                        : "yes (check the address the portal shows once more when you register)"),
            line(.facilityName, r.facilityName),
            line(.founder, r.founder),
            line(.phone, r.phone),
            line(.email, r.email + (ja ? "（ログインIDになります。医療機関等コードごとに1つ）"
                                       : " (the login ID; one account per facility code)")),
            line(.password, passwordNotWritten[language]),
            line(.passwordConfirmation, passwordNotWritten[language]),
            line(.termsAccepted, ja ? "同意する（登録のとき「上記の利用規約に同意します」にチェック）"
                                    : "yes (tick 「上記の利用規約に同意します」 when you register)"),
        ]
        out += r.confirmedWarnings.map { (ja ? "※ " : "* ") + confirmed($0, language) }
        let site = rules.portalSite
        out += ["", ja ? "■ 登録の手順" : "■ Steps"]
        out += ja ? [
            "1. 検索サイトで「\(site.name.ja)」と検索するか、次のアドレスを開きます。",
            "   \(site.url)",
            "2. 画面の左側の「新規ユーザー登録はこちら」をクリックします。",
            "3. 上の内容を入力します。パスワードはその場で2回入力します。",
            "4. 必須項目がすべて入力されていることを確かめて、「登録」をクリックします。",
        ] : [
            "1. Search the web for 「\(site.name.ja)」, or open this address:",
            "   \(site.url)",
            "2. Click 「新規ユーザー登録はこちら」 on the left of the page.",
            "3. Type the fields above; type the password there, twice.",
            "4. Check that every required field is filled in, then click 「登録」.",
        ]
        let center = rules.callCenter
        let free = center.tollFree ? (ja ? "（通話無料）" : " (toll-free)") : ""
        out += ["", ja ? "■ お問い合わせ" : "■ Questions"]
        out += ["\(center.name[language]) \(center.phone)\(free)", center.hoursText(language)]
        return out.joined(separator: "\n") + "\n"
    }

    /// A warning the person confirmed, said as a settled fact rather than as advice.
    static func confirmed(_ warning: PortalProblem, _ language: Language) -> String {
        switch (warning, language) {
        case (.checkDigitMismatch(let typed, let expected), .ja):
            "検証番号（最後の桁）\(typed)は計算上の\(expected)と違いますが、このコードで正しいことを確認済みです"
        case (.checkDigitMismatch(let typed, let expected), .en):
            "The check digit \(typed) differs from the computed \(expected); confirmed as the right code"
        case (.facilityCodeNotice(let notice), .ja): notice.text(.ja) + "（確認済み）"
        case (.facilityCodeNotice(let notice), .en): notice.text(.en) + " (confirmed)"
        default: warning.text(language)
        }
    }

    /// The newest sheet `save` wrote under `directory`, or nil when none was saved there.
    public static func latestSaved(directory: String) -> String? {
        DatedTextFile.latest(stem: stem, directory: directory)
    }

    /// The facility's name as a saved sheet gives it (in either language), or nil.
    public static func facilityName(inSavedSheet text: String) -> String? {
        let label = PortalField.facilityName.label
        let prefixes = [label.ja + ": ", "\(label.en) (\(label.ja)): "]
        for line in text.split(separator: "\n") {
            guard let prefix = prefixes.first(where: { line.hasPrefix($0) }) else { continue }
            let name = String(String(line.dropFirst(prefix.count)).trimmingSpaces)
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// Saves the sheet as `portal-registration-<date>.txt` (then `-2`, `-3` …) under `directory`, readable only by
    /// its owner (it holds a name, a phone number and the login ID). Returns the path.
    public static func save(_ text: String, date: CalendarDate, directory: String) throws(TextFileError) -> String {
        try DatedTextFile.save(text, stem: stem, date: date, directory: directory, mode: 0o600)
    }
}
