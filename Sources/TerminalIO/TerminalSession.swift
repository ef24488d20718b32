import ArticleModel
import CNcurses
import Explorer
import ProcessSupport
#if canImport(Glibc)
import Glibc
#endif

/// Why the explorer cannot have the terminal; the caller prints `message` (exit 2).
public struct TerminalUnavailable: Error {
    public let message: String
}

/// How the explorer ended: its last state (what to remember) and the polite signal that ended it, if
/// one did (the caller raises it again once the place is saved).
public struct SessionEnd {
    public let state: State
    public let signal: Int32?
}

/// The explorer on a real terminal: sets ncurses up, then loops reading keys, sending each to `reduce`
/// as an action and copying what `render` returns to the screen. The only state it keeps of its own
/// is the terminal's (the mouse mode, the painter's last frame).
public enum TerminalSession {
    /// Why the terminal cannot be used (TERM unset, dumb or unknown), or nil. Writes nothing.
    public static func terminalProblem() -> String? {
        guard let t = getenv("TERM"), t.pointee != 0 else { return "TERM is not set" }
        let term = String(cString: t)
        if term == "dumb" { return "TERM is 'dumb'" }
        if dossier_term_known(term) == 0 { return "TERM '\(term)' is not a terminal type this system knows" }
        return nil
    }

