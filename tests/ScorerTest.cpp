// The port of ../shared/tools/score.py on graph exports and golds written by hand for it
// (tests/fixtures/scorer/): each rule of score.py that the project's golds do not reach.
// scripts/scorer-parity.sh runs score.py on the same files and diffs the two outputs.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "GoldChecks.h"
#include "GoldScore.h"
#include "ScoreText.h"
#include "TestSupport.h"
#include "graph/Error.h"

using cg::test::checkTallies;
using cg::test::GoldScore;
using cg::test::Tally;

namespace {

GoldScore scoreFixture(const std::string& name) {
  std::string base = "tests/fixtures/scorer/" + name;
  return cg::test::scoreGold(cg::test::slurp(cg::test::repo(base + ".gold.json")),
                             cg::test::slurp(cg::test::repo(base + ".graph.json")), base + ".gold.json",
                             base + ".graph.json");
}

}  // namespace

TEST_CASE("the scorer converts lengths, areas and times, takes alt_units and ranges, and folds names", "[scorer]") {
  // 5 km = 5000 m, 3.1 miles ~ 4989 m, 2 sq mi ~ 5.18 km2, 640 acres ~ 259 ha, 90 minutes =
  // 1.5 h, 2 days = 48 hours, "t" is an alt unit of tonnes, 10..20 percent is a range;
  // "STRASSE BAU AG" folds to "Straße Bau AG", "Ｓ＆Ｐ Global" to "S&P Global".
  auto score = scoreFixture("units");
  checkTallies(score, {{"entities", {4, 5}},
                       {"sources", {3, 4}},
                       {"figures", {9, 12}},
                       {"sourced", {8, 12}},
                       {"subjects", {1, 3}},
                       {"claimants", {2, 4}},
                       {"quotes", {2, 3}},
                       {"attributions", {1, 2}},
                       {"contested", {1, 2}}});
  CHECK(score.otherContested == 1);  // the bid group is in no gold group
  CHECK(score.claims == 13);
  // The bid's candidates: the sourced one (ref 1, no claimant) ranks above the one with the
  // claimant and subject but ref 4, so claimant and subject are missed; labels print
  // values as Python does (40000000.0, 2.5e-05, 1e+16).
  CHECK(score.missed ==
        std::vector<std::string>{
            "entities: Nobody Here", "sources: ref 4 Ridge Daily", "subjects: lake-area (2 sq mi) subject Strasse Bau",
            "sourced: pour-time (2 days) refs [4]", "claimants: bid (40000000.0 usd) claimant Ida Ng",
            "subjects: bid (40000000.0 usd) subject S&P Global", "figures: tiny (2.5e-05 m)",
            "sourced: tiny (2.5e-05 m) refs [1]", "figures: huge (1e+16 count)", "sourced: huge (1e+16 count) refs [1]",
            "figures: depth (7 km)", "sourced: depth (7 km) refs [9]", "claimants: depth (7 km) claimant Nobody Here",
            "quotes: Ida Ng: never said", "attributions: Oskar Falk: won the bid", "contested: load-vs-depth"});
}

TEST_CASE("a Wikipedia gold names a reference by its url, else its title, else its number", "[scorer]") {
  auto score = scoreFixture("byurl");
  checkTallies(score, {{"entities", {2, 2}},
                       {"sources", {4, 5}},
                       {"figures", {5, 5}},
                       {"sourced", {4, 5}},
                       {"subjects", {1, 1}},
                       {"claimants", {1, 1}},
                       {"quotes", {2, 3}}});
  // Ref 5 carries the number 5 but another url, so it is not reference 5.
  CHECK(score.missed == std::vector<std::string>{"sources: ref 5 Nowhere News", "sourced: stations (9 count) refs [5]",
                                                 "quotes: Vera Holm: too slow"});
  CHECK(score.report({{"figures", 0.9}, {"quotes", 0.5}, {"sources", 0.95}}) ==
        "missed sources: ref 5 Nowhere News\n"
        "missed sourced: stations (9 count) refs [5]\n"
        "missed quotes: Vera Holm: too slow\n"
        "below the bar: sources 0.80 < 0.95\n"
        "score: entities 2/2, sources 4/5, figures 5/5, sourced 4/5, subjects 1/1, claimants 1/1, quotes 2/3, "
        "other_contested 0, claims 8\n");
}

TEST_CASE("scorer text is folded, unescaped and printed as Python does", "[scorer]") {
  namespace py = cg::test::py;
  CHECK(py::fold("  Straße\u00a0ＡＢ \u201cx\u201d \u2013 ﬁ ") == "strasse ab \"x\" - fi");
  CHECK(py::htmlUnescape("a=1&copy=2&sect;&#128;&#0;&amp;&unknown;") == "a=1\u00a9=2\u00a7\u20ac\ufffd&&unknown;");
  CHECK(py::unquote("rail%20plan%C3%A9%C3") == "rail plan\u00e9\ufffd");
  rapidjson::Value url("HTTP://WWW.Coast.example/rail%20plan//");
  CHECK(py::normUrl(&url) == "coast.example/rail plan");
  CHECK(py::floatRepr(40000000.0) == "40000000.0");
  CHECK(py::floatRepr(1e16) == "1e+16");
  CHECK(py::floatRepr(0.0001) == "0.0001");
  CHECK(py::floatRepr(2.5e-05) == "2.5e-05");
  CHECK(py::floatRepr(1.0 / 3) == "0.3333333333333333");
}

TEST_CASE("the scorer stops on a gold score.py would stop on, naming what is missing", "[scorer]") {
  REQUIRE_THROWS_WITH(cg::test::scoreGold(R"({"figures": [{"id": "f", "value": 1}]})",
                                          R"({"claims": [{"id": "c", "quantity": {"value": 1, "unit": "m"}}]})"),
                      Catch::Contains("no \"unit\""));
  REQUIRE_THROWS_WITH(cg::test::scoreGold("{\"figures\": [", "{}", "broken.gold.json"),
                      Catch::StartsWith("broken.gold.json: not JSON"));
}
