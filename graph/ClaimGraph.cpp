#include "graph/ClaimGraph.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "graph/Fold.h"
#include "graph/FrozenLayout.h"
#include "graph/WordIndex.h"

namespace cg::graph {

namespace {

constexpr std::size_t fromKind(EdgeKind k) { return static_cast<std::size_t>(kEdgeEnds[static_cast<int>(k)][0]); }
constexpr std::size_t toKind(EdgeKind k) { return static_cast<std::size_t>(kEdgeEnds[static_cast<int>(k)][1]); }

}  // namespace

ClaimGraph::ClaimGraph() : words_(std::make_unique<Words>()) {}
ClaimGraph::~ClaimGraph() = default;
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;

void ClaimGraph::attachIndex(std::string name, std::string bytes) {
  std::erase_if(attached_, [&](const Attached& a) { return a.name == name; });
  attached_.push_back({std::move(name), std::move(bytes), {}});
}

std::optional<std::string_view> ClaimGraph::attachedIndex(std::string_view name) const {
  for (const Attached& a : attached_)
    if (a.name == name) return a.data();
  return std::nullopt;
}

void ClaimGraph::requireBuilding(const char* what) const {
  if (topology_) throw std::logic_error(std::string(what) + " on a frozen graph: the graph is built before freeze()");
}

std::vector<ClaimGraph::EdgeRecord> ClaimGraph::edges() const {
  if (!topology_) return edges_;
  // The CSR keeps each vertex's out-edges in insertion order, so this is the order add() made.
  const Topology& t = *topology_;
  std::vector<EdgeRecord> out;
  out.reserve(t.outEdges.size());
  for (std::uint32_t v = 0; v < t.base[6]; ++v)
    for (std::uint32_t e : t.out(v)) out.push_back({t.node(v), t.node(edgeVertex(e)), edgeKind(e)});
  return out;
}

// A source's identity: its folded URL, or its document and reference number when it has none.
std::string ClaimGraph::sourceKey(std::string_view url, DocumentId document, std::int32_t ref) const {
  if (url.empty()) return "doc:" + std::string(str(documents()[document].slug)) + ":" + std::to_string(ref);
  return foldKey(url);
}

void ClaimGraph::indexFoldedName(std::string_view folded, EntityId entity) {
  if (!folded.empty()) entityByName_.emplace(folded, entity);  // first one wins
}

EntityId ClaimGraph::mergeEntity(const EntityRecord& record) {
  EntityId id = kInvalid;
  const std::string foldedName = foldKey(record.name);
  if (auto it = entityByKey_.find(record.key); it != entityByKey_.end()) id = it->second;
  if (id == kInvalid) {
    // An unlinked name merges with an entity of the same folded name or alias; a linked
    // one only when that entity was itself unlinked (two different slugs stay apart).
    auto it = entityByName_.find(foldedName);
    if (it != entityByName_.end() && (!record.linked || !entities()[it->second].linked)) id = it->second;
  }
  const bool created = id == kInvalid;
  if (created) {
    id = EntityId(static_cast<std::uint32_t>(entities_.size()));
    Entity e;
    e.key = strings_.intern(record.key);
    e.name = strings_.intern(record.name);
    e.type = record.type;
    e.linked = record.linked;
    entities_.push_back(e);
    entityByKey_.emplace(record.key, id);
    indexFoldedName(foldedName, id);
  }
  Entity& e = entities_[id.value()];
  e.mentions += record.mentions;
  if (e.type == EntityType::kOther) e.type = record.type;
  if (record.linked && !e.linked) {
    e.linked = true;
    entityByKey_.emplace(record.key, id);
  }
  // Folded once (a new entity's name is the record's): every alias is compared with it.
  const std::string foldedEntityName = created ? foldedName : foldKey(str(e.name));
  auto addAlias = [&](std::string_view alias, const std::string& foldedAlias) {
    if (foldedAlias == foldedEntityName) return;
    StrId a = strings_.intern(alias);
    if (std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.push_back(a);
    indexFoldedName(foldedAlias, id);
  };
  if (foldedName != foldedEntityName) addAlias(record.name, foldedName);
  for (const auto& alias : record.aliases) addAlias(alias, foldKey(alias));
  return id;
}

SourceId ClaimGraph::mergeSource(const SourceRecord& record, DocumentId document, EntityId publisher) {
  std::string key = sourceKey(record.url, document, record.ref);
  if (auto it = sourceByUrl_.find(key); it != sourceByUrl_.end()) {
    sources_.mut(it->second.value()).citedBy++;
    return it->second;
  }
  SourceId id(static_cast<std::uint32_t>(sources_.size()));
  Source s;
  s.url = strings_.intern(record.url);
  s.publisher = strings_.intern(record.publisher);
  s.title = strings_.intern(record.title);
  s.date = strings_.intern(record.date);
  s.accessed = strings_.intern(record.accessed);
  s.document = document;
  s.publisherEntity = publisher;
  s.ref = record.ref;
  s.line = record.line;
  s.citedBy = 1;
  s.work = strings_.intern(record.work);
  s.firstRef = static_cast<std::uint32_t>(sourceRefs_.size());
  if (record.refs.empty())
    sourceRefs_.push_back(record.ref);
  else
    sourceRefs_.append(record.refs.begin(), record.refs.end());
  s.refCount = static_cast<std::uint32_t>(sourceRefs_.size() - s.firstRef);
  sources_.push_back(s);
  sourceByUrl_.emplace(std::move(key), id);
  if (publisher.isValid()) addEdge(node(id), node(publisher), EdgeKind::kPublishedBy);
  return id;
}

// A bundle's local indices (its sections, entities and sources) as the graph's ids, while
// add() merges it.
struct ClaimGraph::BundleIds {
  DocumentId document;
  std::uint32_t firstSection = 0;
  std::vector<EntityId> entities;
  std::vector<SourceId> sources;

  [[nodiscard]] SectionId section(int local) const {
    return local == kNone ? SectionId() : SectionId(firstSection + static_cast<std::uint32_t>(local));
  }
  [[nodiscard]] EntityId entity(int local) const {
    return local == kNone ? EntityId() : entities.at(static_cast<std::size_t>(local));
  }
  [[nodiscard]] SourceId source(int local) const { return sources.at(static_cast<std::size_t>(local)); }
};

void ClaimGraph::add(const DocumentBundle& bundle) {
  requireBuilding("add()");
  if (hasContested_) throw std::logic_error("add() after setContested(): contested sets span every document");
  BundleIds ids;
  ids.document = addDocument(bundle.document, bundle.claims.size());
  ids.firstSection = static_cast<std::uint32_t>(sections_.size());
  for (const auto& s : bundle.sections) addSection(s, ids);
  ids.entities.reserve(bundle.entities.size());
  for (const auto& e : bundle.entities) ids.entities.push_back(mergeEntity(e));
  for (const auto& s : bundle.sources)
    ids.sources.push_back(mergeSource(s, ids.document, ids.entity(s.publisherEntity)));
  for (std::size_t i = 0; i < bundle.claims.size(); ++i)
    addClaim(bundle.claims[i], static_cast<std::uint32_t>(i + 1), ids);
}

DocumentId ClaimGraph::addDocument(const DocumentRecord& record, std::size_t claimCount) {
  DocumentId id(static_cast<std::uint32_t>(documents_.size()));
  std::string slug = record.slug;
  // Two articles with one slug (a copy in another folder) stay apart: the later is suffixed.
  for (int n = 2; documentBySlug_.count(slug); ++n) slug = record.slug + "-" + std::to_string(n);
  Document doc;
  doc.slug = strings_.intern(slug);
  doc.title = strings_.intern(record.title);
  doc.path = strings_.intern(record.path);
  doc.sourceUrl = strings_.intern(record.sourceUrl);
  doc.updated = strings_.intern(record.updated);
  doc.format = strings_.intern(record.format);
  for (const auto& c : record.categories) doc.categories.push_back(strings_.intern(c));
  doc.firstClaim = ClaimId(static_cast<std::uint32_t>(claims_.size()));
  doc.claimCount = static_cast<std::uint32_t>(claimCount);
  documents_.push_back(doc);
  documentBySlug_.emplace(slug, id);
  return id;
}

void ClaimGraph::addSection(const SectionRecord& record, const BundleIds& ids) {
  Section section;
  section.document = ids.document;
  section.parent = ids.section(record.parent);
  section.title = strings_.intern(record.title);
  section.line = record.line;
  section.level = static_cast<std::uint8_t>(std::clamp(record.level, 1, 6));
  SectionId id(static_cast<std::uint32_t>(sections_.size()));
  sections_.push_back(section);
  addEdge(node(id), node(ids.document), EdgeKind::kInDocument);
}

void ClaimGraph::addClaim(const ClaimRecord& r, std::uint32_t ordinal, const BundleIds& ids) {
  ClaimId id(static_cast<std::uint32_t>(claims_.size()));
  Claim c;
  c.document = ids.document;
  c.section = ids.section(r.section);
  c.subject = ids.entity(r.subject);
  ClaimExtra extra{.claim = id, .object = ids.entity(r.object)};
  c.line = r.line;
  c.ordinal = ordinal;
  c.kind = r.kind;
  c.text = strings_.intern(r.text);
  c.quote = strings_.intern(r.quote);
  c.measure = strings_.intern(r.measure);
  c.asOf = strings_.intern(r.asOf);
  c.asOfFrom = r.asOf.empty() ? AsOfFrom::kNone : r.asOfFrom;
  c.verb = strings_.intern(r.verb);
  extra.relation = strings_.intern(r.relation);
  extra.scope = strings_.intern(r.scope);
  if (r.quantity) setQuantity(c, extra, *r.quantity);
  claims_.push_back(c);
  claimEdges_.push_back(static_cast<std::uint32_t>(edges_.size()));
  if (extra.object.isValid() || extra.relation != 0 || extra.scope != 0 || c.hasRange) claimExtras_.push_back(extra);
  addClaimEdges(id, r, ids);
}

void ClaimGraph::setQuantity(Claim& c, ClaimExtra& extra, const Quantity& q) {
  c.hasQuantity = true;
  c.unit = strings_.intern(q.unit);
  c.quantityText = strings_.intern(q.text);
  c.approximate = q.approximate;
  c.bound = q.bound;
  if (q.value) {
    c.hasValue = true;
    c.value = *q.value;
  }
  if (q.low && q.high) {
    c.hasRange = true;
    extra.low = *q.low;
    extra.high = *q.high;
  }
}

// A claim's edges, together (outNeighbors of a graph being built relies on it): section,
// subject, each claimant and source once, a relation's object and the entity -> entity relation.
void ClaimGraph::addClaimEdges(ClaimId id, const ClaimRecord& r, const BundleIds& ids) {
  const Claim& c = claims_[id.value()];
  const NodeRef self = node(id);
  if (c.section.isValid()) addEdge(self, node(c.section), EdgeKind::kInSection);
  if (c.subject.isValid()) addEdge(self, node(c.subject), EdgeKind::kAbout);
  std::vector<EntityId> claimants;
  for (int local : r.claimants) {
    EntityId e = ids.entity(local);
    if (!e.isValid() || std::find(claimants.begin(), claimants.end(), e) != claimants.end()) continue;
    claimants.push_back(e);
    addEdge(self, node(e), EdgeKind::kClaimedBy);
  }
  std::vector<SourceId> sources;
  for (int local : r.sources) {
    SourceId s = ids.source(local);
    if (std::find(sources.begin(), sources.end(), s) != sources.end()) continue;
    sources.push_back(s);
    addEdge(self, node(s), EdgeKind::kBackedBy);
  }
  EntityId object = ids.entity(r.object);
  if (object.isValid()) {
    addEdge(self, node(object), EdgeKind::kObject);
    if (c.subject.isValid()) addEdge(node(c.subject), node(object), EdgeKind::kRelation);
  }
}

const ClaimExtra& ClaimGraph::extra(ClaimId claim) const {
  static const ClaimExtra kNone;
  const auto rows = claimExtras_.span();
  auto it =
      std::lower_bound(rows.begin(), rows.end(), claim, [](const ClaimExtra& x, ClaimId c) { return x.claim < c; });
  return it != rows.end() && it->claim == claim ? *it : kNone;
}

void ClaimGraph::setContested(std::vector<ContestedSetDraft> sets) {
  requireBuilding("setContested()");
  if (hasContested_) throw std::logic_error("setContested() twice: the sets are found once, over every document");
  hasContested_ = true;
  std::size_t nValues = 0, nPublishers = 0;
  for (const auto& set : sets) {
    nValues += set.values.size();
    for (const auto& v : set.values) nPublishers += v.publishers.size();
  }
  if (nValues >= UINT32_MAX || nPublishers >= UINT32_MAX) throw std::length_error("too many contested values");
  contested_.reserve(sets.size());
  contestedValues_.reserve(nValues);
  contestedPublishers_.reserve(nPublishers);
  for (std::size_t x = 0; x < sets.size(); ++x) {
    ContestedSet set = static_cast<const ContestedSet&>(sets[x]);  // its own fields, not the draft's vectors
    set.firstValue = static_cast<std::uint32_t>(contestedValues_.size());
    set.valueCount = static_cast<std::uint32_t>(sets[x].values.size());
    for (const auto& v : sets[x].values) {
      ContestedValue value{.claim = v.claim,
                           .firstPublisher = static_cast<std::uint32_t>(contestedPublishers_.size()),
                           .publisherCount = static_cast<std::uint32_t>(v.publishers.size()),
                           .support = v.support};
      contestedPublishers_.append(v.publishers.begin(), v.publishers.end());
      contestedValues_.push_back(value);
      addEdge(node(ContestedId(static_cast<std::uint32_t>(x))), node(v.claim), EdgeKind::kContests);
    }
    contested_.push_back(set);
  }
}

void ClaimGraph::freeze() {
  if (topology_) return;
  topology_ = buildTopology();
  edges_.clear();
  edges_.shrink_to_fit();
  claimEdges_.clear();
  claimEdges_.shrink_to_fit();
}

// The CSR of the edge list, by counting: each vertex's out-degree, its prefix sums, then the
// edges in list order, so that each vertex lists its out-edges in the order add() made them.
// The in-edge index likewise, from the out-edges vertex by vertex.
std::unique_ptr<ClaimGraph::Topology> ClaimGraph::buildTopology() const {
  auto t = std::make_unique<Topology>();
  std::array<std::size_t, 6> counts{documents_.size(), sections_.size(), entities_.size(),
                                    claims_.size(),    sources_.size(),  contested_.size()};
  std::uint64_t total = 0;
  for (std::size_t k = 0; k < counts.size(); ++k) {
    t->base[k] = static_cast<std::uint32_t>(total);
    total += counts[k];
  }
  if (total >= kMaxVertices || edges_.size() >= UINT32_MAX)
    throw std::length_error("graph exceeds 2^28 nodes or 2^32 edges");
  t->base[6] = static_cast<std::uint32_t>(total);
  t->outStart.resize(total + 1);
  for (const auto& e : edges_) ++t->outStart.mut(t->vertex(e.from) + 1);
  for (std::size_t v = 0; v < total; ++v) t->outStart.mut(v + 1) += t->outStart[v];
  t->outEdges.resize(edges_.size());
  std::vector<std::uint32_t> next(t->outStart.span().begin(), t->outStart.span().end() - 1);
  for (const auto& e : edges_) t->outEdges.mut(next[t->vertex(e.from)]++) = packEdge(e.kind, t->vertex(e.to));
  const std::size_t slots = t->slots();
  t->inStart.resize(slots + 1);
  for (std::uint32_t e : t->outEdges.span())
    if (auto s = t->slot(edgeVertex(e)); s >= 0) ++t->inStart.mut(static_cast<std::size_t>(s) + 1);
  for (std::size_t s = 0; s < slots; ++s) t->inStart.mut(s + 1) += t->inStart[s];
  t->inEdges.resize(t->inStart[slots]);
  next.assign(t->inStart.span().begin(), t->inStart.span().end() - 1);
  for (std::uint32_t v = 0; v < total; ++v)
    for (std::uint32_t e : t->out(v))
      if (auto s = t->slot(edgeVertex(e)); s >= 0)
        t->inEdges.mut(next[static_cast<std::size_t>(s)]++) = packEdge(edgeKind(e), v);
  // Each slot's in-edges by kind (the packed kind is the top bits), and within a kind by source
  // vertex as they were: a walk of one kind reads its own run, not every in-edge of a busy
  // entity (at 10^7 claims an entity has ten times the edges it has at 10^6).
  for (std::size_t s = 0; s < slots; ++s) {
    auto run = t->inEdges.mutSpan().subspan(t->inStart[s], t->inStart[s + 1] - t->inStart[s]);
    std::sort(run.begin(), run.end());
  }
  return t;
}

ClaimGraph::EdgeRun ClaimGraph::outRun(NodeRef from, EdgeKind kind) const {
  if (from.kind != kEdgeEnds[static_cast<int>(kind)][0]) return {};
  if (!topology_) {
    // Building: a claim's run of the edge list (add() made its edges together), packed.
    if (from.kind != NodeKind::kClaim || from.index >= claimEdges_.size()) return {};
    const std::size_t end = from.index + 1 < claimEdges_.size() ? claimEdges_[from.index + 1] : edges_.size();
    auto packed = std::make_shared<std::vector<std::uint32_t>>();
    for (std::size_t i = claimEdges_[from.index]; i < end; ++i)
      if (edges_[i].kind == kind && edges_[i].from == from) packed->push_back(packEdge(kind, edges_[i].to.index));
    return {*packed, 0, std::move(packed)};
  }
  if (!topology_->has(from)) return {};
  return {topology_->out(topology_->vertex(from)), topology_->base[toKind(kind)], nullptr};
}

ClaimGraph::EdgeRun ClaimGraph::inRun(NodeRef to, EdgeKind kind, std::size_t limit) const {
  if (!topology_ || !topology_->has(to) || to.kind != kEdgeEnds[static_cast<int>(kind)][1]) return {};
  const Topology& t = *topology_;
  const std::uint32_t v = t.vertex(to);
  const std::uint32_t fromBase = t.base[fromKind(kind)];
  if (auto s = t.slot(v); s >= 0) {
    const auto slot = static_cast<std::size_t>(s);
    const auto all = t.inEdges.span().subspan(t.inStart[slot], t.inStart[slot + 1] - t.inStart[slot]);
    // The slot's edges of this kind are one run (buildTopology sorts them by kind).
    auto from = std::lower_bound(all.begin(), all.end(), packEdge(kind, 0));
    auto to = std::lower_bound(from, all.end(), packEdge(kind, kMaxVertices - 1) + 1);
    const auto count = std::min(static_cast<std::size_t>(to - from), limit);
    return {all.subspan(static_cast<std::size_t>(from - all.begin()), count), fromBase, nullptr};
  }
  // In-edges of sections and documents are not indexed (no query walks them): every out-edge of
  // the kind's sources is looked at, in vertex order, which is the indexed order.
  auto packed = std::make_shared<std::vector<std::uint32_t>>();
  for (std::uint32_t u = fromBase; u < t.base[fromKind(kind) + 1] && packed->size() < limit; ++u)
    for (std::uint32_t e : t.out(u))
      if (edgeKind(e) == kind && edgeVertex(e) == v && packed->size() < limit) packed->push_back(packEdge(kind, u));
  return {*packed, fromBase, std::move(packed)};
}

std::vector<std::uint32_t> ClaimGraph::outNeighbors(NodeRef from, EdgeKind kind, std::size_t limit) const {
  std::vector<std::uint32_t> out;
  const EdgeRun run = outRun(from, kind);
  for (std::uint32_t e : run.edges) {
    if (out.size() >= limit) break;
    if (edgeKind(e) == kind) out.push_back(edgeVertex(e) - run.base);
  }
  return out;
}

std::vector<std::uint32_t> ClaimGraph::inNeighbors(NodeRef to, EdgeKind kind, std::size_t limit) const {
  std::vector<std::uint32_t> out;
  const EdgeRun run = inRun(to, kind, limit);
  for (std::uint32_t e : run.edges) out.push_back(edgeVertex(e) - run.base);
  return out;
}

std::size_t ClaimGraph::edgeCount() const { return topology_ ? topology_->outEdges.size() : edges_.size(); }

std::string ClaimGraph::documentId(DocumentId d) const {
  return "d:" + std::string(str(documents_.at(d.value()).slug));
}
std::string ClaimGraph::entityId(EntityId e) const { return "e:" + std::string(str(entities_.at(e.value()).key)); }
std::string ClaimGraph::claimId(ClaimId c) const {
  if (!claims().contains(c)) throw std::out_of_range("claim id out of range");
  const Claim& claim = claims()[c];
  return "c:" + std::string(str(documents_.at(claim.document.value()).slug)) + ":" + std::to_string(claim.ordinal);
}
std::string ClaimGraph::sourceId(SourceId s) const {
  if (!sources().contains(s)) throw std::out_of_range("source id out of range");
  const Source& source = sources()[s];
  if (source.url == 0)
    return "s:" + std::string(str(documents_.at(source.document.value()).slug)) + ":" + std::to_string(source.ref);
  // The first 12 of the 16 hex digits of the folded URL's hash.
  return "s:" + fmt::format("{:016x}", stableHash(foldKey(str(source.url)))).substr(0, 12);
}
std::string ClaimGraph::contestedId(ContestedId x) const { return "x:" + std::to_string(x.value() + 1); }

std::optional<EntityId> ClaimGraph::findEntity(std::string_view nameOrId) const {
  std::string_view key = nameOrId;
  if (key.starts_with("e:")) key.remove_prefix(2);
  if (auto e = entityByKey(key)) return e;
  const std::string fold = foldKey(nameOrId);
  if (auto e = entityByName(fold)) return e;
  // A key written as its own slug ("optimind_cut", as check's slug look-ups are) missed above.
  const std::string slug = slugifyFolded(fold);  // slugify(nameOrId), folded once
  return slug == key ? std::nullopt : entityByKey(slug);
}

const WordIndex* ClaimGraph::wordIndex() const {
  if (!words_) return nullptr;
  if (!frozen()) throw std::logic_error("the word index needs a frozen graph");
  std::call_once(words_->filled, [&] { words_->index = WordIndex::build(*this); });
  return &words_->index;
}

std::span<const ClaimId> ClaimGraph::claimsWithWord(std::string_view token) const {
  const WordIndex* index = wordIndex();
  return index ? index->find(token) : std::span<const ClaimId>{};
}

std::optional<std::span<const ClaimId>> ClaimGraph::claimsWithNameWords(std::span<const std::string> tokens) const {
  const WordIndex* index = wordIndex();
  return index ? index->findAll(tokens) : std::nullopt;
}

namespace {

// A loaded graph looks up in its snapshot's table, a built one in the map add() filled.
template <class Id>
std::optional<Id> lookUp(const LookupTable* table, const WordMap<Id>& map, std::string_view key) {
  if (table) {
    auto id = table->find(key);
    return id ? std::optional<Id>(Id(*id)) : std::nullopt;
  }
  auto it = map.find(key);
  return it != map.end() ? std::optional<Id>(it->second) : std::nullopt;
}

// The keys a name's look-up asks of the snapshot's tables, each hashed once (the same view is asked
// of both entity tables: the fold as a key and as a name; told apart by where they stand, not by
// their bytes, which would cost as much as the hash), and the filter words of those asked when
// nothing is found (most of a statement's spans) fetched before the first is asked.
class AskedAhead {
 public:
  explicit AskedAhead(std::span<const std::pair<std::string_view, std::uint64_t>> given) : given_(given) {}
  void fetch(const LookupTable* table, std::string_view key) {
    if (table) table->prefetch(hashOf(key));
  }
  template <class Id>
  std::optional<Id> lookUp(const LookupTable* table, const WordMap<Id>& map, std::string_view key) {
    if (!table) return graph::lookUp(table, map, key);
    auto id = table->find(key, hashOf(key));
    return id ? std::optional<Id>(Id(*id)) : std::nullopt;
  }

 private:
  std::uint64_t hashOf(std::string_view key) {
    for (const auto& [view, h] : given_)
      if (view.data() == key.data() && view.size() == key.size()) return h;
    for (std::size_t i = 0; i < count_; ++i)
      if (hashed_[i].first.data() == key.data() && hashed_[i].first.size() == key.size()) return hashed_[i].second;
    const std::uint64_t h = stableHash(key);
    if (count_ < hashed_.size()) hashed_[count_++] = {key, h};
    return h;
  }

  std::span<const std::pair<std::string_view, std::uint64_t>> given_;  // by the caller (NameForms::hashes)
  std::array<std::pair<std::string_view, std::uint64_t>, 8> hashed_;
  std::size_t count_ = 0;
};

// The answers of one lookup table to the keys already asked of it: the forms of one name are
// often the same string ("nvidia" is the fold, the slug and the article key of "Nvidia").
class AskedOnce {
 public:
  template <class Find>
  std::optional<EntityId> find(std::string_view key, Find&& lookUp) {
    for (std::size_t i = 0; i < count_; ++i)
      if (asked_[i].first == key) return asked_[i].second;
    const std::optional<EntityId> id = lookUp(key);
    if (count_ < asked_.size()) asked_[count_++] = {key, id};
    return id;
  }

 private:
  std::array<std::pair<std::string_view, std::optional<EntityId>>, 8> asked_;
  std::size_t count_ = 0;
};

// Whether foldKey(s) == s, seen without folding: ASCII, no capital, single spaces inside only.
bool foldedAlready(std::string_view s) {
  if (s.starts_with(' ') || s.ends_with(' ') || s.find("  ") != std::string_view::npos) return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' || (c & 0x80);
  });
}

// Whether slugifyFolded(s) == s: kept bytes, single '_' between them.
bool ownSlug(std::string_view s) {
  if (s.starts_with('_') || s.ends_with('_') || s.find("__") != std::string_view::npos) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '_' || keptInSlug(static_cast<unsigned char>(c)); });
}

}  // namespace

