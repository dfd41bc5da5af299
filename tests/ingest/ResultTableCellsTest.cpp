// Figure forms of results tables and instructions (h-count26): a fraction written to two decimals
// or more in a table of results is a score with no unit ("| Nougat | 2352 | 0.452 |", an edit distance),
// not in a table of settings ("| Top-p | 0.95 |"); a column that averages a count ("Tokens (avg.)")
// gives its cells in the count's unit; a verb opening an instruction before a number word ("Reference
// three sources with links") is an imperative, not a name. Fixtures written for these tests (no article
// text of ../shared).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"

using namespace cg;

namespace {

graph::ClaimGraph page(const std::string& body) {
  return test::referencedArticle("Quillon", body, "Terms", "quillon.md");
}

std::string number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// "measure value unit" of every figure claim, in order.
std::string figuresOf(const std::string& body) {
  const graph::ClaimGraph g = page(body);
  std::string out;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    out += (out.empty() ? "" : "; ") + std::string(g.str(claim.measure)) + " " + number(claim.value) + " " +
           std::string(g.str(claim.unit));
  }
  return out;
}

}  // namespace

TEST_CASE("a fraction in a table of results is a score with no unit", "[ingest][tables]") {
  // Rows of models: each fraction is a score, the average count column in tokens.
  CHECK(figuresOf("Results on the test set:\n\n| Model | Tokens (avg.) | Overall |\n| --- | --- | --- |\n"
                  "| Quillon | 2352 | 0.452 |\n") == "average number of tokens 2352 tokens; score 0.452 ");
  // Three fractions in a row are one thing's scores across the columns, whatever the headers say.
  CHECK(figuresOf("Per category:\n\n| Mode | Book | Slides | Notes |\n| --- | --- | --- | --- |\n"
                  "| Tiny | 0.147 | 0.116 | 0.940 |\n") == "score 0.147 ; score 0.116 ; score 0.94 ");
  // A score column in a table that is neither.
  CHECK(figuresOf("| Method | Accuracy |\n| --- | --- |\n| Quillon | 0.084 |\n") == "score 0.084 ");
}

TEST_CASE("no fraction of a table of settings, nor one written to one decimal", "[ingest][tables]") {
  CHECK(figuresOf("| Parameter | Value | Purpose |\n| --- | --- | --- |\n| Top-p | 0.95 | Nucleus sampling |\n") == "");
  CHECK(figuresOf("| Hyperparameter | Small | Base | Large |\n| --- | --- | --- | --- |\n"
                  "| Dropout | 0.05 | 0.10 | 0.15 |\n") == "");
  CHECK(figuresOf("| Mode | Book | Slides | Notes |\n| --- | --- | --- | --- |\n| Tiny | 0.1 | 0.2 | 0.9 |\n") == "");
  // Fewer than three fractions under headers that say nothing of scores.
  CHECK(figuresOf("| Name | Weight |\n| --- | --- |\n| Quillon | 0.25 |\n") == "");
}

TEST_CASE("an average count's column gives its cells in the count's unit, not a rate's", "[ingest][tables]") {
  CHECK(figuresOf("| Model | Avg. vision tokens |\n| --- | --- |\n| Quillon | 795 |\n") ==
        "average number of tokens 795 tokens");
  CHECK(figuresOf("| Model | Avg. tokens/s |\n| --- | --- |\n| Quillon | 795 |\n") == "");
  CHECK(figuresOf("| Model | Average words per answer |\n| --- | --- |\n| Quillon | 12 |\n") == "");
}

TEST_CASE("a verb opening an instruction before a number word is an imperative", "[ingest][counts]") {
  CHECK(figuresOf("Reference three sources with links.") == "number of sources 3 count");
  CHECK(figuresOf("Generate three variations.") == "number of variations 3 count");
  // A name writes its number word capitalised; a word that is no verb stays a name's.
  CHECK(figuresOf("Formula One races are held.") == "");
  CHECK(figuresOf("Quillon Three units were sold.") == "");
}

TEST_CASE("no score of a fraction under a header that states its unit, in an aside's aside too", "[ingest][tables]") {
  CHECK(figuresOf("| Model | Creator | Median (First Chunk (s)) |\n| --- | --- | --- |\n| Quillon | Acme | 0.18 |\n")
            .find("score") == std::string::npos);
}
