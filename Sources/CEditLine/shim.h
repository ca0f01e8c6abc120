#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

/*
 * Fixed-argument wrappers over libedit's variadic el_set / el_get / history,
 * which Swift cannot call, plus the few libc helpers LineEditing needs.
 *
 * Rules for this header (see ARCHITECTURE.md, "libedit notes"):
 *  - every function is `static inline`;
 *  - no file-level `static` variables (they fail to link from Swift);
 *  - SwiftPM does not notice edits here: touch a Swift file or clean.
 */

#include <histedit.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <langinfo.h>
#include <locale.h>

/* libedit's editor-function and prompt-function types, named for Swift. */
typedef unsigned char (*cel_fn_t)(EditLine *, int);
typedef char *(*cel_prompt_fn_t)(EditLine *);

/* The libedit API version astpm was built against (histedit.h). */
static inline int cel_libedit_major(void) { return LIBEDIT_MAJOR; }
static inline int cel_libedit_minor(void) { return LIBEDIT_MINOR; }

/* ---- el_set ---------------------------------------------------------- */

static inline int cel_set_int(EditLine *el, int op, int value) {
    return el_set(el, op, value);
}

static inline int cel_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int cel_set_prompt_esc(EditLine *el, cel_prompt_fn_t fn, char esc) {
    return el_set(el, EL_PROMPT_ESC, fn, esc);
}

static inline int cel_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int cel_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* EL_ADDFN: name, help text, function. */
static inline int cel_add_function(EditLine *el, const char *name, const char *help, cel_fn_t fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* EL_BIND key function (key in libedit's notation, e.g. "^R" or "\033[200~"). */
static inline int cel_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/* EL_SETTY mode flag, e.g. ("-d", "-isig"): terminal flags while editing. */
static inline int cel_setty(EditLine *el, const char *mode, const char *flag) {
    return el_set(el, EL_SETTY, mode, flag, NULL);
}

/* EL_PREP_TERM: 1 puts the terminal in edit (raw) mode, 0 back to cooked. */
static inline int cel_prep_terminal(EditLine *el, int raw) {
    return el_set(el, EL_PREP_TERM, raw);
}

/* ---- history --------------------------------------------------------- */

static inline int cel_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int cel_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int cel_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) return -1;
    return ev.num;
}

/* ---- libc ------------------------------------------------------------ */

/* Columns of the terminal on fd, or 0 when fd is not a terminal. */
static inline int cel_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return (int)ws.ws_col;
}

/* Rows of the terminal on fd, or 0 when fd is not a terminal. */
static inline int cel_terminal_rows(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return (int)ws.ws_row;
}

/* True when LC_CTYPE's codeset is UTF-8. */
static inline int cel_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL) return 0;
    return (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') &&
           (cs[2] == 'F' || cs[2] == 'f') &&
           ((cs[3] == '-' && cs[4] == '8' && cs[5] == 0) || (cs[3] == '8' && cs[4] == 0));
}

#endif
