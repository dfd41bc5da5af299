// The .cg snapshot: round trip, and clear errors for files that are not good snapshots.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "TestSupport.h"
#include "fuzz/SnapshotForge.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "graph/FrozenLayout.h"
#include "graph/JsonWriter.h"
#include "graph/Snapshot.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

using namespace cg::graph;

namespace {
const std::string& seedSnapshot() {
  static const std::string bytes = encodeSnapshot(cg::reason::buildGraph({cg::test::repo("corpus")}).graph);
  return bytes;
}
}  // namespace

TEST_CASE("a snapshot round-trips to the same JSON", "[graph][snapshot]") {
  auto original = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  ClaimGraph loaded = decodeSnapshot(encodeSnapshot(original), "seed.cg");
  CHECK(loaded.frozen());
  CHECK(toJson(loaded) == toJson(original));
  CHECK(encodeSnapshot(loaded) == encodeSnapshot(original));
  CHECK(loaded.findEntity("NVIDIA").has_value());
}

// A claim's in-edges (the contested sets holding it) are stored from format 9 on, so that who-claimed
// marks a hit contested without reading every set's values first (issue #16).
TEST_CASE("a loaded graph lists the contested sets holding each claim as the built one does", "[graph][snapshot]") {
  auto original = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  ClaimGraph loaded = decodeSnapshot(encodeSnapshot(original), "seed.cg");
  std::map<std::uint32_t, std::vector<ContestedId>> holding;  // from the sets' own values
  for (ContestedId x : original.contested().ids())
    for (const auto& v : original.values(original.contested()[x])) holding[v.claim.value()].push_back(x);
  std::size_t held = 0;
  for (ClaimId c : original.claims().ids()) {
    std::vector<ContestedId> expected = holding[c.value()];
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    CHECK(loaded.contestedSetsOf(c).toVector() == expected);
    CHECK(original.contestedSetsOf(c).toVector() == expected);
    held += expected.empty() ? 0 : 1;
  }
  CHECK(held > 5);  // the corpus has contested figures
}

TEST_CASE("a foreign file is not taken for a snapshot", "[graph][snapshot]") {
  CHECK_THROWS_WITH(decodeSnapshot("# An article, not a graph\n", "notes.md"),
                    "notes.md: not a claimgraph snapshot (no CLAIMGR header); make one with 'claimgraph ingest'");
  CHECK_THROWS_WITH(decodeSnapshot("", "empty.cg"), Catch::Contains("empty.cg: not a claimgraph snapshot"));
}

TEST_CASE("a snapshot of another version is refused by name", "[graph][snapshot]") {
  std::string bytes = seedSnapshot();
  bytes[8] = 12;
  CHECK_THROWS_WITH(decodeSnapshot(bytes, "old.cg"),
                    Catch::Contains("old.cg: snapshot format version 12 is not supported"));
}

TEST_CASE("a truncated snapshot is refused", "[graph][snapshot]") {
  std::string bytes = seedSnapshot().substr(0, seedSnapshot().size() / 2);
  CHECK_THROWS_WITH(decodeSnapshot(bytes, "cut.cg"), Catch::Contains("cut.cg: snapshot is truncated"));
}

TEST_CASE("a flipped byte fails the checksum", "[graph][snapshot]") {
  std::string bytes = seedSnapshot();
  for (std::size_t at : {std::size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    std::string copy = bytes;
    copy[at] = static_cast<char>(copy[at] ^ 0x5A);
    CHECK_THROWS_WITH(decodeSnapshot(copy, "flip.cg"), "flip.cg: snapshot checksum mismatch: the file is corrupted");
  }
}

TEST_CASE("writing a snapshot into a missing folder fails and leaves nothing", "[graph][snapshot]") {
  auto dir = cg::test::tempDir("snap");
  auto g = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  CHECK_THROWS_WITH(writeSnapshot(g, dir / "missing" / "x.cg"), Catch::Contains("does not exist"));
  writeSnapshot(g, dir / "x.cg");
  CHECK(readSnapshot(dir / "x.cg").claims().size() == g.claims().size());
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 1);  // no temporary left behind
  std::filesystem::remove_all(dir);
}

