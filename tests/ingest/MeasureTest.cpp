// Measures (docs/MEASURES.md): what each figure counts, from its table column, its clause, its
// section heading; the subject of a list item led by a name; and statements read to the same
// measures as the articles they are checked against. Fixtures written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/MeasureNames.h"
#include "ingest/Statement.h"

using namespace cg;

namespace {

// One figure as extracted: its text as written, its measure, its subject's name.
struct Read {
  std::string figure, measure, subject;
  bool operator==(const Read&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Read& r) {
  return os << "{" << r.figure << ", " << r.measure << ", " << r.subject << "}";
}

// Every figure of a Markdown article, in order.
std::vector<Read> figuresOf(const std::string& markdown) {
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(markdown, "measures.md"));
  std::vector<Read> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity)
      out.push_back({c.quantity->text, c.measure, c.subject == graph::kNone ? "" : bundle.entities[c.subject].name});
  return out;
}

// Every figure's measure and value (a range's midpoint), in order.
std::vector<std::pair<std::string, double>> valuesOf(const std::string& markdown) {
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(markdown, "measures.md"));
  std::vector<std::pair<std::string, double>> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->value)
      out.emplace_back(c.measure, *c.quantity->value);
  return out;
}

std::vector<std::string> measuresOf(const std::string& markdown) {
  std::vector<std::string> out;
  for (const Read& r : figuresOf(markdown)) out.push_back(r.measure);
  return out;
}

}  // namespace

TEST_CASE("a table cell's figure is measured by its own column header first", "[ingest][measure]") {
  // Both figures stand in one row of a funding table: the Amount column says nothing, so the
  // row's words decide (a Series C is a round); the Valuation column names its own measure.
  CHECK(measuresOf("# Orbital Labs\n\n## Funding History\n\n"
                   "| Round | Date | Amount | Lead Investors | Valuation |\n|---|---|---|---|---|\n"
                   "| Series C | May 2023 | $450M | Halvard Capital | $4.6B |\n") ==
        std::vector<std::string>{"funding round", "valuation"});
  // A column header is refined like a clause: "Total Raised" is all the funding, not one round.
  CHECK(measuresOf("# Orbital Labs\n\n## Backers\n\n| Investor | Total Raised | Stake |\n|---|---|---|\n"
                   "| Halvard Capital | $1.2 billion | 12% |\n") == std::vector<std::string>{"total funding", "stake"});
  // A header naming two measures decides neither: the row's own words do.
  CHECK(measuresOf("# Orbital Labs\n\n## Peers\n\n| Company | Valuation/Revenue |\n|---|---|\n"
                   "| Halvard | $2 billion revenue |\n") == std::vector<std::string>{"revenue"});
  // A two-column fact box: the header says "Value", the row's first cell names the measure.
  CHECK(measuresOf("# Orbital Labs\n\n## Facts\n\n| Field | Value |\n|---|---|\n| Valuation | $39.5 billion |\n"
                   "| Users | 3 million |\n") == std::vector<std::string>{"valuation", "users"});
}

TEST_CASE("a figure whose clause names no measure takes its section heading's", "[ingest][measure]") {
  CHECK(measuresOf("# Orbital Labs\n\n## Revenue\n\n- 2023: $100 million\n- 2024: $400 million\n") ==
        std::vector<std::string>{"revenue", "revenue"});
  // The heading above, when the figure's own subsection names none.
  CHECK(measuresOf("# Orbital Labs\n\n## Users\n\n### 2024\n\nBy December the figure stood at 3 million.\n") ==
        std::vector<std::string>{"users"});
  // The figure's own words come first; a count's own noun is its measure; a heading naming
  // two measures decides neither.
  CHECK(measuresOf("# Orbital Labs\n\n## Revenue\n\n- 2024: 40 countries\n- 2024: a valuation of $2 billion\n") ==
        std::vector<std::string>{"number of countries", "valuation"});
  CHECK(measuresOf("# Orbital Labs\n\n## Funding and Valuation\n\n- 2024: $2 billion\n") ==
        std::vector<std::string>{"amount"});
}

