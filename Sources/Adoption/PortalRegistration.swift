import Eligibility

/// The 「ポータル新規ユーザー登録の準備」 form as typed so far. The passwords live here only while the form is open:
/// `CheckedRegistration` has no password, and this type's descriptions leave them out.
public struct PortalRegistration: Hashable, Sendable {
    public var familyName = ""
    public var givenName = ""
    public var affiliation: Affiliation?
    /// Typed only when the 所属機関 has no known 点数表番号 (在宅医療, 離島診療所, その他).
    public var scoreTableText = ""
    public var prefecture: Prefecture?
    /// The 7 digits as typed: full-width digits and spaces are accepted.
    public var facilityCodeText = ""
    /// The 10-digit code whose warnings the person confirmed; another code, 都道府県 or 所属機関 asks again.
    public var confirmedCode10: String?
    public var locationConfirmed = false
    public var facilityName = ""
    public var founder = ""
    public var phone = ""
    public var email = ""
    public var password = ""
    public var passwordConfirmation = ""
    public var termsAccepted = false

    public init() {}

    /// The fields to show, in the portal's order: 点数表番号 only when the 所属機関 does not give it.
    public var fields: [PortalField] {
        PortalField.allCases.filter { $0 != .scoreTable || affiliation != nil && affiliation?.knownScoreTable == nil }
    }

    /// The 所属機関's number, or the digit typed for it; nil until there is one.
    public var scoreTable: Int? {
        guard let affiliation else { return nil }
        return affiliation.knownScoreTable ?? PortalValidation.scoreTableValue(scoreTableText)
    }

    /// The 10-digit code as the portal will fill it in; nil until 都道府県, 点数表番号 and 7 digits are there.
    public var derivedCode: FacilityCode? {
        guard let prefecture, let scoreTable else { return nil }
        return try? FacilityCode.derive(prefecture: prefecture, scoreTable: scoreTable, code7: facilityCodeText).get()
    }

    /// The check-digit mismatch and the number notices of the derived code, which the person confirms once.
    public var facilityCodeWarnings: [PortalProblem] { check(.facilityCode).warnings }

    /// True when there is nothing to confirm, or the person confirmed this very code.
    public var facilityCodeWarningsConfirmed: Bool {
        facilityCodeWarnings.isEmpty || confirmedCode10 != nil && confirmedCode10 == derivedCode?.code10
    }

    /// "Yes, this code is right": the person has read the warnings of the code now derived.
    public mutating func confirmFacilityCodeWarnings() {
        confirmedCode10 = derivedCode?.code10
    }

    /// One field, as the person types; a field that does not apply (点数表番号 for 医科) has nothing to say.
    public func check(_ field: PortalField) -> FieldCheck {
        switch field {
        case .familyName: PortalValidation.name(familyName, field)
        case .givenName: PortalValidation.name(givenName, field)
        case .affiliation: affiliation == nil ? .missing(field) : FieldCheck()
        case .prefecture: prefecture == nil ? .missing(field) : FieldCheck()
        case .scoreTable: fields.contains(.scoreTable) ? PortalValidation.scoreTable(scoreTableText) : FieldCheck()
        case .facilityCode: PortalValidation.facilityCode(facilityCodeText, prefecture: prefecture, scoreTable: scoreTable)
        case .locationConfirmed: locationConfirmed ? FieldCheck() : .missing(field)
        case .facilityName: PortalValidation.name(facilityName, field)
        case .founder: PortalValidation.founder(founder)
        case .phone: PortalValidation.phone(phone)
        case .email: PortalValidation.email(email)
        case .password: PortalValidation.password(password)
        case .passwordConfirmation: PortalValidation.passwordConfirmation(passwordConfirmation, password: password)
        case .termsAccepted: termsAccepted ? FieldCheck() : .missing(field)
        }
    }

    /// What still stands between the form and its sheet, in the portal's order: every error, and the code's
    /// warnings until they are confirmed.
    public func problems() -> [FieldProblem] {
        var out: [FieldProblem] = []
        for field in fields {
            let c = check(field)
            let standing = field == .facilityCode && facilityCodeWarningsConfirmed ? c.errors : c.problems
            out += standing.map { FieldProblem(field: field, problem: $0) }
        }
        return out
    }

    /// The values to print, once nothing stands in the way; normalised (half-width digits, trimmed names).
    public func checked() -> Result<CheckedRegistration, RegistrationIncomplete> {
        let problems = problems()
        guard problems.isEmpty, let affiliation, let code = derivedCode else {
            return .failure(RegistrationIncomplete(problems: problems))
        }
        return .success(CheckedRegistration(
            familyName: String(familyName.trimmingSpaces), givenName: String(givenName.trimmingSpaces),
            affiliation: affiliation, facilityCode: code, confirmedWarnings: facilityCodeWarnings,
            facilityName: String(facilityName.trimmingSpaces), founder: founder, phone: phone, email: email))
    }
}

extension PortalRegistration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Logs, test failures and `dump` show the form without its passwords.
    public var description: String {
        let shown: [(String, String)] = [
            ("familyName", familyName), ("givenName", givenName), ("affiliation", affiliation?.rawValue ?? "nil"),
            ("scoreTableText", scoreTableText), ("prefecture", prefecture?.codeText ?? "nil"),
            ("facilityCodeText", facilityCodeText), ("confirmedCode10", confirmedCode10 ?? "nil"),
            ("locationConfirmed", String(locationConfirmed)), ("facilityName", facilityName), ("founder", founder),
            ("phone", phone), ("email", email), ("password", PortalRegistration.redacted(password)),
            ("passwordConfirmation", PortalRegistration.redacted(passwordConfirmation)),
            ("termsAccepted", String(termsAccepted)),
        ]
        return "PortalRegistration(" + shown.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "familyName": familyName, "givenName": givenName, "affiliation": affiliation as Any,
            "scoreTableText": scoreTableText, "prefecture": prefecture as Any, "facilityCodeText": facilityCodeText,
            "confirmedCode10": confirmedCode10 as Any, "locationConfirmed": locationConfirmed,
            "facilityName": facilityName, "founder": founder, "phone": phone, "email": email,
            "password": PortalRegistration.redacted(password),
            "passwordConfirmation": PortalRegistration.redacted(passwordConfirmation), "termsAccepted": termsAccepted,
        ], displayStyle: .struct)
    }

    /// "(empty)" or "(not shown)": not even the length leaves the form.
    static func redacted(_ password: String) -> String {
        password.isEmpty ? "(empty)" : "(not shown)"
    }
}
