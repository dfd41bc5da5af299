#include "graph/Snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/Fold.h"
#include "graph/FrozenLayout.h"
#include "graph/WordIndex.h"

namespace cg::graph {
namespace {

constexpr char kMagic[8] = {'C', 'L', 'A', 'I', 'M', 'G', 'R', '\0'};
constexpr std::size_t kHeaderSize = 32;
constexpr std::size_t kAlign = 64;  // each part starts on a cache line of the file

static_assert(sizeof(Claim) == 64, "Claim must stay padding-free for the snapshot");
static_assert(sizeof(ClaimExtra) == 32, "ClaimExtra must stay padding-free for the snapshot");
static_assert(sizeof(Section) == 20, "Section must stay padding-free for the snapshot");
static_assert(sizeof(Source) == 52, "Source must stay padding-free for the snapshot");
static_assert(sizeof(ContestedSet) == 48, "ContestedSet must stay padding-free for the snapshot");
static_assert(sizeof(ContestedValue) == 24, "ContestedValue must stay padding-free for the snapshot");
static_assert(sizeof(LookupSlot) == 12);
static_assert(std::endian::native == std::endian::little, "the snapshot is little-endian and read in place");

// The parts of the payload, in this order; the payload starts with a directory of (offset,
// bytes) pairs, one per part, offsets from the payload's start.
enum Part : std::uint32_t {
  kStrings,
  kDocuments,
  kCategories,
  kEntities,
  kAliases,
  kSections,
  kSources,
  kSourceRefs,
  kClaims,
  kClaimExtras,
  kContested,
  kContestedValues,
  kContestedPublishers,
  kOutStart,
  kOutEdges,
  kInStart,
  kInEdges,
  kFoldedNames,
  kEntityKeys,
  kEntityNames,
  kDocumentSlugs,
  kWords,
  kWordSlots,
  kWordStarts,
  kWordPostings,
  kNameKeys,
  kNameSlots,
  kNameStarts,
  kNamePostings,
  kEntityHeads,    // the first words of the entity keys and names (HeadFilter)
  kAttachedNames,  // the names of the attached indices (ClaimGraph::attachIndex), NUL-terminated, in order
  kPartCount       // the attached indices follow, one part each
};
[[nodiscard]] constexpr std::size_t directorySize(std::size_t parts) { return 8 + 16 * parts; }

// Documents and entities hold vectors (categories, aliases), so the file holds them as rows
// with ranges of a table beside them, and loading builds the few thousand records.
struct DocumentRow {
  StrId slug, title, path, sourceUrl, updated, format;
  ClaimId firstClaim;
  std::uint32_t claimCount, firstCategory, categoryCount;
};
struct EntityRow {
  StrId key, name;
  std::uint32_t mentions;
  std::uint8_t type, linked, reserved[2];
  std::uint32_t firstAlias, aliasCount;
};
static_assert(sizeof(DocumentRow) == 40 && sizeof(EntityRow) == 24);

}  // namespace

// A checksum that keeps up with one read of the file: eight 64-bit lanes over 64-byte blocks, each
// lane a pair of sums (Fletcher's: the words, and the running sums, so that a word's place counts),
// then the tail. Two additions a word, which SSE2 does two lanes at a time: the chain of multiplies
// a word of format 9's checksum made it 37% of a fresh process's first answer at 10^6 claims (issue
// #16). Fed in pieces whose sizes are multiples of 64 (but the last).
class SnapshotChecksum {
 public:
  void update(std::string_view bytes) {
    const std::size_t whole = bytes.size() / 64 * 64;
#ifdef __SSE2__
    sumBlocksSse2(bytes.substr(0, whole));
#else
    sumBlocks(bytes.substr(0, whole));
#endif
    size_ += bytes.size();
    tail_ = bytes.substr(whole);
  }
  [[nodiscard]] std::uint64_t finish() const {
    std::uint64_t h = size_;
    for (std::size_t i = 0; i < 8; ++i)
      for (std::uint64_t lane : {words_[i], sums_[i]}) {
        h = (h ^ lane) * kPrime;
        h ^= h >> 29;
      }
    return h ^ stableHash(tail_);
  }

 private:
  // The lanes in locals for the loop: as members they may alias the bytes (a char may alias anything).
  void sumBlocks(std::string_view blocks) {
    std::uint64_t a[8], b[8];
    std::memcpy(a, words_, sizeof a);
    std::memcpy(b, sums_, sizeof b);
    for (std::size_t i = 0; i < blocks.size(); i += 64) {
      std::uint64_t w[8];
      std::memcpy(w, blocks.data() + i, 64);
      for (std::size_t j = 0; j < 8; ++j) a[j] += w[j], b[j] += a[j];
    }
    std::memcpy(words_, a, sizeof a);
    std::memcpy(sums_, b, sizeof b);
  }
#ifdef __SSE2__
  // sumBlocks, two lanes a register (GCC does not vectorise that loop at -O2), in eight named
  // registers (in arrays, GCC kept them on the stack).
  void sumBlocksSse2(std::string_view blocks) {
    auto load = [](const void* at) { return _mm_loadu_si128(static_cast<const __m128i*>(at)); };
    __m128i a0 = load(words_), a1 = load(words_ + 2), a2 = load(words_ + 4), a3 = load(words_ + 6);
    __m128i b0 = load(sums_), b1 = load(sums_ + 2), b2 = load(sums_ + 4), b3 = load(sums_ + 6);
    for (std::size_t i = 0; i < blocks.size(); i += 64) {
      const char* at = blocks.data() + i;
      a0 = _mm_add_epi64(a0, load(at)), a1 = _mm_add_epi64(a1, load(at + 16));
      a2 = _mm_add_epi64(a2, load(at + 32)), a3 = _mm_add_epi64(a3, load(at + 48));
      b0 = _mm_add_epi64(b0, a0), b1 = _mm_add_epi64(b1, a1), b2 = _mm_add_epi64(b2, a2), b3 = _mm_add_epi64(b3, a3);
    }
    auto store = [](std::uint64_t* to, __m128i v) { _mm_storeu_si128(reinterpret_cast<__m128i*>(to), v); };
    store(words_, a0), store(words_ + 2, a1), store(words_ + 4, a2), store(words_ + 6, a3);
    store(sums_, b0), store(sums_ + 2, b1), store(sums_ + 4, b2), store(sums_ + 6, b3);
  }
#endif

