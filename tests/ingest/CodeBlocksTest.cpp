// Code is not prose (ingest/ProgramText.h): what Markdown and MediaWiki mark as program text —
// fenced and indented code blocks, code spans, <pre>, <code>, <syntaxhighlight>, {{code}},
// {{mono}} — and program text that lost its marks gives no figure, name, quotation or relation;
// the prose around it keeps its own. Articles written for these tests.
#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <catch2/catch.hpp>

#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/ProgramText.h"
#include "ingest/Text.h"
#include "ingest/WikitextReader.h"

using namespace cg;

namespace {

graph::DocumentBundle markdown(const std::string& body) {
  return ingest::extract(ingest::readArticle("# Quillon\n\n" + body + "\n", "quillon.md"));
}

graph::DocumentBundle wikitext(const std::string& page) {
  return ingest::extract(ingest::readWikitext(page, "Quillon.wiki", {"Quillon", "", ""}));
}

// "value subject" for every figure, in order ("-" for no subject).
std::vector<std::string> figures(const graph::DocumentBundle& b) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : b.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity) {
      std::string subject = c.subject == graph::kNone ? "-" : b.entities[static_cast<std::size_t>(c.subject)].name;
      std::string value = std::to_string(static_cast<long long>(c.quantity->value.value_or(-1)));
      out.push_back(value + " " + subject);
    }
  return out;
}

std::size_t countKind(const graph::DocumentBundle& b, graph::ClaimKind kind) {
  return static_cast<std::size_t>(
      std::count_if(b.claims.begin(), b.claims.end(), [&](const graph::ClaimRecord& c) { return c.kind == kind; }));
}

bool hasEntity(const graph::DocumentBundle& b, const std::string& name) {
  return std::any_of(b.entities.begin(), b.entities.end(),
                     [&](const graph::EntityRecord& e) { return e.name == name; });
}

}  // namespace

TEST_CASE("code fences: backtick and tilde fences with info strings, closed by a fence as long", "[ingest][code]") {
  CHECK(ingest::openingFence("```python")->length == 3);
  CHECK(ingest::openingFence("~~~~ {.js}")->mark == '~');
  CHECK_FALSE(ingest::openingFence("``"));
  CHECK_FALSE(ingest::openingFence("``` a`b"));  // a backtick fence's info string holds no backtick
  const ingest::CodeFence four{'`', 4};
  CHECK(ingest::closesFence("`````", four));
  CHECK_FALSE(ingest::closesFence("```", four));
  CHECK_FALSE(ingest::closesFence("```` x", four));
  CHECK(ingest::indentColumns("\tx") == 4);
  CHECK(ingest::indentColumns("  \tx") == 4);
  CHECK(ingest::indentColumns("    x") == 4);
}

TEST_CASE("a line is program text where one of the four statement patterns matches it, its opening tested first",
          "[ingest][code]") {
  // The patterns as ProgramText.cpp compiles them (Latin-1); a line of one piece or more, no line break,
  // is program text exactly where one matches it.
  re2::RE2::Options latin1;
  latin1.set_encoding(re2::RE2::Options::EncodingLatin1);
  static const re2::RE2 kPatterns[] = {
      re2::RE2(R"(^(import [A-Za-z_][\w.]*(\s+as\s+\w+)?(\s*,\s*[A-Za-z_][\w.]*)*;?$|from [A-Za-z_.][\w.]* import \S))",
               latin1),
      re2::RE2(R"(^((async\s+)?(def|function)\s+[A-Za-z_$][\w$]*\s*\(|class [A-Za-z_]\w*\s*[(:{]))", latin1),
      re2::RE2(R"(^((const|let|var)\s+)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[[^\]\s]*\])*\s*(\+|-|\*|/|:)?=\s*)"
               R"(([-"'{\[(0-9]|(await\s+|new\s+)?[A-Za-z_$][\w$]*\s*([.(\[;]|$)))",
               latin1),
      re2::RE2(R"(^(await\s+)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*\(.*([)({,]|\);)$)", latin1)};
  const std::string_view pieces[] = {"x",     "hub", "_a1", "$",     "9",   ".",  "[",   "]",     "['K']", "[ ]", "=",
                                     "==",    "+=",  ":=",  " ",     "\t",  "\f", "(",   ")",     "({",    ",",   ";",
                                     "const", "let", "var", "await", "new", "1",  "'v'", "The x", "q(",    "{",   "-"};
  std::mt19937 rng(20261207);
  std::size_t code = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string line;
    for (std::size_t k = 1 + rng() % 7; k > 0; --k) line += pieces[rng() % std::size(pieces)];
    const std::string_view trimmed = ingest::trim(line);
    const bool byPatterns = std::any_of(std::begin(kPatterns), std::end(kPatterns), [&](const re2::RE2& re) {
      return re2::RE2::PartialMatch(re2::StringPiece(trimmed.data(), trimmed.size()), re);
    });
    INFO(line);
    REQUIRE(ingest::isProgramText(line) == byPatterns);
    code += byPatterns;
  }
  CHECK(code > 500);  // 777 lines of program text with seed 20261207
}

