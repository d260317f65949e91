import Foundation

/// Writes every byte to a file descriptor, going on after a short write or a signal: 0 when all were written, else
/// the errno of the write that failed (ENOSPC, EIO, EFBIG…). Settings, PDFs and printed pages are written this way, so
/// a full disk is an error in words, never a file cut short that looks saved.
public func writeWhole(_ fd: Int32, _ bytes: some ContiguousBytes) -> Int32 {
    bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }
}
