// The .cg snapshot: round trip, and clear errors for files that are not good snapshots.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "graph/Error.h"
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

TEST_CASE("a foreign file is not taken for a snapshot", "[graph][snapshot]") {
  CHECK_THROWS_WITH(decodeSnapshot("# An article, not a graph\n", "notes.md"),
                    "notes.md: not a claimgraph snapshot (no CLAIMGR header); make one with 'claimgraph ingest'");
  CHECK_THROWS_WITH(decodeSnapshot("", "empty.cg"), Catch::Contains("empty.cg: not a claimgraph snapshot"));
}

TEST_CASE("a snapshot of another version is refused by name", "[graph][snapshot]") {
  std::string bytes = seedSnapshot();
  bytes[8] = 9;
  CHECK_THROWS_WITH(decodeSnapshot(bytes, "old.cg"),
                    Catch::Contains("old.cg: snapshot format version 9 is not supported"));
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
