#pragma once
// The claims-and-sources graph: documents, sections, entities, claims, sources and
// contested sets, with typed edges saying who claimed what, about whom, backed by
// which source.
//
// Layout: each kind has a table of small records (strings interned in one pool);
// the topology is a compressed sparse row (CSR) graph built by freeze() from the edge list
// that add() collects, with an index of the in-edges of entities and sources beside it.
// Frozen, a claim's out-edges (subject, claimants, sources, section) are contiguous, which
// is what queries walk. Callers see typed ids (graph/Ids.h).
//
// A graph loaded from a snapshot reads its tables, CSR arrays, pool and lookup tables in
// place from the mapped file (graph/Snapshot.h), which it keeps open: nothing is copied.
//
// Ids are dense per kind, assigned in input order, so the same files give the same ids
// and byte-identical output.

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/Column.h"
#include "graph/Ids.h"
#include "graph/Neighbors.h"
#include "graph/Records.h"
#include "graph/StringPool.h"
#include "graph/WordTable.h"

namespace cg::graph {

class WordIndex;

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

// A node of any kind, for code that walks edges of several kinds (the snapshot, DOT); the
// index is the kind's id value. Everything else takes the typed ids.
struct NodeRef {
  NodeKind kind;
  std::uint32_t index;
  friend bool operator==(NodeRef, NodeRef) = default;
};

struct Document {
  StrId slug = 0, title = 0, path = 0, sourceUrl = 0, updated = 0, format = 0;
  std::vector<StrId> categories;
  ClaimId firstClaim{0};
  std::uint32_t claimCount = 0;  // a document's claims are contiguous: [firstClaim, firstClaim + claimCount)
};
struct Section {
  DocumentId document;
  SectionId parent;  // kInvalid for a top-level section
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
  DocumentId document;  // the first document that cites it
  EntityId publisherEntity;
  std::int32_t ref = 0;  // that document's reference number
  std::uint32_t line = 0;
  std::uint32_t citedBy = 0;
  StrId work = 0;  // the newspaper, website or journal beside the publisher
  // Every number under which that document lists this work: a range of the graph's refs table.
  std::uint32_t firstRef = 0, refCount = 0;

  // A reference the article numbers but leaves blank ("7." and nothing after it): claims still
  // cite it by number, and every renderer must say so rather than show an empty publisher.
  [[nodiscard]] bool leftEmpty() const { return !url && !publisher && !title && !work; }
};
// How renderers name a source that leftEmpty() (the same words in text, DOT and HTML).
inline constexpr std::string_view kLeftEmptySource = "(left empty in the article's reference list)";
// A claim's fields that most claims have (64 bytes). The rare ones, a relation's name and
// object and a range's ends, are a ClaimExtra beside the table: ClaimGraph::extra(c).
struct Claim {
  DocumentId document;
  SectionId section;                    // kInvalid before the first heading
  EntityId subject;                     // kInvalid when the text names none
  std::uint32_t line = 0, ordinal = 0;  // ordinal: 1-based within its document
  StrId text = 0, unit = 0, quantityText = 0, quote = 0, measure = 0, asOf = 0, verb = 0;
  double value = 0;
  ClaimKind kind = ClaimKind::kStatement;
  Bound bound = Bound::kExact;
  bool hasQuantity = false, hasValue = false, hasRange = false, approximate = false;
  AsOfFrom asOfFrom = AsOfFrom::kNone;
  std::uint8_t reserved[1] = {};  // explicit, so the snapshot holds no uninitialised padding
};
// The fields few claims have (a relation, a range, a score's scope: 107 k of 1 M generated claims), kept out
// of Claim, where they cost 24 bytes a claim, in a table sorted by claim. `low` and `high`
// are set when the claim's hasRange is.
struct ClaimExtra {
  ClaimId claim;
  EntityId object;  // the object of a relation claim
  StrId relation = 0;
  StrId scope = 0;  // what a score is measured on ("MMLU", "GPQA Diamond"); 0 when none
  double low = 0, high = 0;
};

enum class ContestKind : std::uint8_t { kDiscrepancy, kScope, kDispute };

// One value in a contested set, with the support weighed for it. Its publishers are a range
// of the graph's publisher table, read with ClaimGraph::publishers(value): a set of 1e6
// claims has 600 k values, and a vector each cost more than the values themselves.
struct ContestedValue {
  ClaimId claim;
  std::uint32_t firstPublisher = 0;  // distinct publishers behind it, after independence:
  std::uint32_t publisherCount = 0;  // [firstPublisher, firstPublisher + publisherCount)
  std::uint32_t reserved = 0;        // explicit, so the snapshot holds no uninitialised padding
  double support = 0;
};
// Its values are a range of the graph's value table, read with ClaimGraph::values(set).
struct ContestedSet {
  ContestKind kind = ContestKind::kDiscrepancy;
  std::uint8_t reserved[3] = {};  // explicit, here and below, so the snapshot holds no uninitialised padding
  EntityId subject;
  StrId measure = 0, reason = 0, bestReason = 0;
  ClaimId best;       // claim with the best-supported value
  double spread = 0;  // max/min - 1; NaN when not numeric
  bool overlap = false;
  std::uint8_t reserved2[3] = {};
  std::uint32_t firstValue = 0, valueCount = 0;  // [firstValue, firstValue + valueCount)
  std::uint32_t reserved3 = 0;
};

// A contested set as reason::findContested builds it, with its values and their publishers in
// vectors of its own; setContested() moves them into the graph's flat tables (and sets
// firstValue/valueCount and firstPublisher/publisherCount).
struct ContestedDraftValue {
  ClaimId claim;
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

