// Extraction: the seed scored against its gold, and the rules for entities, attributions,
// quotes and relations, table-driven on sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "GoldChecks.h"
#include "GoldScore.h"
#include "TestSupport.h"
#include "graph/JsonWriter.h"
#include "ingest/Article.h"
#include "ingest/Ingest.h"
#include "ingest/Subjects.h"
#include "reason/Reason.h"

using namespace cg;
using graph::ClaimId;
using graph::ClaimKind;
using graph::EntityId;

namespace {

const graph::ClaimGraph& seedGraph() {
  static const graph::ClaimGraph g = reason::buildGraph({test::repo("corpus/deepseek_market_crash.md")}).graph;
  return g;
}

// The graph's JSON export scored against a gold file by the port of score.py.
test::GoldScore scoreExport(const graph::ClaimGraph& g, const std::string& goldRelative) {
  return test::scoreGold(test::slurp(test::repo(goldRelative)), graph::toJson(g), goldRelative, "export");
}

// A one-paragraph article with a reference list, read into a graph.
graph::ClaimGraph article(const std::string& paragraph) {
  std::string text =
      "# Test article\n\n> Source: https://aiwiki.ai/wiki/test_article\n\n## Body\n\n" + paragraph +
      " [1]\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/story\n";
  return reason::buildGraphFromText(text, "test.md");
}

std::vector<std::string> claimantNames(const graph::ClaimGraph& g, ClaimId c) {
  std::vector<std::string> out;
  for (EntityId e : g.claimClaimants(c)) out.emplace_back(g.str(g.entities()[e].name));
  return out;
}

std::string subjectName(const graph::ClaimGraph& g, ClaimId c) {
  EntityId s = g.claims()[c].subject;
  return !s.isValid() ? "" : std::string(g.str(g.entities()[s].name));
}

const graph::Claim* firstOfKind(const graph::ClaimGraph& g, ClaimKind kind, ClaimId* id = nullptr) {
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == kind) {
      if (id) *id = c;
      return &g.claims()[c];
    }
  return nullptr;
}

}  // namespace

TEST_CASE("the seed scores what was measured against its gold", "[ingest][gold]") {
  // scripts/scorer-parity.sh shows score.py gives the same numbers on this export.
  auto score = scoreExport(seedGraph(), "tests/fixtures/deepseek_market_crash.gold.json");
  test::checkTallies(score, {{"entities", {38, 38}},
                             {"sources", {18, 18}},
                             {"figures", {19, 19}},
                             {"sourced", {19, 19}},
                             {"subjects", {18, 18}},
                             {"claimants", {7, 7}},
                             {"quotes", {5, 5}},
                             {"attributions", {3, 3}},
                             {"contested", {2, 2}}});
  CHECK(score.otherContested == 0);
}

TEST_CASE("claimants come from attribution verbs, lists, asides and pronouns", "[ingest][attribution]") {
  struct Case {
    const char* paragraph;
    const char* claimants;  // comma-separated names of the first claim's claimants
  };
  const Case cases[] = {
      {"Kestrel Analytics estimated that Harbor Freight spent about 40 million dollars.", "Kestrel Analytics"},
      {"The Daily Ledger reported the loss as 12 million dollars, while figures citing Bloomberg put it near 13 "
       "million dollars.",
       "Daily Ledger"},
      {"Finance minister Ingrid Solberg, speaking on Tuesday, called the plan \"a reckless gamble for taxpayers\".",
       "Ingrid Solberg"},
      {"Orion Group's Kwame Mensah, Vela Inc.'s Priya Raman, and Atlas Bank's Haruto Sato praised the deal.",
       "Kwame Mensah,Priya Raman,Haruto Sato"},
      {"Tessera Labs downplayed the risk. In a statement, the company called the report \"deeply misleading and "
       "wrong\".",
       "Tessera Labs"},
      {"Profits rose to 8 million euros, according to Norvik Capital.", "Norvik Capital"},
  };
  for (const auto& c : cases) {
    INFO(c.paragraph);
    auto g = article(c.paragraph);
    REQUIRE_FALSE(g.claims().empty());
    // The first figure when there is one; else the last claim with claimants (pronoun cases).
    ClaimId claim(0);
    if (!firstOfKind(g, ClaimKind::kFigure, &claim))
      for (ClaimId k : g.claims().ids())
        if (!g.claimClaimants(k).empty()) claim = k;
    std::string joined;
    for (const auto& n : claimantNames(g, claim)) joined += (joined.empty() ? "" : ",") + n;
    CHECK(joined == c.claimants);
  }
}

