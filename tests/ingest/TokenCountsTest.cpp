// Counts of tokens (issue #12): ../shared/CONTRACT.md gives them the unit `tokens`, whatever form
// the count takes: the plural that closes its noun phrase, a noun before it, a hyphen or a space
// joining the number to "token" before the noun it modifies, a range, a number word. A count of
// anything else "per token" stays a count, and a rate of tokens per period stays a rate.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "ingest/Quantity.h"

namespace {

using cg::ingest::findFigures;

struct Expect {
  const char* text;
  double value;
  const char* unit;
};

void checkFirst(const Expect& e) {
  INFO("phrase: " << e.text);
  const std::vector<cg::ingest::Figure> figs = findFigures(e.text);
  REQUIRE_FALSE(figs.empty());
  const cg::ingest::Quantity& q = figs.front().quantity;
  INFO("found: [" << q.text << "]");
  REQUIRE(q.value.has_value());
  CHECK(*q.value == Approx(e.value));
  CHECK(q.unit == e.unit);
}

void checkAll(std::initializer_list<Expect> rows) {
  for (const Expect& e : rows) checkFirst(e);
}

}  // namespace

TEST_CASE("a count whose noun phrase closes with tokens is in tokens", "[ingest][quantity][tokens]") {
  checkAll({Expect{"The corpus holds 3.2 trillion tokens of code.", 3.2e12, "tokens"},
            Expect{"Each page becomes 450 image tokens.", 450, "tokens"},
            Expect{"Replies stop at 2,500 output tokens.", 2500, "tokens"},
            Expect{"It was fine-tuned on 40B additional tokens.", 40e9, "tokens"},
            Expect{"A word averages 1.3 tokens per word in English.", 1.3, "tokens"},
            Expect{"Each tool description costs about 70 tokens per tool.", 70, "tokens"},
            Expect{"The prompt was cut to two tokens.", 2, "tokens"}});
}

TEST_CASE("a number joined to token before another noun counts tokens", "[ingest][quantity][tokens]") {
  checkAll({Expect{"It offers a 64K-token window.", 64000, "tokens"},
            Expect{"It offers a 3-million-token window.", 3e6, "tokens"},
            Expect{"It shipped with a 32K token context.", 32000, "tokens"},
            Expect{"They released a 900 billion token dataset.", 900e9, "tokens"},
            Expect{"Models now reach 500K token context windows.", 500000, "tokens"}});
}

TEST_CASE("a range or bound of tokens keeps the unit at both ends", "[ingest][quantity][tokens]") {
  const std::vector<cg::ingest::Figure> figs = findFigures("Prompts run from 300 to 1,200 tokens.");
  REQUIRE(figs.size() == 1);
  const cg::ingest::Quantity& q = figs.front().quantity;
  REQUIRE(q.low.has_value());
  REQUIRE(q.high.has_value());
  CHECK(*q.low == 300);
  CHECK(*q.high == 1200);
  CHECK(q.unit == "tokens");
  checkFirst({"It handles up to 750,000 tokens at once.", 750000, "tokens"});
}

TEST_CASE("other things counted per token stay counts and tokens per period stay rates", "[ingest][quantity][tokens]") {
  checkAll({Expect{"The cache keeps 4,096 values per token.", 4096, "count"},
            Expect{"Only 12B parameters are active per token.", 12e9, "count"},
            Expect{"Decoding runs at 90 tokens per second.", 90, "tokens/s"},
            Expect{"It reaches over 80 tokens per second decoding speed.", 80, "tokens/s"},
            Expect{"The service handles 4 trillion tokens a month.", 4e12, "tokens/month"},
            Expect{"Access costs $2 per million tokens.", 2, "USD/million tokens"}});
}

TEST_CASE("a statement of a token count is read in tokens", "[ingest][quantity][tokens]") {
  const auto q = cg::ingest::parseFigure("trained on 6.4 trillion tokens");
  REQUIRE(q.has_value());
  CHECK(*q->value == Approx(6.4e12));
  CHECK(q->unit == "tokens");
}