  // The graph is built in one pass: add() every document, setContested() once (reason/ finds
  // the sets), then freeze(). Both throw std::logic_error on a frozen graph.
  //
  // Merges one article: entities by key, then folded name or alias; sources by URL.
  void add(const DocumentBundle& bundle);
  // The contested sets found over all the documents; once, after the last add().
  void setContested(std::vector<ContestedSetDraft> sets);
  // Builds the topology; queries need a frozen graph. Idempotent.
  void freeze();
  [[nodiscard]] bool frozen() const { return topology_ != nullptr; }

  // Tables.
  // Tables, each indexed by its own kind's id: g.claims()[claimId].
  [[nodiscard]] IdSpan<DocumentId, Document> documents() const { return IdSpan<DocumentId, Document>(documents_); }
  [[nodiscard]] IdSpan<SectionId, Section> sections() const { return IdSpan<SectionId, Section>(sections_.span()); }
  [[nodiscard]] IdSpan<EntityId, Entity> entities() const { return IdSpan<EntityId, Entity>(entities_); }
  [[nodiscard]] IdSpan<SourceId, Source> sources() const { return IdSpan<SourceId, Source>(sources_.span()); }
  [[nodiscard]] IdSpan<ClaimId, Claim> claims() const { return IdSpan<ClaimId, Claim>(claims_.span()); }
  // Every reference number of a source in its document (one URL listed twice has two).
  [[nodiscard]] std::span<const std::int32_t> refs(const Source& source) const {
    return sourceRefs_.span().subspan(source.firstRef, source.refCount);
  }
  // A claim's rare fields; all empty (object kInvalid, relation 0, range 0..0) for most claims.
  [[nodiscard]] const ClaimExtra& extra(ClaimId claim) const;
  [[nodiscard]] IdSpan<ContestedId, ContestedSet> contested() const {
    return IdSpan<ContestedId, ContestedSet>(contested_.span());
  }
  // A document's claims, in order.
  [[nodiscard]] static auto claimsIn(const Document& d) { return idRange(d.firstClaim, d.claimCount); }
  // A contested set's values, and a value's publishers (ranges of two graph-wide tables).
  [[nodiscard]] std::span<const ContestedValue> values(const ContestedSet& set) const {
    return contestedValues_.span().subspan(set.firstValue, set.valueCount);
  }
  [[nodiscard]] std::span<const StrId> publishers(const ContestedValue& value) const {
    return contestedPublishers_.span().subspan(value.firstPublisher, value.publisherCount);
  }
  [[nodiscard]] std::string_view str(StrId id) const { return strings_.get(id); }
  [[nodiscard]] const StringPool& strings() const { return strings_; }
  // For the texts reasoning derives (contested reasons), before the graph is frozen.
  StringPool& stringsMutable() { return strings_; }

  // Readable, stable ids: d:slug, e:key, c:slug:n, s:hash or s:slug:ref, x:n.
  [[nodiscard]] std::string documentId(DocumentId d) const;
  [[nodiscard]] std::string entityId(EntityId e) const;
  [[nodiscard]] std::string claimId(ClaimId c) const;
  [[nodiscard]] std::string sourceId(SourceId s) const;
  [[nodiscard]] std::string contestedId(ContestedId x) const;

