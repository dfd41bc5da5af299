// Whose words name a table figure's measure (its own column header, the headers of the row's cells
// without a figure only under a header that says no more than "Amount"), and figures no one gives: an
// "Explain Like I'm 5 (ELI5)" section's analogy. Fixtures written for these tests (no article text of
// ../shared).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/Article.h"
#include "ingest/Extractor.h"

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
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(markdown, "columns.md"));
  std::vector<Read> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity)
      out.push_back({c.quantity->text, c.measure, c.subject == graph::kNone ? "" : bundle.entities[c.subject].name});
  return out;
}

}  // namespace

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

TEST_CASE("an ELI5 section's analogy gives no figures", "[ingest][measure]") {
  const std::string analogy = "Imagine you have five friends, and each one likes to learn in a different way.\n";
  CHECK(figuresOf("# Modality\n\n## Explain Like I'm 5 (ELI5)\n\n" + analogy).empty());
  // Under a sub-heading of the section too; the same words in the page's own sections are read.
  CHECK(figuresOf("# Modality\n\n## Explain Like I'm 5 (ELI5)\n\n### Friends\n\n" + analogy).empty());
  CHECK(figuresOf("# Modality\n\n## Overview\n\n" + analogy).size() == 1);
}
