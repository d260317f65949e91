import StrictJSON
import Testing

@Suite struct StrictJSONTests {
    @Test func parsesValuesWithPositions() throws {
        let node = try JSONReader.parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"日本\": \"語\\n\\u00e9\\ud83d\\ude00\"\n}")
        guard case .object(let m) = node.value else { Issue.record("not an object"); return }
        #expect(m.map(\.key) == ["a", "日本"])
        #expect(m[1].node.line == 3)
        #expect(m[1].node.column == 9)
        #expect(m[1].node.value == .string("語\né😀"))
    }

    static let refused: [(String, Int, Int, String)] = [
        ("{\"a\":1,}", 1, 8, "a comma before '}' is not allowed"),
        ("[1,]", 1, 4, "a comma before ']' is not allowed"),
        ("{\"a\":1,\"a\":2}", 1, 8, "the key \"a\" appears twice in this object"),
        ("{\"a\":01}", 1, 6, "a number cannot start with 0"),
        ("// c\n{}", 1, 1, "expected a value (string, number, object, list, true, false or null) but found '/'"),
        ("\"abc", 1, 1, "the string is not closed"),
        ("\"a\nb\"", 1, 3, "the string is not closed before the end of the line"),
        ("{} x", 1, 4, "unexpected text after the end of the JSON value"),
        ("\"\\x\"", 1, 4, "unknown escape \\x"),
        ("\"\\ud800\"", 1, 8, "a \\u surrogate must come in a pair"),
        ("tru", 1, 1, "expected true but found 'tru'"),
        ("", 1, 1, "expected a value but the input ended"),
        ("{\"a\":1", 1, 7, "the object is not closed: expected ',' or '}'"),
        ("[1", 1, 3, "the list is not closed: expected ',' or ']'"),
        ("{\"a\":1]", 1, 7, "expected ',' or '}' but found ']'"),
        ("[1 2]", 1, 4, "expected ',' or ']' but found '2'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after \"a\" but found '1'"),
        ("{1:2}", 1, 2, "expected a key in double quotes but found '1'"),
    ]

    @Test func readsEmptyObjectsAndLists() throws {
        #expect(try JSONReader.parse("{ }").value == .object([]))
        #expect(try JSONReader.parse("[\n]").value == .array([]))
        #expect(try JSONReader.parse("[{},[]]").value == .array([
            JSONNode(value: .object([]), line: 1, column: 2), JSONNode(value: .array([]), line: 1, column: 5),
        ]))
    }

    @Test(arguments: refused)
    func refuses(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try JSONReader.parse(text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.line == line && error.column == column && error.message == message, "\(error)")
            // The Japanese says the same in Japanese: no English phrase inside it.
            #expect(!error.japanese.contains("expected") && !error.japanese.contains(" but ") && error.japanese != error.message,
                    "\(error.japanese)")
        }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) }
        #expect((try? JSONReader.parse(String(repeating: "[", count: 60) + String(repeating: "]", count: 60))) != nil)
    }

    /// A long single line (a report's JSON) parses with right columns; counting used to restart at each value.
    @Test(.timeLimit(.minutes(1))) func longSingleLineHasRightColumns() throws {
        let items = (0..<20_000).map { "{\"a\":\($0),\"日本\":\"語\"}" }
        let text = "[" + items.joined(separator: ",") + "]"
        let node = try JSONReader.parse(text)
        guard case .array(let all) = node.value, case .object(let last) = all.last!.value else {
            Issue.record("not an array of objects")
            return
        }
        let prefix = "[" + items.dropLast().joined(separator: ",") + ",{\"a\":19999,\"日本\":"
        #expect(last[1].node.column == prefix.count + 1)
    }

    @Test func writerEscapes() throws {
        #expect(JSONWriter.quoted("a\"b\\c\nd\u{01}日本") == "\"a\\\"b\\\\c\\nd\\u0001日本\"")
        #expect(try JSONReader.parse(JSONWriter.quoted("x\"\\\u{1F}\t")).value == .string("x\"\\\u{1F}\t"))
    }
}
