// Numbers as a page's language writes them (WikiLanguage.h) and pages whose wikitext lost its
// line breaks (WikiLines.h). The pages are invented; their forms are those of real German and
// flattened English Wikipedia pages.
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "ingest/WikiLanguage.h"
#include "ingest/WikiLines.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

// The figure claims of a page: (value, unit, the urls of its sources), in text order.
struct FigureRow {
  double value;
  std::string unit;
  std::vector<std::string> urls;
};

std::vector<FigureRow> figuresOf(const Article& article) {
  const cg::graph::DocumentBundle bundle = extract(article);
  std::vector<FigureRow> out;
  for (const auto& c : bundle.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    FigureRow row{*c.quantity->value, c.quantity->unit, {}};
    for (int s : c.sources) row.urls.push_back(bundle.sources[static_cast<std::size_t>(s)].url);
    out.push_back(std::move(row));
  }
  return out;
}

const FigureRow* rowWith(const std::vector<FigureRow>& rows, double value) {
  for (const FigureRow& r : rows)
    if (r.value == value) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a page's category namespace names its language", "[ingest][wiki][language]") {
  CHECK(pageLanguage("Die Firma baut Boote.\n[[Kategorie:Werft]]\n") == "de");
  CHECK(pageLanguage("The yard builds boats.\n[[Category:Shipyards]]\n") == "en");
  CHECK(pageLanguage("Verftet byggjer båtar.\n[[Kategori:Verft]]\n") == "no");
  CHECK(pageLanguage("[[Datei:Boot.jpg|mini]] Ein Boot.\n[[ kategorie : Boot]]") == "de");
  CHECK(pageLanguage("No category at all, only [[a link]].") == "");
  CHECK(numberStyleOf("de") == NumberStyle::kDecimalComma);
  CHECK(numberStyleOf("de-AT") == NumberStyle::kDecimalComma);
  CHECK(numberStyleOf("en") == NumberStyle::kDecimalPoint);
  CHECK(numberStyleOf("") == NumberStyle::kDecimalPoint);
  CHECK(numberStyleOf("xx") == NumberStyle::kDecimalPoint);
}

TEST_CASE("decimal-comma numbers are rewritten in place, dates and versions are not", "[ingest][wiki][language]") {
  CHECK(decimalPointForm("Es wurden 112.790 Boote gebaut.") == "Es wurden 112,790 Boote gebaut.");
  CHECK(decimalPointForm("ein 3,5-Zoll-Rohr und 1.240,5 kg") == "ein 3.5-Zoll-Rohr und 1,240.5 kg");
  CHECK(decimalPointForm("2.000.000 Euro") == "2,000,000 Euro");
  CHECK(decimalPointForm("am 23.6.1960 in Version 3.6.13") == "am 23.6.1960 in Version 3.6.13");
  CHECK(decimalPointForm("Version 3.6 kam 1960, bis 1961.") == "Version 3.6 kam 1960, bis 1961.");
  CHECK(decimalPointForm("1,2,3 und 12.34") == "1,2,3 und 12.34");
  const std::string text = "rund 4.500 Stück";
  CHECK(decimalPointForm(text).size() == text.size());
  // the figures found keep the page's own surface text
  const std::vector<Figure> figures = findFigures("Es wurden 4.500 Boote gebaut.", NumberStyle::kDecimalComma);
  REQUIRE(figures.size() == 1);
  CHECK(*figures[0].quantity.value == 4500);
  CHECK(figures[0].quantity.text == "4.500");
}

TEST_CASE("a phrase in capitals is read as in lower case, a run of acronyms is not", "[ingest][wiki][language]") {
  const std::string shouted = "2. Search again (TRY AT LEAST THREE TIMES BEFORE CONCLUDING THERE ARE NO ANSWERS).";
  REQUIRE(unshoutedForm(shouted));
  CHECK(*unshoutedForm(shouted) ==
        "2. Search again (try at least three times before concluding there are no answers).");
  CHECK_FALSE(unshoutedForm("The NVIDIA GPU API serves FOUR HUNDRED clients."));  // acronyms, no function word
  CHECK_FALSE(unshoutedForm("THE FOUR TIGERS"));                                  // three words: a name
  CHECK_FALSE(unshoutedForm("Search again and read the links."));
  // The run found wherever it starts among the eight-byte steps, and only as whole words.
  for (std::size_t pad = 0; pad < 17; ++pad) {
    const std::string before(pad, 'x');
    INFO(pad);
    CHECK(unshoutedForm(before + " READ AT LEAST THREE TIMES") == before + " read at least three times");
    CHECK(unshoutedForm(before + " xREAD AT LEAST THREE TIMES") == before + " xREAD at least three times");
    CHECK_FALSE(unshoutedForm(before + " aRE AT LEAST THREE"));
  }
  const std::vector<Figure> figures = findFigures(shouted, NumberStyle::kDecimalPoint);
  REQUIRE(figures.size() == 1);
  CHECK(*figures[0].quantity.value == 3);
  CHECK(figures[0].quantity.text == "AT LEAST THREE TIMES");
}

