import CNcurses

/// How the C allocator serves the model's large arrays.
public enum Allocator {
    /// glibc serves a block of 128 KiB or more with a mapping of its own, returned to the system when it
    /// is freed, but raises that threshold to the size of each such block freed (up to 32 MB): after the
    /// build frees its first large transients (the index's table of every word occurrence), later large
    /// arrays came from the heap, whose freed space stays resident, so peak resident memory ran 5 to 15 %
    /// over the peak the build allocates (a million one-line paragraphs: 195 MB, not 182). Fixing the
    /// threshold at its default keeps every large block mapped.
    public static func keepLargeBlocksMapped() {
        // (`mallopt` is in <malloc.h>, which the Glibc module leaves out; the C shim includes it.)
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }
}
