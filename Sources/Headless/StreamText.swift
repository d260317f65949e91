#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Eligibility

/// Writing the headless commands' output: checked writes, and what a failed one means in words.
public enum StreamText {
    /// Writes all of `buf` to `fd`, retrying after a signal and waiting while a non-blocking descriptor is full.
    /// Returns 0, or the errno of the write that failed (ENOSPC, EPIPE with SIGPIPE ignored, EIO …).
    public static func writeAll(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = buf.baseAddress else { return 0 }
        var offset = 0
        while offset < buf.count {
            let n = write(fd, base + offset, buf.count - offset)
            if n > 0 {
                offset += n
                continue
            }
            let e = n < 0 ? errno : EIO
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK {
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
                continue
            }
            return e
        }
        return 0
    }

    public enum Stream: Sendable {
        case standardOutput

        func name(_ language: Language) -> String {
            switch self {
            case .standardOutput: language == .ja ? "標準出力" : "standard output"
            }
        }
    }

    /// `標準出力に書き込めませんでした（ディスクがいっぱいです）`: the stream, and the reason in words.
    public static func writeFailure(_ errno: Int32, stream: Stream, _ language: Language) -> String {
        let why = reason(errno, language)
        return language == .ja ? "\(stream.name(.ja))に書き込めませんでした（\(why)）"
                               : "cannot write to \(stream.name(.en)) (\(why))"
    }

    /// Why a write failed, in words, for the errors a write to a file, pipe or terminal gives.
    public static func reason(_ e: Int32, _ language: Language) -> String {
        let ja = language == .ja
        switch e {
        case ENOSPC: return ja ? "ディスクがいっぱいです" : "the disk is full"
        case EDQUOT: return ja ? "ディスクの使用量の上限（クォータ）を超えました" : "the disk quota is used up"
        case EROFS: return ja ? "読み取り専用です" : "it is read-only"
        case EIO: return ja ? "入出力エラーです（ディスクか接続の故障）" : "an input/output error (a failing disk or connection)"
        case EPIPE: return ja ? "読み手がいません（パイプの先が閉じられました）" : "nothing reads it any more (the pipe was closed)"
        case EFBIG: return ja ? "ファイルの大きさの上限を超えました" : "the file size limit is reached"
        case EBADF: return ja ? "開かれていません" : "it is not open"
        case EACCES, EPERM: return ja ? "書き込みが許可されていません" : "writing is not permitted"
        case ECONNRESET: return ja ? "接続が切れました" : "the connection was reset"
        default: return ja ? "エラー番号 \(e)" : "error number \(e)"
        }
    }

    /// The text with every control character shown as `\u{1B}` (C0 except newline and tab, DEL, C1, and the
    /// bidirectional overrides that reorder what a terminal shows), so a message quoting an argument cannot
    /// move the cursor, change colours or hide text.
    public static func escapingControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count + 8)
        for scalar in s.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
