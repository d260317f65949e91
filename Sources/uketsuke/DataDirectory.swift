import Adoption
import Foundation

/// `$XDG_DATA_HOME/uketsuke`, or wherever the tally is: the wizard saves the worksheet and the leaflet beside it.
enum DataDirectory {
    static func containing(tallyPath: String) -> String {
        String(tallyPath[..<(tallyPath.lastIndex(of: "/") ?? tallyPath.endIndex)])
    }

    /// The facility's name on the newest worksheet saved in `directory`, or nil.
    static func savedFacilityName(in directory: String) -> String? {
        guard let path = RegistrationSheet.latestSaved(directory: directory),
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return RegistrationSheet.facilityName(inSavedSheet: String(decoding: data, as: UTF8.self))
    }
}
