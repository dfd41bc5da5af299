// check over tests/fixtures/check-model-ids/ (issues #12, #13): a model id in lower case after its
// maker's possessive ("Lumen's quartz-7 image classifier") is the model card the graph names
// "Lumen/quartz-7 model", whose Library field counts its libraries; the maker's own figures of other
// models (Lumen's "a model with 90 million parameters") do not refute a figure of the named model, nor
// does a name inside the counted noun ("12 quillnet layers": Quillnet's own layer count). A maker in lower
// case and an id with an underscore ("finch's wing_net model on Hugging Face") read the card whose title
// writes the underscore as a space, not the site after "on" (hugging_face.md has figures of its own).
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-model-ids");

}  // namespace

TEST_CASE("a maker's possessive before a model id reads the model card", "[query][check][model-ids]") {
  struct Case {
    const char* statement;
    Verdict verdict;
    const char* card;
  };
  for (const Case& c : {
           Case{"Lumen's quartz-7 image classifier on Hugging Face supports three libraries.", Verdict::kSupported,
                "lumen_quartz-7_model"},
           Case{"Lumen's quartz-7 image classifier on Hugging Face supports five libraries.", Verdict::kRefuted,
                "lumen_quartz-7_model"},
           Case{"Lumen's quartz-7 model has about 40 million parameters.", Verdict::kNotEnoughEvidence,
                "lumen_quartz-7_model"},
           // A maker in lower case, an id with an underscore that the card's title writes as a space
           // ("Finch/wing net model"): the card, not the site after "on".
           Case{"finch's wing_net model on Hugging Face is published for two libraries.", Verdict::kSupported,
                "finch_wing_net_model"},
           Case{"finch's wing_net model on Hugging Face is published for six libraries.", Verdict::kRefuted,
                "finch_wing_net_model"},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == c.card);
  }
}

TEST_CASE("the maker's own figures still answer a statement about the maker", "[query][check][model-ids]") {
  const auto r = check("Lumen trained a model with 40 million parameters.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "lumen");
}

TEST_CASE("a name inside the counted noun is what is counted, never tried after the model id",
          "[query][check][model-ids]") {
  // Quillnet's page gives its own layer count (6); the card gives none, and Corvid has no page.
  for (const char* statement :
       {"Corvid's wren-3 model stacks 12 quillnet layers.", "Corvid's wren-3 model stacks 6 Quillnet layers."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kNotEnoughEvidence);
    CHECK(check.subjectOf(r) == "corvid_wren-3_model");
  }
  // Outside a model's statement the name is still the subject of its own count.
  const auto own = check("The original Quillnet has 8 layers.");
  CHECK(own.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(own) == "quillnet");
}