TEST_CASE("a figure's subject skips its claimant and prepositional objects", "[ingest][subject]") {
  auto g = article("Meridian Corp lost about 2.1 billion euros in market value, Kestrel Analytics said.");
  ClaimId id(0);
  REQUIRE(firstOfKind(g, ClaimKind::kFigure, &id));
  CHECK(subjectName(g, id) == "Meridian Corp");
  CHECK(claimantNames(g, id) == std::vector<std::string>{"Kestrel Analytics"});
  CHECK(std::string(g.str(g.claims()[id].measure)) == "market value lost");
  CHECK(std::string(g.str(g.claims()[id].unit)) == "EUR");
  auto rows = reason::buildGraphFromText(
      "# T\n\n## Moves\n\n| Company | Move (March 3, 2024) |\n|---|---|\n| Halvard | down ~12% [1] |\n\n"
      "## References\n\n1. W, \"S,\" 2024. https://w.example\n",
      "rows.md");
  REQUIRE(rows.claims().size() == 1);
  CHECK(subjectName(rows, ClaimId(0)) == "Halvard");
  CHECK(std::string(rows.str(rows.claims()[ClaimId(0)].asOf)) == "2024-03-03");
  // "Move" names no price, share, stock or index: the cell says only that Halvard went down.
  CHECK(std::string(rows.str(rows.claims()[ClaimId(0)].measure)) == "decrease");
}

namespace {
// The as_of of every figure claim of `g`, keyed by its quantity's words.
std::map<std::string, std::string> figureDates(const graph::ClaimGraph& g) {
  std::map<std::string, std::string> dates;
  for (const auto& c : g.claims())
    if (c.kind == ClaimKind::kFigure) dates[std::string(g.str(c.quantityText))] = std::string(g.str(c.asOf));
  return dates;
}
}  // namespace

TEST_CASE("a date written right after a figure is that figure's, not the sentence's", "[ingest][dates]") {
  using Dates = std::map<std::string, std::string>;
  CHECK(figureDates(article("By late 2024, Quillon had annual revenue of $90 million, growing from $25 million in "
                            "2023.")) == Dates{{"$90 million", "2024"}, {"$25 million", "2023"}});
  CHECK(figureDates(article("In March 2025, Quillon employed 300 people, up from 80 people during 2022.")) ==
        Dates{{"300 people", "2025-03"}, {"80 people", "2022"}});
  // Two figures each with its own date keep them.
  CHECK(figureDates(article("Revenue was $4 million in 2022 and $9 million in 2023.")) ==
        Dates{{"$4 million", "2022"}, {"$9 million", "2023"}});
}

TEST_CASE("entities are typed by role, given name, suffix and shape", "[ingest][entities]") {
  auto g = article(
      "Chief executive Ingrid Solberg said Norvik Capital and the Brightwater Index fell, while Tessera Labs "
      "shipped the K900 chip. Janet Okafor of Halvard Inc. disagreed.");
  auto typeOf = [&](const char* name) -> std::string {
    auto e = g.findEntity(name);
    return e ? graph::toString(g.entities()[*e].type) : "missing";
  };
  CHECK(typeOf("Ingrid Solberg") == "person");
  CHECK(typeOf("Janet Okafor") == "person");
  CHECK(typeOf("Norvik Capital") == "organization");
  CHECK(typeOf("Tessera Labs") == "organization");
  CHECK(typeOf("Halvard Inc.") == "organization");
  CHECK(typeOf("Brightwater Index") == "index");
  CHECK(typeOf("K900") == "product");
  CHECK_FALSE(g.findEntity("Chief"));
  CHECK_FALSE(g.findEntity("March"));
}

