import ArticleModel
import Explorer
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The full model of a big text, built on a background thread while the explorer already shows
/// its paragraphs. The main thread (the only one that touches ncurses) polls `take()` between
/// keys; the builder thread only ever touches this box.
public final class PendingModel: Sendable {
    private let slot = Mutex<(Article, ArticleIndex)?>(nil)

    /// Texts at least this big open with a paragraphs-only first screen. The full model takes about
    /// 0.3 s per MB (so 1 MB, a long book, still opens in well under a second the simple way).
    public static let threshold = 1 << 20

    /// Starts building `loaded` on a thread of its own. Only `TerminalSession.run` starts one, after the
    /// crash handlers are installed, so a trap in the build always finds the terminal restored for it.
    init(building loaded: LoadedText, knowledge: Knowledge) {
        let work: @Sendable () -> Void = { [self] in
            // Signals from outside (Ctrl-C, SIGTERM, resize, Ctrl-Z) go to the main thread, which owns
            // the terminal. A trap in this thread still reaches the crash handlers, which restore it.
            Signals.leaveToTheMainThread()
            let article = ArticleBuilder.build(loaded, knowledge: knowledge)
            let index = ArticleIndex(article)
            // Exists only for the end-to-end test of a trap in the background build (TerminalSafetyTests).
            if TestTrap.requested == .background {
                fatalError("DOSSIER_TEST_TRAP is set: trapping on purpose in the background build")
            }
            self.slot.withLock { $0 = (article, index) }
        }
        Self.startThread(stackSize: 8 << 20, work)
    }

    /// A detached POSIX thread running `work` (the deep recursion of a parse wants more than the default stack).
    private static func startThread(stackSize: Int, _ work: @escaping @Sendable () -> Void) {
        final class Box: @unchecked Sendable { let work: @Sendable () -> Void; init(_ w: @escaping @Sendable () -> Void) { work = w } }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, stackSize)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        let box = Unmanaged.passRetained(Box(work)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, &attr, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.work()
            return nil
        }, box)
        if started != 0 {
            // No thread to be had: build here instead (the first screen waits, nothing is lost).
            Unmanaged<Box>.fromOpaque(box).takeRetainedValue().work()
        }
    }

    /// The built article and the explorer's index of it, once (nil before it is ready and after it was taken).
    public func take() -> (Article, ArticleIndex)? {
        slot.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
