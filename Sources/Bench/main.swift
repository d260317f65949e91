import Foundation

// uketsuke-bench: benchmarks that print figures. Run a release build:
//   swift build -c release && .build/release/uketsuke-bench [batch|all] …
let arguments = Array(CommandLine.arguments.dropFirst())
let benchmarks: [String: ([String]) throws -> Void] = [
    "batch": BatchBenchmark.run,
    "startup": StartupBenchmark.run,
    "keys": KeysBenchmark.run,
    "pty-keys": PtyKeysBenchmark.run,
    "memory": MemoryBenchmark.run,
    "idle": IdleBenchmark.run,
    "long-line": LongLineBenchmark.run,
]
let usage = """
usage: uketsuke-bench BENCHMARK [options]
  batch [--cases N] [--runs N]   cases/s of `uketsuke check --batch -` (default 200000 cases, 5 runs)
  startup [--runs N]             spawn to first frame, uketsuke against dialog --menu (default 30 runs each)
  keys [--keys N]                in-process key-to-frame time: reducer + render + diff (default 10000 keys)
  pty-keys [--keys N]            key-to-frame end to end on an 80×24 pty (default 500 keys)
  memory [--checks N]            peak RSS (VmHWM) of the wizard after N checks typed on a pty (default 1000)
  idle [--seconds N]             CPU and wake-ups per second of the wizard when nobody types (default 10 s)
  long-line [--mb N] [--runs N]  time and peak RSS (VmHWM) of check --batch - for an N MB line then a normal one (default 40)
  all                            every benchmark with its defaults
"""
guard let name = arguments.first, name == "all" || benchmarks[name] != nil else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
do {
    if name == "all" {
        for key in benchmarks.keys.sorted() { try benchmarks[key]!([]) }
    } else {
        try benchmarks[name]!(Array(arguments.dropFirst()))
    }
} catch {
    FileHandle.standardError.write(Data("uketsuke-bench: \(error)\n".utf8))
    exit(1)
}
