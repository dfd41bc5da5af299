#pragma once
// The .cg file: a versioned binary snapshot of a frozen ClaimGraph, used in place. Layout: a
// 32-byte header (magic "CLAIMGR\0", format version, flags, payload size, checksum of the
// payload), then the payload: a directory of parts (offset, bytes), then the parts, each on a
// 64-byte boundary of the file: the string pool, the per-kind tables, the CSR arrays and the
// lookup tables, and the word index (graph/WordIndex.h), as fixed-width little-endian arrays. readSnapshot maps the
// file and the graph reads its tables where they lie; only documents and entities (thousands) are built. Loading checks
// magic, version, size and checksum, then every part's bounds and every cross-reference, before the graph is handed
// out, so a truncated, corrupted or foreign file gets a clear error naming it instead of a crash. After the word
// index come the filter of the entity names' first words (HeadFilter), then the indices a later layer attached
// (ClaimGraph::attachIndex), named, checked by their reader where it reads them. Format 10 and older are refused by
// version (10 had no filter of first words; 9 a slower checksum and no attached indices; 8 no in-edges of claims; 7
// no claims by name words; 6 no scope on a claim's extra row; 5 no word index).

#include <filesystem>
#include <string>
#include <string_view>

#include "graph/ClaimGraph.h"

namespace cg::graph {

inline constexpr std::uint32_t kSnapshotVersion = 11;

[[nodiscard]] std::string encodeSnapshot(const ClaimGraph& g);
// The checksum the header holds for a payload (fuzzers forge headers for payloads with it).
[[nodiscard]] std::uint64_t snapshotChecksum(std::string_view payload);
// `name` is used in error messages (the file path). Throws cg::Error. The graph is frozen and
// reads a copy of `bytes` in place.
[[nodiscard]] ClaimGraph decodeSnapshot(std::string_view bytes, const std::string& name);

// Atomic write (temporary file, fsync, rename) and checked read of a .cg file: mapped read-only,
// checked, then read in place for the graph's life (a file replaced by a later write is a new
// file; the mapping keeps the old one).
void writeSnapshot(const ClaimGraph& g, const std::filesystem::path& path);
[[nodiscard]] ClaimGraph readSnapshot(const std::filesystem::path& path);

}  // namespace cg::graph
