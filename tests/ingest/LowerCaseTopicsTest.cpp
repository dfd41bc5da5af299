// A glossary page whose title is a common noun ("Confusion matrix") writes its topic only in lower
// case ("a **confusion matrix** is ..."): no name the name finder sees, yet the page is about it. Its
// list and heading counts and the values it states are the topic's; the other figures keep the
// subject their clause gives (none, in an example), since a concept owns no figure of its own.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Article.h"
#include "ingest/Entities.h"

using namespace cg;
using test::figureSubject;

namespace {

graph::ClaimGraph termPage(const std::string& body) {
  return test::referencedArticle("Brindle matrix", body, "Terms", "brindle_matrix.md");
}

constexpr const char* kLead = "In machine learning, a **brindle matrix** is a table that counts outcomes.\n\n";

}  // namespace

TEST_CASE("a title written in lower case is the topic of the page's list counts", "[ingest][subjects][terms]") {
  const auto g = termPage(std::string(kLead) +
                          "Some common brindle cells include:\n\n- Top left.\n\n- Top right.\n\n"
                          "- Bottom left.\n\n- Bottom right.\n");
  CHECK(figureSubject(g, 4, "count") == "Brindle matrix");
}

TEST_CASE("a concept named in lower case takes no bare range of its page", "[ingest][subjects][terms]") {
  const auto g = termPage(std::string(kLead) + "Its entries range from 0 to 1.\n");
  bool found = false;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure || g.str(claim.measure) != "range") continue;
    found = true;
    // "digits (0-9)", "dimensions (4096-8192)": such a page's ranges are its examples' as often.
    CHECK_FALSE(claim.subject.isValid());
  }
  CHECK(found);
}

TEST_CASE("a concept named in lower case owns no figure its sentence does not give it", "[ingest][subjects][terms]") {
  // An example's count names no owner: the concept is not its default subject.
  const auto g = termPage(std::string(kLead) + "Imagine sorting your toys into 7 boxes by colour.\n");
  CHECK(figureSubject(g, 7, "count") == "");
}

TEST_CASE("which titles a page writes only as a common noun", "[ingest][subjects][terms]") {
  CHECK(ingest::lowerCaseTitle("Confusion matrix") == "confusion matrix");
  CHECK(ingest::lowerCaseTitle("AI Red Teaming") == "AI red teaming");
  CHECK(ingest::lowerCaseTitle("GPT-4 Turbo") == "GPT-4 turbo");
  ingest::Article a;
  ingest::Block lower;
  lower.text = "A brindle matrix counts outcomes; see brindle.example/brindle matrix notes.";
  a.blocks.push_back(lower);
  CHECK(ingest::writesTitleAsCommonNoun(a, "Brindle matrix"));
  // The title written as a name anywhere: the name finder reads it, nothing to add.
  ingest::Block named;
  named.text = "Built on Brindle matrix by Acme.";
  a.blocks.push_back(named);
  CHECK_FALSE(ingest::writesTitleAsCommonNoun(a, "Brindle matrix"));
  // Only in a URL or file name: no word of the text.
  ingest::Article url;
  ingest::Block link;
  link.text = "See cursor.example and /cursor/docs.";
  url.blocks.push_back(link);
  CHECK_FALSE(ingest::writesTitleAsCommonNoun(url, "Cursor"));
}

TEST_CASE("a count in a sentence that the lower-case title opens is the topic's", "[ingest][subjects][terms]") {
  CHECK(figureSubject(termPage(std::string(kLead) + "The brindle matrix is usually drawn with four cells.\n"), 4,
                      "count") == "Brindle matrix");
  CHECK(figureSubject(termPage(std::string(kLead) + "A brindle matrix consists of two axes.\n"), 2, "count") ==
        "Brindle matrix");
  // The title inside the clause, not opening the sentence: the count is another thing's.
  CHECK(figureSubject(termPage(std::string(kLead) + "The drawing of a brindle matrix involves two steps.\n"), 2,
                      "count") == "");
  CHECK(figureSubject(termPage(std::string(kLead) + "A table has a brindle matrix of 2, as two rows show.\n"), 2,
                      "count") == "");
  // Another noun phrase between the title and the count.
  CHECK(figureSubject(termPage(std::string(kLead) + "The brindle matrix of a model has three rows.\n"), 3, "count") ==
        "");
}
