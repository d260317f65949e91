// The kiosk administrator PIN, hashed with crypt(3) (libxcrypt, yescrypt): the settings file keeps only the hash.
#ifndef UKETSUKE_CPINHASH_H
#define UKETSUKE_CPINHASH_H
#include <stddef.h>

/// Writes a crypt(3) hash of `pin` with a fresh random salt into `out`; returns 0 on success.
int uk_pin_hash(const char *pin, char *out, size_t out_size);
/// 1 when `pin` matches `hash`, 0 when not, -1 when the hash cannot be used.
int uk_pin_verify(const char *pin, const char *hash);
/// 1 when `hash` is a whole crypt(3) hash of a method libxcrypt accepts today (crypt_checksalt gives
/// CRYPT_SALT_OK), so that some PIN can match it; 0 otherwise.
int uk_pin_hash_usable(const char *hash);

#endif
