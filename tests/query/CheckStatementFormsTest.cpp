// check looks each word span of a statement up in the forms the graph keys names by (issue #16):
// a span of plain ASCII is cut out of the whole statement's lower case and slugs, any other span
// (an accented letter, a double space) is folded for itself, also where the rest of the
// statement is plain or the span is plain and the rest is not (tests/fixtures/check-statement-forms/).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>

#include "FixtureEngine.h"
#include "graph/ClaimGraph.h"
#include "graph/Snapshot.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace {

using cg::query::Verdict;

// The key of the entity check read as the statement's subject, and its verdict.
std::pair<std::string, Verdict> read(const std::string& statement) {
  const auto r = cg::test::fixtureEngine("check-statement-forms").check(statement);
  return {cg::test::subjectKeyOf("check-statement-forms", r), r.verdict};
}

}  // namespace

TEST_CASE("an accented name is folded for itself, in any case", "[query][check][names]") {
  const std::pair<std::string, Verdict> supported{"olanstack_semiconductor", Verdict::kSupported};
  CHECK(read("Ölanstack Semiconductor's revenue reached $5.2 billion in 2024.") == supported);
  // A capital outside ASCII folds to its small letter, which lower-casing the ASCII bytes does not.
  CHECK(read("ÖLANSTACK SEMICONDUCTOR's revenue reached $5.2 billion in 2024.") == supported);
}

TEST_CASE("a plain name in a statement that is not plain is cut out of its lower case", "[query][check][names]") {
  const std::pair<std::string, Verdict> supported{"norvale_robotics", Verdict::kSupported};
  CHECK(read("Per the café's ledger, Norvale Robotics raised $40 million in 2023.") == supported);
  CHECK(read("Norvale  Robotics raised $40 million in 2023.") == supported);
  CHECK(read("Norvale Robotics, of Malmö, raised $90 million in 2023.") ==
        std::pair<std::string, Verdict>{"norvale_robotics", Verdict::kRefuted});
}

// A loaded graph turns a span away by its first word (StatementForms::mayName, the snapshot's filter of
// first words) only where the graph built in the process finds nothing by it either: for a head that
// is its article key's first word (but for capitals), for one whose article key's first word is
// shorter ("Norvale.Robotics", "Norvale&Robotics": '.' and '&' end it) or longer ("Norvale-Robotics":
// an article key keeps '-'), and for a first word longer than the filter reads.
TEST_CASE("a loaded graph's filter of first words gives the answers of a graph built here", "[query][check][names]") {
  cg::graph::ClaimGraph built = cg::reason::buildGraph({cg::test::repo("tests/fixtures/check-statement-forms")}).graph;
  const cg::graph::ClaimGraph loaded = cg::graph::decodeSnapshot(cg::graph::encodeSnapshot(built), "forms.cg");
  const cg::query::Engine own(built), filtered(loaded);
  auto answer = [](const cg::query::Engine& e, std::string_view statement) {
    const cg::query::CheckResult r = e.check(statement);
    const auto& g = e.graph();
    return std::string(cg::query::toString(r.verdict)) + " " +
           (r.reading.subject ? std::string(g.str(g.entities()[*r.reading.subject].key)) : std::string("-"));
  };
  for (std::string_view statement :
       {"Norvale Robotics raised $40 million in 2023.", "NORVALE ROBOTICS raised $40 million in 2023.",
        "Norvale-Robotics raised $40 million in 2023.", "Norvale.Robotics raised $40 million in 2023.",
        "Norvale&Robotics raised $40 million in 2023.", "Norvale+Robotics raised $40 million in 2023.",
        "Ölanstack Semiconductor's revenue reached $5.2 billion in 2024.",
        "Norvaleroboticswarehouserobotsnorvaleroboticswarehouserobotsnorvale Robotics raised $40 million in 2023.",
        "Norvaleroboticswarehouserobotsnorvaleroboticswarehouserobotsnorvale-Robotics raised $40 million."}) {
    INFO(statement);
    CHECK(answer(filtered, statement) == answer(own, statement));
  }
  CHECK(answer(filtered, "Norvale Robotics raised $40 million in 2023.") == "supported norvale_robotics");
}
