#ifndef DOSSIER_CNCURSES_SHIM_H
#define DOSSIER_CNCURSES_SHIM_H
/* SwiftPM drops -D_XOPEN_SOURCE from the .pc file: without these the wide-char API is missing. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <signal.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Globals and macros Swift 6 cannot import or use under strict concurrency. */
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline FILE *dossier_stdin(void) { return stdin; }
static inline attr_t dossier_a_normal(void) { return A_NORMAL; }
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_italic(void) { return A_ITALIC; }
static inline int dossier_key_resize(void) { return KEY_RESIZE; }
static inline int dossier_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t dossier_mouse_mask_all(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int dossier_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int dossier_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int dossier_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

/* Whether the terminfo database knows a terminal type; writes nothing to the terminal. */
int setupterm(const char *, int, int *);
static inline int dossier_term_known(const char *term) {
    int err = 0;
    return setupterm(term, 1, &err) == OK;
}

/* A terminfo string capability, or NULL when the terminal type does not have it (absent, cancelled, empty). */
static inline char *dossier_tigetstr(const char *capname) {
    char *s = tigetstr(capname);
    return (s == NULL || s == (char *)-1 || *s == 0) ? NULL : s;
}

/* The key code ncurses reports for a terminfo key capability (e.g. "kRIT3", Alt-Right), or -1. */
static inline int dossier_key_code(const char *capname) {
    char *seq = dossier_tigetstr(capname);
    return seq == NULL ? -1 : key_defined(seq);
}

/* Bracketed paste on or off, when the terminal type says how (the BE and BD capabilities): the terminal
   then marks pasted text with ESC[200~ and ESC[201~, so a pasted line break is not Enter. */
static inline void dossier_bracketed_paste(int on) {
    char *s = dossier_tigetstr(on ? "BE" : "BD");
    if (s != NULL) {
        fflush(stdout);
        (void)!write(1, s, strlen(s));
    }
}

/* Ends curses mode. A terminal type without an alternate screen (the Linux console, a vt100) is cleared
   first: otherwise the last frame stays and the shell's prompt is written over its status line. */
static inline void dossier_leave_screen(void) {
    if (dossier_tigetstr("smcup") == NULL && stdscr != NULL) {
        wclear(stdscr);
        wrefresh(stdscr);
    }
    endwin();
    dossier_bracketed_paste(0);
}

/* How many wide characters one cell holds (ncurses' CCHARW_MAX). */
static inline int dossier_cell_capacity(void) { return CCHARW_MAX; }

/* Draws one cell: the `n` code points of a grapheme cluster (n <= CCHARW_MAX) with attributes and a pair.
   setcchar keeps only the first character and the zero-width ones right after it (a ZWJ sequence,
   a flag or a skin tone would lose its second emoji), so it sets the first character, the attributes
   and the colour, and the rest of the cluster goes into the cell's characters as they are: ncurses
   writes a cell's characters in one run, and the terminal joins them. */
static inline int dossier_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, int n, attr_t attrs, short pair) {
    cchar_t c;
    wchar_t first[2] = { wch[0], 0 };
    if (setcchar(&c, first, attrs, pair, NULL) != OK) return ERR;
    for (int i = 1; i < n && i < CCHARW_MAX; i++) c.chars[i] = wch[i];
    return mvwadd_wch(w, y, x, &c);
}

/* Appends a terminfo string (or nothing) to a buffer, if it fits. */
static inline void dossier_append(char *buf, size_t size, size_t *n, const char *s) {
    if (s == NULL) return;
    size_t l = strlen(s);
    if (*n + l < size) { memcpy(buf + *n, s, l); *n += l; buf[*n] = 0; }
}

/* Writes a cluster too long for one cell (over CCHARW_MAX code points: a family of four) straight to the
   terminal at (y, x), after a refresh, in the cell's colours and attributes. The cell itself holds its first
   CCHARW_MAX code points, so ncurses' picture of the screen stays right, and the cursor's position and
   rendition are saved and restored around the write (sc, rc), so ncurses' idea of them does too. Without
   sc, rc or cup nothing is written. */
static inline void dossier_write_cluster(int y, int x, const char *utf8, int fg, int bg, int bold, int underline,
                                         int reverse, int dim, int italic) {
    char *sc = dossier_tigetstr("sc"), *rc = dossier_tigetstr("rc"), *cup = dossier_tigetstr("cup");
    if (sc == NULL || rc == NULL || cup == NULL) return;
    char buf[2048];
    size_t n = 0;
    buf[0] = 0;
    dossier_append(buf, sizeof buf, &n, sc);
    dossier_append(buf, sizeof buf, &n, tiparm(cup, y, x));
    dossier_append(buf, sizeof buf, &n, dossier_tigetstr("sgr0"));
    char *s;
    if (fg >= 0 && (s = dossier_tigetstr("setaf")) != NULL) dossier_append(buf, sizeof buf, &n, tiparm(s, fg));
    if (bg >= 0 && (s = dossier_tigetstr("setab")) != NULL) dossier_append(buf, sizeof buf, &n, tiparm(s, bg));
    if (bold) dossier_append(buf, sizeof buf, &n, dossier_tigetstr("bold"));
    if (underline) dossier_append(buf, sizeof buf, &n, dossier_tigetstr("smul"));
    if (reverse) dossier_append(buf, sizeof buf, &n, dossier_tigetstr("rev"));
    if (dim) dossier_append(buf, sizeof buf, &n, dossier_tigetstr("dim"));
    if (italic) dossier_append(buf, sizeof buf, &n, dossier_tigetstr("sitm"));
    dossier_append(buf, sizeof buf, &n, utf8);
    dossier_append(buf, sizeof buf, &n, rc);
    fflush(stdout);
    (void)!write(1, buf, n);
}

/* The real-time signals' range (SIGRTMIN is a function call in glibc, not a constant Swift imports). */
static inline int dossier_sigrtmin(void) { return SIGRTMIN; }
static inline int dossier_sigrtmax(void) { return SIGRTMAX; }
#endif
