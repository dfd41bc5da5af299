#pragma once
// Forges the 32-byte header of a .cg file around any payload, with a correct checksum, so
// that the fuzzer (and the regression tests of its findings) can reach the table decoder
// behind the checksum, with graph::snapshotChecksum; forgeSnapshot(payload of a real
// snapshot) gives back that snapshot byte for byte, which fuzz_snapshot checks at start-up
// and tests/ingest/RobustnessTest.cpp checks too.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "graph/Snapshot.h"

namespace cg::fuzz {

// "CLAIMGR\0", this build's version, flags 0, the payload's size and checksum, the payload.
inline std::string forgeSnapshot(std::string_view payload) {
  std::string file(32, '\0');
  std::memcpy(file.data(), "CLAIMGR", 8);
  std::uint32_t version = cg::graph::kSnapshotVersion, flags = 0;
  std::uint64_t size = payload.size(), sum = cg::graph::snapshotChecksum(payload);
  std::memcpy(file.data() + 8, &version, 4);
  std::memcpy(file.data() + 12, &flags, 4);
  std::memcpy(file.data() + 16, &size, 8);
  std::memcpy(file.data() + 24, &sum, 8);
  file.append(payload);
  return file;
}

}  // namespace cg::fuzz
