#pragma once
// The subcommands: their options (CLI11) and what each runs. Kept apart from main() so
// the end-to-end tests can run a command in-process and read what it printed.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Article.h"

namespace CLI {
class App;
}

namespace cg::cli {

class Commands {
 public:
  // Results go to `out`, diagnostics and summaries to `err`.
  Commands(std::ostream& out, std::ostream& err);
  Commands();

  void install(CLI::App& app);
  // Runs the subcommand that was parsed; returns the exit status. Throws cg::Error.
  int run();
  // The subcommand of `app` nearest to a misspelt `word` ("who-claimd" -> "who-claimed"), or ""
  // when none is within a few edits.
  [[nodiscard]] static std::string nearestCommand(const CLI::App& app, const std::string& word);

 private:
  void addGraphOption(CLI::App* cmd);
  // The graph of -g; a missing file is an error that says how to make one.
  [[nodiscard]] graph::ClaimGraph loadGraph() const;
  void installIngest(CLI::App& app);
  void installExport(CLI::App& app);
  void installServe(CLI::App& app);

  int ingest();
  // The first 20 diagnostics (errors only with --quiet) on err_, and how many more there are.
  void printDiagnostics(const std::vector<ingest::Diagnostic>& diagnostics) const;
  // Every diagnostic as JSON Lines to --diagnostics: a file (atomically), or stdout for "-".
  void writeDiagnostics(const std::vector<ingest::Diagnostic>& diagnostics) const;
  int exportGraph();
  int whoClaimed();
  int sources();
  int contested();
  int entity();
  int check();
  int serve();

  std::ostream& out_;
  std::ostream& err_;
  std::function<int()> selected_;

  // Options, bound by install().
  std::vector<std::string> paths_;
  std::string graphPath_ = "claims.cg";
  std::string outputPath_;
  std::string diagnosticsPath_;  // ingest --diagnostics
  std::string format_ = "json";
  std::string base_;  // --base IRI of an nquads export
  std::string text_;
  std::string entityName_;
  std::string draftPath_;
  int depth_ = 2;
  std::size_t maxNodes_ = 500;  // export svg/png
  unsigned threads_ = 0;
  bool json_ = false;
  bool claimReview_ = false;  // check --claimreview
  bool quiet_ = false;
  bool strict_ = false;
  int limit_ = 20;
  std::string host_ = "127.0.0.1";  // serve
  int port_ = 8080;
};

}  // namespace cg::cli