  // The claims whose text holds `token`, a folded word (graph::foldTokens), in claim order; empty
  // when none does. A loaded graph reads its snapshot's word index in place; a graph built in this
  // process indexes its claims' words on the first call (thread-safe). Frozen graphs only.
  [[nodiscard]] std::span<const ClaimId> claimsWithWord(std::string_view token) const;
  // The claims whose text holds every one of `tokens` (folded words, in any order, repeats
  // allowed), in claim order, when they are the words of an entity's name or alias ("Nadia
  // Huang": one stored list, however many claims each word is in); nullopt for any other words,
  // whose claims are the intersection of claimsWithWord's lists. Frozen graphs only.
  [[nodiscard]] std::optional<std::span<const ClaimId>> claimsWithNameWords(std::span<const std::string> tokens) const;

  // Lookups (frozen). findEntity accepts an id ("e:nvidia"), a key, a name or an alias.
  [[nodiscard]] std::optional<EntityId> findEntity(std::string_view nameOrId) const;
  // findEntity(text) and findEntity(foldKey(text)), for a caller that tries a name as written
  // and then folded (a statement's words): the same answers, from one fold of the text.
  struct EntityCandidates {
    std::optional<EntityId> asWritten, folded;
    std::optional<EntityId> byOtherKey;  // findEntity(NameForms::otherKey), when one was given
  };
  [[nodiscard]] EntityCandidates findEntityBothWays(std::string_view text) const;
  // The same from forms the caller made (check cuts them out of its statement's own fold, issue
  // #16), and findEntity(otherKey) besides: each table is asked each key once, however many of
  // the forms are the same string (for a lower-case ASCII word, most of them).
  struct NameForms {
    std::string_view written, folded, slug;  // folded == foldKey(written), slug == slugifyFolded(folded)
    std::optional<std::string_view> otherKey = std::nullopt;
    // What the caller knows of its forms, so that they need not be tested (a check asks about a
    // hundred spans, issue #16): `folded` is its own fold, foldKey(folded) == folded; and, when
    // set, `otherKey` is its own fold and otherSlug == slugifyFolded(*otherKey).
    bool foldedIsOwnFold = false;
    std::optional<std::string_view> otherSlug = std::nullopt;
    // The stableHash of some of these views, made by the caller, known by the view's address and
    // length: a check's spans at one word are prefixes of one another, hashed in one pass.
    std::span<const std::pair<std::string_view, std::uint64_t>> hashes = {};
  };
  [[nodiscard]] EntityCandidates findEntityForms(const NameForms& forms) const;
  // Whether findEntityForms may find anything for forms whose written text starts with the word
  // `head` (nameHead: up to its first space, tab, line break or '_') and whose otherKey, when
  // asked, starts with `otherHead` (up to its first '_'): false only when none of the first words
  // their forms are asked by (as written, folded, slug) starts a key or name of a loaded graph
  // (its snapshot's filter of them). A check tries some fifty word spans of a statement, most
  // naming nothing, and skips them on this before it makes their forms (issue #16). Told from the
  // head's bytes only where they are ASCII; true for any other head, and in a graph built here.
  [[nodiscard]] bool mayFindEntityByHeads(std::string_view head, std::optional<std::string_view> otherHead) const;
  [[nodiscard]] std::optional<ClaimId> findClaim(std::string_view id) const;
  [[nodiscard]] std::optional<SourceId> findSource(std::string_view id) const;
  [[nodiscard]] std::optional<DocumentId> findDocument(std::string_view slugOrId) const;

  // Traversal: the neighbours of a node along edges of one kind, as index values of the kind
  // at the edge's far end. At most `limit` of them, in insertion order (a claim's order for
  // claims). The typed shortcuts below are what callers outside graph/ use. A graph not yet
  // frozen walks only a claim's out-edges (claimSources, claimClaimants: what reasoning needs).

  [[nodiscard]] std::vector<std::uint32_t> outNeighbors(NodeRef from, EdgeKind kind,
                                                        std::size_t limit = SIZE_MAX) const;
  [[nodiscard]] std::vector<std::uint32_t> inNeighbors(NodeRef to, EdgeKind kind, std::size_t limit = SIZE_MAX) const;
  [[nodiscard]] std::size_t edgeCount() const;
  // Every edge as (from, to, kind), in a stable order: for the snapshot and DOT. A frozen graph
  // keeps its edges only in the CSR topology and lists them from there.
  struct EdgeRecord {
    NodeRef from;
    NodeRef to;
    EdgeKind kind;
  };
  [[nodiscard]] std::vector<EdgeRecord> edges() const;

