// The level a change reaches is no change (docs/MEASURES.md, "A change and its levels"): a hedge between "to"
// and the level, a baseline's figure, the pair in brackets that restates a change, and a figure after a
// semicolon, which a word of change before the semicolon does not reach. Each figure's measure, value and unit;
// the direction is the measure's (increase, decrease). Fixtures written for these tests.
#include <catch2/catch.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "ingest/Article.h"
#include "ingest/Extractor.h"

using namespace cg;

namespace {

struct Read {
  std::string measure;
  double value = 0;
  std::string unit;
  bool operator==(const Read&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Read& r) {
  return os << "{" << r.measure << ", " << r.value << ", " << r.unit << "}";
}

// Every percentage of a Markdown article, in order.
std::vector<Read> percentagesOf(const std::string& markdown) {
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(markdown, "levels.md"));
  std::vector<Read> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->value && c.quantity->unit == "percent")
      out.push_back({c.measure, *c.quantity->value, c.quantity->unit});
  return out;
}

}  // namespace

TEST_CASE("a level a change reaches is read past a hedge between 'to' and it", "[ingest][measure][levels]") {
  CHECK(percentagesOf("# Quill\n\nQuill's hit rate fell to just 25%.\n") ==
        std::vector<Read>{{"hit rate", 25, "percent"}});
  CHECK(percentagesOf("# Quill\n\nQuill's error rate was cut to only 4% in May.\n") ==
        std::vector<Read>{{"error rate", 4, "percent"}});
  // A hedge before the change's own figure leaves it the change.
  CHECK(percentagesOf("# Quill\n\nQuill's accuracy fell by just 5%.\n") ==
        std::vector<Read>{{"decrease", 5, "percent"}});
}

TEST_CASE("a baseline's figure is the level a change started from", "[ingest][measure][levels]") {
  CHECK(percentagesOf("# Quill\n\nQuill's accuracy dropped to 57.1%, worse than the baseline of 63.7% without "
                      "adaptation.\n") ==
        std::vector<Read>{{"accuracy", 57.1, "percent"}, {"percentage", 63.7, "percent"}});
}

TEST_CASE("the pair in brackets that restates a change is two levels", "[ingest][measure][levels]") {
  CHECK(percentagesOf("# Quill\n\nQuill loses only 0.61% accuracy (70.14% to 69.53%).\n") ==
        std::vector<Read>{
            {"decrease", 0.61, "percent"}, {"percentage", 70.14, "percent"}, {"percentage", 69.53, "percent"}});
}

TEST_CASE("a word of change before a semicolon does not reach a figure after it", "[ingest][measure][levels]") {
  CHECK(percentagesOf("# Quill\n\nPruning loses information; beyond 80% sparsity, Quill fails.\n") ==
        std::vector<Read>{{"sparsity", 80, "percent"}});
  // Each clause's own word of change still names its figure's.
  CHECK(percentagesOf("# Quill\n\nQuill cut costs by 40%; its revenue rose 10%.\n") ==
        std::vector<Read>{{"decrease", 40, "percent"}, {"increase", 10, "percent"}});
}
