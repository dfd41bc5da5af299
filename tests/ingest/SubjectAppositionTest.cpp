// Whose a figure is by forms the language and the Markdown format define, on fixtures written for
// these tests (no article text of ../shared): an aside in brackets right after a name (apposition),
// a list item's run-in heading, and two link texts of one link target (one entity, named as the
// target's page is).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Subjects.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

graph::ClaimGraph article(const std::string& title, const std::string& body) {
  const std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\ncategories:\n  - \"Hardware\"\n---\n" +
                           body +
                           "\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/a\n";
  return ingest::ingestText(text, "apposition.md");
}

// The subject's name of the figure with this value and unit, or "" when it has none.
std::string subjectOf(const graph::ClaimGraph& g, double value, const std::string& unit) {
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure || claim.value != value || g.str(claim.unit) != unit) continue;
    return claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : std::string();
  }
  return "no such figure";
}

// The entity's name and aliases whose name or alias is `name`, or empty.
std::vector<std::string> namesOf(const graph::ClaimGraph& g, const std::string& name) {
  for (const graph::Entity& e : g.entities()) {
    std::vector<std::string> names{std::string(g.str(e.name))};
    for (auto a : e.aliases) names.emplace_back(g.str(a));
    if (std::find(names.begin(), names.end(), name) != names.end()) return names;
  }
  return {};
}

}  // namespace

TEST_CASE("a figure in brackets right after a name in prose is that name's, not the clause subject's",
          "[ingest][subjects]") {
  const auto g = article("Velkor Render",
                         "Velkor Render is a rendering tool.[1]\n\n"
                         "The smallest supported card for the full pipeline is a Kestrel K900 (24 GB).[1]\n");
  CHECK(subjectOf(g, 24e9, "bytes") == "Kestrel K900");
}

TEST_CASE("an aside after a preposition's object or a benchmark's score stays with the clause", "[ingest][subjects]") {
  const auto g = article("Quorra 2",
                         "Quorra 2 is a language model by Tallis Labs.[1]\n\n"
                         "The Vantor Superboard joins one Vantor CPU to two GPUs over FastLink-X (700 GB/s).[1]\n\n"
                         "Quorra 2 improved on benchmarks like MATHQ (61.5% vs 40.2%).[1]\n");
  CHECK(subjectOf(g, 700e9, "bytes/s") != "FastLink-X");
  CHECK(subjectOf(g, 61.5, "percent") != "MATHQ");
}

TEST_CASE("a run-in heading is a short verbless phrase ending in a period; its closing name is its subject",
          "[ingest][subjects]") {
  using ingest::Mention;
  const std::string named = "Third-generation ZenLink. Up to 900 GB/s per GPU.";
  const std::vector<Mention> zenLink{{7, 17, 24}, {8, 45, 48}};
  const Mention* heading = ingest::runInHeading(named, zenLink);
  REQUIRE(heading != nullptr);
  CHECK(heading->entity == 7);
  // A clause ("Adds ..."), a name inside the phrase rather than closing it, a phrase too long.
  CHECK(ingest::runInHeading("Adds wider ZenLink. The chip holds 96 MB.", {{7, 11, 18}}) == nullptr);
  CHECK(ingest::runInHeading("ZenLink links. Up to 900 GB/s.", {{7, 0, 7}}) == nullptr);
  CHECK(ingest::runInHeading("A much faster and much wider ZenLink. Up to 900 GB/s.", {{7, 29, 36}}) == nullptr);
  CHECK(ingest::runInHeading("Third-generation ZenLink.", {{7, 17, 24}}) == nullptr);  // nothing after it
}

TEST_CASE("a list item's run-in heading names what the item's figures are about", "[ingest][subjects]") {
  const auto g = article("Orvane architecture",
                         "Orvane is a GPU architecture.[1]\n\n"
                         "Its features:\n\n"
                         "- **Third-generation ZenLink.** Up to 900 GB/s per GPU (12 ZenLink links each).[1]\n"
                         "- **Adds wider caches.** The chip holds 96 MB of cache.[1]\n");
  CHECK(subjectOf(g, 900e9, "bytes/s") == "ZenLink");
  CHECK(subjectOf(g, 12, "count") == "ZenLink");
  CHECK(subjectOf(g, 96e6, "bytes") != "ZenLink");
}

TEST_CASE("two link texts of one target are one entity named as the target's page", "[ingest][entities]") {
  const auto g = article("Tallis Labs",
                         "Tallis Labs is a startup.[1]\n\n"
                         "Backers include [Corvid Ventures](/wiki/corvid) and others.[1]\n\n"
                         "In 2025 [Corvid](/wiki/corvid) (about $300 million) led a round.[1]\n");
  const std::vector<std::string> names = namesOf(g, "Corvid Ventures");
  REQUIRE(names.size() == 2);
  CHECK(names[0] == "Corvid");
  CHECK(names[1] == "Corvid Ventures");
  CHECK(subjectOf(g, 300e6, "USD") == "Corvid");
}

TEST_CASE("a Markdown infobox's Name field names the topic where the title is not written", "[ingest][subjects]") {
  const std::string text =
      "---\ntitle: \"Quill Helper 1 Finder (GPT)\"\nslug: \"quill_helper\"\ncategories:\n  - \"Custom_GPTs\"\n---"
      "| Quill Helper #1 Finder |\n| --- |\n| Information |\n| **Name** | Quill Helper #1 Finder \xF0\x9F\x8E\xA8 |\n"
      "| **Chats** | 4,000 |\n\n**Quill Helper #1 Finder** is a Custom GPT for ChatGPT.\n";
  const auto g = ingest::ingestText(text, "quill_helper.md");
  CHECK(subjectOf(g, 4000, "count") == "Quill Helper #1 Finder");
}

namespace {
graph::EntityType typeOf(const graph::ClaimGraph& g, const std::string& name) {
  for (const graph::Entity& e : g.entities())
    if (g.str(e.name) == name) return e.type;
  return graph::EntityType::kIndex;  // no such entity: no test below expects an index
}
}  // namespace

TEST_CASE("a lone capitalised common word, an acronym's plural and a contraction are no organisations",
          "[ingest][entities]") {
  const auto g =
      article("Velkor Render",
              "Velkor Render is a rendering tool.[1]\n\n"
              "Users pick a lens in the menu of Telephoto, Macro or Wide presets.[1]\n\n"
              "It shortens long URLs for the Qandrix team. We\xE2\x80\x99re told that Zorvani uses it.[1]\n");
  CHECK(typeOf(g, "Telephoto") == graph::EntityType::kOther);
  CHECK(typeOf(g, "URLs") == graph::EntityType::kOther);
  CHECK(typeOf(g, "We\xE2\x80\x99re") == graph::EntityType::kOther);
  // A lone name that is no English word keeps the brand default.
  CHECK(typeOf(g, "Zorvani") == graph::EntityType::kOrganization);
}

TEST_CASE("a role's 'of' or 'at' and an apposition headed by a company noun type an organisation",
          "[ingest][entities]") {
  const auto g = article("Velkor Render",
                         "Velkor Render is a rendering tool.[1]\n\n"
                         "It was built by Marta Koss, the chief executive of Quill Harbor.[1] Last year Tallow Field, "
                         "a Berlin startup, shipped it. Tomas Reed is a researcher at Sable Point.[1]\n");
  CHECK(typeOf(g, "Quill Harbor") == graph::EntityType::kOrganization);
  CHECK(typeOf(g, "Tallow Field") == graph::EntityType::kOrganization);
  CHECK(typeOf(g, "Sable Point") == graph::EntityType::kOrganization);
}
