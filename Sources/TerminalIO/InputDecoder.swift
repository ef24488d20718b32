import Explorer

/// Turns the bytes a terminal sends into keys, pastes and mouse reports: UTF-8 text, control keys,
/// CSI and SS3 escape sequences, bracketed paste (ESC[200~ … ESC[201~) and mouse reports in the X10
/// (ESC[M) and SGR (ESC[<) encodings. An invalid UTF-8 sequence is dropped and decoding goes on with
/// the next byte, so no byte can leave it in a state that swallows later keys. Pure: no terminal.
public struct InputDecoder: Sendable {
    public enum Event: Hashable, Sendable {
        case key(Key)
        case mouse(MouseEvent)
    }

    /// Bytes of a paste kept; the rest of a longer paste is read and dropped.
    public static let pasteLimit = 1 << 20
    /// How long an incomplete sequence (ESC alone, half a UTF-8 character) waits for its next byte.
    public static let escapeDelayMs: Int32 = 25
    /// How long an open paste waits for more before it ends without its closing mark.
    public static let pasteDelayMs: Int32 = 1000

    private var buffer: [UInt8] = []
    private var position = 0
    /// Inside a bracketed paste: the text so far, and how many bytes of the closing mark were seen.
    private var inPaste = false
    private var pasted: [UInt8] = []
    private var closeMatched = 0
    private static let pasteClose: [UInt8] = Array("\u{1B}[201~".utf8)

    public init() {}

