import Adoption
import Eligibility

/// One row of the registration form: a portal field, the confirmation of the code's warnings, or "save".
public enum RegistrationRow: Hashable, Sendable {
    case field(PortalField)
    /// Shown when the derived 10-digit code has a warning: the person confirms the code is right.
    case confirmCode
    case save
}

/// 「ポータル新規ユーザー登録の準備」: the form, the focused row and its text. Passwords live only here.
public struct RegistrationPage: Hashable, Sendable {
    public var form = PortalRegistration()
    public var focus = 0
    /// The focused text field's editing state.
    public var field = TextField()
    /// The 都道府県 as typed (a number or a name); the form holds the prefecture it names.
    public var prefectureText = ""
    /// Fields the person has been to: an empty required field is pointed out only after that.
    public var visited: Set<PortalField> = []
    /// After a save attempt, every problem is shown.
    public var showAll = false

    public init() {}

    public var rows: [RegistrationRow] {
        var rows: [RegistrationRow] = []
        for f in form.fields {
            rows.append(.field(f))
            if f == .facilityCode && !form.facilityCodeWarnings.isEmpty { rows.append(.confirmCode) }
        }
        return rows + [.save]
    }

    public var focusedRow: RegistrationRow { rows[min(focus, rows.count - 1)] }

    /// The text a field holds, as the person typed it.
    public func text(_ f: PortalField) -> String {
        switch f {
        case .familyName: form.familyName
        case .givenName: form.givenName
        case .scoreTable: form.scoreTableText
        case .prefecture: prefectureText
        case .facilityCode: form.facilityCodeText
        case .facilityName: form.facilityName
        case .founder: form.founder
        case .phone: form.phone
        case .email: form.email
        case .password: form.password
        case .passwordConfirmation: form.passwordConfirmation
        case .affiliation, .locationConfirmed, .termsAccepted: ""
        }
    }

    mutating func setText(_ f: PortalField, _ value: String) {
        switch f {
        case .familyName: form.familyName = value
        case .givenName: form.givenName = value
        case .scoreTable: form.scoreTableText = value
        case .prefecture:
            prefectureText = value
            form.prefecture = try? PortalValidation.prefecture(value).get()
        case .facilityCode: form.facilityCodeText = value
        case .facilityName: form.facilityName = value
        case .founder: form.founder = value
        case .phone: form.phone = value
        case .email: form.email = value
        case .password: form.password = value
        case .passwordConfirmation: form.passwordConfirmation = value
        case .affiliation, .locationConfirmed, .termsAccepted: break
        }
    }

    public static func isText(_ f: PortalField) -> Bool {
        ![.affiliation, .locationConfirmed, .termsAccepted].contains(f)
    }

    /// The problems to show for a field now: an empty required field only once it was visited.
    public func problems(_ f: PortalField) -> [PortalProblem] {
        var list = form.check(f).problems
        if f == .prefecture, !prefectureText.trimmingSpaces.isEmpty, case .failure(let p) = PortalValidation.prefecture(prefectureText) {
            list = [p]
        }
        return list.filter { !$0.isMissing || showAll || visited.contains(f) }
    }

    /// Moves the focus, loading the new row's text into the editing field; the row left counts as visited.
    mutating func focus(on index: Int) {
        if case .field(let f) = focusedRow { visited.insert(f) }
        load(index)
    }

    /// Puts the focus on a row without counting any row as visited (opening the form).
    mutating func load(_ index: Int) {
        focus = max(0, min(index, rows.count - 1))
        if case .field(let f) = focusedRow, RegistrationPage.isText(f) {
            let limit = f == .password || f == .passwordConfirmation ? 100 : (f == .email ? 254 : 80)
            field = TextField(text(f), limit: limit)
        }
    }

    /// The same form without its passwords, kept when the page closes so nothing else is lost.
    var withoutPasswords: RegistrationPage {
        var copy = self
        copy.form.password = ""
        copy.form.passwordConfirmation = ""
        copy.showAll = false
        return copy
    }
}

extension Wizard {
    static func openRegistration(_ s: inout WizardState) {
        var page = s.keptRegistration ?? RegistrationPage()
        page.load(page.focus)
        s.page = .registration(page)
    }

    static func registrationKey(_ s: inout WizardState, _ page: RegistrationPage, _ key: Key) -> [Effect] {
        var page = page
        let row = page.focusedRow
        switch key {
        case .escape:
            s.keptRegistration = page.withoutPasswords
            s.page = .adoption(cursor: AdoptionItem.registration.rawValue - 1)
            return []
        case .down, .tab:
            page.focus(on: page.focus + 1)
        case .up, .backTab:
            page.focus(on: page.focus - 1)
        default:
            switch row {
            case .field(let f) where RegistrationPage.isText(f):
                if key == .enter {
                    // A field with an error keeps the focus and shows why at once; a warning lets the person go on.
                    page.visited.insert(f)
                    if !page.problems(f).contains(where: { $0.severity == .error }) { page.focus(on: page.focus + 1) }
                } else if page.field.edit(key) {
                    page.setText(f, page.field.text)
                }
            case .field(.affiliation):
                let all = Affiliation.allCases
                let current = page.form.affiliation.flatMap { all.firstIndex(of: $0) }
                switch key {
                case .right, .char(" "):
                    page.form.affiliation = all[((current ?? -1) + 1) % all.count]
                case .left:
                    page.form.affiliation = all[((current ?? 0) + all.count - 1) % all.count]
                case .char(let c):
                    if let n = c.wholeNumberValue, (1...all.count).contains(n) { page.form.affiliation = all[n - 1] }
                case .enter:
                    page.focus(on: page.focus + 1)
                default: break
                }
            case .field(let f):
                // Space ticks a box; Enter goes on, as on every other row.
                if key == .char(" ") {
                    if f == .locationConfirmed { page.form.locationConfirmed.toggle() }
                    if f == .termsAccepted { page.form.termsAccepted.toggle() }
                } else if key == .enter {
                    page.focus(on: page.focus + 1)
                }
            case .confirmCode:
                if key == .enter {
                    page.focus(on: page.focus + 1)
                } else if key == .char(" ") {
                    if page.form.facilityCodeWarningsConfirmed {
                        page.form.confirmedCode10 = nil
                    } else {
                        page.form.confirmFacilityCodeWarnings()
                    }
                }
            case .save:
                let printing = key == .char("p") || key == .char("P")
                guard key == .enter || printing else { break }
                switch page.form.checked() {
                case .success(let checked):
                    s.page = .registration(page)
                    return [printing ? .printRegistration(checked) : .saveRegistration(checked)]
                case .failure(let incomplete):
                    page.showAll = true
                    if let first = incomplete.problems.first,
                       let index = page.rows.firstIndex(of: first.problem.isConfirmable ? .confirmCode : .field(first.field)) {
                        page.focus(on: index)
                    }
                    let n = incomplete.problems.count
                    s.notice = Notice(kind: .problem, text: UIText.registrationIncomplete(n))
                }
            }
        }
        s.page = .registration(page)
        return []
    }
}

extension PortalProblem {
    /// A warning the person confirms on the form's confirmation row.
    var isConfirmable: Bool { severity == .warning }
}
