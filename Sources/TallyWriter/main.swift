import Eligibility
import Foundation
import Store

// tally-writer PATH COUNT SECONDS: records COUNT synthetic checks at SECONDS (since 1970 UTC) into the tally at PATH,
// printing "recorded N" after each, so that tests can run writers as separate processes and kill them mid-way.
// tally-writer --read PATH DAY: opens the tally read-only (`Tally.openForReading`) and prints "total N" for that
// Japan day (YYYY-MM-DD), or "none" when there is no tally; tests run it as a user who may not write there.
// Exit 0 when all were recorded (or the report printed), 1 on a tally fault (its kind and text on stderr),
// 2 on bad arguments.

let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ error: TallyError) -> Never {
    FileHandle.standardError.write(Data("\(error.kind.rawValue): \(error.text(.en))\n".utf8))
    exit(1)
}

if arguments.count == 3, arguments[0] == "--read", let day = CalendarDate(iso: arguments[2]) {
    do throws(TallyError) {
        guard let tally = try Tally.openForReading(path: arguments[1]) else {
            print("none")
            exit(0)
        }
        print("total \(try tally.report(from: day, to: day).total)")
        exit(0)
    } catch {
        fail(error)
    }
}

guard arguments.count == 3, let count = Int(arguments[1]), count >= 0, let seconds = Int64(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: tally-writer PATH COUNT SECONDS | tally-writer --read PATH DAY\n".utf8))
    exit(2)
}

/// A spread of verdicts, documents and facilities, always the same for the same index.
func syntheticRecord(_ n: Int) -> TallyRecord {
    let verdict = Verdict.allCases[n % Verdict.allCases.count]
    let held = DocumentSet(rawValue: UInt8(n % 32))
    let online: OnlineChecking = n % 2 == 0 ? .yes : .no
    return TallyRecord(
        recordedAt: seconds, visitDate: CalendarDate(inJapanAt: seconds), online: online,
        reader: online.readsCards && held.contains(.mynaCard) ? .known(.ok) : nil, held: held,
        insurer: held.contains(.legacyCard) ? .known(InsurerType.allCases[n % InsurerType.allCases.count]) : nil,
        verdict: verdict, used: verdict == .notConfirmed ? [] : Array(held.kinds.prefix(1)),
        condition: verdict == .conditional ? .insurerQuery : nil,
        path: verdict == .notConfirmed ? nil : DecisionPath.allCases[n % DecisionPath.allCases.count])
}

do throws(TallyError) {
    let tally = try Tally.open(path: arguments[0])
    for n in 0..<count {
        try tally.record(syntheticRecord(n))
        FileHandle.standardOutput.write(Data("recorded \(n + 1)\n".utf8))
    }
} catch {
    fail(error)
}
