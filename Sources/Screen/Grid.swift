/// What a cell means to the eye; the theme turns a role into colours. Focus also carries `reverse` or `bold`,
/// so it never depends on colour alone.
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case plain, header, banner, title, muted, focus, input, error, ok, caution, danger, warning, footer, key, notice
}

/// Attributes that do not depend on colour.
public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Emphasis(rawValue: 1)
    public static let reverse = Emphasis(rawValue: 2)
    public static let underline = Emphasis(rawValue: 4)
    public static let dim = Emphasis(rawValue: 8)
}

public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var emphasis: Emphasis

    public init(_ role: StyleRole = .plain, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    public static let plain = Style()
}

/// One terminal cell. A wide character owns two cells: the lead (width 2) and a continuation (width 0, empty text).
public struct Cell: Hashable, Sendable {
    /// The character with any combining marks; "" in a continuation cell.
    public var text: String
    /// 1 for a narrow character, 2 for the lead of a wide one, 0 for the continuation.
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .plain)
    public var isContinuation: Bool { width == 0 }
}

public struct Position: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var description: String { "\(width)×\(height)" }
}

/// An in-memory screen. Whatever overwrites either half of a wide character clears both halves, and nothing is
/// ever drawn past the right edge, so the grid and the terminal always agree on every column.
public struct Grid: Hashable, Sendable {
    public let size: Size
    /// How the terminal draws what is written here: every width the grid gives a character comes from it.
    public let traits: DisplayTraits
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be (a text field's caret), or nil to hide it.
    public var cursor: Position?

    public init(size: Size, traits: DisplayTraits = .standard) {
        self.size = size
        self.traits = traits
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes one cell, keeping wide characters whole. Returns false when it does not fit.
    @discardableResult
    mutating func setCell(x: Int, y: Int, text: String, width: Int, style: Style) -> Bool {
        guard y >= 0, y < size.height, x >= 0, x + max(width, 1) <= size.width else { return false }
        let i = y * size.width + x
        clearWide(at: i, x: x)
        if width == 2 {
            clearWide(at: i + 1, x: x + 1)
            cells[i] = Cell(text: text, width: 2, style: style)
            cells[i + 1] = Cell(text: "", width: 0, style: style)
        } else {
            cells[i] = Cell(text: text, width: 1, style: style)
        }
        return true
    }

    /// Before a cell at `i` is overwritten: if it is half of a wide character, blank the other half.
    private mutating func clearWide(at i: Int, x: Int) {
        let cell = cells[i]
        if cell.width == 0, x > 0 {
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        } else if cell.width == 2, x + 1 < size.width {
            cells[i + 1] = Cell(text: " ", width: 1, style: cell.style)
        }
    }

    /// Writes `text` from (x, y), clipped to `limit` columns and to the right edge; a wide character that would be
    /// cut is replaced by a space. Combining marks join the character before them. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let end = min(size.width, limit.map { x + max(0, $0) } ?? size.width)
        var col = x
        var lastLead: Int?
        for scalar in traits.shown(String(text)).unicodeScalars {
            var s = scalar
            if DisplayWidth.isUnprintable(s) { s = "\u{FFFD}" }
            let w = traits.width(s)
            if w == 0 {
                // A combining mark: part of the previous character's cell.
                if let lead = lastLead, lead >= 0 {
                    let i = y * size.width + lead
                    cells[i].text.unicodeScalars.append(s)
                }
                continue
            }
            if col + w > end {
                if w == 2 && col < end && col >= 0 { setCell(x: col, y: y, text: " ", width: 1, style: style) ; col += 1 }
                break
            }
            if col >= 0 {
                setCell(x: col, y: y, text: String(Character(s)), width: w, style: style)
                lastLead = col
            } else {
                lastLead = nil
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Paints `count` cells from (x, y) with spaces in `style`.
    public mutating func fill(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        let from = max(0, x)
        let to = min(size.width, x + count)
        guard from < to else { return }
        for cx in from..<to { setCell(x: cx, y: y, text: " ", width: 1, style: style) }
    }

    /// Changes the style of `count` cells from (x, y) without changing their text (to highlight a row).
    public mutating func restyle(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for cx in max(0, x)..<min(size.width, x + count) { cells[y * size.width + cx].style = style }
    }

    /// The rows as text, wide characters once each (as `tmux capture-pane` shows them), trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x: x, y: y].isContinuation { line += self[x: x, y: y].text }
            return line
        }
    }

    /// The rows with trailing spaces removed: what a snapshot test compares.
    public var snapshot: String {
        lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }.joined(separator: "\n")
    }

    /// Checks the grid's invariants; the monkey test calls this after every step.
    public var isConsistent: Bool {
        for y in 0..<size.height {
            for x in 0..<size.width {
                let c = self[x: x, y: y]
                switch c.width {
                case 2: if x + 1 >= size.width || self[x: x + 1, y: y].width != 0 { return false }
                case 0: if x == 0 || self[x: x - 1, y: y].width != 2 { return false }
                default: if traits.width(c.text) != 1 { return false }
                }
            }
        }
        return true
    }
}

/// A run of changed cells on one row, starting at a whole character, to write to the terminal.
public struct CellRun: Hashable, Sendable {
    public let y: Int
    public let x: Int
    public let cells: ArraySlice<Cell>
}

extension Grid {
    /// The runs that differ from `previous`; everything when the sizes differ. Runs start and end on whole
    /// characters, so the terminal never writes half of a wide character.
    public func changes(since previous: Grid?) -> [CellRun] {
        guard let previous, previous.size == size else {
            return (0..<size.height).map { y in CellRun(y: y, x: 0, cells: cells[(y * size.width)..<((y + 1) * size.width)]) }
        }
        var runs: [CellRun] = []
        for y in 0..<size.height {
            let row = y * size.width
            var x = 0
            while x < size.width {
                guard cells[row + x] != previous.cells[row + x] else {
                    x += 1
                    continue
                }
                var start = x
                if cells[row + start].width == 0 && start > 0 { start -= 1 }
                var end = x + 1
                while end < size.width && cells[row + end] != previous.cells[row + end] { end += 1 }
                if end < size.width && cells[row + end].width == 0 { end += 1 }
                runs.append(CellRun(y: y, x: start, cells: cells[(row + start)..<(row + end)]))
                x = end
            }
        }
        return runs
    }
}
