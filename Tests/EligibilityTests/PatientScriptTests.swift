import Eligibility
import Testing

/// What the patient is told (rules.md §3a), over every combination of what a patient can show, the facility's way
/// of checking, the card reader's answer, the visit and the state of each document, on dates before the cap, inside
/// the interim window and after it.
@Suite struct PatientScriptTests {
    /// A patient's document in one of the states that change the answer.
    enum State: CaseIterable { case valid, expired, unread }

    static let visitDates = [date("2025-11-20"), date("2026-02-10"), date("2026-12-02")]

    static let cases: [CheckCase] = {
        var out: [CheckCase] = []
        for bits in 0..<32 {
            let holds = DocumentSet(DocumentKind.allCases.enumerated().filter { bits >> $0.offset & 1 == 1 }.map(\.element))
            for d in visitDates {
                for online in OnlineChecking.allCases {
                    let readers: [ReaderResult] = online.readsCards && holds.contains(.mynaCard) ? ReaderResult.allCases : [.ok]
                    for reader in readers {
                        for visit in VisitKind.allCases {
                            for state in State.allCases {
                                var c = CheckCase(visitDate: d, online: online, reader: reader, visit: visit,
                                                  mynaCard: holds.contains(.mynaCard), portal: holds.contains(.portal))
                                let expiry: CalendarDate? = switch state {
                                case .valid: d.adding(days: 30)
                                case .expired: d.adding(days: -1)
                                case .unread: nil
                                }
                                if holds.contains(.certificate) { c.certificate = EligibilityCertificate(expiry: expiry) }
                                if holds.contains(.notice) { c.notice = QualificationNotice(expiry: expiry) }
                                if holds.contains(.legacyCard) {
                                    c.legacyCard = LegacyCard(insurer: state == .valid ? .kyokai : .kouki,
                                                              printedExpiry: nil, insurerChanged: state == .unread)
                                }
                                out.append(c)
                            }
                        }
                    }
                }
            }
        }
        return out
    }()

    /// The document a sentence says the patient showed, if it says so.
    static func shown(_ part: ScriptPart, _ d: Decision) -> [DocumentKind] {
        switch part.id {
        case .mynaNotReadHere, .mynaReaderFailed, .mynaNoRecord: [.mynaCard]
        case .certificateExpired: [.certificate]
        case .legacyInsurerChanged, .legacyExpired: [.legacyCard]
        case .noticeExpired, .noticeAlone: [.notice]
        case .portalAlone: [.portal]
        case .notNeeded: part.document.map { [$0] } ?? []
        case .confirmedMyna, .confirmedCertificate, .confirmedLegacy, .confirmedMynaPortal, .confirmedMynaNotice,
             .oralConfirmation, .declarationReaderFailed, .declarationNoRecord, .interimLegacy, .interimNotice:
            d.use
        default: []
        }
    }

    /// How the words for the patient name each document, in each language.
    static let names: [DocumentKind: (ja: String, en: String)] = [
        .mynaCard: ("マイナ保険証", "My Number Card"), .certificate: ("資格確認書", "eligibility certificate"),
        .legacyCard: ("保険証", "health insurance card"), .notice: ("お知らせ", "eligibility notice"),
        .portal: ("マイナポータル", "Mynaportal"),
    ]

    /// The table reaches every path, and every verdict at every way of checking.
    @Test func theCasesCoverEveryPathAndVerdict() {
        let decided = Self.cases.map { ($0, decide($0, today: $0.visitDate)) }
        #expect(Set(decided.map(\.1.path)) == Set(DecisionPath.allCases.map { Optional($0) } + [nil]))
        for online in OnlineChecking.allCases {
            #expect(Set(decided.filter { $0.0.online == online }.map(\.1.verdict)) == Set(Verdict.allCases), "\(online)")
        }
    }

