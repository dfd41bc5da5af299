#include "graph/JsonWriter.h"

#include <cmath>

namespace cg::graph {
namespace {

void key(JsonOut& out, const char* k) { out.Key(k); }
void str(JsonOut& out, std::string_view s) { out.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// A number, or null when the claim has none.
void doubleOrNull(JsonOut& out, bool has, double value) {
  if (has)
    out.Double(value);
  else
    out.Null();
}

// An entity's readable id, or null for kInvalid.
void entityIdOrNull(JsonOut& out, const ClaimGraph& g, EntityId entity) {
  if (!entity.isValid())
    out.Null();
  else
    str(out, g.entityId(entity));
}

void writeSection(JsonOut& out, const ClaimGraph& g, SectionId section) {
  // Text before the first heading belongs to no section: "" (the contract's field is a string).
  str(out, !section.isValid() ? std::string_view() : g.str(g.sections()[section].title));
}

}  // namespace

void writeStringOrNull(JsonOut& out, std::string_view s) {
  if (s.empty())
    out.Null();
  else
    str(out, s);
}

void writeQuantity(JsonOut& out, const ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (!c.hasQuantity) {
    out.Null();
    return;
  }
  out.StartObject();
  key(out, "value");
  doubleOrNull(out, c.hasValue, c.value);
  const ClaimExtra& range = g.extra(claim);  // empty unless the claim is a range
  key(out, "low");
  doubleOrNull(out, c.hasRange, range.low);
  key(out, "high");
  doubleOrNull(out, c.hasRange, range.high);
  key(out, "unit");
  str(out, g.str(c.unit));
  key(out, "approximate");
  out.Bool(c.approximate);
  key(out, "bound");
  out.String(toString(c.bound));
  key(out, "text");
  str(out, g.str(c.quantityText));
  out.EndObject();
}

void writeQuantity(JsonOut& out, const std::optional<Quantity>& q) {
  if (!q) {
    out.Null();
    return;
  }
  out.StartObject();
  key(out, "value");
  doubleOrNull(out, q->value.has_value(), q->value.value_or(0));
  key(out, "low");
  doubleOrNull(out, q->low.has_value(), q->low.value_or(0));
  key(out, "high");
  doubleOrNull(out, q->high.has_value(), q->high.value_or(0));
  key(out, "unit");
  str(out, q->unit);
  key(out, "approximate");
  out.Bool(q->approximate);
  key(out, "text");
  str(out, q->text);
  out.EndObject();
}

void writeAsOf(JsonOut& out, const ClaimGraph& g, const Claim& c) {
  key(out, "as_of");
  writeStringOrNull(out, g.str(c.asOf));
  key(out, "as_of_from");
  if (const char* from = toString(c.asOfFrom))
    out.String(from);
  else
    out.Null();
}

// "scope": what a score is measured on, only on the claims that have one (most have none, and an
// absent key keeps every other claim's JSON as it was).
void writeScope(JsonOut& out, const ClaimGraph& g, ClaimId claim) {
  if (StrId scope = g.extra(claim).scope) {
    key(out, "scope");
    str(out, g.str(scope));
  }
}

void writeClaimBrief(JsonOut& out, const ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  out.StartObject();
  key(out, "id");
  str(out, g.claimId(claim));
  key(out, "text");
  str(out, g.str(c.text));
  key(out, "kind");
  out.String(toString(c.kind));
  key(out, "quantity");
  writeQuantity(out, g, claim);
  key(out, "quote");
  writeStringOrNull(out, g.str(c.quote));
  key(out, "document");
  str(out, g.documentId(c.document));
  key(out, "section");
  writeSection(out, g, c.section);
  key(out, "line");
  out.Uint(c.line);
  key(out, "measure");
  writeStringOrNull(out, g.str(c.measure));
  writeScope(out, g, claim);
  writeAsOf(out, g, c);
  out.EndObject();
}

namespace {

// "ref", "publisher", "title", "date", "url": a source as its article's reference list gives it.
void writeCitation(JsonOut& out, const ClaimGraph& g, const Source& s) {
  key(out, "ref");
  out.Int(s.ref);
  key(out, "publisher");
  writeStringOrNull(out, g.str(s.publisher));
  key(out, "title");
  writeStringOrNull(out, g.str(s.title));
  key(out, "date");
  writeStringOrNull(out, g.str(s.date));
  key(out, "url");
  writeStringOrNull(out, g.str(s.url));
}

}  // namespace

void writeSourceBrief(JsonOut& out, const ClaimGraph& g, SourceId source) {
  const Source& s = g.sources()[source];
  out.StartObject();
  key(out, "id");
  str(out, g.sourceId(source));
  writeCitation(out, g, s);
  out.EndObject();
}

void writeEntityBrief(JsonOut& out, const ClaimGraph& g, EntityId entity) {
  const Entity& e = g.entities()[entity];
  out.StartObject();
  key(out, "id");
  str(out, g.entityId(entity));
  key(out, "name");
  str(out, g.str(e.name));
  key(out, "type");
  out.String(toString(e.type));
  out.EndObject();
}

namespace {

void writeDocument(JsonOut& out, const ClaimGraph& g, DocumentId d) {
  const Document& doc = g.documents()[d];
  out.StartObject();
  key(out, "id");
  str(out, g.documentId(d));
  key(out, "title");
  str(out, g.str(doc.title));
  key(out, "path");
  str(out, g.str(doc.path));
  key(out, "source_url");
  writeStringOrNull(out, g.str(doc.sourceUrl));
  key(out, "updated");
  writeStringOrNull(out, g.str(doc.updated));
  key(out, "format");
  str(out, g.str(doc.format));
  key(out, "categories");
  out.StartArray();
  for (StrId c : doc.categories) str(out, g.str(c));
  out.EndArray();
  out.EndObject();
}

void writeEntity(JsonOut& out, const ClaimGraph& g, EntityId e) {
  const Entity& entity = g.entities()[e];
  out.StartObject();
  key(out, "id");
  str(out, g.entityId(e));
  key(out, "name");
  str(out, g.str(entity.name));
  key(out, "type");
  out.String(toString(entity.type));
  key(out, "aliases");
  out.StartArray();
  for (StrId a : entity.aliases) str(out, g.str(a));
  out.EndArray();
  key(out, "mentions");
  out.Uint(entity.mentions);
  out.EndObject();
}

void writeSource(JsonOut& out, const ClaimGraph& g, SourceId s) {
  const Source& source = g.sources()[s];
  out.StartObject();
  key(out, "id");
  str(out, g.sourceId(s));
  key(out, "document");
  str(out, g.documentId(source.document));
  writeCitation(out, g, source);
  key(out, "refs");
  out.StartArray();
  for (std::int32_t r : g.refs(source)) out.Int(r);
  out.EndArray();
  key(out, "work");
  writeStringOrNull(out, g.str(source.work));
  key(out, "accessed");
  writeStringOrNull(out, g.str(source.accessed));
  key(out, "cited_by");
  out.Uint(source.citedBy);
  out.EndObject();
}

void writeClaim(JsonOut& out, const ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  out.StartObject();
  key(out, "id");
  str(out, g.claimId(c));
  key(out, "document");
  str(out, g.documentId(claim.document));
  key(out, "section");
  writeSection(out, g, claim.section);
  key(out, "line");
  out.Uint(claim.line);
  key(out, "text");
  str(out, g.str(claim.text));
  key(out, "kind");
  out.String(toString(claim.kind));
  key(out, "subject");
  entityIdOrNull(out, g, claim.subject);
  key(out, "claimants");
  out.StartArray();
  for (EntityId e : g.claimClaimants(c)) str(out, g.entityId(e));
  out.EndArray();
  key(out, "sources");
  out.StartArray();
  for (SourceId s : g.claimSources(c)) str(out, g.sourceId(s));
  out.EndArray();
  key(out, "quantity");
  writeQuantity(out, g, c);
  key(out, "quote");
  writeStringOrNull(out, g.str(claim.quote));
  key(out, "measure");
  writeStringOrNull(out, g.str(claim.measure));
  writeScope(out, g, c);
  writeAsOf(out, g, claim);
  key(out, "verb");
  writeStringOrNull(out, g.str(claim.verb));
  const ClaimExtra& extra = g.extra(c);
  key(out, "relation");
  writeStringOrNull(out, g.str(extra.relation));
  key(out, "object");
  entityIdOrNull(out, g, extra.object);
  out.EndObject();
}

// One value of a contested set: its claim's figure, the support weighed for it, its publishers.
void writeContestedValue(JsonOut& out, const ClaimGraph& g, const ContestedValue& v) {
  const Claim& claim = g.claims()[v.claim];
  const ClaimExtra& range = g.extra(v.claim);
  out.StartObject();
  key(out, "claim");
  str(out, g.claimId(v.claim));
  key(out, "value");
  doubleOrNull(out, claim.hasValue, claim.value);
  key(out, "low");
  doubleOrNull(out, claim.hasRange, range.low);
  key(out, "high");
  doubleOrNull(out, claim.hasRange, range.high);
  key(out, "unit");
  str(out, g.str(claim.unit));
  key(out, "support");
  out.Double(v.support);
  key(out, "publishers");
  out.StartArray();
  for (StrId p : g.publishers(v)) str(out, g.str(p));
  out.EndArray();
  out.EndObject();
}

void writeContestedSet(JsonOut& out, const ClaimGraph& g, ContestedId x) {
  const ContestedSet& set = g.contested()[x];
  out.StartObject();
  key(out, "id");
  str(out, g.contestedId(x));
  key(out, "kind");
  out.String(toString(set.kind));
  key(out, "subject");
  entityIdOrNull(out, g, set.subject);
  key(out, "measure");
  str(out, g.str(set.measure));
  key(out, "claims");
  out.StartArray();
  for (const auto& v : g.values(set)) str(out, g.claimId(v.claim));
  out.EndArray();
  key(out, "reason");
  str(out, g.str(set.reason));
  key(out, "spread");
  doubleOrNull(out, std::isfinite(set.spread), set.spread);
  key(out, "overlap");
  out.Bool(set.overlap);
  key(out, "best");
  if (!set.best.isValid())
    out.Null();
  else
    str(out, g.claimId(set.best));
  key(out, "best_reason");
  str(out, g.str(set.bestReason));
  key(out, "values");
  out.StartArray();
  for (const auto& v : g.values(set)) writeContestedValue(out, g, v);
  out.EndArray();
  out.EndObject();
}

// `"name": [...]`, one element per id of a table.
template <class Ids, class WriteOne>
void writeTable(JsonOut& out, const ClaimGraph& g, const char* name, const Ids& ids, WriteOne writeOne) {
  key(out, name);
  out.StartArray();
  for (auto id : ids) writeOne(out, g, id);
  out.EndArray();
}

}  // namespace

std::string toJson(const ClaimGraph& g) {
  rapidjson::StringBuffer buffer;
  JsonOut out(buffer);
  out.SetIndent(' ', 1);
  out.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  out.StartObject();
  key(out, "schema");
  out.String("claimgraph/1");
  writeTable(out, g, "documents", g.documents().ids(), writeDocument);
  writeTable(out, g, "entities", g.entities().ids(), writeEntity);
  writeTable(out, g, "sources", g.sources().ids(), writeSource);
  writeTable(out, g, "claims", g.claims().ids(), writeClaim);
  writeTable(out, g, "contested", g.contested().ids(), writeContestedSet);
  out.EndObject();
  std::string json(buffer.GetString(), buffer.GetSize());
  json.push_back('\n');
  return json;
}

}  // namespace cg::graph
