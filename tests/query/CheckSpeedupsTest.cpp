// A statement's speed-up and improvement are compared only with the graph's figures of the same direction
// (issues #12, #13): "40% faster" meets the page's speed-up, a changed number is refuted, and a percentage of
// another measure is no evidence; an improvement of memory is a fall of it, one of speed a speed-up. Over
// tests/fixtures/check-speedups/, a model's page and a library's of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-speedups");

}  // namespace

TEST_CASE("a statement's speed-up is weighed against the page's speed-up", "[query][check][direction]") {
  auto r = checked("Quill is 40% faster than Tessel.");
  CHECK(checked.subjectOf(r) == "quill");
  CHECK(r.reading.measure == "speedup");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quill is 60% faster than Tessel.");
  CHECK(r.verdict == Verdict::kRefuted);
  // A table cell's speed-up is one too.
  r = checked("Distillation makes Quill's inference about 35% faster.");
  CHECK(r.reading.measure == "speedup");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("an improvement of a length of time is weighed as its fall", "[query][check][direction]") {
  auto r = checked("Quill cut latency by 22% against Tessel.");
  CHECK(r.reading.measure == "decrease");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quill increased throughput by 25%.");
  CHECK(r.reading.measure == "increase");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quill increased throughput by 45%.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("an improvement of memory is weighed as its fall and one of speed as a speed-up",
          "[query][check][direction]") {
  struct Case {
    const char* statement;
    const char* measure;
    Verdict verdict;
  };
  const Case cases[] = {
      {"Sable cuts memory use by 70%.", "decrease", Verdict::kSupported},  // "70% memory improvements"
      {"Sable cuts memory use by 40%.", "decrease", Verdict::kRefuted},
      {"Sable is 50% faster.", "speedup", Verdict::kSupported},  // "a 50% speed improvement"
      {"Sable is 80% faster.", "speedup", Verdict::kRefuted},
  };
  for (const Case& c : cases) {
    INFO(c.statement);
    const auto r = checked(c.statement);
    CHECK(checked.subjectOf(r) == "sable");
    CHECK(r.reading.measure == c.measure);
    CHECK(r.verdict == c.verdict);
  }
}
