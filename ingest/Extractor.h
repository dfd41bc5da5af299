#pragma once
// Article -> the records the graph holds: the document and its sections, entities (from
// links, publishers, names in the text), sources (the reference list), and claims: one
// per figure, quote, attributed statement and relation, each with its subject,
// claimants, the references the text cites for it, and where it stands.

#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Gazetteer.h"

namespace cg::ingest {

// `gazetteer`: the titles of the corpus the article is ingested with (Gazetteer.h), or none.
[[nodiscard]] graph::DocumentBundle extract(const Article& article, const Gazetteer* gazetteer = nullptr);

}  // namespace cg::ingest
