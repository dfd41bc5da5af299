// What makes a contested set a real disagreement (issue #13): whose figure it is (a variant in a
// table row, a tier, a label), which figures are values of the measure at all (parts, deals that
// did not happen, aims), and when values far apart or of one sentence are still one quantity.
// Each case is a pair of hand-built articles, so a test sets exactly the text, subject, measure,
// written form and date that reasoning reads.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "reason/ClaimValues.h"
#include "reason/HandBuilt.h"
#include "reason/Reason.h"

using namespace cg;
using cg::test::reasonOver;

namespace {

// One figure claim as an article gives it.
struct Row {
  std::string subject;  // the claim's subject's name
  std::string text;     // its sentence or table row
  std::string measure;
  double value = 0;
  std::string written;  // the quantity's words
  std::string unit = "count";
  std::string asOf{};  // the date its own words give, or empty
  std::optional<std::pair<double, double>> range{};
  graph::Bound bound = graph::Bound::kExact;
};

// An article holding `rows`, each citing a source of its own (so every figure is supported).
graph::DocumentBundle article(const std::string& slug, const std::vector<Row>& rows) {
  graph::DocumentBundle b = test::emptyArticle(slug);
  for (const Row& r : rows) {
    int subject = -1;
    for (std::size_t e = 0; e < b.entities.size(); ++e)
      if (b.entities[e].name == r.subject) subject = static_cast<int>(e);
    if (subject < 0) {
      subject = static_cast<int>(b.entities.size());
      b.entities.push_back({r.subject, r.subject, graph::EntityType::kProduct, {}, 1, true});
    }
    graph::ClaimRecord c;
    c.kind = graph::ClaimKind::kFigure;
    c.text = r.text;
    c.subject = subject;
    c.measure = r.measure;
    std::optional<double> low, high;
    if (r.range) low = r.range->first, high = r.range->second;
    c.quantity = graph::Quantity{
        r.range ? std::nullopt : std::optional<double>(r.value), low, high, r.unit, false, r.bound, r.written};
    c.asOf = r.asOf;
    c.asOfFrom = r.asOf.empty() ? graph::AsOfFrom::kNone : graph::AsOfFrom::kText;
    const std::string ref = std::to_string(b.sources.size() + 1);
    test::cite(b, c, slug + " outlet " + ref, "https://" + slug + ".example/" + ref);
    b.claims.push_back(c);
  }
  return b;
}

using test::setValues;
using Sets = test::SetValues;

}  // namespace

TEST_CASE("a table row headed by a variant of the subject is about the variant", "[reason][contested][subject]") {
  // "Quill" collects the windows of its models; per model the articles agree.
  auto g = reasonOver(
      {article("a",
               {{"Quill", "Quill 1.5 Pro | 2,000,000 tokens | 8,192 tokens", "context window", 2e6, "2,000,000 tokens"},
                {"Quill", "Quill 2.5 Flash | 1,048,576 tokens | 65,536 tokens", "context window", 1048576,
                 "1,048,576 tokens"}}),
       article("b",
               {{"Quill", "Quill 2.5 Flash | ~1,000,000 tokens | 2025", "context window", 1e6, "~1,000,000 tokens"},
                {"Quill", "Quill-1.5 Pro | 1,000,000 tokens | 2024", "context window", 1e6, "1,000,000 tokens"}})});
  // Only Quill 1.5 Pro (hyphen or space alike) disagrees with itself: 2,000,000 against 1,000,000.
  CHECK(setValues(g) == Sets{{2e6, 1e6}});
}

TEST_CASE("a row headed by a maker's model name is that model, however another article names it",
          "[reason][contested][subject]") {
  // "Tallis Wren 2 | ..." read as about its maker Tallis is the model another article calls "Wren 2"
  // (also called "Tallis Wren 2"): one subject, so their windows are set against each other.
  graph::DocumentBundle a =
      article("a", {{"Tallis", "Tallis Wren 2 | 2,000,000 tokens", "context window", 2e6, "2,000,000 tokens"}});
  a.entities[0].type = graph::EntityType::kOrganization;
  graph::DocumentBundle b =
      article("b", {{"Wren 2", "Wren 2 has a 1,000,000 token window.", "context window", 1e6, "1,000,000 token"}});
  b.entities[0].aliases = {"Tallis Wren 2"};
  auto g = reasonOver({std::move(a), std::move(b)});
  CHECK(setValues(g) == Sets{{2e6, 1e6}});
}

