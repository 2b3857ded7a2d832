#define _GNU_SOURCE /* memmem */
#include "cmark_scan.h"

#include <stdint.h>
#include <string.h>

/* High bit of each byte of x set where that byte equals b (exact: no false matches). */
static inline uint64_t bytes_equal(uint64_t x, unsigned char b) {
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    uint64_t t = x ^ (0x0101010101010101ULL * b);
    return ~(((t & low7) + low7) | t | low7);
}

long folio_count_words(const char *text, size_t length, int *in_word) {
    const unsigned char *bytes = (const unsigned char *)text;
    long words = 0;
    /* A word starts at each byte that is not a space (tab, line feed, carriage return, space)
       and follows one. Eight bytes at a time: the high bit of each byte says "space". */
    uint64_t previous_space = *in_word ? 0 : 1; /* whether the byte before was a space */
    size_t i = 0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= length; i += 8) {
        uint64_t x;
        memcpy(&x, bytes + i, 8);
        uint64_t space = bytes_equal(x, ' ') | bytes_equal(x, '\n') | bytes_equal(x, '\t') | bytes_equal(x, '\r');
        uint64_t before = (space << 8) | (previous_space << 7); /* little-endian: byte 0 first */
        words += __builtin_popcountll(~space & before & 0x8080808080808080ULL);
        previous_space = space >> 63;
    }
#endif
    int inside = !previous_space;
    for (; i < length; i++) {
        unsigned char byte = bytes[i];
        int space = byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r';
        words += !space & !inside;
        inside = !space;
    }
    *in_word = inside;
    return words;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* Bit i set where byte i of the 16 at `p` is a space (tab, line feed, carriage return, space). */
static inline unsigned space_mask(__m128i v) {
    __m128i space = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
    return (unsigned)_mm_movemask_epi8(space);
}
#endif

#if defined(__SSE2__)
/* AddressSanitizer would count the aligned loads' bytes outside the text as overflows. */
__attribute__((no_sanitize("address")))
#endif
long folio_count_words_cstr(const char *text, int *in_word) {
#if defined(__SSE2__)
    /* Sixteen bytes at a time, finding the NUL on the way (no strlen pass first). The loads are
       aligned, so none crosses into a page the text does not reach: the bytes before the text
       in the first block and after its NUL in the last are masked out, never used. */
    const unsigned char *bytes = (const unsigned char *)text;
    uintptr_t misalign = (uintptr_t)bytes & 15;
    const __m128i *block = (const __m128i *)(bytes - misalign);
    unsigned valid = 0xFFFFu << misalign & 0xFFFFu; /* bytes of the text in this block */
    unsigned previous_space = *in_word ? 0 : 1;
    long words = 0;
    for (;;) {
        __m128i v = _mm_load_si128(block);
        unsigned zero = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) & valid;
        int last = 0;
        if (zero != 0) {
            valid &= (zero & -zero) - 1; /* up to the first NUL */
            last = 1;
        }
        unsigned space = space_mask(v);
        unsigned first = valid & -valid; /* the text's first byte in this block */
        /* A word starts at a byte that is not a space and follows one (or the state before). */
        unsigned before = ((space & valid) << 1) | (previous_space ? first : 0);
        words += __builtin_popcount(~space & before & valid);
        if (valid != 0) {
            int top = 31 - __builtin_clz(valid); /* the text's last byte in this block */
            previous_space = (space >> top) & 1;
        }
        if (last) break;
        block++;
        valid = 0xFFFFu;
    }
    *in_word = !previous_space;
    return words;
#else
    return folio_count_words(text, strlen(text), in_word);
#endif
}

/* Appends `node` to a list that grows by doubling. */
static void append(cmark_mem *mem, cmark_node ***list, size_t *count, cmark_node *node) {
    size_t n = *count;
    /* The capacity is 4, then each power of two: the list is full at 0, 4, 8, 16... */
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0))
        *list = mem->realloc(*list, (n == 0 ? 4 : n * 2) * sizeof(cmark_node *));
    (*list)[n] = node;
    *count = n + 1;
}

