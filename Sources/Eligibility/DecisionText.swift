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

    /// What to say to the patient: the script's sentences, in order.
    public func script(for decision: Decision, _ language: Language) -> String { script(decision.script, language) }

    public func script(_ parts: [ScriptPart], _ language: Language) -> String {
        parts.map { text(of: $0, language) }.joined(separator: language == .ja ? "" : " ")
    }

    public func text(of part: ScriptPart, _ language: Language) -> String {
        script[part.id]!.render(language) { name in
            switch name {
            case "date", "from": part.date.map { DateText.inSentence($0, language) }
            case "document": part.document.map { documentLabel($0, language) }
            case "certificate": scriptWords[part.renew.contains(.certificate) ? .certificateValid : .certificate]![language]
            case "notice": scriptWords[part.renew.contains(.notice) ? .noticeNew : .notice]![language]
            default: nil
            }
        }
    }

    /// What to ask a patient to bring next time at a facility that checks this way.
    public func bring(_ online: OnlineChecking, _ language: Language) -> String {
        scriptWords[online.readsCards ? .bringReader : .bringOffline]![language]
    }

    /// A condition's steps at a facility that checks this way.
    public func steps(of condition: Condition, online: OnlineChecking, _ language: Language) -> [String] {
        conditions[condition]!.steps(language, bring: bring(online, language))
    }
}
