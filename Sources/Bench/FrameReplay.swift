/// Keys typed into a program on a pty, each timed from the write until the frame it causes has arrived whole.
/// What a frame is gets learnt first: one pass over the keys to warm up (the screen before the first key differs
/// from the screen after the last), then one pass recording each key's output until the terminal is quiet. From
/// then on every key must draw exactly the bytes it drew while learning, or the run stops.
struct FrameReplay {
    let process: PtyProcess
    let keys: [[UInt8]]
    private var frames: [[UInt8]] = []
    /// Index of the next key.
    private(set) var position = 0

    /// Learns the frames; `quiet` is how long the terminal must stay silent for a frame to count as complete.
    init(_ process: PtyProcess, keys: [[UInt8]], quiet: Double) {
        self.process = process
        self.keys = keys
        for key in keys {
            process.write(key)
            _ = process.drain(quiet: quiet)
        }
        frames = keys.map { key in
            process.write(key)
            return process.drain(quiet: quiet)
        }
    }

    /// Types the next key; returns seconds until its frame had arrived, or nil for a key that draws nothing.
    mutating func next() throws -> Double? {
        let index = position
        let key = keys[index]
        let frame = frames[index]
        position = (index + 1) % keys.count
        let start = now()
        process.write(key)
        guard !frame.isEmpty else {
            // Nothing to wait for; a pause keeps an Esc from joining the next key into an escape sequence.
            guard process.drain(quiet: 0.05).isEmpty else { throw BenchError(description: "a key that drew nothing drew something") }
            return nil
        }
        var got: [UInt8] = []
        while got.count < frame.count {
            guard let bytes = process.read(timeout: 5) else { throw BenchError(description: "the program closed its terminal") }
            guard !bytes.isEmpty else { throw BenchError(description: "no complete frame within 5 s") }
            got += bytes
        }
        let elapsed = now() - start
        guard got == frame else {
            throw BenchError(description: "key \(index) drew \(got.count) bytes unlike the \(frame.count) learnt; is the machine too busy?")
        }
        return elapsed
    }
}
