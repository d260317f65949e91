/// The kiosk administrator PIN's form: 4 to 8 digits (Store keeps only its crypt(3) hash).
public enum AdminPinRule {
    public static let lengths = 4...8

    /// Why `pin` cannot be used, or nil.
    public static func problem(_ pin: String) -> String? {
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "digits only" }
        guard lengths.contains(pin.count) else { return "4 to 8 digits" }
        return nil
    }
}
