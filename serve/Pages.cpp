#include "serve/Pages.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "graph/DotWriter.h"
#include "query/Answers.h"
#include "serve/Api.h"
#include "serve/Assets.h"

namespace cg::serve {
namespace {

using graph::ClaimId;
using graph::ContestedId;
using graph::EntityId;
using graph::SourceId;
using query::Engine;

std::string esc(std::string_view s) { return htmlEscape(s); }

Response html(int status, std::string body) {
  Response r;
  r.status = status;
  r.contentType = "text/html; charset=utf-8";
  r.body = std::move(body);
  return r;
}

// The layout page with its title, the search box's text and the main part filled in, in one pass
// over the layout, so that a "{{main}}" in an article's title stays text.
Response page(std::string_view title, std::string_view query, const std::string& main, int status = 200) {
  std::string_view layout = findAsset("layout.html")->bytes;
  const std::pair<std::string_view, std::string> slots[] = {
      {"{{title}}", esc(title)}, {"{{query}}", esc(query)}, {"{{main}}", main}};
  std::string out;
  out.reserve(layout.size() + main.size() + 256);
  std::size_t at = 0;
  while (at < layout.size()) {
    std::size_t open = layout.find("{{", at);
    const std::string* value = nullptr;
    std::size_t slotLength = 0;
    for (const auto& [slot, filling] : slots)
      if (open != std::string_view::npos && layout.substr(open, slot.size()) == slot) {
        value = &filling;
        slotLength = slot.size();
      }
    if (!value) {
      std::size_t next = open == std::string_view::npos ? layout.size() : open + 2;
      out.append(layout.substr(at, next - at));
      at = next;
      continue;
    }
    out.append(layout.substr(at, open - at)).append(*value);
    at = open + slotLength;
  }
  return html(status, std::move(out));
}

Response notFound(std::string_view query, const std::string& what) {
  return page("Not found", query, "<h1>Not found</h1><p>" + esc(what) + "</p>", 404);
}

// Only web addresses become links: an article's "javascript:" URL stays text.
bool isWebUrl(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

std::string entityLink(const graph::ClaimGraph& g, EntityId e) {
  return "<a href=\"/entity?name=" + urlEncode(g.entityId(e)) + "\">" + esc(g.str(g.entities()[e].name)) + "</a>";
}

std::string entityLinks(const graph::ClaimGraph& g, const graph::Neighbors<EntityId>& entities) {
  std::string out;
  for (EntityId e : entities) out += (out.empty() ? "" : ", ") + entityLink(g, e);
  return out.empty() ? "<span class=\"muted\">nobody named</span>" : out;
}

// The claim's words with its figure marked.
std::string claimText(const graph::ClaimGraph& g, const graph::Claim& claim) {
  std::string_view text = g.str(claim.text), figure = g.str(claim.quantityText);
  std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos) return esc(text);
  return esc(text.substr(0, at)) + "<mark>" + esc(figure) + "</mark>" + esc(text.substr(at + figure.size()));
}

std::string sourceItem(const graph::ClaimGraph& g, SourceId s) {
  const graph::Source& source = g.sources()[s];
  std::string label = source.leftEmpty() ? std::string(graph::kLeftEmptySource)
                      : source.publisher ? esc(g.str(source.publisher))
                                         : std::string("unknown publisher");
  if (source.title) label += ", \u201C" + esc(g.str(source.title)) + "\u201D";
  std::string_view url = g.str(source.url);
  std::string item = isWebUrl(url) ? "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                                   : label + (url.empty() ? "" : " <span class=\"muted\">" + esc(url) + "</span>");
  if (source.date) item += " <span class=\"muted\">" + esc(g.str(source.date)) + "</span>";
  return "<li>[" + std::to_string(source.ref) + "] " + item + "</li>";
}

std::string contestedMarks(const graph::ClaimGraph& g, ClaimId c) {
  std::string out;
  for (ContestedId x : g.contestedSetsOf(c))
    out += " <a class=\"badge contested\" href=\"/contested#" + g.contestedId(x) + "\" title=\"" +
           esc(g.str(g.contested()[x].reason)) + "\">contested</a>";
  return out;
}

std::string claimCard(const graph::ClaimGraph& g, ClaimId c, std::string_view extra = {}) {
  const graph::Claim& claim = g.claims()[c];
  const graph::Document& doc = g.documents()[claim.document];
  bool contested = !g.contestedSetsOf(c).empty();
  std::string out =
      "<article class=\"card" + std::string(contested ? " contested" : "") + "\" data-claim=\"" + esc(g.claimId(c)) +
      "\">\n<p class=\"claim-text\">" + claimText(g, claim) + contestedMarks(g, c) +
      "</p>\n<dl class=\"meta\"><dt>Claimed by</dt><dd class=\"claimants\">" + entityLinks(g, g.claimClaimants(c)) +
      "</dd><dt>About</dt><dd class=\"subject\">" +
      (claim.subject == graph::kInvalid ? "<span class=\"muted\">-</span>" : entityLink(g, claim.subject)) + "</dd>";
  if (claim.measure) out += "<dt>Measure</dt><dd>" + esc(g.str(claim.measure)) + "</dd>";
  if (claim.asOf) {
    // Where the date came from, so a reader knows how much to trust it.
    static constexpr const char* kFrom[] = {"", "its words", "its section or table", "its sources' year",
                                            "the article's year"};
    out += "<dt>As of</dt><dd>" + esc(g.str(claim.asOf)) + " <span class=\"muted\">(from " +
           kFrom[static_cast<int>(claim.asOfFrom)] + ")</span></dd>";
  }
  out += "</dl>\n<ul class=\"sources\">";
  auto sources = g.claimSources(c);
  for (SourceId s : sources) out += sourceItem(g, s);
  if (sources.empty()) out += "<li class=\"muted\">no source cited</li>";
  out += "</ul>\n<p class=\"where\">" + esc(g.str(doc.title)) + ", line " + std::to_string(claim.line) +
         " · <a class=\"open\" href=\"/claim?id=" + urlEncode(g.claimId(c)) + "\">" + esc(g.claimId(c)) + "</a>" +
         std::string(extra) + "</p>\n</article>\n";
  return out;
}

Response home(const Engine& engine, const Request&) {
  const auto& g = engine.graph();
  const std::string counts = fmt::format("{} articles, {} claims, {} sources, {} contested sets", g.documents().size(),
                                         g.claims().size(), g.sources().size(), g.contested().size());
  return page("Who claimed what", "",
              "<h1>Who claimed what, and on what source?</h1>\n"
              "<p>Search the claims of the graph by a figure (<a href=\"/search?q=589+billion\">589 billion</a>), "
              "words, or a name; open a claim for its sources; <a href=\"/check\">check a statement</a> against "
              "the graph; or see the figures the sources <a href=\"/contested\">disagree on</a>.</p>\n"
              "<p class=\"muted\">" +
                  std::string(counts) + "</p>\n");
}

Response search(const Engine& engine, const Request& request) {
  std::string q = request.param("q").value_or("");
  if (q.empty()) return page("Search", "", "<h1>Search</h1><p>Type a figure, words or a name above.</p>");
  auto hits = engine.whoClaimed(q, kDefaultLimit);
  std::string main = "<h1>Who claimed \u201C" + esc(q) + "\u201D</h1>\n<p class=\"muted\">" +
                     std::to_string(hits.size()) + (hits.size() == 1 ? " claim" : " claims") + "</p>\n";
  for (const auto& hit : hits) main += claimCard(engine.graph(), hit.claim);
  if (hits.empty()) main += "<p>No claim matches.</p>";
  return page("Who claimed " + q, q, main);
}

Response claim(const Engine& engine, const Request& request) {
  const auto& g = engine.graph();
  std::string id = request.param("id").value_or("");
  auto c = g.findClaim(id);
  if (!c) return notFound("", "No claim '" + id + "'. Claim ids look like c:<document>:<n>.");
  auto provenance = engine.provenance(*c);
  std::string main = "<h1>Claim " + esc(id) + "</h1>\n" + claimCard(g, *c);
  if (!provenance.related.empty()) {
    main += "<h2>The same sources also back</h2>\n";
    for (ClaimId other : provenance.related) main += claimCard(g, other);
  }
  return page("Claim " + id, "", main);
}

std::string relations(const graph::ClaimGraph& g, const query::EntityReport& report) {
  std::string out;
  for (const auto& rel : report.relations) {
    if (rel.other == graph::kInvalid) continue;
    std::string self = esc(g.str(g.entities()[report.entity].name));
    std::string text = rel.outgoing ? self + " " + esc(rel.relation) + " " + entityLink(g, rel.other)
                                    : entityLink(g, rel.other) + " " + esc(rel.relation) + " " + self;
    out += "<li>" + text + " <a href=\"/claim?id=" + urlEncode(g.claimId(rel.claim)) + "\">(claim)</a></li>";
  }
  return out.empty() ? "" : "<h2>Relations</h2><ul class=\"plain\">" + out + "</ul>\n";
}

std::string diagramPart(const graph::ClaimGraph& g, EntityId entity, int depth) {
  graph::DotOptions options;
  options.focus = entity;
  options.depth = depth;
  options.maxNodes = kDiagramNodes;
  bool capped = false;
  (void)graph::toDot(g, options, &capped);
  std::string key = urlEncode(g.entityId(entity));
  std::string svg = "/api/graph.svg?entity=" + key + "&amp;depth=" + std::to_string(depth);
  std::string note = capped ? "The diagram shows the " + std::to_string(kDiagramNodes) +
                                  " nearest nodes; the rest are listed above. <a href=\"/entity?name=" + key +
                                  "&amp;depth=1\">Only direct neighbours</a>."
                     : depth < kMaxDepth ? "<a href=\"/entity?name=" + key + "&amp;depth=" + std::to_string(depth + 1) +
                                               "\">More: one step further</a>."
                                         : "";
  return "<h2>Neighbourhood</h2>\n<div class=\"diagram\"><a href=\"" + svg + "\"><img src=\"" + svg +
         "\" alt=\"Diagram of the claims, sources and entities around " + esc(g.str(g.entities()[entity].name)) +
         "\"></a></div>\n<p class=\"muted\">" + note + "</p>\n";
}

std::string claimList(const graph::ClaimGraph& g, std::string_view heading, const std::vector<ClaimId>& claims) {
  if (claims.empty()) return "";
  std::string out = "<h2>" + std::string(heading) + " (" + std::to_string(claims.size()) + ")</h2>\n";
  for (std::size_t i = 0; i < claims.size() && i < 50; ++i) out += claimCard(g, claims[i]);
  if (claims.size() > 50) out += "<p class=\"muted\">and " + std::to_string(claims.size() - 50) + " more</p>";
  return out;
}

std::string contestedSet(const graph::ClaimGraph& g, ContestedId x);

Response entity(const Engine& engine, const Request& request) {
  const auto& g = engine.graph();
  std::string name = request.param("name").value_or("");
  IntParam depth = intParam(request, "depth", 1, kMaxDepth);
  auto report = name.empty() ? std::nullopt : engine.entity(name);
  if (!report) return notFound("", "No entity named '" + name + "'.");
  const graph::Entity& e = g.entities()[report->entity];
  std::string main = "<h1>" + esc(g.str(e.name)) + " <span class=\"muted\">" + toString(e.type) + "</span></h1>\n";
  if (!e.aliases.empty()) {
    main += "<p class=\"muted\">Also: ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) main += (i ? ", " : "") + esc(g.str(e.aliases[i]));
    main += "</p>\n";
  }
  main += "<p class=\"muted\">" + std::to_string(report->about.size()) + " claims about it · " +
          std::to_string(report->claimed.size()) + " it made · " + std::to_string(report->contested.size()) +
          " contested sets · " + std::to_string(report->sources.size()) + " sources</p>\n";
  main += relations(g, *report) +
          diagramPart(g, report->entity, static_cast<int>(depth.value.value_or(1)));  // near first: readable
  if (!report->contested.empty()) main += "<h2>Contested</h2>\n";
  for (ContestedId x : report->contested) main += contestedSet(g, x);
  main += claimList(g, "Claims about it", report->about) + claimList(g, "Claims it made", report->claimed);
  return page(std::string(g.str(e.name)), "", main);
}

std::string contestedSet(const graph::ClaimGraph& g, ContestedId x) {
  const graph::ContestedSet& set = g.contested()[x];
  std::string out = "<section class=\"card contested\" id=\"" + g.contestedId(x) + "\"><h3>" +
                    (set.subject == graph::kInvalid ? std::string("-") : entityLink(g, set.subject)) + " · " +
                    esc(g.str(set.measure)) + " <span class=\"muted\">" + toString(set.kind) + " " + g.contestedId(x) +
                    "</span></h3>\n<p>" + esc(g.str(set.reason)) +
                    "</p>\n<table><thead><tr><th>Value</th><th>Support</th><th>Claimed by</th><th>Claim</th></tr>"
                    "</thead><tbody>";
  for (const auto& v : g.values(set)) {
    const graph::Claim& c = g.claims()[v.claim];
    const std::string support = fmt::format("{:.1f}", v.support);
    out += std::string("<tr") + (v.claim == set.best ? " class=\"best\"" : "") + "><td>" +
           esc(c.hasQuantity ? g.str(c.quantityText) : g.str(c.text)) + (v.claim == set.best ? " (best)" : "") +
           "</td><td>" + support + "</td><td>" + entityLinks(g, g.claimClaimants(v.claim)) +
           "</td><td><a class=\"open\" href=\"/claim?id=" + urlEncode(g.claimId(v.claim)) + "\">" +
           esc(g.claimId(v.claim)) + "</a></td></tr>";
  }
  return out + "</tbody></table>\n<p class=\"muted\">Best: " + esc(g.str(set.bestReason)) + "</p></section>\n";
}

Response contested(const Engine& engine, const Request& request) {
  const auto& g = engine.graph();
  std::optional<EntityId> focus;
  std::string name = request.param("entity").value_or("");
  if (!name.empty() && !(focus = g.findEntity(name))) return notFound("", "No entity named '" + name + "'.");
  auto sets = engine.contested(focus);
  std::string main = "<h1>Contested figures" + (focus ? " about " + esc(g.str(g.entities()[*focus].name)) : "") +
                     "</h1>\n<p class=\"muted\">Figures the sources disagree on, with the support each value has "
                     "and the best-supported one.</p>\n";
  for (ContestedId x : sets) main += contestedSet(g, x);
  if (sets.empty()) main += "<p>No contested figures.</p>";
  return page("Contested figures", "", main);
}

std::string verdictWords(query::Verdict v) {
  switch (v) {
    case query::Verdict::kSupported:
      return "supported";
    case query::Verdict::kRefuted:
      return "refuted";
    case query::Verdict::kConflicting:
      return "conflicting";
    default:
      return "not enough evidence";
  }
}

// How the statement was read: subject (a link when the graph knows it), measure, figure, date.
std::string readingLine(const graph::ClaimGraph& g, const query::Reading& r) {
  std::string subject = r.subject               ? entityLink(g, *r.subject)
                        : r.subjectName.empty() ? "no subject"
                                                : esc(r.subjectName);
  std::string date = r.asOf.empty() ? "latest / any date" : esc(r.asOf);
  return "<p class=\"reading\"><span class=\"muted\">Read as:</span> " + subject + " · " +
         (r.measure.empty() ? std::string("no measure") : esc(r.measure)) + " · " +
         (r.figure ? esc(r.figure->text) : std::string("no figure")) + " · " + date + "</p>\n";
}

// "Line 3: " before a sentence of a draft of several; nothing for a single statement (line 0).
std::string linePrefix(std::size_t line) {
  return line ? "<span class=\"muted\">Line " + std::to_string(line) + ":</span> " : std::string();
}

std::string checkResult(const graph::ClaimGraph& g, const query::CheckResult& r, std::size_t line) {
  std::string out = "<section class=\"check\"><p class=\"sentence\">" + linePrefix(line) + esc(r.statement) + "</p>\n" +
                    readingLine(g, r.reading) + "<p><span class=\"verdict " + query::toString(r.verdict) + "\">" +
                    verdictWords(r.verdict) + "</span> " + esc(r.explanation) + "</p>\n";
  for (const auto& ev : r.evidence)
    out += claimCard(g, ev.claim,
                     ev.context  ? " · <span class=\"muted\">context: another period</span>"
                     : ev.agrees ? " · <span class=\"agrees\">agrees</span>"
                                 : " · <span class=\"disagrees\">disagrees</span>");
  return out + "</section>\n";
}

// A sentence of a draft from which nothing was read to check, in its place among the checked ones.
std::string notChecked(const query::DraftCheck& c, std::size_t line) {
  return "<section class=\"check\"><p class=\"sentence\">" + linePrefix(line) + esc(c.result.statement) +
         "</p>\n<p><span class=\"verdict not_checked\">not checked</span> " + esc(query::kNotCheckedReason) +
         "</p></section>\n";
}

// What `check --file` lists: the count, then every sentence in order, checked or not. Text with no
// sentence to list (a heading, a table row, a quote) is checked whole, as `check` would.
std::string draftChecks(const Engine& engine, const std::string& statement) {
  const auto checks = engine.checkDraft(statement, "statement");
  if (checks.empty()) return checkResult(engine.graph(), engine.check(statement), 0);
  const auto checked =
      std::count_if(checks.begin(), checks.end(), [](const query::DraftCheck& c) { return c.checked; });
  std::string out = fmt::format("<p class=\"muted checked-count\">Checked {} of {} {}.</p>\n", checked, checks.size(),
                                checks.size() == 1 ? "sentence" : "sentences");
  // Lines are shown where the draft's sentences stand on more than one: a paragraph's would all say "Line 1".
  const bool lines = std::any_of(checks.begin(), checks.end(), [&](const auto& c) { return c.line != checks[0].line; });
  for (const auto& c : checks) {
    const std::size_t line = lines ? c.line : 0;
    out += c.checked ? checkResult(engine.graph(), c.result, line) : notChecked(c, line);
  }
  return out;
}

Response check(const Engine& engine, const Request& request) {
  std::string statement = request.param("statement").value_or("");
  std::string main =
      "<h1>Check a statement</h1>\n<form action=\"/check\" method=\"get\"><label for=\"statement\">A statement or a "
      "paragraph; each sentence with a figure is checked.</label>\n<textarea id=\"statement\" name=\"statement\">" +
      esc(statement) +
      "</textarea>\n<p><button type=\"submit\">Check</button> <span class=\"muted\">Ctrl+Enter</span></p></form>\n";
  if (!statement.empty()) main += draftChecks(engine, statement);
  return page("Check", "", main);
}

Response staticFile(const Engine&, const Request& request) {
  auto asset = findAsset(std::string_view(request.path).substr(std::string_view("/static/").size()));
  if (!asset || request.path.ends_with(".html")) return notFound("", "No such file.");
  Response r;
  r.contentType = std::string(asset->contentType);
  r.body = std::string(asset->bytes);
  return r;
}

struct PageRoute {
  std::string_view path;
  Response (*answer)(const Engine&, const Request&);
};
constexpr PageRoute kPages[] = {{"/", home},
                                {"/search", search},
                                {"/claim", claim},
                                {"/entity", entity},
                                {"/contested", contested},
                                {"/check", check},
                                {"/static/style.css", staticFile},
                                {"/static/app.js", staticFile}};

}  // namespace

bool isPagePath(std::string_view path) {
  for (const auto& route : kPages)
    if (route.path == path) return true;
  return false;
}

Response answerPage(const Engine& engine, const Request& request) {
  for (const auto& route : kPages)
    if (route.path == request.path) return route.answer(engine, request);
  return notFound("", "No page at this address.");
}

}  // namespace cg::serve
