#include "graph/NquadsWriter.h"

#include <charconv>
#include <cmath>

#include <unicode/utf8.h>

namespace cg::graph {
namespace {

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kSchema = "http://schema.org/";

// Calls `valid(begin, length)` for each well-formed UTF-8 sequence and `invalid(byte)` for
// each byte that is not part of one.
template <typename Valid, typename Invalid>
void forEachCodePoint(std::string_view s, Valid valid, Invalid invalid) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      invalid(bytes[start]);
      i = start + 1;
    } else {
      valid(start, i - start, c);
    }
  }
}

void appendHex(std::string& out, unsigned value, int digits) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

// RFC 3987's ucschar: the non-ASCII code points an IRI may hold as they are.
bool isIriCodePoint(UChar32 c) {
  if (c < 0x10000) return (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF);
  if ((c & 0xFFFF) > 0xFFFD) return false;
  return c <= 0xDFFFD || (c >= 0xE1000 && c <= 0xEFFFD);
}

std::string number(double value) {
  char text[64];
  auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

// Collects the quads of one graph (named or default) into one string.
class QuadSink {
 public:
  QuadSink(std::string& out, std::string_view base) : out_(out), base_(base) {}

  void setGraph(std::string graphIri) { graph_ = std::move(graphIri); }
  [[nodiscard]] std::string node(std::string_view id) const { return nquadsIri(std::string(base_) + iriSegment(id)); }

  void iri(const std::string& subject, std::string_view predicate, const std::string& object) {
    quad(subject, predicate, object);
  }
  void text(const std::string& subject, std::string_view predicate, std::string_view value) {
    if (!value.empty()) quad(subject, predicate, nquadsLiteral(value));
  }
  void typed(const std::string& subject, std::string_view predicate, const std::string& lexical,
             std::string_view type) {
    quad(subject, predicate, nquadsLiteral(lexical) + "^^<" + std::string(kXsd) + std::string(type) + ">");
  }
  void real(const std::string& subject, std::string_view predicate, double value) {
    if (std::isfinite(value)) typed(subject, predicate, number(value), "double");
  }
  void date(const std::string& subject, std::string_view predicate, std::string_view value) {
    std::string_view type = xsdDateType(value);
    if (type.empty())
      text(subject, predicate, value);
    else
      typed(subject, predicate, std::string(value), type);
  }

 private:
  void quad(const std::string& subject, std::string_view predicate, const std::string& object) {
    out_.append(subject).append(" <").append(predicate).append("> ").append(object);
    if (!graph_.empty()) out_.append(" ").append(graph_);
    out_.append(" .\n");
  }
  std::string& out_;
  std::string_view base_;
  std::string graph_;
};

std::string term(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }
std::string typeIri(std::string_view ns, std::string_view local) { return "<" + term(ns, local) + ">"; }

std::string_view schemaClass(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kProduct:
      return "Product";
    case EntityType::kEvent:
      return "Event";
    case EntityType::kPlace:
      return "Place";
    case EntityType::kPublication:
      return "CreativeWork";
    default:
      return "Thing";
  }
}

void writeDocuments(QuadSink& q, const ClaimGraph& g) {
  for (DocumentId d : g.documents().ids()) {
    const Document& doc = g.documents()[d];
    std::string s = q.node(g.documentId(d));
    q.iri(s, kRdfType, typeIri(kSchema, "Article"));
    q.text(s, term(kSchema, "name"), g.str(doc.title));
    if (doc.sourceUrl) q.typed(s, term(kSchema, "url"), std::string(g.str(doc.sourceUrl)), "anyURI");
    if (doc.updated) q.date(s, term(kSchema, "dateModified"), g.str(doc.updated));
  }
}

void writeEntities(QuadSink& q, const ClaimGraph& g) {
  for (EntityId e : g.entities().ids()) {
    const Entity& entity = g.entities()[e];
    std::string s = q.node(g.entityId(e));
    q.iri(s, kRdfType, typeIri(kSchema, schemaClass(entity.type)));
    q.iri(s, kRdfType, typeIri(kProv, "Agent"));
    q.text(s, term(kVocabulary, "entityType"), toString(entity.type));
    q.text(s, term(kSchema, "name"), g.str(entity.name));
    for (StrId alias : entity.aliases) q.text(s, term(kSchema, "alternateName"), g.str(alias));
  }
}