// A label of common words ("Performance Gains:") is no name; a description led by another name
// (not a possessive) has its own subject.
TEST_CASE("a list item led by a known name and a colon is about that name", "[ingest][measure][subject]") {
  const std::string text =
      "# Orbital Labs\n\nOrbital Labs competes with Halvard Systems, Orbis Nordlys and Kestrel Analytics.\n\n"
      "## Competitors\n\n"
      "- Halvard Systems: Maker of Quill, valued at $300 billion\n"
      "- Orbis Nordlys: Ada Lindqvist's robotics company, valued at $2 billion\n"
      "- Market Outlook: valued at $5 billion\n"
      "- Kestrel Analytics (Oslo): about 900 employees\n"
      "- In 2024: revenue of $80 million\n"
      "- Coding Tools: Halvard Systems has a 70% market share\n";
  CHECK(figuresOf(text) == std::vector<Read>{{"$300 billion", "valuation", "Halvard Systems"},
                                             {"$2 billion", "valuation", "Orbis Nordlys"},
                                             {"$5 billion", "valuation", "Orbital Labs"},
                                             {"about 900 employees", "employees", "Kestrel Analytics"},
                                             {"$80 million", "revenue", "Orbital Labs"},
                                             {"70%", "market share", "Halvard Systems"},
                                             // the heading's count of its list (ListCounts.h)
                                             {"Competitors", "number of competitors", "Orbital Labs"}});
}

TEST_CASE("a round, a total and an investment are different measures", "[ingest][measure]") {
  CHECK(measuresOf("# Orbital Labs\n\nOrbital Labs raised $2 billion in a Series D, bringing its total funding to "
                   "$8 billion.\n") == std::vector<std::string>{"funding round", "total funding"});
  CHECK(measuresOf("# Orbital Labs\n\nOrbital Labs has raised $3 billion to date.\n") ==
        std::vector<std::string>{"total funding"});
  CHECK(measuresOf("# Orbital Labs\n\nHalvard Capital invested $500 million in Orbital Labs.\n") ==
        std::vector<std::string>{"investment"});
}

TEST_CASE("a semicolon ends a figure's clause: the words after it are the next figure's", "[ingest][measure]") {
  CHECK(measuresOf("# Orbital Labs\n\n| Date | Milestone |\n|---|---|\n| April 2024 | Raised $165 million; "
                   "valuation exceeded $1 billion |\n") == std::vector<std::string>{"funding round", "valuation"});
}

TEST_CASE("statements read to the measures their articles are typed with", "[ingest][measure][statement]") {
  struct Case {
    const char* statement;
    const char* measure;
  };
  const Case cases[] = {
      {"Orbital Labs raised $13 billion in a Series F round in September 2025.", "funding round"},
      {"Orbital Labs' valuation reached $183bn after its Series F.", "valuation"},
      {"Orbital Labs was valued at $61.5 billion in March 2025.", "valuation"},
      {"Orbital Labs has raised a total of $27 billion.", "total funding"},
      {"Halvard Capital has invested $13 billion in Orbital Labs.", "total investment"},
      {"Quill had 700 million weekly active users in October 2025.", "users"},
      {"Orbital Labs employs about 350 people.", "employees"},
      {"Orbital Labs passed $500 million in annual recurring revenue.", "revenue"},
      {"Orbital Labs' annualized revenue run-rate was $300 million.", "revenue"},
      {"Quill 2 has a context window of 256,000 tokens.", "context window"},
      {"Quill 2's largest context window holds about 1.4 million words.", "context window (words)"},
      {"Quill 2 has 671 billion parameters.", "parameters"},
      {"Quill 2 has 37 billion active parameters.", "active parameters"},
      {"Quill 2's main training run used roughly 9 million GPU-hours.", "training compute"},
      {"Orbital Labs put the cost of the final training run at about $12 million.", "training cost"},
      {"Orbital Labs agreed to pay $1.5 billion to settle the authors' suit.", "settlement"},
      {"Orbital Labs bought Halvard Systems for $2 billion in May 2025.", "acquisition price"},
      {"Halvard Systems lost about $450 billion in market value on January 27, 2025.", "market value lost"},
      {"Halvard Systems' shares fell 17% on January 27, 2025.", "price fall"},
      {"Halvard Systems' shares rose 9% on January 28, 2025.", "price rise"},
      {"Quill holds a 42% market share.", "market share"},
      {"Quill holds about 42% of the AI coding assistant market.", "market share"},
      {"Quill fell 17% of its market value in one day.", "price fall"},
      {"The Nasdaq Composite fell about 3.1 percent on January 27, 2025.", "price fall"},
      {"Halvard Systems closed down about 17 percent.", "price fall"},
      {"Quill's accuracy rose 6% after the update.", "increase"},
      {"Page views from search fell 34% in 2025.", "decrease"},
      {"Quill cut its inference costs by 40% in 2025.", "decrease"},
      {"Quill 2 uses 40% fewer tokens than Quill 1.", "decrease"},
      {"Orbital Labs' revenue was up 20% in 2025.", "increase"},
      {"NFL game summaries supply about 60% of the passages in DROP.", "percentage"},
      {"Orbital Labs serves 300,000 business customers.", "customers"},
      {"Orbital Labs has 50 million monthly active users.", "users"},
      {"Quill 2 was trained on 100,000 H100 GPUs.", "GPU count"},
      {"Orbital Labs' capital expenditure was $1.6 billion in 2024.", "capital expenditure"},
  };
  for (const Case& c : cases) {
    INFO(c.statement);
    CHECK(ingest::readStatement(c.statement).measure == c.measure);
  }
}

