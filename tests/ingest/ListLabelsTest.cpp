// Whose a figure is where the page's layout or a noun phrase says it: a bold label line over a list
// ("**Zorvan-2** (May 2024)" then its items), a label line naming nothing under a lead-in that names
// the thing, an aside in brackets after a noun phrase of names and a thing noun ("The Zorvan-2 MoE
// model (120B parameters)"), and rounds of financing, which are the raising company's. Fixtures
// written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Extractor.h"
#include "ingest/Ingest.h"
#include "ingest/Subjects.h"
#include "ingest/WikitextReader.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;
using test::figureSubject;

namespace {

graph::ClaimGraph article(const std::string& title, const std::string& body) {
  return test::referencedArticle(title, body, "Models", "labels.md");
}

}  // namespace

TEST_CASE("A label line wholly a name gives the list under it its subject", "[subjects][lists]") {
  const auto g = article("Latent Pooling",
                         "Latent Pooling is a technique for compressing caches.\n\n"
                         "## Model family\n\n"
                         "Velmark Labs has shipped Latent Pooling in every model since 2023:\n\n"
                         "**Zorvan-2** (May 2024)[1]\n\n"
                         "- 120B total parameters, 14B activated per token\n\n"
                         "- Trained on 6.4 trillion tokens\n\n"
                         "**Zorvan-3** (December 2024)[1]\n\n"
                         "- 480B total parameters\n\n"
                         "- 52 transformer layers\n");
  CHECK(figureSubject(g, 120e9, "count") == "Zorvan-2");
  CHECK(figureSubject(g, 14e9, "count") == "Zorvan-2");
  CHECK(figureSubject(g, 6.4e12, "tokens") == "Zorvan-2");
  CHECK(figureSubject(g, 480e9, "count") == "Zorvan-3");
  CHECK(figureSubject(g, 52, "count") == "Zorvan-3");
}

// How many sources back the figure with this value (-1 when there is no such figure), and the
// first one's id.
std::pair<int, std::string> sourcesOf(const graph::ClaimGraph& g, double value) {
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure || claim.value != value) continue;
    const auto sources = g.claimSources(c);
    return {static_cast<int>(sources.size()), sources.empty() ? std::string() : g.sourceId(sources.front())};
  }
  return {-1, ""};
}

TEST_CASE(
    "A label line's markers back the list under it, and a bare label line keeps its lead-in's subject and sources",
    "[subjects][lists][sources]") {
  const std::string text =
      "---\ntitle: \"Latent Pooling\"\nslug: \"pool\"\n---\n"
      "Latent Pooling is a technique for compressing caches.\n\n"
      "## Models\n\n"
      "**Zorvan-2** (May 2024)[1]\n\n"
      "- 120B total parameters\n\n"
      "Serving layouts used for Zorvan-3:[2]\n\n"
      "**Prompt stage**\n\n"
      "- 6 nodes with 48 GPUs\n\n"
      "**Output stage**\n\n"
      "- 30 nodes with 240 GPUs\n\n"
      "## References\n\n"
      "1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/a\n"
      "2. Other Wire, \"Another story,\" April 3, 2024. https://other.example/b\n";
  const auto g = ingest::ingestText(text, "pool.md");
  const auto first = sourcesOf(g, 120e9), part = sourcesOf(g, 48), later = sourcesOf(g, 240);
  CHECK(first.first == 1);
  CHECK(part.first == 1);
  CHECK(later.first == 1);
  CHECK(part.second == later.second);
  CHECK(first.second != part.second);
  CHECK(figureSubject(g, 48, "count") == "Zorvan-3");
  CHECK(figureSubject(g, 240, "count") == "Zorvan-3");
}

TEST_CASE("An aside after a noun phrase of names and a thing noun is about the phrase's first name",
          "[subjects][asides]") {
  const auto g = article(
      "Latent Pooling",
      "Latent Pooling is a technique for compressing caches.\n\n"
      "## Efficiency\n\n"
      "[Zorvan-2](/wiki/zorvan-2) is built as a [Mixture of Experts](/wiki/mixture_of_experts) (MoE) network.[1]\n\n"
      "The Zorvan-2 MoE model (120B parameters) cut its cache by 90% with Latent Pooling.[1]\n\n"
      "Engineers ran the Kestrel H9 GPU (96 GB) at full load.[1]\n");
  CHECK(figureSubject(g, 120e9, "count") == "Zorvan-2");
  CHECK(figureSubject(g, 96e9, "bytes") == "Kestrel H9");
}

