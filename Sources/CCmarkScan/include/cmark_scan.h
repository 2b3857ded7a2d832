#ifndef FOLIO_CMARK_SCAN_H
#define FOLIO_CMARK_SCAN_H
/* One pass over a parsed body that finds what Folio needs from it: the link, image and heading
   nodes (few), the first top-level paragraph, and the number of words. Done in C because the
   pass visits every node (hundreds per body); in Swift the visit cost more than cmark's parse. */
#include <stddef.h>
#include <cmark.h>

typedef struct folio_body_scan {
    cmark_node **links;          /* link and image nodes, in document order */
    size_t link_count;
    cmark_node **headings;       /* heading nodes, in document order */
    size_t heading_count;
    cmark_node *first_paragraph; /* the first paragraph directly in the document, or NULL */
    long word_count;             /* runs of non-space bytes; blocks and line breaks end a word */
} folio_body_scan;

/* Fills `scan` from the tree at `root`. The node lists are allocated with `mem` (give the
   allocator the tree came from, so that they go with it). Returns 0 when the iterator could not
   be made. */
int folio_scan_body(cmark_node *root, cmark_mem *mem, folio_body_scan *scan);

/* Counts words in `text` as the scan does, continuing a word when `*in_word` is set.
   Exposed for tests. */
long folio_count_words(const char *text, size_t length, int *in_word);

/* The same over a NUL-terminated text, found and counted in one pass (16 bytes at a time where
   SSE2 is there). Exposed for tests. */
long folio_count_words_cstr(const char *text, int *in_word);

/* The plain text of a subtree (text and code literals, a space for each line break), NUL-ended,
   allocated with `mem`; its length in bytes goes to `*length`. */
const char *folio_plain_text(cmark_node *node, cmark_mem *mem, size_t *length);

/* Replaces a heading (level 1 to 6) by a custom block holding a custom inline whose enter and
   exit texts are `<hN id="ID">` and `</hN>`, with the heading's children moved into it: cmark's
   renderer then writes the same bytes as for the heading, plus the id (which must need no
   escaping). Nodes and texts are allocated with `mem`. Returns 0 when nothing was changed. */
int folio_give_heading_id(cmark_node *heading, const char *id, size_t id_length, cmark_mem *mem);

/* The first place in `haystack` (of `length` bytes) that holds the `needle_length` bytes of
   `needle`, or NULL: glibc's memmem, which Swift's Glibc module leaves out (a GNU extension). */
const void *folio_find_bytes(const void *haystack, size_t length, const void *needle, size_t needle_length);

#endif
