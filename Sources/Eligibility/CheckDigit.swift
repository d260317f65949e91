/// The 検証番号 of 保険者番号 and 医療機関等コード (rules.md §4): from the rightmost body digit multiply by 2, 1, 2, 1 …,
/// add the digits of each product, and the check digit is (10 − sum mod 10) mod 10. This is the Luhn algorithm.
public enum CheckDigit {
    public static func compute(body: some Collection<UInt8>) -> Int {
        var sum = 0
        var weight = 2
        for d in body.reversed() {
            let p = Int(d) * weight
            sum += p / 10 + p % 10
            weight = 3 - weight
        }
        return (10 - sum % 10) % 10
    }
}

/// Reads a number typed by a person: half-width or full-width digits, spaces ignored.
public enum DigitInput {
    public enum Problem: Error, Hashable, Sendable {
        case empty
        /// A character that is not a digit, e.g. "-" or "O".
        case notADigit(Character)
    }

    public static func digits(_ text: String) -> Result<[UInt8], Problem> {
        var out: [UInt8] = []
        out.reserveCapacity(10)
        for ch in text {
            guard let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return .failure(.notADigit(ch)) }
            switch s.value {
            case 0x30...0x39: out.append(UInt8(s.value - 0x30))
            case 0xFF10...0xFF19: out.append(UInt8(s.value - 0xFF10))
            case 0x20, 0x3000: continue
            default: return .failure(.notADigit(ch))
            }
        }
        return out.isEmpty ? .failure(.empty) : .success(out)
    }

    /// The digits of `text` when there are as many as one of `counts`; the problems in the words of the number read.
    static func digits<Refusal: DigitCodeError>(_ text: String, counts: [Int]) -> Result<[UInt8], Refusal> {
        switch digits(text) {
        case .success(let d): counts.contains(d.count) ? .success(d) : .failure(.length(d.count))
        case .failure(.empty): .failure(.empty)
        case .failure(.notADigit(let c)): .failure(.notADigit(c))
        }
    }
}

/// Why a code typed as digits (保険者番号, 医療機関等コード) was refused; an enumeration meets these with cases of the
/// same names, so `DigitInput.digits(_:counts:)` can report them.
protocol DigitCodeError: Error {
    static var empty: Self { get }
    static func notADigit(_ c: Character) -> Self
    static func length(_ count: Int) -> Self
}
