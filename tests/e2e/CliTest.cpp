// End to end: the claimgraph binary as a user runs it; exit codes and messages of
// CONTRACT.md; every JSON it writes validated against its schema.
#include <catch2/catch.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "SchemaCheck.h"
#include "TestSupport.h"

using cg::test::quote;
using cg::test::repo;
using cg::test::runCli;

namespace {

// A temporary folder holding claims.cg of the seed article.
const std::filesystem::path& seedDir() { return cg::test::ingestedSeed("e2e-seed"); }

std::string schema(const std::string& name) { return repo("schemas/" + name).string(); }

}  // namespace

TEST_CASE("ingest prints a summary and writes claims.cg", "[e2e][ingest]") {
  auto dir = cg::test::tempDir("e2e-ingest");
  auto r = runCli("ingest " + quote(repo("corpus").string()), dir);
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("ingested 1 document"));
  CHECK_THAT(r.err, Catch::Contains("sources 18"));
  CHECK_THAT(r.err,
             Catch::Contains("citation markers 43, bound to a reference 43; dangling markers 0; unused references 0"));
  CHECK(std::filesystem::exists(dir / "claims.cg"));
}

TEST_CASE("the JSON export validates against the graph schema", "[e2e][export][schema]") {
  auto r = runCli("export --format json", seedDir());
  REQUIRE(r.status == 0);
  CHECK(cg::test::schemaErrors(schema("graph.schema.json"), r.out) == "");
  CHECK_THAT(r.out, Catch::Contains("\"schema\": \"claimgraph/1\""));
  CHECK_THAT(r.out, Catch::Contains("https://www.theregister.com/2025/09/19/deepseek_cost_train/"));
}

