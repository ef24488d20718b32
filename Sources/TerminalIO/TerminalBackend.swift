import ArgumentParser
import ArticleModel
import CNcurses
import Explorer
#if canImport(Glibc)
import Glibc
#endif

/// The only code that knows ncurses: it copies a `Screen` to the terminal and turns input into
/// `Key` and `MouseEvent` values. Everything else happens in `Explorer`.
enum TerminalBackend {
    /// Why the terminal cannot be used (TERM unset, dumb or unknown), or nil. Writes nothing.
    static func terminalProblem() -> String? {
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
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            _ = setlocale(LC_ALL, "C.UTF-8") ?? setlocale(LC_ALL, "C.utf8")
        }
    }

    /// How long `wget_wch` waits for a key: forever, or a short time while a model is being built
    /// so the loop can swap it in. Main thread only.
    nonisolated(unsafe) static var inputTimeout: Int32 = -1

    /// `phases` says where the time before the first frame went, for the DOSSIER_STARTUP_TIME note.
    /// (`article` is taken, not borrowed, and handed on to the state, which then holds the only reference:
    /// the first screen's paragraphs-only article of a big text is freed when the full model replaces it.)
    static func run(article: consuming Article, pending: PendingModel? = nil, theme: ThemeName, started: UInt64, phases: String = "") throws {
        setUTF8Locale()
        let inFile: UnsafeMutablePointer<FILE>? = isatty(0) == 1 ? dossier_stdin() : fopen("/dev/tty", "r")
        // The size is the terminal's own: COLUMNS and LINES exported from another window would override it
        // (a frame cut to pieces, or "too small" for good, whatever the resizes).
        unsetenv("COLUMNS")
        unsetenv("LINES")
        guard let inFile else {
            Terminal.error("standard input is not a terminal and there is no terminal to read keys from " +
                           "(/dev/tty: \(String(cString: strerror(errno)))); use a subcommand instead: dossier outline, dossier export (see dossier --help)")
            throw ExitCode(2)
        }
        guard let screenPtr = newterm(nil, dossier_stdout(), inFile) else {
            Terminal.error("cannot open the terminal (TERM=\(String(cString: getenv("TERM"))))")
            throw ExitCode(2)
        }
        set_term(screenPtr)
        StderrCapture.begin()
        installSignalHandlers()
        defer {
            dossier_leave_screen()
            delscreen(screenPtr)
            StderrCapture.end()
        }
        let win = dossier_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(win, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        dossier_bracketed_paste(1)
        var painter = Painter(theme: Theme(name: theme, depth: colorDepth()))
        painter.setupColors()
        _ = mouseinterval(0)
        var mouseOn = false
        func applyMouse(_ on: Bool) {
            if on == mouseOn { return }
            mouseOn = on
            _ = mousemask(on ? dossier_mouse_mask_all() : 0, nil)
        }
        let layoutStart = BenchClock.nanos()
        var state = State(article: article, width: Int(dossier_cols()), height: Int(dossier_lines()))
        let layoutTime = (BenchClock.nanos() - layoutStart) / 1_000_000
        state.theme = theme
        state.modelPending = pending != nil
        inputTimeout = pending != nil ? 50 : -1
        wtimeout(win, inputTimeout)
        applyMouse(state.mouseEnabled)
        painter.draw(render(state), force: true)
        if getenv("DOSSIER_STARTUP_TIME") != nil {
            state.message = "first frame after \((BenchClock.nanos() - started) / 1_000_000) ms (\(phases), layout \(layoutTime))"
            painter.draw(render(state), force: false)
        }
        // Exists only for the end-to-end test of a Swift runtime trap (TerminalSafetyTests): the
        // terminal must be restored and the trap's message shown. Not a user setting.
        if getenv("DOSSIER_TEST_TRAP") != nil {
            fatalError("DOSSIER_TEST_TRAP is set: trapping on purpose after the first frame")
        }
        let keymap = Keymap.standard
        var redraws = state.redrawRequested
        while !state.quitRequested {
            let event = readEvent(win)
            resumeIfContinued(win) { painter.draw(render(state), force: true) }
            guard let event else {
                if state.modelPending, let (full, index) = pending?.take() {
                    state.replaceArticle(full, index: index)
                    if getenv("DOSSIER_STARTUP_TIME") != nil {
                        state.message = "model ready after \((BenchClock.nanos() - started) / 1_000_000) ms"
                    }
                    inputTimeout = -1
                    wtimeout(win, inputTimeout)
                    painter.draw(render(state), force: false)
                }
                continue
            }
            let action: Action?
            switch event {
            case .key(let k): action = keymap.action(for: k, in: state)
            case .mouse(let m): action = .mouse(m)
            case .resize: action = .resize(width: Int(dossier_cols()), height: Int(dossier_lines()))
            }
            guard let action else { continue }
            let before = state.theme
            state = reduce(state, action)
            applyMouse(state.mouseEnabled)
            var force = false
            if case .resize = action { force = true }
            if state.theme != before { painter.theme = Theme(name: state.theme, depth: painter.theme.depth); painter.setupColors(); force = true }
            if state.redrawRequested != redraws { redraws = state.redrawRequested; _ = clearok(win, true); force = true }
            painter.draw(render(state), force: force)
        }
    }

    /// Times copying each screen to ncurses (the terminal's output going to /dev/null), `rounds` times.
    static func benchCopy(_ screens: [Screen], rounds: Int) -> [Double]? {
        guard terminalProblem() == nil, let first = screens.first,
              let out = fopen("/dev/null", "w"), let inp = fopen("/dev/null", "r") else { return nil }
        setUTF8Locale()
        guard let scr = newterm(nil, out, inp) else { return nil }
        set_term(scr)
        defer { endwin(); delscreen(scr); fclose(out); fclose(inp) }
        _ = resizeterm(Int32(first.height), Int32(first.width))
        var painter = Painter(theme: Theme(name: .dark, depth: colorDepth()))
        painter.setupColors()
        var samples: [Double] = []
        for _ in 0..<rounds {
            for screen in screens {
                let t0 = BenchClock.nanos()
                painter.draw(screen, force: false)
                samples.append(Double(BenchClock.nanos() - t0) / 1e6)
            }
        }
        return samples
    }

    static func colorDepth() -> ColorDepth {
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return .none }
        guard has_colors() else { return .none }
        start_color()
        _ = use_default_colors()
        return dossier_colors() >= 256 ? .many : (dossier_colors() >= 8 ? .eight : .none)
    }

    // MARK: Signals

    /// Restore the terminal, then let the signal do what it would have done.
    static func installSignalHandlers() {
        // A parent may have left signals blocked; resize, Ctrl-C and Ctrl-Z need them delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        let restoreAndReraise: @convention(c) (Int32) -> Void = { sig in
            dossier_leave_screen()
            StderrCapture.end()
            signal(sig, SIG_DFL)
            raise(sig)
        }
        // Every signal whose default action ends the process, so none sent from outside (`kill -USR1`, an
        // alarm, a CPU limit) leaves the terminal raw. (SIGKILL and SIGSTOP cannot be caught; SIGPIPE cannot
        // come from the terminal.)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
                    SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS, SIGPOLL, SIGPWR, SIGSTKFLT] {
            signal(sig, restoreAndReraise)
        }
        // SIGTSTP (Ctrl-Z) and SIGWINCH stay with ncurses: it restores the screen, stops, and redraws on `fg`.
        // Its Ctrl-Z handler is wrapped so that bracketed paste is switched off first, or a shell without its
        // own line editor (dash) would get every paste wrapped in ESC[200~ … ESC[201~ while the explorer is
        // stopped (`resumeIfContinued` switches it on again).
        if pasteOff.pointer == nil, let s = dossier_tigetstr("BD") { pasteOff = (UnsafePointer(s), strlen(s)) }
        sigaction(SIGTSTP, nil, ncursesStop)
        if ncursesStop.pointee.__sigaction_handler.sa_handler != nil, ncursesStop.pointee.sa_flags & Int32(SA_SIGINFO) == 0 {
            var stop = ncursesStop.pointee
            stop.__sigaction_handler.sa_handler = { sig in
                if let p = pasteOff.pointer { _ = write(1, p, pasteOff.count) }
                ncursesStop.pointee.__sigaction_handler.sa_handler?(sig)
            }
            sigaction(SIGTSTP, &stop, nil)
        }
        // A stop ncurses did not see (`kill -STOP` from outside: the shell takes the terminal back) is noticed
        // when the process continues: the handler only sets a flag, and interrupts the wait for a key (no
        // SA_RESTART) so the loop re-enters the explorer's screen at once.
        continuedFlag.pointee = 0
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in continuedFlag.pointee = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGCONT, &action, nil)
    }

    /// After a continue: the terminal's modes and the alternate screen back, everything drawn again.
    static func resumeIfContinued(_ win: UnsafeMutablePointer<WINDOW>?, _ redraw: () -> Void) {
        guard continuedFlag.pointee != 0 else { return }
        continuedFlag.pointee = 0
        endwin() // (the next refresh re-enters program mode and the alternate screen)
        dossier_bracketed_paste(1)
        _ = clearok(win, true)
        redraw()
    }

    // MARK: Input

    enum Event { case key(Key), mouse(MouseEvent), resize }

    static func readEvent(_ win: UnsafeMutablePointer<WINDOW>?) -> Event? {
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if rc == ERR { return nil }
        if rc == KEY_CODE_YES {
            let code = Int32(ch)
            switch code {
            case dossier_key_resize(): return .resize
            case dossier_key_mouse():
                var ev = MEVENT()
                guard getmouse(&ev) == OK else { return nil }
                let x = Int(ev.x), y = Int(ev.y)
                if dossier_wheel_up(ev.bstate) != 0 { return .mouse(.wheelUp(x: x, y: y)) }
                if dossier_wheel_down(ev.bstate) != 0 { return .mouse(.wheelDown(x: x, y: y)) }
                if dossier_button1(ev.bstate) != 0 { return .mouse(.click(x: x, y: y)) }
                return nil
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_ENTER: return .key(.enter)
            default:
                if code == namedKey("kLFT3") { return .key(.altLeft) }
                if code == namedKey("kRIT3") { return .key(.altRight) }
                return nil
            }
        }
        switch ch {
        case 27: return .key(afterEscape(win))
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(UnicodeScalar(UInt8(ch) + 96))))
        default:
            guard let u = UnicodeScalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(u)))
        }
    }

    nonisolated(unsafe) static var namedKeys: [String: Int32] = [:]
    static func namedKey(_ name: String) -> Int32 {
        if let k = namedKeys[name] { return k }
        let k = dossier_key_code(name)
        namedKeys[name] = k
        return k
    }

    /// The text of a bracketed paste, up to its closing ESC[201~ (or a pause of a second with nothing more).
    /// At most a megabyte is kept; the rest is read and dropped.
    static func readPaste(_ win: UnsafeMutablePointer<WINDOW>?) -> String {
        wtimeout(win, 1000)
        defer { wtimeout(win, inputTimeout) }
        func next() -> UnicodeScalar? {
            var c: wint_t = 0
            while true {
                let rc = wget_wch(win, &c)
                if rc == ERR { return nil }
                if rc != KEY_CODE_YES, let u = UnicodeScalar(UInt32(c)) { return u }
            }
        }
        let close: [UnicodeScalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
        var text = String.UnicodeScalarView()
        var count = 0
        while let u = next() {
            var run = [u]
            if u == close[0] { // the closing mark, or an escape that was part of the paste
                while run.count < close.count, let v = next() {
                    run.append(v)
                    if v != close[run.count - 1] { break }
                }
                if run == close { break }
            }
            if count < 1 << 20 { text.append(contentsOf: run); count += run.count }
        }
        return String(text)
    }

    /// ESC alone, Alt plus a key, or an escape sequence ncurses did not know (decoded here).
    static func afterEscape(_ win: UnsafeMutablePointer<WINDOW>?) -> Key {
        wtimeout(win, 0)
        defer { wtimeout(win, inputTimeout) }
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if rc == ERR { return .escape }
        if rc == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_LEFT: return .altLeft
            case KEY_RIGHT: return .altRight
            default: return .escape
            }
        }
        guard ch == 91 || ch == 79 else { // '[' or 'O'
            if ch == 27 { return .escape }
            guard let u = UnicodeScalar(UInt32(ch)) else { return .escape }
            return .alt(Character(u))
        }
        var seq = ""
        for _ in 0..<16 {
            var c: wint_t = 0
            if wget_wch(win, &c) != OK { break }
            guard let u = UnicodeScalar(UInt32(c)) else { break }
            seq.append(Character(u))
            if c >= 0x40 && c <= 0x7E { break }
        }
        switch seq {
        case "1;3D", "1;9D": return .altLeft
        case "1;3C", "1;9C": return .altRight
        case "D": return .left
        case "C": return .right
        case "A": return .up
        case "B": return .down
        case "Z": return .backTab
        case "H", "1~", "7~": return .home
        case "F", "4~", "8~": return .end
        case "200~": return .paste(readPaste(win))
        case "5~": return .pageUp
        case "6~": return .pageDown
        default: return .escape
        }
    }
}

