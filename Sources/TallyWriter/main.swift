import Eligibility
import Foundation
import Store

// tally-writer PATH COUNT SECONDS: records COUNT synthetic checks at SECONDS (since 1970 UTC) into the tally at PATH,
// printing "recorded N" after each, so that tests can run writers as separate processes and kill them mid-way.
// Exit 0 when all were recorded, 1 on a tally fault (its kind and text on stderr), 2 on bad arguments.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 1]), count >= 0,
      let seconds = Int64(arguments[arguments.startIndex + 2])
else {
    FileHandle.standardError.write(Data("usage: tally-writer PATH COUNT SECONDS\n".utf8))
    exit(2)
}
/// A spread of verdicts, documents and facilities, always the same for the same index.
func syntheticRecord(_ n: Int) -> TallyRecord {
    let verdict = Verdict.allCases[n % Verdict.allCases.count]
    let held = DocumentSet(rawValue: UInt8(n % 32))
    let online = n % 2 == 0
    return TallyRecord(
        recordedAt: seconds, visitDate: CalendarDate(inJapanAt: seconds), online: online,
        reader: online && held.contains(.mynaCard) ? .ok : nil, held: held,
        insurer: held.contains(.legacyCard) ? InsurerType.allCases[n % InsurerType.allCases.count] : nil,
        verdict: verdict, used: verdict == .notConfirmed ? [] : Array(held.kinds.prefix(1)),
        condition: verdict == .conditional ? .insurerQuery : nil,
        path: verdict == .notConfirmed ? nil : DecisionPath.allCases[n % DecisionPath.allCases.count])
}

do throws(TallyError) {
    let tally = try Tally.open(path: arguments[arguments.startIndex])
    for n in 0..<count {
        try tally.record(syntheticRecord(n))
        FileHandle.standardOutput.write(Data("recorded \(n + 1)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("\(error.kind.rawValue): \(error.text(.en))\n".utf8))
    exit(1)
}