TEST_CASE("program text without marks: statements that open it, open brackets that continue it", "[ingest][code]") {
  CHECK(ingest::isProgramText("import requests"));
  CHECK(ingest::isProgramText("from tidewatch import Gauge"));
  CHECK(ingest::isProgramText("API_URL = \"https://example.org/q\"\nheaders = {}"));
  CHECK(ingest::isProgramText("hub['TASK'] = 'summarise'"));
  CHECK(ingest::isProgramText("def query(payload):\n\treturn post(payload)"));
  CHECK(ingest::isProgramText("output = query({\n\t\"inputs\": \"The pier is 324 metres long.\",\n})"));
  CHECK(ingest::isProgramText("predictor.predict({\n\t'inputs': \"Hello\"\n})"));
  CHECK(ingest::isProgramText("curl https://example.org/q \\\n\t-X POST"));
  CHECK_FALSE(ingest::isProgramText("Quillon serves 200 harbours (since 2020)."));
  CHECK_FALSE(ingest::isProgramText("Quillon = a harbour model"));  // a space in what is named: prose
  CHECK_FALSE(ingest::isProgramText("The score: x == y holds."));
  CHECK_FALSE(ingest::isProgramText("Quillon grew from 12 to 40 ports (see below)."));
  // A prose line wrapped inside an aside leaves a bracket open, but no call or value opens it.
  CHECK_FALSE(ingest::isProgramText("Quillon is built on the Marlow framework (\nsee below) for 40 ports."));
}

TEST_CASE("fenced code gives no claims, the prose after it does", "[ingest][code]") {
  const auto b = markdown(
      "Quillon serves 200 harbours.\n\n"
      "```python\n"
      "# Tidewatch Gauge settings\n"
      "gauge = Gauge(depth=750, label=\"The pier is 324 metres long\")\n"
      "```\n\n"
      "~~~\n"
      "Marlow Institute reports 90 ferries.\n"
      "~~~\n\n"
      "Quillon employs 35 engineers.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon", "35 Quillon"});
  CHECK(countKind(b, graph::ClaimKind::kQuote) == 0);
  CHECK_FALSE(hasEntity(b, "Marlow Institute"));
  CHECK_FALSE(hasEntity(b, "Tidewatch Gauge"));
  // "# Tidewatch Gauge settings" inside the fence is a comment, no section heading.
  CHECK(b.sections.empty());
}

TEST_CASE("a fence that never closes is code on its own line only", "[ingest][code]") {
  const auto b = markdown("- CMD: ```\nrun it\n\n```\n\nQuillon serves 200 harbours.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon"});
}

