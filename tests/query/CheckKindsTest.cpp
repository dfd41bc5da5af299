// check over an article of our own (tests/fixtures/check/zentrix_robotics.md): each kind of
// statement of the accuracy set (tests/accuracy/checks.tsv) on text whose answers are known,
// with the reading it is explained by.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "query/ClaimReview.h"
#include "query/Query.h"
#include "reason/ClaimValues.h"
#include "reason/Reason.h"

namespace {

using cg::query::Verdict;

const cg::graph::ClaimGraph& zentrix() {
  static const cg::graph::ClaimGraph g = cg::reason::buildGraphFromText(
      cg::test::slurp(cg::test::repo("tests/fixtures/check/zentrix_robotics.md")), "zentrix_robotics.md");
  return g;
}

const cg::query::Engine& engine() {
  static const cg::query::Engine e(zentrix());
  return e;
}

cg::query::CheckResult check(const std::string& statement) { return engine().check(statement); }

std::size_t counted(const cg::query::CheckResult& r) {
  std::size_t n = 0;
  for (const auto& e : r.evidence) n += !e.context;
  return n;
}

}  // namespace

TEST_CASE("a true statement in a journalist's words is supported, whatever its case", "[query][check]") {
  auto r = check("zentrix robotics raised $210 million in its Series B in June 2024.");
  CHECK(r.verdict == Verdict::kSupported);
  REQUIRE(r.reading.subject);
  CHECK(zentrix().entityId(*r.reading.subject) == "e:zentrix_robotics");
  CHECK(r.reading.figure->value == 210e6);
  CHECK(r.reading.asOf == "2024-06");
  CHECK(counted(r) == 1);
}

