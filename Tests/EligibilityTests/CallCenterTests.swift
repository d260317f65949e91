import Eligibility
import Testing

/// One question to the call center: at this Japan minute, open or not, why, and when next.
struct CallCenterRow: CustomTestStringConvertible, Sendable {
    let at: String
    let open: Bool
    let reason: String
    let holiday: String?
    let nextOpen: String?
    let yearEndNote: Bool
    var testDescription: String { "\(at) \(reason)" }

    init(_ at: String, open: Bool, _ reason: String, holiday: String? = nil, next nextOpen: String? = nil,
         yearEndNote: Bool = false) {
        self.at = at
        self.open = open
        self.reason = reason
        self.holiday = holiday
        self.nextOpen = nextOpen
        self.yearEndNote = yearEndNote
    }
}

let callCenterRows: [CallCenterRow] = [
    // C4: a weekday, [8:00, 18:00).
    CallCenterRow("2026-11-24T17:59", open: true, "open"),
    CallCenterRow("2026-11-24T18:00", open: false, "after-hours", next: "2026-11-25T08:00"),
    CallCenterRow("2026-11-24T07:59", open: false, "before-opening", next: "2026-11-24T08:00"),
    CallCenterRow("2026-11-24T08:00", open: true, "open"),
    CallCenterRow("2026-11-24T00:00", open: false, "before-opening", next: "2026-11-24T08:00"),
    CallCenterRow("2026-11-24T23:59", open: false, "after-hours", next: "2026-11-25T08:00"),
    // C5: Saturday [8:00, 16:00), Sunday closed; Friday evening opens again on Saturday.
    CallCenterRow("2026-11-28T15:59", open: true, "open"),
    CallCenterRow("2026-11-28T16:00", open: false, "after-hours", next: "2026-11-30T08:00"),
    CallCenterRow("2026-11-28T07:59", open: false, "before-opening", next: "2026-11-28T08:00"),
    CallCenterRow("2026-11-28T08:00", open: true, "open"),
    CallCenterRow("2026-11-29T10:00", open: false, "sunday", next: "2026-11-30T08:00"),
    CallCenterRow("2026-11-27T18:00", open: false, "after-hours", next: "2026-11-28T08:00"),
    // C3, C6, C7, C8: 祝日, 国民の休日, 振替休日.
    CallCenterRow("2026-11-23T10:00", open: false, "holiday", holiday: "勤労感謝の日", next: "2026-11-24T08:00"),
    CallCenterRow("2026-11-23T07:00", open: false, "holiday", holiday: "勤労感謝の日", next: "2026-11-24T08:00"),
    CallCenterRow("2026-09-22T10:00", open: false, "holiday", holiday: "国民の休日", next: "2026-09-24T08:00"),
    CallCenterRow("2026-05-06T10:00", open: false, "holiday", holiday: "振替休日", next: "2026-05-07T08:00"),
    CallCenterRow("2027-03-22T10:00", open: false, "holiday", holiday: "振替休日", next: "2027-03-23T08:00"),
    // A 祝日 on a Sunday is named; one on a Saturday closes the Saturday and gets no 振替休日.
    CallCenterRow("2026-05-03T10:00", open: false, "holiday", holiday: "憲法記念日", next: "2026-05-07T08:00"),
    CallCenterRow("2025-05-03T10:00", open: false, "holiday", holiday: "憲法記念日", next: "2025-05-07T08:00"),
    // Runs of closed days: Golden Week and the September week of 2026.
    CallCenterRow("2026-05-02T16:00", open: false, "after-hours", next: "2026-05-07T08:00"),
    CallCenterRow("2026-05-02T15:59", open: true, "open"),
    CallCenterRow("2026-04-28T18:00", open: false, "after-hours", next: "2026-04-30T08:00"),
    CallCenterRow("2026-09-19T16:00", open: false, "after-hours", next: "2026-09-24T08:00"),
    CallCenterRow("2026-09-20T12:00", open: false, "sunday", next: "2026-09-24T08:00"),
    // C9, C10: 年末年始 follows the stated rules, with the note.
    CallCenterRow("2027-01-01T10:00", open: false, "holiday", holiday: "元日", next: "2027-01-02T08:00", yearEndNote: true),
    CallCenterRow("2026-12-29T10:00", open: true, "open", yearEndNote: true),
    CallCenterRow("2027-01-02T10:00", open: true, "open", yearEndNote: true),
    CallCenterRow("2027-01-03T10:00", open: false, "sunday", next: "2027-01-04T08:00", yearEndNote: true),
    CallCenterRow("2026-12-31T18:30", open: false, "after-hours", next: "2027-01-02T08:00", yearEndNote: true),
    // The next opening falls in 年末年始, so the note is shown a day early.
    CallCenterRow("2026-12-28T18:00", open: false, "after-hours", next: "2026-12-29T08:00", yearEndNote: true),
    CallCenterRow("2026-12-28T10:00", open: true, "open"),
    CallCenterRow("2027-01-04T10:00", open: true, "open"),
    CallCenterRow("2027-01-04T07:00", open: false, "before-opening", next: "2027-01-04T08:00"),
    // Past the years whose holidays are known there is no next opening to give.
    CallCenterRow("2099-12-31T19:00", open: false, "after-hours", yearEndNote: true),
]