namespace {
// The payload (after the 32-byte header) starts with the count of parts, then each part's
// (offset, bytes) from the payload's start; `part` is its place in that directory.
std::uint64_t directoryWord(const std::string& file, std::size_t part, std::size_t word) {
  std::uint64_t v = 0;
  std::memcpy(&v, file.data() + 32 + 8 + 16 * part + 8 * word, 8);
  return v;
}
std::string withDirectoryWord(std::string file, std::size_t part, std::size_t word, std::uint64_t v) {
  std::memcpy(file.data() + 32 + 8 + 16 * part + 8 * word, &v, 8);
  return cg::fuzz::forgeSnapshot(std::string_view(file).substr(32));
}
}  // namespace

TEST_CASE("a loaded graph finds entities and documents as the built one does", "[graph][snapshot]") {
  auto original = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  ClaimGraph loaded = decodeSnapshot(encodeSnapshot(original), "seed.cg");
  for (EntityId e : original.entities().ids()) {
    const Entity& entity = original.entities()[e];
    INFO(original.entityId(e));
    // By its id, each is itself in both; by its name, the same entity in both (names may be shared), never none.
    CHECK(original.findEntity(original.entityId(e)) == std::optional<EntityId>(e));
    CHECK(loaded.findEntity(original.entityId(e)) == std::optional<EntityId>(e));
    const auto byName = original.findEntity(original.str(entity.name));
    CHECK(byName.has_value());
    CHECK(loaded.findEntity(original.str(entity.name)) == byName);
  }
  for (DocumentId d : original.documents().ids())
    CHECK(loaded.findDocument(original.documentId(d)) == std::optional<DocumentId>(d));
  CHECK_FALSE(loaded.findEntity("no such entity anywhere").has_value());
  CHECK_FALSE(loaded.findDocument("d:no_such_document").has_value());
  // The hashes a caller gives of some forms (check's spans, made in one pass a word) change no answer.
  for (EntityId e : original.entities().ids()) {
    const std::string name(original.str(original.entities()[e].name));
    const std::string fold = foldKey(name), slug = slugifyFolded(fold);
    const std::pair<std::string_view, std::uint64_t> hashes[] = {
        {name, stableHash(name)}, {fold, stableHash(fold)}, {slug, stableHash(slug)}};
    const auto told = loaded.findEntityForms({.written = name, .folded = fold, .slug = slug, .hashes = hashes});
    const auto found = loaded.findEntityForms({.written = name, .folded = fold, .slug = slug});
    CHECK(told.asWritten == found.asWritten);
    CHECK(told.folded == found.folded);
  }
}

namespace {
// A key in the manner of check's article keys: ASCII letters and digits lowered, '-' kept, one '_'
// for each run of other bytes between them.
std::string articleKeyOf(std::string_view text) {
  std::string key;
  bool gap = false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
      gap = true;
      continue;
    }
    if (gap && !key.empty()) key.push_back('_');
    gap = false;
    key.push_back(lowerAscii(c));
  }
  return key;
}
}  // namespace

