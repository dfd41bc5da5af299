// check over tests/fixtures/check-head-terms/ (issue #13): a name that only modifies the noun heading the subject
// phrase is not whose figure it is. A term page's title that opens the statement with the sentence's capital
// ("Quarrel learning beacons fall into ...") gives way to the head noun's own page (Beacon); a noun phrase with a
// name between commas after it ("Brisk Labs' first Wren paper, Learning to Fold Paper Cranes, trains ...") is the
// thing that name names; "the glint spaces used in quarrel learning" are of the noun's page, not of the term.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-head-terms");

}  // namespace

TEST_CASE("a sentence-cased term before a head noun with a page of its own is no subject",
          "[query][check][head-terms]") {
  // The base read both as Quarrel learning's and refuted them by its "two primary types".
  const auto three = check("Quarrel learning beacons fall into three primary types.");
  CHECK(check.subjectOf(three) == "beacon");
  CHECK(three.verdict == Verdict::kSupported);
  const auto five = check("Quarrel learning beacons fall into five primary types.");
  CHECK(check.subjectOf(five) == "beacon");
  CHECK(five.verdict == Verdict::kRefuted);
  // Mid-sentence in lower case too: the base kept the term there, as it has a page of its own.
  const auto lower = check("In disputes, quarrel learning beacons fall into three primary types.");
  CHECK(check.subjectOf(lower) == "beacon");
  CHECK(lower.verdict == Verdict::kSupported);
}

TEST_CASE("a name between commas after a noun phrase is the phrase's subject", "[query][check][head-terms]") {
  // The base read "Wren" of "Wren paper" as the subject and supported it by Wren's own three stages.
  const auto paper = check("Brisk Labs' first Wren paper, Learning to Fold Paper Cranes, trains in three stages.");
  CHECK(paper.reading.subjectName == "Learning to Fold Paper Cranes");
  CHECK(paper.verdict == Verdict::kNotEnoughEvidence);
  const auto model = check("The sparse model, Switchback, contained 1.6 trillion parameters.");
  CHECK(check.subjectOf(model) == "switchback");
  CHECK(model.verdict == Verdict::kSupported);
  // A list, not an appositive: "and" after the second comma leaves the reading as it was.
  const auto list = check("The sparse model, Switchback, and Wren trained in three stages.");
  CHECK(check.subjectOf(list) == "wren");
}

TEST_CASE("a term after a noun and a past participle and 'in' is the noun's domain, no subject",
          "[query][check][head-terms]") {
  // The base read both as Quarrel learning's; without "used" it read them as Glint space's, as now.
  const auto three = check("The glint spaces used in quarrel learning come in three types.");
  CHECK(check.subjectOf(three) == "glint_space");
  CHECK(three.verdict == Verdict::kSupported);
  const auto four = check("The glint spaces used in quarrel learning come in four types.");
  CHECK(check.subjectOf(four) == "glint_space");
  CHECK(four.verdict == Verdict::kRefuted);
}
