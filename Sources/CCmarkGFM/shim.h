// cmark-gfm, the CommonMark reference parser with GitHub's extensions (tables, footnotes).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
