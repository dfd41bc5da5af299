#include "reason/Reason.h"

#include <chrono>

#include "reason/Contested.h"

namespace cg::reason {

void addContestedSets(graph::ClaimGraph& g) { g.setContested(findContested(g)); }

ingest::IngestResult buildGraph(const std::vector<std::filesystem::path>& paths, const ingest::IngestOptions& options) {
  auto start = std::chrono::steady_clock::now();
  ingest::IngestResult result = ingest::ingest(paths, options);
  addContestedSets(result.graph);
  result.graph.freeze();
  result.report.contested = result.graph.contested().size();
  result.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

graph::ClaimGraph buildGraphFromText(std::string_view utf8, const std::string& path) {
  graph::ClaimGraph g = ingest::ingestText(utf8, path);
  addContestedSets(g);
  g.freeze();
  return g;
}

}  // namespace cg::reason