  static constexpr std::uint64_t kPrime = 0x100000001B3ull;
  std::uint64_t words_[8] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull,
                             0x85EBCA77C2B2AE63ull, 0x27D4EB2F165667C5ull, 0xFF51AFD7ED558CCDull,
                             0xC4CEB9FE1A85EC53ull, 0x94D049BB133111EBull};
  std::uint64_t sums_[8] = {};
  std::uint64_t size_ = 0;
  std::string_view tail_;
};

std::uint64_t snapshotChecksum(std::string_view bytes) {
  SnapshotChecksum sum;
  sum.update(bytes);
  return sum.finish();
}

namespace {

[[noreturn]] void corrupt(const std::string& name, const std::string& what) {
  throw Error(name, 0, "corrupt claimgraph snapshot: " + what);
}

// Appends the parts, each aligned, and fills the directory in front of them.
class PayloadWriter {
 public:
  explicit PayloadWriter(std::size_t parts) : bytes_(directorySize(parts), '\0') {}
  template <class T>
  void part(std::span<const T> rows) {
    static_assert(std::is_trivially_copyable_v<T>);
    while ((kHeaderSize + bytes_.size()) % kAlign != 0) bytes_.push_back('\0');
    directory_.push_back({bytes_.size(), rows.size_bytes()});
    if (!rows.empty()) bytes_.append(reinterpret_cast<const char*>(rows.data()), rows.size_bytes());
  }
  void part(std::string_view bytes) { part(std::span<const char>(bytes.data(), bytes.size())); }
  std::string finish() {
    std::uint64_t count = directory_.size();
    std::memcpy(bytes_.data(), &count, 8);
    std::memcpy(bytes_.data() + 8, directory_.data(), directory_.size() * 16);
    return std::move(bytes_);
  }

 private:
  std::string bytes_;
  std::vector<std::array<std::uint64_t, 2>> directory_;
};

// Reads the directory and hands out each part as checked rows of the payload (in place).
class PayloadReader {
 public:
  PayloadReader(std::string_view payload, const std::string& name) : payload_(payload), name_(name) {
    std::uint64_t count = 0;
    if (payload.size() >= 8) std::memcpy(&count, payload.data(), 8);
    if (payload.size() < 8 || count < kPartCount || count > (payload.size() - 8) / 16)
      corrupt(name, "its table of parts is malformed");
    directory_.resize(count);
    std::memcpy(directory_.data(), payload.data() + 8, 16 * count);
  }
  // How many parts the file has: kPartCount, then one an attached index.
  [[nodiscard]] std::size_t parts() const { return directory_.size(); }
  template <class T>
  [[nodiscard]] std::span<const T> rows(std::size_t part) const {
    auto [offset, bytes] = directory_[part];
    if (offset > payload_.size() || bytes > payload_.size() - offset || bytes % sizeof(T) != 0)
      corrupt(name_, "a table runs past the end");
    const char* at = payload_.data() + offset;
    if (reinterpret_cast<std::uintptr_t>(at) % alignof(T) != 0) corrupt(name_, "a table is misaligned");
    // The rows are read where they lie: trivially copyable records of this build's layout
    // (static_asserts above), each field checked by validate() before any query reads it.
    return {reinterpret_cast<const T*>(at), static_cast<std::size_t>(bytes / sizeof(T))};
  }
  [[nodiscard]] std::string_view bytes(std::size_t part) const {
    auto r = rows<char>(part);
    return {r.data(), r.size()};
  }

 private:
  std::string_view payload_;
  const std::string& name_;
  std::vector<std::array<std::uint64_t, 2>> directory_;
};

}  // namespace

// Reads and writes ClaimGraph's private tables; the only code that does.
class SnapshotAccess {
 public:
  static std::string encode(const ClaimGraph& g) {
    PayloadWriter out(kPartCount + g.attached_.size());
    out.part(g.strings_.data());
    encodeDocuments(out, g);
    encodeEntities(out, g);
    out.part(g.sections_.span());
    out.part(g.sources_.span());
    out.part(g.sourceRefs_.span());
    out.part(g.claims_.span());
    out.part(g.claimExtras_.span());
    out.part(g.contested_.span());
    out.part(g.contestedValues_.span());
    out.part(g.contestedPublishers_.span());
    std::unique_ptr<ClaimGraph::Topology> built;
    const ClaimGraph::Topology& t = g.topology_ ? *g.topology_ : *(built = g.buildTopology());
    for (const auto* column : {&t.outStart, &t.outEdges, &t.inStart, &t.inEdges}) out.part(column->span());
    encodeLookups(out, g);
    encodeWords(out, g);
    encodeEntityHeads(out, g);
    std::string names;
    for (const auto& a : g.attached_) names.append(a.name).push_back('\0');
    out.part(std::string_view(names));
    for (const auto& a : g.attached_) out.part(a.data());
    return out.finish();
  }

