/// Writes JSON text: strings escaped per RFC 8259, non-ASCII written as UTF-8 so Japanese stays readable.
public enum JSONWriter {
    public static func appendQuoted(_ s: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        var clean = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
            clean = false
            break
        }
        if clean {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out.unicodeScalars.append("\"")
    }

    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }
}
