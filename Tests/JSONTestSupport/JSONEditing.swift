import StrictJSON

// Editing the built-in data files in tests: remove or change one entry of the parsed tree and write it back, so a test
// shows that the loader refuses exactly that mistake. Shared by the rules-file and scenario-file tests.

/// Writes a JSONNode back as JSON text (two-space indent), so tests can remove or change one entry.
public func serialize(_ node: JSONNode, indent: String = "") -> String {
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

/// Every object member of the tree, as a path of keys.
public func memberPaths(_ node: JSONNode, prefix: [String] = []) -> [[String]] {
    guard case .object(let members) = node.value else { return [] }
    return members.flatMap { [prefix + [$0.key]] + memberPaths($0.node, prefix: prefix + [$0.key]) }
}

public func removing(_ path: [String], from node: JSONNode) -> JSONNode {
    guard case .object(let members) = node.value else { return node }
    let rest = Array(path.dropFirst())
    let kept: [JSONMember] = members.compactMap { m in
        if m.key != path[0] { return m }
        return rest.isEmpty ? nil : JSONMember(key: m.key, node: removing(rest, from: m.node))
    }
    return JSONNode(value: .object(kept), line: node.line, column: node.column)
}

public func replacing(_ path: [String], with value: JSONNode.Value, in node: JSONNode) -> JSONNode {
    guard case .object(let members) = node.value else { return node }
    let rest = Array(path.dropFirst())
    return JSONNode(value: .object(members.map { m in
        guard m.key == path[0] else { return m }
        return JSONMember(key: m.key, node: rest.isEmpty ? JSONNode(value: value, line: 0, column: 0) : replacing(rest, with: value, in: m.node))
    }), line: node.line, column: node.column)
}
