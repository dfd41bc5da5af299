// `claimgraph ingest --diagnostics FILE`: every diagnostic of an ingest as JSON Lines, each line
// valid UTF-8 and valid against schemas/diagnostic.schema.json, written whole or not at all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "SchemaCheck.h"
#include "TestSupport.h"
#include "graph/Fold.h"

using cg::test::repo;
using cg::test::runArgv;
namespace fs = std::filesystem;

namespace {

// The fields of one line, as read back.
struct Line {
  std::string severity, code, file;
  int line = 0;  // 0: null
  std::string message;
  bool operator==(const Line&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Line& l) {
  return os << l.file << ":" << l.line << ": " << l.severity << ": " << l.message << " [" << l.code << "]";
}

// Splits JSON Lines text, checks each line against the schema and as UTF-8, and reads it back.
std::vector<Line> readLines(const std::string& text) {
  INFO(text);
  REQUIRE(!cg::graph::findInvalidUtf8(text));
  REQUIRE((text.empty() || text.back() == '\n'));
  std::vector<Line> lines;
  std::istringstream in(text);
  for (std::string json; std::getline(in, json);) {
    INFO(json);
    REQUIRE(cg::test::schemaErrors(repo("schemas/diagnostic.schema.json").string(), json) == "");
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    lines.push_back({doc["severity"].GetString(), doc["code"].GetString(), doc["file"].GetString(),
                     doc["line"].IsNull() ? 0 : doc["line"].GetInt(), doc["message"].GetString()});
  }
  return lines;
}

std::string fixture(const std::string& name) { return repo("tests/fixtures/diagnostics/" + name).string(); }

// The three fixtures' diagnostics, in the order their files are read (sorted by path).
const std::vector<Line> kFixtureLines = {
    {"error", "unreadable", fixture("binary.md"), 3,
     "binary data (a NUL byte) where an article should be text; UTF-16 needs a byte-order mark"},
    {"warning", "dangling-marker", fixture("markers.md"), 7, "marker [4] has no reference 4"},
    {"warning", "unused-reference", fixture("markers.md"), 15, "reference 3 is never cited in the text"},
    {"warning", "invalid-utf8", fixture("stray_byte.md"), 9, "invalid UTF-8 (1 bytes) replaced by U+FFFD"},
};

// Files in `dir`, by name (to see that nothing half-written or temporary is left).
std::vector<std::string> filesIn(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

}  // namespace

TEST_CASE("ingest --diagnostics writes every warning and error with its code, file and line", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-all");
  auto r = runArgv({"ingest", repo("tests/fixtures/diagnostics").string(), "--diagnostics", "all.jsonl"}, dir);
  REQUIRE(r.status == 0);
  CHECK(readLines(cg::test::slurp(dir / "all.jsonl")) == kFixtureLines);
  CHECK_THAT(r.err, Catch::Contains("  diagnostics 4 (all in all.jsonl), 1 file(s) skipped\n"));
  CHECK(filesIn(dir) == std::vector<std::string>{"all.jsonl", "claims.cg"});
  fs::remove_all(dir);
}

TEST_CASE("ingest --diagnostics - writes the lines to standard output, the summary stays on stderr",
          "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-stdout");
  auto r = runArgv({"ingest", repo("tests/fixtures/diagnostics").string(), "--diagnostics", "-"}, dir);
  REQUIRE(r.status == 0);
  CHECK(readLines(r.out) == kFixtureLines);
  CHECK_THAT(r.err, Catch::Contains("  diagnostics 4, 1 file(s) skipped\n"));
  CHECK(filesIn(dir) == std::vector<std::string>{"claims.cg"});
  fs::remove_all(dir);
}

TEST_CASE("ingest --diagnostics holds all of them where stderr shows the first 20", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-many");
  // 25 markers of references that do not exist, one a paragraph (lines 3, 5, ... 51), and a list
  // (line 55) whose one reference none of them cites.
  std::string article = "# Many markers\n\n";
  for (int n = 1; n <= 25; ++n)
    article += "Sentence " + std::to_string(n) + " cites a missing source. [" + std::to_string(n + 1) + "]\n\n";
  article += "## References\n\n1. Some Wire, \"A title,\" 2024. https://example.com/one\n";
  writeText(dir / "many.md", article);
  auto r = runArgv({"ingest", "many.md", "--diagnostics", "many.jsonl"}, dir);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("... and 6 more diagnostics\n"));  // 25 dangling, 1 unused
  std::vector<Line> lines = readLines(cg::test::slurp(dir / "many.jsonl"));
  REQUIRE(lines.size() == 26);
  for (int n = 1; n <= 25; ++n) {
    std::string ref = std::to_string(n + 1);
    CHECK(lines[n - 1] ==
          Line{"warning", "dangling-marker", "many.md", 2 * n + 1, "marker [" + ref + "] has no reference " + ref});
  }
  CHECK(lines[25] == Line{"warning", "unused-reference", "many.md", 55, "reference 1 is never cited in the text"});

