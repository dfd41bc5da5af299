// Golden command-line cases, one per file in tests/golden/ (in the manner of Kùzu's test
// files and DuckDB's sqllogictest): an input, a command, its exit status and its exact
// output. Each expected output was written or reviewed line by line against the article,
// not pasted from a run unread. The format is in tests/golden/README.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "TestSupport.h"

namespace fs = std::filesystem;

namespace {

struct GoldenCase {
  std::vector<std::string> ingest;  // repo paths the graph is made from
  std::vector<std::string> args;    // claimgraph's arguments
  int exit = 0;
  std::string out, err;
};

// Splits a command line into words: blanks separate, '…' and "…" quote, nothing expands.
std::vector<std::string> words(const std::string& line, const fs::path& file) {
  std::vector<std::string> out;
  std::string word;
  bool inWord = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\'' || c == '"') {
      std::size_t close = line.find(c, i + 1);
      if (close == std::string::npos) throw std::runtime_error(file.string() + ": unclosed quote in: " + line);
      word += line.substr(i + 1, close - i - 1);
      inWord = true;
      i = close;
    } else if (c == ' ') {
      if (inWord) out.push_back(word);
      word.clear();
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) out.push_back(word);
  return out;
}

GoldenCase parseCase(const fs::path& file) {
  GoldenCase c;
  std::istringstream in(cg::test::slurp(file));
  std::string line;
  std::string* block = nullptr;
  while (std::getline(in, line)) {
    if (line == "---- stdout") {
      block = &c.out;
    } else if (line == "---- stderr") {
      block = &c.err;
    } else if (block) {
      block->append(line).append("\n");
    } else if (line.rfind("ingest ", 0) == 0) {
      c.ingest = words(line.substr(7), file);
    } else if (line.rfind("claimgraph ", 0) == 0) {
      c.args = words(line.substr(11), file);
    } else if (line.rfind("exit ", 0) == 0) {
      c.exit = std::stoi(line.substr(5));
    } else if (!line.empty() && line[0] != '#') {
      throw std::runtime_error(file.string() + ": line not understood: " + line);
    }
  }
  if (c.args.empty()) throw std::runtime_error(file.string() + ": no 'claimgraph' line");
  return c;
}

// One graph per distinct input, made once for the whole run.
fs::path graphFolder(const std::vector<std::string>& ingest) {
  static std::map<std::vector<std::string>, fs::path> made;
  if (auto it = made.find(ingest); it != made.end()) return it->second;
  fs::path dir = cg::test::tempDir("golden-" + std::to_string(made.size()));
  // Commands name repo files (drafts) as tests/...: the same paths from the graph's folder.
  fs::create_directory_symlink(cg::test::repo("tests"), dir / "tests");
  if (!ingest.empty()) {
    std::vector<std::string> args = {"ingest", "-q", "-o", (dir / "claims.cg").string()};
    args.insert(args.end(), ingest.begin(), ingest.end());
    auto r = cg::test::runArgv(args, cg::test::repo("."));
    if (r.status != 0) throw std::runtime_error("golden ingest failed: " + r.err);
  }
  return made.emplace(ingest, dir).first->second;
}

std::vector<fs::path> caseFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(cg::test::repo("tests/golden")))
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("golden command-line cases give their exact output and exit status", "[e2e][golden]") {
  auto files = caseFiles();
  REQUIRE(files.size() >= 10);
  for (const fs::path& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      GoldenCase c = parseCase(file);
      auto r = cg::test::runArgv(c.args, graphFolder(c.ingest));
      CHECK(r.status == c.exit);
      CHECK(r.out == c.out);
      CHECK(r.err == c.err);
    }
  }
}
