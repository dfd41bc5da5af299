// Whose a figure is, by the grammar and the format around it: the short form of a thing named
// after its maker ("Zephrix" of "NORDA Zephrix"), a list item's one-word label as a name, and a
// table whose rows are attributes ("Feature | Value"). Fixtures written for these tests (no article
// text of ../shared).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Subjects.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;
using test::figureSubject;

namespace {

graph::ClaimGraph article(const std::string& title, const std::string& body) {
  return test::referencedArticle(title, body, "Hardware", "subjects.md");
}

// The subject's name of the first figure with this value that has one, "" when such figures have
// none, "no such figure" when the graph holds no figure of this value.
std::string subjectOf(const graph::ClaimGraph& g, double value) {
  bool found = false;
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure || claim.value != value) continue;
    found = true;
    if (claim.subject.isValid()) return std::string(g.str(g.entities()[claim.subject].name));
  }
  return found ? "" : "no such figure";
}

bool hasEntity(const graph::ClaimGraph& g, const std::string& name) {
  const auto entities = g.entities();
  return std::any_of(entities.begin(), entities.end(), [&](const graph::Entity& e) { return g.str(e.name) == name; });
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

TEST_CASE("the short form of a thing named after its maker is the topic's, not a person's surname",
          "[ingest][subjects]") {
  const auto g =
      article("NORDA Zephrix",
              "NORDA Zephrix is a chip architecture by NORDA, named after the mathematician Ada Zephrix.[1]\n\n"
              "Zephrix packs 90 billion transistors in each package.[1]\n");
  CHECK(subjectOf(g, 90e9) == "NORDA Zephrix");
}

TEST_CASE("a list item's one-word label spelled as a name is one, a concept word is not", "[ingest][entities]") {
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

// Whose a figure is by the layout around it on text claimgraph has not seen: a comparison table whose
// columns are the kinds or things compared, a list under a lead-in that opens with the name it
// describes, a section whose heading is written as a name.
TEST_CASE("a comparison table's cell is about its column's kind, not the article's topic", "[ingest][subjects]") {
  const auto g = article("Heat pump",
                         "A heat pump is a device that moves heat.[1]\n\n"
                         "| Feature | Hot-Wire | Cold-Plate | Description |\n"
                         "| --- | --- | --- | --- |\n"
                         "| Efficiency | 41% | 67% | 55% of rated |\n"
                         "| Weight | 12 kg | 19 kg | per unit |\n");
  CHECK(subjectOf(g, 41) == "Hot-Wire");
  CHECK(subjectOf(g, 67) == "Cold-Plate");
  CHECK(subjectOf(g, 19) == "Cold-Plate");
  // A column that tells of its row names nothing compared.
  CHECK(subjectOf(g, 55) == "");
}

TEST_CASE("a comparison column's aside in brackets is no part of its name, a size names a variant",
          "[ingest][subjects]") {
  const auto g = article("Velora chips",
                         "Velora chips are accelerators made by Velora.[1]\n\n"
                         "| Metric | Velora V3 (rack) | Velora V2 (per node) |\n"
                         "| --- | --- | --- |\n"
                         "| Memory | 640 GB | 96 GB |\n\n"
                         "### Orrin 4\n\n"
                         "Orrin 4 is a model family that Velora trains.[1]\n\n"
                         "| Parameter | 9B | 31B |\n"
                         "| --- | --- | --- |\n"
                         "| Context | 8,000 tokens | 32,000 tokens |\n");
  CHECK(subjectOf(g, 640e9) == "Velora V3");
  CHECK(subjectOf(g, 96e9) == "Velora V2");
  CHECK(subjectOf(g, 32000) == "Orrin 4 31B");
}

TEST_CASE("a table whose later column describes its rows gives no column a subject", "[ingest][subjects]") {
  const auto g = article("Qubit counters",
                         "Qubit counters are instruments made by Tarsen.[1]\n\n"
                         "| Metric | Description | Current Best (2025) | Target for Scale |\n"
                         "| --- | --- | --- | --- |\n"
                         "| Count | Physical qubits | 4,000 | 2 million |\n");
  CHECK(subjectOf(g, 4000) == "");
  CHECK(subjectOf(g, 2e6) == "");
}

TEST_CASE("list items under a lead-in that opens with a name are about that name", "[ingest][subjects]") {
  const auto g = article("Robot learning",
                         "Robot learning is a field of study.[1]\n\n"
                         "The [Kestrel Motion Corpus](/wiki/kestrel_motion_corpus), released in May 2022, is the "
                         "widest collection of arm data, "
                         "holding:[1]\n\n"
                         "- Over 3 million recorded grasps\n\n"
                         "- 48 different arm designs\n");
  CHECK(subjectOf(g, 3e6) == "Kestrel Motion Corpus");
  CHECK(subjectOf(g, 48) == "Kestrel Motion Corpus");
}

TEST_CASE("a lead-in whose opening name is a speaker gives its items no subject of that name", "[ingest][subjects]") {
  const auto g = article("Robot learning",
                         "Robot learning is a field of study.[1]\n\n"
                         "Tarsen Labs said the following about its new arms in a long statement:[1]\n\n"
                         "- 48 different arm designs\n");
  CHECK(subjectOf(g, 48) == "Robot learning");
}

TEST_CASE("a company that opens a lead-in gives its items' figures no subject of its own", "[ingest][subjects]") {
  const auto g = article("Tarsen Arm",
                         "Tarsen Arm is a robot arm.[1]\n\n"
                         "[Tarsen Labs](/wiki/tarsen_labs) is a robotics company.[1]\n\n"
                         "## Plans\n\n"
                         "[Tarsen Labs](/wiki/tarsen_labs) has outlined several plans:[1]\n\n"
                         "- Reaching 4 million arm users by 2027\n");
  CHECK(subjectOf(g, 4e6) == "Tarsen Arm");
}

TEST_CASE("figures under a heading written as a name are about it, not the article's topic", "[ingest][subjects]") {
  const auto g = article("Walking robots",
                         "Walking robots are machines that walk.[1]\n\n"
                         "## Notable designs\n\n"
                         "### ζ2 (Zeta-Two)\n\n"
                         "Built by Harlow Works, ζ2 brought new ideas:[1]\n\n"
                         "- Training on data from 9 test tracks\n\n"
                         "### Dataset Statistics\n\n"
                         "The tracks cover 14 terrains.[1]\n");
  CHECK(subjectOf(g, 9) == "ζ2");
  CHECK(subjectOf(g, 14) != "Dataset Statistics");
}

TEST_CASE("a heading is written as a name by a capital inside a word, a digit or a letter outside ASCII",
          "[ingest][subjects]") {
  CHECK(ingest::writtenAsName("Xenta CyberTwo"));
  CHECK(ingest::writtenAsName("π0 (Pi-Zero)"));
  CHECK(ingest::writtenAsName("Harlow G3 Gauge"));
  CHECK_FALSE(ingest::writtenAsName("Prohibited AI Practices"));
  CHECK_FALSE(ingest::writtenAsName("High-Risk Systems"));
  CHECK_FALSE(ingest::writtenAsName("SHOP_GUIDE.html"));
  CHECK_FALSE(ingest::writtenAsName("Dataset Statistics"));
  CHECK_FALSE(ingest::writtenAsName("2023"));
  CHECK_FALSE(ingest::writtenAsName("the Gauge 3 story"));
  CHECK(ingest::columnName("Velora V3 (rack)") == "Velora V3");
  CHECK(ingest::columnName("**Velora V3**") == "Velora V3");
  CHECK(ingest::describesColumn("Target for Scale"));
  CHECK(ingest::describesColumn("Description"));
  CHECK_FALSE(ingest::describesColumn("Cold-Plate"));
  CHECK(ingest::isModelSize("0.5B"));
  CHECK_FALSE(ingest::isModelSize("B200"));
}

TEST_CASE("a figure in brackets right after a name is that name's, in a table cell too", "[ingest][subjects]") {
  const std::string cell = "Orvane (~$40 million), Kestrel Capital";
  CHECK(ingest::opensAsideAfter(cell, cell.find(" ("), cell.find('$')));
  const std::string words = "Orvane (led by $40 million)";
  CHECK_FALSE(ingest::opensAsideAfter(words, words.find(" ("), words.find('$')));
  const auto g = article("Velora Labs",
                         "Velora Labs is a chip startup.[1]\n\n"
                         "| Round | Amount | Investors |\n| --- | --- | --- |\n"
                         "| Series B | $300 million | Orvane Ventures (~$40 million), Kestrel Capital |\n");
  CHECK(subjectOf(g, 40e6) == "Orvane Ventures");
  CHECK(subjectOf(g, 300e6) == "Velora Labs");
}

// Forms the language and the Markdown format define: an aside in brackets right after a name
// (apposition), a list item's run-in heading, two link texts of one link target, an infobox's Name
// field, and the cues and word lists that type a name.

TEST_CASE("a figure in brackets right after a name in prose is that name's, not the clause subject's",
          "[ingest][subjects]") {
  const auto g = article("Velkor Render",
                         "Velkor Render is a rendering tool.[1]\n\n"
                         "The smallest supported card for the full pipeline is a Kestrel K900 (24 GB).[1]\n");
  CHECK(figureSubject(g, 24e9, "bytes") == "Kestrel K900");
}

TEST_CASE("an aside after a preposition's object or a benchmark's score stays with the clause", "[ingest][subjects]") {
  const auto g = article("Quorra 2",
                         "Quorra 2 is a language model by Tallis Labs.[1]\n\n"
                         "The Vantor Superboard joins one Vantor CPU to two GPUs over FastLink-X (700 GB/s).[1]\n\n"
                         "Quorra 2 improved on benchmarks like MATHQ (61.5% vs 40.2%).[1]\n");
  CHECK(figureSubject(g, 700e9, "bytes/s") == "Vantor Superboard");
  CHECK(figureSubject(g, 61.5, "percent") == "Quorra 2");
}

TEST_CASE("a run-in heading is a short verbless phrase ending in a period, its closing name is its subject",
          "[ingest][subjects]") {
  using ingest::Mention;
  const std::string named = "Third-generation ZenLink. Up to 900 GB/s per GPU.";
  const std::vector<Mention> zenLink{{7, 17, 24}, {8, 45, 48}};
  const Mention* heading = ingest::runInHeading(named, zenLink);
  REQUIRE(heading != nullptr);
  CHECK(heading->entity == 7);
  // A clause ("Brings ..."), a name inside the phrase rather than closing it, a phrase too long.
  CHECK(ingest::runInHeading("Brings wider ZenLink. The chip holds 96 MB.", {{7, 13, 20}}) == nullptr);
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
  CHECK(figureSubject(g, 900e9, "bytes/s") == "ZenLink");
  CHECK(figureSubject(g, 12, "count") == "ZenLink");
  REQUIRE(figureSubject(g, 96e6, "bytes") != "no such figure");
  CHECK(figureSubject(g, 96e6, "bytes") != "ZenLink");
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
  CHECK(figureSubject(g, 300e6, "USD") == "Corvid");
}

TEST_CASE("a Markdown infobox's Name field names the topic where the title is not written", "[ingest][subjects]") {
  const std::string text =
      "---\ntitle: \"Quill Helper 1 Finder (GPT)\"\nslug: \"quill_helper\"\ncategories:\n  - \"Custom_GPTs\"\n---"
      "| Quill Helper #1 Finder |\n| --- |\n| Information |\n| **Name** | Quill Helper #1 Finder \xF0\x9F\x8E\xA8 |\n"
      "| **Chats** | 4,000 |\n\n**Quill Helper #1 Finder** is a Custom GPT for ChatGPT.\n";
  const auto g = ingest::ingestText(text, "quill_helper.md");
  CHECK(figureSubject(g, 4000, "count") == "Quill Helper #1 Finder");
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

TEST_CASE("a table cell that opens with a name and a colon is about that name, not its row's", "[ingest][subjects]") {
  const auto g = article("Tallis Labs",
                         "Tallis Labs is a startup.[1]\n\n"
                         "| Benchmark | Best model | Score |\n| --- | --- | --- |\n"
                         "| Vexa Suite | Quorra 2 | Quorra 2: 91.5% |\n"
                         "| Orin Series | Small models | - Orin-Lite: 12.4B parameters |\n");
  CHECK(figureSubject(g, 91.5, "percent") == "Quorra 2");
  CHECK(figureSubject(g, 12.4e9, "count") == "Orin-Lite");
}
