import Eligibility

/// libFuzzer entry for the rules-file loader (and the strict JSON reader under it): any bytes as a rules file. Loading
/// must never trap or read out of bounds, and a refusal must name a place in the file and say what is wrong.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulesFile(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    do {
        _ = try RulesFile.load(UnsafeBufferPointer(start: data, count: count), file: "fuzz.json")
    } catch {
        precondition(error.text(.en).hasPrefix("fuzz.json") && !error.problem.text(.ja).isEmpty, "\(error) has no place or message")
    }
    return 0
}
