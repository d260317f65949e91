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
