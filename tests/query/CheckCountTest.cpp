// check on counts of things (issue #13), over tests/fixtures/check-counts/: a statement that
// something has, contains, consists of, is made up of or counts N things is read as the number of
// that noun, and meets the claims that count the same noun (tasks are not examples); a count
// column's rows are a series, so a statement of one date meets that row and an undated one meets
// the latest.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-counts");

}  // namespace

TEST_CASE("a statement of a count reads the number of the noun it counts", "[query][check][counts]") {
  CHECK(check("WrenBench is made up of 340 logic puzzles.").reading.measure == "number of puzzles");
  CHECK(check("WrenBench consists of 340 carefully chosen Kestrel logic puzzles.").reading.measure ==
        "number of puzzles");
  CHECK(check("The vision track of WrenBench pairs 120 diagrams with captions.").reading.measure == "number of pairs");
}

TEST_CASE("a count of the same noun supports the same number and refutes another", "[query][check][counts]") {
  CHECK(check("WrenBench is made up of 340 logic puzzles.").verdict == Verdict::kSupported);
  CHECK(check("WrenBench is made up of 400 logic puzzles.").verdict == Verdict::kRefuted);
  CHECK(check("WrenBench has 340 tasks.").verdict == Verdict::kSupported);
  CHECK(check("WrenBench pairs 120 diagrams with their captions.").verdict == Verdict::kSupported);
}

TEST_CASE("a count of another noun is no evidence for a number: tasks are not examples", "[query][check][counts]") {
  CHECK(check("WrenBench contains 340 examples.").verdict == Verdict::kRefuted);
  CHECK(check("WrenBench contains 1,020 examples.").verdict == Verdict::kSupported);
  CHECK(check("WrenBench counts 1,020 tasks.").verdict == Verdict::kRefuted);
}

TEST_CASE("a count column's rows are a series: the stated date's row decides, else the latest",
          "[query][check][counts][dates]") {
  CHECK(check("In October 2024 WrenBench held 280 questions.").verdict == Verdict::kSupported);
  CHECK(check("In October 2024 WrenBench held 340 questions.").verdict == Verdict::kRefuted);
  CHECK(check("WrenBench already had 340 questions in March 2024.").verdict == Verdict::kRefuted);
  CHECK(check("WrenBench has 340 questions.").verdict == Verdict::kSupported);
  CHECK(check("WrenBench has 200 questions.").verdict == Verdict::kRefuted);
}

TEST_CASE("a count of a part of a thing in a breakdown table is not the count of the thing", "[query][check][counts]") {
  CHECK(check("WrenBench has 210 tasks.").verdict == Verdict::kRefuted);
  CHECK(check("WrenBench has 340 tasks.").verdict == Verdict::kSupported);
}
