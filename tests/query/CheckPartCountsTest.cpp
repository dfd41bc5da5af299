// Counts of named parts over tests/fixtures/check-part-counts/ (pages of our own; issue #13): a heading
// that writes its count ("### Science (12 tasks)") gives the page's topic that many tasks in the part it
// names (the claim's scope); a table's part rows ("| Science | 10 |" under "Number of Tasks") keep their
// page's subject, but where they add up to the total the lead-in gives another subject ("the original
// Veltbench's 30 tasks") they are set against that subject's counts of the same parts, and two values of
// one part disagree.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

const char* const kFolder = "check-part-counts";

const cg::graph::ClaimGraph& graph() { return cg::test::fixtureEngine(kFolder).graph(); }

struct PartCount {
  std::string subject, measure, scope;
};

// The subject's key, measure and scope of the figure claim whose text opens with `opening` and whose
// value is `value`.
PartCount partCountOf(const std::string& opening, double value) {
  const auto& g = graph();
  for (auto id : g.claims().ids()) {
    const auto& c = g.claims()[id];
    if (!c.hasValue || c.value != value || g.str(c.text).substr(0, opening.size()) != opening) continue;
    const std::string subject = c.subject.isValid() ? std::string(g.str(g.entities()[c.subject].key)) : "(none)";
    return {subject, std::string(g.str(c.measure)), std::string(g.str(g.extra(id).scope))};
  }
  return {"(no such claim)", "", ""};
}

}  // namespace

TEST_CASE("a heading that writes its count gives the topic's count of the part it names", "[query][contested][parts]") {
  for (const auto& [heading, value, part] :
       {std::tuple{"Science (12 tasks)", 12.0, "Science"}, std::tuple{"Arts (8 tasks)", 8.0, "Arts"},
        std::tuple{"Law (10 tasks)", 10.0, "Law"}}) {
    const PartCount p = partCountOf(heading, value);
    CHECK(p.subject == "veltbench");
    CHECK(p.measure == "number of tasks");
    CHECK(p.scope == part);
  }
  // "(2019 to Present)" is no count.
  for (auto id : graph().claims().ids())
    CHECK(graph().str(graph().claims()[id].text) != "Early Work (2019 to Present)");
}

TEST_CASE("part rows keep the page's subject and the part as their scope", "[query][contested][parts]") {
  CHECK(partCountOf("Science | 10", 10).subject == "veltbench-x");
  CHECK(partCountOf("Law | 12", 12).subject == "veltbench-x");
  CHECK(partCountOf("Law | 12", 12).scope == "Law");
  CHECK(partCountOf("Holdout | 15", 15).subject == "veltbench-x");
}

TEST_CASE("two values of one part of one subject are contested", "[query][contested][parts]") {
  const auto& g = graph();
  std::vector<std::pair<std::string, std::vector<double>>> sets;
  for (auto id : g.contested().ids()) {
    const auto& set = g.contested()[id];
    CHECK(g.str(g.entities()[set.subject].key) == "veltbench");
    std::vector<double> values;
    for (const auto& v : g.values(set)) values.push_back(g.claims()[v.claim].value);
    std::sort(values.begin(), values.end());
    sets.emplace_back(std::string(g.str(set.measure)), values);
  }
  std::sort(sets.begin(), sets.end());
  // Arts is 8 on both pages: no set.
  CHECK(sets == std::vector<std::pair<std::string, std::vector<double>>>{{"number of tasks on Law", {10, 12}},
                                                                         {"number of tasks on Science", {10, 12}}});
}