TEST_CASE("a bare verb of change is a decrease or an increase, made a price's by a price word", "[ingest][measure]") {
  // No price, share, stock or index word: which way a figure went, not what went.
  CHECK(measuresOf("# Quill\n\nQuill's accuracy rose 6% and its error rate fell 12% after the update.\n") ==
        std::vector<std::string>{"increase", "decrease"});
  CHECK(measuresOf("# Quill\n\n| Setting | Score | Drop |\n|---|---|---|\n| Noisy | 61.2% | -8.7% |\n") ==
        std::vector<std::string>{"percentage", "decrease"});
  // A price word in the clause, the row's headers or the section's heading makes it a price change.
  CHECK(measuresOf("# Halvard\n\nHalvard's shares fell 17% and its share price rose 9% a day later.\n") ==
        std::vector<std::string>{"price fall", "price rise"});
  CHECK(measuresOf("# Halvard\n\n| Company / index | Move |\n|---|---|\n| Halvard | down ~12% |\n") ==
        std::vector<std::string>{"price fall"});
  CHECK(measuresOf("# Halvard\n\n## Stock market reaction\n\nHalvard dropped 17% on the day.\n") ==
        std::vector<std::string>{"price fall"});
}

TEST_CASE("up and down name a change only next to the figure", "[ingest][measure]") {
  CHECK(measuresOf("# Quill\n\nQuill's page views were up 20% and its bounce rate was down ~5%.\n") ==
        std::vector<std::string>{"increase", "decrease"});
  CHECK(measuresOf("# Quill\n\nQuill's retention was up by 3% in May.\n") == std::vector<std::string>{"increase"});
  // "up from": the first figure is the new level, the second the old; neither is a rise.
  CHECK(measuresOf("# Quill\n\nQuill expects 60% of its data to be synthetic by 2024, up from 1% in 2021.\n") ==
        std::vector<std::string>{"percentage", "percentage"});
  // "up to" bounds the figure after it, "sums up" is a verb's particle: no change either.
  CHECK(measuresOf("# Quill\n\nQuill's cache serves 30% of requests and handles up to 25% more traffic.\n") ==
        std::vector<std::string>{"percentage", "increase"});
  CHECK(measuresOf("# Quill\n\nThe summary sums up 80% of the findings.\n") == std::vector<std::string>{"percentage"});
}

TEST_CASE("the nouns and comparatives of a fall name a decrease", "[ingest][measure]") {
  CHECK(measuresOf("# Quill\n\nQuill reported a 42.5% reduction in training costs.\n") ==
        std::vector<std::string>{"decrease"});
  CHECK(measuresOf("# Quill\n\nQuill 2 uses 40% fewer tokens and 75% less memory than Quill 1.\n") ==
        std::vector<std::string>{"decrease", "decrease"});
  CHECK(measuresOf("# Quill\n\nQuill's chips draw 60-65% lower power than GPUs.\n") ==
        std::vector<std::string>{"decrease"});
  CHECK(measuresOf("# Quill\n\nQuill reduced latency by 30% and scored 20% higher than Halvard.\n") ==
        std::vector<std::string>{"decrease", "increase"});
  // Before the figure a comparative is its bound ("less than 5%"), no change.
  CHECK(measuresOf("# Quill\n\nLess than 5% of Quill's users subscribe.\n") == std::vector<std::string>{"percentage"});
  // A table cell says "reduction" in its own words.
  CHECK(measuresOf("# Quill\n\n## Results\n\nQuill's accuracy rose 6% after the update.\n\n"
                   "| Task | Effect |\n|---|---|\n| Cooling | 60% reduction |\n") ==
        std::vector<std::string>{"increase", "decrease"});
}

TEST_CASE("a change is the figure's own: not a part's, nor another column's, and a sign is one", "[ingest][measure]") {
  // A percentage of a noun phrase is a part of it: a word of change elsewhere in the clause is not its.
  CHECK(measuresOf("# Quill\n\nThe T4 is a cost-reduced variant with roughly 60% of the throughput of the T5.\n") ==
        std::vector<std::string>{"percentage"});
  CHECK(measuresOf("# Quill\n\nQuill cut 40% of its staff in May.\n") == std::vector<std::string>{"decrease"});
  // The header of another column of the row names that column's change.
  CHECK(measuresOf("# Quill\n\n| Method | Trainable Parameters | GPU Memory Reduction |\n|---|---|---|\n"
                   "| Adapters | 0.3%-6% | Moderate |\n") == std::vector<std::string>{"percentage"});
  // "+262% year-over-year": the sign says which way.
  CHECK(measuresOf("# Quill\n\nQuill's revenue hit $26.0 billion (+262% year-over-year).\n") ==
        std::vector<std::string>{"revenue", "increase"});
}