  // Typed traversal: each edge kind read from the end a query starts at, in place (graph/Neighbors.h).
  [[nodiscard]] Neighbors<SourceId> claimSources(ClaimId c) const { return out<SourceId>(c, EdgeKind::kBackedBy); }
  [[nodiscard]] Neighbors<EntityId> claimClaimants(ClaimId c) const { return out<EntityId>(c, EdgeKind::kClaimedBy); }
  [[nodiscard]] Neighbors<EntityId> sourcePublishers(SourceId s) const {
    return out<EntityId>(s, EdgeKind::kPublishedBy);
  }
  [[nodiscard]] Neighbors<ClaimId> claimsAbout(EntityId e, std::size_t limit = SIZE_MAX) const {
    return in<ClaimId>(e, EdgeKind::kAbout, limit);
  }
  [[nodiscard]] Neighbors<ClaimId> claimsBy(EntityId e, std::size_t limit = SIZE_MAX) const {
    return in<ClaimId>(e, EdgeKind::kClaimedBy, limit);
  }
  // Relation claims whose object is `e`.
  [[nodiscard]] Neighbors<ClaimId> claimsWithObject(EntityId e) const { return in<ClaimId>(e, EdgeKind::kObject); }
  [[nodiscard]] Neighbors<SourceId> sourcesPublishedBy(EntityId e) const {
    return in<SourceId>(e, EdgeKind::kPublishedBy);
  }
  [[nodiscard]] Neighbors<ClaimId> claimsBackedBy(SourceId s) const { return in<ClaimId>(s, EdgeKind::kBackedBy); }
  [[nodiscard]] Neighbors<ContestedId> contestedSetsOf(ClaimId c) const {
    return in<ContestedId>(c, EdgeKind::kContests);
  }

  // The node of a typed id.
  [[nodiscard]] static NodeRef node(DocumentId d) { return {NodeKind::kDocument, d.value()}; }
  [[nodiscard]] static NodeRef node(SectionId s) { return {NodeKind::kSection, s.value()}; }
  [[nodiscard]] static NodeRef node(EntityId e) { return {NodeKind::kEntity, e.value()}; }
  [[nodiscard]] static NodeRef node(ClaimId c) { return {NodeKind::kClaim, c.value()}; }
  [[nodiscard]] static NodeRef node(SourceId s) { return {NodeKind::kSource, s.value()}; }
  [[nodiscard]] static NodeRef node(ContestedId x) { return {NodeKind::kContested, x.value()}; }

  // Indices a later layer derives from the frozen graph and keeps in its snapshot: named runs of
  // bytes that the graph stores but never reads (query/ keeps check's figure and name indices
  // there, so that a fresh process reads them in place where it built them at its first check,
  // issue #16). A loaded graph's lie in its file on a 64-byte boundary; the layer that wrote one
  // checks each offset and id of it where it reads it. A second index of one name replaces the first.
  void attachIndex(std::string name, std::string bytes);
  [[nodiscard]] std::optional<std::string_view> attachedIndex(std::string_view name) const;

  // The snapshot reads and writes the tables directly.
  friend class SnapshotAccess;

