// Who speaks in the forms the sixteenth session's attribution misses had (issue #12): a section
// heading that names whose response it holds ("## Sam Altman's Response"), "the authors" after
// the people the article introduced, and a plural subject with the bare present of a reporting
// verb ("The authors warn of ..."). The "et al." suffix test every reader of citations shares.
// Each case is Markdown of our own with the exact claimants and words it must give.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/Speakers.h"

using namespace cg;

namespace {

graph::DocumentBundle article(const std::string& body) {
  return ingest::extract(
      ingest::readArticle("# Zorblax\n\nZorblax is a product of Quillon Labs. Its chief, Sam "
                          "Altman, has led it since 2021.\n\n" +
                              body + "\n",
                          "zorblax.md"));
}

// "claimants | text" for every statement that names a claimant.
std::vector<std::string> attributed(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims) {
    if (c.claimants.empty() || c.kind != graph::ClaimKind::kStatement) continue;
    std::string who;
    for (int e : c.claimants) who += (who.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
    out.push_back(who + " | " + c.text);
  }
  return out;
}

}  // namespace

TEST_CASE("heading speakers: the heading's noun of a reply and the name it gives", "[ingest][attribution]") {
  CHECK(ingest::headingSpeakerName("Sam Altman's Response") == "Sam Altman");
  CHECK(ingest::headingSpeakerName("Altman Response") == "Altman");
  CHECK(ingest::headingSpeakerName("Mara Quell\u2019s Statement") == "Mara Quell");
  CHECK(ingest::headingSpeakerName("Response from Mara Quell") == "Mara Quell");
  CHECK(ingest::headingSpeakerName("Statement by the Quillon Board") == "Quillon Board");
  CHECK_FALSE(ingest::headingSpeakerName("Response time").has_value());
  CHECK_FALSE(ingest::headingSpeakerName("Interview Question by Verge").has_value());
}

TEST_CASE("heading speakers: a response section's sentences are the named person's words", "[ingest][attribution]") {
  const auto got =
      attributed(article("## Sam Altman's Response\n\nNo particular comment on that unfortunate leak. "
                         "We expect progress to continue.\n\n## History\n\nThe product shipped in 2022.\n"));
  CHECK(got == std::vector<std::string>{"Sam Altman | No particular comment on that unfortunate leak.",
                                        "Sam Altman | We expect progress to continue."});
  // Narration about her, by her name or "she", is the page's own voice.
  CHECK(attributed(article("## Sam Altman's Response\n\nAltman declined to comment. She left in May.\n")).empty());
  // An organisation's response section is mostly narration about it: no claimant.
  CHECK(attributed(article("## Quillon Labs Response\n\nNo comment was given on the leak.\n")).empty());
}

TEST_CASE("heading speakers: the authors after the people the article introduced", "[ingest][attribution]") {
  const auto got =
      attributed(article("Daniel Huynh and Jade Hardouin offer a demonstration in this article.\n\n"
                         "## Consequences\n\nThe authors warn of the consequences of tampering with "
                         "the supply chain.\n"));
  CHECK(got == std::vector<std::string>{"Daniel Huynh,Jade Hardouin | The authors warn of the consequences of "
                                        "tampering with the supply chain."});
  // With no people introduced before them, "the authors" name no one.
  CHECK(attributed(article("## Consequences\n\nThe authors warn of the consequences.\n")).empty());
}

TEST_CASE("et al.: one suffix test for every reader of author-date citations", "[ingest][attribution]") {
  for (const char* lead : {"Vaswani et al.", "Vaswani et al", "Vaswani et al.,", "Vaswani et al,"}) {
    INFO(lead);
    CHECK(std::string_view(lead).substr(0, std::string_view(lead).size() - ingest::etAlSuffix(lead)) == "Vaswani");
  }
  CHECK(ingest::etAlSuffix("Vaswani and Royal") == 0);
  CHECK(ingest::opensWithEtAl(" et al. (2017) describe"));
  CHECK(ingest::opensWithEtAl(" et al"));
  CHECK_FALSE(ingest::opensWithEtAl(" et alumni"));
  CHECK_FALSE(ingest::opensWithEtAl(" and Royal"));
}
