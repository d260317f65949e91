import Eligibility

/// The form's values once every check passed, as the sheet prints them. It has no password field at all, so nothing
/// built from it can print one.
public struct CheckedRegistration: Hashable, Sendable {
    public let familyName: String
    public let givenName: String
    public let affiliation: Affiliation
    /// 都道府県, 点数表番号, the 7 digits and the 10-digit code.
    public let facilityCode: FacilityCode
    /// The code's warnings the person confirmed (check digit, unusual number); printed so the choice stays visible.
    public let confirmedWarnings: [PortalProblem]
    public let facilityName: String
    public let founder: String
    /// Half-width digits only.
    public let phone: String
    /// Lower case; the portal's login ID.
    public let email: String
}
