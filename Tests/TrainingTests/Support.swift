import BundledResources
import Eligibility
import StrictJSON
import Training

/// The built-in rules and scenarios, loaded once for all tests.
enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let library = TrainingLibrary.builtIn
    static let scenarioIDs = library.scenarios.map(\.id)

    /// What the engine says for a scenario now. `today` only drives W-future-date, which scenarios never promise.
    static func decision(_ s: TrainingScenario) -> Decision {
        Eligibility.decide(s.checkCase, dates: rules.dates, today: rules.reviewedOn)
    }

    static func scenario(_ id: String) -> TrainingScenario { library.scenario(id: id)! }
}

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

func load(_ text: String) -> Result<TrainingLibrary, TrainingFileError> {
    do { return .success(try TrainingLibrary.load(Array(text.utf8), file: "test.json")) } catch { return .failure(error) }
}

/// How the texts a trainee reads are checked: which characters are Japanese, which dates a text names.
enum TextScan {
    /// Kana, kanji, the CJK symbols and punctuation block and the full-width forms: what an English text may hold only
    /// as a Japanese term in parentheses after its English name.
    static func isJapanese(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF00...0xFFEF: true
        default: false
        }
    }

    /// 「」（）、。・, the full-width space and the other Japanese punctuation: never in an English text.
    static func isJapanesePunctuation(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x3005, 0x3006: false  // 々 〆 are letters
        case 0x3000...0x303F, 0x30FB, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        default: false
        }
    }

    /// A Japanese term that may follow its English name in parentheses, e.g. 資格確認書 or 保発0710第1号.
    static func isJapaneseTerm(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.contains(where: isJapanese)
            && s.unicodeScalars.allSatisfy { (isJapanese($0) && !isJapanesePunctuation($0)) || ("0"..."9").contains($0) }
    }

    /// What is wrong with the Japanese in an English text, or nil: every Japanese run must sit in ASCII parentheses
    /// that hold nothing but a Japanese term and follow a word and a space ("eligibility certificate (資格確認書)").
    static func japaneseProblem(inEnglish text: String) -> String? {
        if let p = text.unicodeScalars.first(where: isJapanesePunctuation) { return "Japanese punctuation \"\(p)\"" }
        var outside = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            outside += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ")") else { return "an unclosed parenthesis" }
            let inner = rest[rest.index(after: open)..<close]
            if inner.unicodeScalars.contains(where: isJapanese) {
                guard isJapaneseTerm(inner) else { return "\"(\(inner))\" mixes English and Japanese" }
                let before = rest[..<open]
                guard before.last == " ", before.dropLast().last?.isLetter == true || before.dropLast().last?.isNumber == true
                else { return "\"(\(inner))\" does not follow an English term" }
            } else {
                outside += "(" + inner + ")"
            }
            rest = rest[rest.index(after: close)...]
        }
        outside += rest
        if let j = outside.unicodeScalars.first(where: isJapanese) { return "Japanese \"\(j)\" outside parentheses" }
        return nil
    }

    /// The full dates a text names: `YYYY-MM-DD`, and 令和N年M月D日 (令和元年 too). Partial dates ("7月31日") are not
    /// counted; they are read with the case's date on the same screen.
    static func dates(in text: String) -> Set<CalendarDate> {
        var out: Set<CalendarDate> = []
        for m in text.matches(of: try! Regex(#"(\d{4})-(\d{2})-(\d{2})"#)) {
            if let d = CalendarDate(iso: text[m.range]) { out.insert(d) }
        }
        for m in text.matches(of: try! Regex(#"令和(元|\d+)年(\d+)月(\d+)日"#)) {
            guard let era = m.output[1].substring, let month = m.output[2].substring.flatMap({ Int($0) }),
                  let day = m.output[3].substring.flatMap({ Int($0) }) else { continue }
            let year = era == "元" ? 1 : Int(era) ?? 0
            if let d = CalendarDate(year: 2018 + year, month: month, day: day) { out.insert(d) }
        }
        return out
    }

    /// Columns on a terminal: CJK and full-width characters take two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isJapanese($1) || (0x2E80...0xA4CF).contains($1.value) ? 2 : 1) }
    }
}
