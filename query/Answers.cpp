#include "query/Answers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "graph/JsonWriter.h"
#include "reason/ClaimValues.h"

namespace cg::query {
namespace {

using graph::JsonOut;

struct Json {
  rapidjson::StringBuffer buffer;
  JsonOut out{buffer};
  Json() { out.SetIndent(' ', 2); }
  std::string str() { return std::string(buffer.GetString(), buffer.GetSize()) + "\n"; }
};

void key(JsonOut& o, const char* k) { o.Key(k); }
void string(JsonOut& o, std::string_view s) { o.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void claimants(JsonOut& o, const graph::ClaimGraph& g, ClaimId c) {
  o.StartArray();
  for (EntityId e : g.claimClaimants(c)) graph::writeEntityBrief(o, g, e);
  o.EndArray();
}
void sources(JsonOut& o, const graph::ClaimGraph& g, ClaimId c) {
  o.StartArray();
  for (SourceId s : g.claimSources(c)) graph::writeSourceBrief(o, g, s);
  o.EndArray();
}

// "claim", "claimants", "sources": how every answer presents one piece of evidence.
void evidenceFields(JsonOut& o, const graph::ClaimGraph& g, ClaimId c) {
  key(o, "claim");
  graph::writeClaimBrief(o, g, c);
  key(o, "claimants");
  claimants(o, g, c);
  key(o, "sources");
  sources(o, g, c);
}

// "CNBC, Reuters" or "nobody named".
std::string names(const graph::ClaimGraph& g, const graph::Neighbors<EntityId>& entities) {
  std::string out;
  for (EntityId e : entities) out += (out.empty() ? "" : ", ") + std::string(g.str(g.entities()[e].name));
  return out.empty() ? "-" : out;
}

std::string refs(const graph::ClaimGraph& g, ClaimId c) {
  std::string out;
  for (SourceId s : g.claimSources(c)) {
    const auto& src = g.sources()[s];
    out.append(out.empty() ? "[" : "; [").append(std::to_string(src.ref)).append("] ");
    out.append(src.leftEmpty() ? graph::kLeftEmptySource : g.str(src.publisher));
    if (src.date) out.append(" ").append(g.str(src.date));
  }
  return out.empty() ? "no source cited" : out;
}

std::string shorten(std::string_view s, std::size_t n) {
  if (s.size() <= n) return std::string(s);
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\u2026";
}

std::string claimLine(const graph::ClaimGraph& g, ClaimId c) {
  const auto& claim = g.claims()[c];
  std::string where = std::string(g.str(g.documents()[claim.document].path)) + ":" + std::to_string(claim.line);
  std::string head = g.claimId(c) + "  " + graph::toString(claim.kind);
  if (claim.hasQuantity)
    head += "  " + std::string(g.str(claim.quantityText)) + " [" + std::string(g.str(claim.measure)) + "]";
  if (claim.quote) head += "  \u201C" + shorten(g.str(claim.quote), 60) + "\u201D";
  return head + "\n    " + shorten(g.str(claim.text), 110) + "\n    claimed by: " + names(g, g.claimClaimants(c)) +
         "    about: " + (!claim.subject.isValid() ? "-" : std::string(g.str(g.entities()[claim.subject].name))) +
         "\n    sources: " + refs(g, c) + "\n    at: " + where + "\n";
}

}  // namespace

std::string whoClaimedJson(const Engine& e, const std::string& query, const std::vector<Hit>& hits) {
  const auto& g = e.graph();
  Json j;
  j.out.StartObject();
  key(j.out, "query");
  string(j.out, query);
  key(j.out, "results");
  j.out.StartArray();
  for (const auto& h : hits) {
    j.out.StartObject();
    evidenceFields(j.out, g, h.claim);
    key(j.out, "contested");
    j.out.Bool(e.isContested(h.claim));
    key(j.out, "matched");
    string(j.out, h.matched);
    j.out.EndObject();
  }
  j.out.EndArray();
  j.out.EndObject();
  return j.str();
}

std::string whoClaimedText(const Engine& e, const std::vector<Hit>& hits) {
  if (hits.empty()) return "no claim matches\n";
  std::string out;
  for (const auto& h : hits) out += claimLine(e.graph(), h.claim) + (e.isContested(h.claim) ? "    CONTESTED\n" : "");
  return out;
}

std::string sourcesJson(const Engine& e, const Provenance& p) {
  const auto& g = e.graph();
  const auto& claim = g.claims()[p.claim];
  Json j;
  j.out.StartObject();
  key(j.out, "claim");
  graph::writeClaimBrief(j.out, g, p.claim);
  key(j.out, "location");
  j.out.StartObject();
  key(j.out, "document");
  string(j.out, g.documentId(claim.document));
  key(j.out, "path");
  string(j.out, g.str(g.documents()[claim.document].path));
  key(j.out, "section");
  string(j.out, !claim.section.isValid() ? "" : g.str(g.sections()[claim.section].title));
  key(j.out, "line");
  j.out.Uint(claim.line);
  j.out.EndObject();
  key(j.out, "sources");
  j.out.StartArray();
  for (SourceId s : p.sources) {
    // The source brief plus the marker numbers that bind it to this claim.
    const auto& src = g.sources()[s];
    j.out.StartObject();
    key(j.out, "id");
    string(j.out, g.sourceId(s));
    key(j.out, "ref");
    j.out.Int(src.ref);
    key(j.out, "publisher");
    graph::writeStringOrNull(j.out, g.str(src.publisher));
    key(j.out, "title");
    graph::writeStringOrNull(j.out, g.str(src.title));
    key(j.out, "date");
    graph::writeStringOrNull(j.out, g.str(src.date));
    key(j.out, "url");
    graph::writeStringOrNull(j.out, g.str(src.url));
    key(j.out, "markers");
    j.out.StartArray();
    j.out.Int(src.ref);
    j.out.EndArray();
    j.out.EndObject();
  }
  j.out.EndArray();
  key(j.out, "publishers");
  j.out.StartArray();
  for (EntityId ent : p.publishers) graph::writeEntityBrief(j.out, g, ent);
  j.out.EndArray();
  key(j.out, "related");
  j.out.StartArray();
  for (ClaimId c : p.related) {
    j.out.StartObject();
    key(j.out, "id");
    string(j.out, g.claimId(c));
    key(j.out, "text");
    string(j.out, g.str(g.claims()[c].text));
    j.out.EndObject();
  }
  j.out.EndArray();
  j.out.EndObject();
  return j.str();
}

std::string sourcesText(const Engine& e, const Provenance& p) {
  const auto& g = e.graph();
  std::string out = claimLine(g, p.claim) + "provenance:\n";
  for (SourceId s : p.sources) {
    const auto& src = g.sources()[s];
    if (src.leftEmpty()) {
      out += "  [" + std::to_string(src.ref) + "] " + std::string(graph::kLeftEmptySource) + "\n";
      continue;
    }
    out += "  [" + std::to_string(src.ref) + "] " + std::string(g.str(src.publisher)) + ", \u201C" +
           std::string(g.str(src.title)) + "\u201D" + (src.date ? ", " + std::string(g.str(src.date)) : "") +
           "\n      " + std::string(g.str(src.url)) + "\n";
  }
  if (!p.related.empty()) {
    out += "the same sources also back:\n";
    for (ClaimId c : p.related) out += "  " + g.claimId(c) + "  " + shorten(g.str(g.claims()[c].text), 90) + "\n";
  }
  return out;
}

std::string entityJson(const Engine& e, const EntityReport& r) {
  const auto& g = e.graph();
  const auto& ent = g.entities()[r.entity];
  Json j;
  j.out.StartObject();
  key(j.out, "entity");
  j.out.StartObject();
  key(j.out, "id");
  string(j.out, g.entityId(r.entity));
  key(j.out, "name");
  string(j.out, g.str(ent.name));
  key(j.out, "type");
  j.out.String(graph::toString(ent.type));
  key(j.out, "aliases");
  j.out.StartArray();
  for (auto a : ent.aliases) string(j.out, g.str(a));
  j.out.EndArray();
  j.out.EndObject();
  key(j.out, "relations");
  j.out.StartArray();
  for (const auto& rel : r.relations) {
    if (!rel.other.isValid()) continue;
    j.out.StartObject();
    key(j.out, "relation");
    string(j.out, rel.relation);
    key(j.out, "direction");
    j.out.String(rel.outgoing ? "out" : "in");
    key(j.out, "entity");
    graph::writeEntityBrief(j.out, g, rel.other);
    key(j.out, "claim");
    string(j.out, g.claimId(rel.claim));
    j.out.EndObject();
  }
  j.out.EndArray();
  for (auto [name, list] : {std::pair{"about", &r.about}, std::pair{"claimed", &r.claimed}}) {
    key(j.out, name);
    j.out.StartArray();
    for (ClaimId c : *list) graph::writeClaimBrief(j.out, g, c);
    j.out.EndArray();
  }
  key(j.out, "contested");
  j.out.StartArray();
  for (ContestedId x : r.contested) string(j.out, g.contestedId(x));
  j.out.EndArray();
  key(j.out, "sources");
  j.out.StartArray();
  for (SourceId s : r.sources) graph::writeSourceBrief(j.out, g, s);
  j.out.EndArray();
  j.out.EndObject();
  return j.str();
}

std::string entityText(const Engine& e, const EntityReport& r) {
  const auto& g = e.graph();
  const auto& ent = g.entities()[r.entity];
  std::string out =
      std::string(g.str(ent.name)) + "  (" + graph::toString(ent.type) + ", " + g.entityId(r.entity) + ")\n";
  if (!ent.aliases.empty()) {
    out += "  also: ";
    for (std::size_t i = 0; i < ent.aliases.size(); ++i) out += (i ? ", " : "") + std::string(g.str(ent.aliases[i]));
    out += "\n";
  }
  for (const auto& rel : r.relations)
    if (rel.other.isValid())
      out += "  " + std::string(rel.outgoing ? "" : "<- ") + rel.relation + " " +
             std::string(g.str(g.entities()[rel.other].name)) + "  (" + g.claimId(rel.claim) + ")\n";
  out += "  claims about it: " + std::to_string(r.about.size()) +
         ", claims it made: " + std::to_string(r.claimed.size()) +
         ", contested sets: " + std::to_string(r.contested.size()) + ", sources: " + std::to_string(r.sources.size()) +
         "\n";
  for (ClaimId c : r.claimed) out += "  said: " + g.claimId(c) + "  " + shorten(g.str(g.claims()[c].text), 90) + "\n";
  for (ClaimId c : r.about)
    if (g.claims()[c].hasQuantity)
      out += "  figure: " + g.claimId(c) + "  " + std::string(g.str(g.claims()[c].quantityText)) + " [" +
             std::string(g.str(g.claims()[c].measure)) + "]\n";
  return out;
}

std::string contestedJson(const Engine& e, const std::vector<ContestedId>& sets) {
  const auto& g = e.graph();
  Json j;
  j.out.StartObject();
  key(j.out, "contested");
  j.out.StartArray();
  for (ContestedId x : sets) {
    const auto& set = g.contested()[x];
    j.out.StartObject();
    key(j.out, "id");
    string(j.out, g.contestedId(x));
    key(j.out, "kind");
    j.out.String(graph::toString(set.kind));
    key(j.out, "subject");
    if (!set.subject.isValid())
      j.out.Null();
    else
      graph::writeEntityBrief(j.out, g, set.subject);
    key(j.out, "measure");
    string(j.out, g.str(set.measure));
    key(j.out, "reason");
    string(j.out, g.str(set.reason));
    key(j.out, "spread");
    if (std::isfinite(set.spread))
      j.out.Double(set.spread);
    else
      j.out.Null();
    key(j.out, "overlap");
    j.out.Bool(set.overlap);
    key(j.out, "best");
    if (!set.best.isValid())
      j.out.Null();
    else
      string(j.out, g.claimId(set.best));
    key(j.out, "best_reason");
    string(j.out, g.str(set.bestReason));
    key(j.out, "values");
    j.out.StartArray();
    for (const auto& v : g.values(set)) {
      j.out.StartObject();
      evidenceFields(j.out, g, v.claim);
      key(j.out, "support");
      j.out.Double(v.support);
      j.out.EndObject();
    }
    j.out.EndArray();
    j.out.EndObject();
  }
  j.out.EndArray();
  j.out.EndObject();
  return j.str();
}

std::string contestedText(const Engine& e, const std::vector<ContestedId>& sets) {
  const auto& g = e.graph();
  if (sets.empty()) return "no contested figures\n";
  std::string out;
  for (ContestedId x : sets) {
    const auto& set = g.contested()[x];
    out += g.contestedId(x) + "  " + graph::toString(set.kind) + "  " +
           (!set.subject.isValid() ? "-" : std::string(g.str(g.entities()[set.subject].name))) + " / " +
           std::string(g.str(set.measure)) + "\n  " + std::string(g.str(set.reason)) + "\n";
    for (const auto& v : g.values(set)) {
      const auto& c = g.claims()[v.claim];
      const std::string support = fmt::format("{:4.1f}", v.support);
      out += std::string("  ") + (v.claim == set.best ? "* " : "  ") +
             (c.hasQuantity ? std::string(g.str(c.quantityText)) : g.claimId(v.claim)) + "  support " + support +
             "  by " + names(g, g.claimClaimants(v.claim)) + "  sources " + refs(g, v.claim) + "  (" +
             g.claimId(v.claim) + ")\n";
    }
    out += "  best: " + std::string(g.str(set.bestReason)) + "\n\n";
  }
  return out;
}

namespace {

// A name as the statement gives it: {"id": ENTITY_ID | null, "name"}, or null when it gives none.
void writeNamed(JsonOut& o, const graph::ClaimGraph& g, const std::optional<EntityId>& entity,
                const std::string& name) {
  if (name.empty()) {
    o.Null();
    return;
  }
  o.StartObject();
  key(o, "id");
  if (entity)
    string(o, g.entityId(*entity));
  else
    o.Null();
  key(o, "name");
  string(o, name);
  o.EndObject();
}

// {"subject": null | {"id", "name"}, "measure", "quantity", "as_of"[, "scope": {"id", "name"}]}
void writeReading(JsonOut& o, const graph::ClaimGraph& g, const Reading& r) {
  o.StartObject();
  key(o, "subject");
  writeNamed(o, g, r.subject, r.subjectName);
  key(o, "measure");
  graph::writeStringOrNull(o, r.measure);
  key(o, "quantity");
  graph::writeQuantity(o, r.figure);
  key(o, "as_of");
  graph::writeStringOrNull(o, r.asOf);
  if (!r.scopeName.empty()) {  // only when the statement names what its score is measured on
    key(o, "scope");
    writeNamed(o, g, r.scope, r.scopeName);
  }
  o.EndObject();
}

void writeCheck(JsonOut& o, const graph::ClaimGraph& g, const CheckResult& r) {
  o.StartObject();
  key(o, "statement");
  string(o, r.statement);
  key(o, "reading");
  writeReading(o, g, r.reading);
  key(o, "verdict");
  o.String(toString(r.verdict));
  key(o, "explanation");
  string(o, r.explanation);
  key(o, "difference");
  if (r.difference)
    o.Double(*r.difference);
  else
    o.Null();
  key(o, "evidence");
  o.StartArray();
  for (const auto& ev : r.evidence) {
    o.StartObject();
    evidenceFields(o, g, ev.claim);
    key(o, "agrees");
    o.Bool(ev.agrees);
    key(o, "context");
    o.Bool(ev.context);
    o.EndObject();
  }
  o.EndArray();
  o.EndObject();
}

}  // namespace

std::string checkJson(const Engine& e, const CheckResult& r) {
  Json j;
  writeCheck(j.out, e.graph(), r);
  return j.str();
}

std::string checkDraftJson(const Engine& e, const std::string& path, const std::vector<DraftCheck>& checks) {
  Json j;
  j.out.StartObject();
  key(j.out, "file");
  string(j.out, path);
  // The checked sentences, then those not checked, each with its place among the draft's sentences.
  for (const bool checked : {true, false}) {
    key(j.out, checked ? "checks" : "not_checked");
    j.out.StartArray();
    for (std::size_t k = 0; k < checks.size(); ++k) {
      const DraftCheck& c = checks[k];
      if (c.checked != checked) continue;
      j.out.StartObject();
      key(j.out, "line");
      j.out.Uint(c.line);
      key(j.out, "index");
      j.out.Uint64(k + 1);
      if (checked) {
        key(j.out, "result");
        writeCheck(j.out, e.graph(), c.result);
      } else {
        key(j.out, "statement");
        string(j.out, c.result.statement);
        key(j.out, "reason");
        string(j.out, std::string(kNotCheckedReason));
      }
      j.out.EndObject();
    }
    j.out.EndArray();
  }
  key(j.out, "sentences");
  j.out.Uint64(checks.size());
  key(j.out, "checked");
  j.out.Uint64(static_cast<std::uint64_t>(
      std::count_if(checks.begin(), checks.end(), [](const DraftCheck& c) { return c.checked; })));
  j.out.EndObject();
  return j.str();
}

std::string checkDraftText(const Engine& e, const std::string& path, const std::vector<DraftCheck>& checks) {
  if (checks.empty()) return "no sentence of " + path + " to check\n";
  std::string out;
  std::size_t checked = 0;
  for (const auto& c : checks) {
    out += path + ":" + std::to_string(c.line) + ": " + c.result.statement + "\n";
    out += c.checked ? checkText(e, c.result) : "not checked: " + std::string(kNotCheckedReason) + "\n";
    checked += c.checked ? 1 : 0;
  }
  return out + "checked " + std::to_string(checked) + " of " + std::to_string(checks.size()) +
         (checks.size() == 1 ? " sentence of " : " sentences of ") + path + "\n";
}

// "read as: Anthropic · valuation · $183bn · 2025-09"
std::string readingLine(const Reading& r) {
  std::string out = "read as: " + (r.subjectName.empty() ? std::string("no subject") : r.subjectName);
  if (!r.market.empty())
    out += " (a market: its size found by its words)";
  else if (!r.subject && !r.subjectName.empty())
    out += " (not in the graph)";
  out += " \u00b7 " + (r.measure.empty() ? std::string("no measure") : r.measure);
  if (!r.scopeName.empty()) out += " on " + r.scopeName;
  out += " \u00b7 " + (r.figure ? r.figure->text : std::string("no figure"));
  const char* undated = reason::isStateReading(r.measure, r.figure ? r.figure->unit : "") ? "latest" : "any date";
  out += " \u00b7 " + (r.asOf.empty() ? std::string(undated) : r.asOf) + "\n";
  return out;
}

std::string checkText(const Engine& e, const CheckResult& r) {
  std::string out = readingLine(r.reading) + std::string(toString(r.verdict)) + ": " + r.explanation + "\n";
  for (const auto& ev : r.evidence) {
    std::string_view mark = ev.context ? "  context   " : ev.agrees ? "  agrees    " : "  disagrees ";
    out += std::string(mark) + claimLine(e.graph(), ev.claim);
  }
  return out;
}

}  // namespace cg::query