TEST_CASE("a row naming the subject with another is about the subject", "[reason][contested][subject]") {
  auto g = reasonOver({article("a", {{"Quill 4", "Quill 4 | July 2025 | 256,000 tokens (API)", "context window", 256000,
                                      "256,000 tokens", "count", "2025-07"}}),
                       article("b", {{"Quill 4", "Quill 4 & Quill Heavy | July 9, 2025 | 2 million tokens",
                                      "context window", 2e6, "2 million tokens", "count", "2025-07-09"}})});
  // 7.8x apart, but both dated to July 2025 by their own words: one quantity, contested.
  CHECK(setValues(g) == Sets{{256000, 2e6}});
}

TEST_CASE("values far apart are one quantity only when both are dated to one month", "[reason][contested]") {
  auto g = reasonOver({article("a", {{"Quill 4", "Quill 4 | 256,000 tokens", "context window", 256000, "256,000 tokens",
                                      "count", "2025"}}),
                       article("b", {{"Quill 4", "Quill 4 | 2 million tokens", "context window", 2e6,
                                      "2 million tokens", "count", "2025-07-09"}})});
  CHECK(g.contested().empty());
  // Both dated to July 2025: one quantity, and the two values are contested.
  auto h = reasonOver({article("a", {{"Quill 4", "Quill 4 | 256,000 tokens", "context window", 256000, "256,000 tokens",
                                      "count", "2025-07"}}),
                       article("b", {{"Quill 4", "Quill 4 | 2 million tokens", "context window", 2e6,
                                      "2 million tokens", "count", "2025-07-09"}})});
  CHECK(setValues(h) == Sets{{256000, 2e6}});
}

TEST_CASE("a tier name is a tier of its article's product, not one subject across articles",
          "[reason][contested][subject]") {
  SECTION("a tier as subject") {
    auto g = reasonOver({article("a", {{"Pro", "Pro | $20/month", "price per month", 20, "$20/month", "USD/month"}}),
                         article("b", {{"Pro", "Pro | $30/month", "price per month", 30, "$30/month", "USD/month"}})});
    CHECK(g.contested().empty());
  }
  SECTION("a row headed by a tier against the product's own figure") {
    auto g = reasonOver({article("a", {{"Quill", "Quill | $5-15", "cost", 10, "$5-15", "USD"}}),
                         article("b", {{"Quill", "Plus | $20", "cost", 20, "$20", "USD"}})});
    CHECK(g.contested().empty());
  }
}

TEST_CASE("a subject that is the measure's own label is no owner", "[reason][contested][subject]") {
  auto g = reasonOver(
      {article("a",
               {{"Context window", "Context window | 200,000 tokens", "context window", 200000, "200,000 tokens"}}),
       article("b", {{"Context window", "Context window | 128K tokens", "context window", 128000, "128K tokens"}})});
  CHECK(g.contested().empty());
  // An abbreviation the sentence gives for the measure's words is its label too.
  auto h = reasonOver({article("a", {{"CAGR", "The market grows at a compound annual growth rate (CAGR) of 18.8%.",
                                      "growth", 18.8, "18.8%", "percent"}}),
                       article("b", {{"CAGR", "Another market grows at a compound annual growth rate (CAGR) of 31.2%.",
                                      "growth", 31.2, "31.2%", "percent"}})});
  CHECK(h.contested().empty());
}