// findEntity's three lookups (key, folded name, slug) for `text` and for its fold, with each
// fold and slug made once.
ClaimGraph::EntityCandidates ClaimGraph::findEntityBothWays(std::string_view text) const {
  const std::string fold = foldKey(text), slug = slugifyFolded(fold);
  return findEntityForms({.written = text, .folded = fold, .slug = slug});
}

ClaimGraph::EntityCandidates ClaimGraph::findEntityForms(const NameForms& forms) const {
  const LookupTable* keyTable = lookups_ ? &lookups_->entityByKey : nullptr;
  const LookupTable* nameTable = lookups_ ? &lookups_->entityByName : nullptr;
  auto withoutPrefix = [](std::string_view key) { return key.starts_with("e:") ? key.substr(2) : key; };
  AskedAhead ahead(forms.hashes);
  ahead.fetch(keyTable, withoutPrefix(forms.written));
  ahead.fetch(nameTable, forms.folded);
  ahead.fetch(keyTable, withoutPrefix(forms.slug));
  if (forms.folded != forms.written) ahead.fetch(keyTable, withoutPrefix(forms.folded));
  if (forms.otherKey) ahead.fetch(keyTable, withoutPrefix(*forms.otherKey));
  AskedOnce keys, names;
  auto byKey = [&](std::string_view key) {
    key = withoutPrefix(key);
    return keys.find(key, [&](std::string_view k) { return ahead.lookUp(keyTable, entityByKey_, k); });
  };
  auto byName = [&](std::string_view folded) {
    return names.find(folded, [&](std::string_view n) { return ahead.lookUp(nameTable, entityByName_, n); });
  };
  // findEntity(text) for a text whose fold and slug are given; `key` is text less any "e:".
  auto find = [&](std::string_view text, std::string_view fold, std::string_view slug) {
    std::string_view key = text.starts_with("e:") ? text.substr(2) : text;
    if (auto e = byKey(text)) return e;
    if (auto e = byName(fold)) return e;
    return slug == key ? std::nullopt : byKey(slug);
  };
  EntityCandidates out;
  // As written: findEntity, save that the slug is that of the fold (the same for a plain name).
  if (!(out.asWritten = byKey(forms.written)) && !(out.asWritten = byName(forms.folded)))
    out.asWritten = byKey(forms.slug);
  // Made only for a form not folded already; kept to the end, since `keys` and `names` hold views of them.
  std::string refold, reslug, otherFold, otherSlug;
  if (forms.folded == forms.written) {
    out.folded = out.asWritten;
  } else if (forms.foldedIsOwnFold || foldedAlready(forms.folded)) {
    out.folded = find(forms.folded, forms.folded, forms.slug);
  } else {
    refold = foldKey(forms.folded), reslug = slugifyFolded(refold);  // slugify(folded), folded once
    out.folded = find(forms.folded, refold, reslug);
  }
  if (forms.otherKey && forms.otherSlug) {
    out.byOtherKey = find(*forms.otherKey, *forms.otherKey, *forms.otherSlug);
  } else if (forms.otherKey) {
    const std::string_view other = *forms.otherKey;
    const bool plain = foldedAlready(other);
    if (!plain) otherFold = foldKey(other);
    const std::string_view fold = plain ? other : std::string_view(otherFold);
    if (!ownSlug(fold)) otherSlug = slugifyFolded(fold);
    out.byOtherKey = find(other, fold, ownSlug(fold) ? fold : std::string_view(otherSlug));
  }
  return out;
}