  // Views the payload, which `backing` keeps alive, after checking every part. `mapped`: the
  // payload is a mapping of the file, whose pages the checks may hand back to the page cache.
  static ClaimGraph view(std::shared_ptr<const char> backing, std::string_view payload, const std::string& name,
                         bool mapped) {
    PayloadReader in(payload, name);
    ClaimGraph g;
    g.backing_ = std::move(backing);
    std::string_view pool = in.bytes(kStrings);
    if (pool.empty() || pool.front() != '\0' || pool.back() != '\0' || pool.size() > UINT32_MAX)
      corrupt(name, "the string pool is malformed");
    g.strings_ = StringPool::view(pool);
    decodeDocuments(in, g, name);
    decodeEntities(in, g, name);
    g.sections_ = Column<Section>::view(in.rows<Section>(kSections));
    g.sources_ = Column<Source>::view(in.rows<Source>(kSources));
    g.sourceRefs_ = Column<std::int32_t>::view(in.rows<std::int32_t>(kSourceRefs));
    g.claims_ = Column<Claim>::view(in.rows<Claim>(kClaims));
    g.claimExtras_ = Column<ClaimExtra>::view(in.rows<ClaimExtra>(kClaimExtras));
    g.contested_ = Column<ContestedSet>::view(in.rows<ContestedSet>(kContested));
    g.contestedValues_ = Column<ContestedValue>::view(in.rows<ContestedValue>(kContestedValues));
    g.contestedPublishers_ = Column<StrId>::view(in.rows<StrId>(kContestedPublishers));
    g.hasContested_ = true;
    validate(g, name);
    g.topology_ = viewTopology(in, g, name, mapped);
    g.lookups_ = viewLookups(in, g, name);
    viewWords(in, g, name, mapped);
    g.lookups_->entityHeads = viewEntityHeads(in, name);
    viewAttached(in, g, name);
    return g;
  }

 private:
  static void encodeDocuments(PayloadWriter& out, const ClaimGraph& g) {
    std::vector<DocumentRow> rows;
    std::vector<StrId> categories;
    for (const auto& d : g.documents_) {
      rows.push_back({d.slug, d.title, d.path, d.sourceUrl, d.updated, d.format, d.firstClaim, d.claimCount,
                      static_cast<std::uint32_t>(categories.size()), static_cast<std::uint32_t>(d.categories.size())});
      categories.insert(categories.end(), d.categories.begin(), d.categories.end());
    }
    out.part(std::span<const DocumentRow>(rows));
    out.part(std::span<const StrId>(categories));
  }

  static void encodeEntities(PayloadWriter& out, const ClaimGraph& g) {
    std::vector<EntityRow> rows;
    std::vector<StrId> aliases;
    for (const auto& e : g.entities_) {
      rows.push_back({e.key,
                      e.name,
                      e.mentions,
                      static_cast<std::uint8_t>(e.type),
                      static_cast<std::uint8_t>(e.linked),
                      {0, 0},
                      static_cast<std::uint32_t>(aliases.size()),
                      static_cast<std::uint32_t>(e.aliases.size())});
      aliases.insert(aliases.end(), e.aliases.begin(), e.aliases.end());
    }
    out.part(std::span<const EntityRow>(rows));
    out.part(std::span<const StrId>(aliases));
  }

  // The lookup tables a loaded graph answers findEntity and findDocument from: entity keys,
  // then folded names and then folded aliases (a name wins over another entity's alias), and
  // document slugs, the first entity or document winning a key.
  static void encodeLookups(PayloadWriter& out, const ClaimGraph& g) {
    const std::string_view pool = g.strings_.data();
    SlotsBuilder keys(g.entities_.size()), slugs(g.documents_.size());
    for (std::uint32_t e = 0; e < g.entities_.size(); ++e)
      keys.add(g.str(g.entities_[e].key), g.entities_[e].key, e, pool);
    for (std::uint32_t d = 0; d < g.documents_.size(); ++d)
      slugs.add(g.str(g.documents_[d].slug), g.documents_[d].slug, d, pool);
    std::vector<std::pair<std::string, std::uint32_t>> names;
    for (std::uint32_t e = 0; e < g.entities_.size(); ++e) names.emplace_back(foldKey(g.str(g.entities_[e].name)), e);
    for (std::uint32_t e = 0; e < g.entities_.size(); ++e)
      for (StrId a : g.entities_[e].aliases) names.emplace_back(foldKey(g.str(a)), e);
    SlotsBuilder byName(names.size());
    std::string folded(1, '\0');
    for (const auto& [name, e] : names) {
      if (name.empty()) continue;
      auto at = byName.place(name, folded);
      if (!at) continue;
      byName.fill(*at, name, static_cast<std::uint32_t>(folded.size()), e);
      folded.append(name).push_back('\0');
    }
    out.part(std::string_view(folded));
    out.part(std::span<const LookupSlot>(keys.slots()));
    out.part(std::span<const LookupSlot>(byName.slots()));
    out.part(std::span<const LookupSlot>(slugs.slots()));
  }