TEST_CASE("counts of different things and a noun's count are not contested", "[reason][contested]") {
  SECTION("images per second against chips, both typed as GPU count") {
    auto g = reasonOver(
        {article("a", {{"Halvard", "Halvard A1 | 7,850 images/sec", "GPU count", 7850, "7,850 images"}}),
         article("b", {{"Halvard", "Halvard bought 10,000 A1 chips.", "GPU count", 10000, "10,000 A1 chips"}})});
    CHECK(g.contested().empty());
  }
  SECTION("a count named only by its noun") {
    auto g = reasonOver(
        {article("a", {{"Exam", "Exam has 30 total problems.", "number of problems", 30, "30 total problems"}}),
         article("b",
                 {{"Exam", "Exam: a successor with 15 new problems.", "number of problems", 15, "15 new problems"}})});
    CHECK(g.contested().empty());
  }
}

TEST_CASE("a benchmark's size, said of it by name, is one quantity across articles", "[reason][contested]") {
  auto scored = article("scores", {{"Quill 2", "Quill 2 | 61.2%", "benchmark score", 61.2, "61.2%", "percent"}});
  scored.claims[0].scope = "Webtrail";
  const auto sized = article(
      "b", {{"Webtrail", "Webtrail | Multi-site environment | 812 tasks", "number of tasks", 812, "812 tasks"}});
  const std::string listed =
      "Webtrail: tests web navigation across 684 tasks spanning shopping (187 tasks), admin (182).";
  const auto broken = article("a", {{"Webtrail", listed, "number of tasks", 684, "684 tasks"},
                                    {"Webtrail", listed, "number of tasks", 187, "187 tasks"},
                                    {"Webtrail", listed, "number of tasks", 182, "182"}});
  SECTION("its whole against its whole; the parts of a breakdown, bare counts too, are parts") {
    CHECK(setValues(reasonOver({scored, broken, sized})) == Sets{{684, 812}});
  }
  SECTION("not of a name no score is on") { CHECK(reasonOver({broken, sized}).contested().empty()); }
  SECTION("not a count only its article's context, a split's row or a variant's name gives it") {
    for (const std::string& text :
         {"Median human score: 700 tasks solved", "Test split | 700 tasks", "Webtrail-X extends it to 700 tasks."})
      CHECK(reasonOver({scored, article("a", {{"Webtrail", text, "number of tasks", 700, "700 tasks"}}), sized})
                .contested()
                .empty());
  }
}

TEST_CASE("a benchmark's own row naming a scored model after a bare percentage is that model's score",
          "[reason][contested][subject]") {
  auto scored = article("scores", {{"Quill 2", "Quill 2 | 61.2%", "benchmark score", 61.2, "61.2%", "percent"}});
  scored.claims[0].scope = "Webtrail";
  const auto progression = [](const std::string& row) {
    return article("webtrail", {{"Webtrail", row, "percentage", 55, "55.0%", "percent"},
                                {"Webtrail", row, "percentage", 9, "+9%", "percent"}});
  };
  CHECK(setValues(reasonOver({scored, progression("Mid 2024 | 55.0% | Quill 2 | +9%")})) == Sets{{61.2, 55}});
  CHECK(reasonOver({scored, progression("Mid 2024 | 55.0% | Human experts | +9%")}).contested().empty());
}

TEST_CASE("an investment its words do not date is the investor's total, and a dated one a tranche",
          "[reason][contested]") {
  const auto total = article(
      "a", {{"Keystone", "Keystone: $14 billion total investment", "total investment", 14e9, "$14 billion", "USD"}});
  SECTION("undated") {
    auto g = reasonOver(
        {total, article("b", {{"Keystone", "Via $13B Orbital investment", "investment", 13e9, "$13B", "USD"}})});
    CHECK(setValues(g) == Sets{{14e9, 13e9}});
  }
  SECTION("dated by its own words") {
    auto g =
        reasonOver({total, article("b", {{"Keystone", "In January 2023, Keystone announced a $10 billion investment.",
                                          "investment", 10e9, "$10 billion", "USD", "2023-01"}})});
    CHECK(g.contested().empty());
  }
}

