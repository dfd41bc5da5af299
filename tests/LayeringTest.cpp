// The pipeline's folders include only what lies before them (docs/ARCHITECTURE.md):
// graph <- ingest <- reason <- query <- serve, cli. A header included across the grain is a
// loop in the design, so it fails here rather than in a reader's head.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "TestSupport.h"

namespace fs = std::filesystem;

namespace {

// Which of our folders each folder may include (itself always).
const std::map<std::string, std::set<std::string>> kMayInclude = {
    {"graph", {}},
    {"ingest", {"graph"}},
    {"reason", {"graph", "ingest"}},
    {"query", {"graph", "ingest", "reason"}},
    {"serve", {"graph", "ingest", "reason", "query"}},
    {"cli", {"graph", "ingest", "reason", "query", "serve"}},
};

// The folder a line includes from ("#include \"graph/ClaimGraph.h\"" -> graph), or empty.
std::string includedFolder(std::string_view line) {
  auto skipSpace = [&] {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  };
  skipSpace();
  if (!line.starts_with('#')) return {};
  line.remove_prefix(1);
  skipSpace();
  if (!line.starts_with("include")) return {};
  line.remove_prefix(7);
  skipSpace();
  if (!line.starts_with('"')) return {};
  line.remove_prefix(1);
  std::size_t slash = line.find('/');
  if (slash == std::string_view::npos || slash == 0) return {};
  std::string_view folder = line.substr(0, slash);
  for (char c : folder)
    if (c < 'a' || c > 'z') return {};
  return std::string(folder);
}

// The folders of ours that one file includes ("graph/ClaimGraph.h" -> graph).
std::set<std::string> includedFolders(const fs::path& file) {
  std::set<std::string> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line))
    if (std::string folder = includedFolder(line); kMayInclude.count(folder)) out.insert(folder);
  return out;
}

}  // namespace

TEST_CASE("each pipeline folder includes only the folders before it", "[layering]") {
  std::size_t files = 0;
  for (const auto& [folder, allowed] : kMayInclude) {
    fs::path dir = cg::test::repo(folder);
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      auto ext = entry.path().extension();
      if (ext != ".h" && ext != ".cpp") continue;
      ++files;
      for (const auto& used : includedFolders(entry.path())) {
        INFO(entry.path().string() << " includes " << used << "/");
        CHECK((used == folder || allowed.count(used) == 1));
      }
    }
  }
  CHECK(files > 30);
}