TEST_CASE("the filter of first words lets by every span a loaded graph finds an entity by", "[graph][snapshot]") {
  auto original = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  const ClaimGraph loaded = decodeSnapshot(encodeSnapshot(original), "heads.cg");
  // The spans a check tries: up to six words at each word of every claim's text, and every
  // entity's key, name and aliases, written as they are, in upper and in lower case.
  std::vector<std::string> spans;
  for (const Claim& claim : original.claims()) {
    std::vector<std::string_view> words;
    const std::string_view text = original.str(claim.text);
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t end = std::min(text.find(' ', i), text.size());
      if (end > i) words.push_back(text.substr(i, end - i));
      i = end + 1;
    }
    for (std::size_t i = 0; i < words.size(); ++i)
      for (std::size_t n = 1; n <= 6 && i + n <= words.size(); ++n)
        spans.emplace_back(words[i].data(), words[i + n - 1].data() + words[i + n - 1].size());
  }
  for (const Entity& e : original.entities()) {
    for (StrId s : {e.key, e.name}) spans.emplace_back(original.str(s));
    for (StrId a : e.aliases) spans.emplace_back(original.str(a));
  }
  for (std::size_t i = 0, n = spans.size(); i < n; ++i) {
    std::string upper = spans[i], lower = spans[i];
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : lower) c = lowerAscii(c);
    spans.push_back(upper), spans.push_back(lower);
  }
  std::size_t found = 0, toldNone = 0;
  for (const std::string& span : spans) {
    INFO(span);
    const std::string fold = foldKey(span), slug = slugifyFolded(fold), other = articleKeyOf(span);
    const auto c = loaded.findEntityForms({.written = span, .folded = fold, .slug = slug, .otherKey = other});
    const std::string_view otherHead = std::string_view(other).substr(0, other.find('_'));
    const bool may = loaded.mayFindEntityByHeads(nameHead(span), otherHead);
    if (c.asWritten || c.folded || c.byOtherKey) {
      ++found;
      CHECK(may);
    }
    toldNone += !may;
    CHECK(original.mayFindEntityByHeads(nameHead(span), otherHead));  // no filter in a graph built here
  }
  // Most spans of running text start with a word that starts no name, and the filter says so.
  CHECK(found > 500);
  CHECK(toldNone * 2 > spans.size() - found);
  // A head beyond ASCII, or one that holds no byte a slug keeps, is not told from its bytes.
  CHECK(loaded.mayFindEntityByHeads("Ölanstack", std::nullopt));
  CHECK(loaded.mayFindEntityByHeads("--", std::nullopt));
}

