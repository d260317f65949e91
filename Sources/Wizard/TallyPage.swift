import Eligibility
import Facility

/// How far back the tally page counts (home menu 3): today, 7 days, 30 days.
public enum TallySpan: Int, CaseIterable, Sendable {
    case today = 1, week, month

    public var days: Int {
        switch self {
        case .today: 1
        case .week: 7
        case .month: 30
        }
    }
}

/// 本日の集計: counts by verdict and by what patients held, and the adoption headline.
public struct TallyPage: Hashable, Sendable {
    public var span: TallySpan
    public var report: TallyReport?
    /// Why the tally could not be read.
    public var problem: LocalizedText?

    public init(span: TallySpan = .today) { self.span = span }
}

extension Wizard {
    static func openTally(_ s: inout WizardState, _ env: WizardEnvironment) -> [Effect] {
        s.page = .tally(TallyPage())
        return [loadTally(s, .today)]
    }

    static func loadTally(_ s: WizardState, _ span: TallySpan) -> Effect {
        .loadTally(from: s.today.adding(days: 1 - span.days), to: s.today)
    }

    static func tallyKey(_ s: inout WizardState, _ page: TallyPage, _ key: Key) -> [Effect] {
        var span = page.span
        switch key {
        case .escape:
            s.page = s.adminSession ? .admin(cursor: AdminItem.tally.rawValue - 1) : .home(cursor: MenuItem.tally.rawValue - 1)
            return []
        case .right, .tab: span = TallySpan(rawValue: span.rawValue % TallySpan.allCases.count + 1)!
        case .left: span = TallySpan(rawValue: (span.rawValue + TallySpan.allCases.count - 2) % TallySpan.allCases.count + 1)!
        case .char(let c):
            guard let n = c.wholeNumberValue, let chosen = TallySpan(rawValue: n) else {
                if c == "r" { return [loadTally(s, span)] }
                return []
            }
            span = chosen
        case .enter:
            return [loadTally(s, span)]
        default:
            return []
        }
        s.page = .tally(TallyPage(span: span))
        return [loadTally(s, span)]
    }

    static func tallyLoaded(_ s: inout WizardState, _ result: Result<TallyReport, TallyLoadProblem>) {
        guard case .tally(var page) = s.page else { return }
        switch result {
        case .success(let report):
            page.report = report
            page.problem = nil
        case .failure(let problem):
            page.report = nil
            page.problem = problem.text
        }
        s.page = .tally(page)
    }
}

/// Why the tally could not be read, in both languages.
public struct TallyLoadProblem: Error, Hashable, Sendable {
    public let text: LocalizedText

    public init(_ text: LocalizedText) { self.text = text }
}
