#pragma once
// Forges the 32-byte header of a .cg file around any payload, with a correct checksum, so
// that the fuzzer (and the regression tests of its findings) can reach the table decoder
// behind the checksum. The checksum is a copy of the private one in graph/Snapshot.cpp;
// forgeSnapshot(payload of a real snapshot) must give back that snapshot byte for byte,
// which fuzz_snapshot checks at start-up and tests/ingest/RobustnessTest.cpp checks too.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "graph/Fold.h"
#include "graph/Snapshot.h"

namespace cg::fuzz {

inline std::uint64_t snapshotChecksum(std::string_view bytes) {
  std::uint64_t lanes[4] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull,
                            0x85EBCA77C2B2AE63ull};
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
  return h ^ cg::graph::stableHash(bytes.substr(i));
}

// "CLAIMGR\0", this build's version, flags 0, the payload's size and checksum, the payload.
inline std::string forgeSnapshot(std::string_view payload) {
  std::string file(32, '\0');
  std::memcpy(file.data(), "CLAIMGR", 8);
  std::uint32_t version = cg::graph::kSnapshotVersion, flags = 0;
  std::uint64_t size = payload.size(), sum = snapshotChecksum(payload);
  std::memcpy(file.data() + 8, &version, 4);
  std::memcpy(file.data() + 12, &flags, 4);
  std::memcpy(file.data() + 16, &size, 8);
  std::memcpy(file.data() + 24, &sum, 8);
  file.append(payload);
  return file;
}

}  // namespace cg::fuzz
