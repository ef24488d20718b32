// zlib, for gzip-compressed input and the deflated entries of a zip (EPUB).
#include <zlib.h>

/// inflateInit2 is a macro; gzip (and zlib) headers detected automatically.
static inline int dossier_inflate_init_gzip(z_stream *s) { return inflateInit2(s, 15 + 32); }
/// Raw deflate data, no header: a zip entry.
static inline int dossier_inflate_init_raw(z_stream *s) { return inflateInit2(s, -15); }
/// Raw deflate output, for the tests that write zips.
static inline int dossier_deflate_init_raw(z_stream *s) {
    return deflateInit2(s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
