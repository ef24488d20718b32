// libdeflate: gzip-compressed input and the deflated entries of a zip (EPUB), decompressed whole.
#include <libdeflate.h>
