#include "graph/Snapshot.h"

#include <cmath>
#include <cstring>
#include <type_traits>

#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/Fold.h"

namespace cg::graph {
namespace {

constexpr char kMagic[8] = {'C', 'L', 'A', 'I', 'M', 'G', 'R', '\0'};
constexpr std::size_t kHeaderSize = 32;

static_assert(sizeof(Claim) == 64, "Claim must stay padding-free for the snapshot");
static_assert(sizeof(ClaimExtra) == 32, "ClaimExtra must stay padding-free for the snapshot");
static_assert(sizeof(Section) == 20, "Section must stay padding-free for the snapshot");
static_assert(sizeof(Source) == 52, "Source must stay padding-free for the snapshot");

}  // namespace

// A checksum that keeps up with one read of the file: four independent 64-bit lanes.
std::uint64_t snapshotChecksum(std::string_view bytes) {
  std::uint64_t lanes[4] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull, 0x85EBCA77C2B2AE63ull};
  constexpr std::uint64_t kPrime = 0x100000001B3ull;
  std::size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int l = 0; l < 4; ++l) {
      std::uint64_t w;
      std::memcpy(&w, bytes.data() + i + 8 * l, 8);
      lanes[l] = (lanes[l] ^ w) * kPrime;
      lanes[l] ^= lanes[l] >> 29;
    }
  }
  std::uint64_t h = lanes[0] ^ (lanes[1] << 1) ^ (lanes[2] << 2) ^ (lanes[3] << 3) ^ bytes.size();
  return h ^ stableHash(bytes.substr(i));
}

