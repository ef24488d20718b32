// zlib, for gzip-compressed input.
#include <zlib.h>

/// inflateInit2 is a macro; gzip (and zlib) headers detected automatically.
static inline int dossier_inflate_init_gzip(z_stream *s) { return inflateInit2(s, 15 + 32); }