    /// Picks a UTF-8 locale so wide characters work: the user's, else C.UTF-8.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacing("-", with: "") != "UTF8" {
            _ = setlocale(LC_ALL, "C.UTF-8") ?? setlocale(LC_ALL, "C.utf8")
        }
    }

    /// Runs the explorer until it quits. When `background` is given, `article` is its first screen and the
    /// full model is built on a background thread, started once the signal handlers are in place. `phases`
    /// says where the time before the first frame went, for the DOSSIER_STARTUP_TIME note. (`article` is
    /// taken, not borrowed, and handed on to the state, which then holds the only reference: the first
    /// screen's paragraphs-only article of a big text is freed when the full model replaces it.)
    /// `opening` is sent before the first frame (a remembered place, a note).
    public static func run(article: consuming Article, background: (text: LoadedText, knowledge: Knowledge)? = nil,
                           theme: ThemeName, textWidth: Int? = nil, opening: [Action] = [],
                           started: UInt64, phases: String = "") throws -> SessionEnd {
        setUTF8Locale()
        let inFile: UnsafeMutablePointer<FILE>? = isatty(0) == 1 ? dossier_stdin() : fopen("/dev/tty", "r")
        // The size is the terminal's own: COLUMNS and LINES exported from another window would override it
        // (a frame cut to pieces, or "too small" for good, whatever the resizes).
        unsetenv("COLUMNS")
        unsetenv("LINES")
        guard let inFile else {
            throw TerminalUnavailable(message: "standard input is not a terminal and there is no terminal to read keys from " +
                "(/dev/tty: \(String(cString: strerror(errno)))); use a subcommand instead: dossier outline, dossier export (see dossier --help)")
        }
        guard let screenPtr = newterm(nil, dossier_stdout(), inFile) else {
            throw TerminalUnavailable(message: "cannot open the terminal (TERM=\(String(cString: getenv("TERM"))))")
        }
        set_term(screenPtr)
        StderrCapture.begin()
        Signals.install()
        let pending = background.map { PendingModel(building: $0.text, knowledge: $0.knowledge) }
        defer {
            dossier_leave_screen()
            delscreen(screenPtr)
            StderrCapture.end()
        }
        let win = dossier_stdscr()
        cbreak()
        noecho()
        nonl()
        // The keypad's application mode, as before; its sequences are decoded here, not by ncurses.
        keypad(win, true)
        _ = curs_set(0)
        // A frame is drawn whole: keys that arrived meanwhile are read before the next one.
        _ = typeahead(-1)
        dossier_bracketed_paste(1)
        var painter = Painter(theme: Theme(name: theme, depth: Painter.colorDepth()))
        painter.setupColors()
        _ = mouseinterval(0)
        let layoutStart = BenchClock.nanos()
        var state = State(article: article, width: Int(dossier_cols()), height: Int(dossier_lines()),
                          theme: theme, textWidth: textWidth ?? State.defaultTextWidth, modelPending: pending != nil)
        for action in opening { state = reduce(state, action) }
        let layoutTime = (BenchClock.nanos() - layoutStart) / 1_000_000
        var session = Loop(win: win, keyboard: Keyboard(fd: fileno(inFile)), painter: painter, state: state)
        session.applyMouse()
        session.painter.draw(render(session.state), force: true)
        let timed = getenv("DOSSIER_STARTUP_TIME") != nil
        if timed {
            session.send(.note("first frame after \((BenchClock.nanos() - started) / 1_000_000) ms (\(phases), layout \(layoutTime))"))
            session.drawIfNeeded()
        }
        // Exists only for the end-to-end test of a Swift runtime trap (TerminalSafetyTests): the
        // terminal must be restored and the trap's message shown. Not a user setting.
        if TestTrap.requested == .foreground {
            fatalError("DOSSIER_TEST_TRAP is set: trapping on purpose after the first frame")
        }
        session.run(pending: pending, ready: timed ? { "model ready after \((BenchClock.nanos() - started) / 1_000_000) ms" } : nil)
        return SessionEnd(state: session.state, signal: Signals.endRequested)
    }

    /// The loop's working parts: the state, the keyboard, the painter and what the next frame needs.
    struct Loop {
        let win: UnsafeMutablePointer<WINDOW>?
        var keyboard: Keyboard
        var painter: Painter
        var state: State
        var mouseOn = false
        var changed = false
        var force = false
        let keymap = Keymap.standard

        init(win: UnsafeMutablePointer<WINDOW>?, keyboard: Keyboard, painter: Painter, state: consuming State) {
            self.win = win
            self.keyboard = keyboard
            self.painter = painter
            self.state = state
        }

        mutating func run(pending: PendingModel?, ready: (() -> String)?) {
            while !state.quitRequested, Signals.endRequested == nil {
                let timeout = keyboard.decoder.pendingTimeoutMs ?? (state.modelPending ? 50 : -1)
                let wake = keyboard.wait(timeoutMs: timeout)
                if Signals.resumeIfContinued(win) { changed = true; force = true }
                checkSize()
                switch wake {
                case .input:
                    guard keyboard.readAvailable() else { return } // the terminal is gone
                    while let event = keyboard.decoder.next() { handle(event) }
                case .timeout:
                    for event in keyboard.decoder.flush() { handle(event) }
                case .interrupted:
                    break
                }
                if state.modelPending, let (full, index) = pending?.take() {
                    send(.modelReady(BuiltModel(article: full, index: index)))
                    if let ready { send(.note(ready())) }
                }
                drawIfNeeded()
            }
        }

        mutating func handle(_ event: InputDecoder.Event) {
            switch event {
            case .key(let key): if let action = keymap.action(for: key, in: state) { send(action) }
            case .mouse(let m): send(.mouse(m))
            }
        }

        /// The one way the loop changes the state.
        mutating func send(_ action: Action) {
            let before = (theme: state.theme, redraws: state.redrawRequested)
            state = reduce(state, action)
            changed = true
            applyMouse()
            if case .resize = action { force = true }
            if state.theme != before.theme {
                painter.theme = Theme(name: state.theme, depth: painter.theme.depth)
                painter.setupColors()
                force = true
            }
            if state.redrawRequested != before.redraws { _ = clearok(win, true); force = true }
        }

        /// A resize: the terminal's size differs from the state's (ncurses may already have followed it).
        mutating func checkSize() {
            var ws = winsize()
            guard ioctl(1, UInt(TIOCGWINSZ), &ws) == 0 || ioctl(keyboard.fd, UInt(TIOCGWINSZ), &ws) == 0,
                  ws.ws_row > 0, ws.ws_col > 0 else { return }
            let rows = Int(ws.ws_row), cols = Int(ws.ws_col)
            guard rows != state.height || cols != state.width else { return }
            if rows != Int(dossier_lines()) || cols != Int(dossier_cols()) { _ = resizeterm(Int32(rows), Int32(cols)) }
            send(.resize(width: Int(dossier_cols()), height: Int(dossier_lines())))
        }

        mutating func applyMouse() {
            if state.mouseEnabled == mouseOn { return }
            mouseOn = state.mouseEnabled
            _ = mousemask(mouseOn ? dossier_mouse_mask_all() : 0, nil)
        }

        mutating func drawIfNeeded() {
            guard changed else { return }
            painter.draw(render(state), force: force)
            changed = false
            force = false
        }
    }
}
