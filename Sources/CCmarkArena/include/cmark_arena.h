#ifndef FOLIO_CMARK_ARENA_H
#define FOLIO_CMARK_ARENA_H
/* An allocator for cmark that hands out memory from a per-thread arena and frees nothing one
   by one: a document's nodes, texts and rendered HTML go when the arena is rewound. Parsing and
   rendering one body makes thousands of small allocations; with libc's allocator they took about
   as long as the parsing itself. */
#include <stddef.h>
#include <cmark.h>

typedef struct folio_arena_mark {
    void *chunk;
    size_t used;
} folio_arena_mark;

/* The allocator to give cmark (cmark_parser_new_with_mem, cmark_node_new_with_mem). */
cmark_mem *folio_arena_allocator(void);

/* Where this thread's arena stands now; everything allocated after it goes at the rewind. */
folio_arena_mark folio_arena_begin(void);

/* Releases everything this thread allocated from the arena since `mark` (marks nest). */
void folio_arena_rewind(folio_arena_mark mark);

#endif
