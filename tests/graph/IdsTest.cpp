// Typed ids: one type per node kind, so an id of one kind cannot stand for another.
#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"

using namespace cg::graph;

namespace {

// Whether `table[id]` compiles: the misuse below must not.
template <class Table, class Id>
concept Indexes = requires(Table table, Id id) {
  table[id];
};

// Whether `f(id)` compiles for a function that takes a ClaimId.
template <class Id>
concept PassesAsClaim = requires(const ClaimGraph& g, Id id) {
  g.claimId(id);
};

}  // namespace

// What must not compile, checked where it is compiled.
static_assert(!std::is_convertible_v<EntityId, ClaimId>, "an entity id is not a claim id");
static_assert(!std::is_convertible_v<ClaimId, EntityId>);
static_assert(!std::is_constructible_v<ClaimId, EntityId>);
static_assert(!std::is_convertible_v<std::uint32_t, ClaimId>, "a number becomes an id only by saying which kind");
static_assert(!std::is_convertible_v<ClaimId, std::uint32_t>, "an id gives its number only through value()");
static_assert(!PassesAsClaim<EntityId> && !PassesAsClaim<SourceId> && PassesAsClaim<ClaimId>);
static_assert(Indexes<IdSpan<ClaimId, Claim>, ClaimId>);
static_assert(!Indexes<IdSpan<ClaimId, Claim>, EntityId>, "the claim table takes only claim ids");
static_assert(!Indexes<IdSpan<ClaimId, Claim>, std::uint32_t>);
// The snapshot writes records holding ids byte for byte: an id is exactly a uint32.
static_assert(sizeof(EntityId) == 4 && std::is_trivially_copyable_v<EntityId>);

TEST_CASE("a default id is the one invalid id, and kInvalid is it for every kind", "[graph][ids]") {
  CHECK_FALSE(ClaimId().isValid());
  CHECK(ClaimId() == kInvalid);
  CHECK(EntityId() == kInvalid);
  CHECK(ClaimId(0).isValid());
  CHECK(ClaimId(0) != kInvalid);
  CHECK(ClaimId(0).value() == 0);
  CHECK(SectionId(kInvalid).value() == UINT32_MAX);
}

TEST_CASE("ids of one kind order, hash and count like their numbers", "[graph][ids]") {
  CHECK(ClaimId(1) < ClaimId(2));
  CHECK(ClaimId(2) > ClaimId(1));
  CHECK(ClaimId(3) < ClaimId(kInvalid));  // the invalid id sorts last
  std::unordered_set<EntityId> seen{EntityId(4), EntityId(4), EntityId(7)};
  CHECK(seen.size() == 2);
  std::vector<DocumentId> range;
  for (DocumentId d : idRange(DocumentId(5), 3)) range.push_back(d);
  CHECK(range == cg::test::ids<DocumentId>({5, 6, 7}));
}

TEST_CASE("a table knows which of its kind's ids name a row", "[graph][ids]") {
  const std::vector<Source> rows(2);
  IdSpan<SourceId, Source> table(rows);
  CHECK(table.contains(SourceId(1)));
  CHECK_FALSE(table.contains(SourceId(2)));
  CHECK_FALSE(table.contains(kInvalid));
  std::vector<SourceId> all(table.ids().begin(), table.ids().end());
  CHECK(all == cg::test::ids<SourceId>({0, 1}));
}