  // The filter of the first words of the keys findEntityForms asks the two entity tables by: each
  // entity's key, and its folded name and aliases (as encodeLookups folds them).
  static void encodeEntityHeads(PayloadWriter& out, const ClaimGraph& g) {
    std::vector<std::uint64_t> hashes;
    auto add = [&](std::string_view key) { hashes.push_back(stableHash(nameHead(key))); };
    for (const Entity& e : g.entities_) {
      add(g.str(e.key));
      add(foldKey(g.str(e.name)));
      for (StrId a : e.aliases) add(foldKey(g.str(a)));
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    out.part(std::span<const std::uint64_t>(HeadFilter::build(hashes)));
  }

  // The word index: the one a frozen graph has built or read already, else built here.
  static void encodeWords(PayloadWriter& out, const ClaimGraph& g) {
    WordIndex built;
    const WordIndex* index = &built;
    if (g.frozen() && g.words_)
      index = g.wordIndex();
    else
      built = WordIndex::build(g);
    for (const PostingLists::Parts& p : {index->words(), index->names()}) {
      out.part(p.keys);
      out.part(p.slots);
      out.part(p.starts);
      out.part(p.postings);
    }
  }

  static void checkStrings(std::span<const StrId> ids, std::size_t pool, const std::string& name) {
    for (StrId s : ids)
      if (s >= pool) corrupt(name, "a string reference is out of range");
  }

  static void decodeDocuments(const PayloadReader& in, ClaimGraph& g, const std::string& name) {
    const auto rows = in.rows<DocumentRow>(kDocuments);
    const auto categories = in.rows<StrId>(kCategories);
    const std::size_t pool = g.strings_.bytes();
    checkStrings(categories, pool, name);
    g.documents_.reserve(rows.size());
    for (const DocumentRow& r : rows) {
      checkStrings(std::array{r.slug, r.title, r.path, r.sourceUrl, r.updated, r.format}, pool, name);
      if (std::uint64_t(r.firstCategory) + r.categoryCount > categories.size())
        corrupt(name, "a document's categories are out of range");
      Document d{r.slug, r.title, r.path, r.sourceUrl, r.updated, r.format, {}, r.firstClaim, r.claimCount};
      auto mine = categories.subspan(r.firstCategory, r.categoryCount);
      d.categories.assign(mine.begin(), mine.end());
      g.documents_.push_back(std::move(d));
    }
  }

  static void decodeEntities(const PayloadReader& in, ClaimGraph& g, const std::string& name) {
    const auto rows = in.rows<EntityRow>(kEntities);
    const auto aliases = in.rows<StrId>(kAliases);
    const std::size_t pool = g.strings_.bytes();
    checkStrings(aliases, pool, name);
    g.entities_.reserve(rows.size());
    for (const EntityRow& r : rows) {
      checkStrings(std::array{r.key, r.name}, pool, name);
      if (r.type > static_cast<std::uint8_t>(EntityType::kOther)) corrupt(name, "an entity type is unknown");
      if (std::uint64_t(r.firstAlias) + r.aliasCount > aliases.size())
        corrupt(name, "an entity's aliases are out of range");
      Entity e{r.key, r.name, {}, r.mentions, static_cast<EntityType>(r.type), r.linked != 0};
      auto mine = aliases.subspan(r.firstAlias, r.aliasCount);
      e.aliases.assign(mine.begin(), mine.end());
      g.entities_.push_back(std::move(e));
    }
  }

  // A bool read from the file is valid only as the byte 0 or 1: look at the byte, not the bool.
  static bool badFlag(const bool& flag) {
    std::uint8_t byte;
    std::memcpy(&byte, &flag, 1);
    return byte > 1;
  }

  // Cross-references between tables, checked once so that queries can trust them.
  static void validate(const ClaimGraph& g, const std::string& name) {
    const std::size_t pool = g.strings_.bytes();
    // An optional reference: kInvalid, or a row of its table.
    auto ok = [](auto id, const auto& table) { return !id.isValid() || table.contains(id); };
    for (const auto& d : g.documents_)
      if (std::uint64_t(d.firstClaim.value()) + d.claimCount > g.claims_.size())
        corrupt(name, "a document's claims are out of range");
    for (const auto& s : g.sections())
      if (!g.documents().contains(s.document) || !ok(s.parent, g.sections()) || s.title >= pool)
        corrupt(name, "a section is out of range");
    for (const auto& s : g.sources())
      if (!g.documents().contains(s.document) || !ok(s.publisherEntity, g.entities()) || s.url >= pool ||
          s.publisher >= pool || s.title >= pool || s.date >= pool || s.accessed >= pool || s.work >= pool ||
          std::uint64_t(s.firstRef) + s.refCount > g.sourceRefs_.size())
        corrupt(name, "a source is out of range");
    validateClaims(g, name);
    for (const auto& x : g.contested()) {
      if (!ok(x.subject, g.entities()) || !ok(x.best, g.claims()) || x.kind > ContestKind::kDispute ||
          badFlag(x.overlap) || x.measure >= pool || x.reason >= pool || x.bestReason >= pool)
        corrupt(name, "a contested set is out of range");
      if (std::uint64_t(x.firstValue) + x.valueCount > g.contestedValues_.size())
        corrupt(name, "a contested set's values are out of range");
    }
    for (const auto& v : g.contestedValues_.span())
      if (!g.claims().contains(v.claim) ||
          std::uint64_t(v.firstPublisher) + v.publisherCount > g.contestedPublishers_.size())
        corrupt(name, "a contested value is out of range");
    checkStrings(g.contestedPublishers_.span(), pool, name);
  }

  // Whether some claim has a reference or a field out of range: a pass with no branch a claim (10^6
  // claims: a tenth of a load's instructions went to checking them one by one, issue #16), after
  // which only a file with a fault is read again claim by claim, to name it.
  static bool claimsOutOfRange(const ClaimGraph& g) {
    const auto documents = static_cast<std::uint32_t>(g.documents_.size());
    const auto sections = static_cast<std::uint32_t>(g.sections_.size());
    const auto entities = static_cast<std::uint32_t>(g.entities_.size());
    const auto pool = static_cast<std::uint32_t>(g.strings_.bytes());
    std::vector<std::uint32_t> claimCounts(documents + 1, 0);  // the last for a document out of range
    for (std::uint32_t d = 0; d < documents; ++d) claimCounts[d] = g.documents_[d].claimCount;
    auto byte = [](const auto& field) {
      std::uint8_t b;
      std::memcpy(&b, &field, 1);
      return b;
    };
    bool bad = false;
    for (const Claim& c : g.claims_.span()) {
      const std::uint32_t d = c.document.value();
      // An optional reference: kInvalid (UINT32_MAX) + 1 wraps to 0, in range of any table.
      bad |= d >= documents || c.section.value() + 1u > sections || c.subject.value() + 1u > entities;
      bad |= byte(c.kind) > static_cast<std::uint8_t>(ClaimKind::kRelation) ||
             byte(c.bound) > static_cast<std::uint8_t>(Bound::kAtMost) ||
             byte(c.asOfFrom) > static_cast<std::uint8_t>(AsOfFrom::kDocument);
      bad |= c.ordinal == 0 || c.ordinal > claimCounts[std::min(d, documents)];
      bad |= std::max({c.text, c.unit, c.quantityText, c.quote, c.measure, c.asOf, c.verb}) >= pool;
      bad |= (byte(c.hasQuantity) | byte(c.hasValue) | byte(c.hasRange) | byte(c.approximate)) > 1;
    }
    return bad;
  }

  static void validateClaims(const ClaimGraph& g, const std::string& name) {
    const std::size_t pool = g.strings_.bytes();
    auto ok = [](auto id, const auto& table) { return !id.isValid() || table.contains(id); };
    if (claimsOutOfRange(g))
      for (const auto& c : g.claims()) {
        if (!g.documents().contains(c.document) || !ok(c.section, g.sections()) || !ok(c.subject, g.entities()) ||
            c.kind > ClaimKind::kRelation || c.bound > Bound::kAtMost || c.asOfFrom > AsOfFrom::kDocument ||
            c.ordinal == 0)
          corrupt(name, "a claim is out of range");
        for (StrId s : {c.text, c.unit, c.quantityText, c.quote, c.measure, c.asOf, c.verb})
          if (s >= pool) corrupt(name, "a claim's text is out of range");
        if (badFlag(c.hasQuantity) || badFlag(c.hasValue) || badFlag(c.hasRange) || badFlag(c.approximate))
          corrupt(name, "a claim's flags are out of range");
        if (c.ordinal > g.documents()[c.document].claimCount) corrupt(name, "a claim's number is out of range");
      }
    // Sorted by claim, one per claim at most: extra() finds them by binary search.
    const auto extras = g.claimExtras_.span();
    for (std::size_t i = 0; i < extras.size(); ++i) {
      const ClaimExtra& x = extras[i];
      if (!g.claims().contains(x.claim) || (i > 0 && x.claim <= extras[i - 1].claim) || !ok(x.object, g.entities()) ||
          x.relation >= pool || x.scope >= pool)
        corrupt(name, "a claim's relation, scope or range is out of range");
    }
  }

  // The CSR arrays, checked: starts that rise to the end of their edges, and every edge of a
  // kind that joins the kinds of the nodes it joins (queries take the far end of a kBackedBy
  // edge for a source, and so on).
  static std::unique_ptr<ClaimGraph::Topology> viewTopology(const PayloadReader& in, const ClaimGraph& g,
                                                            const std::string& name, bool mapped) {
    auto t = std::make_unique<ClaimGraph::Topology>();
    const std::array<std::size_t, 6> counts = {g.documents_.size(), g.sections_.size(), g.entities_.size(),
                                               g.claims_.size(),    g.sources_.size(),  g.contested_.size()};
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < 6; ++k) {
      t->base[k] = static_cast<std::uint32_t>(total);
      total += counts[k];
    }
    if (total >= kMaxVertices) corrupt(name, "it has too many nodes");
    t->base[6] = static_cast<std::uint32_t>(total);
    t->outStart = Column<std::uint32_t>::view(in.rows<std::uint32_t>(kOutStart));
    t->outEdges = Column<std::uint32_t>::view(in.rows<std::uint32_t>(kOutEdges));
    t->inStart = Column<std::uint32_t>::view(in.rows<std::uint32_t>(kInStart));
    t->inEdges = Column<std::uint32_t>::view(in.rows<std::uint32_t>(kInEdges));
    checkStarts(t->outStart.span(), total, t->outEdges.size(), name);
    checkStarts(t->inStart.span(), t->slots(), t->inEdges.size(), name);
    checkEdgeKinds(*t, counts, name);
    // Each slot's sorted by kind, then source vertex: inNeighbors reads a kind's run by binary search.
    if (fallsOutsideStarts(t->inEdges.span(), t->inStart.span(),
                           [](std::uint32_t a, std::uint32_t b) { return b < a; }))
      corrupt(name, "an edge index is out of order");
    if (mapped) releaseClaimSlots(*t, counts[2] + counts[4]);
    return t;
  }