TEST_CASE("a part, a deal that did not happen and an aim are no values of the measure", "[reason][contested]") {
  SECTION("a part the sentence names as one") {
    auto g = reasonOver(
        {article("a", {{"Orbital Labs", "Orbital Labs had 1,200 employees, including 900 tutors.", "employees", 900,
                        "900 tutors"}}),
         article("b", {{"Orbital Labs", "Orbital Labs has 1,200 staff.", "employees", 1200, "1,200 staff"}})});
    CHECK(g.contested().empty());
  }
  SECTION("a deal that collapsed") {
    auto g = reasonOver(
        {article("a", {{"Windvane", "Halvard agreed to acquire Windvane for $3 billion, though the deal collapsed.",
                        "acquisition price", 3e9, "$3 billion", "USD"}}),
         article("b", {{"Windvane", "Keystone hired Windvane's founders in a $2.4 billion deal.", "acquisition price",
                        2.4e9, "$2.4 billion", "USD"}})});
    CHECK(g.contested().empty());
  }
  SECTION("an aim against a report") {
    auto g = reasonOver({article("a", {{"Quill", "Quill had 600 million monthly users in December 2024.", "users",
                                        600e6, "600 million monthly users", "count", "2024-12"}}),
                         article("b", {{"Quill", "Reaching one billion Quill users", "users", 1e9,
                                        "one billion Quill users", "count", "2024"}})});
    CHECK(g.contested().empty());
  }
}

TEST_CASE("an undated value within a dated series of a moving measure contests none of it", "[reason][contested]") {
  auto series = article(
      "a", {{"Orbital Labs", "December 2024 | $50 billion", "valuation", 50e9, "$50 billion", "USD", "2024-12"},
            {"Orbital Labs", "September 2025 | $200 billion", "valuation", 200e9, "$200 billion", "USD", "2025-09"}});
  SECTION("within the span: placed") {
    auto g = reasonOver({series, article("b", {{"Orbital Labs", "Orbital Labs, valued at $113 billion", "valuation",
                                                113e9, "$113 billion", "USD"}})});
    CHECK(g.contested().empty());
  }
  SECTION("beyond it: contested") {
    auto g = reasonOver({series, article("b", {{"Orbital Labs", "Orbital Labs, valued at $260 billion", "valuation",
                                                260e9, "$260 billion", "USD"}})});
    CHECK(setValues(g) == Sets{{200e9, 260e9}});
  }
}

TEST_CASE("a range a sentence gives as different accounts is its ends, from different voices", "[reason][contested]") {
  const std::string text =
      "In early 2025, Orbital Labs had over 1,200 employees, including 900 tutors, though estimates vary with some "
      "sources reporting 700 to 4,000 employees.";
  auto g = reasonOver({article("a", {{"Orbital Labs", text, "employees", 1200, "over 1,200 employees", "count", "2025",
                                      std::nullopt, graph::Bound::kAtLeast},
                                     {"Orbital Labs", text, "employees", 900, "900 tutors", "count", "2025"},
                                     {"Orbital Labs", text, "employees", 2350, "700 to 4,000 employees", "count",
                                      "2025", std::pair(700.0, 4000.0)}})});
  CHECK(setValues(g) == Sets{{1200, 2350}});
  auto readings = reason::writtenReadings(g, graph::ClaimId(2));
  REQUIRE(readings.size() == 2);
  CHECK(readings[0] == std::pair<double, double>(699.5, 700.5));
  CHECK(readings[1].first == 3999.5);
  CHECK(reason::writtenReadings(g, graph::ClaimId(0)).size() == 1);
}

TEST_CASE("a sentence says its accounts vary by any of its cues, in any case, wherever it stands",
          "[reason][contested]") {
  auto varies = [](const std::string& text) {
    auto g = reasonOver({article("a", {{"Orbital Labs", text, "employees", 1200, "1,200 employees"}})});
    return reason::accountsVary(g, graph::ClaimId(0));
  };
  for (const std::string cue : {"estimates vary", "estimates range", "estimates differ", "reports vary",
                                "reports differ", "figures vary", "some sources", "other sources", "others report"}) {
    INFO(cue);
    CHECK(varies(cue + " on the 1,200 employees of Orbital Labs."));
    CHECK(varies("Orbital Labs had 1,200 employees, though " + cue + "."));
    std::string upper = cue;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    CHECK(varies("ORBITAL LABS HAD 1,200 EMPLOYEES, THOUGH " + upper));
    CHECK_FALSE(varies("Orbital Labs had 1,200 employees, though " + cue.substr(0, cue.size() - 1) + "."));
  }
  CHECK_FALSE(varies("Orbital Labs had 1,200 employees; the estimates do vary, as some of the sources say."));
}

