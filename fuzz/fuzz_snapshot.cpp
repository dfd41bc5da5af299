// Fuzzes the snapshot loader. Each input is tried twice: as a whole file (so the header
// checks are fuzzed), and as a payload behind a correct header with a correct checksum
// (so the table decoder behind the checksum is fuzzed too). decodeSnapshot must succeed
// or throw cg::Error; a graph it returns must be usable (JSON, DOT, re-encoding).

#include <string>

#include "FuzzSupport.h"
#include "SnapshotForge.h"
#include "graph/DotWriter.h"
#include "graph/Error.h"
#include "graph/JsonWriter.h"
#include "graph/Snapshot.h"
#include "ingest/Ingest.h"
#include "reason/Reason.h"

using cg::fuzz::require;

namespace {

void load(std::string_view file) {
  try {
    cg::graph::ClaimGraph g = cg::graph::decodeSnapshot(file, "fuzz.cg");
    require(g.frozen(), "a loaded graph is not frozen");
    (void)cg::graph::toJson(g);
    (void)cg::graph::toDot(g, {});
    std::string again = cg::graph::encodeSnapshot(g);
    require(cg::graph::decodeSnapshot(again, "again.cg").claims().size() == g.claims().size(),
            "a loaded graph does not round-trip");
  } catch (const cg::Error&) {
    // refused with a message naming the file: fine
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto g = cg::reason::buildGraphFromText(
      "# T\n\nAcme sold 3 units. [1]\n\n## References\n\n1. P, \"T,\" 2024. https://x.example\n", "init.md");
  std::string real = cg::graph::encodeSnapshot(g);
  require(cg::fuzz::forgeSnapshot(std::string_view(real).substr(32)) == real,
          "fuzz_snapshot's copy of the checksum no longer matches graph/Snapshot.cpp");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = cg::fuzz::bytes(data, size);
  load(input);
  load(cg::fuzz::forgeSnapshot(input));
  return 0;
}