TEST_CASE("short forms resolve to the full name", "[ingest][entities]") {
  auto g = article("Chief executive Ingrid Solberg founded Norvik Capital. Later, Solberg said the fund had grown.");
  auto full = g.findEntity("Ingrid Solberg");
  REQUIRE(full);
  CHECK(g.findEntity("Solberg") == full);
  CHECK(g.entities()[*full].aliases.size() == 1);
}

TEST_CASE("relations: founded by, co-founded, chief executive of", "[ingest][relations]") {
  auto g = article(
      "Norvik Capital is a fund founded in 2011 by Ingrid Solberg, who in 2005 had co-founded Tessera Labs. "
      "Halvard chief executive Kwame Mensah declined to comment.");
  std::set<std::string> relations;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kRelation)
      relations.insert(subjectName(g, c) + " " + std::string(g.str(g.extra(c).relation)) + " " +
                       std::string(g.str(g.entities()[g.extra(c).object].name)));
  CHECK(relations.count("Ingrid Solberg founded Norvik Capital") == 1);
  CHECK(relations.count("Ingrid Solberg co-founded Tessera Labs") == 1);
  CHECK(relations.count("Kwame Mensah chief executive of Halvard") == 1);
}

TEST_CASE("scare quotes are not quote claims, spoken quotes are", "[ingest][quotes]") {
  auto g = article("The \"efficient AI\" thesis spread. Ingrid Solberg said the rally was \"built on sand and hope\".");
  std::vector<std::string> quotes;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kQuote) quotes.emplace_back(g.str(g.claims()[c].quote));
  CHECK(quotes == std::vector<std::string>{"built on sand and hope"});
}

TEST_CASE("every claim is bound to the references its sentence cites", "[ingest][binding]") {
  const auto& g = seedGraph();
  std::size_t unsourced = 0;
  for (ClaimId c : g.claims().ids()) unsourced += g.claimSources(c).empty();
  CHECK(unsourced == 0);
  // Each claim whose text is a sentence of the article: its sources are those of the sentence's
  // reference numbers, no more and no fewer.
  const ingest::Article a = ingest::readArticleFile(test::repo("corpus/deepseek_market_crash.md"));
  std::map<std::string, std::set<int>> cited;
  for (const auto& b : a.blocks)
    for (const auto& s : b.sentences)
      cited[b.text.substr(s.begin, s.end - s.begin)].insert(s.refs.begin(), s.refs.end());
  std::size_t compared = 0;
  for (ClaimId c : g.claims().ids()) {
    const auto it = cited.find(std::string(g.str(g.claims()[c].text)));
    if (it == cited.end()) continue;
    ++compared;
    INFO(it->first);
    // A source listed under several numbers brings them all: every number cited is among them,
    // and every source has one of them.
    std::set<int> refs;
    for (graph::SourceId s : g.claimSources(c)) {
      const auto own = g.refs(g.sources()[s]);
      CHECK(std::any_of(own.begin(), own.end(), [&](std::int32_t r) { return it->second.count(r) > 0; }));
      refs.insert(own.begin(), own.end());
    }
    CHECK(std::includes(refs.begin(), refs.end(), it->second.begin(), it->second.end()));
  }
  CHECK(compared == g.claims().size());  // every claim's text is its sentence
}

