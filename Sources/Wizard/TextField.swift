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

    /// What an editing key does; the help lists them from here (`KeyMap.textField`).
    public enum Edit: CaseIterable, Sendable {
        case caretLeft, caretRight, toStart, toEnd, deleteBefore, deleteAfter, clearBefore
    }

    /// The keys of an edit.
    public static func keys(_ edit: Edit) -> [Key] {
        switch edit {
        case .caretLeft: [.left]
        case .caretRight: [.right]
        case .toStart: [.home, .ctrl("a")]
        case .toEnd: [.end, .ctrl("e")]
        case .deleteBefore: [.backspace]
        case .deleteAfter: [.delete]
        case .clearBefore: [.ctrl("u")]
        }
    }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func edit(_ key: Key) -> Bool {
        var chars = Array(text)
        if case .char(let c) = key {
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return false }
            guard chars.count < limit else { return true }
            chars.insert(c, at: caret)
            caret += 1
        } else {
            guard let edit = Edit.allCases.first(where: { TextField.keys($0).contains(key) }) else { return false }
            switch edit {
            case .caretLeft: caret = max(0, caret - 1)
            case .caretRight: caret = min(chars.count, caret + 1)
            case .toStart: caret = 0
            case .toEnd: caret = chars.count
            case .deleteBefore:
                guard caret > 0 else { return true }
                chars.remove(at: caret - 1)
                caret -= 1
            case .deleteAfter:
                guard caret < chars.count else { return true }
                chars.remove(at: caret)
            case .clearBefore:
                chars.removeSubrange(0..<caret)
                caret = 0
            }
        }
        text = String(chars)
        // A combining mark or joiner typed on its own merges with its neighbour into one character: count again.
        caret = min(String(chars[..<caret]).count, text.count)
        return true
    }
}