TEST_CASE("A round of financing, though a linked name, owns none of its figures: the raising company does",
          "[subjects][funding]") {
  const auto g = article("Quillby",
                         "Quillby is an American software company that sells a routing API.\n\n"
                         "## Funding\n\n"
                         "In May 2025, Quillby announced seed and Series A rounds totaling $31 million.[1]\n\n"
                         "| Round | Date | Amount | Lead investor |\n"
                         "| --- | --- | --- | --- |\n"
                         "| [Seed](/wiki/seed_funding) | April 2025 | $9 million | Harbor Ventures |\n"
                         "| [Series A](/wiki/series_a_round) | May 2025 | $22 million | Northfield Capital |\n");
  CHECK(figureSubject(g, 31e6, "USD") == "Quillby");
  CHECK(figureSubject(g, 9e6, "USD") == "Quillby");
  CHECK(figureSubject(g, 22e6, "USD") == "Quillby");
}

TEST_CASE("The shapes of label lines, phrase asides and round names", "[subjects][shapes]") {
  CHECK(ingest::labelLine("Zorvan-2 (May 2024)"));
  CHECK(ingest::labelLine("Prompt stage (reading the input)"));
  CHECK_FALSE(ingest::labelLine("The model was trained on 6.4 trillion tokens."));
  CHECK_FALSE(ingest::labelLine("Serving layouts used for Zorvan-3:"));
  CHECK_FALSE(ingest::labelLine("Velmark Labs has shipped Latent Pooling in every model it released since then"));

  const std::string text = "The Zorvan-2 MoE model (120B parameters) won";
  CHECK(ingest::opensAsideAfterPhrase(text, 12, text.find("120B")));  // after "Zorvan-2"
  const std::string verb = "Zorvan-2 cut costs (by 40%)";
  CHECK_FALSE(ingest::opensAsideAfterPhrase(verb, 8, verb.find("40%")));  // "cut costs" is no noun phrase
  const std::string plain = "Zorvan-2 results (40 runs)";
  CHECK_FALSE(ingest::opensAsideAfterPhrase(plain, 8, plain.find("40")));  // "results" names no made thing

  CHECK(ingest::isFundingRound("Series A"));
  CHECK(ingest::isFundingRound("Series B-2"));
  CHECK(ingest::isFundingRound("Seed round"));
  CHECK(ingest::isFundingRound("Pre-seed"));
  CHECK_FALSE(ingest::isFundingRound("Series"));
  CHECK_FALSE(ingest::isFundingRound("Series Explained"));
  CHECK_FALSE(ingest::isFundingRound("Seedance"));
}

TEST_CASE("A bold line over a list on a Wikipedia page is no heading: the items stay the topic's",
          "[subjects][lists][wiki]") {
  const std::string page =
      "'''Velvet Harbor''' is a Norwegian pop duo formed in 1998.\n\n"
      "==Awards==\n"
      "'''[[Nordic Song Prize]]'''\n"
      "* 2nd place, 212 points (2003)\n";
  graph::ClaimGraph g;
  g.add(ingest::extract(ingest::readWikitext(page, "Velvet Harbor.wiki", {"Velvet Harbor", "", ""})));
  CHECK(figureSubject(g, 212, "points") == "Velvet Harbor");  // a score, in points
}

TEST_CASE("A figure modifying a noun in apposition to a name is the name's", "[subjects][asides]") {
  const auto g = article("Mira Osk",
                         "Mira Osk is an engineer.\n\n"
                         "## Career\n\n"
                         "Osk previously co-founded the $3 billion ticket marketplace Tixora and led "
                         "its design team.[1]\n");
  CHECK(figureSubject(g, 3e9, "USD") == "Tixora");

  const std::string won = "The eighteen-minute battle won Texas independence.";
  CHECK(ingest::apposedNameAfter(won, 4, 17) == std::string::npos);
  const std::string including = "the 40 companies including Orbix";
  CHECK(ingest::apposedNameAfter(including, 4, 16) == std::string::npos);
  const std::string apposed = "the $3 billion ticket marketplace Tixora";
  CHECK(ingest::apposedNameAfter(apposed, 4, 14) == apposed.find("Tixora"));
}

TEST_CASE("a word that is no name on its own modifies the noun after it inside a label: the page's thing owns it",
          "[subjects][lists]") {
  const auto g = article("Quillbot Arm",
                         "**Quillbot Arm** is a small robot policy trained on a single "
                         "[GPU](/index.php?title=GPU&action=edit&redlink=1), released by [Corvane](/wiki/corvane).\n\n"
                         "## Performance\n\n"
                         "The inference stack provides:\n\n"
                         "- **Average inference time**: 0.09 seconds\n\n"
                         "- **Maximum GPU memory usage**: 908.43 MB during inference\n\n"
                         "- **Peak CPU load**: 45% during training\n\n"
                         "- **Corvane revenue**: $5 billion in 2024\n");
  CHECK(figureSubject(g, 908430000, "bytes") == "Quillbot Arm");
  CHECK(figureSubject(g, 45, "percent") == "Quillbot Arm");
  // A name of its own before the label's noun is its owner.
  CHECK(figureSubject(g, 5000000000, "USD") == "Corvane");
}
