// The labels that type a percentage or a multiplier (ingest/LabelledMeasures.h), table-driven, and
// the measures an article of our own gets from them (no article text of ../shared).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/FigureLines.h"
#include "ingest/LabelledMeasures.h"

using namespace cg;

TEST_CASE("a column header names a percentage's or a multiplier's measure", "[ingest][labelled-measures]") {
  struct Case {
    const char* header;
    const char* unit;
    const char* measure;
  };
  const Case cases[] = {
      {"Accuracy (%)", "percent", "accuracy"},
      {"Level 5 Accuracy", "percent", "accuracy"},
      {"Top-1 Accuracy", "percent", "top-1 accuracy"},
      {"Win Rate", "percent", "win rate"},
      {"Success Rate", "percent", "success rate"},
      {"% Resolved", "percent", "success rate"},
      {"Pass@1", "percent", "pass@1"},
      {"pass@10", "percent", "pass@10"},
      {"Retention Rate", "percent", "retention rate"},
      {"Typical Speedup", "times", "speedup"},
      {"Compression (64)", "times", "compression ratio"},
      // A change of a measure, a rate of no noun, another unit: no label.
      {"Accuracy Gain", "percent", ""},
      {"Gap to Human", "percent", ""},
      {"Annual Rate", "percent", ""},
      {"Accuracy", "count", ""},
      {"Market", "percent", ""},
  };
  for (const Case& c : cases) {
    INFO(c.header);
    CHECK(ingest::headerLabelledMeasure(c.header, c.unit) == c.measure);
  }
}

TEST_CASE("the words after a figure, or the phrase it is of, name its measure", "[ingest][labelled-measures]") {
  CHECK(ingest::labelAfterFigure(" accuracy on the test", "percent") == "accuracy");
  CHECK(ingest::labelAfterFigure(" success rate, while", "percent") == "success rate");
  CHECK(ingest::labelAfterFigure(" faster than the baseline", "times") == "speedup");
  CHECK(ingest::labelAfterFigure(" accuracy loss", "percent").empty());
  CHECK(ingest::labelAfterFigure(" of the market", "percent").empty());
  CHECK(ingest::labelBeforeFigure("It reached a success rate of ", "percent") == "success rate");
  CHECK(ingest::labelBeforeFigure("an accuracy of about ", "percent") == "accuracy");
  CHECK(ingest::labelBeforeFigure("Accuracy: ", "percent") == "accuracy");
  CHECK(ingest::labelBeforeFigure("an improvement in accuracy of ", "percent").empty());
  CHECK(ingest::labelBeforeFigure("accuracy rose to ", "percent").empty());
  CHECK(ingest::isLabelledMeasure("accuracy", "percent"));
  CHECK(ingest::isLabelledMeasure("retention rate", "percent"));
  CHECK_FALSE(ingest::isLabelledMeasure("market share", "percent"));
  CHECK(ingest::isLabelledMeasure("speedup", "times"));
  CHECK(ingest::labelledUnder("percent") == "percentage");
  CHECK(ingest::labelledUnder("times") == "other");
}

TEST_CASE("the catch-all measures, which name a figure only by its unit or its change", "[ingest][labelled-measures]") {
  // One list for check (genericMeasure) and contested sets: GPU-hours' "compute" is its unit's catch-all as
  // "percentage" is a percent's; a label's measure is no catch-all.
  for (const char* measure : {"", "other", "percentage", "amount", "count", "compute", "increase", "decrease"}) {
    INFO(measure);
    CHECK(cg::ingest::isCatchAllMeasure(measure));
  }
  for (const char* measure : {"accuracy", "win rate", "market share", "number of tasks", "benchmark score"}) {
    INFO(measure);
    CHECK_FALSE(cg::ingest::isCatchAllMeasure(measure));
  }
}

TEST_CASE("what an improvement of a named quantity is", "[ingest][labelled-measures][direction]") {
  struct Case {
    std::vector<std::string> words;
    std::size_t at;
    const char* reading;
  };
  const Case cases[] = {
      {{"memory", "improvements"}, 0, "decrease"}, {{"primary", "misalignment", "metrics"}, 1, "decrease"},
      {{"response", "times"}, 0, "decrease"},  // a length of time (the "time" rows)
      {{"speed", "improvement"}, 0, "speedup"},    {{"throughput", "improvement"}, 0, "increase"},
      {{"context", "size"}, 0, "increase"},                                    // the longer cue over "size"
      {{"context", "size"}, 1, "decrease"},        {{"over", "time"}, 1, ""},  // "time" alone names no quantity
      {{"memory", "improvements"}, 1, ""},
  };
  for (const Case& c : cases) {
    INFO(c.words[c.at]);
    CHECK(ingest::improvementOfQuantityAt(c.words, c.at) == c.reading);
  }
}

TEST_CASE("an article's catch-all percentages take their labels, and only those", "[ingest][labelled-measures]") {
  const graph::ClaimGraph g = test::referencedArticle(
      "Marrowfield Agents",
      "| Agent | Accuracy | Win Rate |\n| --- | --- | --- |\n| Pelliver | 81% | 64% |\n\n"
      "Pelliver reached a success rate of 37% on the booking tasks. Dunmore runs 4x faster than Pelliver.\n\n"
      "A later patch cost Dunmore a 6% accuracy loss. Ostrander completed 58% of its trips.\n",
      "Studies", "marrowfield_agents.md");
  const auto all = test::figureLines(g);
  auto has = [&](const std::string& wanted) { return std::find(all.begin(), all.end(), wanted) != all.end(); };
  INFO(::Catch::Detail::stringify(all));
  CHECK(has("accuracy 81 percent"));
  CHECK(has("win rate 64 percent"));
  CHECK(has("success rate 37 percent"));
  CHECK(has("speedup 4 times"));
  CHECK(has("decrease 6 percent"));  // a loss in the figure's phrase is a fall, not an accuracy (h-dir37)
  CHECK(has("percentage 58 percent"));
}