  // An edge of kind k from a node of kind `near` (known by its block) whose far end must lie in the
  // block of the kind k joins at that end, else the snapshot is corrupt: two compares an edge, not a search.
  static void checkEdge(const ClaimGraph::Topology& t, std::uint32_t packed, std::size_t near, int nearEnd,
                        const std::string& name) {
    const auto kind = static_cast<std::uint8_t>(edgeKind(packed));
    const std::uint32_t far = edgeVertex(packed);
    if (kind > static_cast<std::uint8_t>(EdgeKind::kRelation) || far >= t.base[6])
      corrupt(name, "an edge points outside the graph");
    const auto farKind = static_cast<std::size_t>(kEdgeEnds[kind][1 - nearEnd]);
    if (static_cast<std::size_t>(kEdgeEnds[kind][nearEnd]) != near || far < t.base[farKind] ||
        far >= t.base[farKind + 1])
      corrupt(name, "an edge joins nodes of the wrong kinds");
  }

  // The edges of a block of nodes of kind `near`, checked as checkEdge does with one table look-up,
  // a subtraction and a compare an edge (9 M edges at 10^6 claims, the most of the load's
  // checks, issue #16): for each packed kind, the far block [first, first + size) an edge of that
  // kind may reach from `near`, empty for a kind that does not join `near` at that end. A block
  // with a bad edge is checked again by checkEdge, which names the first one's fault.
  static void checkEdgeBlock(const ClaimGraph::Topology& t, std::span<const std::uint32_t> edges, std::size_t near,
                             int nearEnd, const std::string& name) {
    std::array<std::uint32_t, std::size_t{1} << (32 - kVertexBits)> first{}, size{};
    for (std::size_t kind = 0; kind < std::size(kEdgeEnds); ++kind)
      if (static_cast<std::size_t>(kEdgeEnds[kind][nearEnd]) == near) {
        const auto farKind = static_cast<std::size_t>(kEdgeEnds[kind][1 - nearEnd]);
        first[kind] = t.base[farKind];
        size[kind] = t.base[farKind + 1] - t.base[farKind];
      }
    bool bad = false;
    for (std::uint32_t e : edges) bad |= edgeVertex(e) - first[e >> kVertexBits] >= size[e >> kVertexBits];
    if (bad)
      for (std::uint32_t e : edges) checkEdge(t, e, near, nearEnd, name);
  }

