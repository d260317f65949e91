import Eligibility
import Glibc

/// Writes a text file named after the date, atomically and never over an existing file: a temporary file is
/// written and synced, then hard-linked to the first free name (`link` fails rather than replace, unlike `rename`).
/// On a file system without hard links (FAT or exFAT on a USB stick, some network shares) the file is created under
/// its final name with `O_EXCL` instead: still never over an existing file, and removed again if writing fails.
enum DatedTextFile {
    /// `<stem>-2026-11-24.txt`, else `-2`, `-3` …; the directory is created (0700) when missing. `link` is a
    /// parameter so that tests can stand for a file system without hard links.
    static func save(
        _ text: String, stem: String, date: CalendarDate, directory: String, mode: mode_t,
        link: (String, String) -> Int32 = { Glibc.link($0, $1) }
    ) throws(TextFileError) -> String {
        let dir = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        try makeDirectories(dir)
        let temp = try writeTemporary(text, directory: dir, stem: stem, mode: mode)
        defer { unlink(temp) }
        var linked = true
        for n in 1...9999 {
            let name = n == 1 ? "\(stem)-\(date.iso).txt" : "\(stem)-\(date.iso)-\(n).txt"
            let path = dir == "/" ? "/" + name : dir + "/" + name
            if linked {
                if link(temp, path) == 0 {
                    syncDirectory(dir)
                    return path
                }
                if errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK {
                    linked = false
                } else {
                    guard errno == EEXIST else { throw TextFileError(path: path, code: errno) }
                    continue
                }
            }
            switch writeNew(text, path: path, mode: mode) {
            case .success:
                syncDirectory(dir)
                return path
            case .failure(let error):
                guard error.code == EEXIST else { throw error }
            }
        }
        throw TextFileError(path: dir + "/" + stem + "-" + date.iso + "-9999.txt", code: EEXIST)
    }

    /// The path of the newest file `save` wrote for `stem` under `directory`: the latest date, and on that date the
    /// highest `-N`; nil when there is none (or no such directory).
    static func latest(stem: String, directory: String) -> String? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var best: (date: String, n: Int, name: String)?
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let (date, n) = dateAndNumber(name, stem: stem) else { continue }
            if best == nil || (date, n) > (best!.date, best!.n) { best = (date, n, name) }
        }
        guard let best else { return nil }
        return directory.hasSuffix("/") ? directory + best.name : directory + "/" + best.name
    }

    /// `<stem>-2026-11-24.txt` → ("2026-11-24", 1); `<stem>-2026-11-24-3.txt` → ("2026-11-24", 3); else nil.
    static func dateAndNumber(_ name: String, stem: String) -> (String, Int)? {
        guard name.hasPrefix(stem + "-"), name.hasSuffix(".txt") else { return nil }
        let middle = name.dropFirst(stem.count + 1).dropLast(4)
        let date = String(middle.prefix(10))
        guard CalendarDate(iso: date) != nil else { return nil }
        let rest = middle.dropFirst(10)
        if rest.isEmpty { return (date, 1) }
        guard rest.hasPrefix("-"), let n = Int(rest.dropFirst()), n >= 2, String(n) == rest.dropFirst() else { return nil }
        return (date, n)
    }

    /// `mkdir -p`, each new directory 0700 (XDG base directories are private).
    static func makeDirectories(_ dir: String) throws(TextFileError) {
        var path = dir.hasPrefix("/") ? "" : "."
        for part in dir.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST { throw TextFileError(path: path, code: errno) }
        }
        var info = stat()
        guard stat(dir, &info) == 0 else { throw TextFileError(path: dir, code: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw TextFileError(path: dir, code: ENOTDIR) }
    }

    /// A hidden file beside the final one, written whole and synced before it gets a name.
    static func writeTemporary(_ text: String, directory: String, stem: String, mode: mode_t) throws(TextFileError) -> String {
        for attempt in 0...1000 {
            let path = "\(directory)/.\(stem).tmp-\(getpid())-\(attempt)"
            switch writeNew(text, path: path, mode: mode) {
            case .success: return path
            case .failure(let error): guard error.code == EEXIST else { throw error }
            }
        }
        throw TextFileError(path: "\(directory)/.\(stem).tmp-\(getpid())-1000", code: EEXIST)
    }

    /// Creates `path` (never over an existing file: EEXIST then), writes the text whole and syncs it; on any other
    /// failure the partial file is removed.
    static func writeNew(_ text: String, path: String, mode: mode_t) -> Result<Void, TextFileError> {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return .failure(TextFileError(path: path, code: errno)) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(path)
                return .failure(TextFileError(path: path, code: code))
            }
            bytes = bytes.dropFirst(written)
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(path)
            return .failure(TextFileError(path: path, code: code))
        }
        close(fd)
        return .success(())
    }

    /// Makes the new name itself durable; a failure here loses nothing already written, so it is not reported.
    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
