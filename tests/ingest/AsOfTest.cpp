// The date a figure claim speaks for (as_of) when one sentence gives several figures and dates: a
// series "from X in late 2022 to Y by 2025", a date in a bracket after its figure, a fiscal year,
// and a figure whose sentence has only another figure's date.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "TestSupport.h"
#include "ingest/Dates.h"
#include "reason/Reason.h"

using namespace cg;

namespace {

// The as_of of every figure claim of a one-paragraph article, with where it came from, in order:
// "2025 text", "2024 document" (the article's date: no words of its own gave one).
std::vector<std::string> datesOfFigures(const std::string& paragraph) {
  const graph::ClaimGraph g = reason::buildGraphFromText(test::oneParagraphArticle(paragraph), "test.md");
  std::vector<std::string> out;
  for (const graph::Claim& claim : g.claims()) {
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const bool ownWords = claim.asOfFrom == graph::AsOfFrom::kText;
    out.push_back(std::string(g.str(claim.asOf)) + (ownWords ? " text" : " elsewhere"));
  }
  return out;
}

}  // namespace

TEST_CASE("a series from one value at a date to another by a later date dates each value", "[ingest][as_of]") {
  CHECK(datesOfFigures("The price fell from $20 per million tokens in late 2022 to about $0.40 per million "
                       "tokens by 2025.") == std::vector<std::string>{"2022 text", "2025 text"});
  CHECK(datesOfFigures("Revenue grew from $5 million at the end of 2023 to $40 million by mid-2025.") ==
        std::vector<std::string>{"2023 text", "2025 text"});
}

TEST_CASE("a date in a bracket right after a figure is that figure's", "[ingest][as_of]") {
  CHECK(datesOfFigures("Its revenue was $100 million (reached April 2025), then $82 million in July 2025.") ==
        std::vector<std::string>{"2025-04 text", "2025-07 text"});
}

TEST_CASE("a figure whose sentence dates only another figure is dated otherwise", "[ingest][as_of]") {
  CHECK(datesOfFigures("The model scored 61.4% on the test, up from 14.9% in October 2023.") ==
        std::vector<std::string>{"2024 elsewhere", "2023-10 text"});
  // An approximator (data/figure_hedges.tsv) between "from" and the earlier figure.
  for (const char* approximator : {"roughly", "nearly", "almost", "some"})
    CHECK(datesOfFigures(std::string("The model scored 61.4% on the test, up from ") + approximator +
                         " 14.9% in October 2023.") == std::vector<std::string>{"2024 elsewhere", "2023-10 text"});
  // A date owned by a figure before it carries on to the figures it lists.
  CHECK(datesOfFigures("The group grew to about 1,300 people by 2017, including 300 researchers.") ==
        std::vector<std::string>{"2017 text", "2017 text"});
  // A date after a figure of a figure's phrase is both's.
  CHECK(datesOfFigures("Building began in 2021 on a budget of $140 million, and the cluster reached 5,000 GPUs "
                       "across 625 nodes by 2022.") == std::vector<std::string>{"2021 text", "2022 text", "2022 text"});
  // A lone date in a bracket closes a list: it is all of its figures'.
  CHECK(datesOfFigures("Statistics: 21,000+ GitHub stars, 1,000+ forks (as of January 2025)") ==
        std::vector<std::string>{"2025-01 text", "2025-01 text"});
  // One figure: the sentence's date is its own, wherever it stands.
  CHECK(datesOfFigures("The model scored 61.4% on the test in October 2023.") ==
        std::vector<std::string>{"2023-10 text"});
}

TEST_CASE("a fiscal year written FY2024 is a date of its year", "[ingest][as_of]") {
  CHECK(ingest::normalizeDate("annual FY2024 revenue") == "2024");
  CHECK(ingest::normalizeDate("in FY 2023") == "2023");
  CHECK(ingest::normalizeDate("the FY2024X model").empty());
}

TEST_CASE("a year is four digits of their own from 1800 to 2199, wherever a 1 or 2 stands before it",
          "[ingest][as_of]") {
  CHECK(ingest::normalizeDate("order 120115 shipped in 2019") == "2019");  // five digits are no year
  CHECK(ingest::normalizeDate("3019 or 1799 or 2020") == "2020");
  CHECK(ingest::normalizeDate("1, 2, 12, 212, then 1850.") == "1850");
  CHECK(ingest::normalizeDate("ends with 2024") == "2024");
  CHECK(ingest::normalizeDate("ends with 202").empty());
}

