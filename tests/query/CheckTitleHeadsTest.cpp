// check (issue #13): an article titled "HEAD of PLACE" writes its topic by the head alone once the
// title is given ("the Senate" in "Senate of Pakistan"), and the extractor may give those figures to
// an entity of the head's name; in that article they are the topic's, in another they are not
// (a graph built by hand in the records ingest writes). And a count whose sentence counts the
// statement's noun at its figure ("with nearly 80 million members", which the extractor reads as
// users; "14 council areas", read as a population) answers a count of that noun
// (tests/fixtures/check-counted-nouns/).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "graph/ClaimGraph.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;
using namespace cg::graph;

ClaimRecord countClaim(int subject, double value, const std::string& asOf, const std::string& text,
                       const std::string& measure) {
  ClaimRecord c;
  c.kind = ClaimKind::kFigure;
  c.line = 3;
  c.text = text;
  c.subject = subject;
  c.quantity = Quantity{value, std::nullopt, std::nullopt, "count", false, Bound::kExact, std::to_string(int(value))};
  c.measure = measure;
  c.asOf = asOf;
  c.asOfFrom = asOf.empty() ? AsOfFrom::kNone : AsOfFrom::kText;
  return c;
}

// "Assembly of Varnholm", whose page gives its membership to "Assembly", and "Orlund", whose page
// gives "Assembly" another membership.
const ClaimGraph& titleHeadGraph() {
  static const ClaimGraph* graph = [] {
    auto* g = new ClaimGraph;
    DocumentBundle varnholm;
    varnholm.document = {
        "assembly_of_varnholm", "Assembly of Varnholm", "Assembly_of_Varnholm.wiki", "", "", "wikitext", {}};
    varnholm.entities.push_back(
        {"assembly_of_varnholm", "Assembly of Varnholm", EntityType::kOrganization, {}, 2, false});
    varnholm.entities.push_back({"assembly", "Assembly", EntityType::kOrganization, {}, 3, false});
    varnholm.claims.push_back(countClaim(
        0, 4, "1956", "The Assembly of Varnholm was founded in 1956 with 4 committees.", "number of committees"));
    varnholm.claims.push_back(
        countClaim(1, 48, "1971", "The membership of the Assembly was raised to 48 in 1971.", "number of members"));
    varnholm.claims.push_back(
        countClaim(1, 60, "1992", "The membership of the Assembly was raised to 60 in 1992.", "number of members"));
    g->add(varnholm);
    DocumentBundle orlund;
    orlund.document = {"orlund", "Orlund", "Orlund.wiki", "", "", "wikitext", {}};
    orlund.entities.push_back({"assembly", "Assembly", EntityType::kOrganization, {}, 1, false});
    orlund.claims.push_back(
        countClaim(0, 200, "1988", "The membership of the Assembly was raised to 200 in 1988.", "number of members"));
    g->add(orlund);
    g->freeze();
    return g;
  }();
  return *graph;
}

const cg::query::Engine& titleHeadEngine() {
  static const cg::query::Engine engine(titleHeadGraph());
  return engine;
}

std::string subjectKey(const ClaimGraph& g, const cg::query::CheckResult& r) {
  return r.reading.subject ? std::string(g.str(g.entities()[*r.reading.subject].key)) : "";
}

// The texts of the claims counted as evidence (not context).
std::vector<std::string> countedTexts(const ClaimGraph& g, const cg::query::CheckResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.evidence)
    if (!e.context) out.emplace_back(g.str(g.claims()[e.claim].text));
  return out;
}

const char* const kFixture = "check-counted-nouns";

cg::query::CheckResult checkFixture(const std::string& statement) {
  return cg::test::fixtureEngine(kFixture).check(statement);
}

}  // namespace

TEST_CASE("a title's head in its own article names the article's topic", "[query][check][wiki][names]") {
  const auto& g = titleHeadGraph();
  auto r = titleHeadEngine().check("The Assembly of Varnholm was enlarged to 60 members in 1992.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(subjectKey(g, r) == "assembly_of_varnholm");
  CHECK(r.reading.measure == "number of members");
  CHECK(r.reading.asOf == "1992/..");  // "enlarged to ... in 1992": from 1992 on
  CHECK(countedTexts(g, r) == std::vector<std::string>{"The membership of the Assembly was raised to 60 in 1992."});
  auto earlier = titleHeadEngine().check("The Assembly of Varnholm had 48 members in 1971.");
  CHECK(earlier.verdict == Verdict::kSupported);
  auto wrong = titleHeadEngine().check("The Assembly of Varnholm was enlarged to 75 members in 1992.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(subjectKey(g, wrong) == "assembly_of_varnholm");
}

TEST_CASE("another article's figures of the title's head are not the topic's", "[query][check][wiki][names]") {
  const auto& g = titleHeadGraph();
  // Orlund's page gives "Assembly" 200 members in 1988: no figure of the Assembly of Varnholm.
  auto r = titleHeadEngine().check("The Assembly of Varnholm had 200 members in 1988.");
  // It is weighed against the Assembly of Varnholm's own series: 48 members from 1971.
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(subjectKey(g, r) == "assembly_of_varnholm");
  CHECK(countedTexts(g, r) == std::vector<std::string>{"The membership of the Assembly was raised to 48 in 1971."});
  // The head's own figures stay its own.
  auto head = titleHeadEngine().check("The Assembly had 200 members in 1988.");
  CHECK(head.verdict == Verdict::kSupported);
  CHECK(subjectKey(g, head) == "assembly");
}

TEST_CASE("a count whose sentence counts the statement's noun answers it, whatever measure it was given",
          "[query][check][measures]") {
  auto r = checkFixture("Quillbook had 80 million members in July 2012.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(cg::test::subjectKeyOf(kFixture, r) == "quillbook");
  CHECK(r.reading.measure == "number of members");
  CHECK(r.reading.asOf == "2012-07");
  auto wrong = checkFixture("Quillbook had 120 million members in July 2012.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  auto areas = checkFixture("Varnholm is divided into 14 council areas.");
  CHECK(areas.verdict == Verdict::kSupported);
  CHECK(cg::test::subjectKeyOf(kFixture, areas) == "varnholm");
  CHECK(areas.reading.measure == "number of areas");
  auto moreAreas = checkFixture("Varnholm is divided into 20 council areas.");
  CHECK(moreAreas.verdict == Verdict::kRefuted);
  // A noun the count's sentence does not count at its figure says nothing of it.
  auto other = checkFixture("Quillbook had 80 million photographers in July 2012.");
  CHECK(other.verdict == Verdict::kNotEnoughEvidence);
}