TEST_CASE(
    "a word of change right after another figure or across a contrast is not the figure's, and a sign outweighs a "
    "heading",
    "[ingest][measure]") {
  // "82% reduction": the noun is the 82%'s, not the 29%'s beside it, whose own "better" makes it a rise (h-dir37).
  CHECK(measuresOf("# Quill\n\nQuill showed an 82% reduction in harmful output and 29% better adherence.\n") ==
        std::vector<std::string>{"decrease", "increase"});
  // The 2.8%'s "decrease" is not the 28%'s, whose own "faster" makes it a speed-up.
  CHECK(measuresOf("# Quill\n\nQuill reached 60% sparsity (2.8% relative decrease), 28% faster inference.\n") ==
        std::vector<std::string>{"sparsity", "decrease", "speedup"});
  // Each figure keeps its own word of change.
  CHECK(measuresOf("# Quill\n\nQuill delivers 20% throughput increase, 60% memory reduction.\n") ==
        std::vector<std::string>{"increase", "decrease"});
  // A list of figures shares the noun after its last.
  CHECK(measuresOf("# Quill\n\nQuill achieved 90%, 76%, and 62% weight reduction on MONK.\n") ==
        std::vector<std::string>{"decrease", "decrease", "decrease"});
  // A word of change across "while" or "despite" is the other clause's.
  CHECK(measuresOf("# Quill\n\nQuill reduced intake time by 44% while improving accuracy by 25%.\n") ==
        std::vector<std::string>{"decrease", "percentage"});
  CHECK(measuresOf("# Quill\n\nQuill's accuracy increased by 34% while reducing costs.\n") ==
        std::vector<std::string>{"increase"});
  // A year before a verb of change is no figure of its own.
  CHECK(measuresOf("# Quill\n\nIn 2024 sales fell 10% in Europe.\n") == std::vector<std::string>{"decrease"});
  // The sign says which way, whatever the heading's word of change.
  CHECK(measuresOf("# Quill\n\n## Efficiency Gains\n\n| Method | Latency |\n|---|---|\n| Quill | (\u221291.5%) |\n") ==
        std::vector<std::string>{"decrease"});
}

TEST_CASE("a signed figure in a column that names a gap is a difference from a reference, no change",
          "[ingest][measure]") {
  // "Gap from Human": the -21.3% is how far the model's score lies below the human baseline, no fall of it.
  CHECK(measuresOf("# Quill\n\n| Model | Gap from Human |\n|---|---|\n| Quill | -21.3% |\n| Tessel | +4.5% |\n") ==
        std::vector<std::string>{"percentage", "percentage"});
  CHECK(measuresOf("# Quill\n\n| Model | Performance Gaps |\n|---|---|\n| Quill | \u221220% |\n") ==
        std::vector<std::string>{"percentage"});
  // A column of change over time keeps the sign's direction.
  CHECK(measuresOf("# Quill\n\n| Year | Change |\n|---|---|\n| 2024 | +12% |\n| 2025 | -3% |\n") ==
        std::vector<std::string>{"increase", "decrease"});
}

TEST_CASE(
    "a signed number under a difference header is a difference of the row's two scores, its subject the one behind",
    "[ingest][measure][signed]") {
  const std::string table =
      "# Sable\n\n| Benchmark | Sablo M1 | Sablo M2 | Difference |\n| --- | --- | --- | --- |\n"
      "| Vexbench (5-shot) | 86.0 | 88.6 | -2.6 |\n| MMLU | 89.0 | 88.4 | -0.6 |\n";
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(table, "sable.md"));
  std::vector<std::tuple<std::string, double, std::string, std::string>> differences;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.measure == ingest::kScoreDifference && c.quantity && c.quantity->value)
      differences.emplace_back(bundle.entities[c.subject].name, *c.quantity->value, c.quantity->unit, c.scope);
  // Which model is behind is read by the arithmetic: 86.0 - 88.6 is -2.6, and 88.4 - 89.0 is -0.6.
  using D = std::tuple<std::string, double, std::string, std::string>;
  CHECK(differences ==
        std::vector<D>{D{"Sablo M1", -2.6, "points", "Vexbench"}, D{"Sablo M2", -0.6, "points", "MMLU"}});
}