@Suite struct CallCenterTests {
    static let info = Fixture.rules.callCenter

    @Test(arguments: callCenterRows)
    func status(_ row: CallCenterRow) throws {
        let at = try JapanInstant.parse(row.at).get()
        let s = CallCenterStatus(at: at, callCenter: Self.info)
        #expect(s.isOpen == row.open)
        #expect(s.reason.id == row.reason)
        #expect(s.holiday?.name.ja == row.holiday)
        #expect(s.nextOpen == row.nextOpen.map { try! JapanInstant.parse($0).get() })
        #expect((s.note == CallCenterStatus.yearEndNote) == row.yearEndNote)
        #expect((s.note == nil) == !row.yearEndNote)
        #expect((s.closesAt != nil) == row.open)
        if let next = s.nextOpen {
            #expect(next > at)
            #expect(CallCenterStatus(at: next, callCenter: Self.info).isOpen)
        }
    }

    /// The next opening is the first open minute: every whole hour before it, back to `at`, is closed.
    @Test(arguments: callCenterRows.filter { !$0.open && $0.nextOpen != nil })
    func nothingOpensBeforeTheNextOpening(_ row: CallCenterRow) throws {
        let at = try JapanInstant.parse(row.at).get()
        let next = try #require(CallCenterStatus(at: at, callCenter: Self.info).nextOpen)
        var day = at.date
        while day <= next.date {
            for minute in stride(from: 0, to: 1440, by: 30) {
                let t = JapanInstant(date: day, minuteOfDay: minute)!
                guard t >= at, t < next else { continue }
                #expect(!CallCenterStatus(at: t, callCenter: Self.info).isOpen, "\(t)")
            }
            day = day.adding(days: 1)
        }
    }

    static let texts: [(String, String, String)] = [
        ("2026-11-24T10:00", "受付中（18:00まで）", "Open until 18:00"),
        ("2026-11-28T10:00", "受付中（16:00まで）", "Open until 16:00"),
        ("2026-11-23T10:00", "本日は勤労感謝の日のため休み", "Closed today for Labor Thanksgiving Day"),
        ("2026-09-22T10:00", "本日は国民の休日のため休み", "Closed today for Citizens' holiday"),
        ("2026-05-06T10:00", "本日は振替休日のため休み", "Closed today for Substitute holiday"),
        ("2026-11-29T10:00", "日曜日のため休み", "Closed on Sundays"),
        ("2026-11-24T07:59", "受付開始前（平日8:00〜18:00）", "Not open yet (weekdays 8:00–18:00)"),
        ("2026-11-24T18:00", "受付時間外（平日8:00〜18:00）", "Closed for the day (weekdays 8:00–18:00)"),
        ("2026-11-28T16:00", "受付時間外（土曜8:00〜16:00）", "Closed for the day (Saturdays 8:00–16:00)"),
    ]

    @Test(arguments: texts)
    func reasonText(_ at: String, _ ja: String, _ en: String) throws {
        let s = CallCenterStatus(at: try JapanInstant.parse(at).get(), callCenter: Self.info)
        #expect(s.text(.ja) == ja)
        #expect(s.text(.en) == en)
    }

    @Test func hoursAsTheLetterStatesThem() {
        #expect(Self.info.hoursText(.ja) == "平日8:00〜18:00、土曜8:00〜16:00（日曜・祝日は休み）")
        #expect(Self.info.hoursText(.en) == "weekdays 8:00–18:00, Saturdays 8:00–16:00 (closed on Sundays and national holidays)")
        #expect(CallCenterStatus.yearEndNote.ja == "年末年始は営業時間をご確認ください")
    }
}
