import Wizard

/// Key-to-frame end to end: the release binary on an 80×24 pty, the receptionist scripts of `keys` typed one key
/// at a time, each timed from the write until the whole frame it causes has been read back from the terminal.
enum PtyKeysBenchmark {
    static func run(_ args: [String]) throws {
        let count = try option("--keys", in: args, default: 500)
        let home = try ScratchHome()
        try home.askForEachPatient()
        let process = try startWizard(in: home, date: KeysBenchmark.date)
        defer { process.terminate() }
        let keys = KeysBenchmark.scripts.flatMap { $0 }
        var replay = FrameReplay(process, keys: try keys.map(TerminalBytes.of), quiet: 0.15)
        var all: [Double] = []
        var withoutEscape: [Double] = []
        var silent = 0
        for _ in 0..<count {
            let key = keys[replay.position]
            guard let seconds = try replay.next() else {
                silent += 1
                continue
            }
            all.append(seconds)
            if key != .escape { withoutEscape.append(seconds) }
        }
        func ms(_ x: Double) -> String { String(format: "%.2f ms", x * 1000) }
        print("key to frame on an 80×24 pty (write → whole frame read back), \(count) keys, \(machineDescription())")
        if !Built.isRelease { print("  note: not a release build; figures will be high") }
        print("  all keys:    p50 \(ms(median(all)))  p99 \(ms(percentile(all, 0.99)))  max \(ms(all.max()!))  (\(all.count) timed)")
        print("  without Esc: p50 \(ms(median(withoutEscape)))  p99 \(ms(percentile(withoutEscape, 0.99)))  "
              + "(Esc waits the 25 ms ESCDELAY for a following byte)")
        if silent > 0 { print("  \(silent) keys that change nothing on screen (scrolling a result that fits, Esc on the menu) were not timed") }
    }
}
