// Twin pages (ingest/EntityRegistry.cpp, joinTwins): two pages whose slugs differ only in how their words
// are joined ("ReelMaker", "Reel Maker") are one entity when their texts say one thing, more than half of
// their words shared, and two entities when they do not. The corpus is tests/fixtures/twin-pages/, pages
// of our own: two copies of one custom GPT's page that give its chats as 91,000 and 71,000, and two
// benchmarks named alike that are two things; eight
// other custom GPTs make "(GPT)" a class many pages share, as the wiki's does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "TestSupport.h"
#include "graph/Fold.h"
#include "ingest/EntityRegistry.h"
#include "query/FixtureEngine.h"
#include "reason/Reason.h"

using namespace cg;
using cg::ingest::EntityRegistry;
using cg::test::repo;

namespace {

struct TwinCorpus {
  graph::ClaimGraph graph = reason::buildGraph({repo("tests/fixtures/twin-pages")}).graph;

  [[nodiscard]] std::optional<graph::EntityId> keyed(std::string_view key) const {
    for (graph::EntityId e : graph.entities().ids())
      if (graph.str(graph.entities()[e].key) == key) return e;
    return std::nullopt;
  }
  [[nodiscard]] std::set<std::string> aliases(graph::EntityId e) const {
    std::set<std::string> out;
    for (graph::StrId alias : graph.entities()[e].aliases) out.emplace(graph.str(alias));
    return out;
  }
};

}  // namespace

TEST_CASE("a twin key runs the words of a slug together", "[ingest][twins]") {
  CHECK(EntityRegistry::twinKey("video_maker_-_by_invideo_ai_gpt") == "videomakerbyinvideoaigpt");
  CHECK(EntityRegistry::twinKey("videomaker_-_by_invideo_ai_gpt") == "videomakerbyinvideoaigpt");
  CHECK(EntityRegistry::twinKey("GPT-4") == "gpt4");
  CHECK(EntityRegistry::twinKey("deep_research_bench") == EntityRegistry::twinKey("deepresearch_bench"));
}

TEST_CASE("a page's text words are the words after its front matter, each once", "[ingest][twins]") {
  const auto words = EntityRegistry::textWordsOf("---\ntitle: \"Alpha\"\n---| Beta |\nbeta gamma Beta\n");
  CHECK(words.size() == 2);
  CHECK(std::count(words.begin(), words.end(), graph::stableHash("beta")) == 1);
  CHECK(std::count(words.begin(), words.end(), graph::stableHash("gamma")) == 1);
  CHECK(std::count(words.begin(), words.end(), graph::stableHash("alpha")) == 0);
}

TEST_CASE("twin pages that share most of their words are one entity named both ways", "[ingest][twins]") {
  const TwinCorpus corpus;
  const auto reel = corpus.keyed("reel_maker_-_by_clipwise_gpt");
  REQUIRE(reel);
  CHECK_FALSE(corpus.keyed("reelmaker_-_by_clipwise_gpt"));
  CHECK(corpus.graph.str(corpus.graph.entities()[*reel].name) == "Reel Maker - by Clipwise");
  CHECK(corpus.aliases(*reel).count("ReelMaker - by Clipwise") == 1);
}

TEST_CASE("twin pages that share few of their words stay two entities", "[ingest][twins]") {
  const TwinCorpus corpus;
  CHECK(corpus.keyed("quiz_bench"));
  CHECK(corpus.keyed("quizbench"));
}

TEST_CASE("twin pages that give one measure two values make a contested set", "[ingest][twins]") {
  const TwinCorpus corpus;
  const auto reel = corpus.keyed("reel_maker_-_by_clipwise_gpt");
  REQUIRE(reel);
  std::set<double> values;
  std::set<std::uint32_t> documents;
  for (graph::ContestedId x : corpus.graph.contested().ids()) {
    const auto& set = corpus.graph.contested()[x];
    if (set.subject != *reel) continue;
    for (const auto& v : corpus.graph.values(set)) {
      values.insert(corpus.graph.claims()[v.claim].value);
      documents.insert(corpus.graph.claims()[v.claim].document.value());
    }
  }
  CHECK(values == std::set<double>{71000, 91000});
  CHECK(documents.size() == 2);
}

TEST_CASE("a statement that names the later twin's spelling with its class word reads the joined entity",
          "[ingest][twins]") {
  const auto r = cg::test::fixtureEngine("twin-pages").check("The ReelMaker GPT has been used in 71,000 chats.");
  CHECK(cg::test::subjectKeyOf("twin-pages", r) == "reel_maker_-_by_clipwise_gpt");
  CHECK(r.verdict == cg::query::Verdict::kConflicting);
}
