#include "cli/Commands.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "graph/DotWriter.h"
#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/JsonWriter.h"
#include "graph/JsonlWriter.h"
#include "graph/NquadsWriter.h"
#include "graph/Snapshot.h"
#include "ingest/Article.h"
#include "ingest/Ingest.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "query/Answers.h"
#include "query/ClaimReview.h"
#include "query/Query.h"
#include "reason/Reason.h"
#include "serve/Diagram.h"
#include "serve/Server.h"

namespace cg::cli {
namespace fs = std::filesystem;

Commands::Commands(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}
Commands::Commands() : Commands(std::cout, std::cerr) {}

namespace {

// The nodes a whole-graph diagram draws (sections are clusters, not nodes).
std::size_t picturedNodes(const graph::ClaimGraph& g) {
  return g.entities().size() + g.claims().size() + g.sources().size() + g.contested().size();
}

// Refuses an empty TEXT, NAME or CLAIM_ID as wrong usage (exit 2) rather than an empty answer.
const CLI::Validator kNonEmpty(
    [](std::string& value) { return value.empty() ? std::string("must not be empty") : std::string(); }, "TEXT",
    "non-empty");

// Edits (insert, delete, replace) that turn a into b.
std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string Commands::nearestCommand(const CLI::App& app, const std::string& word) {
  std::string best;
  std::size_t bestDistance = 4;  // farther than 3 edits is another word, not a typo
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::size_t d = editDistance(word, sub->get_name());
    if (sub->get_name().starts_with(word) && word.size() >= 3) d = std::min<std::size_t>(d, 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = sub->get_name();
    }
  }
  return best;
}

void Commands::install(CLI::App& app) {
  auto graphOption = [this](CLI::App* cmd) { addGraphOption(cmd); };
  installIngest(app);
  installExport(app);

  auto* who = app.add_subcommand(
      "who-claimed", "Claims matching words, a figure (\"$589B\") or an entity, with claimants and sources");
  who->add_option("text", text_, "words of the claim, a figure, an entity name or a quote fragment")
      ->required()
      ->check(kNonEmpty);
  graphOption(who);
  who->add_flag("--json", json_, "answer in JSON (schemas/who-claimed.schema.json)");
  who->add_option("--limit", limit_, "at most this many results (1 or more)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  who->footer("Examples:\n  claimgraph who-claimed \"589 billion\"\n  claimgraph who-claimed SemiAnalysis --json");
  who->callback([this] { selected_ = [this] { return whoClaimed(); }; });

  auto* src = app.add_subcommand("sources", "The provenance of a claim: sentence, markers, references, publishers");
  src->add_option("claim", text_, "a claim id such as c:deepseek_market_crash:14")->required()->check(kNonEmpty);
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
  ent->add_option("name", text_, "a name, an alias or an id (e:nvidia)")->required()->check(kNonEmpty);
  graphOption(ent);
  ent->add_flag("--json", json_, "answer in JSON (schemas/entity.schema.json)");
  ent->footer("Example:\n  claimgraph entity Nadella");
  ent->callback([this] { selected_ = [this] { return entity(); }; });

  auto* chk = app.add_subcommand("check", "Fact-check a statement (or every sentence of a draft) against the graph");
  chk->add_option("statement", text_, "the statement to check");
  chk->add_option("--file", draftPath_,
                  "check each sentence of this draft that carries a figure; list the others as not checked");
  graphOption(chk);
  auto* checkJson = chk->add_flag("--json", json_, "answer in JSON (schemas/check.schema.json)");
  chk->add_flag("--claimreview", claimReview_, "answer as schema.org ClaimReview JSON-LD (one statement)")
      ->excludes(checkJson)
      ->excludes("--file");
  chk->footer(
      "Examples:\n  claimgraph check \"The Nasdaq Composite fell about 3.1 percent\"\n  claimgraph check --file "
      "draft.md");
  chk->callback([this] {
    if (text_.empty() == draftPath_.empty())
      throw CLI::ValidationError("check", "takes a STATEMENT or --file DRAFT (one of the two)");
    selected_ = [this] { return check(); };
  });

  installServe(app);
}

void Commands::addGraphOption(CLI::App* cmd) {
  cmd->add_option("-g,--graph", graphPath_, "the graph file made by 'ingest'")->capture_default_str();
}

void Commands::installIngest(CLI::App& app) {
  auto* ingest = app.add_subcommand("ingest", "Read articles (files or folders of .md) into a graph file");
  ingest->add_option("paths", paths_, "articles, or folders of them (read recursively, in sorted order)")
      ->required()
      ->check(CLI::ExistingPath);
  ingest->add_option("-o,--output", graphPath_, "where to write the graph")->capture_default_str();
  ingest->add_option("-j,--threads", threads_, "threads to read with (0: all cores)")->capture_default_str();
  ingest->add_flag("-q,--quiet", quiet_, "print no summary, only errors");
  ingest->add_flag("--strict", strict_, "fail (and write no graph) when any article cannot be read");
  ingest
      ->add_option("--diagnostics", diagnosticsPath_,
                   "write every diagnostic (not only the first 20) to FILE as JSON Lines, one object a line "
                   "(schemas/diagnostic.schema.json), also when the ingest fails; '-': standard output")
      ->type_name("FILE");
  ingest->footer(
      "Examples:\n  claimgraph ingest corpus/ -o claims.cg\n"
      "  claimgraph ingest articles/ --diagnostics diagnostics.jsonl\n"
      "  claimgraph ingest articles/ --diagnostics - | jq -r 'select(.severity == \"error\") | .file'");
  ingest->callback([this] { selected_ = [this] { return this->ingest(); }; });
}

void Commands::installExport(CLI::App& app) {
  auto* exp = app.add_subcommand("export", "Write the graph as JSON, JSON Lines, N-Quads, DOT, SVG or PNG");
  addGraphOption(exp);
  exp->add_option("--format", format_, "json, jsonl (a claim a line), nquads (RDF, docs/RDF.md), dot, svg or png")
      ->check(CLI::IsMember({"json", "jsonl", "nquads", "dot", "svg", "png"}))
      ->capture_default_str();
  exp->add_option(
      "--base", base_,
      "base IRI of the resources of an nquads export (default: " + std::string(graph::kDefaultRdfBase) + ")");
  exp->add_option("-o,--output", outputPath_, "output file (default: standard output; svg/png need one)");
  exp->add_option("--entity", entityName_, "draw only the neighbourhood of this entity (dot/svg/png)");
  exp->add_option("--depth", depth_, "how many edges out from --entity")
      ->capture_default_str()
      ->check(CLI::Range(1, 6));
  exp->add_option("--max-nodes", maxNodes_, "svg/png: refuse a diagram of more nodes than this")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  exp->footer(
      "Examples:\n  claimgraph export --format json -o graph.json\n"
      "  claimgraph export --format nquads --base https://example.com/kg/ -o claims.nq\n"
      "  claimgraph export --format svg --entity NVIDIA --depth 2 -o nvidia.svg");
  exp->callback([this] { selected_ = [this] { return exportGraph(); }; });
}

void Commands::installServe(CLI::App& app) {
  auto* srv = app.add_subcommand("serve", "Answer over HTTP: pages for people at /, the --json answers at /api/...");
  addGraphOption(srv);
  srv->add_option("--host", host_, "the address to listen on (loopback by default)")->capture_default_str();
  srv->add_option("--port", port_, "the port (0: any free one; the address is printed)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  srv->footer(
      "Examples:\n  claimgraph serve -g claims.cg            # then open http://127.0.0.1:8080/\n"
      "  curl 'http://127.0.0.1:8080/api/who-claimed?q=589+billion'");
  srv->callback([this] { selected_ = [this] { return serve(); }; });
}

graph::ClaimGraph Commands::loadGraph() const {
  // The message a missing graph gives says how to make one: the first thing a new user meets.
  if (!fs::exists(graphPath_))
    throw Error(graphPath_, 0,
                "cannot open: No such file or directory; make the graph with 'claimgraph ingest ARTICLES -o " +
                    graphPath_ + "'");
  return graph::readSnapshot(graphPath_);
}

int Commands::run() {
  if (!selected_) throw Error("no command given; see 'claimgraph --help'");
  return selected_();
}

namespace {

// Refuses, before any reading, an output whose folder is missing, with the message the write
// itself would give only after the whole ingest.
void requireFolder(const std::string& path) {
  fs::path dir = fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(path, 0, "cannot write: folder " + dir.string() + " does not exist");
}

}  // namespace

int Commands::ingest() {
  requireFolder(graphPath_);
  if (!diagnosticsPath_.empty() && diagnosticsPath_ != "-") {
    requireFolder(diagnosticsPath_);
    std::error_code ec;
    if (fs::equivalent(diagnosticsPath_, graphPath_, ec) || diagnosticsPath_ == graphPath_)
      throw Error("--diagnostics and -o name the same file, " + graphPath_);
  }
  ingest::IngestOptions options;
  options.threads = threads_;
  options.strict = strict_;
  bool tty = ::isatty(STDERR_FILENO) && !quiet_;
  if (tty)
    options.progress = [this](std::size_t done, std::size_t total) {
      if (total > 1) err_ << "\rreading " << done << "/" << total << " articles" << std::flush;
    };
  // Written before the graph: a diagnostics file that cannot be written fails the ingest and
  // leaves the previous graph as it was.
  if (!diagnosticsPath_.empty())
    options.diagnosticsDone = [this](const std::vector<ingest::Diagnostic>& all) { writeDiagnostics(all); };
  std::vector<fs::path> paths(paths_.begin(), paths_.end());
  ingest::IngestResult result = reason::buildGraph(paths, options);
  if (tty) err_ << "\r\033[K";
  query::Engine::attachIndices(result.graph);  // read in place by each later check (issue #16)
  graph::writeSnapshot(result.graph, graphPath_);

  const auto& r = result.report;
  printDiagnostics(r.diagnostics);
  if (!quiet_) {
    bool toFile = !diagnosticsPath_.empty() && diagnosticsPath_ != "-";
    err_ << fmt::format(
        "ingested {} document{} ({:.1f} KB) in {:.3f} s -> {}\n"
        "  sections {}, sources {}, entities {}, claims {}, contested sets {}\n"
        "  citation markers {}, bound to a reference {}; dangling markers {}; unused references {}\n"
        "  diagnostics {}{}{}\n",
        r.documents, r.documents == 1 ? "" : "s", static_cast<double>(r.bytes) / 1024.0, r.seconds, graphPath_,
        r.sections, r.sources, r.entities, r.claims, r.contested, r.markers, r.markersBound, r.dangling, r.unused,
        r.diagnostics.size(), toFile ? " (all in " + diagnosticsPath_ + ")" : "",
        r.skipped ? ", " + std::to_string(r.skipped) + " file(s) skipped" : "");
  }
  return 0;
}

void Commands::printDiagnostics(const std::vector<ingest::Diagnostic>& diagnostics) const {
  constexpr std::size_t kShown = 20;
  std::size_t shown = 0, more = 0;
  for (const auto& d : diagnostics) {
    if (quiet_ && d.severity != ingest::Severity::kError) continue;
    if (shown == kShown) {
      ++more;
      continue;
    }
    ++shown;
    err_ << ingest::format(d) << "\n";
  }
  if (more > 0)
    err_ << "... and " << more << " more diagnostics"
         << (diagnosticsPath_.empty() ? " (--diagnostics FILE writes them all)" : "") << "\n";
}

void Commands::writeDiagnostics(const std::vector<ingest::Diagnostic>& diagnostics) const {
  std::string lines = ingest::diagnosticsJsonl(diagnostics);
  if (diagnosticsPath_ == "-")
    out_ << lines << std::flush;
  else
    graph::writeFileAtomically(diagnosticsPath_, lines);
}

int Commands::exportGraph() {
  if (!base_.empty() && format_ != "nquads") throw Error("--base applies to nquads exports");
  if (!base_.empty() && !graph::isAbsoluteIri(base_))
    throw Error("--base '" + base_ + "' is not an absolute IRI (it should look like https://example.com/kg/)");
  graph::ClaimGraph g = loadGraph();
  if (format_ == "json" || format_ == "jsonl" || format_ == "nquads") {
    if (!entityName_.empty()) throw Error("--entity applies to dot, svg and png exports");
    std::string text = format_ == "json"    ? graph::toJson(g)
                       : format_ == "jsonl" ? graph::toJsonl(g)
                                            : graph::toNquads(g, base_.empty() ? graph::kDefaultRdfBase : base_);
    if (outputPath_.empty())
      out_ << text;
    else
      graph::writeFileAtomically(outputPath_, text);
    return 0;
  }
  graph::DotOptions options;
  options.depth = depth_;
  if (!entityName_.empty()) {
    auto e = g.findEntity(entityName_);
    if (!e) throw Error("no entity named '" + entityName_ + "' in " + graphPath_);
    options.focus = *e;
  }
  bool picture = format_ != "dot";
  if (picture) options.maxNodes = maxNodes_;  // a neighbourhood that is too big is refused below
  bool capped = picture && !options.focus && picturedNodes(g) > maxNodes_;
  std::string dot = capped ? std::string() : graph::toDot(g, options, &capped);
  if (format_ == "dot") {
    if (outputPath_.empty())
      out_ << dot;
    else
      graph::writeFileAtomically(outputPath_, dot);
    return 0;
  }
  if (outputPath_.empty()) throw Error("--format " + format_ + " needs -o FILE");
  if (capped)
    throw Error("the diagram would have more than " + std::to_string(maxNodes_) +
                " nodes, too many to read or to draw in reasonable time; draw one entity's neighbourhood "
                "(--entity NAME --depth 1), raise --max-nodes, or write --format dot");
  fs::path target(outputPath_);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(dir)) throw Error(outputPath_, 0, "cannot write: folder " + dir.string() + " does not exist");
  // GraphViz runs with an argument vector, no shell: no file name reaches one.
  auto rendered = serve::renderDiagram(dot, format_, std::chrono::minutes(5));
  if (!rendered)
    throw Error(outputPath_, 0,
                "GraphViz's 'dot' failed, took over 5 minutes, or is not installed (Debian: apt-get install "
                "graphviz); --format dot writes the diagram's source instead");
  graph::writeFileAtomically(target, *rendered);
  return 0;
}