TEST_CASE("loose words do not make a table of one subject's money figures a scope dispute", "[reason][contested]") {
  auto g = reasonOver({article(
      "a", {{"Orbital Labs", "In 2019, Halvard announced a $1 billion investment in Orbital Labs.", "investment", 1e9,
             "$1 billion", "USD", "2019"},
            {"Orbital Labs", "Plus | $20 | Priority access", "cost", 20, "$20", "USD"},
            {"Orbital Labs", "Total Investment | $500 billion over 4 years", "cost", 500e9, "$500 billion", "USD"}})});
  CHECK(g.contested().empty());
}

TEST_CASE("undated rows of one table giving one subject different values are its tiers, set against nothing",
          "[reason][contested]") {
  auto tiers = article("a", {{"Charter", "Prohibited practices | up to 7% of turnover", "fine", 7, "7%", "percent"},
                             {"Charter", "High-risk obligations | up to 3% of turnover", "fine", 3, "3%", "percent"}});
  SECTION("a tier table") {
    auto g =
        reasonOver({tiers, article("b", {{"Charter", "Fines reach 5% of turnover.", "fine", 5, "5%", "percent"}})});
    CHECK(g.contested().empty());
  }
  SECTION("dated rows are a series, each set against its own date") {
    auto g = reasonOver(
        {article("a", {{"Charter", "2024 | 7%", "fine", 7, "7%", "percent", "2024"},
                       {"Charter", "2025 | 3%", "fine", 3, "3%", "percent", "2025"}}),
         article("b", {{"Charter", "In 2025 fines reached 5% of turnover.", "fine", 5, "5%", "percent", "2025"}})});
    CHECK(setValues(g) == Sets{{3, 5}});
  }
}

TEST_CASE("a moving measure's value in a year and in a month of it are two dates", "[reason][contested]") {
  SECTION("valuation: June 2025 against 2025") {
    auto g = reasonOver({article("a", {{"Orbital Labs", "June 2025 | valuation reached $14 billion", "valuation", 14e9,
                                        "$14 billion", "USD", "2025-06"}}),
                         article("b", {{"Orbital Labs", "Orbital Labs was valued at $20 billion by late 2025.",
                                        "valuation", 20e9, "$20 billion", "USD", "2025"}})});
    CHECK(g.contested().empty());
  }
  SECTION("valuation: both in June 2025") {
    auto g = reasonOver({article("a", {{"Orbital Labs", "June 2025 | valuation reached $14 billion", "valuation", 14e9,
                                        "$14 billion", "USD", "2025-06"}}),
                         article("b", {{"Orbital Labs", "In June 2025 Orbital Labs was valued at $20 billion.",
                                        "valuation", 20e9, "$20 billion", "USD", "2025-06"}})});
    CHECK(setValues(g) == Sets{{14e9, 20e9}});
  }
  SECTION("a window that holds: the year contains the month") {
    auto g = reasonOver({article("a", {{"Quill 4", "Quill 4 | 256,000 tokens", "context window", 256000,
                                        "256,000 tokens", "count", "2025-07"}}),
                         article("b", {{"Quill 4", "In 2025 Quill 4 read 400,000 tokens.", "context window", 400000,
                                        "400,000 tokens", "count", "2025"}})});
    CHECK(setValues(g) == Sets{{256000, 400000}});
  }
}

TEST_CASE("changes over different named spans are different quantities", "[reason][contested]") {
  auto over = [](const std::string& text, double value) {
    return Row{"Orbital Labs", text, "growth", value, std::to_string(static_cast<int>(value)) + "%", "percent", "2024"};
  };
  SECTION("2024 to 2026 against 2024 to 2025") {
    auto g = reasonOver({article("a", {over("Orbital Labs grew 450% between 2024 and early 2026.", 450)}),
                         article("b", {over("Year-over-year growth | 800% | 2024-2025", 800)})});
    CHECK(g.contested().empty());
  }
  SECTION("the same span") {
    auto g = reasonOver({article("a", {over("Orbital Labs grew 450% between 2024 and 2025.", 450)}),
                         article("b", {over("Year-over-year growth | 800% | 2024-2025", 800)})});
    CHECK(setValues(g) == Sets{{450, 800}});
  }
}