  // Every out-edge by the block of its node, and the in-edges of entities', sources' and claims' slots
  // (`counts`: the nodes of each kind), checked by checkEdgeBlock.
  static void checkEdgeKinds(const ClaimGraph::Topology& t, const std::array<std::size_t, 6>& counts,
                             const std::string& name) {
    auto run = [](const Column<std::uint32_t>& starts, const Column<std::uint32_t>& edges, std::size_t from,
                  std::size_t to) { return edges.span().subspan(starts[from], starts[to] - starts[from]); };
    for (std::size_t k = 0; k < 6; ++k)
      checkEdgeBlock(t, run(t.outStart, t.outEdges, t.base[k], t.base[k + 1]), k, 0, name);
    // In-edges: entities' slots, then sources', then claims'.
    const std::size_t sourceSlots = counts[2], claimSlots = counts[2] + counts[4], slots = t.slots();
    checkEdgeBlock(t, run(t.inStart, t.inEdges, 0, sourceSlots), static_cast<std::size_t>(NodeKind::kEntity), 1, name);
    checkEdgeBlock(t, run(t.inStart, t.inEdges, sourceSlots, claimSlots), static_cast<std::size_t>(NodeKind::kSource),
                   1, name);
    checkEdgeBlock(t, run(t.inStart, t.inEdges, claimSlots, slots), static_cast<std::size_t>(NodeKind::kClaim), 1,
                   name);
  }

  // The claims' slots (the last, from slot `first`) and their edges are read only by a question about a
  // claim's contested sets: handed back like the word index's postings, so that the load keeps no more
  // of the file resident than before they were stored.
  static void releaseClaimSlots(const ClaimGraph::Topology& t, std::size_t first) {
    const auto starts = t.inStart.span().subspan(first), edges = t.inEdges.span().subspan(t.inStart[first]);
    release(starts.data(), starts.size_bytes());
    release(edges.data(), edges.size_bytes());
  }

