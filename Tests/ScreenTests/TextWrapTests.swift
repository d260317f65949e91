import Eligibility
import Screen
import Testing
import Training

@Suite struct TextWrapTests {
    func wrap(_ text: String, _ width: Int) -> [String] { TextWrap.lines(text, width: width, .standard) }

    @Test func wrapsByWidthWithKinsoku() {
        #expect(wrap("あいうえお。かきくけこ", 10) == ["あいうえ", "お。かきく", "けこ"])
        #expect(wrap("one two three four", 9) == ["one two", "three", "four"])
        for line in wrap("申立書（被保険者資格申立書）に「確認」と書きます", 6) {
            #expect(!line.hasPrefix("」") && !line.hasPrefix("）") && !line.hasSuffix("「") && !line.hasSuffix("（"), "\(line)")
        }
        for line in wrap(String(repeating: "受付チェック、", count: 20), 13) {
            #expect(DisplayWidth.of(line) <= 13)
            #expect(!line.hasPrefix("、"))
        }
    }

    /// Found at the counter: 「…患\n者さん」 and an e-mail address split at its @.
    @Test func wordsAreNotSplit() {
        #expect(wrap("オンライン資格確認がない施設の患者さんへのご案内", 30) == ["オンライン資格確認がない施設の", "患者さんへのご案内"])
        #expect(wrap("ログインID: yamada.hanako@example-clinic.jp です", 32) == ["ログインID:", "yamada.hanako@example-clinic.jp", "です"])
        #expect(wrap("登録メールアドレスyamada@example.jp", 24) == ["登録メールアドレス", "yamada@example.jp"])
    }

    /// Found at a read-aloud session: 「マイ\nナ資格確認アプリ」, 「マイナ\n保険証」.
    @Test func aKatakanaWordStaysWhole() {
        #expect(wrap("Open the eligibility app (マイナ資格確認アプリ) on the tablet", 30)
                == ["Open the eligibility app", "(マイナ資格確認アプリ) on the", "tablet"])
        #expect(wrap("Open the eligibility app (マイナ資格確認アプリ) on the tablet", 36)
                == ["Open the eligibility app", "(マイナ資格確認アプリ) on the tablet"])
        #expect(wrap("前回はマイナ保険証で確認できました", 12) == ["前回は", "マイナ保険証", "で確認できま", "した"])
    }

    /// 「令和7年\n12月1日」 and 「令和\n8年7月31日」 were read as two things.
    @Test func aDateStaysWholeWithItsEraAndWeekday() {
        #expect(wrap("有効期限は令和7年7月31日です", 16) == ["有効期限は", "令和7年7月31日で", "す"])
        #expect(wrap("保険の変更もないそうです。今日は令和7年12月1日で、当院は導入していません。", 36)
                == ["保険の変更もないそうです。今日は", "令和7年12月1日で、当院は導入していま", "せん。"])
        #expect(wrap("資格確認書を提示され、有効期限は令和8年7月31日と印字されています。", 36)
                == ["資格確認書を提示され、有効期限は", "令和8年7月31日と印字されています。"])
        #expect(wrap("次の受付は令和8年11月24日(火)の朝です", 28) == ["次の受付は", "令和8年11月24日(火)の朝です"])
        #expect(wrap("期限は令7.7.31です", 8) == ["期限は", "令7.7.31", "です"])
        #expect(wrap("有効期限はR7.7.31です。", 16) == ["有効期限は", "R7.7.31です。"])
        #expect(wrap("本日は10割負担となります", 12) == ["本日は", "10割負担とな", "ります"])
    }

    /// A break after 、 close to the edge reads better than one a word later; a particle after a space stays
    /// with the word before it.
    @Test func aBreakAfterPunctuationIsPreferredNearTheEdge() {
        #expect(wrap("施設設定は「毎回確認」です。5 施設設定で保存すると、次の患者さんからは聞きません", 58)
                == ["施設設定は「毎回確認」です。5 施設設定で保存すると、", "次の患者さんからは聞きません"])
        #expect(wrap("内蔵ルール 2026.12-1 で受付中（詳細はログ）", 24) == ["内蔵ルール 2026.12-1 で", "受付中（詳細はログ）"])
        #expect(wrap("We are sorry. Please show the card together", 33) == ["We are sorry. Please show the", "card together"])
        #expect(wrap("We are sorry. Please show the card together", 34) == ["We are sorry. Please show the card", "together"],
                "a word that ends at the edge stays on the line")
    }

    /// A word longer than the line still breaks, rather than overflowing, and keeps 禁則 where it can.
    @Test func aWordLongerThanTheLineBreaks() {
        #expect(wrap(String(repeating: "a", count: 25), 10).map(\.count) == [10, 10, 5])
        #expect(wrap("マイナポータルマイナポータル", 10) == ["マイナポー", "タルマイナ", "ポータル"])
        #expect(wrap("令和7年7月31日", 8) == ["令和7年", "7月31日"], "a number keeps its digits and unit")
    }

    /// Every line of every example patient's story and explanation fits its width, and no character is lost.
    @Test func everyTextFitsItsWidth() {
        let texts = TrainingLibrary.builtIn.scenarios.flatMap { sc in
            Language.allCases.flatMap { [sc.story($0), sc.explanation($0), sc.title($0)] }
        }
        for text in texts {
            for width in [2, 3, 5, 8, 13, 21, 24, 36, 44, 52, 56, 58, 76, 78] {
                let lines = wrap(text, width)
                for line in lines { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") }
                #expect(lines.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace }, "\(width): \(text)")
            }
        }
    }

    @Test func truncateAndPad() {
        #expect(TextWrap.truncate("受付チェック", width: 7, .standard) == "受付チ…")
        #expect(TextWrap.pad("受付", to: 6, .standard) == "受付  ")
    }
}
