#pragma once
// The whole ingest: paths -> articles -> bundles -> one graph holding every document, not yet
// frozen: reason/ adds the contested sets and freezes it (reason::buildGraph runs all of it).
// Files are read and extracted in parallel; bundles are merged in sorted path order, so the
// graph is the same for any number of threads.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Article.h"

namespace cg::ingest {

struct IngestOptions {
  unsigned threads = 0;  // 0: all cores
  bool strict = false;   // an unreadable article fails the whole ingest
  // Called after each article is read (done, total), for a progress line.
  std::function<void(std::size_t, std::size_t)> progress;
  // Called once with every diagnostic when reading is over: before ingest() returns, and also
  // before it throws for an ingest that failed (--strict, or no file readable), so that a caller
  // keeps them all either way (ingest --diagnostics FILE). What it throws, ingest() throws.
  std::function<void(const std::vector<Diagnostic>&)> diagnosticsDone;
};

struct IngestReport {
  std::size_t documents = 0, sections = 0, sources = 0, entities = 0, claims = 0;
  std::size_t contested = 0;  // set by reason::buildGraph
  std::size_t markers = 0, markersBound = 0, dangling = 0, unused = 0;
  std::size_t bytes = 0, skipped = 0;
  double seconds = 0;
  std::vector<Diagnostic> diagnostics;  // every file's, in path order
};

struct IngestResult {
  graph::ClaimGraph graph;
  IngestReport report;
};

// Files, and the .md files of folders (recursively, sorted, links to folders not
// followed). A .md entry of a folder that is a symbolic link to no file (dangling, or a
// loop) is listed too, so that ingest() reports it as an unreadable, skipped file rather
// than leave it out unseen. Throws cg::Error for a path that does not exist or a folder
// with no articles.
[[nodiscard]] std::vector<std::filesystem::path> collectArticles(const std::vector<std::filesystem::path>& paths);

// Throws cg::Error when nothing usable was read (or, when strict, when anything was not).
[[nodiscard]] IngestResult ingest(const std::vector<std::filesystem::path>& paths, const IngestOptions& options = {});

// The diagnostics as JSON Lines, one object a line in the order given (schemas/diagnostic.schema.json):
//   {"severity": "warning" | "error", "code": "dangling-marker", "file": "a.md", "line": 7 | null,
//    "message": "marker [7] has no reference 7"}
// `line` is null when the diagnostic is about a whole file. Always valid UTF-8: a file name or
// message that is not (a file named in another encoding) has each bad sequence read as U+FFFD.
[[nodiscard]] std::string diagnosticsJsonl(const std::vector<Diagnostic>& diagnostics);

// One article's text to a single-document graph, not frozen (statements; reason::buildGraphFromText
// for a whole pipeline).
[[nodiscard]] graph::ClaimGraph ingestText(std::string_view utf8, const std::string& path);

}  // namespace cg::ingest