TEST_CASE("a possessive names its owner: Zentrix Robotics' valuation", "[query][check]") {
  auto r = check("Zentrix Robotics' valuation was $1.8 billion in June 2024.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.subjectName == "Zentrix Robotics");
  CHECK(r.reading.measure == "valuation");
}

TEST_CASE("a changed number is refuted by the value of the same period", "[query][check]") {
  auto r = check("Zentrix Robotics raised $300 million in June 2024.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference == Approx(90e6));
  CHECK_THAT(r.explanation, Catch::Contains("nearest claimed value is 210 million USD"));
}

TEST_CASE("the right number at the wrong date is refuted, and says which date it belongs to", "[query][check]") {
  auto r = check("Zentrix Robotics raised $45 million in March 2021.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(counted(r) == 0);  // nothing speaks for March 2021: the April 2022 round is context
  CHECK(r.explanation ==
        "The graph gives 45 million USD as the funding round of Zentrix Robotics for 2022-04, not for 2021-03.");
}

TEST_CASE("a statement without a date speaks of a state's latest value, earlier values are context", "[query][check]") {
  auto r = check("Zentrix Robotics has 150 employees.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.reading.asOf.empty());
  CHECK(r.evidence.size() == 3);
  for (const auto& e : r.evidence) {
    const std::string asOf(zentrix().str(zentrix().claims()[e.claim].asOf));
    CHECK(e.context == (asOf == "2023-01"));  // the 150 of January 2023 is shown, not counted
  }
}

TEST_CASE("nothing in the graph: a measure never given, a name the graph does not know", "[query][check]") {
  auto revenue = check("Zentrix Robotics had revenue of $80 million in 2024.");
  CHECK(revenue.verdict == Verdict::kNotEnoughEvidence);
  CHECK(revenue.evidence.empty());
  auto unknown = check("Quorvane Systems raised $10 million in 2024.");
  CHECK(unknown.verdict == Verdict::kNotEnoughEvidence);
  CHECK_FALSE(unknown.reading.subject);
  CHECK(unknown.reading.subjectName == "Quorvane Systems");
}

TEST_CASE("where the article's sources disagree on the same measure and date, either value is conflicting",
          "[query][check]") {
  for (const std::string statement : {"Zentrix Robotics had 410 employees in March 2025.",
                                      "ZENTRIX ROBOTICS had about 520 employees in March 2025."}) {
    INFO(statement);
    auto r = check(statement);
    CHECK(r.verdict == Verdict::kConflicting);
    CHECK(counted(r) == 2);
  }
}

TEST_CASE("a ClaimReview's appearances are the sources the verdict counts, not the context", "[query][check]") {
  const std::string latest = cg::query::claimReviewJson(engine(), check("Zentrix Robotics has 150 employees."));
  CHECK_THAT(latest, Catch::Contains("https://example.com/reuters-zentrix") &&
                         Catch::Contains("https://example.com/bloomberg-zentrix") &&
                         !Catch::Contains("https://example.com/zentrix-a"));
  // Nothing counted: the value's own date is what the review shows.
  const std::string wrongDate =
      cg::query::claimReviewJson(engine(), check("Zentrix Robotics raised $45 million in March 2021."));
  CHECK_THAT(wrongDate, Catch::Contains("\"alternateName\": \"refuted\"") &&
                            Catch::Contains("https://example.com/zentrix-a") &&
                            !Catch::Contains("https://example.com/zentrix-b"));
}

TEST_CASE("a dated statement is not conflicting with a value no date ties to its period", "[query][check]") {
  // Two articles: a sourced valuation of October 2025, and a list item with another valuation and
  // no date of its own. They form a contested set; whether it counts depends on the statement.
  auto built = cg::reason::buildGraph({cg::test::repo("tests/fixtures/check-periods")});
  const cg::query::Engine periods(built.graph);
  REQUIRE(built.graph.contested().size() == 1);
  CHECK(periods.check("Halvren Systems was valued at $40 billion in October 2025.").verdict == Verdict::kSupported);
  // Undated, it speaks of the latest value, and the undated $25 billion may be that.
  auto latest = periods.check("Halvren Systems is valued at $40 billion.");
  CHECK(latest.verdict == Verdict::kConflicting);
  CHECK_THAT(latest.explanation, Catch::Contains("others give 25 billion USD"));
}

namespace {

// Two articles of our own (tests/fixtures/check-scores/): a benchmark's table of results, and a
// maker's article that gives another score for one of its models, its staff and its fiscal revenue.
const cg::query::Engine& scores() { return cg::test::fixtureEngine("check-scores"); }

std::string evidenceOf(const cg::query::CheckResult& r) {
  std::string out;
  for (const auto& e : r.evidence)
    out += scores().graph().claimId(e.claim) + (e.context ? "(ctx)" : "") + (e.agrees ? "+ " : "- ");
  return out;
}

}  // namespace

TEST_CASE("a score is read as measured on the benchmark named after it, the model as its subject", "[query][check]") {
  auto r = scores().check("Norvale 3 scored 84% on QuillBench in October 2024.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.subjectName == "Norvale 3");
  CHECK(r.reading.scopeName == "QuillBench");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.reading.asOf == "2024-10");
  CHECK(evidenceOf(r) == "c:quillbench:3+ ");
  // A changed score on the same benchmark is refuted by it.
  auto changed = scores().check("Norvale 3 scored 70% on QuillBench.");
  CHECK(changed.verdict == Verdict::kRefuted);
  CHECK(evidenceOf(changed) == "c:quillbench:3- ");
}

TEST_CASE("two articles giving a model different scores on one benchmark make either conflicting", "[query][check]") {
  for (const std::string statement :
       {"Norvale 2 scored 71.5% on QuillBench.", "Norvale 2 scores 78.2% on QuillBench."}) {
    auto r = scores().check(statement);
    CHECK(r.verdict == Verdict::kConflicting);
    CHECK(r.reading.scopeName == "QuillBench");
    CHECK(evidenceOf(r).find("c:norvale_labs:1") != std::string::npos);
    CHECK(evidenceOf(r).find("c:quillbench:2") != std::string::npos);
  }
}

TEST_CASE("a moving state at a date the graph has no value for is not judged by an older value", "[query][check]") {
  // 120 employees in March 2023: a different count in 2025 is not refuted by it...
  auto other = scores().check("Norvale Labs had 300 employees in 2025.");
  CHECK(other.verdict == Verdict::kNotEnoughEvidence);
  CHECK(evidenceOf(other) == "c:norvale_labs:3(ctx)- ");
  CHECK(other.explanation == "The graph has no employees of Norvale Labs for 2025, only for other periods.");
  // ...but the same count at a clearly different date refutes the date.
  auto same = scores().check("Norvale Labs had 120 employees in 2025.");
  CHECK(same.verdict == Verdict::kRefuted);
  CHECK(same.explanation == "The graph gives 120 count as the employees of Norvale Labs for 2023-03, not for 2025.");
  CHECK(scores().check("Norvale Labs had 120 employees in March 2023.").verdict == Verdict::kSupported);
}

TEST_CASE("a fiscal year is the calendar year a statement names", "[query][check]") {
  // Claims of company results are dated "FY2024" by their words ("annual FY2024 revenue").
  CHECK(cg::reason::samePeriod("FY2024", "2024"));
  CHECK(cg::reason::samePeriod("2024-06", "FY2024"));
  CHECK_FALSE(cg::reason::samePeriod("FY2024", "2025"));
  CHECK(cg::reason::clearlyDifferentPeriods("2024-03", "2024-06"));
  CHECK_FALSE(cg::reason::clearlyDifferentPeriods("2024-03", "2024-04"));  // a source's date is often a month late
  CHECK(cg::reason::clearlyDifferentPeriods("FY2023", "2025-01"));
  auto r = scores().check("Norvale Labs' revenue was $40 million in 2024.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.asOf == "2024");
  CHECK(evidenceOf(r) == "c:norvale_labs:4+ ");
  CHECK(scores().check("Norvale Labs' revenue was $55 million in 2024.").verdict == Verdict::kRefuted);
}

TEST_CASE("a score on a benchmark the graph knows by no entity is weighed only against scores naming it",
          "[query][check]") {
  // Norvale 3 has 84.0% on QuillBench and 62.0% on the Ferrow Test: neither speaks for the other.
  auto r = scores().check("Norvale 3 scored 84% on the Ferrow Test.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK_FALSE(r.reading.scope);
  CHECK(r.reading.scopeName == "Ferrow Test");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(evidenceOf(r) == "c:norvale_labs:2- ");
  CHECK(scores().check("Norvale 3 scored 62% on the Ferrow Test.").verdict == Verdict::kSupported);
  // A year after "in" is a date, not a benchmark.
  auto dated = scores().check("Norvale 3 scored 84% in October 2024.");
  CHECK(dated.reading.scopeName.empty());
  CHECK(dated.reading.measure == "percentage");
}

// An article of our own (tests/fixtures/check-names/): a maker that paid to train its model, and
// a table of its parameters given as bare numbers.
namespace {

const cg::query::Engine& harrowgate() { return cg::test::fixtureEngine("check-names"); }

}  // namespace

TEST_CASE("a training cost is of what was trained: the payer's figures count only where they name it",
          "[query][check]") {
  auto r = harrowgate().check("Training Harrow-1 cost Harrowgate AI $12 million.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "training cost");
  CHECK(r.reading.trainedName == "Harrow-1");
  CHECK(r.reading.subjectName == "Harrowgate AI");
  CHECK(harrowgate().check("Training Harrow-1 cost Harrowgate AI $40 million.").verdict == Verdict::kRefuted);
  // Nothing speaks to a model the graph gives no cost of, whatever else its maker spent.
  auto absent = harrowgate().check("Harrowgate AI spent $3 million training Harrow-2.");
  CHECK(absent.verdict == Verdict::kNotEnoughEvidence);
  CHECK(absent.reading.trainedName == "Harrow-2");
  CHECK(absent.evidence.empty());
}

TEST_CASE("a table's bare number is a count, and total parameters are the parameters", "[query][check]") {
  auto r = harrowgate().check("Harrowgate AI has 1 trillion total parameters.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "total parameters");
  CHECK(r.reading.figure->value == 1e12);
  // The table's active parameters are read as parameters too (the row header is not a measure yet).
  REQUIRE(r.evidence.size() == 2);
  CHECK(r.evidence[0].agrees);
  CHECK_FALSE(r.evidence[1].agrees);
  CHECK(harrowgate().check("Harrowgate AI has 1.6 trillion total parameters.").verdict == Verdict::kRefuted);
}

TEST_CASE("a benchmark named before the score is its scope: 'At QuillBench's launch, ... 84%'", "[query][check]") {
  auto r = scores().check("At QuillBench's launch, Norvale 3 led the table with a score of 84%.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.subjectName == "Norvale 3");
  CHECK(r.reading.scopeName == "QuillBench");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(evidenceOf(r) == "c:quillbench:3+ ");  // not its score on the Ferrow Test
  auto changed = scores().check("At QuillBench's launch, Norvale 3 led the table with a score of 62%.");
  CHECK(changed.verdict == Verdict::kRefuted);
  CHECK(evidenceOf(changed) == "c:quillbench:3- ");
}
