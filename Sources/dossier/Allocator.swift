#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator serves the model's large arrays.
enum Allocator {
    /// glibc serves a block of 128 KiB or more with a mapping of its own, returned to the system when it
    /// is freed, but raises that threshold to the size of each such block freed (up to 32 MB): after the
    /// build frees its first large transients (the index's table of every word occurrence), later large
    /// arrays came from the heap, whose freed space stays resident, so peak resident memory ran 5 to 15 %
    /// over the peak the build allocates (a million one-line paragraphs: 195 MB, not 182). Fixing the
    /// threshold at its default keeps every large block mapped.
    static func keepLargeBlocksMapped() {
        #if canImport(Glibc)
        // `mallopt` and M_MMAP_THRESHOLD (-3) are in <malloc.h>, which the Glibc module leaves out.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-3, 128 * 1024)
        #endif
    }
}