TEST_CASE("a signed figure keeps its sign unless its measure names which way it went", "[ingest][measure]") {
  using Values = std::vector<std::pair<std::string, double>>;
  // A gap below the reference is below nothing: -21.3, not 21.3.
  CHECK(valuesOf("# Quill\n\n| Model | Gap from Human |\n|---|---|\n| Quill | -21.3% |\n| Tessel | +4.5% |\n") ==
        Values{{"percentage", -21.3}, {"percentage", 4.5}});
  // A change whose measure says which way is stored as its size ("fell 3%").
  CHECK(valuesOf("# Quill\n\n| Year | Change |\n|---|---|\n| 2024 | +12% |\n| 2025 | -3% |\n") ==
        Values{{"increase", 12}, {"decrease", 3}});
  // A range of falls is one of sizes.
  std::vector<graph::ClaimRecord> claims =
      ingest::extract(
          ingest::readArticle("# Quill\n\n| Mechanism | Quality |\n|---|---|\n| MQA | -5 to -10% |\n", "measures.md"))
          .claims;
  std::erase_if(claims, [](const graph::ClaimRecord& c) { return !c.quantity; });
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].measure == "decrease");
  CHECK(*claims[0].quantity->low == 5);
  CHECK(*claims[0].quantity->high == 10);
  // A correlation below zero keeps its sign, and so does a gap its clause names.
  CHECK(valuesOf("# Quill\n\nScores on Quill show a correlation of -0.42 with question length.\n") ==
        Values{{"correlation", -0.42}});
  CHECK(valuesOf("# Quill\n\nOn WARBLE, Quill trails humans by a gap of -21.3% overall.\n") ==
        Values{{"percentage", -21.3}});
}

// Which way a change goes when its words name no rise or fall (h-dir37): "20% faster" is a speed-up, "a 30%
// improvement" a rise unless what improved is a length of time, "a 5% loss" a fall, "20% better" a rise; a particle
// verb's "-ing" form ("turning up about 70%") names no change. Read the same in an article and in a statement.
TEST_CASE("a percentage faster or slower is a speed-up or a slowdown", "[ingest][measure][direction]") {
  using Values = std::vector<std::pair<std::string, double>>;
  CHECK(valuesOf("# Quill\n\nQuill trains approximately 40% faster than Tessel.\n") == Values{{"speedup", 40}});
  CHECK(valuesOf("# Quill\n\nFlash kernels give a 15% speedup on long inputs.\n") == Values{{"speedup", 15}});
  CHECK(valuesOf("# Quill\n\nQuill runs 10% slower on CPUs.\n") == Values{{"slowdown", 10}});
  // Nearest to the figure: "faster", not another figure's reduction.
  CHECK(valuesOf("# Quill\n\nDistillation gives a 44.9% model size reduction and 40.2% faster inference.\n") ==
        Values{{"decrease", 44.9}, {"speedup", 40.2}});
  // A table cell reads as a sentence does.
  CHECK(valuesOf("# Quill\n\n| Method | Effect |\n|---|---|\n| Distillation | ~35% faster inference |\n") ==
        Values{{"speedup", 35}});
}

TEST_CASE("an improvement goes the way its quantity's users want", "[ingest][measure][direction]") {
  using Values = std::vector<std::pair<std::string, double>>;
  CHECK(valuesOf("# Quill\n\nQuill shows a 25% throughput improvement.\n") == Values{{"increase", 25}});
  CHECK(valuesOf("# Quill\n\nQuill shows a 12.5% improvement in retrieval accuracy.\n") == Values{{"increase", 12.5}});
  CHECK(valuesOf("# Quill\n\nRetrieval accuracy can be improved by up to 8% with mined prompts.\n") ==
        Values{{"increase", 8}});
  // A length of time that improves falls.
  CHECK(valuesOf("# Quill\n\nQuill shows a 22% latency improvement.\n") == Values{{"decrease", 22}});
  CHECK(valuesOf("# Quill\n\nQuill gives a 30% improvement in response times.\n") == Values{{"decrease", 30}});
  // A part of an improvement is none ("of" after the figure).
  CHECK(valuesOf("# Quill\n\nThe distilled model captured 80% of the performance improvement.\n") ==
        Values{{"percentage", 80}});
  // A quantity its users want smaller falls, speed speeds up (data/labelled_measures.tsv, "improved").
  CHECK(valuesOf("# Quill\n\nQuill gives 70% memory improvements over full fine-tuning.\n") ==
        Values{{"decrease", 70}});
  CHECK(valuesOf("# Quill\n\nQuill shows a 60% improvement on primary misalignment metrics.\n") ==
        Values{{"decrease", 60}});
  CHECK(valuesOf("# Quill\n\nUsers report a 50% speed improvement with Quill.\n") == Values{{"speedup", 50}});
  // The quantity named nearest the figure decides; "over time" names none.
  CHECK(valuesOf("# Quill\n\nQuill shows a 20% improvement in accuracy at half the cost.\n") ==
        Values{{"increase", 20}});
  CHECK(valuesOf("# Quill\n\nQuill shows a 20% improvement over time.\n") == Values{{"increase", 20}});
  // A table cell reads as a sentence does.
  CHECK(valuesOf("# Quill\n\n| Method | Effect |\n|---|---|\n| Quantization | 70% memory improvements |\n") ==
        Values{{"decrease", 70}});
}

