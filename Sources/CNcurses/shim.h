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
#include <malloc.h>
#include <stdio.h>
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

/* Draws one cell: a NUL-terminated wide string (base + combining marks) with attributes and a pair. */
static inline int dossier_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &c);
}
#endif