void writeSources(QuadSink& q, const ClaimGraph& g) {
  for (SourceId i : g.sources().ids()) {
    const Source& source = g.sources()[i];
    std::string s = q.node(g.sourceId(i));
    q.iri(s, kRdfType, typeIri(kSchema, "CreativeWork"));
    q.iri(s, kRdfType, typeIri(kProv, "Entity"));
    q.text(s, term(kSchema, "name"), g.str(source.title));
    if (source.publisherEntity != kInvalid)
      q.iri(s, term(kSchema, "publisher"), q.node(g.entityId(source.publisherEntity)));
    else
      q.text(s, term(kSchema, "publisher"), g.str(source.publisher));
    q.text(s, term(kVocabulary, "publisherName"), g.str(source.publisher));  // as the citation writes it
    if (source.date) q.date(s, term(kSchema, "datePublished"), g.str(source.date));
    if (source.url) q.typed(s, term(kSchema, "url"), std::string(g.str(source.url)), "anyURI");
    q.typed(s, term(kVocabulary, "ref"), std::to_string(source.ref), "integer");
    q.iri(s, term(kSchema, "citation"), q.node(g.documentId(source.document)));
  }
}

void writeQuantity(QuadSink& q, const ClaimGraph& g, ClaimId c, const std::string& s) {
  const Claim& claim = g.claims()[c];
  if (!claim.hasQuantity) return;
  if (claim.hasValue) q.real(s, term(kVocabulary, "value"), claim.value);
  if (claim.hasRange) {
    q.real(s, term(kVocabulary, "low"), g.extra(c).low);
    q.real(s, term(kVocabulary, "high"), g.extra(c).high);
  }
  q.text(s, term(kVocabulary, "unit"), g.str(claim.unit));
  q.typed(s, term(kVocabulary, "approximate"), claim.approximate ? "true" : "false", "boolean");
  q.text(s, term(kVocabulary, "bound"), toString(claim.bound));
  q.text(s, term(kVocabulary, "figure"), g.str(claim.quantityText));
}

void writeClaim(QuadSink& q, const ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  std::string s = q.node(g.claimId(c));
  q.iri(s, kRdfType, typeIri(kVocabulary, "Claim"));
  q.iri(s, kRdfType, typeIri(kProv, "Entity"));
  q.text(s, term(kSchema, "text"), g.str(claim.text));
  q.text(s, term(kVocabulary, "kind"), toString(claim.kind));
  q.iri(s, term(kSchema, "isPartOf"), q.node(g.documentId(claim.document)));
  q.typed(s, term(kVocabulary, "line"), std::to_string(claim.line), "integer");
  if (claim.section != kInvalid) q.text(s, term(kVocabulary, "section"), g.str(g.sections()[claim.section].title));
  if (claim.subject != kInvalid) q.iri(s, term(kSchema, "about"), q.node(g.entityId(claim.subject)));
  for (EntityId e : g.claimClaimants(c)) q.iri(s, term(kProv, "wasAttributedTo"), q.node(g.entityId(e)));
  for (SourceId source : g.claimSources(c)) q.iri(s, term(kProv, "wasDerivedFrom"), q.node(g.sourceId(source)));
  writeQuantity(q, g, c, s);
  q.text(s, term(kVocabulary, "quote"), g.str(claim.quote));
  q.text(s, term(kVocabulary, "measure"), g.str(claim.measure));
  if (claim.asOf) q.date(s, term(kVocabulary, "asOf"), g.str(claim.asOf));
  q.text(s, term(kVocabulary, "verb"), g.str(claim.verb));
  const ClaimExtra& extra = g.extra(c);
  q.text(s, term(kVocabulary, "relation"), g.str(extra.relation));
  if (extra.object != kInvalid) q.iri(s, term(kVocabulary, "object"), q.node(g.entityId(extra.object)));
}