static void count_literal(cmark_node *node, folio_body_scan *scan, int *in_word) {
    const char *text = cmark_node_get_literal(node);
    if (text != NULL) scan->word_count += folio_count_words_cstr(text, in_word);
}

int folio_scan_body(cmark_node *root, cmark_mem *mem, folio_body_scan *scan) {
    memset(scan, 0, sizeof *scan);
    cmark_iter *iter = cmark_iter_new(root);
    if (iter == NULL) return 0;
    int in_word = 0;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_EXIT) {
            if (type < CMARK_NODE_FIRST_INLINE) in_word = 0; /* a block ended */
            continue;
        }
        switch (type) {
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            append(mem, &scan->links, &scan->link_count, node);
            break;
        case CMARK_NODE_HEADING:
            append(mem, &scan->headings, &scan->heading_count, node);
            break;
        case CMARK_NODE_PARAGRAPH:
            if (scan->first_paragraph == NULL &&
                cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT)
                scan->first_paragraph = node;
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            count_literal(node, scan, &in_word);
            break;
        case CMARK_NODE_CODE_BLOCK:
            in_word = 0;
            count_literal(node, scan, &in_word);
            in_word = 0;
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            in_word = 0;
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return 1;
}

/* Appends `length` bytes to the growing text of `folio_plain_text`. */
static void put(cmark_mem *mem, char **text, size_t *length, size_t *capacity, const char *bytes, size_t count) {
    if (*length + count + 1 > *capacity) {
        size_t grown = *capacity * 2 > *length + count + 1 ? *capacity * 2 : *length + count + 1;
        *text = mem->realloc(*text, grown);
        *capacity = grown;
    }
    memcpy(*text + *length, bytes, count);
    *length += count;
    (*text)[*length] = 0;
}

const char *folio_plain_text(cmark_node *node, cmark_mem *mem, size_t *length) {
    size_t capacity = 64;
    char *text = mem->realloc(NULL, capacity);
    *length = 0;
    text[0] = 0;
    cmark_iter *iter = cmark_iter_new(node);
    if (iter == NULL) return text;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER) continue;
        cmark_node *child = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: {
            const char *literal = cmark_node_get_literal(child);
            if (literal != NULL) put(mem, &text, length, &capacity, literal, strlen(literal));
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            put(mem, &text, length, &capacity, " ", 1);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return text;
}

int folio_give_heading_id(cmark_node *heading, const char *id, size_t id_length, cmark_mem *mem) {
    int level = cmark_node_get_heading_level(heading);
    if (level < 1 || level > 6) return 0;
    cmark_node *block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
    cmark_node *inline_node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, mem);
    if (block == NULL || inline_node == NULL) return 0;
    /* "<hN id=\"" id "\">" and "</hN>", written into one buffer each. */
    char small[256]; /* cmark copies the texts it is given: a stack buffer does when it fits */
    char *open = id_length + 12 <= sizeof small ? small : mem->realloc(NULL, id_length + 12);
    memcpy(open, "<h0 id=\"", 8);
    open[2] = (char)('0' + level);
    memcpy(open + 8, id, id_length);
    memcpy(open + 8 + id_length, "\">", 3);
    char close[6] = {'<', '/', 'h', (char)('0' + level), '>', 0};
    cmark_node_set_on_enter(block, "");
    cmark_node_set_on_exit(block, "");
    cmark_node_set_on_enter(inline_node, open);
    cmark_node_set_on_exit(inline_node, close);
    cmark_node *child;
    while ((child = cmark_node_first_child(heading)) != NULL) cmark_node_append_child(inline_node, child);
    cmark_node_append_child(block, inline_node);
    cmark_node_replace(heading, block);
    cmark_node_free(heading);
    return 1;
}

const void *folio_find_bytes(const void *haystack, size_t length, const void *needle, size_t needle_length) {
    return memmem(haystack, length, needle, needle_length);
}
