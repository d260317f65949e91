import Eligibility
import Foundation

/// One finished check as the tally keeps it. Nothing here identifies a patient: no names, no typed numbers
/// (保険者番号 included, only its insurer type), no dates of birth, no free text.
public struct TallyRecord: Hashable, Sendable {
    /// When the result was shown, in whole seconds since 1970-01-01 UTC.
    public var recordedAt: Int64
    /// The visit date the check was made for (usually the Japan day it was recorded on).
    public var visitDate: CalendarDate
    /// How the facility checked eligibility for this patient: reader (yes), マイナ資格確認アプリ (app) or neither (no).
    public var online: OnlineChecking
    /// The card reader's (or the app's) answer; nil when the question does not apply (no way of reading cards, or
    /// no マイナ保険証), `.unknown` when it applied but was not asked because no answer could change the decision.
    public var reader: TallyAnswer<ReaderResult>?
    /// What the patient held.
    public var held: DocumentSet
    /// The insurer type of the legacy card; nil when none was held, `.unknown` when one was held but its insurer was
    /// not asked because it could not change the decision.
    public var insurer: TallyAnswer<InsurerType>?
    public var verdict: Verdict
    /// The documents used, in the order they were to be presented.
    public var used: [DocumentKind]
    public var condition: Condition?
    /// The rules.md §3 path that held; nil when not confirmed.
    public var path: DecisionPath?

    /// For seeding and synthetic records; the wizard records with `init(case:decision:at:)`.
    public init(recordedAt: Int64, visitDate: CalendarDate, online: OnlineChecking, reader: TallyAnswer<ReaderResult>?,
                held: DocumentSet, insurer: TallyAnswer<InsurerType>?, verdict: Verdict, used: [DocumentKind],
                condition: Condition?, path: DecisionPath?) {
        self.recordedAt = recordedAt
        self.visitDate = visitDate
        self.online = online
        self.reader = reader
        self.held = held
        self.insurer = insurer
        self.verdict = verdict
        self.used = used
        self.condition = condition
        self.path = path
    }

    /// The record of a check whose result is shown at `time`: one call from the wizard, before the result screen.
    /// A question the wizard skipped because no answer could change the decision (`checkCase.unasked`) is recorded
    /// as `.unknown`, never as the case's default answer.
    public init(case checkCase: CheckCase, decision: Decision, at time: Date) {
        let readerAsked = !checkCase.unasked.contains(.reader)
        let insurerAsked = !checkCase.unasked.contains(.insurer)
        let readerApplies = checkCase.online.readsCards && checkCase.mynaCard
        self.init(
            recordedAt: Int64(time.timeIntervalSince1970.rounded(.down)),
            visitDate: checkCase.visitDate,
            online: checkCase.online,
            reader: readerApplies ? (readerAsked ? .known(checkCase.reader) : .unknown) : nil,
            held: checkCase.holds,
            insurer: checkCase.legacyCard.map { insurerAsked ? .known($0.insurer) : .unknown },
            verdict: decision.verdict,
            used: decision.use,
            condition: decision.condition,
            path: decision.path)
    }

    /// The Japan day (UTC+9) the check falls on: the tally's unit of grouping.
    public var japanDay: CalendarDate { CalendarDate(inJapanAt: recordedAt) }

    /// The adoption headline, the one definition of it: the patient held a マイナ保険証 at a facility that cannot read
    /// it (`online == .no`) and needed extra documents (paths 4, 5), a condition (6–9) or was turned back (no path).
    /// Paths 2 (資格確認書) and 3 (従来の保険証) are left out: a document the patient brought sufficed on its own.
    /// With a card reader the マイナ保険証 alone might have done (path 1); whether it would have read cannot be known,
    /// so this counts the patients a reader could have helped.
    ///
    /// A facility with the マイナ資格確認アプリ (`.app`) reads cards, so it counts like one with a reader (`.yes`):
    /// never here.
    public var offlineExtra: Bool {
        !online.readsCards && held.contains(.mynaCard) && path != .certificate && path != .legacyCard
    }
}

/// An answer the tally keeps: the answer given, or `.unknown` when the question applied but was not asked because
/// no answer could change the decision. Stored as the answer's id, or 'unknown'.
public enum TallyAnswer<Value: RawRepresentable & Hashable & Sendable>: Hashable, Sendable where Value.RawValue == String {
    case known(Value)
    case unknown

    /// The id in the tally's column.
    public var id: String {
        switch self {
        case .known(let v): v.rawValue
        case .unknown: "unknown"
        }
    }

    /// The answer, nil when unknown.
    public var value: Value? {
        if case .known(let v) = self { return v }
        return nil
    }
}
