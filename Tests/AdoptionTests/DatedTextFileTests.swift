@testable import Adoption
import Foundation
import Glibc
import Testing

/// A file system without hard links (FAT or exFAT on a USB stick): `link` fails with EPERM, and the sheet is still
/// saved under the next free name, never over an existing file, with no temporary file left behind.
@Suite struct DatedTextFileTests {
    @Test(arguments: [EPERM, EOPNOTSUPP, EMLINK])
    func savesWithoutHardLinks(_ code: Int32) throws {
        let folder = temporaryFolder()
        let refuse: (String, String) -> Int32 = { _, _ in
            errno = code
            return -1
        }
        try "kept\n".write(toFile: folder + "/sheet-2026-11-24.txt", atomically: false, encoding: .utf8)
        let path = try DatedTextFile.save("new\n", stem: "sheet", date: Fixture.today, directory: folder, mode: 0o600,
                                          link: refuse)
        #expect(path == folder + "/sheet-2026-11-24-2.txt")
        #expect(contents(path) == "new\n")
        #expect(contents(folder + "/sheet-2026-11-24.txt") == "kept\n")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["sheet-2026-11-24-2.txt", "sheet-2026-11-24.txt"], "no temporary file is left behind")
    }

    @Test func anyOtherLinkFailureIsReported() throws {
        let folder = temporaryFolder()
        let refuse: (String, String) -> Int32 = { _, _ in
            errno = EIO
            return -1
        }
        #expect(throws: TextFileError(path: folder + "/sheet-2026-11-24.txt", code: EIO)) {
            try DatedTextFile.save("x\n", stem: "sheet", date: Fixture.today, directory: folder, mode: 0o600, link: refuse)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing is left behind")
    }
}
