// Whose a figure is, by the grammar and the format around it: the short form of a thing named
// after its maker ("Zephrix" of "NORDA Zephrix"), a list item's one-word label as a name, and a
// table whose rows are attributes ("Feature | Value"). Fixtures written for these tests (no article
// text of ../shared).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

graph::ClaimGraph article(const std::string& title, const std::string& body) {
  const std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\ncategories:\n  - \"Hardware\"\n---\n" +
                           body +
                           "\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/a\n";
  return ingest::ingestText(text, "subjects.md");
}

// The subject's name of the figure with this value, or "" when it has none (or no such figure).
std::string subjectOf(const graph::ClaimGraph& g, double value) {
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure || claim.value != value || !claim.subject.isValid()) continue;
    return std::string(g.str(g.entities()[claim.subject].name));
  }
  return "";
}

bool hasEntity(const graph::ClaimGraph& g, const std::string& name) {
  const auto entities = g.entities();
  return std::any_of(entities.begin(), entities.end(), [&](const graph::Entity& e) { return g.str(e.name) == name; });
}

}  // namespace

TEST_CASE("the short form of a thing named after its maker is the topic's, not a person's surname",
          "[ingest][subjects]") {
  const auto g =
      article("NORDA Zephrix",
              "NORDA Zephrix is a chip architecture by NORDA, named after the mathematician Ada Zephrix.[1]\n\n"
              "Zephrix packs 90 billion transistors in each package.[1]\n");
  CHECK(subjectOf(g, 90e9) == "NORDA Zephrix");
}

TEST_CASE("a list item's one-word label spelled as a name is one; a concept word is not", "[ingest][entities]") {
  const auto g = article("Planning tools",
                         "Planning tools help teams plan.[1]\n\n"
                         "- **PMVexa**: Offers dashboards for planners.[1]\n"
                         "- **Tokenizer**: Splits text into pieces.[1]\n");
  CHECK(hasEntity(g, "PMVexa"));
  CHECK_FALSE(hasEntity(g, "Tokenizer"));
}

TEST_CASE("a table whose first header is Feature or Metric holds attributes: its row headers own no figure",
          "[ingest][subjects]") {
  const auto g = article("NORDA Zephrix",
                         "NORDA Zephrix is a chip architecture by NORDA.[1]\n\n"
                         "| Metric | Value |\n| --- | --- |\n| Max HBM Capacity | 192 GB |\n");
  CHECK(subjectOf(g, 192e9) == "NORDA Zephrix");
}
