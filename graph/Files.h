#pragma once
// Whole-file reads and crash-safe writes. A write goes to a temporary file beside the
// target, is flushed to disk, then renamed over it: a reader sees the old file or the
// new one, never half of one, and a failure leaves the old file byte-identical.

#include <filesystem>
#include <string>
#include <string_view>

namespace cg::graph {

// Throws cg::Error naming the path (missing, a folder, unreadable).
[[nodiscard]] std::string readFile(const std::filesystem::path& path);
// Throws cg::Error naming the path (missing folder, no permission, disk full).
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace cg::graph
