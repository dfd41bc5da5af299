#pragma once
// The project's gold scorer: a C++ port of ../shared/tools/score.py that reads what
// score.py reads (a gold file and the graph's JSON export), matches the same way (units,
// tolerance, refs, urls, titles, claimants, subjects, contested groups) and prints the
// same lines, so the bars asserted in ctest and the numbers score.py gives are one
// measurement. scripts/scorer-parity.sh runs both on every gold and diffs them.

#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace cg::test {

// Hits out of gold items, for one kind of item ("figures", "sourced", ...).
struct Tally {
  int hit = 0;
  int total = 0;
  bool operator==(const Tally&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Tally& t);  // "19/19", for Catch2

// A --min-X F bar: the ratio X must reach, 0..1.
using Bars = std::map<std::string, double>;

// What score.py's main() counts before it prints.
struct GoldScore {
  std::map<std::string, Tally> tallies;
  std::vector<std::string> missed;  // "figures: f3 (19 USD)", in score.py's order
  int otherContested = 0;           // graph contested groups no gold group matched
  int claims = 0;

  // {0, 0} when the gold has no item of that kind.
  [[nodiscard]] Tally tally(const std::string& key) const;
  // "figures 0.50 < 0.90" for each bar not reached, in score.py's key order.
  [[nodiscard]] std::vector<std::string> belowBars(const Bars& bars) const;
  // score.py's stdout: "missed ..." lines, "below the bar: ..." when a bar fails, "score: ...".
  [[nodiscard]] std::string report(const Bars& bars = {}) const;
};

// Parses a gold or graph file's text as json.load does (full precision, NaN allowed,
// UTF-8 checked); throws cg::Error naming `name` for text that is not a JSON object.
[[nodiscard]] rapidjson::Document parseJson(std::string_view json, const std::string& name);

// Scores a parsed graph export against a parsed gold file; throws cg::Error for a gold or
// graph score.py would stop on (a missing "unit", "ref", "id", ...).
[[nodiscard]] GoldScore scoreGold(const rapidjson::Value& gold, const rapidjson::Value& graph);

// Scores the JSON export of a graph (graph::toJson, `claimgraph export --format json`)
// against a gold file's text: parseJson on each, then scoreGold.
[[nodiscard]] GoldScore scoreGold(std::string_view goldJson, std::string_view graphJson,
                                  const std::string& goldName = "gold", const std::string& graphName = "graph");

}  // namespace cg::test
