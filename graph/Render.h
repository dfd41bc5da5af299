#pragma once
// Renders a DOT diagram with GraphViz's `dot` program. The program is started with an
// argument vector (posix_spawnp), never through a shell, and the diagram travels through
// pipes: no file name, entity name or other text can reach a shell, and no temporary file
// is left behind on any path.

#include <string>
#include <string_view>

namespace cg::graph {

// `format` is one of GraphViz's output formats that we offer: "svg" or "png". Returns the
// rendered bytes. Throws cg::Error when `dot` is not installed, cannot start, or fails
// (with the first line of what it said).
[[nodiscard]] std::string renderDot(std::string_view dot, std::string_view format);

}  // namespace cg::graph
