#if canImport(Glibc)
import Glibc
#endif

/// While the explorer owns the terminal, whatever is written to standard error (a warning, or the
/// Swift runtime's "Fatal error: …" line just before a trap) goes to an unlinked temporary file
/// instead of being drawn into the explorer's screen, where it would garble the frame and then
/// vanish with the alternate screen. `end()` puts standard error back and copies the captured
/// text to it, after the terminal is restored, so a trap's report is the last thing the user sees.
enum StderrCapture {
    nonisolated(unsafe) private static var saved: Int32 = -1
    nonisolated(unsafe) private static var file: Int32 = -1
    nonisolated(unsafe) private static var buffer: UnsafeMutableRawPointer?
    private static let bufferSize = 1 << 16

    /// Main thread, before the first frame. Without a temporary file standard error stays as it is.
    static func begin() {
        var template = Array("/tmp/dossier-stderr-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let copy = dup(2)
        guard copy >= 0, dup2(fd, 2) >= 0 else { close(fd); if copy >= 0 { close(copy) }; return }
        buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 16)
        saved = copy
        file = fd
    }

    /// Async-signal-safe (dup2, lseek, read, write, close only), so the crash handlers call it too.
    static func end() {
        guard saved >= 0 else { return }
        _ = dup2(saved, 2)
        close(saved)
        saved = -1
        guard let buffer else { return }
        _ = lseek(file, 0, SEEK_SET)
        while true {
            let n = read(file, buffer, bufferSize)
            if n <= 0 { break }
            var done = 0
            while done < n {
                let w = write(2, buffer + done, n - done)
                if w <= 0 { break }
                done += w
            }
        }
        close(file)
        file = -1
    }
}
