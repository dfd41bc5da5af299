// End to end: the provenance queries and fact-checking on the bundled article, as a user
// runs them; every JSON answer validated against its schema.
#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include <set>

#include "SchemaCheck.h"
#include "TestSupport.h"

using cg::test::quote;
using cg::test::repo;
using cg::test::runCli;

namespace {

const std::filesystem::path& seedDir() { return cg::test::ingestedSeed("query-seed"); }

rapidjson::Document runJson(const std::string& args, const std::string& schemaName) {
  auto r = runCli(args + " --json", seedDir());
  INFO(args << "\n" << r.err);
  REQUIRE(r.status == 0);
  CHECK(cg::test::schemaErrors(repo("schemas/" + schemaName).string(), r.out) == "");
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE(d.IsObject());
  return d;
}

std::string verdictOf(const std::string& statement) {
  auto d = runJson("check " + quote(statement), "check.schema.json");
  return d["verdict"].GetString();
}

std::vector<std::string> publishersOf(const rapidjson::Value& sources) {
  std::vector<std::string> out;
  for (const auto& s : sources.GetArray()) out.emplace_back(s["publisher"].GetString());
  return out;
}

}  // namespace

TEST_CASE("who-claimed finds the 589 billion claims in any written form", "[e2e][who-claimed]") {
  for (const char* form : {"589 billion", "$589B", "589bn", "589 billion dollars"}) {
    INFO(form);
    auto d = runJson(std::string("who-claimed ") + quote(form), "who-claimed.schema.json");
    const auto& results = d["results"].GetArray();
    REQUIRE(results.Size() >= 2);
    bool cnbc = false;
    for (const auto& r : results) {
      CHECK(std::string(r["claim"]["quantity"]["unit"].GetString()) == "USD");
      for (const auto& c : r["claimants"].GetArray())
        if (std::string(c["name"].GetString()) == "CNBC") {
          cnbc = true;
          CHECK(r["contested"].GetBool());
          CHECK(publishersOf(r["sources"]) == std::vector<std::string>{"CNBC", "Yahoo Finance", "NBC News"});
        }
    }
    CHECK(cnbc);
  }
}

TEST_CASE("who-claimed matches a percentage against 'about 17 percent'", "[e2e][who-claimed]") {
  auto d = runJson("who-claimed 17%", "who-claimed.schema.json");
  // The two sentences' "about 17 percent" and the table's two "~17%" (NVIDIA's and Broadcom's), and nothing else.
  std::vector<std::string> seventeen;
  for (const auto& r : d["results"].GetArray()) {
    REQUIRE(r["claim"]["quantity"].IsObject());
    CHECK(r["claim"]["quantity"]["value"].GetDouble() == 17.0);
    CHECK(std::string(r["claim"]["quantity"]["unit"].GetString()) == "percent");
    seventeen.push_back(std::string(r["claim"]["id"].GetString()) + " " + r["claim"]["quantity"]["text"].GetString());
  }
  CHECK(seventeen == std::vector<std::string>{"c:deepseek_market_crash:1 about 17 percent",
                                              "c:deepseek_market_crash:13 about 17 percent",
                                              "c:deepseek_market_crash:21 ~17%", "c:deepseek_market_crash:23 ~17%"});
}

TEST_CASE("who-claimed finds an entity's claims by alias and words of a quote", "[e2e][who-claimed]") {
  auto byAlias = runJson("who-claimed Nadella", "who-claimed.schema.json");
  bool quoteFound = false;
  for (const auto& r : byAlias["results"].GetArray())
    if (r["claim"]["quote"].IsString() &&
        std::string(r["claim"]["quote"].GetString()).find("commodity we just can't get enough of") != std::string::npos)
      quoteFound = true;
  CHECK(quoteFound);
  auto byWords = runJson("who-claimed " + quote("Sputnik moment"), "who-claimed.schema.json");
  REQUIRE(byWords["results"].Size() >= 1);
  CHECK(std::string(byWords["results"][0]["claimants"][0]["name"].GetString()) == "Marc Andreessen");
  auto none = runJson("who-claimed " + quote("quantum teleportation"), "who-claimed.schema.json");
  CHECK(none["results"].Size() == 0);
}

