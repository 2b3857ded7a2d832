#include "cmark_scan.h"

#include <string.h>

long folio_count_words(const char *text, size_t length, int *in_word) {
    const unsigned char *bytes = (const unsigned char *)text;
    long words = 0;
    int inside = *in_word;
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = bytes[i];
        /* Tab, line feed, carriage return and space separate words. */
        int space = byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r';
        words += !space & !inside;
        inside = !space;
    }
    *in_word = inside;
    return words;
}

/* Appends `node` to a list that grows by doubling. */
static void append(cmark_mem *mem, cmark_node ***list, size_t *count, cmark_node *node) {
    size_t n = *count;
    if (n == 0 || (n & (n - 1)) == 0) { /* 0, 1, 2, 4, 8...: full */
        size_t capacity = n == 0 ? 4 : n * 2;
        if (n == 0 || n >= 4) *list = mem->realloc(*list, capacity * sizeof(cmark_node *));
    }
    (*list)[n] = node;
    *count = n + 1;
}

static void count_literal(cmark_node *node, folio_body_scan *scan, int *in_word) {
    const char *text = cmark_node_get_literal(node);
    if (text != NULL) scan->word_count += folio_count_words(text, strlen(text), in_word);
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