bool ClaimGraph::mayFindEntityByHeads(std::string_view head, std::optional<std::string_view> otherHead) const {
  if (!lookups_) return true;
  const HeadFilter& heads = lookups_->entityHeads;
  // The forms findEntityForms asks start with the head as written, its fold and its slug's first
  // word: for a head of ASCII, its lower case and that case's first run of kept bytes. (A name that
  // starts "e:" is asked without those bytes too; it is not told from its head.)
  auto may = [&](std::string_view h) {
    std::array<char, 64> lowered;  // a longer head is let by, as any head may be
    if (h.empty() || h.size() > lowered.size()) return true;
    bool upper = false;
    for (std::size_t i = 0; i < h.size(); ++i) {
      if ((h[i] & 0x80) || endsNameHead(h[i])) return true;
      upper |= h[i] >= 'A' && h[i] <= 'Z';
      lowered[i] = lowerAscii(h[i]);
    }
    const std::string_view lower(lowered.data(), h.size());
    if (lower.starts_with("e:")) return true;
    const auto kept = [](char c) { return keptInSlug(static_cast<unsigned char>(c)); };
    std::size_t slugBegin = 0, slugEnd = 0;
    while (slugBegin < lower.size() && !kept(lower[slugBegin])) ++slugBegin;
    if (slugBegin == lower.size()) return true;
    for (slugEnd = slugBegin; slugEnd < lower.size() && kept(lower[slugEnd]);) ++slugEnd;
    // Each distinct form hashed once: most heads are in lower case and their own slug.
    const std::string_view slug = lower.substr(slugBegin, slugEnd - slugBegin);
    return (upper && heads.mayHold(h)) || heads.mayHold(lower) || (slug.size() != lower.size() && heads.mayHold(slug));
  };
  return may(head) || (otherHead && may(*otherHead));
}

