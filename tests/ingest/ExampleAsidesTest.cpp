// Whose the figures after an example in brackets are ("Can be trained on a single consumer GPU (for
// example Corvex 9080 with 12GB VRAM)"): the example owns what its aside says of it, and the items and
// sentences after it go on speaking of what the text is about, not of the example.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::figureSubject;

TEST_CASE("A name after an example cue in an open bracket is an example", "[subjects][asides]") {
  const std::string text = "Runs on a GPU (for example Corvex 9080, Ardent X2 and Velo 5 with 12GB VRAM) today.";
  CHECK(ingest::inExampleAside(text, 0, text.find("Corvex")));
  CHECK(ingest::inExampleAside(text, 0, text.find("Ardent")));
  CHECK(ingest::inExampleAside(text, 0, text.find("Velo")));
  for (const std::string cue : {"e.g. ", "e.g., ", "such as ", "like ", "including ", "for instance "}) {
    const std::string other = "Runs on a GPU (" + cue + "Corvex 9080).";
    CHECK(ingest::inExampleAside(other, 0, other.find("Corvex")));
  }
  // A bracket that is closed before the name, one without a cue, and a clause between cue and name.
  const std::string closed = "Runs on a GPU (for example one) and Corvex 9080 with 12GB VRAM.";
  CHECK_FALSE(ingest::inExampleAside(closed, 0, closed.find("Corvex")));
  const std::string plain = "Runs on a GPU (Corvex 9080 with 12GB VRAM).";
  CHECK_FALSE(ingest::inExampleAside(plain, 0, plain.find("Corvex")));
  const std::string clause = "Runs on a GPU (for example one made by Corvex).";
  CHECK_FALSE(ingest::inExampleAside(clause, 0, clause.find("Corvex")));
}

TEST_CASE("An example in brackets owns its aside's figures and not the items after it", "[subjects][asides]") {
  const auto g = test::referencedArticle("Tinyarm",
                                         "Tinyarm is a compact robot control model released by [Quillfeld "
                                         "Labs](/wiki/quillfeld_labs) in 2025.\n\n"
                                         "## Training\n\n"
                                         "Tinyarm was trained on 400 datasets.\n\n"
                                         "Key training specifications:\n\n"
                                         "- Can be trained on a single consumer GPU (for example [Corvex "
                                         "9080](/wiki/corvex_9080) with 12GB VRAM)\n\n"
                                         "- Memory usage: ~11.5 GB GPU memory during training\n\n"
                                         "- Loss convergence over 200,000 steps\n",
                                         "Models", "tinyarm.md");
  CHECK(figureSubject(g, 400, "count") == "Tinyarm");
  CHECK(figureSubject(g, 12e9, "bytes") == "Corvex 9080");
  CHECK(figureSubject(g, 11.5e9, "bytes") == "Tinyarm");
  CHECK(figureSubject(g, 200000, "count") == "Tinyarm");
}
