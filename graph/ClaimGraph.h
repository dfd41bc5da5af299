#pragma once
// The claims-and-sources graph: documents, sections, entities, claims, sources and
// contested sets, with typed edges saying who claimed what, about whom, backed by
// which source.
//
// Layout: each kind has a table of small records (strings interned in one pool);
// the topology is a Boost.Graph compressed_sparse_row_graph (bidirectional) built by
// freeze() from the edge list that add() collects. Frozen, a claim's out-edges
// (subject, claimants, sources, section) are contiguous, which is what queries walk.
// Boost types stay in the .cpp: callers see dense Ids per kind.
//
// Ids are dense uint32 per kind, assigned in input order, so the same files give
// the same ids and byte-identical output.

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/Records.h"
#include "graph/StringPool.h"

namespace cg::graph {

using Id = std::uint32_t;
inline constexpr Id kInvalid = UINT32_MAX;

enum class NodeKind : std::uint8_t { kDocument, kSection, kEntity, kClaim, kSource, kContested };
enum class EdgeKind : std::uint8_t {
  kInSection,    // claim -> section
  kInDocument,   // section -> document
  kAbout,        // claim -> entity (its subject)
  kClaimedBy,    // claim -> entity (a claimant)
  kBackedBy,     // claim -> source
  kPublishedBy,  // source -> entity (the publisher)
  kObject,       // claim -> entity (the object of a relation claim)
  kContests,     // contested set -> claim
  kRelation,     // entity -> entity (founded, co-founded, chief executive of, ...)
};

// The (from, to) node kinds each EdgeKind joins, in its order. add() makes only such edges and a
// snapshot with any other is refused, so an edge's far end has the kind its edge kind says.
inline constexpr NodeKind kEdgeEnds[][2] = {
    {NodeKind::kClaim, NodeKind::kSection},     // kInSection
    {NodeKind::kSection, NodeKind::kDocument},  // kInDocument
    {NodeKind::kClaim, NodeKind::kEntity},      // kAbout
    {NodeKind::kClaim, NodeKind::kEntity},      // kClaimedBy
    {NodeKind::kClaim, NodeKind::kSource},      // kBackedBy
    {NodeKind::kSource, NodeKind::kEntity},     // kPublishedBy
    {NodeKind::kClaim, NodeKind::kEntity},      // kObject
    {NodeKind::kContested, NodeKind::kClaim},   // kContests
    {NodeKind::kEntity, NodeKind::kEntity},     // kRelation
};
static_assert(std::size(kEdgeEnds) == static_cast<std::size_t>(EdgeKind::kRelation) + 1);

struct NodeRef {
  NodeKind kind;
  Id index;
  friend bool operator==(NodeRef, NodeRef) = default;
};

struct Document {
  StrId slug = 0, title = 0, path = 0, sourceUrl = 0, updated = 0, format = 0;
  std::vector<StrId> categories;
  Id firstClaim = 0, claimCount = 0;  // a document's claims are contiguous
};
struct Section {
  Id document = kInvalid;
  Id parent = kInvalid;
  StrId title = 0;
  std::uint32_t line = 0;
  std::uint8_t level = 2;
  std::uint8_t reserved[3] = {};  // explicit, so the snapshot holds no uninitialised padding
};
struct Entity {
  StrId key = 0, name = 0;
  std::vector<StrId> aliases;
  std::uint32_t mentions = 0;
  EntityType type = EntityType::kOther;
  bool linked = false;
};
struct Source {
  StrId url = 0, publisher = 0, title = 0, date = 0, accessed = 0;
  Id document = kInvalid;  // the first document that cites it
  Id publisherEntity = kInvalid;
  std::int32_t ref = 0;  // that document's reference number
  std::uint32_t line = 0;
  std::uint32_t citedBy = 0;
  StrId work = 0;  // the newspaper, website or journal beside the publisher
  // Every number under which that document lists this work: a range of the graph's refs table.
  std::uint32_t firstRef = 0, refCount = 0;
};
// A claim's fields that most claims have (64 bytes). The rare ones, a relation's name and
// object and a range's ends, are a ClaimExtra beside the table: ClaimGraph::extra(c).
struct Claim {
  Id document = kInvalid, section = kInvalid, subject = kInvalid;
  std::uint32_t line = 0, ordinal = 0;  // ordinal: 1-based within its document
  StrId text = 0, unit = 0, quantityText = 0, quote = 0, measure = 0, time = 0, verb = 0;
  double value = 0;
  ClaimKind kind = ClaimKind::kStatement;
  Bound bound = Bound::kExact;
  bool hasQuantity = false, hasValue = false, hasRange = false, approximate = false;
  std::uint8_t reserved[2] = {};  // explicit, so the snapshot holds no uninitialised padding
};
// The fields few claims have (a relation, a range: 107 k of 1 M generated claims), kept out
// of Claim, where they cost 24 bytes a claim, in a table sorted by claim. `low` and `high`
// are set when the claim's hasRange is.
struct ClaimExtra {
  Id claim = kInvalid;
  Id object = kInvalid;  // the object of a relation claim
  StrId relation = 0;
  std::uint32_t reserved = 0;  // explicit, so the snapshot holds no uninitialised padding
  double low = 0, high = 0;
};

enum class ContestKind : std::uint8_t { kDiscrepancy, kScope, kDispute };

// One value in a contested set, with the support weighed for it. Its publishers are a range
// of the graph's publisher table, read with ClaimGraph::publishers(value): a set of 1e6
// claims has 600 k values, and a vector each cost more than the values themselves.
struct ContestedValue {
  Id claim = kInvalid;
  std::uint32_t firstPublisher = 0;  // distinct publishers behind it, after independence:
  std::uint32_t publisherCount = 0;  // [firstPublisher, firstPublisher + publisherCount)
  double support = 0;
};
// Its values are a range of the graph's value table, read with ClaimGraph::values(set).
struct ContestedSet {
  ContestKind kind = ContestKind::kDiscrepancy;
  Id subject = kInvalid;
  StrId measure = 0, reason = 0, bestReason = 0;
  Id best = kInvalid;  // claim with the best-supported value
  double spread = 0;   // max/min - 1; NaN when not numeric
  bool overlap = false;
  std::uint32_t firstValue = 0, valueCount = 0;  // [firstValue, firstValue + valueCount)
};

// A contested set as findContested builds it, with its values and their publishers in
// vectors of its own; setContested() moves them into the graph's flat tables (and sets
// firstValue/valueCount and firstPublisher/publisherCount).
struct ContestedDraftValue {
  Id claim = kInvalid;
  double support = 0;
  std::vector<StrId> publishers;
};
struct ContestedSetDraft : ContestedSet {
  std::vector<ContestedDraftValue> values;
};

class ClaimGraph {
 public:
  ClaimGraph();
  ~ClaimGraph();
  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;
  ClaimGraph(const ClaimGraph&) = delete;
  ClaimGraph& operator=(const ClaimGraph&) = delete;