TEST_CASE("check answers the five statements of the brief", "[e2e][check]") {
  CHECK(verdictOf("NVIDIA lost about 590 billion dollars of market value on January 27, 2025") == "supported");
  CHECK(verdictOf("NVIDIA lost 300 billion dollars of market value on January 27, 2025") == "refuted");
  CHECK(verdictOf("DeepSeek spent 5.6 million dollars to train DeepSeek V3") == "conflicting");
  CHECK(verdictOf("The Nasdaq Composite fell about 3.1 percent") == "supported");
  CHECK(verdictOf("Apple released a car in 2025") == "not_enough_evidence");
}

TEST_CASE("check cites the sources behind its verdict and names the disagreeing estimate", "[e2e][check]") {
  auto loss = runJson("check " + quote("NVIDIA lost about 590 billion dollars of market value on January 27, 2025"),
                      "check.schema.json");
  // Each agreeing claim with its claimants and the publishers of the references it cites.
  std::vector<std::string> evidence;
  for (const auto& e : loss["evidence"].GetArray()) {
    std::string row = std::string(e["claim"]["id"].GetString()) + (e["agrees"].GetBool() ? " agrees" : " differs") +
                      (e["context"].GetBool() ? " (context)" : "") + " |";
    for (const auto& c : e["claimants"].GetArray()) row += std::string(" ") + c["name"].GetString();
    row += " |";
    for (const auto& p : publishersOf(e["sources"])) row += " " + p;
    evidence.push_back(row);
  }
  CHECK(evidence == std::vector<std::string>{
                        "c:deepseek_market_crash:2 agrees | | CNBC Yahoo Finance NBC News",
                        "c:deepseek_market_crash:14 agrees | | CNBC Yahoo Finance NBC News",
                        "c:deepseek_market_crash:15 agrees | CNBC | CNBC Yahoo Finance NBC News",
                        "c:deepseek_market_crash:16 agrees | Reuters | CNBC Yahoo Finance NBC News",
                        "c:deepseek_market_crash:17 agrees | | CNBC Yahoo Finance NBC News",
                        "c:deepseek_market_crash:22 agrees | | CNBC Yahoo Finance",
                    });
  auto cost = runJson("check " + quote("DeepSeek spent 5.6 million dollars to train DeepSeek V3"), "check.schema.json");
  CHECK_THAT(cost["explanation"].GetString(), Catch::Contains("1.6 billion USD") && Catch::Contains("SemiAnalysis"));
  auto refuted = runJson("check " + quote("NVIDIA lost 300 billion dollars of market value on January 27, 2025"),
                         "check.schema.json");
  CHECK(refuted["difference"].GetDouble() == Approx(300e9 - 589e9));
}

TEST_CASE("a bare fall of a company is weighed against its price falls", "[e2e][check]") {
  // "Broadcom fell" names no price: read as a decrease, it still meets the table's "down ~17%" under
  // "Company / index" in the selloff section, which the row's header makes a price fall.
  auto d = runJson("check " + quote("Broadcom fell about 40 percent on January 27, 2025"), "check.schema.json");
  CHECK(std::string(d["reading"]["measure"].GetString()) == "decrease");
  CHECK(std::string(d["verdict"].GetString()) == "refuted");
  CHECK_THAT(d["explanation"].GetString(), Catch::Contains("17 percent"));
  CHECK(verdictOf("Broadcom fell about 17 percent on January 27, 2025") == "supported");
}