  // Whether, in rows cut into runs at `starts` (checked already), some row is out of order after the
  // row before it in its run (`falls(before, row)`): the falls of the whole array counted with no
  // branch a row, which a loop per run did not allow (13 M postings, 1.2 M slots of in-edges at 10^6
  // claims), less those where a run starts.
  template <class T, class Falls>
  static bool fallsOutsideStarts(std::span<const T> rows, std::span<const std::uint32_t> starts, Falls falls) {
    std::size_t count = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) count += falls(rows[i - 1], rows[i]);
    for (std::size_t r = 0; r + 1 < starts.size(); ++r)
      if (starts[r] > 0 && starts[r] < starts[r + 1]) count -= falls(rows[starts[r] - 1], rows[starts[r]]);
    return count != 0;
  }

  // starts: one more entry than `rows`, from 0 up to `edges`, never falling.
  static void checkStarts(std::span<const std::uint32_t> starts, std::size_t rows, std::size_t edges,
                          const std::string& name) {
    if (starts.size() != rows + 1 || starts.front() != 0 || starts.back() != edges)
      corrupt(name, "an edge index does not match its edges");
    for (std::size_t i = 0; i < rows; ++i)
      if (starts[i + 1] < starts[i]) corrupt(name, "an edge index does not match its edges");
  }

  static std::unique_ptr<ClaimGraph::Lookups> viewLookups(const PayloadReader& in, const ClaimGraph& g,
                                                          const std::string& name) {
    auto l = std::make_unique<ClaimGraph::Lookups>();
    l->foldedNames = in.bytes(kFoldedNames);
    if (l->foldedNames.empty() || l->foldedNames.front() != '\0' || l->foldedNames.back() != '\0')
      corrupt(name, "the entity name index is malformed");
    const std::string_view pool = g.strings_.data();
    l->entityByKey = table(in, kEntityKeys, pool, g.entities_.size(), name);
    l->entityByName = table(in, kEntityNames, l->foldedNames, g.entities_.size(), name);
    l->documentBySlug = table(in, kDocumentSlugs, pool, g.documents_.size(), name);
    // Asked for every word span of a statement by check, and missing for most of them.
    l->entityByKey.addFilter();
    l->entityByName.addFilter();
    return l;
  }

  // The word index, checked like the other parts: its postings are read once here (each list
  // rising, every claim in range) and their pages then handed back, so that a loaded graph does
  // not keep the index resident until a word or name question reads a list of it.
  static void viewWords(const PayloadReader& in, ClaimGraph& g, const std::string& name, bool mapped) {
    const PostingLists::Parts words = postingLists(in, kWords, g, name, mapped);
    const PostingLists::Parts names = postingLists(in, kNameKeys, g, name, mapped);
    std::call_once(g.words_->filled, [&] { g.words_->index = WordIndex::view(words, names); });
  }

  // The four parts of a PostingLists from `first` on: keys, slots, starts, postings.
  static PostingLists::Parts postingLists(const PayloadReader& in, Part first, const ClaimGraph& g,
                                          const std::string& name, bool mapped) {
    const auto part = [first](int i) { return static_cast<Part>(first + i); };
    const PostingLists::Parts p{in.bytes(part(0)), in.rows<LookupSlot>(part(1)), in.rows<std::uint32_t>(part(2)),
                                in.rows<ClaimId>(part(3))};
    if (p.keys.empty() || p.keys.front() != '\0' || p.keys.back() != '\0' || p.starts.empty())
      corrupt(name, "the word index is malformed");
    const std::size_t count = p.starts.size() - 1;
    table(in, part(1), p.keys, count, name);
    checkStarts(p.starts, count, p.postings.size(), name);
    // Each list rising, and its last claim in range (so every one is).
    const std::size_t claims = g.claims_.size();
    bool bad = fallsOutsideStarts(p.postings, p.starts, [](ClaimId a, ClaimId b) { return b.value() <= a.value(); });
    for (std::size_t w = 0; w < count; ++w)
      if (p.starts[w] < p.starts[w + 1]) bad |= p.postings[p.starts[w + 1] - 1].value() >= claims;
    if (bad) corrupt(name, "the word index names a claim out of range or out of order");
    if (mapped) release(p.postings.data(), p.postings.size_bytes());
    return p;
  }

  // Drops the whole pages of [at, at + bytes) from the process: a read-only file mapping's clean
  // pages, which the kernel keeps in its page cache and faults in again when they are read.
  static void release(const void* at, std::size_t bytes) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<std::uintptr_t>(at) + page - 1) / page * page;
    const auto end = (reinterpret_cast<std::uintptr_t>(at) + bytes) / page * page;
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
  }

  // The attached indices: a name each, unchecked bytes (their reader checks what it reads).
  static void viewAttached(const PayloadReader& in, ClaimGraph& g, const std::string& name) {
    const std::string_view names = in.bytes(kAttachedNames);
    if (!names.empty() && names.back() != '\0') corrupt(name, "the names of its attached indices are malformed");
    std::size_t part = kPartCount;
    for (std::size_t at = 0; at < names.size(); ++part) {
      const std::size_t end = names.find('\0', at);
      if (part >= in.parts()) corrupt(name, "an attached index is missing");
      g.attached_.push_back({std::string(names.substr(at, end - at)), {}, in.bytes(part)});
      at = end + 1;
    }
    if (part != in.parts()) corrupt(name, "its table of parts is malformed");
  }

  static HeadFilter viewEntityHeads(const PayloadReader& in, const std::string& name) {
    const auto words = in.rows<std::uint64_t>(kEntityHeads);
    if (!std::has_single_bit(words.size())) corrupt(name, "the entity name filter is malformed");
    return HeadFilter(Column<std::uint64_t>::view(words));
  }

  static LookupTable table(const PayloadReader& in, Part part, std::string_view keys, std::size_t ids,
                           const std::string& name) {
    const auto slots = in.rows<LookupSlot>(part);
    if (!slots.empty() && !std::has_single_bit(slots.size())) corrupt(name, "a lookup table is malformed");
    for (const LookupSlot& s : slots)
      if (s.id != LookupSlot::kEmpty && (s.id >= ids || s.key >= keys.size()))
        corrupt(name, "a lookup table is out of range");
    return LookupTable(Column<LookupSlot>::view(slots), keys);
  }
};

