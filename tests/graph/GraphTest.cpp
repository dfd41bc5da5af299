// The graph: merging entities and sources across documents, ids, traversal.
#include <catch2/catch.hpp>

#include "GraphBundles.h"
#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "graph/JsonWriter.h"
#include "ingest/Ingest.h"

using namespace cg::graph;

using cg::test::bundle;

TEST_CASE("entities merge by key and sources by URL across documents", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.add(bundle("b", "https://NEWS.example/x"));
  g.add(bundle("c", "https://news.example/other"));
  g.freeze();
  CHECK(g.documents().size() == 3);
  CHECK(g.entities().size() == 2);
  CHECK(g.entities()[0].mentions == 3);
  CHECK(g.sources().size() == 2);
  CHECK(g.sources()[0].citedBy == 2);
  CHECK(g.claimsBackedBy(0) == std::vector<Id>{0, 1});
  CHECK(g.claimsAbout(0) == std::vector<Id>{0, 1, 2});
  CHECK(g.claimClaimants(2) == std::vector<Id>{1});
}

TEST_CASE("every edge can be walked backwards, indexed or not", "[graph]") {
  // In-edges are indexed only into entities and sources; into claims, sections and
  // documents they are found by a scan, which must give the same answer in the same order.
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.add(bundle("b", "https://news.example/x"));
  g.setContested({ContestedSetDraft{{}, {{1, 0, {}}, {0, 0, {}}}}, ContestedSetDraft{{}, {{0, 0, {}}}}});
  g.freeze();
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kClaimedBy) == std::vector<Id>{0, 1});
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kPublishedBy) == std::vector<Id>{0});
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kAbout).empty());
  CHECK(g.inNeighbors({NodeKind::kSection, 1}, EdgeKind::kInSection) == std::vector<Id>{1});
  CHECK(g.inNeighbors({NodeKind::kDocument, 0}, EdgeKind::kInDocument) == std::vector<Id>{0});
  CHECK(g.contestedSetsOf(0) == std::vector<Id>{0, 1});
  CHECK(g.contestedSetsOf(1) == std::vector<Id>{0});
  CHECK(g.inNeighbors({NodeKind::kClaim, 0}, EdgeKind::kContests, 1) == std::vector<Id>{0});
  CHECK(g.outNeighbors({NodeKind::kContested, 0}, EdgeKind::kContests) == std::vector<Id>{1, 0});
  // An edge kind that cannot reach the node asked about has no neighbours there.
  CHECK(g.inNeighbors({NodeKind::kSource, 0}, EdgeKind::kAbout).empty());
  CHECK(g.outNeighbors({NodeKind::kEntity, 0}, EdgeKind::kBackedBy).empty());
}

TEST_CASE("ids are readable and resolve back", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.freeze();
  CHECK(g.documentId(0) == "d:a");
  CHECK(g.entityId(0) == "e:nvidia");
  CHECK(g.claimId(0) == "c:a:1");
  CHECK(g.sourceId(0).starts_with("s:"));
  CHECK(g.sourceId(0).size() == 14);
  CHECK(g.findClaim("c:a:1") == Id{0});
  CHECK_FALSE(g.findClaim("c:a:2"));
  CHECK_FALSE(g.findClaim("c:zzz:1"));
  CHECK(g.findEntity("Nvidia") == Id{0});
  CHECK(g.findEntity("e:nvidia") == Id{0});
  CHECK_FALSE(g.findEntity("Apple"));
  CHECK(g.findSource(g.sourceId(0)) == Id{0});
}

TEST_CASE("a second document with the same slug stays a separate document", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.add(bundle("a", "https://news.example/x"));
  g.freeze();
  CHECK(g.documentId(1) == "d:a-2");
  CHECK(g.claimId(1) == "c:a-2:1");
}

TEST_CASE("ingesting the same files twice gives byte-identical JSON", "[graph][determinism]") {
  auto once = cg::ingest::ingest({cg::test::repo("corpus")}, {});
  cg::ingest::IngestOptions oneThread;
  oneThread.threads = 1;
  auto twice = cg::ingest::ingest({cg::test::repo("corpus")}, oneThread);
  CHECK(toJson(once.graph) == toJson(twice.graph));
}
