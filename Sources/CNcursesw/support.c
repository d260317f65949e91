#include "CNcursesw.h"
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <stdlib.h>

attr_t uk_attr_bold(void) { return A_BOLD; }
attr_t uk_attr_reverse(void) { return A_REVERSE; }
attr_t uk_attr_underline(void) { return A_UNDERLINE; }
attr_t uk_attr_dim(void) { return A_DIM; }
int uk_key_f(int n) { return KEY_F(n); }
WINDOW *uk_stdscr(void) { return stdscr; }
void uk_set_escdelay(int ms) { set_escdelay(ms); }

int uk_setup_locale(void) {
    // Only the character type matters to curses; loading every category costs a dozen file opens at start-up.
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
        codeset = nl_langinfo(CODESET);
    }
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

int uk_start_curses(void) {
    // The size comes from the terminal (TIOCGWINSZ), never from LINES/COLUMNS left in the environment, which
    // need not match the window at all. Curses reads them at start and at every resize, so they go; use_env(FALSE)
    // would ignore them too, but then curses no longer follows a resize at all (verified with ncurses 6.4).
    unsetenv("LINES");
    unsetenv("COLUMNS");
    // initscr with an unknown TERM prints "Error opening terminal" and exits 1; newterm returns NULL instead.
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    def_prog_mode();
    return 1;
}

static volatile sig_atomic_t pending_signal = 0;

static void on_signal(int sig) { pending_signal = sig; }

static struct sigaction before_flags[NSIG];
static sigset_t flagged;

void uk_install_signal_flags(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    // Every signal whose default action ends the process without a core dump (the crash handlers take those):
    // the loop then gives the terminal back before the program ends.
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM,
                     SIGPROF, SIGPWR, SIGSTKFLT, SIGPOLL};
    sigemptyset(&flagged);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&flagged, signals[i]);
    for (int s = SIGRTMIN; s <= SIGRTMAX; s++) sigaddset(&flagged, s);
    for (int s = 1; s < NSIG; s++)
        if (sigismember(&flagged, s) == 1) sigaction(s, &sa, &before_flags[s]);
    // A write beyond `ulimit -f` fails with EFBIG instead (the tally goes off, as on a full disk).
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGXFSZ, &ignore, &before_flags[SIGXFSZ]);
    sigaddset(&flagged, SIGXFSZ);
    // A signal mask is inherited across exec: a parent that blocked these would leave SIGTERM pending forever.
    sigset_t unblock = flagged;
    sigaddset(&unblock, SIGWINCH);
    sigaddset(&unblock, SIGTSTP);
    sigaddset(&unblock, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}

void uk_restore_signals(void) {
    for (int s = 1; s < NSIG; s++)
        if (sigismember(&flagged, s) == 1) sigaction(s, &before_flags[s], NULL);
    sigemptyset(&flagged);
}

int uk_signal_pending(void) { return pending_signal; }

int uk_take_signal(void) {
    int s = pending_signal;
    pending_signal = 0;
    return s;
}

static struct sigaction previous[NSIG];
static int chain_crashes = 1;

static void on_crash(int sig, siginfo_t *info, void *context) {
    endwin();
    if (!chain_crashes) _exit(128 + sig);
    struct sigaction *p = &previous[sig];
    if ((p->sa_flags & SA_SIGINFO) && p->sa_sigaction != NULL) {
        p->sa_sigaction(sig, info, context);
        return;
    }
    if (!(p->sa_flags & SA_SIGINFO) && p->sa_handler != SIG_DFL && p->sa_handler != SIG_IGN) {
        p->sa_handler(sig);
        return;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void uk_install_crash_handlers(int chain) {
    chain_crashes = chain;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    int signals[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &sa, &previous[signals[i]]);
}

// Ambiguous-width characters drawn wide (terminal-notes P6, P7). ncursesw places every character by wcwidth(3),
// which gives 1 for ○ △ × …; a terminal set to "ambiguous = wide" draws them 2 wide, and then curses' idea of the
// cursor and the terminal's drift apart (text shifted, half characters left behind). Defining wcwidth here (what
// the wcwidth-cjk LD_PRELOAD library does) makes curses count as the terminal draws: in the dynamic debug build the
// executable's definition interposes glibc's for libncursesw.so, in the static release build libc.a's wcwidth.o is
// never linked in. Everything else is glibc's own answer, by wcswidth (a separate object in libc.a).
// Declared by <wchar.h> only under _XOPEN_SOURCE, which would hide other declarations the shim uses.
int wcswidth(const wchar_t *s, size_t n);
int wcwidth(wchar_t c);

static uint32_t *wide_ranges = NULL;
static int wide_count = 0;

void uk_set_ambiguous_wide(const uint32_t *ranges, int count) {
    uint32_t *copy = NULL;
    if (ranges != NULL && count > 0) {
        copy = malloc(sizeof(uint32_t) * 2 * (size_t)count);
        if (copy == NULL) count = 0;
        else memcpy(copy, ranges, sizeof(uint32_t) * 2 * (size_t)count);
    } else {
        count = 0;
    }
    uint32_t *old = wide_ranges;
    wide_ranges = copy;
    wide_count = count;
    free(old);
}

static int drawn_wide(uint32_t c) {
    int lo = 0, hi = wide_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (c < wide_ranges[2 * mid]) hi = mid - 1;
        else if (c > wide_ranges[2 * mid + 1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

int wcwidth(wchar_t c) {
    int w = wcswidth(&c, 1);
    return w == 1 && wide_count > 0 && drawn_wide((uint32_t)c) ? 2 : w;
}
