/// A small count stored in one byte (a value over 255 traps rather than wrapping).
@propertyWrapper
struct ByteInt: Sendable {
    private var stored: UInt8
    init(wrappedValue: Int) { stored = UInt8(wrappedValue) }
    var wrappedValue: Int {
        get { Int(stored) }
        set { stored = UInt8(newValue) }
    }
}