TEST_CASE("check --file reports every sentence of a draft, checked or not, and counts them", "[e2e][check]") {
  auto dir = seedDir();
  {
    std::ofstream draft(dir / "draft.md");
    draft << "NVIDIA lost about 590 billion dollars of market value.\nThe weather was nice.\n"
             "The Nasdaq Composite fell about 9 percent.\n";
  }
  auto r = runCli("check --file draft.md", dir);
  CHECK(r.status == 0);
  // Each checked sentence is repeated before its reading and verdict.
  CHECK_THAT(r.out, Catch::Contains("draft.md:1: NVIDIA lost about 590 billion dollars of market value.\n"
                                    "read as: NVIDIA \u00b7 market value lost \u00b7 about 590 billion dollars \u00b7 "
                                    "any date\nsupported: "));
  CHECK_THAT(r.out, Catch::Contains("draft.md:3: The Nasdaq Composite fell about 9 percent.\nread as: "));
  CHECK_THAT(r.out, Catch::Contains("\nrefuted: The graph gives a different price fall for Nasdaq Composite"));
  // A sentence with no figure is listed where it stands, as not checked; a closing line counts both.
  CHECK_THAT(r.out, Catch::Contains("\ndraft.md:2: The weather was nice.\n"
                                    "not checked: no figure or checkable claim read\n"
                                    "draft.md:3: The Nasdaq Composite fell about 9 percent.\n"));
  CHECK_THAT(r.out, Catch::EndsWith("\nchecked 2 of 3 sentences of draft.md\n"));
  auto json = runCli("check --file draft.md --json", dir);
  CHECK(cg::test::schemaErrors(repo("schemas/check-report.schema.json").string(), json.out) == "");
  rapidjson::Document drafted;
  drafted.Parse(json.out.c_str());
  REQUIRE(drafted.IsObject());
  CHECK(drafted["sentences"].GetUint() == 3);
  CHECK(drafted["checked"].GetUint() == 2);
  REQUIRE(drafted["checks"].Size() == 2);
  CHECK(drafted["checks"][1]["index"].GetUint() == 3);
  REQUIRE(drafted["not_checked"].Size() == 1);
  CHECK(drafted["not_checked"][0]["line"].GetUint() == 2);
  CHECK(drafted["not_checked"][0]["index"].GetUint() == 2);
  CHECK(std::string(drafted["not_checked"][0]["statement"].GetString()) == "The weather was nice.");
  CHECK(std::string(drafted["not_checked"][0]["reason"].GetString()) == "no figure or checkable claim read");
  // One statement per line, no full stops: each line is still checked on its own.
  {
    std::ofstream lines(dir / "lines.txt");
    lines << "NVIDIA lost about 590 billion dollars of market value\nThe Nasdaq Composite fell about 3.1 percent\n";
  }
  auto perLine = runCli("check --file lines.txt --json", dir);
  CHECK(perLine.status == 0);
  CHECK(cg::test::schemaErrors(repo("schemas/check-report.schema.json").string(), perLine.out) == "");
  rapidjson::Document report;
  report.Parse(perLine.out.c_str());
  REQUIRE(report.IsObject());
  REQUIRE(report["checks"].Size() == 2);
  CHECK(report["checks"][1]["line"].GetInt() == 2);
  CHECK(std::string(report["checks"][1]["result"]["verdict"].GetString()) == "supported");
}

TEST_CASE("sources walks a claim back to its references and publishers", "[e2e][sources]") {
  auto hits = runJson("who-claimed 592.7bn", "who-claimed.schema.json");
  REQUIRE(hits["results"].Size() >= 1);
  std::string id = hits["results"][0]["claim"]["id"].GetString();
  auto d = runJson("sources " + id, "sources.schema.json");
  CHECK(d["location"]["line"].GetInt() == 26);
  CHECK(std::string(d["location"]["section"].GetString()) == "The January 27 selloff");
  CHECK(publishersOf(d["sources"]) == std::vector<std::string>{"CNBC", "Yahoo Finance", "NBC News"});
  CHECK(d["related"].Size() >= 3);
  auto missing = runCli("sources c:deepseek_market_crash:9999", seedDir());
  CHECK(missing.status == 1);
  CHECK_THAT(missing.err, Catch::Contains("no claim 'c:deepseek_market_crash:9999'"));
}

TEST_CASE("entity shows type, aliases, relations and claims", "[e2e][entity]") {
  auto d = runJson("entity Nadella", "entity.schema.json");
  CHECK(std::string(d["entity"]["name"].GetString()) == "Satya Nadella");
  CHECK(std::string(d["entity"]["type"].GetString()) == "person");
  REQUIRE(d["entity"]["aliases"].Size() == 1);
  CHECK(std::string(d["entity"]["aliases"][0].GetString()) == "Nadella");
  // The claims he makes: his Jevons quotation, and the statement that names him among the praisers.
  REQUIRE(d["claimed"].Size() == 2);
  CHECK(std::string(d["claimed"][0]["kind"].GetString()) == "quote");
  CHECK_THAT(d["claimed"][0]["quote"].GetString(), Catch::EndsWith("a commodity we just can't get enough of"));
  CHECK(std::string(d["claimed"][1]["kind"].GetString()) == "statement");
  CHECK(d["about"].Size() == 3);
  bool ceo = false;
  for (const auto& r : d["relations"].GetArray())
    if (std::string(r["relation"].GetString()) == "chief executive of" &&
        std::string(r["entity"]["name"].GetString()) == "Microsoft")
      ceo = true;
  CHECK(ceo);
  auto liang = runJson("entity " + quote("Liang Wenfeng"), "entity.schema.json");
  std::set<std::string> founded;
  for (const auto& r : liang["relations"].GetArray())
    founded.insert(std::string(r["relation"].GetString()) + " " + r["entity"]["name"].GetString());
  CHECK(founded.count("founded DeepSeek") == 1);
  CHECK(founded.count("co-founded High-Flyer") == 1);
  CHECK(runCli("entity Nobody", seedDir()).status == 1);
}