    @Test func everyDocumentShownAndNotUsedIsMentionedOnce() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            let notUsed = c.holds.kinds.filter { !d.use.contains($0) }
            var clauses = d.script.flatMap { part in Self.shown(part, d).filter { !d.use.contains($0) } }
            clauses.sort { $0.rawValue < $1.rawValue }
            #expect(clauses == notUsed.sorted { $0.rawValue < $1.rawValue }, "\(c)")
            let ja = Fixture.rules.script(for: d, .ja)
            let en = Fixture.rules.script(for: d, .en)
            for kind in notUsed {
                #expect(ja.contains(Self.names[kind]!.ja), "\(kind) not in 「\(ja)」")
                #expect(en.contains(Self.names[kind]!.en), "\(kind) not in \"\(en)\"")
            }
        }
    }

    @Test func neverSaysThePatientShowedSomethingTheyDidNot() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            for part in d.script {
                for kind in Self.shown(part, d) { #expect(c.holds.contains(kind), "\(part.id) for \(c)") }
            }
        }
    }

    /// Without online checking the card cannot be read: nothing tells the patient the card alone would do.
    @Test func offlineAdviceNeverNamesTheCardAlone() {
        for c in Self.cases where c.online == .no {
            let d = decide(c, today: c.visitDate)
            let ja = Fixture.rules.script(for: d, .ja)
            let en = Fixture.rules.script(for: d, .en)
            #expect(!ja.contains("マイナ保険証か"), "「\(ja)」")
            #expect(!ja.contains("マイナ保険証だけで"), "「\(ja)」")
            #expect(!en.contains("My Number Card or"), "\"\(en)\"")
            #expect(!d.script.contains { $0.id == .nextTimeReader || $0.id == .optionsCardOrCertificate })
        }
    }

    /// Where cards are read, the advice for next time is the card or the certificate.
    @Test func adviceWhereCardsAreReadIsTheCardOrTheCertificate() {
        for c in Self.cases where c.online != .no {
            let d = decide(c, today: c.visitDate)
            #expect(!d.script.contains { $0.id == .nextTimeOffline || $0.id == .nextTimeSameOffline }, "\(c)")
        }
    }

    /// The interim handling is not a way to keep using old cards: after it, the patient hears what to bring.
    @Test func theInterimPathsAskForWhatWorksHereNextTime() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            guard d.path == .interimLegacyCard || d.path == .interimNotice else { continue }
            let next: ScriptPartID = c.online.readsCards ? .nextTimeReader : .nextTimeOffline
            #expect(d.script.map(\.id).suffix(2) == [.interimIfNotConfirmed, next], "\(c)")
        }
    }

    /// What would work here, and what happens today, whenever nothing works.
    @Test func notConfirmedSaysWhatWouldWorkAndWhatHappensToday() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            guard d.verdict == .notConfirmed else { continue }
            let ids = d.script.map(\.id)
            #expect(ids.first == .sorry)
            #expect(ids.last == .selfPay)
            let companionShown = c.portal || (c.notice != nil && !(c.notice!.expiry.map { $0 < c.visitDate } ?? false))
            let options: ScriptPartID = d.options == [[.mynaCard], [.certificate]] ? .optionsCardOrCertificate
                : (c.mynaCard ? .optionsWithCompanionCardShown : (companionShown ? .optionsCardWithShown : .optionsWithCompanion))
            #expect(ids.dropLast().last == options, "\(c)")
        }
    }

    /// A portal screen or a notice shown without the card: the patient is asked for the card to go with it, never to
    /// show the portal screen or the notice they have just shown.
    @Test func aCompanionShownAloneIsNotAskedForAgain() {
        for c in Self.cases where !c.mynaCard && (c.portal || c.notice != nil) {
            let d = decide(c, today: c.visitDate)
            guard d.verdict == .notConfirmed, d.options.contains([.mynaCard, .notice]) else { continue }
            let ja = Fixture.rules.script(for: d, .ja)
            let noticeStillGood = c.notice.map { !($0.expiry.map { $0 < c.visitDate } ?? false) } ?? false
            guard c.portal || noticeStillGood else { continue }
            #expect(ja.contains("お見せいただいた"), "「\(ja)」")
            #expect(!ja.contains("マイナポータルの資格情報画面か"), "asks again for what was shown: 「\(ja)」")
        }
    }

    /// An expired document shown is asked for again as a valid or new one, never as the one just shown.
    @Test func anExpiredDocumentIsAskedForAsANewOne() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            guard d.verdict == .notConfirmed else { continue }
            let ja = Fixture.rules.script(for: d, .ja)
            // (With the portal screen shown alone, only the card is asked for, to go with it.)
            if let notice = c.notice, let expiry = notice.expiry, expiry < c.visitDate, d.options.contains([.mynaCard, .notice]),
               c.mynaCard || !c.portal {
                #expect(ja.contains("新しい資格情報のお知らせ"), "「\(ja)」")
            }
            if let cert = c.certificate, let expiry = cert.expiry, expiry < c.visitDate {
                #expect(ja.contains("有効期限内の資格確認書"), "「\(ja)」")
            }
        }
    }

    /// English names each document in English; Japanese may follow only in parentheses.
    @Test func theEnglishHasNoJapaneseOutsideParentheses() {
        for c in Self.cases {
            let en = Fixture.rules.script(for: decide(c, today: c.visitDate), .en)
            var depth = 0
            for ch in en {
                if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
                let japanese = ch.unicodeScalars.contains { $0.value >= 0x3000 }
                #expect(!japanese || depth > 0, "\"\(en)\"")
            }
        }
    }

    @Test func everyPlaceholderIsFilled() {
        for c in Self.cases {
            let d = decide(c, today: c.visitDate)
            for lang in Language.allCases {
                let text = Fixture.rules.script(for: d, lang)
                #expect(!text.contains("{") && !text.contains("}"), "\(text)")
            }
        }
    }

    /// The date the patient hears for an expired card is the first day it could not be used.
    @Test func anExpiredCardIsNamedByTheFirstDayItCouldNotBeUsed() {
        let c = CheckCase(visitDate: date("2026-12-02"), online: .no, legacyCard: LegacyCard(insurer: .kyokai))
        #expect(Fixture.rules.script(for: decide(c), .ja) == "申し訳ありません。お持ちの保険証は令和7年12月2日から使えなくなりました。"
            + "こちらでは、マイナ保険証と一緒にスマートフォンのマイナポータルの資格情報画面か資格情報のお知らせをお見せいただくか、"
            + "資格確認書をお持ちいただければ受付できます。本日お持ちでなければ、いったん全額（10割）をお支払いいただき、"
            + "後日ご加入の保険者に払い戻し（療養費）を申請できます（2年以内）。")
    }
}