    /// Adds bytes read from the terminal.
    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        if position > 0, position >= buffer.count / 2 {
            buffer.removeFirst(position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// How long to wait for more bytes before `flush()`: nil when nothing is pending.
    public var pendingTimeoutMs: Int32? {
        if inPaste { return Self.pasteDelayMs }
        return position < buffer.count ? Self.escapeDelayMs : nil
    }

    /// The next whole event, or nil when the bytes so far hold none (only the start of one, or nothing).
    public mutating func next() -> Event? {
        while true {
            if inPaste {
                guard let text = continuePaste() else { return nil }
                return .key(.paste(text))
            }
            guard position < buffer.count else { return nil }
            switch decode(final: false) {
            case .event(let e, let length): position += length; return e
            case .skip(let length): position += length
            case .incomplete: return nil
            }
        }
    }

    /// After a pause with no more bytes: what is pending ends as it is (ESC alone is Escape, an open
    /// paste is the text so far, half a character is dropped).
    public mutating func flush() -> [Event] {
        var out: [Event] = []
        while true {
            if inPaste {
                out.append(.key(.paste(continuePaste() ?? endPaste())))
                continue
            }
            guard position < buffer.count else { return out }
            switch decode(final: true) {
            case .event(let e, let length): position += length; out.append(e)
            case .skip(let length): position += length
            case .incomplete: position = buffer.count
            }
        }
    }

    /// Decodes a whole byte string at once, as if it arrived and then a pause followed (for tests).
    public static func decode(_ bytes: [UInt8]) -> [Event] {
        var d = InputDecoder()
        d.feed(bytes)
        var out: [Event] = []
        while let e = d.next() { out.append(e) }
        return out + d.flush()
    }

    // MARK: One event

    private enum Step {
        case event(Event, Int), skip(Int), incomplete

        /// The event over `length` bytes, or those bytes skipped when they stand for nothing.
        static func skipOr(_ event: Event?, _ length: Int) -> Step {
            event.map { .event($0, length) } ?? .skip(length)
        }
    }

    /// The event at `position`. `final`: no more bytes will come, so a prefix is resolved as it stands.
    private mutating func decode(final: Bool) -> Step {
        let b = buffer[position]
        switch b {
        case 0x1B: return escape(final: final)
        case 0x09: return .event(.key(.tab), 1)
        case 0x0A, 0x0D: return .event(.key(.enter), 1)
        case 0x7F, 0x08: return .event(.key(.backspace), 1)
        case 0x01...0x1A: return .event(.key(.ctrl(Character(Unicode.Scalar(b + 0x60)))), 1)
        case 0x00, 0x1C...0x1F: return .skip(1)
        case 0x20..<0x7F: return .event(.key(.char(Character(Unicode.Scalar(b)))), 1)
        default:
            switch UTF8Step.decode(buffer, at: position) {
            case .scalar(let u, let n): return .event(.key(.char(Character(u))), n)
            case .invalid(let n): return .skip(n)
            case .incomplete: return final ? .skip(buffer.count - position) : .incomplete
            }
        }
    }

    /// ESC alone, Alt plus a key, or an escape sequence.
    private mutating func escape(final: Bool) -> Step {
        let rest = buffer.count - position - 1
        guard rest > 0 else { return final ? .event(.key(.escape), 1) : .incomplete }
        let next = buffer[position + 1]
        switch next {
        case UInt8(ascii: "["): return csi(final: final)
        case UInt8(ascii: "O"):
            guard rest > 1 else { return final ? .event(.key(.alt("O")), 2) : .incomplete }
            return ss3(buffer[position + 2])
        case 0x1B: return .event(.key(.escape), 2)
        case 0x20..<0x7F, 0x7F: return .event(.key(.alt(Character(Unicode.Scalar(next)))), 2)
        case 0x80...:
            switch UTF8Step.decode(buffer, at: position + 1) {
            case .scalar(let u, let n): return .event(.key(.alt(Character(u))), 1 + n)
            case .invalid: return .event(.key(.escape), 1)
            case .incomplete: return final ? .event(.key(.escape), 1) : .incomplete
            }
        default: return .event(.key(.escape), 1)
        }
    }

    /// ESC O x: the keypad's application mode (arrows, Home, End, keypad Enter).
    private func ss3(_ final: UInt8) -> Step {
        let key: Key?
        switch final {
        case UInt8(ascii: "A"): key = .up
        case UInt8(ascii: "B"): key = .down
        case UInt8(ascii: "C"): key = .right
        case UInt8(ascii: "D"): key = .left
        case UInt8(ascii: "H"): key = .home
        case UInt8(ascii: "F"): key = .end
        case UInt8(ascii: "M"): key = .enter
        default: key = nil
        }
        return key.map { .event(.key($0), 3) } ?? .skip(3)
    }

    /// ESC [ parameters intermediates final.
    private mutating func csi(final: Bool) -> Step {
        let start = position + 2
        var i = start
        // Parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E.
        while i < buffer.count, (0x20...0x3F).contains(buffer[i]) {
            i += 1
            if i - start > 32 { return .skip(i - position) } // no real sequence is that long
        }
        guard i < buffer.count else { return final ? .skip(buffer.count - position) : .incomplete }
        let last = buffer[i]
        guard (0x40...0x7E).contains(last) else { return .skip(i - position) } // broken: drop what came so far
        let params = buffer[start..<i]
        let length = i + 1 - position
        if last == UInt8(ascii: "M"), params.isEmpty { return x10Mouse(final: final) }
        if params.first == UInt8(ascii: "<") { return .skipOr(sgrMouse(params.dropFirst(), pressed: last == UInt8(ascii: "M")), length) }
        if last == UInt8(ascii: "~"), Array(params) == Array("200".utf8) {
            position += length
            inPaste = true
            pasted = []
            closeMatched = 0
            return .skip(0)
        }
        return .skipOr(Self.csiKey(Array(params), last).map { Event.key($0) }, length)
    }

    /// The key a CSI sequence stands for, or nil for one the explorer has no use for (F-keys, focus).
    static func csiKey(_ params: [UInt8], _ final: UInt8) -> Key? {
        let fields = String(decoding: params, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false)
        let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        let alt = modifier == 3 || modifier == 9
        switch final {
        case UInt8(ascii: "A"): return modifier == 1 ? .up : nil
        case UInt8(ascii: "B"): return modifier == 1 ? .down : nil
        case UInt8(ascii: "C"): return modifier == 1 ? .right : (alt ? .altRight : nil)
        case UInt8(ascii: "D"): return modifier == 1 ? .left : (alt ? .altLeft : nil)
        case UInt8(ascii: "H"): return modifier == 1 ? .home : nil
        case UInt8(ascii: "F"): return modifier == 1 ? .end : nil
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            guard modifier == 1 else { return nil }
            switch fields.first.flatMap({ Int($0) }) {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        default: return nil
        }
    }

    // MARK: Mouse

    /// ESC [ M b x y: three bytes, each 32 more than the button code and the 1-based column and row.
    private func x10Mouse(final: Bool) -> Step {
        guard buffer.count - position >= 6 else { return final ? .skip(buffer.count - position) : .incomplete }
        let b = Int(buffer[position + 3]) - 32, x = Int(buffer[position + 4]) - 33, y = Int(buffer[position + 5]) - 33
        guard x >= 0, y >= 0 else { return .skip(6) }
        return .skipOr(Self.mouse(button: b, x: x, y: y, pressed: b & 3 != 3), 6)
    }

    /// ESC [ < b ; x ; y M (press) or m (release), with decimal numbers.
    private func sgrMouse(_ params: ArraySlice<UInt8>, pressed: Bool) -> Event? {
        let n = String(decoding: params, as: UTF8.self).split(separator: ";").compactMap { Int($0) }
        guard n.count == 3, n[1] >= 1, n[2] >= 1 else { return nil }
        return Self.mouse(button: n[0], x: n[1] - 1, y: n[2] - 1, pressed: pressed)
    }

    /// A press of the first button is a click, buttons 4 and 5 the wheel; releases and motion are not used.
    static func mouse(button b: Int, x: Int, y: Int, pressed: Bool) -> Event? {
        guard pressed, b & 32 == 0 else { return nil }
        if b & 64 != 0 {
            switch b & 3 {
            case 0: return .mouse(.wheelUp(x: x, y: y))
            case 1: return .mouse(.wheelDown(x: x, y: y))
            default: return nil
            }
        }
        return b & 3 == 0 ? .mouse(.click(x: x, y: y)) : nil
    }

    // MARK: Paste

    /// Takes paste bytes up to the closing mark; the paste's text once the mark is seen, else nil.
    private mutating func continuePaste() -> String? {
        let close = Self.pasteClose
        var i = position
        let end = buffer.count
        while i < end {
            let b = buffer[i]
            i += 1
            if b == close[closeMatched] {
                closeMatched += 1
                if closeMatched == close.count {
                    position = i
                    return endPaste(withMark: false)
                }
                continue
            }
            // A partial mark that did not go on is text after all.
            if closeMatched > 0 {
                keep(close[0..<closeMatched])
                closeMatched = b == close[0] ? 1 : 0
                if closeMatched == 1 { continue }
            }
            if pasted.count < Self.pasteLimit { pasted.append(b) }
        }
        position = end
        return nil
    }

    /// The paste's text; `withMark`: a partial closing mark at the end is text too.
    private mutating func endPaste(withMark: Bool = true) -> String {
        if withMark { keep(Self.pasteClose[0..<closeMatched]) }
        let text = String(decoding: pasted, as: UTF8.self)
        inPaste = false
        pasted = []
        closeMatched = 0
        return text
    }

    private mutating func keep(_ bytes: ArraySlice<UInt8>) {
        pasted.append(contentsOf: bytes.prefix(max(0, Self.pasteLimit - pasted.count)))
    }
}

/// One UTF-8 sequence, checked as the standard says: no overlong forms, no surrogates, nothing past
/// U+10FFFF. An invalid sequence is reported with the length to drop (its maximal valid prefix, at least one byte).
enum UTF8Step: Equatable {
    case scalar(Unicode.Scalar, Int)
    case invalid(Int)
    case incomplete

    static func decode(_ bytes: [UInt8], at start: Int) -> UTF8Step {
        let lead = bytes[start]
        let count: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF // the second byte's range
        switch lead {
        case 0x00..<0x80: return .scalar(Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: count = 3; high = 0x9F
        case 0xF0: count = 4; low = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; high = 0x8F
        default: return .invalid(1)
        }
        var value = UInt32(lead) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for k in 1..<count {
            guard start + k < bytes.count else { return .incomplete }
            let b = bytes[start + k]
            let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
            guard b >= lo, b <= hi else { return .invalid(k) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let u = Unicode.Scalar(value) else { return .invalid(count) }
        return .scalar(u, count)
    }
}