TEST_CASE("a part that runs past the file or a table of parts that is wrong is a corrupt file", "[graph][snapshot]") {
  const std::string& good = seedSnapshot();
  REQUIRE(cg::fuzz::forgeSnapshot(std::string_view(good).substr(32)) == good);
  const std::size_t payload = good.size() - 32;
  const std::uint64_t claimsAt = directoryWord(good, 8, 0);
  CHECK_THROWS_WITH(decodeSnapshot(withDirectoryWord(good, 8, 0, payload), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: a table runs past the end");
  CHECK_THROWS_WITH(decodeSnapshot(withDirectoryWord(good, 8, 1, UINT64_MAX), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: a table runs past the end");
  CHECK_THROWS_WITH(decodeSnapshot(withDirectoryWord(good, 8, 0, claimsAt + 1), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: a table is misaligned");
  std::string fewer = good;
  fewer[32] = 3;  // the count of parts
  CHECK_THROWS_WITH(decodeSnapshot(cg::fuzz::forgeSnapshot(std::string_view(fewer).substr(32)), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: its table of parts is malformed");
}

TEST_CASE("attached indices travel in the snapshot by name, each on a 64-byte boundary", "[graph][snapshot]") {
  auto built = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  built.attachIndex("first", std::string(100, 'a'));
  built.attachIndex("second", "bc");
  built.attachIndex("first", "replaced");
  CHECK(built.attachedIndex("first") == std::optional<std::string_view>("replaced"));
  const std::string bytes = encodeSnapshot(built);
  const ClaimGraph loaded = decodeSnapshot(bytes, "attached.cg");
  CHECK(loaded.attachedIndex("second") == std::optional<std::string_view>("bc"));
  CHECK(loaded.attachedIndex("first") == std::optional<std::string_view>("replaced"));
  CHECK_FALSE(loaded.attachedIndex("third"));
  CHECK(reinterpret_cast<std::uintptr_t>(loaded.attachedIndex("first")->data()) % 8 == 0);
  CHECK(encodeSnapshot(loaded) == bytes);
  // A name more than parts: the table of parts is wrong.
  std::string missing = bytes;
  std::uint64_t count = 0;
  std::memcpy(&count, bytes.data() + 32, 8);
  --count;
  std::memcpy(missing.data() + 32, &count, 8);
  CHECK_THROWS_WITH(decodeSnapshot(cg::fuzz::forgeSnapshot(std::string_view(missing).substr(32)), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: an attached index is missing");
  CHECK(decodeSnapshot(seedSnapshot(), "seed.cg").attachedIndex("first") == std::nullopt);
}

TEST_CASE("a lookup slot or an edge index out of range is a corrupt file", "[graph][snapshot]") {
  const std::string& good = seedSnapshot();
  // Part 20 is the document slugs' lookup table: (key, id, hash) slots; one set to a document
  // past the table.
  const std::uint64_t slugsAt = directoryWord(good, 20, 0), slugBytes = directoryWord(good, 20, 1);
  REQUIRE(slugBytes >= 12);
  std::string payload = good.substr(32);
  std::uint32_t slot[3];
  std::size_t at = slugsAt;
  for (; at < slugsAt + slugBytes; at += 12) {
    std::memcpy(slot, payload.data() + at, 12);
    if (slot[1] != UINT32_MAX) break;
  }
  REQUIRE(at < slugsAt + slugBytes);
  slot[1] = 1000;
  std::memcpy(payload.data() + at, slot, 12);
  CHECK_THROWS_WITH(decodeSnapshot(cg::fuzz::forgeSnapshot(payload), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: a lookup table is out of range");
  // Part 13 is the out-edge starts: the second one raised past the edge count.
  payload = good.substr(32);
  const std::uint64_t startsAt = directoryWord(good, 13, 0);
  const std::uint32_t tooFar = UINT32_MAX;
  std::memcpy(payload.data() + startsAt + 4, &tooFar, 4);
  CHECK_THROWS_WITH(decodeSnapshot(cg::fuzz::forgeSnapshot(payload), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: an edge index does not match its edges");
}

TEST_CASE(
    "a snapshot of format 5 (no word index), 6 (no score scope), 7 (no name index), 8 (no in-edges of claims), 9 "
    "(no attached indices) or 10 (no filter of first words) is refused by name",
    "[graph][snapshot]") {
  for (const std::uint32_t old : {5U, 6U, 7U, 8U, 9U, 10U}) {
    std::string bytes = seedSnapshot();
    std::memcpy(bytes.data() + 8, &old, 4);
    CHECK_THROWS_WITH(decodeSnapshot(bytes, "old.cg"), "old.cg: snapshot format version " + std::to_string(old) +
                                                           " is not supported (this build reads 11); ingest the "
                                                           "articles again");
  }
}

TEST_CASE("a snapshot cut anywhere is refused before it is read", "[graph][snapshot]") {
  auto dir = cg::test::tempDir("snapcut");
  const std::string& good = seedSnapshot();
  // Cut inside the header, inside the directory, in the word index (the end): each is refused by
  // its size, read with pread, before the file is mapped (no SIGBUS from a page past the end).
  for (std::size_t size : {std::size_t{20}, std::size_t{100}, good.size() - 4}) {
    {
      std::ofstream out(dir / "cut.cg", std::ios::binary | std::ios::trunc);
      out.write(good.data(), static_cast<std::streamsize>(size));
    }
    CHECK_THROWS_WITH(
        readSnapshot(dir / "cut.cg"),
        Catch::Contains("cut.cg: ") && (Catch::Contains("truncated") || Catch::Contains("not a claimgraph")));
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the stored word index round-trips and finds what the built one finds", "[graph][snapshot]") {
  auto original = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  auto dir = cg::test::tempDir("snapwords");
  writeSnapshot(original, dir / "g.cg");
  const ClaimGraph loaded = readSnapshot(dir / "g.cg");
  std::set<std::string> words;
  for (const Claim& c : original.claims())
    for (auto& w : foldTokens(original.str(c.text))) words.insert(std::move(w));
  REQUIRE(words.size() > 100);
  std::size_t postings = 0;
  for (const std::string& w : words) {
    auto built = original.claimsWithWord(w), read = loaded.claimsWithWord(w);
    REQUIRE_FALSE(built.empty());
    CHECK(std::vector<ClaimId>(built.begin(), built.end()) == std::vector<ClaimId>(read.begin(), read.end()));
    CHECK(std::is_sorted(read.begin(), read.end()));
    for (ClaimId c : read) {
      const auto held = foldTokens(loaded.str(loaded.claims()[c].text));
      CHECK(std::find(held.begin(), held.end(), w) != held.end());
    }
    postings += read.size();
  }
  CHECK(postings > words.size());
  CHECK(loaded.claimsWithWord("nosuchwordanywhere").empty());
  CHECK(loaded.claimsWithWord("").empty());
  CHECK(loaded.claimsWithWord(std::string("nvidia\0x", 8)).empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a word index that names a claim out of range or out of order is a corrupt file", "[graph][snapshot]") {
  const std::string& good = seedSnapshot();
  // Part 24 is the postings of the word index: claim ids, rising within each word's list.
  const std::uint64_t postingsAt = directoryWord(good, 24, 0), bytes = directoryWord(good, 24, 1);
  REQUIRE(bytes >= 8);
  std::string payload = good.substr(32);
  const std::uint32_t past = 1u << 20;
  std::memcpy(payload.data() + postingsAt, &past, 4);
  CHECK_THROWS_WITH(decodeSnapshot(cg::fuzz::forgeSnapshot(payload), "x.cg"),
                    "x.cg: corrupt claimgraph snapshot: the word index names a claim out of range or out of order");
}

// The filter check puts before a lookup table's slots (LookupTable::addFilter) must never turn
// away a key the table holds: with it, a table answers every key as it does without.
TEST_CASE("a lookup table's filter passes every key it holds and answers as the table does", "[graph][snapshot]") {
  std::string block(1, '\0');
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("entity " + std::to_string(i));
  SlotsBuilder slots(keys.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const auto at = static_cast<std::uint32_t>(block.size());
    block += keys[i] + '\0';
    slots.add(keys[i], at, i, block);
  }
  const std::vector<LookupSlot>& built = slots.slots();
  LookupTable plain(Column<LookupSlot>::view(built), block), filtered(Column<LookupSlot>::view(built), block);
  filtered.addFilter();
  for (std::uint32_t i = 0; i < keys.size(); ++i) CHECK(filtered.find(keys[i]) == std::optional<std::uint32_t>(i));
  for (int i = 3000; i < 13000; ++i) {
    const std::string missing = "entity " + std::to_string(i);
    CHECK(filtered.find(missing) == plain.find(missing));
    CHECK_FALSE(plain.find(missing).has_value());
  }
  CHECK_FALSE(filtered.find("").has_value());
  // With the hash made first and its filter word fetched (ClaimGraph::findEntityForms), and for a
  // key that holds a NUL (no key of the block), the answers are the same.
  for (int i = 0; i < 6000; i += 7) {
    const std::string key = "entity " + std::to_string(i);
    const std::uint64_t h = stableHash(key);
    filtered.prefetch(h);
    CHECK(filtered.find(key, h) == plain.find(key));
    CHECK(plain.find(key, h) == plain.find(key));
    const std::string withNul = key + '\0';
    CHECK_FALSE(filtered.find(withNul).has_value());
    CHECK_FALSE(plain.find(withNul).has_value());
  }
}
