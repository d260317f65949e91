import Adoption
import BundledResources
import Eligibility

enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let today = CalendarDate(iso: "2026-11-24")!
}
