// The corpus's page titles as known names (ingest/Gazetteer.cpp, issue #12): a phrase that is another
// page's title, in lower case or of common words, owns a count of its kinds. The corpus is
// tests/fixtures/gazetteer/, articles of our own.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "TestSupport.h"
#include "ingest/Gazetteer.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

using namespace cg;
using cg::ingest::EntityRegistry;
using cg::ingest::Gazetteer;
using cg::test::repo;

namespace {

Gazetteer gazetteerOf(std::initializer_list<std::pair<const char*, const char*>> pages) {
  std::vector<EntityRegistry::Page> out;
  for (const auto& [slug, title] : pages) out.push_back({slug, title, {}, "", ""});
  return Gazetteer(out);
}

// The subject's name and key of the figure claim whose text holds `words` (the first such), or
// {"-", "-"} when it has no subject, {"", ""} when no claim holds them.
std::pair<std::string, std::string> subjectOf(const graph::ClaimGraph& g, std::string_view words) {
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure || g.str(claim.text).find(words) == std::string_view::npos) continue;
    if (!claim.subject.isValid()) return {"-", "-"};
    const graph::Entity& e = g.entities()[claim.subject];
    return {std::string(g.str(e.name)), std::string(g.str(e.key))};
  }
  return {"", ""};
}

}  // namespace

TEST_CASE("a phrase is a page's title in either grammatical number, its aside and case aside", "[ingest][gazetteer]") {
  const Gazetteer g = gazetteerOf({{"outliers", "Outliers"},
                                   {"outlier_detection", "Outlier detection"},
                                   {"kimi_chatbot", "Kimi (chatbot)"},
                                   {"mercury", "Mercury"},
                                   {"mercury_element", "Mercury"}});
  struct Case {
    const char* phrase;
    const char* slug;  // "" for none
  };
  for (const Case& c : {Case{"outliers", "outliers"}, Case{"Outliers", "outliers"}, Case{"outlier", "outliers"},
                        Case{"outlier detection", "outlier_detection"}, Case{"Outlier  Detection", "outlier_detection"},
                        Case{"outlier detections", "outlier_detection"}, Case{"kimi", "kimi_chatbot"},
                        // Two pages of one title name neither; words that are no title name none.
                        Case{"mercury", ""}, Case{"detection", ""}, Case{"outliers detection", ""}, Case{"", ""}}) {
    INFO(c.phrase);
    const Gazetteer::Entry* page = g.find(c.phrase);
    CHECK((page ? page->slug : std::string()) == c.slug);
  }
  CHECK(g.find("Outliers")->title == "Outliers");
  CHECK(g.find("kimi")->title == "Kimi");
  CHECK(Gazetteer().empty());
  CHECK(Gazetteer::wordsOf("Outlier  Detection") == "outlier detection");
}

TEST_CASE("a title's last word in its other number by Words.h's spelling rules", "[ingest][gazetteer]") {
  const Gazetteer g = gazetteerOf({{"beam_search", "Beam search"}, {"query", "Query"}, {"loss", "Loss"}});
  const auto slugOf = [&](std::string_view phrase) {
    const Gazetteer::Entry* page = g.find(phrase);
    return page ? page->slug : std::string();
  };
  CHECK(slugOf("beam searches") == "beam_search");  // "-es" after "ch", as Scores' count nouns take it
  CHECK(slugOf("beam searchs").empty());
  CHECK(slugOf("queries") == "query");
  CHECK(slugOf("loss") == "loss");
  CHECK(slugOf("los").empty());  // "loss" is no plural
}

TEST_CASE("a count of kinds is of the page its clause's subject or its 'of' names", "[ingest][gazetteer]") {
  const graph::ClaimGraph g = ingest::ingest({repo("tests/fixtures/gazetteer")}).graph;
  // "Anomalies can be classified into three main categories:" on the page "Anomaly screening": the
  // page "Anomalies", the entity its own article gives (one key).
  CHECK(subjectOf(g, "three main categories") == std::pair<std::string, std::string>{"Anomalies", "anomalies"});
  CHECK(subjectOf(g, "two categories") == std::pair<std::string, std::string>{"Anomalies", "anomalies"});
  // "four kinds of anomaly screening": the page after the kind noun's "of".
  CHECK(subjectOf(g, "four kinds") == std::pair<std::string, std::string>{"Anomaly screening", "anomaly_screening"});
  // A count of other things than kinds ("three main steps") takes no page's name for its subject.
  CHECK(subjectOf(g, "three main steps") == std::pair<std::string, std::string>{"-", "-"});
}

TEST_CASE("a single file has no gazetteer, and the corpus's does not depend on the threads", "[ingest][gazetteer]") {
  const graph::ClaimGraph alone = ingest::ingest({repo("tests/fixtures/gazetteer/anomaly_screening.md")}).graph;
  CHECK(subjectOf(alone, "three main categories") == std::pair<std::string, std::string>{"-", "-"});
  ingest::IngestOptions one, four;
  one.threads = 1, four.threads = 4;
  const graph::ClaimGraph a = ingest::ingest({repo("tests/fixtures/gazetteer")}, one).graph;
  const graph::ClaimGraph b = ingest::ingest({repo("tests/fixtures/gazetteer")}, four).graph;
  REQUIRE(a.claims().size() == b.claims().size());
  REQUIRE(a.entities().size() == b.entities().size());
  for (std::string_view words : {"three main categories", "two categories", "four kinds", "three main steps"})
    CHECK(subjectOf(a, words) == subjectOf(b, words));
}

TEST_CASE("two pages' counts of a named thing's kinds are contested", "[ingest][gazetteer][contested]") {
  const graph::ClaimGraph g = reason::buildGraph({repo("tests/fixtures/gazetteer")}).graph;
  std::vector<std::string> reasons;
  for (const auto& set : g.contested()) reasons.emplace_back(g.str(set.reason));
  REQUIRE(reasons.size() == 1);
  CHECK_THAT(reasons[0], Catch::Contains("number of categories of Anomalies, from 2 count to 3 count") &&
                             Catch::Contains("across 2 documents"));
}
