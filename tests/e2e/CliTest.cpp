// End to end: the claimgraph binary as a user runs it; exit codes and messages of
// CONTRACT.md; every JSON it writes validated against its schema.
#include <catch2/catch.hpp>

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
  for (const char* cmd : {"ingest", "export"}) {
    auto r = runCli(std::string(cmd) + " --help");
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("claimgraph " + std::string(cmd)));
  }
  auto v = runCli("--version");
  CHECK(v.status == 0);
  CHECK_THAT(v.out, Catch::StartsWith("claimgraph 0."));
}
