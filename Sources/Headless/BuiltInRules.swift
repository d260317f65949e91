import BundledResources
import StrictJSON

/// The rules built into the binary.
public enum BuiltInRules {
    /// The built-in rules file's own "version", read from the file (for `--version`) without checking the rest of it,
    /// which the commands that use the rules do.
    public static let version: String = {
        guard case .object(let members)? = try? JSONReader.parse(BundledResources.rules).value,
              case .string(let v)? = members.first(where: { $0.key == "version" })?.node.value
        else { return "?" }
        return v
    }()
}
