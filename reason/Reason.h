#pragma once
// The reasoning layer: what the claims of a graph mean together, worked out once, after the
// last document is in and before the graph is frozen. Today that is the contested sets
// (reason/Contested.h), weighed with what a claim's value means (reason/ClaimValues.h).
//
// The pipeline runs straight through, and these functions are it:
//   ingest::ingest (read, extract, add every document) -> addContestedSets -> freeze().

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

namespace cg::reason {

// Finds the contested sets over all the graph's documents and stores them. The graph must not
// be frozen yet; this is the last step before it is.
void addContestedSets(graph::ClaimGraph& g);

// Ingests `paths`, reasons over the documents, and freezes the graph: what `claimgraph ingest`
// writes. The report counts the contested sets and times the whole. Throws as ingest::ingest.
[[nodiscard]] ingest::IngestResult buildGraph(const std::vector<std::filesystem::path>& paths,
                                              const ingest::IngestOptions& options = {});
// One article's text, through the same pipeline (tests, fuzzing, examples).
[[nodiscard]] graph::ClaimGraph buildGraphFromText(std::string_view utf8, const std::string& path);

}  // namespace cg::reason
