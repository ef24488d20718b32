import ArgumentParsing
import ArticleModel
import CNcurses
import Content
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The optional FILE argument every subcommand takes: a path, `-` for standard input,
/// or nothing for the default article.
struct ArticleOptions {
    var file: String?
    var maxSize = SizeLimit.standard
    var format: InputFormat?

    static let fileArgument = ArgumentSpec("file", help: "The article to read (plain text, HTML, XHTML, Markdown, EPUB; gzip-compressed too). '-' reads standard input. Default: the bundled article.", isOptional: true)
    // (Takes a value that begins with '-', so that "-5" is read as the value and refused, not taken for an option.)
    static let maxSizeOption = OptionSpec.value("max-size", "size", help: "Refuse input larger than this: bytes, or with K, M or G (1024-based), at most \(SizeLimit.describe(SizeLimit.ceiling.bytes)).", defaultValue: SizeLimit.describe(SizeLimit.standard.bytes), takesDashValue: true)
    static let formatOption = OptionSpec.value("format", help: "Read FILE as this format instead of detecting it: text, html, xhtml, markdown or epub.", values: InputFormat.allCases.map(\.rawValue))
    /// What every subcommand lists for them, in this order.
    static let items: [CommandSpec.Item] = [.argument(fileArgument), .option(maxSizeOption), .option(formatOption)]

    init(_ p: ParsedArguments) throws(UsageError) {
        file = p.argument("file")
        maxSize = try p.read(Self.maxSizeOption, SizeLimit.init(argument:)) ?? .standard
        format = try p.read(Self.formatOption, InputFormat.init(rawValue:))
        guard (1...SizeLimit.ceiling.bytes).contains(maxSize.bytes) else {
            throw UsageError("--max-size must be from 1 byte to \(SizeLimit.describe(SizeLimit.ceiling.bytes))")
        }
    }

    /// Name used in messages.
    var displayName: String { file.map { $0 == "-" ? "standard input" : $0 } ?? Content.defaultArticleName }

    /// Reads and builds the article, or prints a message naming the file and exits with the
    /// sysexits code: 66 (no input), 65 (binary data), 74 (I/O error).
    func article() throws -> Article {
        ArticleBuilder.build(try loaded(), knowledge: KnowledgeBase.shared)
    }

    /// Reads and normalises the text (fast: linear byte loops), with the same messages and exit codes.
    /// With `pipedInput` (the explorer, as `less` does), no FILE and standard input redirected from a
    /// pipe or a file reads standard input; the subcommands only point the text out.
    func loaded(pipedInput: Bool = false) throws -> LoadedText {
        // The raw bytes are a temporary: when the loader had to normalise them, they are
        // freed here, before the model is built (peak memory holds one copy of the text).
        let piped = pipedInput && file == nil && ArticleOptions.standardInputIsRedirected()
        let name = piped ? "standard input" : displayName
        let bytes: [UInt8]
        do { bytes = piped ? try readChecked(fd: 0, name: name) : try readBytes() } catch is LoadError { throw ArticleOptions.refuseBinary(name) }
        return try ArticleOptions.loadAnyFormat(bytes, name: name, file: piped ? "-" : file, format: format, limit: maxSize.bytes)
    }

