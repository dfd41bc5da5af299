// Which figures of different articles are one quantity, so that their different values contest each
// other (issue #13): a benchmark under its own name and under the subset every lab reports ("GPQA"
// and "GPQA Diamond"), a benchmark row under a heading that names the model it scores, and a
// market named by its words in one article and by its title in another. Each case is hand-built,
// so a test sets exactly the subject, scope, section and words that reasoning reads.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "reason/ClaimValues.h"
#include "reason/HandBuilt.h"

using namespace cg;
using cg::test::reasonOver;

namespace {

// One figure as an article gives it.
struct Figure {
  std::string subject;  // the claim's subject's name, or empty for none
  std::string text;     // its sentence or table row
  std::string measure;
  double value = 0;
  std::string written;
  std::string unit = "percent";
  std::string scope{};    // the benchmark it is a score on
  std::string heading{};  // the section it stands in, or empty for none
  std::string asOf{};     // the date its own words give
};

graph::DocumentBundle article(const std::string& slug, const std::vector<Figure>& figures) {
  graph::DocumentBundle b = test::emptyArticle(slug);
  for (const Figure& f : figures) {
    graph::ClaimRecord c;
    c.kind = graph::ClaimKind::kFigure;
    c.text = f.text;
    if (!f.subject.empty()) {
      c.subject = static_cast<int>(b.entities.size());
      b.entities.push_back({f.subject, f.subject, graph::EntityType::kProduct, {}, 1, true});
    }
    if (!f.heading.empty()) {
      c.section = static_cast<int>(b.sections.size());
      b.sections.push_back({f.heading, 3, graph::kNone, 1});
    }
    c.measure = f.measure;
    c.scope = f.scope;
    c.quantity = graph::Quantity{f.value, std::nullopt, std::nullopt, f.unit, false, graph::Bound::kExact, f.written};
    c.asOf = f.asOf;
    c.asOfFrom = f.asOf.empty() ? graph::AsOfFrom::kNone : graph::AsOfFrom::kText;
    test::cite(b, c, slug + " outlet", "https://" + slug + ".example/" + std::to_string(b.sources.size()));
    b.claims.push_back(c);
  }
  return b;
}

using test::setValues;
using Sets = test::SetValues;

Figure score(const std::string& model, const std::string& scope, double value, const std::string& written) {
  return {model, model + " | " + written, "benchmark score", value, written, "percent", scope};
}

}  // namespace

TEST_CASE("a benchmark's name and its reported subset are one benchmark, other variants are not",
          "[reason][contested][benchmark]") {
  CHECK(reason::benchmarkWords("GPQA Diamond") == reason::benchmarkWords("GPQA"));
  CHECK(reason::benchmarkWords("SWE-bench Verified") == reason::benchmarkWords("SWE-Bench"));
  CHECK(reason::benchmarkWords("MATH benchmark") == reason::benchmarkWords("MATH"));
  CHECK(reason::benchmarkWords("MMLU-Pro") != reason::benchmarkWords("MMLU"));
  CHECK(reason::benchmarkWords("SWE-bench Lite") != reason::benchmarkWords("SWE-bench"));
  CHECK(reason::benchmarkWords("AIME 2025") != reason::benchmarkWords("AIME 2024"));
  // A name that is only the subset's word stays itself.
  CHECK(reason::benchmarkWords("Diamond") == std::vector<std::string>{"diamond"});
}

TEST_CASE("a leaderboard column named for a benchmark contests its subset's score elsewhere",
          "[reason][contested][benchmark]") {
  auto g = reasonOver({article("rankings", {score("Quill 3", "GPQA", 50.4, "50.4%")}),
                       article("gpqa_diamond", {score("Quill 3", "GPQA Diamond", 60, "~60")})});
  CHECK(setValues(g) == Sets{{50.4, 60}});
  SECTION("but not a score on another variant") {
    auto h = reasonOver({article("rankings", {score("Quill 3", "MMLU", 85.7, "85.7%")}),
                         article("mmlu_pro", {score("Quill 3", "MMLU-Pro", 77.4, "77.4%")})});
    CHECK(h.contested().empty());
  }
}

