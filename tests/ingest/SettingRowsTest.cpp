// Whose a results table's row is when its header names no known thing: under a first header that says
// the rows are modes or settings ("Mode | Book | Slides"), the page's product run in that mode, not
// the benchmark a heading over the table names; under a first header "Model", a row header written as
// a model's name ("zeta.ocr") is that model, whatever its case (h-subj28).
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"

using namespace cg;
using test::figureSubject;

namespace {

// A model's page whose evaluation section is headed by the benchmark it was measured on.
graph::ClaimGraph orreryOcr(const std::string& firstHeader) {
  return test::referencedArticle(
      "Orrery-OCR",
      "**Orrery-OCR** is an open-source document reading model released by [Orrery](/wiki/orrery) in October "
      "2025.[1]\n\n"
      "## Evaluation\n\n### Quarrybench (page parsing)\n\n"
      "On [Quarrybench](/wiki/quarrybench), Orrery-OCR reports a low edit distance while using few tokens.[1] "
      "Quarrybench scores the parsing of whole pages.[1]\n\n"
      "| Model | Tokens | Overall |\n| --- | --- | --- |\n"
      "| zeta.ocr | 3949 | 0.182 |\n| Human baseline | 120 | 0.051 |\n\n"
      "#### Category results (Quarrybench)\n\n"
      "| " +
          firstHeader +
          " | Book | Slides | Overall |\n| --- | --- | --- | --- |\n"
          "| Tiny | 0.147 | 0.116 | 0.320 |\n",
      "Models", "orrery-ocr.md");
}

}  // namespace

TEST_CASE("A row under a Mode header is the page's product run in that mode", "[subjects][tables]") {
  const auto g = orreryOcr("Mode");
  CHECK(figureSubject(g, 0.147, "") == "Orrery-OCR");
  CHECK(figureSubject(g, 0.320, "") == "Orrery-OCR");
  // "Configuration" says the same; a header that says nothing of the rows leaves them to the heading's name.
  CHECK(figureSubject(orreryOcr("Configuration"), 0.116, "") == "Orrery-OCR");
  CHECK(figureSubject(orreryOcr("Variant name"), 0.116, "") == "Quarrybench");
}

TEST_CASE("A row head under a Model header written as a model's name is that model", "[subjects][tables]") {
  const auto g = orreryOcr("Mode");
  CHECK(figureSubject(g, 3949, "tokens") == "zeta.ocr");
  CHECK(figureSubject(g, 0.182, "") == "zeta.ocr");
  // Plain English words are no model's name: the row stays the section's.
  CHECK(figureSubject(g, 0.051, "") == "Quarrybench");
}
