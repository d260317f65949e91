import Eligibility
import PropertyBased
import Testing

/// Builds a valid case from generated numbers: a day, a bit field of choices and three expiry offsets.
func generatedCase(day: Int, bits: Int, legacyOffset: Int, certificateOffset: Int, noticeOffset: Int) -> CheckCase {
    func bit(_ n: Int) -> Bool { bits >> n & 1 == 1 }
    let d = CalendarDate(dayNumber: day)
    let insurer = InsurerType.allCases[bits >> 12 & 7]
    let reader = ReaderResult.allCases[(bits >> 1 & 3) % 3]
    return CheckCase(
        visitDate: d, online: bit(0) ? (bit(16) ? .app : .yes) : .no, reader: reader, visit: bit(3) ? .repeat : .first,
        mynaCard: bit(4),
        certificate: bit(5) ? EligibilityCertificate(expiry: bit(6) ? nil : d.adding(days: certificateOffset)) : nil,
        legacyCard: bit(7) ? LegacyCard(insurer: insurer, printedExpiry: bit(8) ? nil : d.adding(days: legacyOffset),
                                        insurerChanged: bit(9)) : nil,
        notice: bit(10) ? QualificationNotice(expiry: bit(11) ? nil : d.adding(days: noticeOffset)) : nil,
        portal: bit(15))
}

let dayRange = date("2024-06-01").dayNumber...date("2028-06-01").dayNumber
let offsetRange = -800...800

extension Verdict {
    /// confirmed > conditional > not-confirmed
    var rank: Int {
        switch self {
        case .confirmed: 2
        case .conditional: 1
        case .notConfirmed: 0
        }
    }
}

@Suite struct EnginePropertyTests {
    @Test func decisionIsTotalAndConsistent() async {
        await propertyCheck(count: 3000, input: Gen.int(in: dayRange), Gen.int(in: 0...0x1FFFF),
                            Gen.int(in: offsetRange), Gen.int(in: offsetRange), Gen.int(in: offsetRange)) {
            day, bits, lo, co, no in
            let c = generatedCase(day: day, bits: bits, legacyOffset: lo, certificateOffset: co, noticeOffset: no)
            let d = decide(c)
            let held = c.holds
            #expect(d.use.allSatisfy(held.contains), "only held documents are used")
            #expect(d.use.isEmpty == (d.verdict == .notConfirmed))
            #expect(d.options.isEmpty == (d.verdict != .notConfirmed))
            #expect((d.fallback != nil) == (d.verdict == .notConfirmed))
            #expect((d.condition != nil) == (d.verdict == .conditional))
            #expect((d.path == nil) == (d.verdict == .notConfirmed))
            let reasonDocs = d.reasons.map(\.document)
            #expect(Set(reasonDocs) == Set(held.kinds).subtracting(d.use), "one reason per held document not used")
            #expect(reasonDocs.count == Set(reasonDocs).count)
            for r in d.reasons {
                #expect(!Fixture.rules.text(of: r, .ja).contains("{"))
            }
        }
    }

    /// Reading cards with the app never makes a patient's verdict worse than not reading them, and a card reader
    /// never worse than the app (the app differs only in querying by 被保険者番号, which it is not known to do).
    @Test func theAppIsBetweenNoOnlineCheckingAndACardReader() async {
        await propertyCheck(count: 3000, input: Gen.int(in: dayRange), Gen.int(in: 0...0xFFFF),
                            Gen.int(in: offsetRange), Gen.int(in: offsetRange), Gen.int(in: offsetRange)) {
            day, bits, lo, co, no in
            var c = generatedCase(day: day, bits: bits, legacyOffset: lo, certificateOffset: co, noticeOffset: no)
            var rank: [OnlineChecking: Int] = [:]
            for way in OnlineChecking.allCases {
                c.online = way
                rank[way] = decide(c).verdict.rank
            }
            #expect(rank[.app]! >= rank[.no]!, "app worse than no for \(c)")
            #expect(rank[.yes]! >= rank[.app]!, "a card reader worse than the app for \(c)")
        }
    }

    @Test func aValidCertificateNeverMakesTheVerdictWorse() async {
        await propertyCheck(count: 3000, input: Gen.int(in: dayRange), Gen.int(in: 0...0xFFFF),
                            Gen.int(in: offsetRange), Gen.int(in: offsetRange), Gen.int(in: 0...800)) {
            day, bits, lo, no, validFor in
            var c = generatedCase(day: day, bits: bits, legacyOffset: lo, certificateOffset: 0, noticeOffset: no)
            c.certificate = nil
            let before = decide(c)
            c.certificate = EligibilityCertificate(expiry: c.visitDate.adding(days: validFor))
            let after = decide(c)
            #expect(after.verdict.rank >= before.verdict.rank)
            #expect(after.verdict == .confirmed)
        }
    }

    @Test func legacyCardVerdictChangesOnlyAtCapWindowAndPrintedDates() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...0xFFFF), Gen.int(in: offsetRange)) { bits, printedOffset in
            let insurer = InsurerType.allCases[bits & 7]
            let online = OnlineChecking.allCases[(bits >> 3 & 1) + (bits >> 6 & 1)]
            let changed = bits >> 4 & 1 == 1
            let printed: CalendarDate? = bits >> 5 & 1 == 1 ? date("2025-10-01").adding(days: printedOffset) : nil
            let card = LegacyCard(insurer: insurer, printedExpiry: printed, insurerChanged: changed)
            let dates = Fixture.dates
            var allowed: Set<CalendarDate> = [
                dates.cap(for: insurer).adding(days: 1), dates.interimWindow.lowerBound,
                dates.interimWindow.upperBound.adding(days: 1),
            ]
            if let printed { allowed.insert(printed.adding(days: 1)) }
            var previous: Decision?
            for day in date("2024-12-02").dayNumber...date("2027-03-31").dayNumber {
                let d = CalendarDate(dayNumber: day)
                let decision = decide(CheckCase(visitDate: d, online: online, legacyCard: card), today: date("2024-12-02"))
                if let previous, previous.verdict != decision.verdict || previous.path != decision.path {
                    #expect(allowed.contains(d), "verdict changed on \(d.iso) for \(card)")
                }
                previous = decision
            }
        }
    }

    @Test func scenarioInvariantHoldsForEveryReaderAndVisit() {
        // Exhaustive over the small choices at one date inside and one outside the window.
        for iso in ["2025-09-01", "2026-11-24"] {
            for bits in 0..<(1 << 16) where bits >> 12 & 7 == 0 {
                let d = decide(generatedCase(day: date(iso).dayNumber, bits: bits, legacyOffset: -30,
                                             certificateOffset: 30, noticeOffset: -1))
                #expect(d.use.isEmpty == (d.verdict == .notConfirmed))
            }
        }
    }
}
