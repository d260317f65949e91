/// The files of Resources/, compiled in by the EmbedResources plugin.
public enum BundledResources {
    /// Resources/rules.json as built into this binary.
    public static var rules: UnsafeBufferPointer<UInt8> { bytes(rulesJSONText) }
    /// Resources/training-scenarios.json as built into this binary.
    public static var trainingScenarios: UnsafeBufferPointer<UInt8> { bytes(trainingScenariosJSONText) }

    static func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }
}