TEST_CASE("savings are a fall and an acceleration a speed-up within the figure's phrase",
          "[ingest][measure][direction]") {
  using Values = std::vector<std::pair<std::string, double>>;
  CHECK(valuesOf("# Quill\n\nEdge devices see 40% energy savings with Quill.\n") == Values{{"decrease", 40}});
  CHECK(valuesOf("# Quill\n\nQuill saw cost savings of 30% last year.\n") == Values{{"decrease", 30}});
  CHECK(valuesOf("# Quill\n\nPruning gives Quill 28% inference acceleration.\n") == Values{{"speedup", 28}});
  // A cue before the noun "rate" names the rate: no change.
  CHECK(valuesOf("# Quill\n\nQuill's users kept a savings rate of 5%.\n") == Values{{"savings rate", 5}});
}

TEST_CASE("a loss, better and worse name which way a percentage went within its phrase",
          "[ingest][measure][direction]") {
  using Values = std::vector<std::pair<std::string, double>>;
  CHECK(valuesOf("# Quill\n\nQuantizing Quill costs a 2% accuracy loss.\n") == Values{{"decrease", 2}});
  CHECK(valuesOf("# Quill\n\nQuill shows 29% better adherence to safety policies.\n") == Values{{"increase", 29}});
  // A note in another cell of the row is not the figure's phrase.
  CHECK(valuesOf("# Quill\n\n| Failure | Frequency | Impact |\n|---|---|---|\n| Weak Dialogue | High (~60%) | Major "
                 "quality loss |\n") == Values{{"percentage", 60}});
}

TEST_CASE("a statement reads speed-ups, improvements and a particle verb's -ing form as an article does",
          "[ingest][measure][direction]") {
  CHECK(ingest::readStatement("Quill is 40% faster than Tessel.").measure == "speedup");
  CHECK(ingest::readStatement("Training with DPO is roughly 40 percent quicker than RLHF with PPO.").measure ==
        "speedup");
  CHECK(ingest::readStatement("Quill improved retrieval accuracy by 8%.").measure == "increase");
  CHECK(ingest::readStatement("Quill cut latency by 22%.").measure == "decrease");
  CHECK(ingest::readStatement("Quill's memory use improved by 70%.").measure == "decrease");
  CHECK(ingest::readStatement("Quill brings a 50% speed improvement.").measure == "speedup");
  CHECK(ingest::readStatement("Quill gives 28% inference acceleration.").measure == "speedup");
  // "turning up" is a verb and its particle, no rise ("turn up": data/particle_verbs.txt).
  CHECK(
      ingest::readStatement("Weak dialogue is a common failure of Quill, turning up about 60% of the time.").measure ==
      "percentage");
}

TEST_CASE("a verb of movement names its change in every form, not only those data/measures.tsv writes",
          "[ingest][measure][statement]") {
  // data/measures.tsv writes "raise", "grow", "drop|dropped|drops", "surged", "rise|rises|rose".
  CHECK(measuresOf("# Quill\n\nQuill's revenue has grown by more than 30% since 2023.\n") ==
        std::vector<std::string>{"growth"});
  CHECK(measuresOf("# Quill\n\nAnalysts saw a 1,445% surge in Quill's inquiries.\n") ==
        std::vector<std::string>{"increase"});
  CHECK(measuresOf("# Quill\n\nQuill's error rate has risen 4% and its recall is falling 2% a month.\n") ==
        std::vector<std::string>{"increase", "decrease"});
  // A form another rule writes keeps that rule: "lower" of "lowered" names a fall only next to the figure.
  CHECK(measuresOf("# Quill\n\nQuill reaches 60% accuracy, while a much lower ceiling holds for Tessel.\n") ==
        std::vector<std::string>{"accuracy"});
  // The ends of a change from A to B stay levels whichever form the verb takes.
  CHECK(measuresOf("# Quill\n\nQuill's Pass@1 is climbing from 49.7% to 52.4%.\n") ==
        std::vector<std::string>{"pass@1", "pass@1"});
  // A statement is read as an article is: "raised" as "raise".
  CHECK(ingest::readStatement("Mined prompts raised Quill's retrieval accuracy by as much as 8%.").measure ==
        "increase");
  CHECK(ingest::readStatement("Mined prompts raise Quill's retrieval accuracy by as much as 8%.").measure ==
        "increase");
}

