// libxml2's HTML parser, driven by SAX callbacks (no tree, no network, no entity expansion).
#include <string.h>
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the toolchain's own copy, and nothing here
// needs them (encoding handlers are only passed by pointer).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>

/// A parser context over `size` bytes of `buffer` that calls `sax` with `user` as its context.
/// `encoding` (may be NULL: UTF-8) is the input's encoding as the caller determined it.
static inline htmlParserCtxtPtr dossier_html_context(const char *buffer, int size, const char *encoding,
                                                     const htmlSAXHandler *sax, void *user, int options) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return NULL;
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
        if (handler != NULL) xmlSwitchToEncoding(ctxt, handler);
    } else {
        // UTF-8 read as it is (no converter, so byte offsets stay exact and cheap); without this the
        // HTML parser guesses Latin-1 for a page with no declared charset.
        ctxt->charset = XML_CHAR_ENCODING_UTF8;
    }
    if (ctxt->sax != NULL) memcpy(ctxt->sax, sax, sizeof(htmlSAXHandler));
    ctxt->userData = user;
    htmlCtxtUseOptions(ctxt, options);
    return ctxt;
}

/// The input line the parser is on (for encodings where byte offsets are not cheap to get).
static inline int dossier_html_line(htmlParserCtxtPtr ctxt) {
    return ctxt->input != NULL ? ctxt->input->line : 0;
}

/// Whether the parser's input goes through a converter (not UTF-8).
static inline int dossier_html_converts(htmlParserCtxtPtr ctxt) {
    return ctxt->input != NULL && ctxt->input->buf != NULL && ctxt->input->buf->encoder != NULL;
}

/// Silences libxml2's generic error printer (recover mode reports every repaired tag otherwise).
static void dossier_xml_quiet(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void dossier_xml_silence(void) { xmlSetGenericErrorFunc(NULL, dossier_xml_quiet); }