TEST_CASE("a fence that would hold the page's sections while a later one closes nothing lost its other half",
          "[ingest][code]") {
  // CommonMark pairs the stray fence after "run it" with the one under "### Code": the sections between
  // would be code and the JSON prose. Read as code on its own line, the last two fences pair up.
  const auto b = markdown(
      "Quillon serves 200 harbours.\n\n```\nrun it\n\n## Actions\n\n- **Dock**: docks.\n\n- **Sail**: sails.\n\n"
      "### Code\n\n```\n{\"ships\": 512}\n```\n\nQuillon employs 35 engineers.");
  // The heading's count of its two actions comes after the prose's figures.
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon", "35 Quillon", "2 Quillon"});
  CHECK(b.sections.size() == 2);
  // Fences that pair up keep their headings as code: "## Actions" inside a closed block is a comment.
  const auto paired =
      markdown("Quillon serves 200 harbours.\n\n```\n## Actions\n- a\n- b\n```\n\nQuillon employs 35 engineers.");
  CHECK(figures(paired) == std::vector<std::string>{"200 Quillon", "35 Quillon"});
  CHECK(paired.sections.empty());
}

TEST_CASE("indented code blocks give no claims, a list item's indented text is no code", "[ingest][code]") {
  const auto b = markdown(
      "Quillon serves 200 harbours.\n\n"
      "    Marlow Institute reports 90 ferries.\n"
      "\tgauge.depth = 750\n\n"
      "- Quillon employs 35 engineers.\n"
      "    It runs 12 depots.\n\n"
      "Quillon owns 7 tugs.\n"
      "    and 4 barges.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon", "35 Quillon", "12 Quillon", "7 Quillon", "4 Quillon"});
  CHECK_FALSE(hasEntity(b, "Marlow Institute"));
}

TEST_CASE("bare program text of a model card's example gives no claims", "[ingest][code]") {
  const auto b = markdown(
      "## Inference\n\n"
      "import requests\n\n"
      "output = query({\n"
      "\t\"inputs\": \"The pier is 324 metres long and Marlow Institute built it in 1930.\",\n"
      "})\n\n"
      "<tabber>\n|-|Python=\n\nprint(query(\"Harbour of 41 berths\"))\n\n</tabber>\n\n"
      "Quillon serves 200 harbours.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon"});
  CHECK(countKind(b, graph::ClaimKind::kQuote) == 0);
  CHECK_FALSE(hasEntity(b, "Marlow Institute"));
}

TEST_CASE("a code span keeps its words in the sentence and gives no figure, name or quotation", "[ingest][code]") {
  const auto b = markdown(
      "Quillon serves 200 harbours through `MarlowClient(depth=750, tag=\"Pier Nine\")` calls.\n\n"
      "A ``literal ` tick`` and an unclosed ` tick stay 15 words.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon", "15 Quillon"});
  CHECK(countKind(b, graph::ClaimKind::kQuote) == 0);
  CHECK_FALSE(hasEntity(b, "MarlowClient"));
  const auto figure = std::find_if(b.claims.begin(), b.claims.end(),
                                   [](const graph::ClaimRecord& c) { return c.kind == graph::ClaimKind::kFigure; });
  REQUIRE(figure != b.claims.end());
  CHECK(figure->text == "Quillon serves 200 harbours through MarlowClient(depth=750, tag=\"Pier Nine\") calls.");
}

TEST_CASE("MediaWiki code elements and templates give no claims, the sentence keeps its own", "[ingest][code][wiki]") {
  const auto b = wikitext(
      "'''Quillon''' is a harbour.\n\n"
      "Quillon serves 200 harbours with <code>depth=750</code> gauges.\n\n"
      "<pre>\nMarlow Institute reports 90 ferries.\n</pre>\n\n"
      "<syntaxhighlight lang=\"python\">\ngauge = Gauge(41)\n</syntaxhighlight>\n\n"
      "Quillon employs 35 engineers who type {{code|limit{{=}}64}} and {{mono|88 knots}}.");
  CHECK(figures(b) == std::vector<std::string>{"200 Quillon", "35 Quillon"});
  CHECK_FALSE(hasEntity(b, "Marlow Institute"));
}
