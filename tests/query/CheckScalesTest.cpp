// check over tests/fixtures/check-scales/ (issue #13): a rating scale's top, "out of N" after a verb of
// rating, on both sides. A GPT's instructions ("Always grade the essay out of 20") give its scale's top;
// a statement's "grades essays out of twenty" asks it, and asks the high end of a scale a page gives as
// a range ("rates each answer on a scale of 1 to 5"). A score with its scale's top ("a mean score of 42.5
// out of 100") is no scale.
#include <catch2/catch.hpp>

#include <utility>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-scales");

}  // namespace

TEST_CASE("a rating scale's top is checked against the scale a page states", "[query][check][scales]") {
  struct Case {
    const char* statement;
    Verdict verdict;
    const char* subject;
    double value;
  };
  for (const Case& c : {
           Case{"The Quill Grader GPT grades every essay out of twenty.", Verdict::kSupported, "quill_grader_gpt", 20},
           Case{"The Quill Grader GPT grades every essay out of ten.", Verdict::kRefuted, "quill_grader_gpt", 10},
           Case{"The Ferrow rubric scores each answer out of 5.", Verdict::kSupported, "ferrow_rubric", 5},
           Case{"The Ferrow rubric scores each answer out of 7.", Verdict::kRefuted, "ferrow_rubric", 7},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == c.subject);
    CHECK(r.reading.measure == "scale maximum");
    REQUIRE(r.reading.figure);
    CHECK(*r.reading.figure->value == c.value);
  }
}

TEST_CASE("the scale's top is the GPT's from its instructions and a score out of 100 is no scale",
          "[query][check][scales]") {
  CHECK(check.subjectOfValue(20) == "quill_grader_gpt");
  const auto& g = check.graph();
  int scaleTops = 0;
  for (cg::graph::ClaimId c : g.claims().ids())
    if (g.str(g.claims()[c].measure) == "scale maximum") {
      ++scaleTops;
      CHECK(g.claims()[c].value == 20);
    }
  CHECK(scaleTops == 1);
}

// A count of one written "a single" after a verb of consisting (issue #13), and the subjects a
// statement writes in other words than a name (issue #12): a term page's title after a possessive and
// name opened by "The" before an appositive.
TEST_CASE("'consists of a single neuron' is a count of one, of the term its clause names", "[query][check][scales]") {
  CHECK(check.subjectOfValue(1) == "gating_layer");
  for (const auto& [statement, verdict] : {
           std::pair{"For a sorting problem, a quorra network's gating layer usually has just one neuron.",
                     Verdict::kSupported},
           std::pair{"For a sorting problem, a quorra network's gating layer usually has two neurons.",
                     Verdict::kRefuted},
           std::pair{"For a sorting problem, the gating layer consists of a single neuron.", Verdict::kSupported},
       }) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == verdict);
    CHECK(check.subjectOf(r) == "gating_layer");
    CHECK(r.reading.measure.starts_with("number of neuron"));
  }
}

TEST_CASE("a name opened by 'The' before an appositive is the subject, not a name inside the appositive",
          "[query][check][scales]") {
  const auto r = check("The Corvel Tower, the tallest structure in Ostrava, is 324 metres high.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK_FALSE(r.reading.subject);
  CHECK(r.reading.subjectName == "Corvel Tower");
}