  // Merges one article: entities by key, then folded name or alias; sources by URL.
  void add(const DocumentBundle& bundle);
  // Contested sets are found over the whole graph after all documents are in.
  void setContested(std::vector<ContestedSetDraft> sets);
  // Builds the topology and lookups; queries need a frozen graph. Idempotent.
  void freeze();
  [[nodiscard]] bool frozen() const { return topology_ != nullptr; }

  // Tables.
  [[nodiscard]] std::span<const Document> documents() const { return documents_; }
  [[nodiscard]] std::span<const Section> sections() const { return sections_; }
  [[nodiscard]] std::span<const Entity> entities() const { return entities_; }
  [[nodiscard]] std::span<const Source> sources() const { return sources_; }
  [[nodiscard]] std::span<const Claim> claims() const { return claims_; }
  // Every reference number of a source in its document (one URL listed twice has two).
  [[nodiscard]] std::span<const std::int32_t> refs(const Source& source) const {
    return std::span<const std::int32_t>(sourceRefs_).subspan(source.firstRef, source.refCount);
  }
  // A claim's rare fields; all empty (object kInvalid, relation 0, range 0..0) for most claims.
  [[nodiscard]] const ClaimExtra& extra(Id claim) const;
  [[nodiscard]] std::span<const ContestedSet> contested() const { return contested_; }
  // A contested set's values, and a value's publishers (ranges of two graph-wide tables).
  [[nodiscard]] std::span<const ContestedValue> values(const ContestedSet& set) const {
    return std::span<const ContestedValue>(contestedValues_).subspan(set.firstValue, set.valueCount);
  }
  [[nodiscard]] std::span<const StrId> publishers(const ContestedValue& value) const {
    return std::span<const StrId>(contestedPublishers_).subspan(value.firstPublisher, value.publisherCount);
  }
  [[nodiscard]] std::string_view str(StrId id) const { return strings_.get(id); }
  [[nodiscard]] const StringPool& strings() const { return strings_; }
  // For adding derived texts (contested reasons) after the documents are in.
  StringPool& stringsMutable() { return strings_; }