TEST_CASE("usage errors exit 2, input errors exit 1 with the file named", "[e2e][errors]") {
  auto dir = cg::test::tempDir("e2e-errors");
  CHECK(runCli("", dir).status == 2);
  CHECK(runCli("frobnicate", dir).status == 2);
  CHECK(runCli("export --format pdf", dir).status == 2);

  auto missing = runCli("ingest /nonexistent/article.md", dir);
  CHECK(missing.status == 2);  // CLI11 checks the path exists: a usage error
  CHECK_THAT(missing.err, Catch::Contains("/nonexistent/article.md"));

  std::filesystem::create_directories(dir / "empty-folder");
  auto empty = runCli("ingest empty-folder", dir);
  CHECK(empty.status == 1);
  CHECK_THAT(empty.err, Catch::Contains("empty-folder: folder holds no articles (.md, .wiki or .xml dump files)"));

  auto unwritable = runCli("ingest " + quote(repo("corpus").string()) + " -o missing/dir/claims.cg", dir);
  CHECK(unwritable.status == 1);
  CHECK_THAT(unwritable.err, Catch::Contains("missing/dir/claims.cg: cannot write: folder missing/dir does not exist"));

  {
    std::ofstream bad(dir / "bad.cg", std::ios::binary);
    bad << "CLAIMGR";
  }
  auto corrupt = runCli("export -g bad.cg", dir);
  CHECK(corrupt.status == 1);
  CHECK_THAT(corrupt.err, Catch::Contains("bad.cg: not a claimgraph snapshot"));

  auto noGraph = runCli("export -g nothing.cg", dir);
  CHECK(noGraph.status == 1);
  CHECK_THAT(noGraph.err, Catch::Contains("nothing.cg: cannot open: No such file or directory"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a failed ingest leaves the previous graph byte-identical", "[e2e][errors]") {
  auto dir = cg::test::tempDir("e2e-keep");
  REQUIRE(runCli("ingest " + quote(repo("corpus").string()), dir).status == 0);
  std::string before = cg::test::slurp(dir / "claims.cg");
  {
    std::ofstream junk(dir / "junk.md", std::ios::binary);
    junk << std::string("\x00\x01\x02\x03", 4);
  }
  auto r = runCli("ingest junk.md", dir);
  CHECK(r.status == 1);
  CHECK(r.err ==
        "claimgraph: junk.md:1: binary data (a NUL byte) where an article should be text; UTF-16 needs a "
        "byte-order mark\n");
  CHECK(cg::test::slurp(dir / "claims.cg") == before);
  std::filesystem::remove_all(dir);
}

TEST_CASE("--help shows an example for every command, --version the version", "[e2e][help]") {
  for (const char* cmd : {"ingest", "export", "who-claimed", "sources", "contested", "entity", "check"}) {
    INFO(cmd);
    auto r = runCli(std::string(cmd) + " --help");
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("Example"));
    CHECK_THAT(r.out, Catch::Contains("claimgraph " + std::string(cmd) + " "));
  }
  auto top = runCli("--help");
  CHECK(top.status == 0);
  for (const char* cmd : {"ingest", "export", "who-claimed", "sources", "contested", "entity", "check"})
    CHECK_THAT(top.out, Catch::Contains("\n  " + std::string(cmd) + " "));  // its row under Subcommands
  // The version is the project's, as CMakeLists.txt declares it.
  const std::string cmake = cg::test::slurp(repo("CMakeLists.txt"));
  const std::string declared = "project(claimgraph VERSION ";
  const std::size_t at = cmake.find(declared);
  REQUIRE(at != std::string::npos);
  const std::size_t from = at + declared.size();
  const std::string version = cmake.substr(from, cmake.find(' ', from) - from);
  auto v = runCli("--version");
  CHECK(v.status == 0);
  CHECK(v.out == "claimgraph " + version + "\n");
}

TEST_CASE("an output file name never reaches a shell", "[e2e][export][security]") {
  auto dir = cg::test::tempDir("e2e-shell");
  REQUIRE(runCli("ingest -q " + quote(repo("corpus").string()), dir).status == 0);
  const std::string name = "x'; touch PWNED; echo '.svg";
  // Quoted for the test's own shell with double quotes; the program sees the name as it is.
  auto r = runCli("export --format svg -o \"" + name + "\"", dir);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK_FALSE(std::filesystem::exists(dir / "PWNED"));
  CHECK_THAT(cg::test::slurp(dir / name), Catch::StartsWith("<?xml"));
  // Nothing but the graph and the picture: no temporary DOT or render file is left behind.
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a failed render writes nothing and says why", "[e2e][export][errors]") {
  auto dir = cg::test::tempDir("e2e-render");
  REQUIRE(runCli("ingest -q " + quote(repo("corpus").string()), dir).status == 0);
  auto r = runCli("export --format png -o missing/x.png", dir);
  CHECK(r.status == 1);
  CHECK(r.err == "claimgraph: missing/x.png: cannot write: folder missing does not exist\n");
  auto noDot = runCli("export --format svg -o a.svg", dir);  // with dot on PATH: written
  CHECK(noDot.status == 0);
  std::filesystem::remove(dir / "a.svg");
  auto hidden = cg::test::runCli("export --format svg -o b.svg", dir, "PATH=/nonexistent");
  CHECK(hidden.status == 1);
  CHECK_THAT(hidden.err, Catch::Contains("GraphViz's 'dot' failed, took over 5 minutes, or is not installed"));
  CHECK_FALSE(std::filesystem::exists(dir / "b.svg"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("check --file --json gives each checked sentence's line and a check answer", "[e2e][check][schema]") {
  auto r = runCli("check --json --file " + quote(repo("tests/fixtures/drafts/market_draft.md").string()), seedDir());
  REQUIRE(r.status == 0);
  rapidjson::Document d;
  REQUIRE_FALSE(d.Parse(r.out.c_str()).HasParseError());
  CHECK(std::string(d["file"].GetString()) == repo("tests/fixtures/drafts/market_draft.md").string());
  const auto& checks = d["checks"];
  REQUIRE(checks.Size() == 2);
  CHECK(checks[0]["line"].GetUint() == 3);
  CHECK(std::string(checks[0]["result"]["verdict"].GetString()) == "supported");
  CHECK(checks[1]["line"].GetUint() == 7);
  CHECK(std::string(checks[1]["result"]["verdict"].GetString()) == "refuted");
  // The sentences without a figure: "Markets were nervous." after line 3's first, and line 8.
  CHECK(d["sentences"].GetUint() == 4);
  CHECK(d["checked"].GetUint() == 2);
  const auto& unread = d["not_checked"];
  REQUIRE(unread.Size() == 2);
  CHECK(unread[0]["line"].GetUint() == 3);
  CHECK(unread[0]["index"].GetUint() == 2);
  CHECK(std::string(unread[0]["statement"].GetString()) == "Markets were nervous.");
  CHECK(unread[1]["line"].GetUint() == 8);
  CHECK(unread[1]["index"].GetUint() == 4);
  CHECK(cg::test::schemaErrors(schema("check-report.schema.json"), r.out) == "");
  for (const auto& c : checks.GetArray()) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    c["result"].Accept(writer);
    CHECK(cg::test::schemaErrors(schema("check.schema.json"), buffer.GetString()) == "");
  }
}

TEST_CASE("check --file on a draft without figures says that none was checked", "[e2e][check]") {
  auto dir = cg::test::tempDir("e2e-draft");
  {
    std::ofstream draft(dir / "plain.md");
    draft << "# Notes\n\nNothing to count here. Nor here.\n";
  }
  auto r = runCli("check --file plain.md -g " + quote((seedDir() / "claims.cg").string()), dir);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "plain.md:3: Nothing to count here.\nnot checked: no figure or checkable claim read\n"
        "plain.md:3: Nor here.\nnot checked: no figure or checkable claim read\n"
        "checked 0 of 2 sentences of plain.md\n");
  {
    std::ofstream headings(dir / "headings.md");
    headings << "# Notes\n\n| a table row with 17 percent |\n";
  }
  auto none = runCli("check --file headings.md -g " + quote((seedDir() / "claims.cg").string()), dir);
  CHECK(none.status == 0);
  CHECK(none.out == "no sentence of headings.md to check\n");
  std::filesystem::remove_all(dir);
}
