#include "cmark_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Memory comes in chunks; each block is preceded by its size, so that realloc can copy it. */
typedef struct chunk {
    struct chunk *next; /* the chunk before this one (older), or the next spare */
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
} chunk;

enum { ALIGNMENT = 16, HEADER = 16, CHUNK_SIZE = 256 * 1024, SPARES_KEPT = 8 };

static int allocator_marker;

static _Thread_local chunk *current;  /* newest chunk in use */
static _Thread_local chunk *spares;   /* emptied chunks kept for reuse */
static _Thread_local size_t spare_count;
static _Thread_local unsigned char *last_block; /* the newest block: it can grow in place */

/* A thread that ends gives its chunks back (else they would be lost with it). */
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void free_all(void *unused) {
    (void)unused;
    while (current != NULL) {
        chunk *older = current->next;
        free(current);
        current = older;
    }
    while (spares != NULL) {
        chunk *next = spares->next;
        free(spares);
        spares = next;
    }
    spare_count = 0;
    last_block = NULL;
}

static void make_exit_key(void) { pthread_key_create(&exit_key, free_all); }

static void watch_thread_exit(void) {
    pthread_once(&exit_key_once, make_exit_key);
    if (pthread_getspecific(exit_key) == NULL) pthread_setspecific(exit_key, &allocator_marker);
}

static size_t round_up(size_t size) {
    if (size > SIZE_MAX - ALIGNMENT) abort();
    return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
}

static void *take(size_t size) {
    size = round_up(size);
    if (size > SIZE_MAX - HEADER) abort();
    size_t needed = size + HEADER;
    if (current == NULL || current->size - current->used < needed) {
        chunk *fresh = NULL;
        if (spares != NULL && spares->size >= needed) {
            fresh = spares;
            spares = spares->next;
            spare_count--;
        } else {
            size_t capacity = needed > CHUNK_SIZE ? needed : CHUNK_SIZE;
            watch_thread_exit();
            fresh = malloc(sizeof(chunk) + capacity);
            if (fresh == NULL) abort(); /* as cmark's own allocator does */
            fresh->size = capacity;
        }
        fresh->used = 0;
        fresh->next = current;
        current = fresh;
    }
    unsigned char *block = current->data + current->used + HEADER;
    memcpy(block - sizeof(size_t), &size, sizeof(size_t));
    current->used += needed;
    last_block = block;
    return block;
}

static size_t size_of(void *block) {
    size_t size;
    memcpy(&size, (unsigned char *)block - sizeof(size_t), sizeof(size_t));
    return size;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *block = take(count * size);
    memset(block, 0, count * size);
    return block;
}

static void *arena_realloc(void *old, size_t size) {
    if (old == NULL) return take(size);
    size_t old_size = size_of(old);
    if (size <= old_size) return old;
    size_t grown = round_up(size);
    /* cmark's buffers grow again and again: the newest block grows where it is. */
    if (old == last_block && current->size - current->used >= grown - old_size) {
        current->used += grown - old_size;
        memcpy((unsigned char *)old - sizeof(size_t), &grown, sizeof(size_t));
        return old;
    }
    void *block = take(size);
    memcpy(block, old, old_size);
    return block;
}

static void arena_free(void *block) { (void)block; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

cmark_mem *folio_arena_allocator(void) { return &allocator; }

folio_arena_mark folio_arena_begin(void) {
    folio_arena_mark mark = {current, current ? current->used : 0};
    return mark;
}

void folio_arena_rewind(folio_arena_mark mark) {
    while (current != NULL && current != (chunk *)mark.chunk) {
        chunk *older = current->next;
        if (spare_count < SPARES_KEPT && current->size == CHUNK_SIZE) {
            current->next = spares;
            spares = current;
            spare_count++;
        } else {
            free(current);
        }
        current = older;
    }
    if (current != NULL) current->used = mark.used;
    last_block = NULL;
}
