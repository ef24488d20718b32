#if canImport(Glibc)
import Glibc
#endif

/// The keyboard's file descriptor, read directly in large pieces (a megabyte paste is a few hundred
/// reads, not a million) and fed to the decoder. ncurses keeps the screen and SIGWINCH; it reads no keys.
struct Keyboard {
    let fd: Int32
    var decoder = InputDecoder()

    enum Wake { case input, timeout, interrupted }

    /// Waits for bytes, at most `timeoutMs` (-1: no limit). A signal (resize, continue) interrupts the wait.
    func wait(timeoutMs: Int32) -> Wake {
        // The second descriptor is the signals' wake pipe: a polite ending signal interrupts the wait.
        var p = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: Signals.wakeFD, events: Int16(POLLIN), revents: 0)]
        let n = poll(&p, Signals.wakeFD >= 0 ? 2 : 1, timeoutMs)
        if n < 0 || Signals.endRequested != nil { return .interrupted }
        if n > 0, p[0].revents == 0 { return .interrupted }
        return n == 0 ? .timeout : .input
    }

    /// Reads what is waiting (up to a megabyte a round, so the screen keeps up). False when the terminal
    /// is gone (end of file or an error other than an interruption).
    mutating func readAvailable() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        for round in 0..<16 {
            if round > 0 {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 0) <= 0 { break }
            }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { decoder.feed(chunk[0..<n]); continue }
            if n < 0, errno == EINTR || errno == EAGAIN { break }
            return false
        }
        return true
    }
}
