// check over tests/fixtures/check-figureless-names/ (issue #13): a name with figures (Lumen) that a statement
// writes only inside a longer name the graph knows but gives no figure ("vidora Lumen", a GPT's developer) is
// not what the statement speaks of, so its figures neither support nor refute it. Only a longer name the graph
// knows by its name alone (no claims, aliases or page of its own) is taken.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-figureless-names");

}  // namespace

TEST_CASE("a name inside a longer name of no figures gives the statement no evidence",
          "[query][check][figureless-names]") {
  // The base refuted the first by Lumen's 3 million users and supported the second by them.
  for (const char* statement : {"vidora Lumen, the company behind the Film Forge GPT, has more than 25 million users.",
                                "vidora Lumen has 3 million users.", "Vidora Lumen has 5 million users."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kNotEnoughEvidence);
    CHECK(r.explanation ==
          "The statement names Lumen only inside the name vidora Lumen, of which the graph gives no "
          "figure.");
  }
}

TEST_CASE("a name written on its own keeps its figures beside a longer name of no figures",
          "[query][check][figureless-names]") {
  struct Case {
    const char* statement;
    Verdict verdict;
  };
  for (const Case& c : {Case{"Lumen has 5 million users.", Verdict::kRefuted},
                        Case{"Lumen, which vidora Lumen promotes, has 3 million users.", Verdict::kSupported}}) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "lumen");
    CHECK(r.verdict == c.verdict);
  }
}

TEST_CASE("a longer name with a page of its own is no bare name and leaves the name reader's subject",
          "[query][check][figureless-names]") {
  // Lumen Player has a page (and no figure): the graph knows more of it than a name, so the rule, bounded
  // to names known by their name alone, leaves the statement to Lumen's figures as the base did.
  const auto r = check("Lumen Player has 5 million users.");
  CHECK(check.subjectOf(r) == "lumen");
  CHECK(r.explanation.find("only inside the name") == std::string::npos);
}