namespace {

class Out {
 public:
  template <class T>
  void put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <class T>
  void putArray(const std::vector<T>& v) {
    put<std::uint64_t>(v.size());
    if (!v.empty()) bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void putBytes(std::string_view s) {
    put<std::uint64_t>(s.size());
    bytes_.append(s);
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

class In {
 public:
  In(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  template <class T>
  std::vector<T> getArray() {
    std::uint64_t n = get<std::uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T)) corrupt("an array runs past the end");
    std::vector<T> v(static_cast<std::size_t>(n));
    if (n) std::memcpy(v.data(), bytes_.data() + pos_, static_cast<std::size_t>(n) * sizeof(T));
    pos_ += static_cast<std::size_t>(n) * sizeof(T);
    return v;
  }
  std::string getBytes() {
    std::uint64_t n = get<std::uint64_t>();
    need(static_cast<std::size_t>(n));
    std::string s(bytes_.substr(pos_, static_cast<std::size_t>(n)));
    pos_ += static_cast<std::size_t>(n);
    return s;
  }
  [[nodiscard]] bool atEnd() const { return pos_ == bytes_.size(); }
  [[noreturn]] void corrupt(const std::string& what) const {
    throw Error(name_, 0, "corrupt claimgraph snapshot: " + what);
  }

 private:
  void need(std::size_t n) const {
    if (n > bytes_.size() - pos_) corrupt("it ends early");
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
  const std::string& name_;
};

void putStrIds(Out& out, const std::vector<StrId>& ids) { out.putArray(ids); }

}  // namespace

// Reads and writes ClaimGraph's private tables; the only code that does.
class SnapshotAccess {
 public:
  static std::string encode(const ClaimGraph& g) {
    Out out;
    out.putBytes(g.strings_.data());
    out.put<std::uint64_t>(g.documents_.size());
    for (const auto& d : g.documents_) {
      for (StrId s : {d.slug, d.title, d.path, d.sourceUrl, d.updated, d.format}) out.put(s);
      out.put(d.firstClaim);
      out.put(d.claimCount);
      putStrIds(out, d.categories);
    }
    out.putArray(g.sections_);
    out.put<std::uint64_t>(g.entities_.size());
    for (const auto& e : g.entities_) {
      out.put(e.key);
      out.put(e.name);
      out.put(e.mentions);
      out.put(static_cast<std::uint8_t>(e.type));
      out.put(static_cast<std::uint8_t>(e.linked));
      putStrIds(out, e.aliases);
    }
    out.putArray(g.sources_);
    out.putArray(g.sourceRefs_);
    out.putArray(g.claims_);
    out.putArray(g.claimExtras_);
    // Contested sets, then the values they are ranges of, then the publishers the values are ranges of.
    out.put<std::uint64_t>(g.contested_.size());
    for (const auto& x : g.contested_) {
      out.put(static_cast<std::uint8_t>(x.kind));
      out.put(x.subject);
      out.put(x.measure);
      out.put(x.reason);
      out.put(x.bestReason);
      out.put(x.best);
      out.put(x.spread);
      out.put(static_cast<std::uint8_t>(x.overlap));
      out.put(x.firstValue);
      out.put(x.valueCount);
    }
    out.put<std::uint64_t>(g.contestedValues_.size());
    for (const auto& v : g.contestedValues_) {
      out.put(v.claim);
      out.put(v.support);
      out.put(v.firstPublisher);
      out.put(v.publisherCount);
    }
    putStrIds(out, g.contestedPublishers_);
    // Edges packed to 12 bytes: kinds, then the two indices.
    const auto edges = g.edges();
    out.put<std::uint64_t>(edges.size());
    for (const auto& e : edges) {
      std::uint8_t kinds[4] = {static_cast<std::uint8_t>(e.from.kind), static_cast<std::uint8_t>(e.to.kind),
                               static_cast<std::uint8_t>(e.kind), 0};
      out.put(kinds);
      out.put(e.from.index);
      out.put(e.to.index);
    }
    return std::move(out.bytes());
  }

  static ClaimGraph decode(std::string_view payload, const std::string& name) {
    In in(payload, name);
    ClaimGraph g;
    std::string pool = in.getBytes();
    // Checked here so that a bad pool is a corrupt file, not StringPool's runtime_error.
    if (pool.empty() || pool.front() != '\0' || pool.back() != '\0') in.corrupt("the string pool is malformed");
    g.strings_ = StringPool::fromData(std::move(pool));
    Tables tables{in, g.strings_.bytes(), payload.size()};
    decodeDocuments(tables, g);
    g.sections_ = in.getArray<Section>();
    decodeEntities(tables, g);
    g.sources_ = in.getArray<Source>();
    g.sourceRefs_ = in.getArray<std::int32_t>();
    g.claims_ = in.getArray<Claim>();
    g.claimExtras_ = in.getArray<ClaimExtra>();
    decodeContested(tables, g);
    g.documents_.shrink_to_fit();
    g.entities_.shrink_to_fit();
    g.contested_.shrink_to_fit();
    g.contestedValues_.shrink_to_fit();
    decodeEdges(tables, g);
    if (!in.atEnd()) in.corrupt("there are bytes after the last table");
    validate(g, in);
    rebuildLookups(g);
    g.freeze();
    return g;
  }

 private:
  // Reads the parts of tables that need a check as they are read: string references into the
  // pool, and table sizes (untrusted: no table can have more rows than the file has bytes).
  struct Tables {
    In& in;
    std::size_t poolSize;
    std::size_t payloadSize;

    StrId str() {
      StrId s = in.get<StrId>();
      if (s >= poolSize) in.corrupt("a string reference is out of range");
      return s;
    }
    std::vector<StrId> strIds() {
      auto ids = in.getArray<StrId>();
      for (StrId s : ids)
        if (s >= poolSize) in.corrupt("a string reference is out of range");
      return ids;
    }
    std::size_t count() {
      std::uint64_t n = in.get<std::uint64_t>();
      if (n > payloadSize) in.corrupt("a table size is impossible");
      return static_cast<std::size_t>(n);
    }
  };

  static void decodeDocuments(Tables& t, ClaimGraph& g) {
    std::size_t n = t.count();
    for (std::size_t i = 0; i < n; ++i) {
      Document d;
      for (StrId* s : {&d.slug, &d.title, &d.path, &d.sourceUrl, &d.updated, &d.format}) *s = t.str();
      d.firstClaim = t.in.get<ClaimId>();
      d.claimCount = t.in.get<std::uint32_t>();
      d.categories = t.strIds();
      g.documents_.push_back(std::move(d));
    }
  }

  static void decodeEntities(Tables& t, ClaimGraph& g) {
    std::size_t n = t.count();
    for (std::size_t i = 0; i < n; ++i) {
      Entity e;
      e.key = t.str();
      e.name = t.str();
      e.mentions = t.in.get<std::uint32_t>();
      auto type = t.in.get<std::uint8_t>();
      if (type > static_cast<std::uint8_t>(EntityType::kOther)) t.in.corrupt("an entity type is unknown");
      e.type = static_cast<EntityType>(type);
      e.linked = t.in.get<std::uint8_t>() != 0;
      e.aliases = t.strIds();
      g.entities_.push_back(std::move(e));
    }
  }

  // Contested sets, then the values they are ranges of, then the publishers the values are ranges of.
  static void decodeContested(Tables& t, ClaimGraph& g) {
    std::size_t nSets = t.count();
    for (std::size_t i = 0; i < nSets; ++i) {
      ContestedSet x;
      auto kind = t.in.get<std::uint8_t>();
      if (kind > static_cast<std::uint8_t>(ContestKind::kDispute)) t.in.corrupt("a contested kind is unknown");
      x.kind = static_cast<ContestKind>(kind);
      x.subject = t.in.get<EntityId>();
      x.measure = t.str();
      x.reason = t.str();
      x.bestReason = t.str();
      x.best = t.in.get<ClaimId>();
      x.spread = t.in.get<double>();
      x.overlap = t.in.get<std::uint8_t>() != 0;
      x.firstValue = t.in.get<std::uint32_t>();  // ranges checked in validate(), once the tables are in
      x.valueCount = t.in.get<std::uint32_t>();
      g.contested_.push_back(x);
    }
    std::size_t nValues = t.count();
    for (std::size_t i = 0; i < nValues; ++i) {  // sizes are untrusted: no reserve
      ContestedValue v;
      v.claim = t.in.get<ClaimId>();
      v.support = t.in.get<double>();
      v.firstPublisher = t.in.get<std::uint32_t>();
      v.publisherCount = t.in.get<std::uint32_t>();
      g.contestedValues_.push_back(v);
    }
    g.contestedPublishers_ = t.strIds();
  }

  static void decodeEdges(Tables& t, ClaimGraph& g) {
    std::size_t n = t.count();
    g.edges_.reserve(n);
    const std::size_t sizes[6] = {g.documents_.size(), g.sections_.size(), g.entities_.size(),
                                  g.claims_.size(),    g.sources_.size(),  g.contested_.size()};
    for (std::size_t i = 0; i < n; ++i) {
      auto kinds = t.in.get<std::array<std::uint8_t, 4>>();
      std::uint32_t from = t.in.get<std::uint32_t>(), to = t.in.get<std::uint32_t>();
      if (kinds[0] > 5 || kinds[1] > 5 || kinds[2] > static_cast<std::uint8_t>(EdgeKind::kRelation) ||
          from >= sizes[kinds[0]] || to >= sizes[kinds[1]])
        t.in.corrupt("an edge points outside the graph");
      // Queries take the far end of an edge for a node of the kind the edge kind joins (a
      // kBackedBy target indexes the sources), so an edge joining other kinds is corrupt.
      if (kinds[0] != static_cast<std::uint8_t>(kEdgeEnds[kinds[2]][0]) ||
          kinds[1] != static_cast<std::uint8_t>(kEdgeEnds[kinds[2]][1]))
        t.in.corrupt("an edge joins nodes of the wrong kinds");
      g.edges_.push_back({{static_cast<NodeKind>(kinds[0]), from},
                          {static_cast<NodeKind>(kinds[1]), to},
                          static_cast<EdgeKind>(kinds[2])});
    }
  }

  // Cross-references between tables, checked once so that queries can trust them.
  static void validate(const ClaimGraph& g, const In& in) {
    const std::size_t pool = g.strings_.bytes();
    // An optional reference: kInvalid, or a row of its table.
    auto ok = [](auto id, const auto& table) { return !id.isValid() || table.contains(id); };
    for (const auto& d : g.documents_)
      if (std::uint64_t(d.firstClaim.value()) + d.claimCount > g.claims_.size())
        in.corrupt("a document's claims are out of range");
    for (const auto& s : g.sections_)
      if (!g.documents().contains(s.document) || !ok(s.parent, g.sections()) || s.title >= pool)
        in.corrupt("a section is out of range");
    for (const auto& s : g.sources_)
      if (!g.documents().contains(s.document) || !ok(s.publisherEntity, g.entities()) || s.url >= pool ||
          s.publisher >= pool || s.title >= pool || s.date >= pool || s.accessed >= pool || s.work >= pool ||
          std::uint64_t(s.firstRef) + s.refCount > g.sourceRefs_.size())
        in.corrupt("a source is out of range");
    for (const auto& c : g.claims_) {
      if (!g.documents().contains(c.document) || !ok(c.section, g.sections()) || !ok(c.subject, g.entities()) ||
          c.kind > ClaimKind::kRelation || c.bound > Bound::kAtMost || c.ordinal == 0)
        in.corrupt("a claim is out of range");
      for (StrId s : {c.text, c.unit, c.quantityText, c.quote, c.measure, c.asOf, c.verb})
        if (s >= pool) in.corrupt("a claim's text is out of range");
      // The flags came in as raw bytes: one that is neither 0 nor 1 is not a bool, and
      // reading it as one is undefined behaviour, so look at the byte, not the bool.
      for (const bool* flag : {&c.hasQuantity, &c.hasValue, &c.hasRange, &c.approximate}) {
        std::uint8_t byte;
        std::memcpy(&byte, flag, 1);
        if (byte > 1) in.corrupt("a claim's flags are out of range");
      }
      if (c.ordinal > g.documents()[c.document].claimCount) in.corrupt("a claim's number is out of range");
    }
    // Sorted by claim, one per claim at most: extra() finds them by binary search.
    for (std::size_t i = 0; i < g.claimExtras_.size(); ++i) {
      const ClaimExtra& x = g.claimExtras_[i];
      if (!g.claims().contains(x.claim) || (i > 0 && x.claim <= g.claimExtras_[i - 1].claim) ||
          !ok(x.object, g.entities()) || x.relation >= pool)
        in.corrupt("a claim's relation or range is out of range");
    }
    for (const auto& x : g.contested_) {
      if (!ok(x.subject, g.entities()) || !ok(x.best, g.claims())) in.corrupt("a contested set is out of range");
      if (std::uint64_t(x.firstValue) + x.valueCount > g.contestedValues_.size())
        in.corrupt("a contested set's values are out of range");
    }
    for (const auto& v : g.contestedValues_)
      if (!g.claims().contains(v.claim) ||
          std::uint64_t(v.firstPublisher) + v.publisherCount > g.contestedPublishers_.size())
        in.corrupt("a contested value is out of range");
  }

  static void rebuildLookups(ClaimGraph& g) {
    for (DocumentId d : g.documents().ids()) g.documentBySlug_.emplace(std::string(g.str(g.documents()[d].slug)), d);
    for (EntityId e : g.entities().ids()) {
      const Entity& entity = g.entities()[e];
      g.entityByKey_.emplace(std::string(g.str(entity.key)), e);
      g.indexEntityName(g.str(entity.name), e);
    }
    // Aliases after all names, so a name always wins over another entity's alias.
    for (EntityId e : g.entities().ids())
      for (StrId a : g.entities()[e].aliases) g.indexEntityName(g.str(a), e);
    // No URL index: it merges sources while documents are added, and a loaded graph is frozen.
  }
};

std::string encodeSnapshot(const ClaimGraph& g) {
  std::string payload = SnapshotAccess::encode(g);
  std::string file(kHeaderSize, '\0');
  std::memcpy(file.data(), kMagic, 8);
  std::uint32_t version = kSnapshotVersion, flags = 0;
  std::uint64_t size = payload.size(), sum = snapshotChecksum(payload);
  std::memcpy(file.data() + 8, &version, 4);
  std::memcpy(file.data() + 12, &flags, 4);
  std::memcpy(file.data() + 16, &size, 8);
  std::memcpy(file.data() + 24, &sum, 8);
  file += payload;
  return file;
}

ClaimGraph decodeSnapshot(std::string_view bytes, const std::string& name) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 8) != 0)
    throw Error(name, 0, "not a claimgraph snapshot (no CLAIMGR header); make one with 'claimgraph ingest'");
  std::uint32_t version;
  std::uint64_t size, sum;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&size, bytes.data() + 16, 8);
  std::memcpy(&sum, bytes.data() + 24, 8);
  if (version != kSnapshotVersion)
    throw Error(name, 0,
                "snapshot format version " + std::to_string(version) + " is not supported (this build reads " +
                    std::to_string(kSnapshotVersion) + "); ingest the articles again");
  std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() != size)
    throw Error(name, 0,
                "snapshot is truncated or extended: header says " + std::to_string(size) + " bytes, file has " +
                    std::to_string(payload.size()));
  if (snapshotChecksum(payload) != sum) throw Error(name, 0, "snapshot checksum mismatch: the file is corrupted");
  return SnapshotAccess::decode(payload, name);
}

void writeSnapshot(const ClaimGraph& g, const std::filesystem::path& path) {
  writeFileAtomically(path, encodeSnapshot(g));
}

ClaimGraph readSnapshot(const std::filesystem::path& path) {
  std::string bytes = readFile(path);
  return decodeSnapshot(bytes, path.string());
}

}  // namespace cg::graph