namespace {

// The year form as RE2 read it before the byte scan took its place: the pattern, and four digits
// that go on after a point with digits (a decimal) looked past. The year as findDate gives it.
ingest::DateMatch yearByPattern(std::string_view text) {
  static const re2::RE2 kYear("(?:\\bFY ?|\\b)((?:18|19|20|21)\\d\\d)\\b");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[2];
  for (std::size_t from = 0; kYear.Match(input, from, input.size(), re2::RE2::UNANCHORED, m, 2);) {
    const auto begin = static_cast<std::size_t>(m[0].data() - text.data()), end = begin + m[0].size();
    if (end + 1 >= text.size() || text[end] != '.' || text[end + 1] < '0' || text[end + 1] > '9')
      return {std::string(m[1].data(), m[1].size()), begin, end};
    from = end;
  }
  return {};
}

// findDate on `text` gives `expected`: the same ISO date and, where there is one, the same place.
void requireFoundAsExpected(std::string_view text, const ingest::DateMatch& expected) {
  const ingest::DateMatch found = ingest::findDate(text);
  REQUIRE(found.iso == expected.iso);
  if (!expected.iso.empty()) {
    REQUIRE(found.begin == expected.begin);
    REQUIRE(found.end == expected.end);
  }
}

}  // namespace

TEST_CASE("a year alone is found by its byte scan exactly where the year pattern finds it", "[ingest][as_of]") {
  // No '-' and no month's first letters: only the year form can match, so findDate is the year form.
  const std::string_view bytes[] = {"0", "1", "2", "8", "9", "5", "F", "Y", " ", ".", "_", "x", "\u00E9", "\t", ","};
  const std::string_view pieces[] = {"FY", "FY ", "2024",   "1850", "1799", "2199", "2200",   ".", ".5", " ",
                                     "x",  "_",   "\u00E9", "in ",  "1",    "20",   "FY2023", ",", "(",  "\u2013"};
  std::mt19937 rng(20261207);
  for (int round = 0; round < 40000; ++round) {
    std::string text;  // up to 24 bytes or pieces
    for (std::size_t k = rng() % 25; k > 0; --k)
      text += round % 2 == 0 ? bytes[rng() % std::size(bytes)] : pieces[rng() % std::size(pieces)];
    INFO(text);
    requireFoundAsExpected(text, yearByPattern(text));
  }
  // The forms the scan reads, each as the pattern reads it.
  for (const std::string_view text : {"FY 2024.", "xFY 2024", "xFY2024 or 2025", "FY2024X", "2023.5 then 2024",
                                      "arxiv:1909.08053", "1850_", "_1850", "in 2024.", "\u00E92024"})
    CHECK(ingest::findDate(text).begin == yearByPattern(text).begin);
  CHECK(ingest::findDate("xFY 2024").begin == 4);
  CHECK(ingest::findDate("FY 2024.").iso == "2024");
  CHECK(ingest::findDate("2023.5 then 2024").begin == 12);
  CHECK(ingest::findDate("xFY2024 or 2025").iso == "2025");
}

