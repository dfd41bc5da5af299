#pragma once
// Fixture articles and the subject a graph gives a figure, for tests that assert exact subjects.

#include <string>

#include "graph/ClaimGraph.h"
#include "graph/Records.h"
#include "ingest/Ingest.h"

namespace cg::test {

// An AI Wiki article titled `title`, filed under `category`, whose reference 1 is a news story, read
// as the file `file`.
inline graph::ClaimGraph referencedArticle(const std::string& title, const std::string& body,
                                           const std::string& category, const std::string& file) {
  const std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\ncategories:\n  - \"" + category +
                           "\"\n---\n" + body +
                           "\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/a\n";
  return ingest::ingestText(text, file);
}

// The subject's name of the first figure with this value and unit: "" when it has none, "no such
// figure" when the graph holds no such figure.
inline std::string figureSubject(const graph::ClaimGraph& g, double value, const std::string& unit) {
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure || claim.value != value || g.str(claim.unit) != unit) continue;
    return claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : std::string();
  }
  return "no such figure";
}

// The subject's name of the figure in `b` whose text is `figure`: "-" for none, "?" for no such figure.
inline std::string subjectOf(const graph::DocumentBundle& b, const std::string& figure) {
  for (const graph::ClaimRecord& c : b.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->text == figure)
      return c.subject == graph::kNone ? "-" : b.entities[static_cast<std::size_t>(c.subject)].name;
  return "?";
}

}  // namespace cg::test