TEST_CASE("contested lists both sets of the seed with the best-supported value", "[e2e][contested]") {
  auto d = runJson("contested", "contested.schema.json");
  REQUIRE(d["contested"].Size() == 2);
  const auto& loss = d["contested"][0];
  CHECK(std::string(loss["kind"].GetString()) == "discrepancy");
  CHECK(std::string(loss["subject"]["name"].GetString()) == "NVIDIA");
  CHECK(loss["values"].Size() == 3);
  CHECK_THAT(loss["best_reason"].GetString(),
             Catch::Contains("589 billion USD") && Catch::Contains("Yahoo Finance's own headline"));
  const auto& cost = d["contested"][1];
  CHECK(std::string(cost["kind"].GetString()) == "scope");
  CHECK_THAT(cost["reason"].GetString(), Catch::Contains("5.6 million USD (training cost, per DeepSeek)") &&
                                             Catch::Contains("1.6 billion USD") && Catch::Contains("per SemiAnalysis"));
  auto nvidia = runJson("contested --entity NVIDIA", "contested.schema.json");
  REQUIRE(nvidia["contested"].Size() == 1);  // the loss, not the training cost
  CHECK(std::string(nvidia["contested"][0]["id"].GetString()) == "x:1");
  CHECK(std::string(nvidia["contested"][0]["subject"]["name"].GetString()) == "NVIDIA");
  auto text = runCli("contested", seedDir());
  CHECK_THAT(text.out, Catch::Contains("x:1  discrepancy  NVIDIA / market value lost"));
}

TEST_CASE("the DOT export renders with GraphViz without warnings", "[e2e][dot]") {
  auto dot = runCli("export --format dot", seedDir());
  REQUIRE(dot.status == 0);
  CHECK_THAT(dot.out, Catch::Contains("NVIDIA") && Catch::Contains("CNBC") && Catch::Contains("CONTESTED"));
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    WARN("GraphViz is not installed; rendering not checked");
    return;
  }
  auto svg = runCli("export --format svg -o seed.svg", seedDir());
  CHECK(svg.status == 0);
  CHECK(svg.err.empty());
  std::string rendered = cg::test::slurp(seedDir() / "seed.svg");
  CHECK_THAT(rendered, Catch::Contains("<svg") && Catch::Contains("NVIDIA") && Catch::Contains("CNBC"));
  auto hood = runCli("export --format dot --entity NVIDIA --depth 1", seedDir());
  CHECK(hood.status == 0);
  CHECK(hood.out.size() < dot.out.size());
  auto nobody = runCli("export --format dot --entity Nobody", seedDir());
  CHECK(nobody.status == 1);
}

TEST_CASE("a reference left empty in the list is named the same way in text answers and DOT", "[e2e][sources]") {
  auto dir = cg::test::tempDir("empty-reference");
  std::ofstream(dir / "acme.md")
      << "# Acme\n\nAcme Corp raised $40 million in 2024.[1] Acme Corp hired 120 people.[2]\n\n"
         "## References\n\n1.\n2. Wire, \"Hiring,\" 2024. https://w.example/h\n";
  REQUIRE(runCli("ingest acme.md -o claims.cg", dir).status == 0);
  auto answer = runCli("who-claimed " + quote("40 million"), dir);
  REQUIRE(answer.status == 0);
  CHECK_THAT(answer.out, Catch::Contains("[1] (left empty in the article's reference list)"));
  auto dot = runCli("export --format dot", dir);
  REQUIRE(dot.status == 0);
  CHECK_THAT(dot.out, Catch::Contains("label=\"[1] (left empty in the article's reference list)\""));
  CHECK_THAT(dot.out, Catch::Contains("label=\"[2] Wire, 2024\""));
}
