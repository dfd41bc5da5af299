// Wrong usage of the command line: exit 2 with a message that says what to type instead.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "TestSupport.h"

using cg::test::quote;
using cg::test::runCli;

TEST_CASE("a misspelt command names the nearest one", "[e2e][usage]") {
  auto r = runCli("who-claimd 589");
  CHECK(r.status == 2);
  CHECK(r.err ==
        "claimgraph: unknown command 'who-claimd'; did you mean who-claimed?\n"
        "Run 'claimgraph --help' for the list.\n");
  CHECK_THAT(runCli("sorces c:x:1").err,
             Catch::StartsWith("claimgraph: unknown command 'sorces'; did you mean sources?"));
  CHECK_THAT(runCli("contest").err, Catch::Contains("did you mean contested?"));
  auto far = runCli("xyzzy");
  CHECK(far.status == 2);
  CHECK_THAT(far.err, Catch::StartsWith("claimgraph: unknown command 'xyzzy'\n"));
}

TEST_CASE("an empty name, claim or text and --limit 0 are wrong usage", "[e2e][usage]") {
  auto dir = cg::test::ingestedSeed("usage");
  for (const char* args : {"entity ''", "sources ''", "who-claimed ''", "who-claimed x --limit 0",
                           "who-claimed x --limit -3", "check", "check 'NVIDIA fell 17 percent' --file draft.md"}) {
    INFO(args);
    auto r = runCli(args, dir);
    CHECK(r.status == 2);
    CHECK(r.out == "");
  }
  CHECK_THAT(runCli("entity ''", dir).err, Catch::Contains("name: must not be empty"));
  CHECK_THAT(runCli("who-claimed x --limit 0", dir).err, Catch::Contains("--limit: Value 0 not in range 1 to 1000000"));
  CHECK(runCli("who-claimed '589 billion' --limit 1", dir).status == 0);
}

TEST_CASE("a base IRI is for nquads and must be absolute", "[e2e][usage][rdf]") {
  auto dir = cg::test::ingestedSeed("usage");
  auto notIri = runCli("export --format nquads --base example.com/kg/", dir);
  CHECK(notIri.status == 1);
  CHECK(notIri.err ==
        "claimgraph: --base 'example.com/kg/' is not an absolute IRI (it should look like https://example.com/kg/)\n");
  auto json = runCli("export --format json --base https://kg.example/", dir);
  CHECK(json.status == 1);
  CHECK(json.err == "claimgraph: --base applies to nquads exports\n");
  auto nq = runCli("export --format nquads --base https://kg.example/x/", dir);
  CHECK(nq.status == 0);
  CHECK_THAT(nq.out, Catch::StartsWith("<https://kg.example/x/d:deepseek_market_crash> "));
  auto jsonl = runCli("export --format jsonl", dir);
  CHECK(jsonl.status == 0);
  CHECK(std::count(jsonl.out.begin(), jsonl.out.end(), '\n') == 51);
  CHECK_THAT(jsonl.out, Catch::StartsWith("{\"claim\":{\"id\":\"c:deepseek_market_crash:1\","));
}

TEST_CASE("a diagram too big to read is refused and a file name never reaches a shell", "[e2e][export]") {
  auto dir = cg::test::ingestedSeed("usage");
  auto big = runCli("export --format svg -o all.svg --max-nodes 10", dir);
  CHECK(big.status == 1);
  CHECK_THAT(big.err, Catch::StartsWith("claimgraph: the diagram would have more than 10 nodes"));
  CHECK_FALSE(std::filesystem::exists(dir / "all.svg"));
  auto hood = runCli("export --format svg --entity NVIDIA --depth 2 -o n.svg --max-nodes 5", dir);
  CHECK(hood.status == 1);
  CHECK_THAT(hood.err, Catch::StartsWith("claimgraph: the diagram would have more than 5 nodes"));
  CHECK_FALSE(std::filesystem::exists(dir / "n.svg"));
  std::string odd = "x $(touch pwned); `touch pwned` \"q\".svg";
  auto r = runCli("export --format svg --entity NVIDIA --depth 1 -o " + quote(odd), dir);
  CHECK(r.status == 0);
  CHECK_THAT(cg::test::slurp(dir / odd), Catch::Contains("<svg"));
  CHECK_FALSE(std::filesystem::exists(dir / "pwned"));
}

TEST_CASE("check --claimreview writes the verdict as schema.org ClaimReview", "[e2e][check]") {
  auto dir = cg::test::ingestedSeed("usage");
  auto r =
      runCli("check 'NVIDIA lost about 600 billion dollars of market value on January 27, 2025.' --claimreview", dir);
  REQUIRE(r.status == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["@context"].GetString()) == "https://schema.org");
  CHECK(std::string(d["@type"].GetString()) == "ClaimReview");
  CHECK(std::string(d["claimReviewed"].GetString()) ==
        "NVIDIA lost about 600 billion dollars of market value on January 27, 2025.");
  CHECK(std::string(d["reviewRating"]["alternateName"].GetString()) == "supported");
  const auto& appearances = d["itemReviewed"]["appearance"];
  REQUIRE(appearances.Size() == 3);
  CHECK(std::string(appearances[0]["publisher"]["name"].GetString()) == "CNBC");
  CHECK(std::string(appearances[0]["datePublished"].GetString()) == "2025-01-27");
  CHECK(runCli("check x --claimreview --json", dir).status == 2);
}
