/// Turns keys into actions: generated from `Actions.table`, with the text lines (search, filter,
/// help search) taking printable characters first, and unbound letters in the entity list
/// starting its filter.
public struct Keymap: Sendable {
    public let bindings: [Key: Command]

    public init(table: [ActionSpec] = Actions.table) {
        var b: [Key: Command] = [:]
        for spec in table { for key in spec.keys where b[key] == nil { b[key] = spec.command } }
        bindings = b
    }

    public static let standard = Keymap()

    public func action(for key: Key, in state: State) -> Action? {
        // After m or ': the mark's letter (any other key cancels).
        if state.pendingMark != nil {
            if case .char(let c) = key { return .insert(c) }
            return .command(.close)
        }
        if state.input != nil {
            switch key {
            case .char(let c): return .insert(c)
            case .paste(let text): return .paste(text)
            case .backspace, .delete, .ctrl("h"): return .deleteBackward
            case .enter: return .command(.open)
            case .escape: return .command(.close)
            case .ctrl("c"): return .command(.close)
            default: break
            }
        }
        // A paste is text, never keys: outside a text line it does nothing.
        if case .paste = key { return nil }
        if let command = bindings[key] { return .command(command) }
        // In the entity list, typing a letter no key is bound to starts the filter with it.
        if case .char(let c) = key, c.isLetter, state.focus == .entities, state.entityDetail == nil, !state.help.isShown {
            return .insert(c)
        }
        return nil
    }
}
