// Tests for ingest/Quantity: figures in running text (findFigures) and in short
// queries (parseFigure). Most cases are phrase tables: each row is a sentence of
// our own, how many figures it holds, and what the first one must normalise to.

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <catch2/catch.hpp>

#include "ingest/Quantity.h"

namespace {

using cg::ingest::Bound;
using cg::ingest::Figure;
using cg::ingest::findFigures;
using cg::ingest::parseFigure;
using cg::ingest::Quantity;

constexpr double kPoint = std::numeric_limits<double>::quiet_NaN();  // "not a range"
constexpr double kEpsilon = 1e-9;                                    // relative

// One phrase and what its first figure must be.
struct Row {
  const char* text;
  std::size_t figures;  // figures in the whole phrase
  double value;         // the first figure's value (a range's midpoint)
  double low;           // the range's ends, or kPoint
  double high;
  const char* unit;
  bool approximate;
  Bound bound;
  const char* noun;  // the counted noun; "" when there is none
};

const char* boundName(Bound b) {
  switch (b) {
    case Bound::kExact:
      return "exact";
    case Bound::kAtLeast:
      return "at least";
    case Bound::kAtMost:
      return "at most";
  }
  return "?";
}

void checkRow(const Row& row) {
  INFO("phrase: " << row.text);
  const std::vector<Figure> figs = findFigures(row.text);
  REQUIRE(figs.size() == row.figures);
  const Figure& f = figs.front();
  const Quantity& q = f.quantity;
  INFO("found: [" << q.text << "] unit '" << q.unit << "' bound " << boundName(q.bound));
  REQUIRE(q.value.has_value());
  CHECK(*q.value == Approx(row.value).epsilon(kEpsilon));
  if (std::isnan(row.low)) {
    CHECK_FALSE(q.low.has_value());
    CHECK_FALSE(q.high.has_value());
  } else {
    REQUIRE(q.low.has_value());
    REQUIRE(q.high.has_value());
    CHECK(*q.low == Approx(row.low).epsilon(kEpsilon));
    CHECK(*q.high == Approx(row.high).epsilon(kEpsilon));
  }
  CHECK(q.unit == row.unit);
  CHECK(q.approximate == row.approximate);
  CHECK(q.bound == row.bound);
  CHECK(f.noun == row.noun);
  // The span and the text always agree with the input.
  const std::string_view text(row.text);
  REQUIRE(f.begin < f.end);
  REQUIRE(f.end <= text.size());
  CHECK(q.text == text.substr(f.begin, f.end - f.begin));
}

template <std::size_t N>
void checkRows(const Row (&rows)[N]) {
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.text) { checkRow(row); }
  }
}

constexpr Bound kExact = Bound::kExact;
constexpr Bound kAtLeast = Bound::kAtLeast;
constexpr Bound kAtMost = Bound::kAtMost;

}  // namespace

