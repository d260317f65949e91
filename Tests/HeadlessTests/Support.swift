import BundledResources
import Eligibility
import Foundation
import Headless
import StrictJSON

enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let today = CalendarDate(iso: "2026-11-24")!
    static let resolver = CaseResolver(rules: rules, today: today)
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The cases of `../shared/spec/scenarios.jsonl`, copied into Tests/Fixtures.
    static let scenarioLines: [String] = {
        let text = try! String(contentsOf: testsDirectory.appending(path: "Fixtures/scenarios.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }()
}

/// A batch line's members as a case input (what `check --batch` reads).
func caseInput(_ node: JSONNode) -> CaseInput {
    guard case .object(let members) = node.value else { return CaseInput() }
    var input = CaseInput()
    for m in members {
        guard let field = CaseField(jsonKey: m.key) else { continue }
        switch m.node.value {
        case .string(let s): input[field] = .text(s)
        case .bool(let b): input[field] = .bool(b)
        case .null: input[field] = .null
        case .array(let items): input[field] = .list(items.compactMap { if case .string(let s) = $0.value { s } else { nil } })
        default: break
        }
    }
    return input
}

func member(_ node: JSONNode, _ key: String) -> JSONNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.key == key }?.node
}

func strings(_ node: JSONNode?) -> [String] {
    guard case .array(let items)? = node?.value else { return [] }
    return items.compactMap { if case .string(let s) = $0.value { s } else { nil } }
}

func optionalString(_ node: JSONNode?) -> String? {
    if case .string(let s)? = node?.value { return s }
    return nil
}