int Commands::whoClaimed() {
  graph::ClaimGraph g = loadGraph();
  query::Engine engine(g);
  auto hits = engine.whoClaimed(text_, static_cast<std::size_t>(std::max(1, limit_)));
  out_ << (json_ ? query::whoClaimedJson(engine, text_, hits) : query::whoClaimedText(engine, hits));
  return 0;
}

int Commands::sources() {
  graph::ClaimGraph g = loadGraph();
  auto claim = g.findClaim(text_);
  if (!claim)
    throw Error("no claim '" + text_ + "' in " + graphPath_ + " (ids look like c:<document>:<n>; see who-claimed)");
  query::Engine engine(g);
  auto p = engine.provenance(*claim);
  out_ << (json_ ? query::sourcesJson(engine, p) : query::sourcesText(engine, p));
  return 0;
}

int Commands::contested() {
  graph::ClaimGraph g = loadGraph();
  query::Engine engine(g);
  std::optional<graph::EntityId> entity;
  if (!entityName_.empty()) {
    entity = g.findEntity(entityName_);
    if (!entity) throw Error("no entity named '" + entityName_ + "' in " + graphPath_);
  }
  auto sets = engine.contested(entity);
  out_ << (json_ ? query::contestedJson(engine, sets) : query::contestedText(engine, sets));
  return 0;
}

int Commands::entity() {
  graph::ClaimGraph g = loadGraph();
  query::Engine engine(g);
  auto report = engine.entity(text_);
  if (!report) throw Error("no entity named '" + text_ + "' in " + graphPath_);
  out_ << (json_ ? query::entityJson(engine, *report) : query::entityText(engine, *report));
  return 0;
}

int Commands::check() {
  graph::ClaimGraph g = loadGraph();
  query::Engine engine(g);
  if (!text_.empty()) {
    auto r = engine.check(text_);
    out_ << (claimReview_ ? query::claimReviewJson(engine, r)
             : json_      ? query::checkJson(engine, r)
                          : query::checkText(engine, r));
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

int Commands::serve() {
  graph::ClaimGraph g = loadGraph();
  query::Engine engine(g);
  serve::ServerOptions options;
  options.host = host_;
  options.port = port_;
  serve::Server server(engine, options);
  int port = server.bind();
  std::string host = host_.find(':') != std::string::npos ? "[" + host_ + "]" : host_;
  out_ << "claimgraph: serving " << graphPath_ << " at http://" << host << ":" << port << "/" << std::endl;
  server.run();
  return 0;
}

}  // namespace cg::cli
