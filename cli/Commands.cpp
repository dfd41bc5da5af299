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
#include "graph/Render.h"
#include "graph/Snapshot.h"
#include "ingest/Article.h"
#include "ingest/Ingest.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "query/Answers.h"
#include "query/Query.h"

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
  exp->add_option("--depth", depth_, "how many edges out from --entity")
      ->capture_default_str()
      ->check(CLI::Range(1, 6));
  exp->footer(
      "Examples:\n  claimgraph export --format json -o graph.json\n"
      "  claimgraph export --format svg --entity NVIDIA --depth 2 -o nvidia.svg");
  exp->callback([this] { selected_ = [this] { return exportGraph(); }; });

  auto* who = app.add_subcommand(
      "who-claimed", "Claims matching words, a figure (\"$589B\") or an entity, with claimants and sources");
  who->add_option("text", text_, "words of the claim, a figure, an entity name or a quote fragment")->required();
  graphOption(who);
  who->add_flag("--json", json_, "answer in JSON (schemas/who-claimed.schema.json)");
  who->add_option("--limit", limit_, "at most this many results")->capture_default_str();
  who->footer("Examples:\n  claimgraph who-claimed \"589 billion\"\n  claimgraph who-claimed SemiAnalysis --json");
  who->callback([this] { selected_ = [this] { return whoClaimed(); }; });

  auto* src = app.add_subcommand("sources", "The provenance of a claim: sentence, markers, references, publishers");
  src->add_option("claim", text_, "a claim id such as c:deepseek_market_crash:14")->required();
  graphOption(src);
  src->add_flag("--json", json_, "answer in JSON (schemas/sources.schema.json)");
  src->footer("Example:\n  claimgraph sources c:deepseek_market_crash:14");
  src->callback([this] { selected_ = [this] { return sources(); }; });

  auto* con = app.add_subcommand("contested", "Figures the sources disagree on, with the best-supported value");
  graphOption(con);
  con->add_option("--entity", entityName_, "only sets about or involving this entity");
  con->add_flag("--json", json_, "answer in JSON (schemas/contested.schema.json)");
  con->footer("Example:\n  claimgraph contested --entity NVIDIA");
  con->callback([this] { selected_ = [this] { return contested(); }; });

  auto* ent = app.add_subcommand("entity", "An entity: type, aliases, relations, claims about it and by it, sources");
  ent->add_option("name", text_, "a name, an alias or an id (e:nvidia)")->required();
  graphOption(ent);
  ent->add_flag("--json", json_, "answer in JSON (schemas/entity.schema.json)");
  ent->footer("Example:\n  claimgraph entity Nadella");
  ent->callback([this] { selected_ = [this] { return entity(); }; });

  auto* chk = app.add_subcommand("check", "Fact-check a statement (or every sentence of a draft) against the graph");
  chk->add_option("statement", text_, "the statement to check");
  chk->add_option("--file", draftPath_, "check every sentence of this draft that carries a figure");
  graphOption(chk);
  chk->add_flag("--json", json_, "answer in JSON (schemas/check.schema.json)");
  chk->footer(
      "Examples:\n  claimgraph check \"The Nasdaq Composite fell about 3.1 percent\"\n  claimgraph check --file "
      "draft.md");
  chk->callback([this] { selected_ = [this] { return check(); }; });
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
    if (outputPath_.empty())
      out_ << json;
    else
      graph::writeFileAtomically(outputPath_, json);
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
    if (outputPath_.empty())
      out_ << dot;
    else
      graph::writeFileAtomically(outputPath_, dot);
    return 0;
  }
  if (outputPath_.empty()) throw Error("--format " + format_ + " needs -o FILE");
  // Rendered in memory first: a failure leaves no file, and the name never reaches a shell.
  graph::writeFileAtomically(outputPath_, graph::renderDot(dot, format_));
  return 0;
}

int Commands::whoClaimed() {
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  query::Engine engine(g);
  auto hits = engine.whoClaimed(text_, static_cast<std::size_t>(std::max(1, limit_)));
  out_ << (json_ ? query::whoClaimedJson(engine, text_, hits) : query::whoClaimedText(engine, hits));
  return 0;
}

int Commands::sources() {
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  auto claim = g.findClaim(text_);
  if (!claim)
    throw Error("no claim '" + text_ + "' in " + graphPath_ + " (ids look like c:<document>:<n>; see who-claimed)");
  query::Engine engine(g);
  auto p = engine.provenance(*claim);
  out_ << (json_ ? query::sourcesJson(engine, p) : query::sourcesText(engine, p));
  return 0;
}

int Commands::contested() {
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  query::Engine engine(g);
  std::optional<graph::Id> entity;
  if (!entityName_.empty()) {
    entity = g.findEntity(entityName_);
    if (!entity) throw Error("no entity named '" + entityName_ + "' in " + graphPath_);
  }
  auto sets = engine.contested(entity);
  out_ << (json_ ? query::contestedJson(engine, sets) : query::contestedText(engine, sets));
  return 0;
}

int Commands::entity() {
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  query::Engine engine(g);
  auto report = engine.entity(text_);
  if (!report) throw Error("no entity named '" + text_ + "' in " + graphPath_);
  out_ << (json_ ? query::entityJson(engine, *report) : query::entityText(engine, *report));
  return 0;
}

int Commands::check() {
  if (text_.empty() == draftPath_.empty()) throw Error("check takes a STATEMENT or --file DRAFT (one of the two)");
  graph::ClaimGraph g = graph::readSnapshot(graphPath_);
  query::Engine engine(g);
  if (!text_.empty()) {
    auto r = engine.check(text_);
    out_ << (json_ ? query::checkJson(engine, r) : query::checkText(engine, r));
    return 0;
  }
  // A draft: every sentence that states a figure is checked. The exit status is 0 either way:
  // the report is the answer.
  std::vector<ingest::Diagnostic> diagnostics;
  std::string draft = ingest::decodeText(graph::readFile(draftPath_), draftPath_, diagnostics);
  auto checks = engine.checkDraft(draft, draftPath_);
  out_ << (json_ ? query::checkDraftJson(engine, draftPath_, checks)
                 : query::checkDraftText(engine, draftPath_, checks));
  return 0;
}

}  // namespace cg::cli