void writeContested(QuadSink& q, const ClaimGraph& g) {
  for (ContestedId x : g.contested().ids()) {
    const ContestedSet& set = g.contested()[x];
    std::string s = q.node(g.contestedId(x));
    q.iri(s, kRdfType, typeIri(kVocabulary, "ContestedSet"));
    q.text(s, term(kVocabulary, "kind"), toString(set.kind));
    if (set.subject != kInvalid) q.iri(s, term(kSchema, "about"), q.node(g.entityId(set.subject)));
    q.text(s, term(kVocabulary, "measure"), g.str(set.measure));
    q.text(s, term(kVocabulary, "reason"), g.str(set.reason));
    q.real(s, term(kVocabulary, "spread"), set.spread);
    if (set.best != kInvalid) q.iri(s, term(kVocabulary, "best"), q.node(g.claimId(set.best)));
    for (const auto& v : g.values(set)) q.iri(s, term(kVocabulary, "claim"), q.node(g.claimId(v.claim)));
  }
}

}  // namespace

std::string nquadsLiteral(std::string_view s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  forEachCodePoint(
      s,
      [&](std::int32_t begin, std::int32_t length, UChar32 c) {
        if (c == '"') {
          out += "\\\"";
        } else if (c == '\\') {
          out += "\\\\";
        } else if (c == '\n') {
          out += "\\n";
        } else if (c == '\r') {
          out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
          out += "\\u";
          appendHex(out, static_cast<unsigned>(c), 4);
        } else {
          out.append(s.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(length)));
        }
      },
      [&](std::uint8_t) { out += "\uFFFD"; });
  return out + "\"";
}

std::string nquadsIri(std::string_view iri) {
  static constexpr std::string_view kForbidden = "<>\"{}|^`\\";
  std::string out = "<";
  out.reserve(iri.size() + 2);
  auto escapeBytes = [&](std::string_view bytes) {
    for (char byte : bytes) {
      out += '%';
      appendHex(out, static_cast<std::uint8_t>(byte), 2);
    }
  };
  auto isHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  forEachCodePoint(
      iri,
      [&](std::int32_t begin, std::int32_t length, UChar32 c) {
        auto at = static_cast<std::size_t>(begin);
        std::string_view bytes = iri.substr(at, static_cast<std::size_t>(length));
        bool escape = c <= 0x20 || c == 0x7F || (c >= 0x80 && !isIriCodePoint(c)) ||
                      (c < 0x80 && kForbidden.find(static_cast<char>(c)) != std::string_view::npos) ||
                      (c == '%' && !(at + 2 < iri.size() && isHex(iri[at + 1]) && isHex(iri[at + 2])));
        if (escape)
          escapeBytes(bytes);
        else
          out.append(bytes);
      },
      [&](std::uint8_t byte) { escapeBytes(std::string_view(reinterpret_cast<const char*>(&byte), 1)); });
  return out + ">";
}

std::string iriSegment(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    if (c == '#' || c == '?' || c == '[' || c == ']' || c == '%' || c == '/') {
      out += '%';
      appendHex(out, static_cast<std::uint8_t>(c), 2);
    } else {
      out += c;
    }
  }
  return out;
}

bool isAbsoluteIri(std::string_view iri) {
  std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == iri.size()) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(iri[0])) return false;
  for (char c : iri.substr(0, colon))
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  return true;
}

std::string_view xsdDateType(std::string_view date) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
      if (i >= date.size() || date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  auto within = [&](std::size_t from, int low, int high) {
    int value = (date[from] - '0') * 10 + (date[from + 1] - '0');
    return value >= low && value <= high;
  };
  if (date.size() < 4 || !digits(0, 4)) return {};
  bool month = date.size() >= 7 && date[4] == '-' && digits(5, 2) && within(5, 1, 12);
  if (date.size() == 4) return "gYear";
  if (date.size() == 7 && month) return "gYearMonth";
  if (date.size() == 10 && month && date[7] == '-' && digits(8, 2) && within(8, 1, 31)) return "date";
  return {};
}

std::string toNquads(const ClaimGraph& g, std::string_view base) {
  std::string out;
  QuadSink q(out, base);
  writeDocuments(q, g);
  writeEntities(q, g);
  writeSources(q, g);
  writeContested(q, g);
  for (DocumentId d : g.documents().ids()) {
    const Document& doc = g.documents()[d];
    q.setGraph(q.node(g.documentId(d)));
    for (ClaimId c : ClaimGraph::claimsIn(doc)) writeClaim(q, g, c);
  }
  return out;
}

}  // namespace cg::graph
