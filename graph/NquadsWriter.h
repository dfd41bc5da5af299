#pragma once
// The graph as RDF 1.1 N-Quads that an RDF store loads as is (docs/RDF.md describes the terms).
// Every node becomes a resource under a base IRI: <BASE>c:doc:12, <BASE>e:nvidia, <BASE>s:…,
// <BASE>x:3, <BASE>d:doc. A claim's statements sit in the named graph of its document, so a
// store can say which article a triple came from; entities, sources and contested sets are in
// the default graph. Terms: PROV-O and schema.org where they fit, the project's own (kVocabulary)
// where they do not (value, unit, measure, as-of date, contested sets).

#include <string>
#include <string_view>

#include "graph/ClaimGraph.h"

namespace cg::graph {

inline constexpr std::string_view kDefaultRdfBase = "https://example.org/claimgraph/";
inline constexpr std::string_view kVocabulary = "urn:claimgraph:ns#";

// The whole graph; deterministic (the same graph gives the same bytes). `base` must be an
// absolute IRI (isAbsoluteIri); the ids are appended to it, percent-encoded where needed.
[[nodiscard]] std::string toNquads(const ClaimGraph& g, std::string_view base = kDefaultRdfBase);

// An N-Quads string literal with its quotes: `"`, `\`, line feed and carriage return escaped,
// other control characters as \uXXXX, UTF-8 kept, each byte of invalid UTF-8 as U+FFFD.
[[nodiscard]] std::string nquadsLiteral(std::string_view s);
// An IRIREF with its angle brackets: spaces, controls, <>"{}|^`\, a % that starts no %XX,
// invalid UTF-8 and the code points RFC 3987 leaves out of IRIs (U+FFFD, C1 controls, ...) are
// percent-encoded as UTF-8 bytes; other non-ASCII is kept (IRIs allow it).
[[nodiscard]] std::string nquadsIri(std::string_view iri);
// A claimgraph id as a path segment of an IRI: also '#', '?', '[' and ']' percent-encoded, so that
// "e:a#b" stays one resource under the base rather than a fragment.
[[nodiscard]] std::string iriSegment(std::string_view id);
// True for "scheme:rest" with a scheme of RFC 3986 (a letter, then letters, digits, + - .).
[[nodiscard]] bool isAbsoluteIri(std::string_view iri);
// The XML Schema type of an ISO date as precise as it is: "date" (2025-01-27), "gYearMonth"
// (2025-01) or "gYear" (2025); empty for anything else.
[[nodiscard]] std::string_view xsdDateType(std::string_view date);

}  // namespace cg::graph
