/// A one-line text entry: the text and the caret, in characters.
public struct TextField: Hashable, Sendable {
    public var text: String
    public var caret: Int
    /// The most characters it takes (a password may be 100; dates and numbers need far fewer).
    public var limit: Int

    public init(_ text: String = "", limit: Int = 64) {
        self.text = text
        self.limit = limit
        caret = text.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func edit(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return false }
            guard chars.count < limit else { return true }
            chars.insert(c, at: caret)
            caret += 1
        case .backspace:
            guard caret > 0 else { return true }
            chars.remove(at: caret - 1)
            caret -= 1
        case .delete:
            guard caret < chars.count else { return true }
            chars.remove(at: caret)
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(chars.count, caret + 1)
        case .home, .ctrl("a"): caret = 0
        case .end, .ctrl("e"): caret = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<caret)
            caret = 0
        default: return false
        }
        text = String(chars)
        // A combining mark or joiner typed on its own merges with its neighbour into one character: count again.
        caret = min(String(chars[..<caret]).count, text.count)
        return true
    }
}