TEST_CASE("a German page's thousands dot and decimal comma give the values it means", "[ingest][wiki][language]") {
  const std::string page =
      "Die '''Nordwerft''' ist eine Werft.\n\n"
      "45.310 Boote wurden von der Nordwerft gebaut.<ref>{{Internetquelle |url=https://werft.example/boote "
      "|titel=Bootsbau}}</ref>\n\n"
      "Der Senat beendete den Streit mit einer Zahlung von 250.000 USD.<ref>{{Internetquelle "
      "|url=https://werft.example/senat |titel=Senat}}</ref>\n\n"
      "Das Rohr war 2,4 Meter lang.<ref>{{Internetquelle |url=https://werft.example/rohr |titel=Rohr}}</ref>\n\n"
      "[[Kategorie:Werft]]\n";
  const Article article = readWikitext(page, "Nordwerft.wiki", {"Nordwerft", "", ""});
  CHECK(article.language == "de");
  const std::vector<FigureRow> rows = figuresOf(article);
  const FigureRow* boats = rowWith(rows, 45310);
  REQUIRE(boats);
  CHECK(boats->unit == "count");
  CHECK(boats->urls == std::vector<std::string>{"https://werft.example/boote"});
  const FigureRow* payment = rowWith(rows, 250000);
  REQUIRE(payment);
  CHECK(payment->unit == "USD");
  CHECK(payment->urls == std::vector<std::string>{"https://werft.example/senat"});
  const FigureRow* pipe = rowWith(rows, 2.4);
  REQUIRE(pipe);
  CHECK(pipe->unit == "m");
  CHECK(!rowWith(rows, 45.31));
  CHECK(!rowWith(rows, 250));
}

TEST_CASE("an English page keeps the decimal point, whatever a dump's language says of others",
          "[ingest][wiki][language]") {
  const std::string page =
      "The '''Harbour Yard''' builds boats.\n\nIts hull is 45.31 metres long.<ref>{{cite web "
      "|url=https://yard.example/avg |title=Average}}</ref>\n\n[[Category:Shipyards]]\n";
  const std::vector<FigureRow> english = figuresOf(readWikitext(page, "Harbour.wiki", {"Harbour Yard", "", ""}));
  REQUIRE(rowWith(english, 45.31));
  CHECK(!rowWith(english, 45310));
  // a dump that says its pages are German reads the same digits as a German page writes them
  const Article german = readWikitext(page, "dump.xml#Harbour Yard", {"Harbour Yard", "", "", "de"});
  CHECK(german.language == "de");
}

TEST_CASE("a page written on one line gets its headings, lists and table rows back", "[ingest][wiki][lines]") {
  const std::string flat =
      "'''Tarn Rovers''' is a football club. ==History== The club was founded in 1890. "
      "===Records=== It scored 131 goals in 36 matches. * '''[[Ann Smith]]''' – captain ** deputy "
      "{| class=\"wikitable\" |- ! Name !! Role |- | Ann Smith || Chair |} ==Honours== * Cup: 1901";
  CHECK(linesFlattened(flat));
  const std::string restored = restoreLines(flat);
  CHECK(restored.size() == flat.size());
  CHECK(restored ==
        "'''Tarn Rovers''' is a football club.\n==History==\nThe club was founded in 1890.\n"
        "===Records===\nIt scored 131 goals in 36 matches.\n* '''[[Ann Smith]]''' – captain\n** deputy\n"
        "{| class=\"wikitable\"\n|-\n! Name !! Role\n|-\n| Ann Smith || Chair\n|}\n==Honours==\n* Cup: 1901");
  const std::vector<std::uint32_t> lines = originalLines(flat, restored);
  REQUIRE(lines.size() == 16);
  CHECK(lines[15] == 1);
  // a table right after a heading is a table too
  CHECK(restoreLines("A. ==One== B. ==Two== {| class=\"t\" ! Year ! Cup |- | 1901 | Won |}") ==
        "A.\n==One==\nB.\n==Two==\n{| class=\"t\"\n! Year\n! Cup\n|-\n| 1901\n| Won\n|}");
  // a page whose headings start their lines is left alone
  const std::string normal = "Intro text.\n==History==\nA == B is no heading.\n==Later==\nMore.";
  CHECK(!linesFlattened(normal));
  CHECK(restoreLines(normal) == normal);
}