  // Readable, stable ids: d:slug, e:key, c:slug:n, s:hash or s:slug:ref, x:n.
  [[nodiscard]] std::string documentId(Id d) const;
  [[nodiscard]] std::string entityId(Id e) const;
  [[nodiscard]] std::string claimId(Id c) const;
  [[nodiscard]] std::string sourceId(Id s) const;
  [[nodiscard]] std::string contestedId(Id x) const;

  // Lookups (frozen). findEntity accepts an id ("e:nvidia"), a key, a name or an alias.
  [[nodiscard]] std::optional<Id> findEntity(std::string_view nameOrId) const;
  [[nodiscard]] std::optional<Id> findClaim(std::string_view id) const;
  [[nodiscard]] std::optional<Id> findSource(std::string_view id) const;
  [[nodiscard]] std::optional<Id> findDocument(std::string_view slugOrId) const;

  // Traversal (frozen): the neighbours of a node along edges of one kind.
  // At most `limit` of them, in insertion order (a claim's order for claims).
  [[nodiscard]] std::vector<Id> outNeighbors(NodeRef from, EdgeKind kind, std::size_t limit = SIZE_MAX) const;
  [[nodiscard]] std::vector<Id> inNeighbors(NodeRef to, EdgeKind kind, std::size_t limit = SIZE_MAX) const;
  [[nodiscard]] std::size_t edgeCount() const;
  // Every edge as (from, to, kind), in a stable order: for the snapshot and DOT. A frozen graph
  // keeps its edges only in the CSR topology and lists them from there.
  struct EdgeRecord {
    NodeRef from;
    NodeRef to;
    EdgeKind kind;
  };
  [[nodiscard]] std::vector<EdgeRecord> edges() const;

  // Shortcuts over the traversal.
  [[nodiscard]] std::vector<Id> claimSources(Id c) const {
    return outNeighbors({NodeKind::kClaim, c}, EdgeKind::kBackedBy);
  }
  [[nodiscard]] std::vector<Id> claimClaimants(Id c) const {
    return outNeighbors({NodeKind::kClaim, c}, EdgeKind::kClaimedBy);
  }
  [[nodiscard]] std::vector<Id> claimsAbout(Id e) const {
    return inNeighbors({NodeKind::kEntity, e}, EdgeKind::kAbout);
  }
  [[nodiscard]] std::vector<Id> claimsBy(Id e) const {
    return inNeighbors({NodeKind::kEntity, e}, EdgeKind::kClaimedBy);
  }
  [[nodiscard]] std::vector<Id> claimsBackedBy(Id s) const {
    return inNeighbors({NodeKind::kSource, s}, EdgeKind::kBackedBy);
  }
  [[nodiscard]] std::vector<Id> contestedSetsOf(Id c) const {
    return inNeighbors({NodeKind::kClaim, c}, EdgeKind::kContests);
  }

  // The snapshot reads and writes the tables directly.
  friend class SnapshotAccess;

 private:
  void addEdge(NodeRef from, NodeRef to, EdgeKind kind) { edges_.push_back({from, to, kind}); }
  Id mergeEntity(const EntityRecord& record);
  Id mergeSource(const SourceRecord& record, Id document, Id publisher);
  void indexEntityName(std::string_view name, Id entity);
  void thaw();  // back to the edge list, for add() and setContested()
  void indexSourceUrls();
  [[nodiscard]] std::string sourceKey(std::string_view url, Id document, std::int32_t ref) const;

  StringPool strings_;
  std::vector<Document> documents_;
  std::vector<Section> sections_;
  std::vector<Entity> entities_;
  std::vector<Source> sources_;
  std::vector<std::int32_t> sourceRefs_;  // each source's reference numbers, contiguous, in source order
  std::vector<Claim> claims_;
  std::vector<ClaimExtra> claimExtras_;  // sorted by claim; only claims that have one
  std::vector<ContestedSet> contested_;
  std::vector<ContestedValue> contestedValues_;  // each set's values, contiguous, in set order
  std::vector<StrId> contestedPublishers_;       // each value's publishers, contiguous, in value order
  std::vector<EdgeRecord> edges_;                // while building; emptied by freeze(), which moves them into the CSR

  std::unordered_map<std::string, Id> entityByKey_;   // key -> entity
  std::unordered_map<std::string, Id> entityByName_;  // folded name or alias -> entity
  std::unordered_map<std::string, Id> sourceByUrl_;   // folded URL -> source
  std::unordered_map<std::string, Id> documentBySlug_;

  struct Topology;
  std::unique_ptr<Topology> topology_;
};

[[nodiscard]] const char* toString(NodeKind kind);
[[nodiscard]] const char* toString(EdgeKind kind);
[[nodiscard]] const char* toString(ContestKind kind);

}  // namespace cg::graph