TEST_CASE("money is normalised to base units with its ISO currency", "[ingest][quantity]") {
  static const Row rows[] = {
      {"Its market value fell by $589B in one session.", 1, 589e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"The group raised US$4.7 billion last spring.", 1, 4.7e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"The firm wrote off 589 billion dollars of assets.", 1, 589e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"Training cost 5.6 million dollars in rented compute.", 1, 5.6e6, kPoint, kPoint, "USD", false, kExact, ""},
      {"Regulators imposed a fine of €2.1 billion.", 1, 2.1e9, kPoint, kPoint, "EUR", false, kExact, ""},
      {"Annual sales reached 1.8 billion euros.", 1, 1.8e9, kPoint, kPoint, "EUR", false, kExact, ""},
      {"The council awarded a £3 million grant.", 1, 3e6, kPoint, kPoint, "GBP", false, kExact, ""},
      {"The bank signed a ¥500 million loan.", 1, 500e6, kPoint, kPoint, "JPY", false, kExact, ""},
      {"The cluster cost 500 million yuan to build.", 1, 500e6, kPoint, kPoint, "CNY", false, kExact, ""},
      {"Orders worth RMB 1 billion arrived in March.", 1, 1e9, kPoint, kPoint, "CNY", false, kExact, ""},
      {"Analysts sized the market at $2.5 trillion.", 1, 2.5e12, kPoint, kPoint, "USD", false, kExact, ""},
      {"The startup closed a $100M round.", 1, 100e6, kPoint, kPoint, "USD", false, kExact, ""},
      {"The seed round was $100m on paper.", 1, 100e6, kPoint, kPoint, "USD", false, kExact, ""},
      {"Critics said the 5.6 million dollar number was misleading.", 1, 5.6e6, kPoint, kPoint, "USD", false, kExact,
       ""},
      {"The founder is worth $4.5bn today.", 1, 4.5e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"The lab offered a $300K salary.", 1, 300e3, kPoint, kPoint, "USD", false, kExact, ""},
      {"It raised USD 300 million from angels.", 1, 300e6, kPoint, kPoint, "USD", false, kExact, ""},
      {"The port authority spent HK$5 billion.", 1, 5e9, kPoint, kPoint, "HKD", false, kExact, ""},
      {"The deal was worth 589 billion US dollars.", 1, 589e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"A ticket costs 3 million pounds sterling, apparently.", 1, 3e6, kPoint, kPoint, "GBP", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("percentages come out in percent whatever the spelling", "[ingest][quantity]") {
  static const Row rows[] = {
      {"Shares fell 17 percent at the open.", 1, 17, kPoint, kPoint, "percent", false, kExact, ""},
      {"| Chipmaker | down ~17% | record |", 1, 17, kPoint, kPoint, "percent", true, kExact, ""},
      {"The index slid about 3.1 percent.", 1, 3.1, kPoint, kPoint, "percent", true, kExact, ""},
      {"Prices rose 12 per cent in a year.", 1, 12, kPoint, kPoint, "percent", false, kExact, ""},
      {"The stock saw an 18% drop.", 1, 18, kPoint, kPoint, "percent", false, kExact, ""},
      {"Margins widened by 2.5 percentage points.", 1, 2.5, kPoint, kPoint, "percentage points", false, kExact, ""},
      // The reader keeps a percent's sign; the extractor stores a change's size (ExtractionTest).
      {"The fund lost -5% in a week.", 1, -5, kPoint, kPoint, "percent", false, kExact, ""},
      {"Only the top 10% of firms qualify.", 1, 10, kPoint, kPoint, "percent", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("a number followed by a noun is a count of that noun", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The lab may run 50,000 Hopper-class GPUs.", 1, 50000, kPoint, kPoint, "count", false, kExact,
       "Hopper-class GPUs"},
      {"The trial enrolled 1,240 patients in total.", 1, 1240, kPoint, kPoint, "count", false, kExact, "patients"},
      {"Storms grounded about 7,000 flights.", 1, 7000, kPoint, kPoint, "count", true, kExact, "flights"},
      {"The model has 671 billion total parameters.", 1, 671e9, kPoint, kPoint, "count", false, kExact,
       "total parameters"},
      {"Only about 37 billion active per token are used.", 1, 37e9, kPoint, kPoint, "count", true, kExact,
       "active per token"},
      {"The fund bought 10,000 Nvidia A100 units early.", 1, 10000, kPoint, kPoint, "count", false, kExact,
       "Nvidia A100 units"},
      {"The first cluster had 1,100 GPUs.", 1, 1100, kPoint, kPoint, "count", false, kExact, "GPUs"},
      {"It was spread across 625 nodes.", 1, 625, kPoint, kPoint, "count", false, kExact, "nodes"},
      {"The company has 160 employees.", 1, 160, kPoint, kPoint, "count", false, kExact, "employees"},
      {"The team grew to 100+ engineers.", 1, 100, kPoint, kPoint, "count", false, kAtLeast, "engineers"},
      {"The firm hired 2000 people that year.", 1, 2000, kPoint, kPoint, "count", false, kExact, "people"},
      {"Reached 1 million users in a week.", 1, 1e6, kPoint, kPoint, "count", false, kExact, "users"},
      // A verb in -s opening a text or a table cell (a page box's description) is no name before a count.
      {"Supports 20+ languages, including French.", 1, 20, kPoint, kPoint, "count", false, kAtLeast, "languages"},
      {"| Description | Offers 300 lessons for beginners. |", 1, 300, kPoint, kPoint, "count", false, kExact,
       "lessons"},
  };
  checkRows(rows);
}

TEST_CASE("cardinals written in words are figures when a unit, scale or plural noun follows", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The release has one trillion total parameters.", 1, 1e12, kPoint, kPoint, "count", false, kExact,
       "total parameters"},
      {"The paper lists eight co-authors.", 1, 8, kPoint, kPoint, "count", false, kExact, "co-authors"},
      {"The squad won six medals in Paris.", 1, 6, kPoint, kPoint, "count", false, kExact, "medals"},
      {"Backers pledged half a trillion dollars.", 1, 0.5e12, kPoint, kPoint, "USD", false, kExact, ""},
      {"It now employs a dozen researchers.", 1, 12, kPoint, kPoint, "count", false, kExact, "researchers"},
      {"Nearly twenty-five languages are supported.", 1, 25, kPoint, kPoint, "count", true, kExact, "languages"},
      {"Revenue grew two hundred percent.", 1, 200, kPoint, kPoint, "percent", false, kExact, ""},
      {"Seven engineers left in May.", 1, 7, kPoint, kPoint, "count", false, kExact, "engineers"},
      {"The rig trains on eight A100 GPUs.", 1, 8, kPoint, kPoint, "count", false, kExact, "A100 GPUs"},
  };
  checkRows(rows);
}

TEST_CASE("the article before a scale word is one: a hundred, a thousand, a million", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The index scores firms against a hundred indicators.", 1, 100, kPoint, kPoint, "count", false, kExact,
       "indicators"},
      {"The app passed a million users in May.", 1, 1e6, kPoint, kPoint, "count", false, kExact, "users"},
      {"A thousand volunteers joined the survey.", 1, 1000, kPoint, kPoint, "count", false, kExact, "volunteers"},
      {"The firm raised a billion dollars.", 1, 1e9, kPoint, kPoint, "USD", false, kExact, ""},
      // "half a" stays a half; "a dozen" stays twelve.
      {"Backers pledged half a million dollars.", 1, 0.5e6, kPoint, kPoint, "USD", false, kExact, ""},
      {"It hired a dozen engineers.", 1, 12, kPoint, kPoint, "count", false, kExact, "engineers"},
  };
  checkRows(rows);
  // Asked as a query too: "about a billion dollars" is about 1 billion USD.
  const auto q = parseFigure("about a billion dollars");
  REQUIRE(q.has_value());
  CHECK(q->value == 1e9);
  CHECK(q->unit == "USD");
  CHECK(q->approximate);
  // "a" before anything but a scale word is no figure.
  for (const char* text : {"It is a great many things.", "A few hundred people came.", "The tool is a hit."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a number word opens a word: none inside one, none after a hyphen that joins words", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The shop sold ten dolls.", 1, 10, kPoint, kPoint, "count", false, kExact, "dolls"},
      {"The shop sold kitten dolls, then twelve dolls.", 1, 12, kPoint, kPoint, "count", false, kExact, "dolls"},
  };
  checkRows(rows);
  for (const char* text : {"The shop sold kitten dolls.", "The Apollo-Eight engineers met."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a number in digits that opens a title counts nothing", "[ingest][quantity]") {
  for (const char* text : {"Tell me 26 Principles of Good Prompt", "Read 6 Ways to Automate Project Management.",
                           "She wrote 12 Rules for the Road."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
  // A capitalised plural with no title after it, or a title's words in lower case, still counts.
  CHECK(findFigures("The lab bought 40 Hopper GPUs.").size() == 1);
  CHECK(findFigures("The guide lists 26 principles of good prompts.").size() == 1);
}

TEST_CASE("number words that point back, tell time or name something are no figures", "[ingest][quantity]") {
  for (const char* text : {"The two companies merged.", "Two years later it closed.", "One of them left.",
                           "She joined Formula One teams.", "It was a one-time grant.", "Both three-person teams won.",
                           "The Big Four auditors agreed.", "A dozen of them came.", "Six Tigers rose."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a duration in words is a figure unless it steps a story or offsets a date", "[ingest][quantity]") {
  static const Row rows[] = {
      {"Senators serve a term of six years.", 1, 6, kPoint, kPoint, "years", false, kExact, ""},
      {"Half the seats are renewed every three years.", 1, 3, kPoint, kPoint, "years", false, kExact, ""},
      {"Members serve staggered six-year terms.", 1, 6, kPoint, kPoint, "years", false, kExact, ""},
      {"He faced a five year sentence.", 1, 5, kPoint, kPoint, "years", false, kExact, ""},
      {"The trial ran for about eight weeks.", 1, 8, kPoint, kPoint, "weeks", true, kExact, ""},
      // After "for" a span, whatever follows; joined to its unit, an adjective "the" does not point back at.
      {"The club closed for four years after the fire.", 1, 4, kPoint, kPoint, "years", false, kExact, ""},
      {"The eighteen-minute battle won the war.", 1, 18, kPoint, kPoint, "minutes", false, kExact, ""},
      {"Its six-year term ended.", 1, 6, kPoint, kPoint, "years", false, kExact, ""},
      // "past" looks back over a span only before a duration.
      {"Its value went past two trillion dollars.", 1, 2e12, kPoint, kPoint, "USD", false, kExact, ""},
      // A range in words is read whole, never as its half.
      {"It ran for two to three years.", 1, 2.5, 2, 3, "years", false, kExact, ""},
  };
  checkRows(rows);
  for (const char* text : {"Three years ago it opened.", "Six months after the launch it closed.",
                           "Two years earlier the firm had failed.", "Five days before the vote it fell.",
                           "Ten years from now it may change.", "A few years passed.", "One year passed.",
                           "Jobs hit a seven-year low.", "A five year old could do it.", "Watch Two Minute Papers.",
                           "It was in the past two years.", "The two-year-old horse won."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a scale's name written before its number is the figure's unit", "[ingest][quantity]") {
  static const Row rows[] = {
      {"A magnitude 6.4 earthquake struck.", 1, 6.4, kPoint, kPoint, "magnitude", false, kExact, ""},
      {"The shock reached magnitude 7.3 offshore.", 1, 7.3, kPoint, kPoint, "magnitude", false, kExact, ""},
  };
  checkRows(rows);
  // "magnitude" before a multiplier is no scale: the figure is the multiplier
  const auto ratio = findFigures("Outliers with magnitude 100x larger appear.");
  REQUIRE(ratio.size() == 1);
  CHECK(ratio[0].quantity.unit == "times");
  CHECK(*ratio[0].quantity.value == 100);
}

TEST_CASE("a table cell that is only a range reads as the range of running text, without a unit",
          "[ingest][quantity]") {
  const std::optional<Figure> r = cg::ingest::bareRange(" 20-50 ");
  REQUIRE(r.has_value());
  CHECK(*r->quantity.low == 20);
  CHECK(*r->quantity.high == 50);
  CHECK(*r->quantity.value == 35);
  CHECK(r->quantity.unit.empty());
  CHECK(r->begin == 1);
  CHECK(r->end == 6);
  const std::optional<Figure> m = cg::ingest::bareRange(
      "7.3\xE2\x80\x93"
      "7.4");
  REQUIRE(m.has_value());
  CHECK(*m->quantity.low == Approx(7.3));
  CHECK(*m->quantity.high == Approx(7.4));
  for (const char* cell : {"20", "2025-01", "3-2", "20-50 ms", "v1-2"}) {
    INFO(cell);
    CHECK_FALSE(cg::ingest::bareRange(cell).has_value());
  }
}

TEST_CASE("a number joined to its noun by a hyphen counts that noun", "[ingest][quantity]") {
  static const Row rows[] = {
      {"It offers a 400,000-token context window.", 1, 400000, kPoint, kPoint, "tokens", false, kExact, "token"},
      {"The lite model has a 128K-token window.", 1, 128e3, kPoint, kPoint, "tokens", false, kExact, "token"},
      {"The flagship reads a 2-million-token context.", 1, 2e6, kPoint, kPoint, "tokens", false, kExact, "token"},
      {"A 3B-parameter MoE model ran on phones.", 1, 3e9, kPoint, kPoint, "count", false, kExact, "parameter"},
      // Was "no figure" before #12: a team size written as an adjective is still its size.
      {"A 12-person team built it.", 1, 12, kPoint, kPoint, "count", false, kExact, "person"},
  };
  checkRows(rows);
  CHECK(findFigures("The 2024-style layout stayed.").empty());
  CHECK(findFigures("| Model | 5-shot | 88% |").size() == 1);  // a label, not a count
}

TEST_CASE("a count out of a total keeps the count and reads past the total", "[ingest][quantity]") {
  static const Row rows[] = {
      {"Reviewers flagged 79 out of 570 apps.", 1, 79, kPoint, kPoint, "count", false, kExact, "apps"},
      {"The model solved 12 out of 30 in the first round.", 1, 12, kPoint, kPoint, "count", false, kExact, ""},
  };
  checkRows(rows);
  const auto figs = findFigures("Reviewers flagged 79 out of 570 apps.");
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].quantity.text == "79 out of 570 apps");
}

TEST_CASE("a unit said once for a list belongs to every item", "[ingest][quantity]") {
  const auto sizes = findFigures("The family ships 8B and 35B parameters.");
  REQUIRE(sizes.size() == 2);
  CHECK(*sizes[0].quantity.value == Approx(8e9));
  CHECK(sizes[0].quantity.unit == "count");
  CHECK(sizes[0].noun == "parameters");
  CHECK(sizes[1].noun == "parameters");

  const auto plans = findFigures("Plans cost $20 and $200 per month.");
  REQUIRE(plans.size() == 2);
  CHECK(*plans[0].quantity.value == Approx(20));
  CHECK(plans[0].quantity.unit == "USD/month");
  CHECK(plans[1].quantity.unit == "USD/month");

  const auto shares = findFigures("Rates rose 2, 3 or 5 percent.");
  REQUIRE(shares.size() == 3);
  CHECK(shares[0].quantity.unit == "percent");
  CHECK(shares[1].quantity.unit == "percent");

  // A scale the first item lacks is not lent: "2 and 3 million dollars" is left alone.
  const auto unscaled = findFigures("It cost 2 and 3 million dollars.");
  REQUIRE(unscaled.size() == 1);
  CHECK(*unscaled[0].quantity.value == Approx(3e6));
}

TEST_CASE("prices per period or per use are rates", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The tier costs $20 per month.", 1, 20, kPoint, kPoint, "USD/month", false, kExact, ""},
      {"Output costs $0.20 per million input tokens.", 1, 0.20, kPoint, kPoint, "USD/million input tokens", false,
       kExact, ""},
      {"Each call is billed at $0.05 per use.", 1, 0.05, kPoint, kPoint, "USD/use", false, kExact, ""},
      {"Seats cost $40/user/month.", 1, 40, kPoint, kPoint, "USD/user/month", false, kExact, ""},
      {"Seats cost $40 per user per month.", 1, 40, kPoint, kPoint, "USD/user/month", false, kExact, ""},
      // A price list's item names what "per million" counts.
      {"Output tokens: $15.00 per million", 1, 15, kPoint, kPoint, "USD/million tokens", false, kExact, ""},
      {"Cached input tokens: $0.75 per million.", 1, 0.75, kPoint, kPoint, "USD/million tokens", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("the size in a model's name is not the figure of its sentence", "[ingest][quantity]") {
  for (const char* text : {"We compared Llama 3.1 405B on the test.", "Qwen2.5 72B was slower.",
                           "Gemma 3 27B runs on one GPU.", "The Qwen2.5-VL 7B model reads charts."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
  const auto figs = findFigures("Llama 3.1 405B has 405 billion parameters.");
  REQUIRE(figs.size() == 1);
  CHECK(*figs[0].quantity.value == Approx(405e9));
}

TEST_CASE("compute, durations, rates and physical amounts keep their own units", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The run used 2.79 million GPU-hours on rented chips.", 1, 2.79e6, kPoint, kPoint, "GPU-hours", false, kExact,
       ""},
      {"The report lists 2.788M GPU hours for the run.", 1, 2.788e6, kPoint, kPoint, "GPU-hours", false, kExact, ""},
      {"That came to 2.788M H800 GPU hours overall.", 1, 2.788e6, kPoint, kPoint, "GPU-hours", false, kExact, ""},
      {"Rent was 2 dollars per GPU-hour.", 1, 2, kPoint, kPoint, "USD/GPU-hour", false, kExact, ""},
      {"The cloud charged $2 per GPU hour.", 1, 2, kPoint, kPoint, "USD/GPU-hour", false, kExact, ""},
      {"Input costs $0.14 per million tokens.", 1, 0.14, kPoint, kPoint, "USD/million tokens", false, kExact, ""},
      {"The plan costs $20/month for individuals.", 1, 20, kPoint, kPoint, "USD/month", false, kExact, ""},
      {"Training took 55 days end to end.", 1, 55, kPoint, kPoint, "days", false, kExact, ""},
      {"The pilot lasted 3 months.", 1, 3, kPoint, kPoint, "months", false, kExact, ""},
      {"They signed a 3-month pilot.", 1, 3, kPoint, kPoint, "months", false, kExact, ""},
      {"The site will draw 10 gigawatts at peak.", 1, 10e9, kPoint, kPoint, "W", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("unit words are read in any case, a two-word unit by its first word in any case", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The ferry sails 14 MILES to the island.", 1, 14, kPoint, kPoint, "mi", false, kExact, ""},
      {"The reserve spans 2 Square Kilometres of marsh.", 1, 2e6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The borough spans 3 SQ MI of hills.", 1, 3, kPoint, kPoint, "sq mi", false, kExact, ""},
      {"The pilot lasted 3 Months.", 1, 3, kPoint, kPoint, "months", false, kExact, ""},
      {"The box holds 128 GB of memory and 2 Metric Tons of steel.", 2, 128e9, kPoint, kPoint, "bytes", false, kExact,
       ""},
  };
  checkRows(rows);
}

TEST_CASE("a chip's area in square millimetres or centimetres is an area in square metres", "[ingest][quantity]") {
  // "378 mm²" is a die's area (data/units.tsv), not a count of millimetres.
  static const Row rows[] = {
      {"The die measures 378 mm\u00b2 on a new process.", 1, 378e-6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The die measures 750mm2 in all.", 1, 750e-6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The sensor covers 4 cm\u00b2 of the board.", 1, 4e-4, kPoint, kPoint, "m2", false, kExact, ""},
      {"The wafer holds dies of 600 square millimetres each.", 1, 600e-6, kPoint, kPoint, "m2", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("lengths, areas, power, energy, data and compute keep their dimension in a stable unit",
          "[ingest][quantity]") {
  static const Row rows[] = {
      {"The mast stands 150 ft above the bay.", 1, 150, kPoint, kPoint, "ft", false, kExact, ""},
      {"They built a 150-foot mast on the hill.", 1, 150, kPoint, kPoint, "ft", false, kExact, ""},
      {"The dam rises 162 metres over the valley.", 1, 162, kPoint, kPoint, "m", false, kExact, ""},
      {"The trail runs 12 km along the ridge.", 1, 12000, kPoint, kPoint, "m", false, kExact, ""},
      {"The lens has a 35mm focal length.", 1, 0.035, kPoint, kPoint, "m", false, kExact, ""},
      {"The ferry sails 14 miles to the island.", 1, 14, kPoint, kPoint, "mi", false, kExact, ""},
      {"The farm covers 83 acres of orchard.", 1, 83, kPoint, kPoint, "acre", false, kExact, ""},
      {"The park covers 120 hectares of forest.", 1, 1.2e6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The lake covers 5 km\u00b2 in summer.", 1, 5e6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The reserve spans 2 square kilometres of marsh.", 1, 2e6, kPoint, kPoint, "m2", false, kExact, ""},
      {"The borough spans 3 sq mi of hills.", 1, 3, kPoint, kPoint, "sq mi", false, kExact, ""},
      {"The hall has 1M sq ft of floor.", 1, 1e6, kPoint, kPoint, "sq ft", false, kExact, ""},
      {"It ships with a 140W power adapter.", 1, 140, kPoint, kPoint, "W", false, kExact, ""},
      {"The campus will draw 100 MW from the grid.", 1, 100e6, kPoint, kPoint, "W", false, kExact, ""},
      {"The plant makes 5 GWh a year.", 1, 5e9, kPoint, kPoint, "Wh", false, kExact, ""},
      {"The box holds 128 GB of memory.", 1, 128e9, kPoint, kPoint, "bytes", false, kExact, ""},
      {"Each node has a 4TB drive.", 1, 4e12, kPoint, kPoint, "bytes", false, kExact, ""},
      {"Memory runs at ~273 GB/s on the board.", 1, 273e9, kPoint, kPoint, "bytes/s", true, kExact, ""},
      {"The link moves 900 GB per second.", 1, 900e9, kPoint, kPoint, "bytes/s", false, kExact, ""},
      {"The robot walks at 1.2 meters per second.", 1, 1.2, kPoint, kPoint, "m/s", false, kExact, ""},
      {"The radio offloads 10 Gbps of data.", 1, 10e9, kPoint, kPoint, "bit/s", false, kExact, ""},
      {"The chip gives 1 petaFLOP of FP4 compute.", 1, 1e15, kPoint, kPoint, "FLOPS", false, kExact, ""},
      {"Each card reaches 624 TFLOPS in FP16.", 1, 624e12, kPoint, kPoint, "FLOPS", false, kExact, ""},
      {"The rack peaks at 1.5 exaFLOPS overall.", 1, 1.5e18, kPoint, kPoint, "FLOPS", false, kExact, ""},
      {"Decoding runs at 52 tokens per second.", 1, 52, kPoint, kPoint, "tokens/s", false, kExact, "tokens per second"},
      {"Decoding runs at 300 tokens/s on the card.", 1, 300, kPoint, kPoint, "tokens/s", false, kExact, "tokens"},
      {"The drone lifts 130 million tonnes of ore.", 1, 130e9, kPoint, kPoint, "kg", false, kExact, ""},
  };
  checkRows(rows);
  // Letters glued to a number that are no unit still make it an id or leave it out.
  for (const char* text : {"About 150m users signed up.", "The 4o model shipped.", "Its 3D mode is new."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
  // A year before the figure is no list item that takes its unit, even before 1800.
  const std::vector<Figure> spire = findFigures("The spire fell in 1699, 150 ft high.");
  REQUIRE(spire.size() == 1);
  CHECK(spire.front().quantity.text == "150 ft");
  // "10^25 FLOPs" counts operations: only a prefixed FLOPS is a rate.
  CHECK(findFigures("It used 10^25 FLOPs of compute.").front().quantity.unit == "count");
}

TEST_CASE("a lone m after a number is the metre where a unit symbol closes the measure, else no metre",
          "[ingest][quantity]") {
  struct Length {
    const char* text;
    double metres;
    const char* written;
  };
  static const Length lengths[] = {
      {"The rope was 600 m long.", 600, "600 m"},
      {"The cable was 600m long.", 600, "600m"},
      {"The summit lies 4,200m above the plain.", 4200, "4,200m"},
      {"The pier reaches 35 m.", 35, "35 m"},
      {"The mast (120m) was rebuilt.", 120, "120m"},
      {"The trail is 4.023 km long.", 4023, "4.023 km"},
      {"The wall is 30cm thick.", 0.3, "30cm"},
  };
  for (const Length& l : lengths) {
    INFO(l.text);
    const std::vector<Figure> figs = findFigures(l.text);
    REQUIRE(figs.size() == 1);
    CHECK(*figs[0].quantity.value == Approx(l.metres));
    CHECK(figs[0].quantity.unit == "m");
    CHECK(figs[0].quantity.text == l.written);
  }
  const std::vector<Figure> speed = findFigures("The lift climbs at 3 m/s.");
  REQUIRE(speed.size() == 1);
  CHECK(speed[0].quantity.unit == "m/s");
  const std::vector<Figure> miles = findFigures("The trail runs 5mi to the lake.");
  REQUIRE(miles.size() == 1);
  CHECK(*miles[0].quantity.value == 5);
  CHECK(miles[0].quantity.unit == "mi");
  // After a currency or as an upper-case "M" it stays a million; before a noun a glued "m" is no metre.
  const std::vector<Figure> money = findFigures("Orbis raised $5m in May.");
  REQUIRE(money.size() == 1);
  CHECK(*money[0].quantity.value == 5e6);
  CHECK(money[0].quantity.unit == "USD");
  const std::vector<Figure> params = findFigures("Orbis has 5M parameters.");
  REQUIRE(params.size() == 1);
  CHECK(*params[0].quantity.value == 5e6);
  CHECK(params[0].quantity.unit == "count");
  // Closing a table cell or before "+", a glued "m" may be a million as well ("| 1m |" under a context
  // window): no metre.
  for (const char* text :
       {"About 150m users signed up.", "They ran a 100m sprint.", "It lists 1m+ shops.", "| Gemini | 1m |"}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a population, its residents and dozens are counts", "[ingest][quantity]") {
  static const Row rows[] = {
      {"The town had a population of 14,736 at the census.", 1, 14736, kPoint, kPoint, "count", false, kExact,
       "population"},
      {"Its population was 559, in 117 families.", 2, 559, kPoint, kPoint, "count", false, kExact, "population"},
      {"A population of about 2,000 lived there.", 1, 2000, kPoint, kPoint, "count", true, kExact, "population"},
      {"The village has 3,400 residents in winter.", 1, 3400, kPoint, kPoint, "count", false, kExact, "residents"},
      {"The parish counts 1,200 households and a mill.", 1, 1200, kPoint, kPoint, "count", false, kExact, "households"},
      {"At least a dozen people were hurt.", 1, 12, kPoint, kPoint, "count", false, kAtLeast, "people"},
      {"The lab has dozens of robots on site.", 1, 24, kPoint, kPoint, "count", true, kAtLeast, "robots"},
      {"Over 2 dozen references are listed.", 1, 24, kPoint, kPoint, "count", false, kAtLeast, "references"},
      {"A photo shows two dozen men in a row.", 1, 24, kPoint, kPoint, "count", false, kExact, "men"},
  };
  checkRows(rows);
  for (const char* text : {"Dozens of them came.", "A dozens of it.", "The population grew fast."}) {
    INFO(text);
    CHECK(findFigures(text).empty());
  }
}

TEST_CASE("a range is one figure and carries its scale and unit to both ends", "[ingest][quantity]") {
  static const Row rows[] = {
      {"It lost 589 billion to 593 billion dollars.", 1, 591e9, 589e9, 593e9, "USD", false, kExact, ""},
      {"It lost roughly 589 billion to 593 billion dollars.", 1, 591e9, 589e9, 593e9, "USD", true, kExact, ""},
      {"| Chipmaker | ~589B to ~593B dollars lost |", 1, 591e9, 589e9, 593e9, "USD", true, kExact, ""},
      {"Estimates ran between 400 million and 1.5 billion dollars.", 1, 950e6, 400e6, 1.5e9, "USD", false, kExact, ""},
      {"The cost was 0.54 billion to 1.08 billion dollars.", 1, 0.81e9, 0.54e9, 1.08e9, "USD", false, kExact, ""},
      {"A seat costs $5-6 million.", 1, 5.5e6, 5e6, 6e6, "USD", false, kExact, ""},
      {"A seat costs $5–6 million.", 1, 5.5e6, 5e6, 6e6, "USD", false, kExact, ""},
      {"Shares fell 17-18% by noon.", 1, 17.5, 17, 18, "percent", false, kExact, ""},
      {"Each team has 5 to 10 engineers.", 1, 7.5, 5, 10, "count", false, kExact, "engineers"},
      {"Input costs $0.07-$0.27 per million tokens.", 1, 0.17, 0.07, 0.27, "USD/million tokens", false, kExact, ""},
  };
  checkRows(rows);
}

TEST_CASE("'from A to B' after a word of change is a value before and a value after, not a range",
          "[ingest][quantity]") {
  // A verb or a noun of change a few words before "from": two figures, the first taking what the two
  // share from the second (its unit, its scale).
  static const Row changes[] = {
      {"Rates rose from 10 to 12 percent.", 2, 10, kPoint, kPoint, "percent", false, kExact, ""},
      {"The improvement from 32.7% to 87.1% F1 score is large.", 2, 32.7, kPoint, kPoint, "percent", false, kExact, ""},
      {"Revenue increased from $2 billion to $5 billion.", 2, 2e9, kPoint, kPoint, "USD", false, kExact, ""},
      {"The round tripled its valuation from $3 billion to $9 billion.", 2, 3e9, kPoint, kPoint, "USD", false, kExact,
       ""},
      {"Best-of-3 rises only from 39.0% to 40.6%.", 2, 39, kPoint, kPoint, "percent", false, kExact, ""},
      {"Sales grew from 5 to 6 million dollars.", 2, 5e6, kPoint, kPoint, "USD", false, kExact, ""},
  };
  checkRows(changes);
  const auto rose = findFigures("Rates rose from 10 to 12 percent.");
  REQUIRE(rose.size() == 2);
  CHECK(*rose[1].quantity.value == 12);
  CHECK(rose[1].quantity.unit == "percent");
  // Words that state a range keep it one, and so does "from A to B" with no word of change.
  static const Row ranges[] = {
      {"Gains ranging from 6.5% to 23.5% were seen.", 1, 15, 6.5, 23.5, "percent", false, kExact, ""},
      {"Scores varied from 10 to 20 percent.", 1, 15, 10, 20, "percent", false, kExact, ""},
      {"Teams have from 5 to 10 engineers.", 1, 7.5, 5, 10, "count", false, kExact, "engineers"},
      {"Growth between 10 and 20 percent is expected.", 1, 15, 10, 20, "percent", false, kExact, ""},
  };
  checkRows(ranges);
}

TEST_CASE("a figure keeps its minus sign and a range the signs of both ends", "[ingest][quantity]") {
  static const Row rows[] = {
      {"| Quill | 62.4% | -21.3% |", 2, 62.4, kPoint, kPoint, "percent", false, kExact, ""},
      {"The gap was -21.3% against humans.", 1, -21.3, kPoint, kPoint, "percent", false, kExact, ""},
      {"Net migration was \u22123,000 people in May.", 1, -3000, kPoint, kPoint, "count", false, kExact, "people"},
      {"Net migration was \u20133,000 people in May.", 1, -3000, kPoint, kPoint, "count", false, kExact, "people"},
      {"The gap is (-8 percentage points) on the test.", 1, -8, kPoint, kPoint, "percentage points", false, kExact, ""},
      // A range keeps the sign of each end, low below high whichever end is written first.
      {"Returns ranged from -2% to 2% last year.", 1, 0, -2, 2, "percent", false, kExact, ""},
      {"Returns ranged from -2% to -0.5% last year.", 1, -1.25, -2, -0.5, "percent", false, kExact, ""},
      {"| Low-Resource | -10% to -20% |", 1, -15, -20, -10, "percent", false, kExact, ""},
      {"| MQA | -5 to -10% |", 1, -7.5, -10, -5, "percent", false, kExact, ""},
  };
  checkRows(rows);
  CHECK(*findFigures("| Quill | 62.4% | -21.3% |")[1].quantity.value == Approx(-21.3));
  // A dash that is no sign: a range's, a list's, a clause's, one inside a name or a date.
  static const Row unsigned_[] = {
      {"Runs took 10-20 minutes.", 1, 15, 10, 20, "minutes", false, kExact, ""},
      {"| Power | 40W \u2013 130W |", 1, 85, 40, 130, "W", false, kExact, ""},
      {"- 35% increase in retention", 1, 35, kPoint, kPoint, "percent", false, kExact, ""},
      {"diversifying data \u2013 780,000 synthetic trajectories", 1, 780000, kPoint, kPoint, "count", false, kExact,
       "synthetic trajectories"},
      {"GPT-4 scored 86% in 2023-05.", 1, 86, kPoint, kPoint, "percent", false, kExact, ""},
  };
  checkRows(unsigned_);
  // Two ends across zero downwards are two figures, not a range.
  CHECK(findFigures("It moved from 5% to -5%.").size() == 2);
}

TEST_CASE("hedge words are kept as approximate or as a bound", "[ingest][quantity]") {
  static const Row rows[] = {
      {"Close to 1 trillion dollars was wiped out.", 1, 1e12, kPoint, kPoint, "USD", true, kExact, ""},
      {"Each had lost more than 200 billion dollars.", 1, 200e9, kPoint, kPoint, "USD", false, kAtLeast, ""},
      {"Spending was on the order of 1.6 billion dollars.", 1, 1.6e9, kPoint, kPoint, "USD", true, kExact, ""},
      {"The rival spent more than 100 million dollars.", 1, 100e6, kPoint, kPoint, "USD", false, kAtLeast, ""},
      {"The chipmaker lost nearly $600 billion.", 1, 600e9, kPoint, kPoint, "USD", true, kExact, ""},
      {"Others put it near 592.7 billion dollars.", 1, 592.7e9, kPoint, kPoint, "USD", true, kExact, ""},
      {"Stocks clustered around 1 trillion dollars in losses.", 1, 1e12, kPoint, kPoint, "USD", true, kExact, ""},
      {"The stage cost about 294,000 dollars.", 1, 294000, kPoint, kPoint, "USD", true, kExact, ""},
      {"Returns must be at least 5% a year.", 1, 5, kPoint, kPoint, "percent", false, kAtLeast, ""},
      {"The buyer wants upwards of 10,000 GPUs.", 1, 10000, kPoint, kPoint, "count", false, kAtLeast, "GPUs"},
      {"Growth stayed above 20 percent.", 1, 20, kPoint, kPoint, "percent", false, kAtLeast, ""},
      {"The model cost less than $6 million.", 1, 6e6, kPoint, kPoint, "USD", false, kAtMost, ""},
      {"Inflation stayed under 5% all year.", 1, 5, kPoint, kPoint, "percent", false, kAtMost, ""},
      {"Accuracy reaches up to 97% on clean pages.", 1, 97, kPoint, kPoint, "percent", false, kAtMost, ""},
      {"Churn fell below 3 percent.", 1, 3, kPoint, kPoint, "percent", false, kAtMost, ""},
      {"Reviews take no more than 10 days.", 1, 10, kPoint, kPoint, "days", false, kAtMost, ""},
      {"The office has fewer than 100 employees.", 1, 100, kPoint, kPoint, "count", false, kAtMost, "employees"},
      {"The round valued it at almost 6 billion euros.", 1, 6e9, kPoint, kPoint, "EUR", true, kExact, ""},
      {"It raised approximately $2 billion.", 1, 2e9, kPoint, kPoint, "USD", true, kExact, ""},
      {"The group runs some 50,000 GPUs.", 1, 50000, kPoint, kPoint, "count", true, kExact, "GPUs"},
      {"The settlement covers an estimated 500,000 works.", 1, 500000, kPoint, kPoint, "count", true, kExact, "works"},
      {"The hospital employs circa 300 people.", 1, 300, kPoint, kPoint, "count", true, kExact, "people"},
      {"It serves over 200 million users.", 1, 200e6, kPoint, kPoint, "count", false, kAtLeast, "users"},
      {"Only >95% of tests passed.", 1, 95, kPoint, kPoint, "percent", false, kAtLeast, ""},
      {"The bar is greater than 10^25 operations.", 1, 1e25, kPoint, kPoint, "count", false, kAtLeast, "operations"},
  };
  checkRows(rows);
}

TEST_CASE("a figure's span and text include its hedge words", "[ingest][quantity]") {
  const std::string text = "NVIDIA lost roughly 589 billion to 593 billion dollars in a day.";
  const auto figs = findFigures(text);
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].begin == text.find("roughly"));
  CHECK(figs[0].end == text.find(" in a day"));
  CHECK(figs[0].quantity.text == "roughly 589 billion to 593 billion dollars");

  const std::string tilde = "| Broadcom | down ~17% | supplier |";
  const auto t = findFigures(tilde);
  REQUIRE(t.size() == 1);
  CHECK(t[0].quantity.text == "~17%");

  const std::string between = "Estimates ran between 400 million and 1.5 billion dollars.";
  const auto b = findFigures(between);
  REQUIRE(b.size() == 1);
  CHECK(b[0].quantity.text == "between 400 million and 1.5 billion dollars");
}

TEST_CASE("a year is never the low end of a range of money or of a scaled number", "[ingest][quantity]") {
  // "from $X in YEAR to $Y by YEAR" is two figures; the year between them is a date.
  const auto grow = findFigures("The market grows from $12.44 billion in 2023 to $38.59 billion by 2032.");
  REQUIRE(grow.size() == 2);
  CHECK(grow[0].quantity.text == "$12.44 billion");
  CHECK(*grow[0].quantity.value == Approx(12.44e9).epsilon(kEpsilon));
  CHECK(grow[1].quantity.text == "$38.59 billion");
  CHECK(*grow[1].quantity.value == Approx(38.59e9).epsilon(kEpsilon));
  CHECK_FALSE(grow[1].quantity.low.has_value());
  CHECK(grow[1].quantity.unit == "USD");

  const auto bare = findFigures("Users rose from 2.1 million in 2021 to 38.5 million in 2024.");
  REQUIRE(bare.size() == 2);
  CHECK(bare[1].quantity.text == "38.5 million");
  CHECK(*bare[1].quantity.value == Approx(38.5e6).epsilon(kEpsilon));

  // True ranges stay one figure, and a range of years stays no figure.
  static const Row rows[] = {
      {"The round raised $545-555 million.", 1, 550e6, 545e6, 555e6, "USD", false, kExact, ""},
      {"Growth was between 10 and 20 percent.", 1, 15, 10, 20, "percent", false, kExact, ""},
      {"It sold 2000 to 3000 million units.", 1, 2.5e9, 2e9, 3e9, "count", false, kExact, "units"},
  };
  checkRows(rows);
  CHECK(findFigures("The program ran from 2023 to 2025.").empty());
}

TEST_CASE("figures come in order and never overlap", "[ingest][quantity]") {
  const std::string text =
      "The lab used 2.79 million GPU-hours, valued at about 5.6 million dollars at "
      "2 dollars per GPU-hour, while a rival spent more than 100 million dollars and "
      "shares fell about 17 percent.";
  const auto figs = findFigures(text);
  REQUIRE(figs.size() == 5);
  CHECK(figs[0].quantity.unit == "GPU-hours");
  CHECK(figs[1].quantity.unit == "USD");
  CHECK(figs[2].quantity.unit == "USD/GPU-hour");
  CHECK(figs[3].quantity.bound == Bound::kAtLeast);
  CHECK(figs[4].quantity.unit == "percent");
  for (std::size_t i = 1; i < figs.size(); ++i) CHECK(figs[i - 1].end <= figs[i].begin);
}

TEST_CASE("a scaled amount without a unit takes the currency of the figure before it", "[ingest][quantity]") {
  const auto figs = findFigures(
      "Outlets reported about 589 billion dollars; the first estimate of about 593 billion "
      "was close.");
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].quantity.unit == "USD");
  CHECK(*figs[1].quantity.value == Approx(593e9).epsilon(kEpsilon));
  CHECK(figs[1].quantity.approximate);

  // With no money before it, it is no money: a glued "B" alone is a model's parameter count.
  const auto bare = findFigures("Weights total ~24B in the release.");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].quantity.unit == "count");
  CHECK(*bare[0].quantity.value == Approx(24e9).epsilon(kEpsilon));
}

TEST_CASE("years, dates, names, ids and markers are not figures", "[ingest][quantity]") {
  static const char* const phrases[] = {
      "The lab opened in 2022.",
      "It was compared to the 1957 Soviet satellite launch.",
      "The fund was all-in on AI by 2021.",
      "Markets fell on January 27, 2025, at the open.",
      "Trading resumed Jan 27 after the weekend.",
      "The attacks ran Jan. 27–28, 2025.",
      "It shipped on December 26, 2024.",
      "He wrote a January 26 post about it.",
      "The paper is dated 27 January 2025.",
      "Updated: 2025-01-27",
      "The S&P 500 closed lower.",
      "It outperformed GPT-4 on coding.",
      "It trained on H800 and A100 chips.",
      "DeepSeek-V3 and R1 beat o1 on math.",
      "A Fortune 500 company adopted it.",
      "It still runs on Windows 11.",
      "Fire-Flyer 2 began in 2021.",
      "The claim is sourced.[3][12]",
      "See section 2.1 for details.",
      "## 2.1 Background",
      "The app reached number one, then number 1 again.",
      "It ranked No. 1 in the store.",
      "Meet at 10:30 in room B.",
      "Open 24/7 since 1/27/2025.",
      "It won 1st place.",
      "Mistral 7B and Llama 3.1 were compared.",
      "The Claude 3.5 Sonnet model shipped.",
      "Pooling uses a 2×2 window.",  // a size of cells; "1024×1024 pixels" is a picture size (PictureSizesTest)
      "See [1.0](#cite_ref-Name_1-0) and [&#91;4&#93;](#cite_note-x-4).",
      "https://example.com/2025/01/27/story-600-billion-135105824.html",
      "The scores were 0.035 and 0.085.",
      "Between 2016–2023 the fund grew.",
      "It happened in 2019 and 2020.",
      "Employees | 160 (2025) |",
      "Article 53 applies from 2 August 2025.",
      "In 2021 researchers moved on.",
      "It launched Q4 2024 with v2.5.",
      "Claims 4 and 5 of the patent.",
      "Tables rate it 2.5 stars.",
  };
  for (const char* phrase : phrases) {
    DYNAMIC_SECTION(phrase) {
      const auto figs = findFigures(phrase);
      INFO("first figure: " << (figs.empty() ? std::string() : figs.front().quantity.text));
      CHECK(figs.empty());
    }
  }
}

TEST_CASE("a name before a number does not hide the figure after it", "[ingest][quantity]") {
  const auto figs = findFigures("The Nasdaq fell about 3.1 percent and the S&P 500 about 1.5 percent.");
  REQUIRE(figs.size() == 2);
  CHECK(*figs[0].quantity.value == Approx(3.1).epsilon(kEpsilon));
  CHECK(*figs[1].quantity.value == Approx(1.5).epsilon(kEpsilon));
  CHECK(figs[1].quantity.unit == "percent");
  CHECK(figs[1].quantity.text == "about 1.5 percent");
}

TEST_CASE("a currency or percent keeps a figure after a capitalised word", "[ingest][quantity]") {
  const auto figs = findFigures("Nvidia $600 billion; Broadcom 17%.");
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].quantity.unit == "USD");
  CHECK(figs[1].quantity.unit == "percent");
}

TEST_CASE("non-breaking and thin spaces separate words like spaces", "[ingest][quantity]") {
  const auto figs = findFigures(
      "It lost 589\xC2\xA0"
      "billion\xE2\x80\x89"
      "dollars.");
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].quantity.unit == "USD");
  CHECK(*figs[0].quantity.value == Approx(589e9).epsilon(kEpsilon));
}

TEST_CASE("parseFigure reads a query the way findFigures reads text", "[ingest][quantity]") {
  struct Query {
    const char* text;
    double value;
    const char* unit;
    bool approximate;
  };
  static const Query queries[] = {
      {"589 billion", 589e9, "", false},
      {"$589B", 589e9, "USD", false},
      {"589bn", 589e9, "", false},
      {"589 billion dollars", 589e9, "USD", false},
      {"17%", 17, "percent", false},
      {"about 17 percent", 17, "percent", true},
      {"5.6M", 5.6e6, "", false},
      {"1,000", 1000, "", false},
      {"2.79 million GPU-hours", 2.79e6, "GPU-hours", false},
      {"S&P 500 about 1.5 percent", 1.5, "percent", true},
      {"Nvidia 589 billion", 589e9, "", false},
      {"50,000 GPUs", 50000, "count", false},
  };
  for (const Query& q : queries) {
    DYNAMIC_SECTION(q.text) {
      const auto parsed = parseFigure(q.text);
      REQUIRE(parsed.has_value());
      REQUIRE(parsed->value.has_value());
      CHECK(*parsed->value == Approx(q.value).epsilon(kEpsilon));
      CHECK(parsed->unit == q.unit);
      CHECK(parsed->approximate == q.approximate);
    }
  }
}

TEST_CASE("parseFigure returns nothing when the text has no number", "[ingest][quantity]") {
  CHECK_FALSE(parseFigure("").has_value());
  CHECK_FALSE(parseFigure("number one").has_value());
  CHECK_FALSE(parseFigure("GPT-4").has_value());
  CHECK_FALSE(parseFigure("Jan 27").has_value());
}

TEST_CASE("a range parsed as a query keeps both ends", "[ingest][quantity]") {
  const auto q = parseFigure("~589B to ~593B dollars");
  REQUIRE(q.has_value());
  REQUIRE(q->low.has_value());
  REQUIRE(q->high.has_value());
  CHECK(*q->low == Approx(589e9).epsilon(kEpsilon));
  CHECK(*q->high == Approx(593e9).epsilon(kEpsilon));
  CHECK(*q->value == Approx(591e9).epsilon(kEpsilon));
  CHECK(q->unit == "USD");
  CHECK(q->approximate);
}

TEST_CASE("200,000 digits in a row make no figure and no crash", "[ingest][quantity][robust]") {
  const std::string digits(200000, '7');
  CHECK(findFigures(digits).empty());
  CHECK_FALSE(parseFigure(digits).has_value());

  const std::string money = "$" + digits + " billion dollars and 5%";
  const auto figs = findFigures(money);
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].quantity.unit == "percent");

  std::string grouped = "1";
  while (grouped.size() < 200000) grouped += ",000";
  CHECK(findFigures(grouped + " GPUs").empty());
  CHECK(findFigures("10^99999999999999999999 FLOPs").empty());
}

TEST_CASE("a megabyte of random bytes gives figures in order, inside the text and finite, without throwing",
          "[ingest][quantity][robust]") {
  std::mt19937 rng(20250127);
  std::string noise(1 << 20, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xFF);

  // The same size again, drawn from the characters the parser cares about.
  static const std::string_view kPieces[] = {"0",
                                             "1",
                                             "7",
                                             "9",
                                             ",",
                                             ".",
                                             " ",
                                             "$",
                                             "%",
                                             "-",
                                             "~",
                                             "+",
                                             "to ",
                                             "and ",
                                             "between ",
                                             "billion ",
                                             "million ",
                                             "B",
                                             "M",
                                             "k",
                                             "dollars",
                                             "percent",
                                             "GPU-hours",
                                             "per ",
                                             "about ",
                                             "more than ",
                                             "\xE2\x80\x93",
                                             "\xC2\xA0",
                                             "\xE2\x82\xAC",
                                             "\xC2\xA3",
                                             "\xC2\xA5",
                                             "S&P ",
                                             "Jan ",
                                             "[",
                                             "]",
                                             "#",
                                             "/",
                                             "^",
                                             "*",
                                             "GPUs",
                                             "\xFF",
                                             "\xE2\x80",
                                             "10^"};
  std::string nasty;
  while (nasty.size() < (1u << 20)) nasty += kPieces[rng() % std::size(kPieces)];

  for (const std::string* input : {&noise, &nasty}) {
    std::vector<Figure> figs;
    REQUIRE_NOTHROW(figs = findFigures(*input));
    for (const Figure& f : figs) {
      REQUIRE(f.begin < f.end);
      REQUIRE(f.end <= input->size());
      REQUIRE(f.quantity.value.has_value());
      REQUIRE(std::isfinite(*f.quantity.value));
    }
    for (std::size_t i = 1; i < figs.size(); ++i) REQUIRE(figs[i - 1].end <= figs[i].begin);
    REQUIRE_NOTHROW(parseFigure(*input));
  }
}

TEST_CASE("a capital X glued to a number is a multiplier only before a comparison", "[ingest][quantity]") {
  const auto scans = findFigures("Browsing that scans 6X more pages than Bing!");
  REQUIRE(scans.size() == 1);
  CHECK(scans[0].quantity.unit == "times");
  CHECK(*scans[0].quantity.value == 6);
  CHECK(scans[0].quantity.text == "6X");
  const auto faster = findFigures("The new kernel runs 10X faster than the old one.");
  REQUIRE(faster.size() == 1);
  CHECK(faster[0].quantity.unit == "times");
  CHECK(*faster[0].quantity.value == 10);
  // A name that ends in a capital X ("1X", a robot maker) is no multiplier.
  for (const char* text : {"According to 1X, only minimal changes were made.", "1X's robot walks."})
    for (const auto& f : findFigures(text)) CHECK(f.quantity.unit != "times");
}

TEST_CASE("a written number is read by its byte scan as far as the number pattern reads it", "[ingest][quantity]") {
  // The pattern the scan took the place of, in Latin-1 as it was compiled: its match anchored at each byte.
  re2::RE2::Options latin1;
  latin1.set_encoding(re2::RE2::Options::EncodingLatin1);
  static const re2::RE2 kNumber(R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)", latin1);
  const auto byPattern = [](std::string_view text, std::size_t at) -> std::size_t {
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    return kNumber.Match(input, at, input.size(), re2::RE2::ANCHOR_START, &m, 1) ? m.size() : 0;
  };
  const std::string_view pieces[] = {"0", "1",    "5",  "9",   ",",    ".",    " ",  "x",
                                     "-", "\xE9", "12", "123", "1234", ",000", ",00"};
  std::mt19937 rng(20261207);
  std::size_t numbers = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;  // up to 16 pieces
    for (std::size_t k = rng() % 17; k > 0; --k) text += pieces[rng() % std::size(pieces)];
    for (std::size_t at = 0; at <= text.size(); ++at) {
      REQUIRE(cg::ingest::writtenNumberLength(text, at) == byPattern(text, at));
      numbers += byPattern(text, at) > 0;
    }
  }
  CHECK(numbers > 100000);
  // Each alternative, and where the groups of three give way to a run of digits.
  CHECK(cg::ingest::writtenNumberLength("1,240.5 GPUs", 0) == 7);
  CHECK(cg::ingest::writtenNumberLength("1234,567", 0) == 4);
  CHECK(cg::ingest::writtenNumberLength("1,2345", 0) == 5);
  CHECK(cg::ingest::writtenNumberLength("1,23.5", 0) == 1);
  CHECK(cg::ingest::writtenNumberLength(".5%", 0) == 2);
  CHECK(cg::ingest::writtenNumberLength("5.", 0) == 1);
  CHECK(cg::ingest::writtenNumberLength("x5", 0) == 0);
  CHECK(cg::ingest::writtenNumberLength("x5", 2) == 0);
}
