// Whose a figure is when a table row's head is a product named after its maker ("Orrery q7"), when a
// relative clause hangs on an appositive ("Quillon-2B, a 2B-parameter MoE that activates 300M"), and
// on a page whose title only its infobox's heading writes.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::figureSubject;

namespace {

graph::ClaimGraph quarryBench(const std::string& section, const std::string& file) {
  return test::referencedArticle("Quarry Bench",
                                 "Quarry Bench is a benchmark of puzzle solving by language models.[1]\n\n" + section,
                                 "Benchmarks", file);
}

ingest::Mention at(const std::string& text, const std::string& name) {
  ingest::Mention m;
  m.begin = text.find(name);
  m.end = m.begin + name.size();
  return m;
}

}  // namespace

TEST_CASE("A version written in lower case with a digit continues a cell's name", "[subjects][tables]") {
  using ingest::cellName;
  const std::string cell = "Orrery q7";
  CHECK(cellName(cell, cell.size(), at(cell, "Orrery")) == "Orrery q7");
  const std::string mini = "Orrery q3-mini (high)";
  CHECK(cellName(mini, mini.size(), at(mini, "Orrery")) == "Orrery q3-mini (high)");
  // A lower-case word without a digit is still the row's thing, not the name's.
  const std::string thing = "Orrery revenue";
  CHECK(cellName(thing, thing.size(), at(thing, "Orrery")).empty());
}

TEST_CASE("A row head that names a product after its maker is the product's", "[subjects][tables]") {
  const auto g = quarryBench(
      "## Results\n\n"
      "[Orrery](/wiki/orrery) builds puzzle solvers.[1]\n\n"
      "| Model | Year | Score |\n"
      "| --- | --- | --- |\n"
      "| Orrery q7 | 2024 | 71.5% |\n"
      "| Orrery revenue | 2024 | $12 million |\n",
      "rowheads.md");
  CHECK(figureSubject(g, 71.5, "percent") == "Orrery q7");
  CHECK(figureSubject(g, 12000000, "USD") == "Orrery");
}

TEST_CASE("A relative clause on an appositive speaks of the name it is apposed to", "[subjects][clauses]") {
  const auto g = quarryBench(
      "Its solvers use a Mixture of Experts (MoE).[1]\n\n"
      "## Models\n\n"
      "The decoder is Quillon-2B, a 2B-parameter MoE that activates about 300 million parameters per "
      "puzzle.[1] The grader was Fenwick Labs, a startup which employs 45 people.[1]\n",
      "appositive.md");
  // Not MoE, the name inside the appositive that only describes Quillon-2B.
  CHECK(figureSubject(g, 300000000, "count") == "Quillon-2B");
  CHECK(figureSubject(g, 45, "count") == "Fenwick Labs");
}

TEST_CASE("A page whose infobox heading alone writes its title has that title as its topic", "[subjects][topics]") {
  const std::string text =
      "---\ntitle: \"QBX\"\nslug: \"qbx\"\ncategories:\n  - \"AI_Benchmarks\"\n---\n"
      "| QBX |\n| --- |\n| Overview |\n| Full name | Quarry Bench Extended |\n"
      "| Languages | 12 languages including English and Welsh |\n\n"
      "Quarry Bench Extended refers to several extensions of a puzzle benchmark.\n";
  const auto g = ingest::ingestText(text, "qbx.md");
  CHECK(figureSubject(g, 12, "count") == "QBX");
}
