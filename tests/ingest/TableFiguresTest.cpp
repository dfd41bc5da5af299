// Figures the number grammar and the table reader find without a unit written beside them:
// a number in groups of three, a decimal count per thing, a table cell that takes its column's
// unit ("Latency (s)"), a score with a change in brackets, an Average column, a table cited by
// the line under it, and a subsection headed by a variant's name. Fixtures written for these
// tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Lexicon.h"
#include "ingest/Quantity.h"
#include "ingest/Scores.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;

namespace {

// One figure as the graph holds it: value, unit, subject, the reference numbers of its sources.
struct Row {
  double value;
  std::string unit;
  std::string subject;
  std::vector<int> refs;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Row& r) {
  os << r.value << " " << r.unit << " | " << r.subject << " | [";
  for (int n : r.refs) os << n << " ";
  return os << "]";
}

graph::ClaimGraph titled(const std::string& title, const std::string& body) {
  const std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\ncategories:\n  - \"Research\"\n---\n" +
                           body +
                           "\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/a\n"
                           "2. Other Wire, \"Another story,\" April 4, 2024. https://wire.example/b\n";
  return ingest::ingestText(text, "tables.md");
}

std::vector<Row> figures(const graph::ClaimGraph& g) {
  std::vector<Row> out;
  for (ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != ClaimKind::kFigure) continue;
    Row r{claim.value, std::string(g.str(claim.unit)), "", {}};
    if (claim.subject.isValid()) r.subject = std::string(g.str(g.entities()[claim.subject].name));
    for (auto s : g.claimSources(c))
      for (std::int32_t n : g.refs(g.sources()[s])) r.refs.push_back(n);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

TEST_CASE("a number written in groups of three is a count though no noun follows it", "[ingest][quantity]") {
  const auto figs = ingest::findFigures("The best score was 4,692, against a maximum of 10,000 in 2019.");
  REQUIRE(figs.size() == 2);
  CHECK(*figs[0].quantity.value == 4692);
  CHECK(figs[0].quantity.unit == "count");
  CHECK(*figs[1].quantity.value == 10000);
  // A year, a version or a plain number stays no figure; a query's bare "1,000" names no unit.
  CHECK(ingest::findFigures("It shipped version 4692 in 2019.").empty());
  CHECK(ingest::parseFigure("1,000")->unit.empty());
}

TEST_CASE("a decimal count of things per another thing is an average, a bare decimal count is not",
          "[ingest][quantity]") {
  const auto figs = ingest::findFigures("Conversations average 2.6 turns per conversation.");
  REQUIRE(figs.size() == 1);
  CHECK(*figs[0].quantity.value == Approx(2.6));
  CHECK(figs[0].quantity.unit == "count");
  CHECK(ingest::findFigures("The app was rated 4.5 stars.").empty());
}

TEST_CASE("a column header states a unit in brackets", "[ingest][quantity]") {
  struct Case {
    const char* header;
    double factor;
    const char* unit;
  };
  const Case cases[] = {{"Latency (s)", 1, "seconds"},   {"Latency (s)↓", 1, "seconds"},
                        {"Time (ms)", 0.001, "seconds"}, {"Cost ($)", 1, "USD"},
                        {"Memory (GB)", 1e9, "bytes"},   {"Share (%)", 1, "percent"},
                        {"Power (W)", 1, "W"},           {"Gate time (ns)", 1e-9, "seconds"},
                        {"Clock (GHz)", 1e9, "Hz"},      {"Base temperature (mK)", 1e-3, "K"},
                        {"Size (tokens)", 1, "tokens"}};
  // Asked twice: the second answer is the one columnUnit remembers for the header.
  for (int round = 0; round < 2; ++round) {
    for (const Case& c : cases) {
      INFO(c.header << ", round " << round);
      const auto q = ingest::columnUnit(c.header);
      REQUIRE(q.has_value());
      CHECK(*q->value == Approx(c.factor));
      CHECK(q->unit == c.unit);
    }
    for (const char* none : {"Average", "Tokens (cl100k_base)", "Parameters (B)", "Year (2024)"}) {
      INFO(none << ", round " << round);
      CHECK_FALSE(ingest::columnUnit(none).has_value());
    }
  }
}

TEST_CASE("a table cell of one number may carry a change in brackets after it", "[ingest][scores]") {
  const auto n = ingest::cellNumber(" 9,517 (−82.3%) ");
  REQUIRE(n.has_value());
  CHECK(n->value == 9517);
  CHECK(n->begin == 1);
  CHECK(n->end == 6);
  CHECK(n->grouped);
  CHECK(*ingest::bareScore("76.2 (+12.5)") == Approx(76.2));
  CHECK(*ingest::bareScore("~60") == 60);
  CHECK_FALSE(ingest::bareScore("1,417").has_value());
  CHECK_FALSE(ingest::cellNumber("1,2").has_value());
  CHECK_FALSE(ingest::cellNumber("76.2 points").has_value());
}

TEST_CASE("table header words come from one table that Scores and the extractor share", "[ingest][lexicon]") {
  const ingest::Lexicon& lex = ingest::lexicon();
  CHECK(lex.isHeader(ingest::HeaderRole::kModel, "model name"));
  CHECK(lex.isHeader(ingest::HeaderRole::kRank, "#"));
  CHECK(lex.isHeader(ingest::HeaderRole::kAverage, "avg."));
  CHECK(lex.isHeader(ingest::HeaderRole::kIntroduced, "year"));
  CHECK_FALSE(lex.isHeader(ingest::HeaderRole::kIntroduced, "release date"));
  CHECK(ingest::isScoreHeader("Accuracy (%)"));
  CHECK(ingest::headsBenchmarkRows("Benchmarks"));
  CHECK(ingest::isAverageHeader("Average"));
  CHECK_FALSE(ingest::isAverageHeader("Model"));
  CHECK(ingest::benchmarkName("MMLU Score") == "MMLU");
}

TEST_CASE("a table's cells take their column's unit, and the line under the table cites its rows", "[ingest][tables]") {
  const auto g = titled("Vela Method",
                        "Vela Method is a method.\n\n"
                        "| Method | Labels | MMLU | Average |\n| --- | --- | --- | --- |\n"
                        "| Orrin | - | 63.7 | 42.4 |\n| Vela Method | yes | 76.2 (+12.5) | 59.4 (+17.0) |\n\n"
                        "[&#91;1&#93;](#cite_note-a-1)\n\n## Cost\n\n"
                        "| Benchmark | Method | Latency (s) |\n| --- | --- | --- |\n"
                        "| Halvard | Orrin | 53,898 |\n| Vela Method | 9,517 (−82.3%) |\n\n"
                        "Costs per run, Halvard suite.[&#91;2&#93;](#cite_note-b-2)\n");
  const std::vector<Row> expected = {
      {63.7, "percent", "Orrin", {1}},       {42.4, "percent", "Orrin", {1}},    {76.2, "percent", "Vela Method", {1}},
      {59.4, "percent", "Vela Method", {1}}, {53898, "seconds", "Halvard", {2}}, {9517, "seconds", "Vela Method", {2}},
      {82.3, "percent", "Vela Method", {2}},  // a fall, stored as its size
  };
  CHECK(figures(g) == expected);
}

TEST_CASE("a subsection headed by a variant's name is about that variant", "[ingest][subject]") {
  const auto g = titled("Vela Bench",
                        "Vela Bench is a benchmark. Vela Bench has variants. Vela Bench Lite is smaller than "
                        "Vela Bench Pro.\n\n## Variants\n\n"
                        "### Vela Bench Lite\n\nThis variant contains 300 tasks.\n\n"
                        "### Vela Bench Pro Family\n\nThis variant contains 900 tasks.\n\n"
                        "### Vela Bench Extras\n\nThis variant contains 500 tasks.\n");
  // "Family" says what kind of thing the name is; "Vela Bench Extras" is written nowhere but in its
  // heading: no name of its own.
  const std::vector<Row> expected = {
      {300, "count", "Vela Bench Lite", {}}, {900, "count", "Vela Bench Pro", {}}, {500, "count", "Vela Bench", {}}};
  CHECK(figures(g) == expected);
}

TEST_CASE("a table of labels and values counts what a plural label names", "[ingest][tables]") {
  CHECK(ingest::labelledCount("Average slides per talk", "~16")->value == 16);
  CHECK(ingest::labelledCount("Average slides per talk", "~16")->approximate);
  CHECK(ingest::labelledCount("Words per paper", "~13.3K")->value == 13300);
  CHECK(ingest::labelledCount("Contributors (Python)", "300+")->atLeast);
  CHECK(ingest::labelledCount("Number of tasks", "57")->value == 57);
  CHECK_FALSE(ingest::labelledCount("SOTA score", "62.4"));          // no plural: a score, not a count
  CHECK_FALSE(ingest::labelledCount("Founded", "2013"));             // a year
  CHECK_FALSE(ingest::labelledCount("Training hours", "12"));        // "hours" is a unit
  CHECK_FALSE(ingest::labelledCount("Contributors", "559 people"));  // more than a number
  const auto g =
      titled("Vela Bench",
             "Vela Bench is a benchmark.\n\n"
             "| Item | Value |\n| --- | --- |\n"
             "| Average pages per paper | ~28.7 |\n| Total examples | 200+ |\n| Baseline | 25.0 |\n\n"
             "[&#91;1&#93;](#cite_note-a-1)\n\n## Repository\n\n"
             "| Overview |\n| --- |\n| Contributors | 559 |\n| Releases | 98 |\n\n[&#91;2&#93;](#cite_note-b-2)\n");
  const std::vector<Row> expected = {{28.7, "count", "Vela Bench", {1}},
                                     {200, "count", "Vela Bench", {1}},
                                     {559, "count", "Vela Bench", {2}},
                                     {98, "count", "Vela Bench", {2}}};
  CHECK(figures(g) == expected);
}

TEST_CASE("a section with no subject of its own is about the name its first sentence defines", "[ingest][subject]") {
  // "Orbit agents" is a kind of thing, not one thing with figures of its own; the heading names
  // nothing the text knows; the first sentence says what Orrin Pilot is.
  const auto g = titled("Orbit agents",
                        "Orbit agents are programs that steer a desktop.\n\n## Implementations\n\n"
                        "### Kestrel Desktop Steering\n\n"
                        "Released in 2025, Kestrel's Orrin Pilot model is a variant of Orrin. Key features include:\n\n"
                        "- Performance: 70.3% on the Halvard suite[&#91;1&#93;](#cite_note-a-1)\n\n"
                        "## Outlook\n\nMore than 40 firms build such agents.\n");
  const std::vector<Row> expected = {{70.3, "percent", "Orrin Pilot", {1}}, {40, "count", "", {}}};
  CHECK(figures(g) == expected);
}

TEST_CASE("times below a second, kelvin and hertz are physical units", "[ingest][quantity]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  const Case cases[] = {{"The gate takes 40 ns to settle.", 40e-9, "seconds"},
                        {"Readout needs 2.5 μs per shot.", 2.5e-6, "seconds"},
                        {"Readout needs 7 µs per shot.", 7e-6, "seconds"},
                        {"A round trip costs 18 ms on the link.", 0.018, "seconds"},
                        {"The fridge holds 12 mK at the stage.", 0.012, "K"},
                        {"The sensor runs at 4 kelvin in the dewar.", 4, "K"},
                        {"The core clocks 3.2 GHz under load.", 3.2e9, "Hz"},
                        {"The arm is driven at 200Hz by the servo.", 200, "Hz"}};
  for (const Case& c : cases) {
    INFO(c.text);
    const auto figs = ingest::findFigures(c.text);
    REQUIRE(figs.size() == 1);
    CHECK(*figs[0].quantity.value == Approx(c.value));
    CHECK(figs[0].quantity.unit == c.unit);
  }
  // a K glued to a number is a thousand, not a kelvin
  const auto k = ingest::findFigures("The window holds 128K tokens.");
  REQUIRE(k.size() == 1);
  CHECK(k[0].quantity.unit == "tokens");
  CHECK(*k[0].quantity.value == Approx(128000));
}

TEST_CASE("a multiplier written with x or the times sign is a figure in times", "[ingest][quantity]") {
  struct Case {
    const char* text;
    double value, low, high;
  };
  const Case cases[] = {{"The Vexor board runs 4.5x faster than its rival.", 4.5, 0, 0},
                        {"The annealer showed a ~9,400× speed-up on the task.", 9400, 0, 0},
                        {"Paging gives 2-4x higher throughput.", 3, 2, 4},
                        {"Batching lifts throughput by 3x to 12x over the baseline.", 7.5, 3, 12}};
  for (const Case& c : cases) {
    INFO(c.text);
    const auto figs = ingest::findFigures(c.text);
    REQUIRE(figs.size() == 1);
    CHECK(*figs[0].quantity.value == Approx(c.value));
    CHECK(figs[0].quantity.unit == "times");
    if (c.low > 0) CHECK(*figs[0].quantity.low == Approx(c.low));
    if (c.high > 0) CHECK(*figs[0].quantity.high == Approx(c.high));
  }
  // a product, a size and an architecture are no multiplier
  for (const char* none : {"It multiplies a 3x3 matrix.", "It targets x86 servers.", "A 2 × 4 grid of tiles.",
                           "The dock has 2× USB-C and 1× HDMI.", "A node holds 8x H100 boards."}) {
    INFO(none);
    for (const auto& f : ingest::findFigures(none)) CHECK(f.quantity.unit != "times");
  }
}

TEST_CASE("a scaled number alone in a cell counts what its column header counts", "[ingest][tables]") {
  const auto g = titled("Robot models",
                        "# Robot models\n\n| Model | Maker | Parameters |\n|---|---|---|\n"
                        "| Quillbot-R | Harrow Labs | 6B[&#91;1&#93;](#cite_note-1) |\n"
                        "| Stave | Harrow Labs | 9B (planner), 40M (controller)[&#91;2&#93;](#cite_note-2) |\n"
                        "| Tenon | Harrow Labs | 0.5 |\n");
  std::vector<std::pair<double, std::string>> got;
  for (const Row& r : figures(g)) got.emplace_back(r.value, r.unit);
  const std::vector<std::pair<double, std::string>> want = {{6e9, "count"}, {9e9, "count"}, {4e7, "count"}};
  CHECK(got == want);
}

TEST_CASE("a bare count in a table cell is a count, whatever its column's header says", "[ingest][quantity]") {
  // One column headed by what it counts; a column headed "Value" beside a label column.
  const auto g =
      titled("Orbis",
             "Orbis is a quantum computing company.\n\n"
             "| Qubit counters |\n|---|\n| 2 million |\n\n"
             "| Kind | Value |\n|---|---|\n| Physical qubits | 3 million |\n| Logical qubits | 1-10 million |\n");
  CHECK(figures(g) ==
        std::vector<Row>{{2e6, "count", "Orbis", {}}, {3e6, "count", "Orbis", {}}, {5.5e6, "count", "Orbis", {}}});
}