TEST_CASE("articles written apart from the extractor score what was measured", "[ingest][gold][unseen]") {
  // tests/fixtures/unseen/: three articles in the export form with other subjects, currencies
  // and names, and gold files made by hand without reading the extractor. The misses are
  // real (subjects most of all); the counts are the measured ones, so any change shows.
  struct Measured {
    const char* name;
    std::map<std::string, test::Tally> tallies;
  };
  const Measured cases[] = {
      // 0.3: "NordBio 40" keeps its number (entities 23 -> 24) and so is the subject of its fall
      // (subjects 9 -> 10).
      // Eleventh session: typing from WordNet and head nouns finds one more gold entity (24 -> 25).
      {"lumina_biotech_trial",
       {{"entities", {25, 26}},
        {"sources", {18, 18}},
        {"figures", {20, 20}},
        {"sourced", {20, 20}},
        {"subjects", {10, 20}},
        {"claimants", {7, 9}},
        {"quotes", {3, 5}},
        {"attributions", {2, 3}},
        {"contested", {2, 2}}}},
      // 0.3: the title is a name the article knows: "Eastmere port strike" (entities 23 -> 24).
      // Later: sections headed by a name and sentences opened by one give their figures a subject
      // (subjects 4 -> 9).
      {"harbor_port_strike",
       {{"entities", {24, 26}},
        {"sources", {19, 19}},
        {"figures", {21, 21}},
        {"sourced", {21, 21}},
        {"subjects", {9, 21}},
        {"claimants", {8, 10}},
        {"quotes", {5, 5}},
        {"attributions", {3, 3}},
        {"contested", {2, 2}}}},
      {"vela_chip_export",
       {{"entities", {25, 25}},
        {"sources", {18, 18}},
        {"figures", {18, 18}},
        {"sourced", {18, 18}},
        {"subjects", {7, 18}},
        {"claimants", {8, 10}},
        {"quotes", {5, 5}},
        {"attributions", {3, 3}},
        {"contested", {2, 2}}}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    std::string base = std::string("tests/fixtures/unseen/") + c.name;
    auto g = reason::buildGraph({test::repo(base + ".md")}).graph;
    auto score = scoreExport(g, base + ".gold.json");
    test::checkTallies(score, c.tallies);
    CHECK(score.otherContested == 0);
  }
}

namespace {

// An article in the site's content form: front matter with a title and categories, then a body.
graph::ClaimGraph titled(const std::string& title, const std::string& category, const std::string& body) {
  std::string text = "---\ntitle: \"" + title + "\"\nslug: \"test\"\ncategories:\n  - \"" + category +
                     "\"\n---\n## Overview\n\n" + body +
                     "\n\n## References\n\n1. Example Wire, \"A story,\" March 3, 2024. https://wire.example/story\n";
  return ingest::ingestText(text, "titled.md");
}

std::string firstFigureSubject(const graph::ClaimGraph& g) {
  ClaimId id;
  return firstOfKind(g, ClaimKind::kFigure, &id) ? subjectName(g, id) : "no figure";
}

}  // namespace

TEST_CASE("a capitalised common word is no name where any word is capitalised", "[ingest][entities]") {
  struct Case {
    const char* body;
    const char* name;
    bool entity;
  };
  const Case cases[] = {
      // Sentence starts and table cells: "nearly", "valuation" are English words (wamerican).
      {"Nearly 40 staff joined Halvard in 2024. [1]", "Nearly", false},
      {"| Key | Value |\n|---|---|\n| Valuation | $8 billion [1] |", "Valuation", false},
      {"| Key | Value |\n|---|---|\n| Founded | Halvard, 2024 [1] |", "Founded", false},
      // Known from the article itself: capitalised mid-sentence, or linked.
      {"Shares of Vertex rose. Vertex said sales grew 4 percent. [1]", "Vertex", true},
      {"Sales at [Vertex](/wiki/vertex) grew. [1]", "Vertex", true},
      // A table whose row headers are names: the one that is also a word is a name too.
      {"| Company | Move |\n|---|---|\n| Halvard | down 3% [1] |\n| Norvik Capital | down 2% [1] |\n"
       "| Vertex | down 1% [1] |",
       "Vertex", true},
      {"Brightwater Analytics said so. [1]", "Brightwater Analytics", true},
      // After a label's colon a word opens a clause; a lower-case link of English words points at a
      // concept's page, and neither it nor its plain repeat is a name.
      {"- Physician Validation: Unprecedented reach of 262 doctors [1]", "Unprecedented", false},
      {"It is a [benchmark](/wiki/benchmark). The benchmark has 40 tasks. [1]", "benchmark", false},
      // A lower-case link that opens a list item and is described after it names the item.
      {"- [beacon](/wiki/beacon) - books harbour trips [1]", "beacon", true},
      // Capitalised only inside a Title Case run or after "!", a common word is still no name.
      {"Read the Next Step on Our Journey report. Our team grew 4 percent. [1]", "Our", false},
      {"Thanks! Scene graphs help. Scene changes cost 4 percent. [1]", "Scene", false},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    auto g = titled("Test topic", "Glossary", c.body);
    CHECK(g.findEntity(c.name).has_value() == c.entity);
  }
}

TEST_CASE("names keep their versions, the title's whole name, and drop roles", "[ingest][entities]") {
  struct Case {
    const char* body;
    const char* present;
    const char* absent;
  };
  const Case cases[] = {
      {"Tessera released Orion 2 in May. [1]", "Orion 2", "Orion"},
      {"The team tested Lumen 3.1 on the suite. [1]", "Lumen 3.1", "Lumen"},
      {"The shop opened on March 14 in Oslo. [1]", "Oslo", "March 14"},
      {"Top 10 lists were published by Halvard. [1]", "Halvard", "Top 10"},
      {"CIO Janet Okafor said the plan worked. [1]", "Janet Okafor", "CIO Janet Okafor"},
      {"Ingrid Solberg (CEO) founded Norvik Capital. [1]", "Ingrid Solberg", "CEO"},
      // The title "Kestrel AI" is a name as written, though "AI" alone is none.
      {"Kestrel AI raised money in 2024. [1]", "Kestrel AI", "Kestrel"},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    auto g = titled("Kestrel AI", "Companies", c.body);
    CHECK(g.findEntity(c.present).has_value());
    CHECK_FALSE(g.findEntity(c.absent).has_value());
  }
}

TEST_CASE("the article's topic is the subject and the company of sentences that name none", "[ingest][subject]") {
  struct Case {
    const char* body;
    const char* subject;  // of the first figure
  };
  const Case cases[] = {
      {"Kestrel AI is a startup. It raised $130 million in 2025. [1]", "Kestrel AI"},
      {"Kestrel AI is a startup.\n\nHalvard invested too.\n\nThe company had 46 employees in 2025. [1]", "Kestrel AI"},
      {"Kestrel AI is a startup.\n\n| Key | Value |\n|---|---|\n| Valuation | $8 billion [1] |", "Kestrel AI"},
      {"Kestrel AI is a startup.\n\n| Model | Score |\n|---|---|\n| Orion 2 | 71.5% [1] |", "Orion 2"},
      // A passive "was announced" names no speaker: the name before it is the subject.
      {"Kestrel AI is a startup. Orion 2 was announced with a context of 128,000 tokens. [1]", "Orion 2"},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    CHECK(firstFigureSubject(titled("Kestrel AI", "Companies", c.body)) == c.subject);
  }
  // An event or a policy owns no figures: its title is no default subject.
  auto policy = titled("Kestrel AI export rules", "Policy",
                       "The Kestrel AI export rules were announced in May. Losses reached $4 million. [1]");
  CHECK(firstFigureSubject(policy) == "");
}

TEST_CASE("the company, the organization and participles speak for the nearest fitting entity",
          "[ingest][attribution]") {
  struct Case {
    const char* body;
    const char* claimant;  // of the first figure
  };
  const Case cases[] = {
      {"Kestrel AI is a startup.\n\nHalvard Inc. invested.\n\nThe company announced revenue of $5 million. [1]",
       "Kestrel AI"},
      {"Kestrel AI is a startup. The organization reported costs of $880,000. [1]", "Kestrel AI"},
      {"Kestrel AI is a startup. The company left stealth, announcing it had raised $130 million. [1]", "Kestrel AI"},
      {"Factories change, with the Norvik Council forecasting a 23% job shift by 2027. [1]", "Norvik Council"},
      {"Halvard Inc. markets this as running models up to 405 billion parameters. [1]", "Halvard Inc."},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    auto g = titled("Kestrel AI", "Companies", c.body);
    ClaimId id;
    REQUIRE(firstOfKind(g, ClaimKind::kFigure, &id));
    CHECK(claimantNames(g, id) == std::vector<std::string>{c.claimant});
  }
}

namespace {

// The subject of each figure claim, in order ("" for none).
std::vector<std::string> figureSubjects(const graph::ClaimGraph& g) {
  std::vector<std::string> out;
  for (ClaimId c : g.claims().ids())
    if (g.claims()[c].kind == ClaimKind::kFigure) out.push_back(subjectName(g, c));
  return out;
}

// An article's title and body, and the subject of every figure it gives, in order.
struct TitledSubjects {
  const char* title;
  const char* body;
  std::vector<std::string> subjects;
};

template <std::size_t N>
void checkSubjects(const TitledSubjects (&cases)[N]) {
  for (const auto& c : cases) {
    INFO(c.body);
    CHECK(figureSubjects(titled(c.title, "Companies", c.body)) == c.subjects);
  }
}

}  // namespace

TEST_CASE("a figure's subject comes from the table's names, list labels and lead-ins, not from key words",
          "[ingest][subject]") {
  struct Case {
    const char* body;
    std::vector<std::string> subjects;  // of every figure, in order
  };
  const Case cases[] = {
      // Rows are benchmarks and the columns name the article's own models: each score is its column's.
      {"Kestrel AI makes Kestrel 2 and Kestrel 3.\n\n| Benchmark | Kestrel 2 | Kestrel 3 |\n|---|---|---|\n"
       "| MMLU | 71.5% | 80.2% |",
       {"Kestrel 2", "Kestrel 3"}},
      // Rows and columns both names, the columns no models of the article's: the row is the subject.
      {"Orion 2 ran on Halvard Bench and Vela Arena.\n\n| Model | Halvard Bench | Vela Arena |\n|---|---|---|\n"
       "| Orion 2 | 38.1% | 58.1% |",
       {"Orion 2", "Orion 2"}},
      // A row header that is a name and its kind noun names the row; a name with more words after it does not.
      {"Kestrel AI is a startup.\n\n| Item | Move |\n|---|---|\n| Halvard 40 index | down 1.2% |\n"
       "| Fortune 500 adoption | 60% |",
       {"Halvard 40", "Kestrel AI"}},
      // A label of common words is no name: the item is the topic's.
      {"Kestrel AI is a startup.\n\n- Physician Validation: involvement of 262 physicians", {"Kestrel AI"}},
      // A name and a spaced dash lead the item as a colon does.
      {"Kestrel AI is a startup.\n\n- Orion 2 - Theorem proving models at 7B parameters", {"Orion 2"}},
      // A lead-in ending in a name and a colon gives its list the name; its counted nouns are no subjects.
      {"Kestrel AI trains on the Halvard Atlas supercomputer:\n\n- Initial deployment: 100,000 Vela H100 GPUs in "
       "122 days",
       {"Halvard Atlas", "Halvard Atlas"}},
      // "It" opening a sentence is the last sentence's subject, not the model it beat.
      {"Orion 2 was released by Kestrel AI in May. It outperformed Halvard Nordlys with 93.3% accuracy.", {"Orion 2"}},
      // A possessor right before the figure owns it, also written with a bare apostrophe.
      {"Siemens builds robots.\n\n- Quality: Automation ensures consistency, as seen in Siemens' 99.99% rate.",
       {"Siemens"}},
      // A name after "a" modifies a noun; a figure's counted noun is no subject of the next figure.
      {"Orion 2 combines a vision encoder and a Halvard Experts LLM with 20B active parameters.", {"Orion 2"}},
      {"Kestrel AI bought 5,000 Vela H100 GPUs across 625 nodes.", {"Kestrel AI", "Kestrel AI"}},
      // "a reported 60%" is no verb; "of Fortune 500 companies" names a group, not the owner.
      {"Kestrel AI is a startup. It is used by a reported 60% of Fortune 500 companies.", {"Kestrel AI"}},
      // "markets" is the verb here, not the stock markets of a collective estimate.
      {"Kestrel AI is a startup. Halvard Inc. markets this as running models up to 405 billion parameters.",
       {"Kestrel AI"}},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    CHECK(figureSubjects(titled("Kestrel AI", "Companies", c.body)) == c.subjects);
  }
}

TEST_CASE("a section's heading name, a platform topic and examples after such-as decide a figure's subject",
          "[ingest][subject]") {
  const TitledSubjects cases[] = {
      // A platform (no company, no product by its cues) the text says is a thing is what "The platform" is.
      {"Vela Gym",
       "Vela Gym is a platform for research.\n\nThe platform was released with over 1,000 games.",
       {"Vela Gym"}},
      // A section headed by a name the text names too is about it; a heading of plain words is not.
      {"Kestrel AI",
       "Kestrel AI makes Orion 2 and Orion 3. Orion 3 followed Orion 2.\n\n### Orion 3 and Orion 2 models\n\n"
       "Both have 192 GB of memory.",
       {"Orion 3"}},
      {"Kestrel AI",
       "Kestrel AI is a startup.\n\n### Dataset Composition\n\nTesting involved over 400 people.",
       {"Kestrel AI"}},
      // The name that opens the sentence before its verb is the subject, not a later object; a
      // product it releases, a name with the figure in brackets after it, or a label are exceptions.
      {"Kestrel AI",
       "The Orion 2 Superchip integrates one Vela CPU over Nordlink (900 GB/s bidirectional).",
       {"Orion 2 Superchip"}},
      {"Kestrel AI", "Halvard Inc. released Orion 2 with 70 billion parameters.", {"Orion 2"}},
      {"Kestrel AI", "Halvard Inc. supports two formats: Nordo (4 exponent bits).", {"Halvard Inc.", "Nordo"}},
      // Names listed as examples own no figure; one a relative clause speaks of does.
      {"Kestrel AI",
       "Kestrel AI is a startup. It speeds formats such as LZ4, Snappy and Deflate at 800 GB/s.",
       {"Kestrel AI"}},
      {"Kestrel AI",
       "Kestrel AI is a startup. Rivals such as Vela Gym, Halvard Nord (8,000 apps) and Orion grew.",
       {"Halvard Nord"}},
      {"Kestrel AI",
       "Kestrel AI is a startup. Its 273 GB/s is compared to rivals like Halvard's Nord Studio, which offers 400 "
       "GB/s.",
       {"Kestrel AI", "Nord Studio"}},
  };
  checkSubjects(cases);
}

TEST_CASE("a page filed as a custom GPT, plugin or model owns the figures that name no other owner",
          "[ingest][subject]") {
  // The page's name is no known kind of thing; its category says what it is.
  const char* body =
      "| **Name** | Vela Tutor |\n| --- | --- |\n| **Developer** | quill.example |\n\n"
      "**Vela Tutor** works with ChatGPT.\n\nOver 25,000 chats were held by March 2024.";
  CHECK(figureSubjects(titled("Vela Tutor (GPT)", "Custom_GPTs", body)) == std::vector<std::string>{"Vela Tutor"});
  CHECK(figureSubjects(titled("Vela Tutor (ChatGPT Plugin)", "Plugin", body)) ==
        std::vector<std::string>{"Vela Tutor"});
  // What its conversation starters say is asked of it by a user, no figure at all (headsUserPrompts); how many
  // starters it has is its own count (ListCounts.h, headingCountOf): the chats and one starter, not 5 questions.
  CHECK(figureSubjects(titled(
            "Vela Tutor (GPT)", "Custom_GPTs",
            std::string(body) + "\n\n## Conversation Starters\n\n- Can you write a paper of 5 questions on this?")) ==
        std::vector<std::string>{"Vela Tutor", "Vela Tutor"});
  // Filed as a glossary term, with no sentence saying what it is, it owns none.
  CHECK(figureSubjects(titled("Vela Tutor", "Terms", body)) == std::vector<std::string>{""});
  // Another owner in the sentence still wins.
  CHECK(figureSubjects(titled("Vela Tutor (GPT)", "Custom_GPTs",
                              "**Vela Tutor** is a helper for ChatGPT.\n\nHalvard Inc. has 25,000 staff.")) ==
        std::vector<std::string>{"Halvard Inc."});
}

TEST_CASE("a wiki title's capital first letter still finds the topic the text writes in lower case",
          "[ingest][entities][subject]") {
  auto g =
      titled("KestrelAI", "Companies", "kestrelAI is a startup.\n\n- Open-source repositories with 2,000 projects");
  CHECK(figureSubjects(g) == std::vector<std::string>{"kestrelAI"});
}

TEST_CASE("a reference the list leaves empty is still the source its markers cite", "[ingest][references]") {
  const std::string text =
      "# Blank refs\n\n> Source: https://aiwiki.ai/wiki/blank_refs\n\n## Body\n\n"
      "Acme Corp raised $40 million in 2024. [2]\n\n"
      "## References\n\n1. \n2.\n3. Example Wire, \"A story,\" March 3, 2024. https://wire.example/story\n";
  graph::ClaimGraph g = reason::buildGraphFromText(text, "blank.md");
  ClaimId c;
  REQUIRE(firstOfKind(g, ClaimKind::kFigure, &c));
  auto sources = g.claimSources(c);
  REQUIRE(sources.size() == 1);
  const auto& src = g.sources()[sources.front()];
  CHECK(src.ref == 2);
  CHECK(g.sourceId(sources.front()) == "s:blank_refs:2");
  CHECK(g.str(src.publisher).empty());
  CHECK(g.str(src.url).empty());
}

TEST_CASE("the grammatical subject of a figure's clause, resolved, is the figure's subject", "[ingest][subject]") {
  const TitledSubjects cases[] = {
      // The noun phrase before the clause's verb, over a nearer name after it; an opening
      // adverbial before a comma is no subject.
      {"Kestrel AI",
       "Kestrel AI is a startup.\n\nIn September 2013, Halvard Inc. acquired 362 stores from Vela Group for around "
       "$626 million.",
       {"Halvard Inc.", "Halvard Inc."}},
      // "the company" in a clause of its own: the company named earlier in the sentence.
      {"Kestrel AI",
       "Kestrel AI is a startup.\n\nHalvard Inc. CEO Jane Doe announced Orion 2 at a summit, stating the company "
       "invested about $10 billion in it.",
       {"Halvard Inc."}},
      // A figure that is its clause's subject belongs to the object of its verb.
      {"Kestrel AI",
       "Kestrel AI is a startup.\n\nAround 5,000 companies use Orion 2, and Halvard Inc. is one.",
       {"Orion 2"}},
      // "the paper" where the first sentence says the topic is a paper.
      {"Orion Paper",
       "Orion Paper is a 2017 research paper by Kestrel AI.\n\n## Reception\n\nAs of 2022, the paper has become one "
       "of the most cited works with over 12,000 citations.",
       {"Orion Paper"}},
      // A verb after "and" shares the subject of the verbs before it.
      {"Kestrel AI",
       "Kestrel AI is a startup. Orion 2 chips are made by Halvard Inc., are sold in Vela, and pack 208 billion "
       "transistors.",
       {"Orion 2"}},
      // A rank column stands before the row's header.
      {"Kestrel AI",
       "Kestrel AI is a startup.\n\n## Results\n\n| Rank | Model | Score |\n|---|---|---|\n| 1 | Orion 2 | 69% |\n"
       "| 2 | Halvard Nord | 68% |",
       {"Orion 2", "Halvard Nord"}},
  };
  checkSubjects(cases);
}

TEST_CASE("a word reads as a verb by WordNet and its neighbours", "[ingest][subject]") {
  CHECK(ingest::readsAsVerb("platform", "offers", "#"));       // before its object, a number
  CHECK_FALSE(ingest::readsAsVerb("base", "models", "were"));  // a noun before the verb
  CHECK(ingest::readsAsVerb("", "were", "trained"));           // an auxiliary
  CHECK(ingest::readsAsVerb("alsea", "acquired", "#"));        // a past form
  CHECK_FALSE(ingest::readsAsVerb("a", "curated", "subset"));  // after an article, an adjective
  CHECK_FALSE(ingest::readsAsVerb("most", "cited", "works"));  // after a degree word, an adjective
  CHECK_FALSE(ingest::readsAsVerb("to", "use", "^"));          // an infinitive is no finite verb
}
