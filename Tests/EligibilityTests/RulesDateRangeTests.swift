import Eligibility
import Testing

/// Rules-file dates must lie in 1873-01-01…2200-12-31: outside it, a date has no era to show (令和7981年).
@Suite struct RulesDateRangeTests {
    func with(legacyCap: String) -> Result<Rules, RulesFileError> {
        load(builtInText.replacingOccurrences(of: "\"date\": \"2025-12-01\"", with: "\"date\": \"\(legacyCap)\""))
    }

    @Test(arguments: ["9999-12-01", "2201-01-01", "1872-12-31", "0001-01-01"])
    func outsideTheRangeIsRefused(_ value: String) throws {
        guard case .failure(let e) = with(legacyCap: value) else {
            Issue.record("\(value) was accepted")
            return
        }
        #expect(e.text(.ja) == "test.json:13:15: dates.legacyCap.date: 日付「\(value)」は使える範囲の外です（使える範囲: 1873-01-01〜2200-12-31）")
        #expect(e.text(.en) == "test.json:13:15: dates.legacyCap.date: found \"\(value)\"; expected a date from 1873-01-01 to 2200-12-31")
    }

    @Test(arguments: ["1873-01-01", "2200-12-31"])
    func theEndsAreAccepted(_ value: String) throws {
        #expect(try with(legacyCap: value).get().dates.legacyCap.iso == value)
    }
}
