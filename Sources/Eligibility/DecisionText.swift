/// Turns a decision's ids into the rules file's words.
extension Rules {
    /// "マイナ保険証とマイナポータル資格情報画面" / "My Number Card and Mynaportal eligibility screen".
    public func documentList(_ kinds: [DocumentKind], _ language: Language, short: Bool = false) -> String {
        let names = kinds.map { short ? documents[$0]!.short[language] : documentLabel($0, language) }
        return names.joined(separator: language == .ja ? "と" : " and ")
    }

    public func text(of reason: Reason, _ language: Language) -> String {
        reasons[reason.id]!.render(language) { name in
            switch name {
            case "date": reason.date.map { DateText.inSentence($0, language) }
            case "insurer": reason.insurer.map { insurerLabel($0, language) }
            case "end": DateText.inSentence(dates.interimWindow.upperBound, language)
            case "used": documentList(reason.usedInstead, language)
            case "document": documentLabel(reason.document, language)
            default: nil
            }
        }
    }

    public func text(of warning: WarningID, _ language: Language) -> String {
        let date: CalendarDate? = switch warning {
        case .beforeTransition: dates.transition
        case .rulesStale: reviewedUntil
        default: nil
        }
        return warnings[warning]!.render(language) { name in
            name == "date" ? date.map { DateText.inSentence($0, language) } : nil
        }
    }

    /// What to say to the patient.
    public func script(for decision: Decision, _ language: Language) -> String {
        scripts[decision.script]!.render(language) { name in
            name == "date" ? decision.scriptDate.map { DateText.inSentence($0, language) } : nil
        }
    }
}
