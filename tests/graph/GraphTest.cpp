// The graph: merging entities and sources across documents, ids, traversal.
#include <iterator>
#include <map>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "GraphBundles.h"
#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "graph/Fold.h"
#include "graph/JsonWriter.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

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
  CHECK(g.entities()[EntityId(0)].mentions == 3);
  CHECK(g.sources().size() == 2);
  CHECK(g.sources()[SourceId(0)].citedBy == 2);
  CHECK(g.claimsBackedBy(SourceId(0)) == cg::test::ids<ClaimId>({0, 1}));
  CHECK(g.claimsAbout(EntityId(0)) == cg::test::ids<ClaimId>({0, 1, 2}));
  CHECK(g.claimClaimants(ClaimId(2)) == cg::test::ids<EntityId>({1}));
}

TEST_CASE("every edge can be walked backwards, indexed or not", "[graph]") {
  // In-edges are indexed only into entities and sources; into claims, sections and
  // documents they are found by a scan, which must give the same answer in the same order.
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.add(bundle("b", "https://news.example/x"));
  g.setContested({ContestedSetDraft{{}, {{ClaimId(1), 0, {}}, {ClaimId(0), 0, {}}}},
                  ContestedSetDraft{{}, {{ClaimId(0), 0, {}}}}});
  g.freeze();
  using Indices = std::vector<std::uint32_t>;
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kClaimedBy) == Indices{0, 1});
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kPublishedBy) == Indices{0});
  CHECK(g.inNeighbors({NodeKind::kEntity, 1}, EdgeKind::kAbout).empty());
  CHECK(g.inNeighbors({NodeKind::kSection, 1}, EdgeKind::kInSection) == Indices{1});
  CHECK(g.inNeighbors({NodeKind::kDocument, 0}, EdgeKind::kInDocument) == Indices{0});
  CHECK(g.contestedSetsOf(ClaimId(0)) == cg::test::ids<ContestedId>({0, 1}));
  CHECK(g.contestedSetsOf(ClaimId(1)) == cg::test::ids<ContestedId>({0}));
  CHECK(g.inNeighbors({NodeKind::kClaim, 0}, EdgeKind::kContests, 1) == Indices{0});
  CHECK(g.outNeighbors({NodeKind::kContested, 0}, EdgeKind::kContests) == Indices{1, 0});
  // An edge kind that cannot reach the node asked about has no neighbours there.
  CHECK(g.inNeighbors({NodeKind::kSource, 0}, EdgeKind::kAbout).empty());
  CHECK(g.outNeighbors({NodeKind::kEntity, 0}, EdgeKind::kBackedBy).empty());
}

TEST_CASE("ids are readable and resolve back", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.freeze();
  CHECK(g.documentId(DocumentId(0)) == "d:a");
  CHECK(g.entityId(EntityId(0)) == "e:nvidia");
  CHECK(g.claimId(ClaimId(0)) == "c:a:1");
  CHECK(g.sourceId(SourceId(0)).starts_with("s:"));
  CHECK(g.sourceId(SourceId(0)).size() == 14);
  CHECK(g.findClaim("c:a:1") == ClaimId(0));
  CHECK_FALSE(g.findClaim("c:a:2"));
  CHECK_FALSE(g.findClaim("c:zzz:1"));
  CHECK(g.findEntity("Nvidia") == EntityId(0));
  CHECK(g.findEntity("e:nvidia") == EntityId(0));
  CHECK_FALSE(g.findEntity("Apple"));
  CHECK(g.findSource(g.sourceId(SourceId(0))) == SourceId(0));
}

TEST_CASE("a second document with the same slug stays a separate document", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  g.add(bundle("a", "https://news.example/x"));
  g.freeze();
  CHECK(g.documentId(DocumentId(1)) == "d:a-2");
  CHECK(g.claimId(ClaimId(1)) == "c:a-2:1");
}

TEST_CASE("entities, sources and documents are found by key, folded name and alias past many merges", "[graph]") {
  // 600 documents: each its own unlinked entity with an alias and its own source, so that every
  // index grows many times over; then a name, a URL and a slug met again, which merge or number.
  ClaimGraph g;
  for (int i = 0; i < 600; ++i) {
    const std::string n = std::to_string(i);
    DocumentBundle b = bundle("d" + n, "https://news.example/" + n);
    b.entities[0] = {"m" + n, "Maker " + n, EntityType::kOrganization, {"MK" + n}, 1, false};
    g.add(b);
  }
  DocumentBundle again = bundle("d5", "HTTPS://NEWS.example/5");
  again.entities[0] = {"other-key", "MAKER  5", EntityType::kOrganization, {}, 1, false};  // folds as "maker 5"
  g.add(again);
  g.freeze();
  auto makerId = [](int i) { return EntityId(static_cast<std::uint32_t>(i == 0 ? 0 : i + 1)); };  // Reuters is 1
  REQUIRE(g.entities().size() == 601);
  for (int i = 0; i < 600; ++i) {
    const std::string n = std::to_string(i);
    CHECK(g.findEntity("m" + n) == makerId(i));
    CHECK(g.findEntity("maker " + n) == makerId(i));
    CHECK(g.findEntity("mk" + n) == makerId(i));
  }
  CHECK_FALSE(g.findEntity("Maker 600"));
  CHECK_FALSE(g.findEntity("other-key"));                    // merged by name: its key was not added
  CHECK(g.entities()[makerId(5)].mentions == 2);             // the same folded name merged
  CHECK(g.str(g.entities()[makerId(5)].name) == "Maker 5");  // the first name stays
  CHECK(g.findEntity("Reuters") == EntityId(1));
  CHECK(g.sources().size() == 600);
  CHECK(g.sources()[SourceId(5)].citedBy == 2);  // the same folded URL
  CHECK(g.documentId(DocumentId(600)) == "d:d5-2");
  CHECK(g.findDocument("d5-2") == DocumentId(600));
  CHECK(g.findDocument("d599") == DocumentId(599));
  CHECK_FALSE(g.findDocument("d600"));
}

