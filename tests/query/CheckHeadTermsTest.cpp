// check over tests/fixtures/check-head-terms/ (issue #13): a name that only modifies the noun heading the subject
// phrase is not whose figure it is. A term page's title that opens the statement with the sentence's capital
// ("Quarrel learning beacons fall into ...") gives way to the head noun's own page (Beacon); a noun phrase with a
// name between commas after it ("Brisk Labs' first Wren paper, Learning to Fold Paper Cranes, trains ...") is the
// thing that name names; "the glint spaces used in quarrel learning" are of the noun's page, not of the term; a
// name between "its" and a noun ("on its Glimmer Hub card") is a thing of the subject's.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-head-terms");

// A statement, the key of the subject it must be read with, and its verdict.
struct Case {
  const char* statement;
  const char* subject;
  Verdict verdict;
};

void checkEach(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == c.subject);
    CHECK(r.verdict == c.verdict);
  }
}

}  // namespace

TEST_CASE("a sentence-cased term before a head noun with a page of its own is no subject",
          "[query][check][head-terms]") {
  // The base read all three as Quarrel learning's and refuted them by its "two primary types"; mid-sentence
  // in lower case too, as the term has a page of its own.
  checkEach({
      {"Quarrel learning beacons fall into three primary types.", "beacon", Verdict::kSupported},
      {"Quarrel learning beacons fall into five primary types.", "beacon", Verdict::kRefuted},
      {"In disputes, quarrel learning beacons fall into three primary types.", "beacon", Verdict::kSupported},
  });
}

TEST_CASE("a name between commas after a noun phrase is the phrase's subject", "[query][check][head-terms]") {
  // The base read "Wren" of "Wren paper" as the subject and supported it by Wren's own three stages.
  const auto paper = check("Brisk Labs' first Wren paper, Learning to Fold Paper Cranes, trains in three stages.");
  CHECK(paper.reading.subjectName == "Learning to Fold Paper Cranes");
  CHECK(paper.verdict == Verdict::kNotEnoughEvidence);
  checkEach({
      {"The sparse model, Switchback, contained 1.6 trillion parameters.", "switchback", Verdict::kSupported},
      // A list, not an appositive: "and" after the second comma leaves the reading as it was.
      {"The sparse model, Switchback, and Wren trained in three stages.", "wren", Verdict::kSupported},
  });
}

TEST_CASE("a term after a noun and a past participle and 'in' is the noun's domain, no subject",
          "[query][check][head-terms]") {
  // The base read both as Quarrel learning's; without "used" it read them as Glint space's, as now.
  checkEach({
      {"The glint spaces used in quarrel learning come in three types.", "glint_space", Verdict::kSupported},
      {"The glint spaces used in quarrel learning come in four types.", "glint_space", Verdict::kRefuted},
  });
}

TEST_CASE("a name between 'its' and a noun modifies a thing of the subject's, and is no subject",
          "[query][check][head-terms]") {
  // The base read both as Glimmer Hub's and refuted them by the hub's 10,000 datasets.
  checkEach({
      {"Beacon lists two training datasets on its Glimmer Hub card.", "beacon", Verdict::kNotEnoughEvidence},
      {"The glint space lists two training datasets on its Glimmer Hub card.", "glint_space",
       Verdict::kNotEnoughEvidence},
  });
  // Named as the subject, the hub is still read so.
  checkEach({{"Glimmer Hub hosts 10,000 datasets.", "glimmer_hub", Verdict::kSupported}});
}
