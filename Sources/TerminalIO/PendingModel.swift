import ArticleModel
import Explorer
import Foundation
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
        let thread = Thread { [self] in
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
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The built article and the explorer's index of it, once (nil before it is ready and after it was taken).
    public func take() -> (Article, ArticleIndex)? {
        slot.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