TEST_CASE("a proper adjective before a noun makes no place the subject of a page's figure", "[ingest][subjects]") {
  // "European users" are Quill's users in Europe: the figure is the page's, not Europe's.
  CHECK(figuresOf("# Quill\n\nEurope is a large market. European users of Quill reached 2 million in 2024.\n") ==
        std::vector<Read>{{"2 million", "users", "Quill"}});
  CHECK(figuresOf("# Quill\n\nChinese models score 80% on Quill's benchmark.\n") ==
        std::vector<Read>{{"80%", "percentage", "Quill"}});
}

TEST_CASE("the ends of a change from A to B are levels of the measure the sentence names", "[ingest][measure]") {
  // Neither end is the change (+1.1 points): both are levels of what the sentence names, the first an earlier one.
  CHECK(measuresOf("# Quill\n\nQuill improved from 74.52% to 77.50% accuracy.\n") ==
        std::vector<std::string>{"accuracy", "accuracy"});
  // The change's subject names them.
  CHECK(measuresOf("# Quill\n\nQuill's Pass@1 rises from 49.7% to 50.8% with memory.\n") ==
        std::vector<std::string>{"pass@1", "pass@1"});
  // A level a change reaches is no change, and takes none from the figure before it.
  CHECK(measuresOf("# Quill\n\nQuill's hit rate rose to 45% in May.\n") == std::vector<std::string>{"hit rate"});
  CHECK(measuresOf("# Quill\n\nQuill's market share grew to 45%.\n") == std::vector<std::string>{"market share"});
  CHECK(measuresOf("# Quill\n\nQuill's revenue grew 12% in May. About 30% of it came from Europe.\n") ==
        std::vector<std::string>{"growth", "percentage"});
  // The change itself, by its size, stays one.
  CHECK(measuresOf("# Quill\n\nQuill's accuracy increased by 6% after the update.\n") ==
        std::vector<std::string>{"increase"});
}

TEST_CASE("a word written in capitals is a name, no cue of a percentage's measure", "[ingest][measure]") {
  // DROP is a benchmark: neither its name in the clause nor the heading it titles is a verb of change.
  CHECK(measuresOf("# DROP\n\nNFL game summaries supply about 60% of the passages in DROP.\n") ==
        std::vector<std::string>{"percentage"});
  CHECK(measuresOf("# DROP\n\n| Metric | Value |\n|---|---|\n| Human performance | 96.0% |\n") ==
        std::vector<std::string>{"percentage"});
  // Written in lower case it is the verb again.
  CHECK(measuresOf("# Quill\n\nQuill saw a drop of 60% in the passages it answered.\n") ==
        std::vector<std::string>{"decrease"});
}

TEST_CASE("a heading that narrows a figure's measure names it", "[ingest][measure]") {
  // The column says "cost"; the section says which cost.
  CHECK(measuresOf("# Orbital Labs\n\n## Training Costs\n\n| Model | Estimated cost |\n|---|---|\n"
                   "| Quill 2 | $10-20 million |\n") == std::vector<std::string>{"training cost"});
  // A heading naming another measure does not override the figure's own words.
  CHECK(measuresOf("# Orbital Labs\n\n## Revenue\n\nThe company was valued at $2 billion.\n") ==
        std::vector<std::string>{"valuation"});
}

TEST_CASE("a list label of common words is no name", "[ingest][measure][subject]") {
  // "Efficient Architecture" is a heading of the item; the figure keeps the subject its clause gives.
  CHECK(figuresOf("# Orbital Labs\n\nOrbital Labs builds robots with Quill Engine.\n\n## Competitors\n\n"
                  "- Efficient Architecture: uses only half of the Quill Engine layers, cutting cost by about 50%\n"
                  "- Halvard Nordlys: uses only half of the Quill Engine layers, cutting cost by about 50%\n") ==
        std::vector<Read>{{"about 50%", "decrease", "Quill Engine"},
                          {"about 50%", "decrease", "Halvard Nordlys"},
                          // The heading that is one plural noun counts the list under it (ListCounts.h).
                          {"Competitors", "number of competitors", "Orbital Labs"}});
}

TEST_CASE("a figure under a header of its own takes no measure from the row's name column", "[ingest][measure]") {
  // "GPU" heads the column that names each row's chip: a number under "Tokens/sec" counts no GPUs.
  CHECK(figuresOf("# Quillon Chips\n\n## Throughput\n\n| GPU Model | Memory | Tokens/sec (Llama 70B) |\n"
                  "|---|---|---|\n| Quillon Q7 | 96 GB | ~2,400 |\n") ==
        std::vector<Read>{{"96 GB", "other", "Quillon Q7"}, {"~2,400", "count", "Quillon Q7"}});
  // An empty cell of another column ("Undisclosed") says nothing of this column's figure.
  CHECK(figuresOf("# Quillon Chips\n\n## Models\n\n| Model | Parameter Count | Training Compute |\n"
                  "|---|---|---|\n| Quillon Q7 | Undisclosed | >10^25 FLOPs |\n") ==
        std::vector<Read>{{">10^25 FLOPs", "number of flops", "Quillon Q7"}});
}