  auto bare = runArgv({"ingest", "many.md"}, dir);
  CHECK_THAT(bare.err, Catch::Contains("... and 6 more diagnostics (--diagnostics FILE writes them all)\n"));
  fs::remove_all(dir);
}

TEST_CASE("a file name that is not UTF-8 is written as valid UTF-8 with U+FFFD", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-latin1-name");
  fs::copy_file(fixture("markers.md"), dir / "caf\xe9.md");
  auto r = runArgv({"ingest", "caf\xe9.md", "--diagnostics", "d.jsonl"}, dir);
  REQUIRE(r.status == 0);
  std::vector<Line> lines = readLines(cg::test::slurp(dir / "d.jsonl"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == Line{"warning", "dangling-marker", "caf\xef\xbf\xbd.md", 7, "marker [4] has no reference 4"});
  CHECK(lines[1].file == "caf\xef\xbf\xbd.md");
  fs::remove_all(dir);
}

TEST_CASE("an ingest without diagnostics writes an empty file, replacing an older one whole", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-none");
  writeText(dir / "d.jsonl", std::string(10000, 'x'));
  auto r = runArgv({"ingest", repo("corpus").string(), "--diagnostics", "d.jsonl"}, dir);
  REQUIRE(r.status == 0);
  CHECK(cg::test::slurp(dir / "d.jsonl").empty());
  CHECK(filesIn(dir) == std::vector<std::string>{"claims.cg", "d.jsonl"});
  fs::remove_all(dir);
}

TEST_CASE("a failed --strict ingest still writes its diagnostics, and no graph", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-strict");
  auto r =
      runArgv({"ingest", "--strict", repo("tests/fixtures/diagnostics").string(), "--diagnostics", "d.jsonl"}, dir);
  CHECK(r.status == 1);
  CHECK(r.err == "claimgraph: " + fixture("binary.md") +
                     ":3: binary data (a NUL byte) where an article should be text; UTF-16 needs a byte-order mark\n");
  // --strict stops at the first unreadable file: the diagnostics up to it.
  CHECK(readLines(cg::test::slurp(dir / "d.jsonl")) == std::vector<Line>{kFixtureLines[0]});
  CHECK(filesIn(dir) == std::vector<std::string>{"d.jsonl"});
  fs::remove_all(dir);
}

TEST_CASE("a --diagnostics path that cannot be written fails with its name and leaves nothing", "[cli][diagnostics]") {
  auto dir = cg::test::tempDir("diag-unwritable");
  std::string articles = repo("tests/fixtures/diagnostics").string();

  SECTION("its folder does not exist: refused before reading") {
    auto r = runArgv({"ingest", articles, "--diagnostics", "missing/d.jsonl"}, dir);
    CHECK(r.status == 1);
    CHECK(r.err == "claimgraph: missing/d.jsonl: cannot write: folder missing does not exist\n");
    CHECK(filesIn(dir).empty());
  }
  SECTION("it is a folder: the previous graph stays byte-identical, no temporary file is left") {
    REQUIRE(runArgv({"ingest", repo("corpus").string()}, dir).status == 0);
    std::string before = cg::test::slurp(dir / "claims.cg");
    fs::create_directory(dir / "taken");
    auto r = runArgv({"ingest", articles, "--diagnostics", "taken"}, dir);
    CHECK(r.status == 1);
    CHECK(r.err == "claimgraph: taken: cannot replace: Is a directory\n");
    CHECK(cg::test::slurp(dir / "claims.cg") == before);
    CHECK(filesIn(dir) == std::vector<std::string>{"claims.cg", "taken"});
    CHECK(fs::is_empty(dir / "taken"));
  }
  SECTION("a folder where no file can be made (/proc)") {
    auto r = runArgv({"ingest", articles, "--diagnostics", "/proc/claimgraph-diagnostics.jsonl"}, dir);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::StartsWith("claimgraph: /proc/claimgraph-diagnostics.jsonl: cannot write: "));
    CHECK(filesIn(dir).empty());
    CHECK(!fs::exists("/proc/claimgraph-diagnostics.jsonl"));
  }
  SECTION("the graph's own file") {
    auto r = runArgv({"ingest", articles, "-o", "g.cg", "--diagnostics", "g.cg"}, dir);
    CHECK(r.status == 1);
    CHECK(r.err == "claimgraph: --diagnostics and -o name the same file, g.cg\n");
    CHECK(filesIn(dir).empty());
  }
  fs::remove_all(dir);
}
