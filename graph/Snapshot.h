#pragma once
// The .cg file: a versioned binary snapshot of a frozen ClaimGraph that loads with one
// read. Layout: a 32-byte header (magic "CLAIMGR\0", format version, flags, payload size,
// checksum of the payload), then the string pool and the per-kind tables as flat arrays.
// Loading checks magic, version, size and checksum before trusting a byte, so a
// truncated, corrupted or foreign file gets a clear error instead of a crash.

#include <filesystem>
#include <string>
#include <string_view>

#include "graph/ClaimGraph.h"

namespace cg::graph {

inline constexpr std::uint32_t kSnapshotVersion = 4;

[[nodiscard]] std::string encodeSnapshot(const ClaimGraph& g);
// The checksum the header holds for a payload (fuzzers forge headers for payloads with it).
[[nodiscard]] std::uint64_t snapshotChecksum(std::string_view payload);
// `name` is used in error messages (the file path). Throws cg::Error. The graph is frozen.
[[nodiscard]] ClaimGraph decodeSnapshot(std::string_view bytes, const std::string& name);

// Atomic write (temporary file, fsync, rename) and checked read of a .cg file.
void writeSnapshot(const ClaimGraph& g, const std::filesystem::path& path);
[[nodiscard]] ClaimGraph readSnapshot(const std::filesystem::path& path);

}  // namespace cg::graph