namespace {

// The four forms with a month as RE2 read them before their byte scans took their place, and
// findDate's choice among them and the year form (yearByPattern): the most precise form at the
// earliest place, a month and year or a year alone only when no form with a day was found.
ingest::DateMatch dateByPatterns(std::string_view text) {
  const std::string month =
      "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|"
      "Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  const std::string year = "((?:18|19|20|21)\\d\\d)\\b";
  static const re2::RE2 kForms[] = {
      re2::RE2("\\b((?:18|19|20|21)\\d\\d)-(\\d\\d)(?:-(\\d\\d))?\\b"),
      re2::RE2("\\b" + month + "\\s+(\\d{1,2})(?:\\s*[-\u2013\u2014]\\s*\\d{1,2})?(?:st|nd|rd|th)?,?\\s+" + year),
      re2::RE2("\\b(\\d{1,2})\\s+" + month + ",?\\s+" + year), re2::RE2("\\b" + month + ",?\\s+" + year)};
  auto iso = [](int y, int mo, int d) {
    char out[16];
    if (mo == 0)
      std::snprintf(out, sizeof out, "%04d", y);
    else if (d == 0)
      std::snprintf(out, sizeof out, "%04d-%02d", y, mo);
    else
      std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, mo, d);
    return std::string(out);
  };
  const re2::StringPiece input(text.data(), text.size());
  ingest::DateMatch best;
  for (int form = 0; form < 4; ++form) {
    if (form == 3 && !best.iso.empty()) return best;
    re2::StringPiece m[4];
    if (!kForms[form].Match(input, 0, input.size(), re2::RE2::UNANCHORED, m, form == 3 ? 3 : 4)) continue;
    auto number = [&](int k) { return m[k].empty() ? 0 : std::stoi(std::string(m[k].data(), m[k].size())); };
    auto monthOf = [&](int k) { return ingest::monthNumber(std::string_view(m[k].data(), m[k].size())); };
    std::string value;
    if (form == 0 && number(2) >= 1 && number(2) <= 12 && number(3) <= 31) value = iso(number(1), number(2), number(3));
    if (form == 1 && number(2) >= 1 && number(2) <= 31) value = iso(number(3), monthOf(1), number(2));
    if (form == 2 && number(1) >= 1 && number(1) <= 31) value = iso(number(3), monthOf(2), number(1));
    if (form == 3) value = iso(number(2), monthOf(1), 0);
    const auto begin = static_cast<std::size_t>(m[0].data() - text.data());
    if (!value.empty() && (best.iso.empty() || begin < best.begin)) best = {value, begin, begin + m[0].size()};
  }
  if (!best.iso.empty()) return best;
  return yearByPattern(text);
}

}  // namespace

TEST_CASE("a date with a month is found by its byte scans exactly where the date patterns find it", "[ingest][as_of]") {
  const std::string_view bytes[] = {"0", "1", "2", "3", "5", "9", "J", "a", "n",  "S",  "e",      "p",     "t",
                                    ".", ",", " ", "-", "_", "x", "M", "y", "\t", "\n", "\u2013", "\u00E9"};
  const std::string_view pieces[] = {
      "Jan",  "January", "Jan.",   "Sep", "Sept", "Sept.",   "September", "May",  "Mar", "Marc",   "Dec",    "Decem",
      "uary", ".",       ",",      " ",   "  ",   "\t",      "\n",        "-",    " - ", "\u2013", "\u2014", "1",
      "5",    "12",      "31",     "123", "2024", "1850",    "2199",      "2200", "20",  "st",     "nd",     "th",
      "x",    "_",       "\u00E9", "0",   "9",    "2024-01", "-27",       "13",   "-5",  "Jun",    "June",   "\f"};
  // And texts shaped as the forms, each part right, wrong or left out: what may stand before, a
  // day, spaces, a month, a day, a range, an ordinal, a comma, spaces, a year, what may follow.
  const std::vector<std::vector<std::string_view>> parts = {
      {"", "x", " ", "_", "on ", "2024-01-0"},
      {"", "3", "12", "31", "123", "0"},
      {"", " ", "  ", "\t"},
      {"Jan", "January", "Jan.", "Sept", "Sept.", "Sep", "Sep.", "September", "May", "Ma", "Dec", "x", "2024-1"},
      {"", " ", ",", ", ", "\n"},
      {"", "5", "05", "31", "123", "2024", "0"},
      {"", "-7", " - 7", "\u2013", "\u201412", " -123", "-"},
      {"", "st", "th", "nd", "s"},
      {"", ",", " ,"},
      {" ", "", "\f", " \t"},
      {"2024", "1850", "2200", "20245", "202", "2024-01", "2024-01-27", "2024-13-01", "2024-01-32", "2024-01-00"},
      {"", ".", "x", "_", "5", "-", "-27", " 2025"}};
  std::map<std::size_t, int> byPrecision;  // texts by the length of their date: none, year, month, day
  std::mt19937 rng(20261207);
  for (int round = 0; round < 60000; ++round) {
    std::string text;  // up to 24 bytes or pieces, or a piece for each part
    if (round % 3 == 2)
      for (const auto& choices : parts) text += choices[rng() % choices.size()];
    else
      for (std::size_t k = rng() % 25; k > 0; --k)
        text += round % 3 == 0 ? bytes[rng() % std::size(bytes)] : pieces[rng() % std::size(pieces)];
    INFO(text);
    const ingest::DateMatch expected = dateByPatterns(text);
    requireFoundAsExpected(text, expected);
    ++byPrecision[expected.iso.size()];
  }
  // The texts reach every precision (seed 20261207: 1,935 days, 7,318 months, 8,861 years alone).
  CHECK(byPrecision[10] > 1000);
  CHECK(byPrecision[7] > 1000);
  CHECK(byPrecision[4] > 1000);
  // Each optional part and alternative where taking it fails and leaving it out does not.
  CHECK(ingest::findDate("Sept. 5, 2020").iso == "2020-09-05");
  CHECK(ingest::findDate("on Sept 2020").iso == "2020-09");
  CHECK(ingest::findDate("May 3 \u2013 5th, 2024").iso == "2024-05-03");
  CHECK(ingest::findDate("2025-01-278").iso == "2025-01");
  CHECK(ingest::findDate("2025-01-278").end == 7);
  CHECK(ingest::findDate("January 123 2020").iso == "2020");
  CHECK(ingest::findDate("5 Jan. , 2020").iso == "2020");
}

