// The wide-character ncurses API for Swift, and the small pieces Swift cannot import (macros) or must not
// write in Swift (signal handlers). Only the Terminal module imports this.
#ifndef UKETSUKE_CNCURSESW_H
#define UKETSUKE_CNCURSESW_H

// SwiftPM drops pkg-config's -D flags; without this, cchar_t and get_wch are missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <stdint.h>
#include <wchar.h>

// Attribute and key macros Swift cannot import.
attr_t uk_attr_bold(void);
attr_t uk_attr_reverse(void);
attr_t uk_attr_underline(void);
attr_t uk_attr_dim(void);
int uk_key_f(int n);
WINDOW *uk_stdscr(void);
void uk_set_escdelay(int ms);

/// setlocale(LC_CTYPE, ""), falling back to C.UTF-8 when the locale is not UTF-8 (LANG unset gives "C",
/// where Japanese comes out as garbage and the wide functions fail silently). Returns 1 when UTF-8 in the end.
int uk_setup_locale(void);

/// Starts curses on stdin/stdout like initscr, but with the window size from the terminal only (LINES and
/// COLUMNS are removed from the environment) and returning 0 instead of exiting when TERM names no known terminal.
int uk_start_curses(void);

/// Every signal that would end the process without a core dump (INT, TERM, HUP, QUIT, PIPE, USR1, USR2, ALRM,
/// XCPU, VTALRM, PROF, PWR, STKFLT, POLL, the real-time ones) only sets a flag (no SA_RESTART, so the read returns
/// with EINTR and the loop ends, restoring the terminal); XFSZ is ignored, so a write past `ulimit -f` fails with
/// EFBIG. These and WINCH, TSTP, CONT are unblocked in case the parent left them blocked.
void uk_install_signal_flags(void);
/// Puts back what uk_install_signal_flags replaced (curses could not start: the plain front end runs instead).
void uk_restore_signals(void);
/// The pending signal, or 0, left pending.
int uk_signal_pending(void);
/// The pending signal, or 0; reading clears it.
int uk_take_signal(void);
/// SEGV, ILL, TRAP, ABRT, BUS, FPE, SYS: restore the terminal (endwin) first. Then, when `chain` is 1, pass the
/// signal on to the handler that was there before (Swift's backtracer); when 0, exit at once with 128+signal so a
/// supervisor restarts the program without waiting for a backtrace prompt.
void uk_install_crash_handlers(int chain);

/// From now on wcwidth(3) — which ncursesw places every character by — gives 2 for the code points in `ranges`
/// (`count` pairs of first and last, sorted; copied) where glibc gives 1: curses then counts ambiguous-width
/// characters as a terminal set to draw them wide does. NULL or 0 puts glibc's widths back.
void uk_set_ambiguous_wide(const uint32_t *ranges, int count);

#endif
