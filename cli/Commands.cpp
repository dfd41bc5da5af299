#include "cli/Commands.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "graph/DotWriter.h"
#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/JsonWriter.h"
#include "graph/Snapshot.h"
#include "ingest/Ingest.h"

namespace cg::cli {
namespace fs = std::filesystem;

Commands::Commands(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}
Commands::Commands() : Commands(std::cout, std::cerr) {}

void Commands::install(CLI::App& app) {
  auto graphOption = [&](CLI::App* cmd) {
    cmd->add_option("-g,--graph", graphPath_, "the graph file made by 'ingest'")->capture_default_str();
  };
  auto* ingest = app.add_subcommand("ingest", "Read articles (files or folders of .md) into a graph file");
  ingest->add_option("paths", paths_, "articles, or folders of them (read recursively, in sorted order)")
      ->required()
      ->check(CLI::ExistingPath);
  ingest->add_option("-o,--output", graphPath_, "where to write the graph")->capture_default_str();
  ingest->add_option("-j,--threads", threads_, "threads to read with (0: all cores)")->capture_default_str();
  ingest->add_flag("-q,--quiet", quiet_, "print no summary, only errors");
  ingest->add_flag("--strict", strict_, "fail (and write nothing) when any article cannot be read");
  ingest->footer("Example:\n  claimgraph ingest corpus/ -o claims.cg");
  ingest->callback([this] { selected_ = [this] { return this->ingest(); }; });

  auto* exp = app.add_subcommand("export", "Write the graph as JSON, DOT, SVG or PNG");
  graphOption(exp);
  exp->add_option("--format", format_, "json, dot, svg or png")
      ->check(CLI::IsMember({"json", "dot", "svg", "png"}))
      ->capture_default_str();
  exp->add_option("-o,--output", outputPath_, "output file (default: standard output; svg/png need one)");
  exp->add_option("--entity", entityName_, "draw only the neighbourhood of this entity (dot/svg/png)");
  exp->add_option("--depth", depth_, "how many edges out from --entity")->capture_default_str()->check(CLI::Range(1, 6));
  exp->footer("Examples:\n  claimgraph export --format json -o graph.json\n"
              "  claimgraph export --format svg --entity NVIDIA --depth 2 -o nvidia.svg");
  exp->callback([this] { selected_ = [this] { return exportGraph(); }; });
}

int Commands::run() {
  if (!selected_) throw Error("no command given; see 'claimgraph --help'");
  return selected_();
}

int Commands::ingest() {
  ingest::IngestOptions options;
  options.threads = threads_;
  options.strict = strict_;
  bool tty = ::isatty(STDERR_FILENO) && !quiet_;
  if (tty)
    options.progress = [this](std::size_t done, std::size_t total) {
      if (total > 1) err_ << "\rreading " << done << "/" << total << " articles" << std::flush;
    };
  std::vector<fs::path> paths(paths_.begin(), paths_.end());
  ingest::IngestResult result = ingest::ingest(paths, options);
  if (tty) err_ << "\r\033[K";
  graph::writeSnapshot(result.graph, graphPath_);

  const auto& r = result.report;
  std::size_t errors = 0;
  for (const auto& d : r.diagnostics) errors += d.severity == ingest::Severity::kError;
  if (!quiet_ || errors) {
    std::size_t shown = 0;
    for (const auto& d : r.diagnostics) {
      if (quiet_ && d.severity != ingest::Severity::kError) continue;
      if (++shown > 20) break;
      err_ << ingest::format(d) << "\n";
    }
    if (shown > 20) err_ << "... and " << (r.diagnostics.size() - 20) << " more diagnostics\n";
  }
  if (!quiet_) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "ingested %zu document%s (%.1f KB) in %.3f s -> %s\n"
                  "  sections %zu, sources %zu, entities %zu, claims %zu, contested sets %zu\n"
                  "  citation markers %zu, bound to a reference %zu; dangling markers %zu; unused references %zu\n"
                  "  diagnostics %zu%s\n",
                  r.documents, r.documents == 1 ? "" : "s", static_cast<double>(r.bytes) / 1024.0, r.seconds,
                  graphPath_.c_str(), r.sections, r.sources, r.entities, r.claims, r.contested, r.markers,
                  r.markersBound, r.dangling, r.unused, r.diagnostics.size(),
                  r.skipped ? (", " + std::to_string(r.skipped) + " file(s) skipped").c_str() : "");
    err_ << line;
  }
  return 0;
}

int Commands::exportGraph() {
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  if (format_ == "json") {
    if (!entityName_.empty()) throw Error("--entity applies to dot, svg and png exports");
    std::string json = graph::toJson(g);
    if (outputPath_.empty()) out_ << json;
    else graph::writeFileAtomically(outputPath_, json);
    return 0;
  }
  graph::DotOptions options;
  options.depth = depth_;
  if (!entityName_.empty()) {
    auto e = g.findEntity(entityName_);
    if (!e) throw Error("no entity named '" + entityName_ + "' in " + graphPath_);
    options.focus = *e;
  }
  std::string dot = graph::toDot(g, options);
  if (format_ == "dot") {
    if (outputPath_.empty()) out_ << dot;
    else graph::writeFileAtomically(outputPath_, dot);
    return 0;
  }
  if (outputPath_.empty()) throw Error("--format " + format_ + " needs -o FILE");
  if (std::system("command -v dot >/dev/null 2>&1") != 0)
    throw Error("GraphViz's 'dot' is not installed (Debian: apt-get install graphviz); use --format dot instead");
  fs::path target(outputPath_);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(dir)) throw Error(outputPath_, 0, "cannot write: folder " + dir.string() + " does not exist");
  // Render to a temporary file, then rename: no half-written picture on failure.
  fs::path dotFile = dir / ("." + target.filename().string() + ".dot.tmp");
  fs::path rendered = dir / ("." + target.filename().string() + ".render.tmp");
  graph::writeFileAtomically(dotFile, dot);
  std::string command = "dot -T" + format_ + " -o '" + rendered.string() + "' '" + dotFile.string() + "' 2>&1";
  int status = std::system(command.c_str());
  fs::remove(dotFile);
  if (status != 0) {
    fs::remove(rendered);
    throw Error(outputPath_, 0, "GraphViz failed to render the diagram");
  }
  fs::rename(rendered, target);
  return 0;
}

int Commands::whoClaimed() { throw Error("who-claimed: not built yet"); }
int Commands::sources() { throw Error("sources: not built yet"); }
int Commands::contested() { throw Error("contested: not built yet"); }
int Commands::entity() { throw Error("entity: not built yet"); }
int Commands::check() { throw Error("check: not built yet"); }

}  // namespace cg::cli
