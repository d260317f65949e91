import Eligibility

/// libFuzzer entry for the 保険者番号 parser: any bytes as typed text. A parse must never trap, an accepted number
/// must have 6 or 8 digits and parse again to itself, and every refusal must have words.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInsurerNumber(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    switch InsurerNumber.parse(text) {
    case .success(let number):
        precondition(number.digits.count == 6 || number.digits.count == 8, "\(text) gave \(number.digits)")
        precondition(InsurerNumber.parse(number.digits) == .success(number), "\(text): \(number.digits) does not read back")
    case .failure(let error):
        precondition(!error.text(.ja).isEmpty && !error.text(.en).isEmpty, "\(text): \(error) has no message")
    }
    return 0
}
