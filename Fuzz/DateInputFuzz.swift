import Eligibility

/// libFuzzer entry for the one date parser: any bytes as typed text. A parse must never trap, what it accepts must
/// lie in the supported range and read back the same in ISO form (and 和暦, up to era year 99), and every refusal must have words.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDateInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    switch DateInput.parse(text) {
    case .success(let date):
        precondition(date >= CalendarDate.earliest && date <= CalendarDate.latest, "\(text) gave \(date), out of range")
        precondition(DateInput.parse(date.iso) == .success(date), "\(text) gave \(date), which does not read back")
        // Era years have at most two digits as typed (R7, R07); 令和100年 (2118) and later are typed in Western form.
        if let wareki = WarekiDate(date), wareki.year < 100 {
            precondition(DateInput.parse(wareki.kanjiText) == .success(date), "\(text): \(wareki.kanjiText) does not read back")
        }
    case .failure(let error):
        precondition(!error.text(.ja).isEmpty && !error.text(.en).isEmpty, "\(text): \(error) has no message")
    }
    return 0
}
