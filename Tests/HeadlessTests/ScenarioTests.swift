import Eligibility
import Headless
import StrictJSON
import Testing

/// Every case of the product's scenario table, through the library: input → CaseResolver → decide.
@Suite struct ScenarioTests {
    @Test func thereAreScenarios() {
        #expect(Fixture.scenarioLines.count == 42)
    }

    @Test(arguments: Fixture.scenarioLines)
    func scenario(_ line: String) throws {
        let node = try JSONReader.parse(line)
        let id = optionalString(member(node, "id")) ?? "?"
        let expect = try #require(member(node, "expect"))
        let c = try Fixture.resolver.resolve(caseInput(try #require(member(node, "input")))).get()
        let d = Eligibility.decide(c, dates: Fixture.rules.dates, today: Fixture.today)
        #expect(d.verdict.rawValue == optionalString(member(expect, "verdict")), "\(id)")
        #expect(d.use.map(\.rawValue) == strings(member(expect, "use")), "\(id)")
        #expect(d.condition?.rawValue == optionalString(member(expect, "condition")), "\(id)")
        #expect(d.fallback?.rawValue == optionalString(member(expect, "fallback")), "\(id)")
        #expect(d.warnings.map(\.rawValue) == strings(member(expect, "warnings")), "\(id)")
        guard case .array(let options)? = member(expect, "options")?.value else {
            Issue.record("\(id): no options")
            return
        }
        #expect(d.options.map { $0.map(\.rawValue) } == options.map { strings($0) }, "\(id)")
    }
}