    /// Standard input is a pipe, a socket or a redirected file (not a terminal, not /dev/null).
    static func standardInputIsRedirected() -> Bool {
        var st = stat()
        guard isatty(0) == 0, fstat(0, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFSOCK || type == S_IFREG
    }

    /// Normalised text from a file's bytes, with a warning naming the file for UTF-16 or invalid UTF-8;
    /// binary data is an error naming it (exit 65).
    static func load(_ bytes: [UInt8], name: String) throws -> LoadedText {
        guard let loaded = try? Loader.load(bytes) else {
            if let order = UTF16Text.byteOrder(bytes), !UTF16Text.isBinary(bytes, order) { warnUTF16(name) }
            throw refuseBinary(name)
        }
        if loaded.decodedFromUTF16 { warnUTF16(name) }
        if loaded.invalidSequences > 0 {
            Terminal.warn("\(name): not valid UTF-8; \(loaded.invalidSequences) invalid byte sequence(s) shown as U+FFFD"
                + (legacyEightBit(loaded.bytes) ? "; it looks like Latin-1 or Windows-1252 text: `iconv -f WINDOWS-1252 -t UTF-8` converts it" : ""))
        }
        return loaded
    }

    /// Whether the text's only non-ASCII characters are the U+FFFD put for invalid bytes: no valid UTF-8
    /// sequence at all, as in a file saved in a one-byte encoding (é and smart quotes become U+FFFD).
    static func legacyEightBit(_ text: [UInt8]) -> Bool {
        var i = 0
        while i < text.count {
            if text[i] < 0x80 { i += 1; continue }
            guard i + 2 < text.count, text[i] == 0xEF, text[i + 1] == 0xBF, text[i + 2] == 0xBD else { return false }
            i += 3
        }
        return true
    }

    /// The message for binary data, and its exit code.
    static func refuseBinary(_ name: String) -> ExitCode {
        Terminal.error("\(name): looks like a binary file (a NUL byte, many control bytes or broken UTF-16), not a text article")
        return ExitCode(65)
    }

    /// The loader reads UTF-16 with a byte-order mark as UTF-8: a note, as exports count bytes of the UTF-8 text.
    private static func warnUTF16(_ name: String) {
        Terminal.warn("\(name): UTF-16 text, read as UTF-8 (offsets in exports count bytes of the UTF-8 text)")
    }

    func readBytes() throws -> [UInt8] {
        guard let file else {
            if ArticleOptions.textWaitsOnStandardInput() {
                Terminal.warn("no FILE given, so this is the bundled article; the text on standard input is read only when FILE is '-'")
            }
            do { return try Content.defaultArticle() } catch {
                Terminal.error("cannot read the bundled article: \(error)")
                throw ExitCode(66)
            }
        }
        if file == "-" {
            // Typed at the terminal: say so, or the command seems to hang with nothing on the screen.
            if isatty(0) == 1 { Terminal.writeErr("dossier: reading the article from the terminal; end it with Ctrl-D at the start of a line\n") }
            return try readChecked(fd: 0, name: displayName)
        }
        var st = stat()
        let path = ArticleOptions.rawPath(file)
        if stat(path, &st) != 0 {
            let e = errno
            Terminal.error("\(file): \(e == ENOENT ? "no such file" : String(cString: strerror(e)))")
            throw ExitCode(66)
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            Terminal.error("\(file): is a directory, not a text file")
            throw ExitCode(66)
        }
        let fifo = (st.st_mode & S_IFMT) == S_IFIFO
        // (A named pipe is opened without waiting for a writer, so that the wait can be announced.)
        let fd = open(path, O_RDONLY | (fifo ? O_NONBLOCK : 0))
        if fd < 0 {
            Terminal.error("\(file): cannot open: \(String(cString: strerror(errno)))")
            throw ExitCode(66)
        }
        defer { close(fd) }
        if fifo { ArticleOptions.awaitWriter(fd, name: file) }
        return try readChecked(fd: fd, name: file)
    }

    /// For a named pipe opened without blocking: when nothing has been written yet, says that it waits for
    /// a writer (it looked hung), then waits; the pipe is then read as any stream.
    static func awaitWriter(_ fd: Int32, name: String) {
        var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        if poll(&ready, 1, 0) == 0 {
            Terminal.writeErr("dossier: \(DisplayText.sanitize(name)): a named pipe; waiting for a writer (Ctrl-C stops)\n")
            while poll(&ready, 1, -1) < 0 && errno == EINTR {}
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    }

    /// Whether text is waiting on standard input (a redirected non-empty file, or a pipe with bytes in it):
    /// `cat notes.txt | dossier outline` would otherwise outline the bundled article without a word. Only
    /// looked at, never read, so a pipe that never closes (a job runner's) cannot make a command hang.
    static func textWaitsOnStandardInput() -> Bool {
        var st = stat()
        guard isatty(0) == 0, fstat(0, &st) == 0 else { return false }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return st.st_size > lseek(0, 0, SEEK_CUR)
        case S_IFIFO, S_IFSOCK:
            var waiting: Int32 = 0
            return ioctl(0, UInt(FIONREAD), &waiting) == 0 && waiting > 0
        default: return false
        }
    }

    /// The path's bytes as the shell passed them. A Linux file name may be any bytes; the parsed argument is
    /// decoded as UTF-8 with U+FFFD for the invalid ones, which names no file, so such an argument is looked
    /// up again among the raw arguments.
    static func rawPath(_ file: String) -> [CChar] {
        if file.unicodeScalars.contains("\u{FFFD}") {
            for i in 1..<Int(CommandLine.argc) {
                guard let arg = CommandLine.unsafeArgv[i] else { continue }
                let bytes = UnsafeBufferPointer(start: arg, count: strlen(arg))
                if String(decoding: UnsafeRawBufferPointer(bytes), as: UTF8.self) == file {
                    return Array(bytes) + [0]
                }
            }
        }
        return Array(file.utf8CString)
    }

    /// `readAll` with a read error or input over the size limit reported (a binary stream goes on to the
    /// caller's message).
    private func readChecked(fd: Int32, name: String) throws -> [UInt8] {
        do { return try readAll(fd: fd, limit: maxSize.bytes) } catch .unreadable(let e) {
            Terminal.error("\(name): read error: \(String(cString: strerror(e)))")
            throw ExitCode(e == EISDIR ? 66 : 74)
        } catch .binary {
            throw LoadError.binary
        } catch .overLimit(let size) {
            let limit = SizeLimit.describe(maxSize.bytes)
            Terminal.error("\(name): " + (size.map { "\(SizeLimit.describe($0)) is over the size limit of \(limit)" }
                                           ?? "more than \(limit), the size limit")
                           + "; --max-size raises it (up to \(SizeLimit.describe(SizeLimit.ceiling.bytes)))")
            throw ExitCode(65)
        }
    }

    /// `overLimit` carries the size when it was known before reading (a regular file).
    private enum ReadError: Error { case binary, unreadable(Int32), overLimit(Int?) }

    /// Reads to the end, or to `limit` bytes. A regular file over the limit is refused before a byte is
    /// read (its size is known); the buffer starts at the file's size (read straight into it, with no
    /// copies; 100 MB in a few tens of milliseconds) and grows for pipes and growing files, at most to
    /// one byte past the limit, which refuses the input.
    /// A stream that starts like a binary file (`/dev/zero`, `/dev/urandom`, a binary on a pipe) is
    /// refused after its first 64 KiB instead of read until memory runs out.
    private func readAll(fd: Int32, limit: Int) throws(ReadError) -> [UInt8] {
        var st = stat()
        let regular = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        if regular, Int(st.st_size) > limit { throw .overLimit(Int(st.st_size)) }
        var capacity = min(max(1 << 16, regular ? Int(st.st_size) + 1 : 0), limit + 1)
        var firstBuffer = true
        var out = [UInt8]()
        var failure: Int32 = 0
        while failure == 0 {
            var filled = out.count
            var atEnd = false
            let previous = out
            out = [UInt8](unsafeUninitializedCapacity: capacity) { buf, initialized in
                if !previous.isEmpty { _ = previous.withUnsafeBufferPointer { memcpy(buf.baseAddress!, $0.baseAddress!, $0.count) } }
                while filled < capacity {
                    let n = read(fd, buf.baseAddress! + filled, capacity - filled)
                    if n == 0 { atEnd = true; break }
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    filled += n
                }
                initialized = filled
            }
            if atEnd || failure != 0 { break }
            if capacity > limit { throw .overLimit(nil) }
            if firstBuffer, UTF16Text.byteOrder(out) == nil, Loader.isBinary(out), !ArticleOptions.isArchive(out) { throw .binary }
            firstBuffer = false
            capacity = min(capacity * 2, limit + 1)
        }
        if failure != 0 { throw .unreadable(failure) }
        return out
    }
}

/// The general knowledge shipped in `Content/knowledge/`, parsed once per process.
enum KnowledgeBase {
    static let shared = Knowledge(table: Content.knowledgeTable)
}

/// Messages on standard error, and whether standard output is a terminal that wants colour.
enum Terminal {
    static func error(_ message: String) { writeErr("dossier: \(DisplayText.sanitize(message))\n") }
    static func warn(_ message: String) { writeErr("dossier: warning: \(DisplayText.sanitize(message))\n") }
    static func writeErr(_ s: String) {
        var s = s
        s.withUTF8 { buf in _ = write(2, buf.baseAddress, buf.count) }
    }
    static var stdoutIsTTY: Bool { isatty(1) == 1 }

    /// Writes what is buffered for standard output; on a write error (a full disk, a closed descriptor)
    /// says so and exits with 74 (EX_IOERR). A closed pipe ends the process by SIGPIPE before this, as in
    /// any filter.
    static func flushOutput() {
        let out = dossier_stdout() // (the C global, which Swift 6 will not read directly)
        if fflush(out) == 0, ferror(out) == 0 { return }
        let e = errno
        error("write error on standard output: \(String(cString: strerror(e == 0 ? EIO : e)))")
        Glibc.exit(74)
    }
    /// Colour only on a terminal and when NO_COLOR is unset or empty.
    static var useColor: Bool {
        guard stdoutIsTTY else { return false }
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        return true
    }
}
