import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct NamedPipeTests {
    /// A named pipe with no writer says that it waits for one, then reads what a writer sends.
    @Test func aFIFOWithNoWriterSaysItWaits() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["outline", fifo]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        // Wait (up to 10 s) for the message, reading standard error as it comes.
        var said = ""
        let errFD = err.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(10)
        while !said.contains("waiting for a writer"), Date() < deadline {
            var fds = pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 50) > 0 else { continue }
            var buf = [UInt8](repeating: 0, count: 4096)
            let n = read(errFD, &buf, buf.count)
            if n <= 0 { break }
            said += String(decoding: buf[0..<n], as: UTF8.self)
        }
        #expect(said.contains("dossier: \(fifo): a named pipe; waiting for a writer"), "\(said)")
        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        writer.write(Data("From A Pipe\n\nVladimir Putin met Xi Jinping.\n".utf8))
        try writer.close()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(o.hasPrefix("From A Pipe"))
    }
}
