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

/* One thread's arena. It lives on the heap, reached from a thread-local pointer and given to
   the thread-exit destructor as its argument (thread-local storage may be gone by then). */
typedef struct arena {
    chunk *current;            /* newest chunk in use */
    chunk *spares;             /* emptied chunks kept for reuse */
    size_t spare_count;
    unsigned char *last_block; /* the newest block: it can grow, or be given back, in place */
} arena;

static _Thread_local arena *this_thread;
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void free_chunks(chunk *list) {
    while (list != NULL) {
        chunk *next = list->next;
        free(list);
        list = next;
    }
}

/* A thread that ends gives its chunks back (else they would be lost with it). */
static void free_arena(void *state) {
    arena *ended = state;
    free_chunks(ended->current);
    free_chunks(ended->spares);
    free(ended);
}

static void make_exit_key(void) { pthread_key_create(&exit_key, free_arena); }

static __attribute__((noinline)) arena *get_arena(void) {
    if (this_thread == NULL) {
        this_thread = calloc(1, sizeof(arena));
        if (this_thread == NULL) abort();
        pthread_once(&exit_key_once, make_exit_key);
        pthread_setspecific(exit_key, this_thread);
    }
    return this_thread;
}

static inline size_t round_up(size_t size) {
    if (size > SIZE_MAX - ALIGNMENT) abort();
    return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
}

/* A new chunk (a spare or a fresh one) for a block of `needed` bytes, header included. */
static __attribute__((noinline)) void new_chunk(arena *a, size_t needed) {
    chunk *fresh = NULL;
    if (a->spares != NULL && a->spares->size >= needed) {
        fresh = a->spares;
        a->spares = fresh->next;
        a->spare_count--;
    } else {
        size_t capacity = needed > CHUNK_SIZE ? needed : CHUNK_SIZE;
        fresh = malloc(sizeof(chunk) + capacity);
        if (fresh == NULL) abort(); /* as cmark's own allocator does */
        fresh->size = capacity;
    }
    fresh->used = 0;
    fresh->next = a->current;
    a->current = fresh;
}

/* The common case is a few instructions: room in the current chunk. */
static inline __attribute__((always_inline)) void *take(size_t size) {
    arena *a = this_thread != NULL ? this_thread : get_arena();
    size = round_up(size);
    if (size > SIZE_MAX - HEADER) abort();
    size_t needed = size + HEADER;
    chunk *current = a->current;
    if (__builtin_expect(current == NULL || current->size - current->used < needed, 0)) {
        new_chunk(a, needed);
        current = a->current;
    }
    unsigned char *block = current->data + current->used + HEADER;
    ((size_t *)block)[-1] = size; /* blocks are 16-aligned: the size's place is aligned too */
    current->used += needed;
    a->last_block = block;
    return block;
}

static inline size_t size_of(void *block) { return ((size_t *)block)[-1]; }

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *block = take(count * size);
    memset(block, 0, count * size);
    return block;
}

static void *arena_realloc(void *old, size_t size) {
    if (old == NULL) return take(size);
    arena *a = this_thread != NULL ? this_thread : get_arena();
    size_t old_size = size_of(old);
    if (size <= old_size) return old;
    size_t grown = round_up(size);
    /* cmark's buffers grow again and again: the newest block grows where it is. */
    if (old == a->last_block && a->current->size - a->current->used >= grown - old_size) {
        a->current->used += grown - old_size;
        ((size_t *)old)[-1] = grown;
        return old;
    }
    void *block = take(size);
    memcpy(block, old, old_size);
    return block;
}

/* Blocks are given back at the rewind, except the newest, which is given back at once: cmark
   makes and frees short-lived buffers (a folded link label for each lookup, say), and a hostile
   body could otherwise make the arena hold many times its size. */
static void arena_free(void *block) {
    arena *a = this_thread;
    if (block == NULL || a == NULL || block != a->last_block) return;
    a->current->used -= size_of(block) + HEADER;
    a->last_block = NULL;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

cmark_mem *folio_arena_allocator(void) { return &allocator; }

folio_arena_mark folio_arena_begin(void) {
    arena *a = get_arena();
    /* Nothing made before the mark may grow in place after it (the rewind would cut it). */
    a->last_block = NULL;
    folio_arena_mark mark = {a->current, a->current ? a->current->used : 0};
    return mark;
}

void folio_arena_rewind(folio_arena_mark mark) {
    arena *a = get_arena();
    while (a->current != NULL && a->current != (chunk *)mark.chunk) {
        chunk *older = a->current->next;
        if (a->spare_count < SPARES_KEPT && a->current->size == CHUNK_SIZE) {
            a->current->next = a->spares;
            a->spares = a->current;
            a->spare_count++;
        } else {
            free(a->current);
        }
        a->current = older;
    }
    if (a->current != NULL) a->current->used = mark.used;
    a->last_block = NULL;
}
