#ifndef FOLIO_CSYSTEM_SHIM_H
#define FOLIO_CSYSTEM_SHIM_H
/* The one system call Folio needs that Swift's Glibc module does not offer:
   exchanging two folders atomically (renameat2 with RENAME_EXCHANGE, Linux 3.15+). */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

static inline int folio_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2 /* RENAME_EXCHANGE */);
#else
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
#endif
}
#endif

/* File watching for `folio serve` (Linux). */
#if defined(__linux__)
#include <sys/inotify.h>
#include <poll.h>
#endif
