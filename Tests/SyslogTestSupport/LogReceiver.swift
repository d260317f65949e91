import Foundation

/// A stand-in for `/dev/log`: an AF_UNIX datagram socket bound in a temporary folder, read without waiting.
public final class LogReceiver {
    public let path: String
    private let fd: Int32

    /// Binds a new socket (the path must fit in sun_path: 108 bytes, so it lives directly under /tmp).
    public init() throws {
        path = "/tmp/uketsuke-log-\(UUID().uuidString.prefix(8)).sock"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let e = errno
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
        }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Every datagram that has arrived, in order, as text.
    public func received() -> [String] {
        var lines: [String] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n <= 0 { break }
            lines.append(String(decoding: buffer[0..<n], as: UTF8.self))
        }
        return lines
    }

    /// Collects datagrams until one contains `text` (or the timeout passes); returns all of them.
    public func wait(for text: String, in lines: inout [String], timeout: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        repeat {
            lines += received()
            if lines.contains(where: { $0.contains(text) }) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < end
        return false
    }
}
