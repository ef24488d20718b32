import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// What the explorer does with signals: every one that would end the process restores the terminal
/// first; Ctrl-Z and a stop from outside come back to a redrawn screen.
enum Signals {
    /// Signals whose default action ends the process, the real-time ones included (`kill -34`), so none
    /// sent from outside (`kill -USR1`, `kill -PIPE`, an alarm, a CPU limit) leaves the terminal raw.
    /// (SIGKILL and SIGSTOP cannot be caught.)
    static var ending: [Int32] {
        [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGPIPE,
         SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS, SIGPOLL, SIGPWR, SIGSTKFLT]
            + Array(dossier_sigrtmin()...dossier_sigrtmax())
    }

    /// Signals that end the explorer through its loop, which saves the reading place first.
    static let politeEnding: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The read end of the pipe a polite ending signal writes to, so a wait for a key wakes at once.
    static var wakeFD: Int32 { wakePipe[0] }

    /// The polite signal that asked the loop to end, or nil.
    static var endRequested: Int32? { endingSignal.pointee == 0 ? nil : Int32(endingSignal.pointee) }

    /// Signals that stop or resize rather than end, which the explorer and ncurses handle.
    static let screenSignals: [Int32] = [SIGWINCH, SIGTSTP, SIGCONT]

    /// Signals sent from outside, which the main thread (the one that owns the terminal) must receive, not
    /// a background thread. (A fault, SIGSEGV or a trap's SIGILL, goes to the thread that caused it.)
    static var forTheMainThread: [Int32] {
        let faults = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGSYS]
        return ending.filter { !faults.contains($0) } + screenSignals
    }

    /// Restore the terminal, then let the signal do what it would have done.
    static func install() {
        // A parent may have left signals blocked; resize, Ctrl-C and Ctrl-Z need them delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in ending + screenSignals { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        let restoreAndReraise: @convention(c) (Int32) -> Void = { sig in
            dossier_leave_screen()
            StderrCapture.end()
            signal(sig, SIG_DFL)
            raise(sig)
        }
        for sig in ending { signal(sig, restoreAndReraise) }
        // Ctrl-C, a kill and a hang-up end the loop instead, so the reading place is saved before the
        // signal is raised again (`takeEnding`); a second one while that is under way ends at once.
        if wakePipe[0] < 0, pipe(wakePipe) == 0 {
            for fd in [wakePipe[0], wakePipe[1]] {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        endingSignal.pointee = 0
        var polite = sigaction()
        polite.__sigaction_handler.sa_handler = { sig in
            if endingSignal.pointee != 0 {
                dossier_leave_screen()
                StderrCapture.end()
                signal(sig, SIG_DFL)
                raise(sig)
                return
            }
            endingSignal.pointee = sig
            var byte: UInt8 = 1
            _ = write(wakePipe[1], &byte, 1)
        }
        sigemptyset(&polite.sa_mask)
        polite.sa_flags = 0
        for sig in politeEnding { sigaction(sig, &polite, nil) }
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

    /// Blocks the outside signals in the calling (background) thread, so they reach the main thread.
    static func leaveToTheMainThread() {
        var outside = sigset_t()
        sigemptyset(&outside)
        for sig in forTheMainThread { sigaddset(&outside, sig) }
        pthread_sigmask(SIG_BLOCK, &outside, nil)
    }

    /// After a continue: the terminal's modes and the alternate screen back, everything drawn again.
    /// Returns whether the process had been continued.
    static func resumeIfContinued(_ win: UnsafeMutablePointer<WINDOW>?) -> Bool {
        guard continuedFlag.pointee != 0 else { return false }
        continuedFlag.pointee = 0
        endwin() // (the next refresh re-enters program mode and the alternate screen)
        dossier_bracketed_paste(1)
        _ = clearok(win, true)
        return true
    }
}

/// Set by the SIGCONT handler, read and cleared by the main loop (a plain store: async-signal-safe).
nonisolated(unsafe) private let continuedFlag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
/// The polite ending signal received (0: none), set by its handler and read by the loop.
nonisolated(unsafe) private let endingSignal = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
/// A self-pipe: the polite handler writes a byte, the wait for a key polls the read end.
nonisolated(unsafe) private let wakePipe: UnsafeMutablePointer<Int32> = {
    let p = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
    p[0] = -1
    p[1] = -1
    return p
}()
/// ncurses' SIGTSTP action, which the explorer's own handler calls after switching bracketed paste off.
nonisolated(unsafe) private let ncursesStop = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
/// The terminal's "bracketed paste off" string (terminfo BD), looked up before any signal can need it.
nonisolated(unsafe) private var pasteOff: (pointer: UnsafePointer<CChar>?, count: Int) = (nil, 0)