 private:
  // Packed edges (graph/Neighbors.h) that hold a node's neighbours of one kind, with the first
  // vertex of the far end's kind; `owned` holds them when no frozen array does.
  struct EdgeRun {
    std::span<const std::uint32_t> edges;
    std::uint32_t base = 0;
    std::shared_ptr<const std::vector<std::uint32_t>> owned;
  };
  // A node's out-edges (of every kind: the walk skips the others); a graph being built has only a claim's.
  [[nodiscard]] EdgeRun outRun(NodeRef from, EdgeKind kind) const;
  // A node's in-edges of one kind, at most `limit` of them.
  [[nodiscard]] EdgeRun inRun(NodeRef to, EdgeKind kind, std::size_t limit = SIZE_MAX) const;
  // The far ends, as `To` ids, of the `kind` edges out of (into) the node of typed id `from`
  // (`to`): a typed walk names its edge kind once.
  template <class To, class From>
  [[nodiscard]] Neighbors<To> out(From from, EdgeKind kind) const {
    return neighbors<To>(outRun(node(from), kind), kind);
  }
  template <class From, class To>
  [[nodiscard]] Neighbors<From> in(To to, EdgeKind kind, std::size_t limit = SIZE_MAX) const {
    return neighbors<From>(inRun(node(to), kind, limit), kind);
  }
  template <class Id>
  [[nodiscard]] static Neighbors<Id> neighbors(EdgeRun run, EdgeKind kind) {
    return Neighbors<Id>(run.edges, kind, run.base, std::move(run.owned));
  }
  void addEdge(NodeRef from, NodeRef to, EdgeKind kind) { edges_.push_back({from, to, kind}); }
  struct BundleIds;
  DocumentId addDocument(const DocumentRecord& record, std::size_t claimCount);
  void addSection(const SectionRecord& record, const BundleIds& ids);
  void addClaim(const ClaimRecord& record, std::uint32_t ordinal, const BundleIds& ids);
  void setQuantity(Claim& c, ClaimExtra& extra, const Quantity& q);
  void addClaimEdges(ClaimId id, const ClaimRecord& record, const BundleIds& ids);
  EntityId mergeEntity(const EntityRecord& record);
  SourceId mergeSource(const SourceRecord& record, DocumentId document, EntityId publisher);
  void indexFoldedName(std::string_view folded, EntityId entity);
  void requireBuilding(const char* what) const;
  [[nodiscard]] std::string sourceKey(std::string_view url, DocumentId document, std::int32_t ref) const;

  std::shared_ptr<const char> backing_;  // the mapped file (or buffer) a loaded graph's tables view
  StringPool strings_;
  std::vector<Document> documents_;
  Column<Section> sections_;
  std::vector<Entity> entities_;
  Column<Source> sources_;
  Column<std::int32_t> sourceRefs_;  // each source's reference numbers, contiguous, in source order
  Column<Claim> claims_;
  Column<ClaimExtra> claimExtras_;  // sorted by claim; only claims that have one
  Column<ContestedSet> contested_;
  Column<ContestedValue> contestedValues_;  // each set's values, contiguous, in set order
  Column<StrId> contestedPublishers_;       // each value's publishers, contiguous, in value order
  std::vector<EdgeRecord> edges_;           // while building; emptied by freeze(), which moves them into the CSR
  // While building: claim c's out-edges lie in edges_[claimEdges_[c], claimEdges_[c + 1]) (the
  // last claim's run ends at the end), among edges of other nodes that add() made with them.
  std::vector<std::uint32_t> claimEdges_;
  bool hasContested_ = false;  // setContested() was called: no more documents

  // Open addressing with the hash beside each entry's position (graph/WordTable.h): a probe reads
  // one slot before any bytes, where a node-based map followed a chain per probe.
  WordMap<EntityId> entityByKey_;   // key -> entity
  WordMap<EntityId> entityByName_;  // folded name or alias -> entity
  WordMap<SourceId> sourceByUrl_;   // folded URL -> source
  WordMap<DocumentId> documentBySlug_;

  struct Topology;
  std::unique_ptr<Topology> topology_;
  [[nodiscard]] std::unique_ptr<Topology> buildTopology() const;
  // A loaded graph's lookups: hash tables read in place from its snapshot, in place of the maps above.
  struct Lookups;
  std::unique_ptr<Lookups> lookups_;
  [[nodiscard]] std::optional<EntityId> entityByKey(std::string_view key) const;
  [[nodiscard]] std::optional<EntityId> entityByName(std::string_view folded) const;
  [[nodiscard]] std::optional<DocumentId> documentBySlug(std::string_view slug) const;
  // The word index (graph/WordIndex.h); null only in a graph moved from.
  struct Words;
  std::unique_ptr<Words> words_;
  // attachIndex's: a built graph's own bytes, or a loaded graph's view of its file.
  struct Attached {
    std::string name;
    std::string owned;
    std::string_view bytes;  // a view of the file; `owned` when empty
    [[nodiscard]] std::string_view data() const { return owned.empty() ? bytes : std::string_view(owned); }
  };
  std::vector<Attached> attached_;
  // The word index, built on first use in a graph built in this process; null in a graph moved from.
  [[nodiscard]] const WordIndex* wordIndex() const;
};

[[nodiscard]] const char* toString(NodeKind kind);
[[nodiscard]] const char* toString(EdgeKind kind);
[[nodiscard]] const char* toString(ContestKind kind);

}  // namespace cg::graph