/// Copies screens to ncurses, only the cells that changed since the last frame.
struct Painter {
    var theme: Theme
    var last: Screen?
    var attrCache: [Role: attr_t] = [:]

    init(theme: Theme) { self.theme = theme }

    mutating func setupColors() {
        attrCache = [:]
        for role in Role.allCases {
            let spec = theme.spec(role)
            if theme.depth != .none {
                init_pair(Int16(role.rawValue) + 1, Int16(spec.fg), Int16(spec.bg))
            }
            attrCache[role] = attributes(spec.attributes)
        }
        last = nil
    }

    func attributes(_ a: Attributes) -> attr_t {
        var r = dossier_a_normal()
        if a.contains(.bold) { r |= dossier_a_bold() }
        if a.contains(.underline) { r |= dossier_a_underline() }
        if a.contains(.reverse) { r |= dossier_a_reverse() }
        if a.contains(.dim) { r |= dossier_a_dim() }
        if a.contains(.italic) { r |= dossier_a_italic() }
        return r
    }

    mutating func draw(_ screen: Screen, force: Bool) {
        let win = dossier_stdscr()
        let reuse = !force && last?.width == screen.width && last?.height == screen.height
        if !reuse { werase(win) }
        var wbuf = [wchar_t](repeating: 0, count: 16)
        let cells = screen.cells
        let previous = reuse ? last?.cells : nil
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let i = y * screen.width + x
                let cell = cells[i]
                if cell.isContinuation { continue }
                if let p = previous, p[i] == cell { continue }
                var n = 0
                for u in cell.character.unicodeScalars where n < 15 {
                    wbuf[n] = wchar_t(bitPattern: u.value); n += 1
                }
                if n == 0 { wbuf[0] = 32; n = 1 }
                wbuf[n] = 0
                let attrs = (attrCache[cell.style.role] ?? 0) | attributes(cell.style.attributes)
                let pair = theme.depth == .none ? Int16(0) : Int16(cell.style.role.rawValue) + 1
                _ = wbuf.withUnsafeBufferPointer { dossier_put_cell(win, Int32(y), Int32(x), $0.baseAddress, attrs, pair) }
            }
        }
        wrefresh(win)
        last = screen
    }
}

/// Set by the SIGCONT handler, read and cleared by the main loop (a plain store: async-signal-safe).
nonisolated(unsafe) private let continuedFlag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
/// ncurses' SIGTSTP action, which the explorer's own handler calls after switching bracketed paste off.
nonisolated(unsafe) private let ncursesStop = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
/// The terminal's "bracketed paste off" string (terminfo BD), looked up before any signal can need it.
nonisolated(unsafe) private var pasteOff: (pointer: UnsafePointer<CChar>?, count: Int) = (nil, 0)
