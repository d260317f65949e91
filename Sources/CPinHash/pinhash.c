#include "CPinHash.h"
#include <crypt.h>
#include <string.h>

int uk_pin_hash(const char *pin, char *out, size_t out_size) {
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    // NULL random bytes: libxcrypt draws the salt from the kernel.
    if (crypt_gensalt_rn("$y$", 0, NULL, 0, setting, sizeof setting) == NULL) return -1;
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_r(pin, setting, &data);
    if (hash == NULL || hash[0] == '*' || strlen(hash) + 1 > out_size) return -1;
    strcpy(out, hash);
    return 0;
}

int uk_pin_verify(const char *pin, const char *hash) {
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *again = crypt_r(pin, hash, &data);
    if (again == NULL || again[0] == '*') return -1;
    // Compare in constant time so a wrong PIN's timing says nothing about the hash.
    size_t a = strlen(again), b = strlen(hash);
    unsigned char diff = (unsigned char)(a != b);
    for (size_t i = 0; i < a && i < b; i++) diff |= (unsigned char)(again[i] ^ hash[i]);
    return diff == 0 ? 1 : 0;
}

int uk_pin_hash_usable(const char *hash) {
    if (crypt_checksalt(hash) != CRYPT_SALT_OK) return 0;
    // crypt_checksalt looks at the method and its parameters only: a hash cut short or padded passes it, and then
    // no PIN can ever match. A whole hash is one that hashing again with it as the setting gives back its own
    // setting part and its own length.
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *again = crypt_r("0000", hash, &data);
    if (again == NULL || again[0] == '*') return 0;
    const char *end = strrchr(hash, '$');
    if (end == NULL) return 0;
    size_t setting = (size_t)(end - hash) + 1;
    return strlen(again) == strlen(hash) && strncmp(again, hash, setting) == 0 ? 1 : 0;
}