namespace {

struct Header {
  std::uint64_t size = 0, sum = 0;
};

// Magic, version and size, from the file's first 32 bytes (fewer: not a snapshot).
Header readHeader(std::string_view head, std::uint64_t fileSize, const std::string& name) {
  if (head.size() < kHeaderSize || std::memcmp(head.data(), kMagic, 8) != 0)
    throw Error(name, 0, "not a claimgraph snapshot (no CLAIMGR header); make one with 'claimgraph ingest'");
  std::uint32_t version;
  Header h;
  std::memcpy(&version, head.data() + 8, 4);
  std::memcpy(&h.size, head.data() + 16, 8);
  std::memcpy(&h.sum, head.data() + 24, 8);
  if (version != kSnapshotVersion)
    throw Error(name, 0,
                "snapshot format version " + std::to_string(version) + " is not supported (this build reads " +
                    std::to_string(kSnapshotVersion) + "); ingest the articles again");
  if (fileSize - kHeaderSize != h.size)
    throw Error(name, 0,
                "snapshot is truncated or extended: header says " + std::to_string(h.size) + " bytes, file has " +
                    std::to_string(fileSize - kHeaderSize));
  return h;
}

[[noreturn]] void checksumMismatch(const std::string& name) {
  throw Error(name, 0, "snapshot checksum mismatch: the file is corrupted");
}

// An open file, closed on every way out.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Up to n bytes at `offset`; fewer only at the end of the file.
std::size_t readAt(const Fd& f, char* into, std::size_t n, std::uint64_t offset, const std::string& name) {
  std::size_t got = 0;
  while (got < n) {
    ssize_t r = ::pread(f.fd, into + got, n - got, static_cast<off_t>(offset + got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) throw Error(name, 0, std::string("cannot read: ") + std::strerror(errno));
    if (r == 0) break;
    got += static_cast<std::size_t>(r);
  }
  return got;
}

// The payload's checksum, read with pread rather than through the mapping: checking the file
// does not make every page of it resident in the process; the queries fault in what they read.
std::uint64_t checksumOf(const Fd& f, std::uint64_t size, const std::string& name) {
  SnapshotChecksum sum;
  std::vector<char> buffer(1 << 20);  // a multiple of 64: the lanes run on across reads
  for (std::uint64_t at = 0; at < size;) {
    std::size_t n =
        readAt(f, buffer.data(), static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), size - at)),
               kHeaderSize + at, name);
    if (n == 0) throw Error(name, 0, "snapshot is truncated: the file shrank while it was read");
    sum.update(std::string_view(buffer.data(), n));
    at += n;
  }
  return sum.finish();
}

}  // namespace

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
  Header h = readHeader(bytes, bytes.size(), name);
  std::string_view payload = bytes.substr(kHeaderSize);
  if (snapshotChecksum(payload) != h.sum) checksumMismatch(name);
  // A copy the graph owns, aligned as the mapping of a file would be, so the tables view it.
  const std::size_t words = (bytes.size() + 7) / 8;
  std::shared_ptr<const char> copy(reinterpret_cast<const char*>(new std::uint64_t[words]),
                                   [](const char* p) { delete[] reinterpret_cast<const std::uint64_t*>(p); });
  std::memcpy(const_cast<char*>(copy.get()), bytes.data(), bytes.size());
  std::string_view inPlace(copy.get() + kHeaderSize, payload.size());
  return SnapshotAccess::view(std::move(copy), inPlace, name, false);
}

void writeSnapshot(const ClaimGraph& g, const std::filesystem::path& path) {
  writeFileAtomically(path, encodeSnapshot(g));
}

ClaimGraph readSnapshot(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(name, 0, "is a folder, not a file");
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (f.fd < 0) throw Error(name, 0, std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) throw Error(name, 0, "is not a regular file");
  const auto fileSize = static_cast<std::uint64_t>(st.st_size);
  char head[kHeaderSize];
  std::size_t got = readAt(f, head, kHeaderSize, 0, name);
  Header h = readHeader(std::string_view(head, got), fileSize, name);
  if (checksumOf(f, h.size, name) != h.sum) checksumMismatch(name);
  void* at = ::mmap(nullptr, fileSize, PROT_READ, MAP_PRIVATE, f.fd, 0);
  if (at == MAP_FAILED) throw Error(name, 0, std::string("cannot map: ") + std::strerror(errno));
  std::shared_ptr<const char> mapping(static_cast<const char*>(at),
                                      [fileSize](const char* p) { ::munmap(const_cast<char*>(p), fileSize); });
  std::string_view payload(mapping.get() + kHeaderSize, h.size);
  return SnapshotAccess::view(std::move(mapping), payload, name, true);
}

}  // namespace cg::graph