TEST_CASE("a benchmark row under a heading that names a model is that model's score", "[reason][contested][subject]") {
  Figure row{"GPQA Diamond", "GPQA Diamond | 84.0% | Graduate-level science", "benchmark score", 84, "84.0%", "percent",
             "GPQA Diamond", "Quill 2.5 Pro Benchmarks (March 2025)"};
  auto g = reasonOver({article("quill", {row, {"Quill 2.5 Pro", "Quill 2.5 Pro launched.", "users", 1, "1"}}),
                       article("gpqa_diamond", {score("Quill 2.5 Pro", "GPQA Diamond", 86.4, "86.4")})});
  REQUIRE(setValues(g) == Sets{{84, 86.4}});
  CHECK(g.str(g.entities()[g.contested()[graph::ContestedId(0)].subject].name) == "Quill 2.5 Pro");
  SECTION("a heading that names no model leaves the row a benchmark's own figure") {
    row.heading = "Benchmarks and Performance";
    auto h = reasonOver(
        {article("quill", {row}), article("gpqa_diamond", {score("Quill 2.5 Pro", "GPQA Diamond", 86.4, "86.4")})});
    CHECK(h.contested().empty());
  }
}

TEST_CASE("a market named by its words and one named by its article's title are one market",
          "[reason][contested][market]") {
  Figure words{"AI",
               "The agentic AI market is projected to grow from $5.25 billion in 2024 to $199 billion by 2034.",
               "amount",
               5.25e9,
               "$5.25 billion",
               "USD"};
  words.asOf = "2024";
  Figure title{"",
               "Analysts project the market will surge from approximately $7.8 billion in 2024 to over $52 billion.",
               "cost",
               7.8e9,
               "approximately $7.8 billion",
               "USD"};
  title.asOf = "2024";
  graph::DocumentBundle agentic = article("agentic_ai", {title});
  agentic.document.title = "Agentic AI";
  auto g = reasonOver({article("tool_use", {words}), agentic});
  REQUIRE(setValues(g) == Sets{{5.25e9, 7.8e9}});
  CHECK_FALSE(g.contested()[graph::ContestedId(0)].subject.isValid());
  SECTION("a figure after another market's name sizes no market the sentence makes clear") {
    Figure two{"Acme",
               "The car market is about $10 trillion, but the robot market potential could reach $20 trillion.",
               "amount",
               2e13,
               "$20 trillion",
               "USD"};
    Figure car{"Acme", "The global car market is worth $10 trillion.", "amount", 1e13, "$10 trillion", "USD"};
    auto h = reasonOver({article("acme", {two}), article("cars", {car})});
    CHECK(h.contested().empty());
  }
}

TEST_CASE("the maker-prefix strip leaves a bare version number alone (Quill 2 and Wren 2 are not the product 2)",
          "[reason][contested][subject]") {
  // "Quill 2" and "Wren 2", each after an organization of its first word, with some entity named "2"
  // in the graph: the maker-prefix strip must not key both as the product "2".
  auto withMakerAndVersion = [](const std::string& slug, const std::string& maker, double tokens,
                                const std::string& written) {
    graph::DocumentBundle b = article(slug, {{maker + " 2", maker + " 2 has a " + written + " context window.",
                                              "context window", tokens, written, "tokens"}});
    b.entities.push_back({maker, maker, graph::EntityType::kOrganization, {}, 1, true});
    b.entities.push_back({"2", "2", graph::EntityType::kOrganization, {}, 1, true});
    return b;
  };
  auto g = reasonOver({withMakerAndVersion("quill", "Quill", 100000, "100,000-token"),
                       withMakerAndVersion("wren", "Wren", 4096, "4,096-token")});
  CHECK(g.contested().empty());
  CHECK_FALSE(reason::withoutMaker(g, *g.findEntity("Quill 2")).has_value());
}