namespace {

// A survey article: an entity it speaks of (`name`, keyed `key`, which has an article of its own) and
// one it does not ("Guide"), each heading a section over a subsection that holds a figure naming
// no subject. `linked`: whether the survey links the name (its key is then the page's).
graph::DocumentBundle survey(const std::string& key = "orbital_labs", const std::string& name = "Orbital Labs",
                             bool linked = true) {
  graph::DocumentBundle b = test::emptyArticle("survey");
  b.entities.push_back({key, name, graph::EntityType::kOrganization, {}, 2, linked});
  b.entities.push_back({"guide", "Guide", graph::EntityType::kOrganization, {}, 1, false});
  b.sections = {{name, 3, graph::kNone, 1},
                {"Growth and funding", 4, 0, 5},
                {"Guide", 2, graph::kNone, 9},
                {"Example prompts", 3, 2, 10}};
  graph::ClaimRecord about;  // the article speaks of Orbital Labs as a subject
  about.kind = graph::ClaimKind::kStatement;
  about.section = 0;
  about.text = name + " is the best known of them.";
  about.subject = 0;
  b.claims.push_back(about);
  auto figure = [&](int section, const std::string& text, const std::string& measure, double value,
                    const std::string& written, const std::string& asOf) {
    graph::ClaimRecord c;
    c.kind = graph::ClaimKind::kFigure;
    c.section = section;
    c.text = text;
    c.measure = measure;
    c.quantity = graph::Quantity{value, std::nullopt, std::nullopt, "USD", false, graph::Bound::kExact, written};
    c.asOf = asOf;
    c.asOfFrom = asOf.empty() ? graph::AsOfFrom::kNone : graph::AsOfFrom::kText;
    test::cite(b, c, "Survey outlet", "https://survey.example/" + std::to_string(b.claims.size()));
    b.claims.push_back(c);
  };
  figure(1, "April 2024 | Raised $165 million", "funding round", 165e6, "$165 million", "2024-04");
  figure(3, "I need a desk that costs less than $400.", "cost", 400, "$400", "");
  return b;
}

}  // namespace

TEST_CASE("a figure naming no subject is of the subject its heading names, when its article speaks of it",
          "[reason][contested][subject]") {
  auto own = article("orbital_labs", {{"Orbital Labs", "April 2024: raised $63 million", "funding round", 63e6,
                                       "$63 million", "USD", "2024-04"}});
  auto guide = article("guide", {{"Guide", "Guide | $200", "cost", 200, "$200", "USD"}});
  auto g = reasonOver({survey(), own, guide});
  // The $165 million row under "Orbital Labs" contests its article's $63 million; the $400 under
  // "Guide" is no figure of Guide's: the survey never speaks of Guide as a subject.
  REQUIRE(setValues(g) == Sets{{165e6, 63e6}});
  CHECK(g.str(g.entities()[g.contested().begin()->subject].name) == "Orbital Labs");
}

TEST_CASE("a heading names the subject whose page key its name spells, marks and all", "[reason][contested][subject]") {
  // The survey names "Orbit-4o" without a link, so its key is the slugified "orbit_4o"; the page's key is
  // "orbit-4o", the name as a page key writes it (graph::pageKey keeps the hyphen).
  auto own =
      article("orbit-4o",
              {{"Orbit-4o", "April 2024: raised $63 million", "funding round", 63e6, "$63 million", "USD", "2024-04"}});
  auto guide = article("guide", {{"Guide", "Guide | $200", "cost", 200, "$200", "USD"}});
  auto g = reasonOver({survey("orbit_4o", "Orbit-4o", false), own, guide});
  REQUIRE(setValues(g) == Sets{{165e6, 63e6}});
  CHECK(g.str(g.entities()[g.contested().begin()->subject].name) == "Orbit-4o");
}
