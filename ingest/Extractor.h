#pragma once
// Article -> the records the graph holds: the document and its sections, entities (from
// links, publishers, names in the text), sources (the reference list), and claims: one
// per figure, quote, attributed statement and relation, each with its subject,
// claimants, the references the text cites for it, and where it stands.

#include "graph/Records.h"
#include "ingest/Article.h"

namespace cg::ingest {

[[nodiscard]] graph::DocumentBundle extract(const Article& article);

// As extract, but only as far as the first figure claim with a value (what `check` reads of a
// statement): the sentence that gives it is not read past its figures, nor later sentences, so
// the bundle's first figure claim with a value is extract's, and other claims may be missing.
[[nodiscard]] graph::DocumentBundle extractFirstFigure(const Article& article);

}  // namespace cg::ingest
