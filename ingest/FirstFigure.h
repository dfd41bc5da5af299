#pragma once
// The extractor as `check` runs it on a statement (ingest/Statement.cpp): only as far as the first
// figure claim with a value. Apart from Extractor.h, so that the files that extract articles do not
// depend on it.

#include "graph/Records.h"
#include "ingest/Article.h"

namespace cg::ingest {

// As extract, but only as far as the first figure claim with a value (what `check` reads of a
// statement): the sentence that gives it is not read past its figures, nor later sentences, so
// the bundle's first figure claim with a value is extract's, and other claims may be missing.
[[nodiscard]] graph::DocumentBundle extractFirstFigure(const Article& article);

}  // namespace cg::ingest
