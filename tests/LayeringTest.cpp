// The pipeline's folders include only what lies before them (docs/ARCHITECTURE.md):
// graph <- ingest <- reason <- query <- serve, cli. A header included across the grain is a
// loop in the design, so it fails here rather than in a reader's head.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

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

// The folders of ours that one file includes ("graph/ClaimGraph.h" -> graph).
std::set<std::string> includedFolders(const fs::path& file) {
  static const std::regex include(R"re(^\s*#\s*include\s*"([a-z]+)/)re");
  std::set<std::string> out;
  std::ifstream in(file);
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, include) && kMayInclude.count(m[1].str())) out.insert(m[1].str());
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