TEST_CASE("ingesting the same files twice gives byte-identical JSON", "[graph][determinism]") {
  auto once = cg::reason::buildGraph({cg::test::repo("corpus")}, {});
  cg::ingest::IngestOptions oneThread;
  oneThread.threads = 1;
  auto twice = cg::reason::buildGraph({cg::test::repo("corpus")}, oneThread);
  CHECK(toJson(once.graph) == toJson(twice.graph));
}

TEST_CASE("a graph is built once: documents, contested sets, then freeze, and nothing after", "[graph]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  // Reasoning runs before the freeze and walks a claim's out-edges; in-edges wait for the freeze.
  CHECK(g.claimClaimants(ClaimId(0)) == cg::test::ids<EntityId>({1}));
  CHECK(g.claimSources(ClaimId(0)) == cg::test::ids<SourceId>({0}));
  CHECK(g.claimsAbout(EntityId(0)).empty());
  g.setContested({});
  CHECK_THROWS_WITH(g.add(bundle("b", "https://news.example/y")),
                    "add() after setContested(): contested sets span every document");
  g.freeze();
  CHECK(g.claimsAbout(EntityId(0)) == cg::test::ids<ClaimId>({0}));
  CHECK_THROWS_WITH(g.add(bundle("b", "https://news.example/y")),
                    "add() on a frozen graph: the graph is built before freeze()");
  CHECK_THROWS_WITH(g.setContested({}), "setContested() on a frozen graph: the graph is built before freeze()");
}

TEST_CASE("an entity looked up in given forms is found as by findEntity in each form", "[graph]") {
  ClaimGraph g;
  DocumentBundle b = cg::test::bundle("a", "https://news.example/x");
  b.entities.push_back({"character_ai", "Character.AI", EntityType::kOrganization, {}, 1, true});
  b.entities.push_back({"elon_musk", "Elon Musk", EntityType::kPerson, {"Musk"}, 1, false});
  b.entities.push_back({"gpt-4o", "GPT-4o", EntityType::kProduct, {}, 1, true});
  b.entities.push_back({"s&p_500", "S&P 500", EntityType::kIndex, {}, 1, false});
  g.add(b);
  g.freeze();
  const char* texts[] = {"Nvidia",    "NVIDIA",    "nvidia",     "e:nvidia", "Character.AI", "character_ai",
                         "Elon Musk", "elon_musk", "ELON  MUSK", "musk",     "GPT-4o",       "gpt_4o",
                         "S&P 500",   "s_p_500",   "Caf\u00E9",  "Apple",    "e:apple",      ""};
  for (std::string_view text : texts) {
    const std::string fold = foldKey(text), slug = slugifyFolded(fold);
    for (std::string_view other : texts) {
      const auto found = g.findEntityForms({.written = text, .folded = fold, .slug = slug, .otherKey = other});
      CHECK(found.asWritten == g.findEntity(text));
      CHECK(found.folded == g.findEntity(fold));
      CHECK(found.byOtherKey == g.findEntity(other));
      // What a caller may say it knows of its forms, where it is so, changes no answer.
      if (foldKey(other) != other) continue;
      const std::string otherSlug = slugifyFolded(other);
      const auto told = g.findEntityForms({.written = text,
                                           .folded = fold,
                                           .slug = slug,
                                           .otherKey = other,
                                           .foldedIsOwnFold = foldKey(fold) == fold,
                                           .otherSlug = otherSlug});
      CHECK(told.asWritten == found.asWritten);
      CHECK(told.folded == found.folded);
      CHECK(told.byOtherKey == found.byOtherKey);
    }
    CHECK_FALSE(g.findEntityForms({.written = text, .folded = fold, .slug = slug}).byOtherKey);
    CHECK(g.findEntityBothWays(text).folded == g.findEntity(fold));
  }
  CHECK(g.findEntityForms(
             {.written = "Elon Musk", .folded = "elon musk", .slug = "elon_musk", .otherKey = "character_ai"})
            .byOtherKey == EntityId(2));
}

