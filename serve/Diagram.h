#pragma once
// GraphViz rendering, without a shell: `dot -Tsvg` (or -Tpng) is started with an argument
// vector (posix_spawnp), fed the DOT on a pipe and read back on another; it is killed when it
// runs longer than the time given. Nothing is written to disk.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cg::serve {

// The picture in `format` ("svg" or "png"), or nullopt when dot is missing, fails, or takes
// longer than `limit`. Used by `serve` and by `export --format svg|png`.
[[nodiscard]] std::optional<std::string> renderDiagram(std::string_view dot, std::string_view format,
                                                       std::chrono::milliseconds limit);
// renderDiagram as SVG within 10 s: what one request of the server may cost.
[[nodiscard]] std::optional<std::string> renderSvg(std::string_view dot);

}  // namespace cg::serve