TEST_CASE("a date is written in ISO 8601 at the precision its form gives, months and days in two digits",
          "[ingest][as_of]") {
  CHECK(ingest::normalizeDate("on January 5, 2025") == "2025-01-05");
  CHECK(ingest::normalizeDate("on 31 December 1999") == "1999-12-31");
  CHECK(ingest::normalizeDate("2024-03-09 release") == "2024-03-09");
  CHECK(ingest::normalizeDate("2024-11 release") == "2024-11");
  CHECK(ingest::normalizeDate("in Sept. 1850") == "1850-09");
  CHECK(ingest::normalizeDate("in 2199") == "2199");
  CHECK(ingest::normalizeDate("in 1800") == "1800");
}

TEST_CASE("a word written as a year is four ASCII digits, whatever the year", "[ingest][as_of]") {
  CHECK(ingest::writtenAsYear("2024"));
  CHECK(ingest::writtenAsYear("0999"));  // which years count is the caller's
  CHECK_FALSE(ingest::writtenAsYear("202"));
  CHECK_FALSE(ingest::writtenAsYear("20245"));
  CHECK_FALSE(ingest::writtenAsYear("2005a"));
  CHECK_FALSE(ingest::writtenAsYear("\xD9\xA2\xD9\xA0"));  // Arabic-Indic digits: not ASCII
  CHECK_FALSE(ingest::writtenAsYear(""));
}

TEST_CASE("a date in a relative clause after a figure is that clause's, not the figure's", "[ingest][as_of]") {
  CHECK(datesOfFigures("On 20 September 1939, before the prototypes had flown, the air corps ordered 66 initial "
                       "production fighters, 30 of which were delivered to the corps in mid-1941.") ==
        std::vector<std::string>{"1939-09-20 text"});
  CHECK(datesOfFigures("In March 2020 the lab hired 40 engineers, most of whom left by 2023.") ==
        std::vector<std::string>{"2020-03 text"});
  // Its only date still dates the figure.
  CHECK(datesOfFigures("The lab hired 40 engineers, most of whom left by 2023.") ==
        std::vector<std::string>{"2023 text"});
}

TEST_CASE("a category by year gives the year its page's thing began", "[ingest][as_of]") {
  CHECK(ingest::originYearOfCategory("2025 software") == 2025);
  CHECK(ingest::originYearOfCategory("2019 Benchmarks") == 2019);
  CHECK(ingest::originYearOfCategory("1939 births") == 1939);
  CHECK(ingest::originYearOfCategory("2016 establishments in California") == 2016);
  CHECK(ingest::originYearOfCategory("Companies established in 2015") == 2015);
  CHECK(ingest::originYearOfCategory("Aircraft introduced in 1939") == 1939);
  // A year's events and an end are no beginning.
  CHECK_FALSE(ingest::originYearOfCategory("2024 in artificial intelligence"));
  CHECK_FALSE(ingest::originYearOfCategory("2008 deaths"));
  CHECK_FALSE(ingest::originYearOfCategory("Musical groups disestablished in 1999"));
  CHECK_FALSE(ingest::originYearOfCategory("2003 disestablishments in the United Kingdom"));
  CHECK_FALSE(ingest::originYearOfCategory("Large language models"));
}