// The typed walks read the packed edges in place (graph/Neighbors.h): they must list, for every node
// of a real graph, what its edge list holds, in that list's order, with and without a limit.
TEST_CASE("a typed walk lists a node's neighbours of one kind in the edge list's order", "[graph][neighbors]") {
  auto built = cg::reason::buildGraph({cg::test::repo("corpus")}, {});
  const ClaimGraph& g = built.graph;
  // (node kind, index, edge kind) -> far ends, from the edge list (vertex by vertex, each vertex's
  // out-edges in the order add() made them: the order of both walks).
  using Key = std::tuple<NodeKind, std::uint32_t, EdgeKind>;
  std::map<Key, std::vector<std::uint32_t>> out, in;
  for (const auto& e : g.edges()) {
    out[{e.from.kind, e.from.index, e.kind}].push_back(e.to.index);
    in[{e.to.kind, e.to.index, e.kind}].push_back(e.from.index);
  }
  auto expected = [](const auto& walks, NodeRef n, EdgeKind kind, std::size_t limit = SIZE_MAX) {
    auto it = walks.find(Key{n.kind, n.index, kind});
    std::vector<std::uint32_t> all = it == walks.end() ? std::vector<std::uint32_t>{} : it->second;
    all.resize(std::min(limit, all.size()));
    return all;
  };
  auto values = [](const auto& range) {
    std::vector<std::uint32_t> got;
    for (auto id : range) got.push_back(id.value());
    CHECK(range.size() == got.size());
    CHECK(range.empty() == got.empty());
    if (!got.empty()) CHECK(range.front().value() == got.front());
    return got;
  };
  std::size_t walked = 0;
  for (ClaimId c : g.claims().ids()) {
    const NodeRef n = ClaimGraph::node(c);
    CHECK(values(g.claimSources(c)) == expected(out, n, EdgeKind::kBackedBy));
    CHECK(values(g.claimClaimants(c)) == expected(out, n, EdgeKind::kClaimedBy));
    CHECK(values(g.contestedSetsOf(c)) == expected(in, n, EdgeKind::kContests));
    walked += g.claimSources(c).size() + g.claimClaimants(c).size();
  }
  for (EntityId e : g.entities().ids()) {
    const NodeRef n = ClaimGraph::node(e);
    CHECK(values(g.claimsAbout(e)) == expected(in, n, EdgeKind::kAbout));
    CHECK(values(g.claimsAbout(e, 2)) == expected(in, n, EdgeKind::kAbout, 2));
    CHECK(values(g.claimsBy(e)) == expected(in, n, EdgeKind::kClaimedBy));
    CHECK(values(g.claimsBy(e, 1)) == expected(in, n, EdgeKind::kClaimedBy, 1));
    CHECK(values(g.claimsWithObject(e)) == expected(in, n, EdgeKind::kObject));
    CHECK(values(g.sourcesPublishedBy(e)) == expected(in, n, EdgeKind::kPublishedBy));
    walked += g.claimsAbout(e).size() + g.claimsWithObject(e).size();
  }
  for (SourceId s : g.sources().ids()) {
    const NodeRef n = ClaimGraph::node(s);
    CHECK(values(g.sourcePublishers(s)) == expected(out, n, EdgeKind::kPublishedBy));
    CHECK(values(g.claimsBackedBy(s)) == expected(in, n, EdgeKind::kBackedBy));
  }
  CHECK(walked > 100);  // the corpus's claims do have sources, claimants and subjects
}

// Both id iterators take their declared types and post-increment from one base (graph/Ids.h).
TEST_CASE("an id range and a typed walk step on as forward iterators do", "[graph][neighbors]") {
  STATIC_REQUIRE(std::forward_iterator<IdRange<ClaimId>::iterator>);
  STATIC_REQUIRE(std::forward_iterator<Neighbors<SourceId>::iterator>);
  auto ids = idRange<ClaimId>(ClaimId(3), 2);
  auto it = ids.begin();
  CHECK(*it++ == ClaimId(3));
  CHECK(*it == ClaimId(4));
  CHECK(++it == ids.end());
  const std::uint32_t edges[] = {packEdge(EdgeKind::kAbout, 7), packEdge(EdgeKind::kBackedBy, 12),
                                 packEdge(EdgeKind::kBackedBy, 15)};
  const Neighbors<SourceId> sources(edges, EdgeKind::kBackedBy, 10);
  auto at = sources.begin();
  CHECK(*at++ == SourceId(2));
  CHECK(*at == SourceId(5));
  CHECK(++at == sources.end());
}

TEST_CASE("a typed walk of a graph being built keeps its edges when copied", "[graph][neighbors]") {
  ClaimGraph g;
  g.add(bundle("a", "https://news.example/x"));
  Neighbors<EntityId> claimants;
  {
    const auto walked = g.claimClaimants(ClaimId(0));  // packed into a vector the ranges share
    claimants = walked;
  }
  CHECK(claimants == cg::test::ids<EntityId>({1}));
  const std::vector<EntityId> kept = claimants;
  CHECK(kept == cg::test::ids<EntityId>({1}));
}