TEST_CASE("a flattened page's sections and list items are read as sections and items, on the file's line",
          "[ingest][wiki][lines]") {
  const std::string flat =
      "'''Tarn Rovers''' is a football club. ==History== The club was founded in 1890. "
      "==Records== In 1931 it scored 131 goals in 36 matches.<ref>{{cite web |url=https://tarn.example/1931 "
      "|title=Season 1931}}</ref> ==Honours== * League champions: 1931";
  const Article article = readWikitext(flat, "tarn.wiki", {"Tarn Rovers", "", ""});
  REQUIRE(article.sections.size() == 3);
  CHECK(article.sections[0].title == "History");
  CHECK(article.sections[1].title == "Records");
  CHECK(article.sections[2].title == "Honours");
  bool item = false;
  for (const Block& b : article.blocks) {
    CHECK(b.line == 1);
    item = item || (b.kind == BlockKind::kListItem && trim(b.text) == "League champions: 1931");
  }
  CHECK(item);
  const std::vector<FigureRow> rows = figuresOf(article);
  const FigureRow* goals = rowWith(rows, 131);
  REQUIRE(goals);
  CHECK(goals->urls == std::vector<std::string>{"https://tarn.example/1931"});
}

TEST_CASE("a crowd, an attendance and a travelling support count people with no noun after the number",
          "[ingest][quantity][headcount]") {
  struct Row {
    const char* text;
    double value;
    cg::graph::Bound bound;
    const char* noun;
  };
  static const Row rows[] = {
      {"The semi-final drew a crowd of 12,406 to the park.", 12406, cg::graph::Bound::kExact, "crowd"},
      {"They won with a travelling support of over 2300.", 2300, cg::graph::Bound::kAtLeast, "supporters"},
      {"The cup was lifted in front of almost 7000 the next day.", 7000, cg::graph::Bound::kExact, "crowd"},
      {"A record attendance of 31,306 saw the replay.", 31306, cg::graph::Bound::kExact, "attendance"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    const std::vector<Figure> figures = findFigures(r.text);
    REQUIRE(figures.size() == 1);
    CHECK(*figures[0].quantity.value == r.value);
    CHECK(figures[0].quantity.unit == "count");
    CHECK(figures[0].quantity.bound == r.bound);
    CHECK(figures[0].noun == r.noun);
  }
  // "in front of" counts people only when no counted noun follows the number
  const std::vector<Figure> cameras = findFigures("She spoke in front of 14 cameras.");
  REQUIRE(cameras.size() == 1);
  CHECK(cameras[0].noun == "cameras");
}

TEST_CASE("a German infobox's grouped and decimal-comma figures read in the page's style", "[ingest][wiki][language]") {
  const std::string page =
      "{{Infobox Unternehmen\n| Name = Nordwerft\n| Mitarbeiter = 12&nbsp;400\n"
      "| Umsatz = 1,2 Mrd. Euro<ref>{{Internetquelle |url=https://werft.example/bericht |titel=Bericht}}</ref>\n}}\n"
      "Die '''Nordwerft''' ist eine Werft.\n\n[[Kategorie:Werft]]\n";
  const std::vector<FigureRow> rows = figuresOf(readWikitext(page, "Nordwerft.wiki", {"Nordwerft", "", ""}));
  const FigureRow* staff = rowWith(rows, 12400);
  REQUIRE(staff);
  CHECK(staff->unit == "count");
  const FigureRow* revenue = rowWith(rows, 1.2e9);
  REQUIRE(revenue);
  CHECK(revenue->unit == "EUR");
  CHECK(revenue->urls == std::vector<std::string>{"https://werft.example/bericht"});
  CHECK(!rowWith(rows, 12.4));
}
