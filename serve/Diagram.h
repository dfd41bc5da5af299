#pragma once
// GraphViz rendering for the server, without a shell: `dot -Tsvg` is started with an argument
// vector (posix_spawnp), fed the DOT on a pipe and read back on another; it is killed when it
// runs longer than the time given. Nothing is written to disk.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cg::serve {

// The SVG, or nullopt when dot is missing, fails, or takes longer than `limit`.
[[nodiscard]] std::optional<std::string> renderSvg(std::string_view dot,
                                                   std::chrono::milliseconds limit = std::chrono::seconds(10));

}  // namespace cg::serve
