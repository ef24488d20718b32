/// List markers at the start of a line or paragraph: "1." "12)" "(a)" "a)" "A." "iv." "-" "*" "•" "–".
public enum ListMarker {
    /// The length in bytes of the marker at `i` including the space after it, or 0 when there is none.
    public static func length(_ s: [UInt8], at i: Int, limit: Int) -> Int {
        guard i < limit else { return 0 }
        let b = s[i]
        // Bullets: - * • – followed by a space.
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
            return i + 1 < limit && s[i + 1] == UInt8(ascii: " ") ? 2 : 0
        }
        if b == 0xE2, i + 3 < limit, s[i + 1] == 0x80, s[i + 2] == 0xA2 || s[i + 2] == 0x93, s[i + 3] == UInt8(ascii: " ") { return 4 }
        // "(a) " "(12) " "(iv) "
        if b == UInt8(ascii: "(") {
            var j = i + 1
            while j < limit, j - i <= 5, Bytes.isDigit(s[j]) || Bytes.isLower(s[j]) { j += 1 }
            guard j > i + 1, j < limit, s[j] == UInt8(ascii: ")"), j + 1 < limit, s[j + 1] == UInt8(ascii: " ") else { return 0 }
            let token = Array(s[(i + 1)..<j])
            if token.allSatisfy(Bytes.isDigit) || token.count == 1 || isRoman(token) { return j + 2 - i }
            return 0
        }
        // "12. " "12) " "a) " "A. " "iv. "
        var j = i
        if Bytes.isDigit(b) {
            while j < limit, j - i < 3, Bytes.isDigit(s[j]) { j += 1 }
        } else if Bytes.isASCIILetter(b) {
            while j < limit, j - i < 4, Bytes.isASCIILetter(s[j]) { j += 1 }
            let token = Array(s[i..<j])
            guard token.count == 1 || isRoman(token) else { return 0 }
        } else { return 0 }
        guard j < limit, s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ")"), j + 1 < limit, s[j + 1] == UInt8(ascii: " ") else { return 0 }
        return j + 2 - i
    }

    static func isRoman(_ token: [UInt8]) -> Bool {
        guard !token.isEmpty, token.count <= 4 else { return false }
        let lowered = token.map(Bytes.lower)
        return lowered.allSatisfy { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") } // i v x
    }
}
