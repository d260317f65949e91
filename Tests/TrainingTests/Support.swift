import BundledResources
import Eligibility
import StrictJSON
import Training

/// The built-in rules and scenarios, loaded once for all tests.
enum Fixture {
    static let rules: Rules = try! RulesFile.load(BundledResources.rules, file: "rules.json")
    static let library = TrainingLibrary.builtIn
    static let scenarioIDs = library.scenarios.map(\.id)

    /// What the engine says for a scenario now. `today` only drives W-future-date, which scenarios never promise.
    static func decision(_ s: TrainingScenario) -> Decision {
        Eligibility.decide(s.checkCase, dates: rules.dates, today: rules.reviewedOn)
    }

    static func scenario(_ id: String) -> TrainingScenario { library.scenario(id: id)! }
}

func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

func load(_ text: String) -> Result<TrainingLibrary, TrainingFileError> {
    do { return .success(try TrainingLibrary.load(Array(text.utf8), file: "test.json")) } catch { return .failure(error) }
}

/// Writes a JSONNode back as JSON text (two-space indent), so a test can remove one key of the built-in file.
func serialize(_ node: JSONNode, indent: String = "") -> String {
    switch node.value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let text, _): return text
    case .string(let s): return JSONWriter.quoted(s)
    case .array(let items):
        return "[" + items.map { serialize($0, indent: indent) }.joined(separator: ", ") + "]"
    case .object(let members):
        let inner = indent + "  "
        return "{\n" + members.map { "\(inner)\(JSONWriter.quoted($0.key)): \(serialize($0.node, indent: inner))" }
            .joined(separator: ",\n") + "\n\(indent)}"
    }
}

/// Every object member under `node`, as a path of keys.
func memberPaths(_ node: JSONNode, prefix: [String] = []) -> [[String]] {
    guard case .object(let members) = node.value else { return [] }
    return members.flatMap { [prefix + [$0.key]] + memberPaths($0.node, prefix: prefix + [$0.key]) }
}

func removing(_ path: [String], from node: JSONNode) -> JSONNode {
    guard case .object(let members) = node.value else { return node }
    let rest = Array(path.dropFirst())
    let kept: [JSONMember] = members.compactMap { m in
        if m.key != path[0] { return m }
        return rest.isEmpty ? nil : JSONMember(key: m.key, node: removing(rest, from: m.node))
    }
    return JSONNode(value: .object(kept), line: node.line, column: node.column)
}
