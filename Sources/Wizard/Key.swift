/// A key as the wizard sees it, whatever front end produced it (curses, plain lines, tests).
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl plus a letter, lower case: ctrl("l") is Ctrl-L.
    case ctrl(Character)
}
