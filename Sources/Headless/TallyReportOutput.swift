import Facility
import Eligibility
import Store

/// The forms of `uketsuke report`: JSON (interface.md), CSV with one row per Japan day, and text for people.
public enum TallyReportOutput {
    /// `{"from","to","total","byVerdict":{…},"byHeld":{…},"byPath":{…},"offlineChecks","offlineExtra",
    /// "offlineExtraShare","offlineExtraShareOfOffline","days":[{"date",…the same figures}]}` on one line.
    public static func json(_ report: TallyReport) -> String {
        var o = JSONObjectText()
        o.string("from", report.from.iso)
        o.string("to", report.to.iso)
        appendFigures(report.counts, to: &o)
        o.raw("days", "[" + report.days.map { day in
            var d = JSONObjectText()
            d.string("date", day.date.iso)
            appendFigures(day.counts, to: &d)
            return d.text
        }.joined(separator: ",") + "]")
        return o.text + "\n"
    }

    /// The CSV columns, in order.
    public static let csvHeader = ["date", "total"] + Verdict.allCases.map(\.rawValue) + ["offlineExtra"]
        + DocumentKind.allCases.map { "held-\($0.id)" } + ["held-nothing", "offlineChecks"]

    /// A header line, then one line per Japan day of the range, days without checks included.
    public static func csv(_ report: TallyReport) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for day in report.days {
            let c = day.counts
            let figures = [c.total] + Verdict.allCases.map(c.count) + [c.offlineExtra]
                + DocumentKind.allCases.map { c.count(holding: $0) } + [c.heldNothing, c.offline]
            lines.append(([day.date.iso] + figures.map(String.init)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A summary for people: the range, counts by verdict and by what patients held, the adoption headline, and
    /// the days that had checks. `file` is the tally file, named so staff can find it; `exists` is false before
    /// the first check is recorded.
    public static func text(_ report: TallyReport, file: String, exists: Bool, rules: Rules,
                            language: Language) -> String {
        let ja = language == .ja
        let c = report.counts
        let dayCount = report.days.count
        var lines = [(ja ? "受付の集計: " : "Reception tally: ") + DateText.full(report.from, language)
            + (ja ? " 〜 " : " to ") + DateText.full(report.to, language)
            + (ja ? "（\(dayCount)日間）" : " (\(dayCount) day\(dayCount == 1 ? "" : "s"))")]
        lines.append((ja ? "受付件数: \(c.total)件" : "Checks: \(c.total)"))
        if c.total == 0 {
            lines.append(ja ? "この期間の記録はありません" : "Nothing was recorded in this period")
        } else {
            let width = String(c.total).count
            func row(_ n: Int, _ label: String) -> String {
                "  \(padded(String(n), width))\(ja ? "件" : "") \(padded(percent(n, of: c.total), 4)) \(label)"
            }
            lines.append("")
            lines.append(ja ? "判定" : "Verdicts")
            for v in Verdict.allCases {
                let texts = rules.verdicts[v]!
                lines.append(row(c.count(v), "\(texts.symbol) \(texts.label[language])"))
            }
            lines.append("")
            lines.append(ja ? "お持ちだったもの（1人で複数のことがあります）" : "Documents held (a patient may hold several)")
            for k in DocumentKind.allCases {
                lines.append(row(c.count(holding: k), rules.documentLabel(k, language)))
            }
            lines.append(row(c.heldNothing, ja ? "何もお持ちでなかった" : "nothing"))
            lines.append("")
            lines.append(ja ? "施設の資格確認の方法" : "How the facility checked eligibility")
            for online in OnlineChecking.allCases {
                lines.append(row(c.count(online: online), rules.facilityLabel(online, language)))
            }
            lines.append("")
            lines.append(ja ? "マイナ資格確認アプリがあれば、マイナ保険証で確認できた（未導入のため追加の書類が必要だった・受付できなかった）:"
                            : "Patients the eligibility app would have let you confirm with the My Number Card (extra documents or turned back without online checking):")
            if c.offline == 0 {
                lines.append(ja ? "  \(c.offlineExtra)件（未導入での受付はありません）"
                                : "  \(c.offlineExtra) (no checks without online checking)")
            } else {
                let ofAll = percent(c.offlineExtra, of: c.total)
                let ofOffline = percent(c.offlineExtra, of: c.offline)
                lines.append(ja ? "  \(c.offlineExtra)件（全体の\(ofAll)、未導入での受付\(c.offline)件の\(ofOffline)）"
                                : "  \(c.offlineExtra) (\(ofAll) of all checks; \(ofOffline) of the \(c.offline) without online checking)")
            }
            if c.readerNotAsked + c.insurerNotAsked > 0 {
                lines.append("")
                lines.append(ja ? "聞かなかった質問（どの答えでも結果が変わらなかったため。不明として記録）"
                                : "Questions not asked (no answer could change the result; recorded as unknown)")
                lines.append(row(c.readerNotAsked, ja ? "カードリーダーの結果" : "the card reader's result"))
                lines.append(row(c.insurerNotAsked, ja ? "従来の保険証の保険者" : "the legacy card's insurer"))
            }
            lines.append("")
            lines.append(ja ? "日別（受付のあった日）" : "Days with checks")
            for day in report.days where day.counts.total > 0 {
                let d = day.counts
                let marks = Verdict.allCases.map { "\(rules.verdicts[$0]!.symbol)\(d.count($0))" }.joined(separator: " ")
                lines.append("  \(DateText.full(day.date, language))  \(padded(String(d.total), width))\(ja ? "件" : "")  \(marks)")
            }
        }
        lines.append("")
        lines.append((ja ? "集計ファイル: " : "Tally file: ") + file
            + (exists ? "" : (ja ? "（まだありません）" : " (not created yet)")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same keys for the whole range and for each day, so a chart reads both alike.
    static func appendFigures(_ c: TallyCounts, to o: inout JSONObjectText) {
        o.raw("total", String(c.total))
        o.raw("byVerdict", object(Verdict.allCases.map { ($0.rawValue, c.count($0)) }))
        o.raw("byHeld", object(DocumentKind.allCases.map { ($0.id, c.count(holding: $0)) } + [("nothing", c.heldNothing)]))
        o.raw("byPath", object(DecisionPath.allCases.map { (String($0.rawValue), c.count(path: $0)) }))
        o.raw("byOnline", object(OnlineChecking.allCases.map { ($0.rawValue, c.count(online: $0)) }))
        o.raw("offlineChecks", String(c.offline))
        o.raw("offlineExtra", String(c.offlineExtra))
        o.raw("offlineExtraShare", share(c.offlineExtraShare))
        o.raw("offlineExtraShareOfOffline", share(c.offlineExtraShareOfOffline))
        o.raw("notAsked", object([("reader", c.readerNotAsked), ("insurer", c.insurerNotAsked)]))
    }

    static func object(_ members: [(String, Int)]) -> String {
        "{" + members.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A fraction rounded to four places, or null when there was nothing to divide by.
    static func share(_ value: Double?) -> String {
        guard let value else { return "null" }
        let rounded = (value * 10000).rounded() / 10000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// "7%", rounded to a whole percent; callers never divide by zero checks.
    static func percent(_ part: Int, of whole: Int) -> String {
        "\(Int((Double(part) * 100 / Double(max(whole, 1))).rounded()))%"
    }

    /// Right-aligned ASCII (digits and %), so the columns line up without a display-width table.
    static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
