// A statement that names the wiki its figure is written in ("in the AI Wiki's list of ...", "according to the
// AI Wiki", "the AI Wiki says", "The AI Wiki credits ...") is read without it (query/WikiSources.h), so that
// the "AI" of "AI Wiki" is not its subject; checks over tests/fixtures/check-wiki-sources/, where AI has
// figures of its own and the AI Wiki, named by a page's notice, has none.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"
#include "query/WikiSources.h"

namespace {

using cg::query::Verdict;
using cg::query::withoutWikiAsSource;

const cg::test::FixtureChecks check("check-wiki-sources");

}  // namespace

TEST_CASE("the wikis claimgraph reads are read from data/wiki_names.txt", "[query][check][wiki][sources]") {
  CHECK(cg::query::wikiNames() == std::vector<std::string>{"AI Wiki", "Wikipedia"});
}

TEST_CASE("the wiki that opens a statement goes with its verb", "[query][check][wiki][sources]") {
  CHECK(withoutWikiAsSource("The AI Wiki credits discriminative models with three advantages over generative models.",
                            "AI Wiki") == "Discriminative models with three advantages over generative models.");
  CHECK(withoutWikiAsSource("The AI Wiki lists 33 AI apps.", "AI Wiki") == "33 AI apps.");
}

TEST_CASE("the wiki's possessive goes with its article, the words it owns stay", "[query][check][wiki][sources]") {
  CHECK(withoutWikiAsSource("In the AI Wiki's classroom illustration of in-group bias, a teacher divides the class "
                            "into two teams.",
                            "AI Wiki") ==
        "In classroom illustration of in-group bias, a teacher divides the class "
        "into two teams.");
  CHECK(withoutWikiAsSource("George Hotz appears twice in the AI Wiki\u2019s podcast list.", "AI Wiki") ==
        "George Hotz appears twice in podcast list.");
  CHECK(withoutWikiAsSource("The AI Wiki's table of AI apps lists 33 products.", "AI Wiki") ==
        "Table of AI apps lists 33 products.");
}

TEST_CASE("the wiki as teller goes with its speech verb and the comma before it", "[query][check][wiki][sources]") {
  CHECK(withoutWikiAsSource("Vector search rests on two things, the AI Wiki says: an embedding and a search.",
                            "AI Wiki") == "Vector search rests on two things: an embedding and a search.");
  CHECK(withoutWikiAsSource("Discriminative models have four drawbacks, according to the AI Wiki.", "AI Wiki") ==
        "Discriminative models have four drawbacks.");
  CHECK(withoutWikiAsSource("According to the AI Wiki, Quillnet has 40 layers.", "AI Wiki") ==
        "Quillnet has 40 layers.");
  CHECK(withoutWikiAsSource("Quillnet has 40 layers on the AI Wiki.", "AI Wiki") == "Quillnet has 40 layers.");
}

TEST_CASE("a wiki named in no frame of a source is kept", "[query][check][wiki][sources]") {
  const std::string apposition = "AIWIKI.AI, the community-driven AI Wiki, has 3,000 registered editors.";
  CHECK(withoutWikiAsSource(apposition, "AI Wiki") == apposition);
  const std::string member = "albert-base-v2 lists two datasets on its card: BookCorpus and Wikipedia.";
  CHECK(withoutWikiAsSource(member, "Wikipedia") == member);
  const std::string inWord = "The AI Wikis project has 12 pages.";
  CHECK(withoutWikiAsSource(inWord, "AI Wiki") == inWord);
}

TEST_CASE("a statement naming the AI Wiki as its source is checked against its real subject",
          "[query][check][wiki][sources]") {
  // Read with the wiki's name, the first two take the "AI" of "AI Wiki" for their subject.
  for (const char* statement : {"The AI Wiki credits sparse models with three advantages over dense models.",
                                "In the AI Wiki's list, sparse models have three advantages.",
                                "Sparse models have three advantages, the AI Wiki says.",
                                "Sparse models have three advantages on the AI Wiki."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kSupported);
    CHECK(check.subjectOf(r) == "sparse_model");
    CHECK(r.statement == statement);
  }
  const auto wrong = check("The AI Wiki credits sparse models with five advantages over dense models.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "sparse_model");
}

TEST_CASE("AI stays the subject of a statement about AI that names the AI Wiki", "[query][check][wiki][sources]") {
  const auto r = check("AI drew 900 researchers to the Harlow workshop in 2020, the AI Wiki says.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ai");
}
