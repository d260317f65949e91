import CPinHash
import Facility

/// The kiosk administrator PIN: 4 to 8 digits, kept only as a crypt(3) hash in the settings file.
public enum AdminPin {
    public static var lengths: ClosedRange<Int> { AdminPinRule.lengths }

    /// Why `pin` cannot be used, or nil.
    public static func problem(_ pin: String) -> String? { AdminPinRule.problem(pin) }

    /// A fresh salted hash of the PIN.
    public static func hash(_ pin: String) -> String? {
        var out = [CChar](repeating: 0, count: 256)
        guard uk_pin_hash(pin, &out, out.count) == 0 else { return nil }
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The hash is a whole crypt(3) hash of a method libxcrypt accepts (`crypt_checksalt` gives CRYPT_SALT_OK):
    /// a malformed one would let no PIN ever match.
    public static func isUsableHash(_ hash: String) -> Bool {
        uk_pin_hash_usable(hash) == 1
    }

    public static func matches(_ pin: String, hash: String) -> Bool {
        uk_pin_verify(pin, hash) == 1
    }
}
