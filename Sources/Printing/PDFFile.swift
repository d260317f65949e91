import Adoption
import Foundation
import WholeWrite

/// Puts a finished PDF at the path asked for, whole or not at all: a regular file (new or replaced) is written beside
/// it under a hidden name, synced, then renamed over it; a device or pipe (`/dev/stdout`, `/dev/full`) is written
/// directly and every write checked, never replaced.
enum PDFFile {
    static func write(_ bytes: Data, to path: String) throws(PrintError) {
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw PrintError.cannotWrite(TextFileError(path: path, code: EISDIR))
            default: return try writeAll(bytes, to: target, reported: path, flags: O_WRONLY | O_TRUNC)
            }
        }
        let slash = target.lastIndex(of: "/")
        let dir = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let temp = (dir.isEmpty ? "" : dir) + "/.\(name).tmp-\(getpid())"
        try writeAll(bytes, to: temp, reported: path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
        guard rename(temp, target) == 0 else {
            let code = errno
            unlink(temp)
            throw PrintError.cannotWrite(TextFileError(path: path, code: code))
        }
    }

    /// Opens with `flags`, writes everything and syncs; a file this created is removed again when anything fails.
    static func writeAll(_ bytes: Data, to path: String, reported: String, flags: Int32, mode: mode_t = 0o644)
        throws(PrintError)
    {
        let fd = open(path, flags | O_CLOEXEC, mode)
        guard fd >= 0 else { throw PrintError.cannotWrite(TextFileError(path: reported, code: errno)) }
        let created = flags & O_CREAT != 0
        func fail(_ code: Int32) -> PrintError {
            close(fd)
            if created { unlink(path) }
            return PrintError.cannotWrite(TextFileError(path: reported, code: code))
        }
        let failure = writeWhole(fd, bytes)
        if failure != 0 { throw fail(failure) }
        // A pipe or terminal cannot be synced (EINVAL); a disk that fails to sync has not kept the file.
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS { throw fail(errno) }
        guard close(fd) == 0 else {
            let code = errno
            if created { unlink(path) }
            throw PrintError.cannotWrite(TextFileError(path: reported, code: code))
        }
    }
}