TEST_CASE("an attribute table's first header names no measure of its rows", "[ingest][measure]") {
  // "Parameter | 8B | 70B": each row's label says what is measured; "Parameter" is the column's role.
  const std::vector<Read> read = figuresOf(
      "# Quillon\n\n## Architecture\n\n| Parameter | 8B | 70B |\n|---|---|---|\n| Hidden dimension | 4,096 | 8,192 "
      "|\n");
  REQUIRE(read.size() == 2);
  CHECK(read[0].figure == "4,096");
  CHECK(read[0].measure == "count");
  CHECK(read[1].figure == "8,192");
  CHECK(read[1].measure == "count");
  // The label of a row of "Metric | Value" still names its figure's measure.
  CHECK(figuresOf("# Quillon\n\n## Facts\n\n| Metric | Value |\n|---|---|\n| Monthly users | 3 million |\n") ==
        std::vector<Read>{{"3 million", "users", ""}});
}

TEST_CASE("an attribute table's row label counts the bare numbers of its row", "[ingest][measure]") {
  // "Feature | Q7 | Q9": "CUDA cores" says what each chip's number counts, as "| CUDA cores | 16,896 |" would.
  CHECK(figuresOf("# Quillon\n\n## Design\n\n| Feature | Q7 | Q9 |\n|---|---|---|\n"
                  "| CUDA cores | 16,896 | 14,592 |\n") ==
        std::vector<Read>{{"16,896", "number of cores", "Q7"}, {"14,592", "number of cores", "Q9"}});
  // A label that holds a cue keeps the cue's measure: "Max output tokens" is an output length.
  CHECK(measuresOf("# Quillon\n\n## Limits\n\n| Feature | Q7 | Q9 |\n|---|---|---|\n"
                   "| Max output tokens | 16,384 | 32,768 |\n") ==
        std::vector<std::string>{"output length", "output length"});
}

TEST_CASE("an attribute table's row label that is wholly a value noun names its numbers' measure",
          "[ingest][measure]") {
  // "| Vocabulary size | 128,256 |" states a vocabulary size, as "Vocabulary size: 128,256" does.
  const std::vector<Read> read = figuresOf(
      "# Quillon\n\n## Architecture\n\n| Parameter | 8B | 70B |\n|---|---|---|\n"
      "| Vocabulary size | 128,256 | 128,000 |\n| FFN dimension | 14,336 | 28,672 |\n");
  REQUIRE(read.size() == 4);
  CHECK(read[0] == Read{"128,256", "vocabulary size", "8B"});
  CHECK(read[1] == Read{"128,000", "vocabulary size", "70B"});
  CHECK(read[2] == Read{"14,336", "ffn dimension", "8B"});
  CHECK(read[3] == Read{"28,672", "ffn dimension", "70B"});
  // "Context length" is a cue of its own (data/measures.tsv): the context window, not a value noun's measure.
  CHECK(measuresOf("# Quillon\n\n## Architecture\n\n| Parameter | 8B | 70B |\n|---|---|---|\n"
                   "| Context length | 8,192 | 8,192 |\n") ==
        std::vector<std::string>{"context window", "context window"});
}

TEST_CASE("a figure under a header that names no quantity takes the row's other headers", "[ingest][measure]") {
  // "Amount" and "Amount (USD)" say only that the cells are values: the round's column says of what.
  CHECK(figuresOf("# Quillon\n\n## Funding\n\n| Round | Date | Amount (USD) |\n|---|---|---|\n"
                  "| Series B | March 2024 | $65 million |\n") ==
        std::vector<Read>{{"$65 million", "funding round", ""}});
  // A count under "Number" is a count of what the row's figureless cells name.
  CHECK(figuresOf("# Quillon\n\n## Fleet\n\n| GPU | Number |\n|---|---|\n| H100 | 4,096 |\n") ==
        std::vector<Read>{{"4,096", "GPU count", "H100"}});
}

TEST_CASE("a percentage keeps the row's name column as its measure's context", "[ingest][measure]") {
  // "Company / index" says the row is a stock index: its move is a price fall, under a header of its own.
  CHECK(figuresOf("# Halvard\n\n## Markets\n\n| Company / index | Move |\n|---|---|\n| Nasdaq | down 3% |\n") ==
        std::vector<Read>{{"3%", "price fall", "Nasdaq"}});
}
