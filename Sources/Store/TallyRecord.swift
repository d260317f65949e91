import Eligibility
import Foundation

/// One finished check as the tally keeps it. Nothing here identifies a patient: no names, no typed numbers
/// (保険者番号 included, only its insurer type), no dates of birth, no free text.
public struct TallyRecord: Hashable, Sendable {
    /// When the result was shown, in whole seconds since 1970-01-01 UTC.
    public var recordedAt: Int64
    /// The visit date the check was made for (usually the Japan day it was recorded on).
    public var visitDate: CalendarDate
    /// The facility had オンライン資格確認.
    public var online: Bool
    /// The card reader's answer; nil when it was not asked (offline facility, or no マイナ保険証).
    public var reader: ReaderResult?
    /// What the patient held.
    public var held: DocumentSet
    /// The insurer type of the legacy card; nil when none was held.
    public var insurer: InsurerType?
    public var verdict: Verdict
    /// The documents used, in the order they were to be presented.
    public var used: [DocumentKind]
    public var condition: Condition?
    /// The rules.md §3 path that held; nil when not confirmed.
    public var path: DecisionPath?

    /// For seeding and synthetic records; the wizard records with `init(case:decision:at:)`.
    public init(recordedAt: Int64, visitDate: CalendarDate, online: Bool, reader: ReaderResult?, held: DocumentSet,
                insurer: InsurerType?, verdict: Verdict, used: [DocumentKind], condition: Condition?,
                path: DecisionPath?) {
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
    public init(case checkCase: CheckCase, decision: Decision, at time: Date) {
        self.init(
            recordedAt: Int64(time.timeIntervalSince1970.rounded(.down)),
            visitDate: checkCase.visitDate,
            online: checkCase.online.readsCards,
            reader: checkCase.online.readsCards && checkCase.mynaCard ? checkCase.reader : nil,
            held: checkCase.holds,
            insurer: checkCase.legacyCard?.insurer,
            verdict: decision.verdict,
            used: decision.use,
            condition: decision.condition,
            path: decision.path)
    }

    /// The Japan day (UTC+9) the check falls on: the tally's unit of grouping.
    public var japanDay: CalendarDate { CalendarDate(inJapanAt: recordedAt) }

    /// The adoption headline, the one definition of it: the patient held a マイナ保険証 at a facility without
    /// オンライン資格確認 and needed extra documents (paths 4, 5), a condition (6–9) or was turned back (no path).
    /// Paths 2 (資格確認書) and 3 (従来の保険証) are left out: a document the patient brought sufficed on its own.
    /// With a card reader the マイナ保険証 alone might have done (path 1); whether it would have read cannot be known,
    /// so this counts the patients a reader could have helped.
    public var offlineExtra: Bool {
        !online && held.contains(.mynaCard) && path != .certificate && path != .legacyCard
    }
}
