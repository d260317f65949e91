// The kiosk administrator PIN, hashed with crypt(3) (libxcrypt, yescrypt): the settings file keeps only the hash.
#ifndef UKETSUKE_CPINHASH_H
#define UKETSUKE_CPINHASH_H
#include <stddef.h>

/// Writes a crypt(3) hash of `pin` with a fresh random salt into `out`; returns 0 on success.
int uk_pin_hash(const char *pin, char *out, size_t out_size);
/// 1 when `pin` matches `hash`, 0 when not, -1 when the hash cannot be used.
int uk_pin_verify(const char *pin, const char *hash);

#endif
