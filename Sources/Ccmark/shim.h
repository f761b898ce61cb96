#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The node types of the table and strikethrough extensions are numbers
// assigned when the extensions register (cmark_gfm_core_extensions_ensure_registered),
// kept in globals the library exports. Debian's 0.29.0.gfm.6 headers do not
// declare them (later releases do, in cmark-gfm-core-extensions.h, with the
// same type, so these declarations stay compatible). Swift reads them through
// functions: a C global variable is shared mutable state to Swift 6.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type sitegen_node_type_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type sitegen_node_type_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type sitegen_node_type_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type sitegen_node_type_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
