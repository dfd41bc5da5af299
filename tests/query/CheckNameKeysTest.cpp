// check over tests/fixtures/check-name-keys/ (pages of our own): a statement names a subject as a
// reader would, whatever the case, hyphens or spaces of the name, an acronym's plural or a trailing
// class word; and "X's largest version" is the largest of the models named X with a size after it.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-name-keys");

}  // namespace

TEST_CASE("a name written with hyphens is the entity written with spaces", "[query][check][names]") {
  auto r = check("Kerr and colleagues introduced chain-of-hints prompting in 2021.");
  CHECK(r.verdict == Verdict::kSupported);
  auto wrong = check("Kerr and colleagues introduced chain-of-hints prompting in 2019.");
  CHECK(wrong.verdict == Verdict::kRefuted);
}

TEST_CASE("an acronym is the entity named by its plural", "[query][check][names]") {
  auto r = check("A ZPN is made up of two neural networks.");
  CHECK(r.verdict == Verdict::kSupported);
  auto wrong = check("A ZPN is made up of three neural networks.");
  CHECK(wrong.verdict == Verdict::kRefuted);
}

TEST_CASE("a model's largest or smallest version is the model of that size", "[query][check][names]") {
  auto largest = check("Velk's largest version packs 70 billion parameters.");
  CHECK(largest.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(largest) == "velk-70b");
  auto wrong = check("The largest Velk model has 8 billion parameters.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  auto smallest = check("The smallest Velk model has 8 billion parameters.");
  CHECK(smallest.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(smallest) == "velk-8b");
}