std::optional<DocumentId> ClaimGraph::findDocument(std::string_view slugOrId) const {
  if (slugOrId.starts_with("d:")) slugOrId.remove_prefix(2);
  return documentBySlug(slugOrId);
}

std::optional<EntityId> ClaimGraph::entityByKey(std::string_view key) const {
  return lookUp(lookups_ ? &lookups_->entityByKey : nullptr, entityByKey_, key);
}
std::optional<EntityId> ClaimGraph::entityByName(std::string_view folded) const {
  return lookUp(lookups_ ? &lookups_->entityByName : nullptr, entityByName_, folded);
}
std::optional<DocumentId> ClaimGraph::documentBySlug(std::string_view slug) const {
  return lookUp(lookups_ ? &lookups_->documentBySlug : nullptr, documentBySlug_, slug);
}

std::optional<ClaimId> ClaimGraph::findClaim(std::string_view id) const {
  // "c:<slug>:<n>": the slug may itself hold ':' only in theory; split at the last one.
  if (!id.starts_with("c:")) return std::nullopt;
  id.remove_prefix(2);
  auto colon = id.rfind(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto doc = findDocument(id.substr(0, colon));
  std::uint32_t n = 0;
  auto digits = id.substr(colon + 1);
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (!doc || ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  const Document& d = documents()[*doc];
  if (n == 0 || n > d.claimCount) return std::nullopt;
  return ClaimId(d.firstClaim.value() + n - 1);
}

std::optional<SourceId> ClaimGraph::findSource(std::string_view id) const {
  for (SourceId s : sources().ids())
    if (sourceId(s) == id) return s;
  return std::nullopt;
}

const char* toString(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kProduct:
      return "product";
    case EntityType::kIndex:
      return "index";
    case EntityType::kEvent:
      return "event";
    case EntityType::kPlace:
      return "place";
    case EntityType::kConcept:
      return "concept";
    case EntityType::kPublication:
      return "publication";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

std::optional<EntityType> entityTypeFromString(std::string_view s) {
  for (int t = 0; t <= static_cast<int>(EntityType::kOther); ++t)
    if (s == toString(static_cast<EntityType>(t))) return static_cast<EntityType>(t);
  return std::nullopt;
}

const char* toString(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kFigure:
      return "figure";
    case ClaimKind::kQuote:
      return "quote";
    case ClaimKind::kStatement:
      return "statement";
    case ClaimKind::kRelation:
      return "relation";
  }
  return "statement";
}

const char* toString(Bound bound) {
  switch (bound) {
    case Bound::kExact:
      return "exact";
    case Bound::kAtLeast:
      return "at_least";
    case Bound::kAtMost:
      return "at_most";
  }
  return "exact";
}

const char* toString(AsOfFrom from) {
  static constexpr const char* kNames[] = {nullptr, "text", "section", "source", "document"};
  return kNames[static_cast<int>(from)];
}

const char* toString(NodeKind kind) {
  static constexpr const char* kNames[] = {"document", "section", "entity", "claim", "source", "contested"};
  return kNames[static_cast<int>(kind)];
}

const char* toString(EdgeKind kind) {
  static constexpr const char* kNames[] = {"in_section",   "in_document", "about",    "claimed_by", "backed_by",
                                           "published_by", "object",      "contests", "relation"};
  return kNames[static_cast<int>(kind)];
}

const char* toString(ContestKind kind) {
  static constexpr const char* kNames[] = {"discrepancy", "scope", "dispute"};
  return kNames[static_cast<int>(kind)];
}

}  // namespace cg::graph
