// The wikitext reader: citations and their numbering, short citations, infoboxes, tables,
// links, formatting templates, German cite templates, and hostile wikitext.
#include <algorithm>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "ingest/Entities.h"
#include "ingest/Extractor.h"
#include "ingest/WikiMarkup.h"
#include "ingest/WikiTables.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;
using cg::test::repo;

namespace {

const Article& widgets() {
  static const Article article = readWikitextFile(repo("tests/fixtures/wiki/Widget_Works.wiki"));
  return article;
}

const cg::graph::DocumentBundle& widgetBundle() {
  static const cg::graph::DocumentBundle bundle = extract(widgets());
  return bundle;
}

// The sentence that starts with `prefix`: its block and refs.
std::pair<const Block*, std::vector<int>> sentenceStarting(const Article& a, std::string_view prefix) {
  for (const auto& b : a.blocks)
    for (const auto& s : b.sentences)
      if (std::string_view(b.text).substr(s.begin, s.end - s.begin).starts_with(prefix)) return {&b, s.refs};
  return {nullptr, {}};
}

const cg::graph::ClaimRecord* claimWith(const cg::graph::DocumentBundle& b, std::string_view text) {
  for (const auto& c : b.claims)
    if (c.text.find(text) != std::string::npos) return &c;
  return nullptr;
}

std::string entityKey(const cg::graph::DocumentBundle& b, int index) {
  return index < 0 ? "" : b.entities[static_cast<std::size_t>(index)].key;
}

bool hasDiagnostic(const Article& a, std::string_view code) {
  return std::any_of(a.diagnostics.begin(), a.diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; });
}

// A source's title and publisher, as the reference gives them.
void checkTitled(const Reference& r, std::string_view title, std::string_view publisher) {
  CHECK(r.title == title);
  CHECK(r.publisher == publisher);
}

// The references of a small page, which must have `count` of them.
std::vector<Reference> referencesOf(const std::string& page, std::size_t count) {
  Article a = readWikitext(page, "refs.wiki", {"Refs", "", ""});
  REQUIRE(a.references.size() == count);
  return a.references;
}

// A source's title, work and publisher ("" where it has none).
void checkNamed(const Reference& r, std::string_view title, std::string_view work, std::string_view publisher) {
  CHECK(r.work == work);
  checkTitled(r, title, publisher);
}

TemplateCall call(std::string name, std::vector<std::pair<std::string, std::string>> params) {
  return TemplateCall{std::move(name), std::move(params)};
}

}  // namespace

TEST_CASE("a wiki page's title is its file name and its categories are kept", "[ingest][wiki]") {
  const Article& a = widgets();
  CHECK(a.title == "Widget Works");
  CHECK(a.format == "wikitext");
  CHECK(a.categories == std::vector<std::string>{"Widget makers", "Companies of Springfield"});
  REQUIRE(a.sections.size() == 5);
  CHECK(a.sections[0].title == "History");
  CHECK(a.sections[1].title == "Markets");
  CHECK(a.sections[1].level == 3);
  CHECK(a.sections[1].parent == 0);
}

TEST_CASE("cite templates, free text and bare URLs become references with their fields", "[ingest][wiki]") {
  const Article& a = widgets();
  REQUIRE(a.references.size() == 5);
  const Reference& annual = a.references[0];
  CHECK(annual.title == "Annual Report 2023");
  CHECK(annual.publisher == "Widget Works");
  CHECK(annual.date == "2024-03-03");
  CHECK(annual.accessed == "2024-04-01");
  CHECK(annual.url == "https://widgets.example/ar2023");
  const Reference& gazette = a.references[1];  // work= and no publisher=: the work is named
  CHECK(gazette.title == "Widget Works grows");
  CHECK(gazette.work == "Springfield Gazette");
  CHECK(gazette.publisher == "Springfield Gazette");
  CHECK(gazette.date == "2020-05-01");
  const Reference& bare = a.references[2];  // a bare URL: its domain stands in as publisher
  CHECK(bare.url == "http://www.rails.example/history");
  CHECK(bare.publisher == "rails.example");
  const Reference& freeText = a.references[4];  // "Title". ''Work''. Date.
  CHECK(freeText.title == "Widget lore");
  CHECK(freeText.work == "Widget Monthly");
  CHECK(freeText.date == "2018-06-12");
}

TEST_CASE("a named ref reused before its definition is one reference numbered at first appearance", "[ingest][wiki]") {
  const Article& a = widgets();
  // The infobox cites "annual" first (1); the lead reuses "gazette" before the History
  // section defines it (2), then reuses "annual" (still 1).
  auto [lead, leadRefs] = sentenceStarting(a, "Widget Works is a maker");
  REQUIRE(lead);
  CHECK(leadRefs == std::vector<int>{2});
  auto [founded, foundedRefs] = sentenceStarting(a, "It was founded on March 15, 1949");
  REQUIRE(founded);
  CHECK(foundedRefs == std::vector<int>{1});
  auto [asOf, asOfRefs] = sentenceStarting(a, "As of 2019 it made 1,234,567 widgets");
  CHECK(asOfRefs == std::vector<int>{2});
  CHECK(a.references[1].number == 2);
}

TEST_CASE("group notes are kept apart from the references", "[ingest][wiki]") {
  const Article& a = widgets();
  for (const auto& r : a.references) CHECK(r.title != "The figure excludes exports.");
  auto [block, refs] = sentenceStarting(a, "The company had revenue of US$300 million");
  REQUIRE(block);
  CHECK(refs == std::vector<int>{4});  // the sfn only; the note has no number among references
}

TEST_CASE("an sfn short citation is bound to its bibliography entry", "[ingest][wiki]") {
  const Reference& jones = widgets().references[3];
  CHECK(jones.number == 4);
  CHECK(jones.title == "A History of Widgets");
  CHECK(jones.publisher == "Desert Press");
  CHECK(jones.date == "2005");
  CHECK(jones.url == "urn:isbn:978-0-00-000000-0");
}

TEST_CASE("infobox figure fields become claims about the page's subject with their refs and date", "[ingest][wiki]") {
  const auto& b = widgetBundle();
  const auto* revenue = claimWith(b, "Widget Works | Revenue | US$1.2 billion (2023)");
  REQUIRE(revenue);
  CHECK(entityKey(b, revenue->subject) == "widget_works");
  REQUIRE(revenue->quantity);
  CHECK(*revenue->quantity->value == 1.2e9);
  CHECK(revenue->quantity->unit == "USD");
  CHECK(revenue->measure == "revenue");
  CHECK(revenue->asOf == "2023");
  REQUIRE(revenue->sources.size() == 1);
  CHECK(b.sources[static_cast<std::size_t>(revenue->sources[0])].title == "Annual Report 2023");
  const auto* employees = claimWith(b, "Widget Works | Employees | 5,400 employees (2022)");
  REQUIRE(employees);
  CHECK(employees->measure == "employees");
  CHECK(employees->asOf == "2022");
  CHECK(*employees->quantity->value == 5400);
}

TEST_CASE("a table row header is the row's subject", "[ingest][wiki]") {
  const auto& b = widgetBundle();
  const auto* gadget = claimWith(b, "Gadget Corp | US$40 million");
  REQUIRE(gadget);
  CHECK(entityKey(b, gadget->subject) == "gadget_corp");
  CHECK(gadget->measure == "revenue");  // from the header row "Market | Sales (2021)"
  CHECK(gadget->asOf == "2021");
  REQUIRE(gadget->sources.size() == 1);
  CHECK(b.sources[static_cast<std::size_t>(gadget->sources[0])].title == "Widget Works grows");
  const auto* springfield = claimWith(b, "Springfield | US$25 million");
  REQUIRE(springfield);
  CHECK(entityKey(b, springfield->subject) == "springfield");
}

TEST_CASE("wiki links are mentions whose target is the identity", "[ingest][wiki]") {
  auto [block, refs] = sentenceStarting(widgets(), "Widget Works is a maker of widgets based in Springfield.");
  REQUIRE(block);
  REQUIRE(block->links.size() == 3);
  CHECK(block->links[0].text == "widgets");
  CHECK(block->links[0].key == "widget_(economics)");
  CHECK(block->links[1].text == "Springfield");
  CHECK(block->links[1].key == "springfield");
  CHECK(block->links[2].text == "Ada Smith");
  CHECK(block->links[2].key == "ada_smith");
}

TEST_CASE("comments, nowiki, entities and language templates read as the page shows them", "[ingest][wiki]") {
  auto [block, refs] = sentenceStarting(widgets(), "Its founder wrote");
  REQUIRE(block);
  CHECK(block->text ==
        "Its founder wrote that widgets \"[[are not]] {{templates}}\" \u2013 the motto toujours des widgets.");
  for (const auto& b : widgets().blocks) CHECK(b.text.find("comment") == std::string::npos);
}

TEST_CASE("formatting templates render what they show", "[ingest][wiki]") {
  CHECK(renderFormatting(call("convert", {{"", "12"}, {"", "km"}, {"", "mi"}})) == "12 kilometres (7.456 mi)");
  CHECK(renderFormatting(call("convert", {{"", "1"}, {"", "-"}, {"", "5"}, {"", "km"}})) ==
        "1 \u2013 5 kilometres (0.6214 \u2013 3.107 mi)");
  CHECK(renderFormatting(call("us$", {{"", "1.2 billion"}})) == "US$1.2 billion");
  CHECK(renderFormatting(call("formatnum", {{"", "1234567.5"}})) == "1,234,567.5");
  CHECK(renderFormatting(call("as of", {{"", "2023"}, {"", "5"}})) == "As of May 2023");
  CHECK(renderFormatting(call("as of", {{"", "2023"}, {"lc", "y"}})) == "as of 2023");
  CHECK(renderFormatting(call("start date", {{"", "2001"}, {"", "3"}, {"", "15"}})) == "March 15, 2001");
  CHECK(renderFormatting(call("start date", {{"", "2001"}, {"", "3"}, {"", "15"}, {"df", "yes"}})) == "15 March 2001");
  CHECK(renderFormatting(call("nowrap", {{"", "5 km"}})) == "5 km");
  CHECK(renderFormatting(call("lang", {{"", "fr"}, {"", "texte"}})) == "texte");
  CHECK_FALSE(renderFormatting(call("citation needed", {{"date", "May 2020"}})).has_value());
}

TEST_CASE("German pages cite with Internetquelle and Literatur", "[ingest][wiki]") {
  Article a = readWikitextFile(repo("tests/fixtures/wiki/Beispiel_GmbH.wiki"));
  REQUIRE(a.references.size() == 2);
  CHECK(a.references[0].title == "Geschäftsbericht 2022");
  CHECK(a.references[0].work == "Beispiel-Magazin");
  CHECK(a.references[0].publisher == "Beispiel Verlag");
  CHECK(a.references[0].date == "2023-02-01");
  CHECK(a.references[0].accessed == "2023-03-01");
  CHECK(a.references[0].url == "https://www.beispiel.example/bericht");
  checkTitled(a.references[1], "Schrauben in Deutschland", "Muster Verlag");
  CHECK(a.references[1].date == "2019");
}

TEST_CASE("hostile wikitext: unclosed ref, unbalanced braces and brackets are diagnosed, text kept",
          "[ingest][wiki][robustness]") {
  Article a = readWikitextFile(repo("tests/fixtures/wiki/hostile.wiki"));
  CHECK(hasDiagnostic(a, "unclosed-ref"));
  CHECK(hasDiagnostic(a, "unbalanced-braces"));
  CHECK(hasDiagnostic(a, "unbalanced-brackets"));
  CHECK(hasDiagnostic(a, "dangling-marker"));  // <ref name="x" /> never defined
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].title == "Unclosed");
  auto [later, refs] = sentenceStarting(a, "Later text stays readable.");
  CHECK(later);
  auto [start, startRefs] = sentenceStarting(a, "Start of the page.");
  REQUIRE(start);
  CHECK(startRefs == std::vector<int>{1});
}

TEST_CASE("a template nested 10,000 deep is read in one pass and the sentence kept", "[ingest][wiki][robustness]") {
  std::string page = "Before the templates.";
  for (int i = 0; i < 10000; ++i) page += "{{nowrap|";
  page += "deep";
  for (int i = 0; i < 10000; ++i) page += "}}";
  page += " After the templates.\n\nUnclosed ";
  for (int i = 0; i < 10000; ++i) page += "{{x|[[y|";
  Article a = readWikitext(page, "deep.wiki", {"Deep", "", ""});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks[0].text == "Before the templates. After the templates.");
  CHECK(hasDiagnostic(a, "template-too-deep"));
  CHECK(hasDiagnostic(a, "unbalanced-braces"));
}

TEST_CASE("a redirect page is recognised", "[ingest][wiki]") {
  CHECK(isRedirect("#REDIRECT [[Toronto]]"));
  CHECK(isRedirect("  #redirect[[Toronto]]"));
  CHECK_FALSE(isRedirect("'''Toronto''' is a city."));
  CHECK(isWikitextPath("a/Page.WIKI"));
  CHECK(isWikitextPath("b.mediawiki"));
  CHECK_FALSE(isWikitextPath("c.md"));
}

TEST_CASE("free-text references: short citations find their bibliography line, publishers are found in the text",
          "[ingest][wiki]") {
  std::string page =
      "Widgets were first sold in 1901.<ref>Bodie 2001, p. 208.</ref> They spread fast.<ref>Hill, pp. 25–28</ref> "
      "Prices fell.<ref>Smith, J. ''A History of Prices''. New York: Henry Holt, 2006.</ref> "
      "Sales rose.<ref>Doe, J. ''Widgets Today''. Rutgers University Press, 2004.</ref>\n\n"
      "== Bibliography ==\n"
      "* Bodie, Warren M. ''The Lockheed Widget''. Hayesville, North Carolina: Widewing Publications, 2001.\n"
      "* {{cite book |last=Hill |first=Chris |year=1996 |title=Olympic Widgets |publisher=Manchester Press}}\n";
  Article a = readWikitext(page, "free.wiki", {"Free", "", ""});
  REQUIRE(a.references.size() == 4);
  checkTitled(a.references[0], "The Lockheed Widget", "Widewing Publications");
  checkTitled(a.references[1], "Olympic Widgets", "Manchester Press");
  checkTitled(a.references[2], "A History of Prices", "Henry Holt");
  CHECK(a.references[2].date == "2006");
  CHECK(a.references[3].publisher == "Rutgers University Press");
}

TEST_CASE("an infobox field with two periods gives one claim per period, each with its own date and refs",
          "[ingest][wiki]") {
  std::string page =
      "{{Infobox company\n| name = Taco Co\n"
      "| revenue = US$1.7 billion (2014)<ref>{{cite web |title=Report 2014 |url=https://taco.example/2014}}</ref>, "
      "US$1.2 billion (2013)\n}}\n'''Taco Co''' sells tacos.\n";
  auto bundle = extract(readWikitext(page, "taco.wiki", {"Taco Co", "", ""}));
  const auto* recent = claimWith(bundle, "Taco Co | Revenue | US$1.7 billion (2014)");
  const auto* earlier = claimWith(bundle, "Taco Co | Revenue | US$1.2 billion (2013)");
  REQUIRE(recent);
  REQUIRE(earlier);
  CHECK(recent->asOf == "2014");
  CHECK(recent->sources.size() == 1);
  CHECK(earlier->asOf == "2013");
  CHECK(earlier->sources.empty());
  CHECK(*earlier->quantity->value == 1.2e9);
}

TEST_CASE("a redirect file in a folder is skipped, also under --strict", "[ingest][wiki]") {
  auto dir = cg::test::tempDir("redirect");
  std::filesystem::copy_file(repo("tests/fixtures/wiki/Beispiel_GmbH.wiki"), dir / "Beispiel_GmbH.wiki");
  std::ofstream(dir / "Old_name.wiki") << "\xEF\xBB\xBF#REDIRECT [[Beispiel GmbH]]\n";
  CHECK(isRedirectFile(dir / "Old_name.wiki"));
  auto run = cg::test::runCli("ingest --strict " + cg::test::quote(dir.string()) + " -o " +
                              cg::test::quote((dir / "g.cg").string()));
  CHECK(run.status == 0);
  CHECK(run.err.find("Old_name.wiki:1: warning: the page is a redirect; skipped [redirect]") != std::string::npos);
  auto alone = cg::test::runCli("ingest " + cg::test::quote((dir / "Old_name.wiki").string()) + " -o " +
                                cg::test::quote((dir / "h.cg").string()));
  CHECK(alone.status == 1);
}

TEST_CASE("a book's italic title is the work it cites, not its publisher: its author stands for one it does not name",
          "[ingest][wiki]") {
  std::string page =
      "Widgets sold.<ref>Ann Cole, ''Widgets of the Far North'', 1996, pp. 2, 3.</ref> "
      "They spread.<ref>{{cite book |author=Lee, Bo |title=Widget Age |year=2009 |isbn=0-00-000000-1}}</ref>\n";
  auto refs = referencesOf(page, 2);
  checkNamed(refs[0], "Widgets of the Far North", "Widgets of the Far North", "Ann Cole");
  CHECK(refs[0].url.empty());
  checkNamed(refs[1], "Widget Age", "Widget Age", "Lee, Bo");  // author=, as written
  CHECK(refs[1].byAuthor);
  CHECK(refs[1].url == "urn:isbn:0-00-000000-1");
}

TEST_CASE("an APA reference gives its journal as work and a name with a day's date is a periodical", "[ingest][wiki]") {
  std::string page =
      "Privacy is traded.<ref>Roe, R. A. (1981). The price of widgets. The Widget Review, 71(2), 405-409.</ref> "
      "A sermon was aired.<ref>Daily Widget, May 29, 1994</ref> Tanaka agreed.<ref>Tanaka, 1996</ref>\n";
  auto refs = referencesOf(page, 3);
  checkNamed(refs[0], "The price of widgets", "The Widget Review", "The Widget Review");
  CHECK(refs[0].date == "1981");
  CHECK(refs[1].work == "Daily Widget");
  CHECK(refs[1].publisher == "Daily Widget");
  CHECK(refs[1].date == "1994-05-29");
  CHECK(refs[2].work.empty());  // an author and a year: no periodical; the author is all it names
  CHECK(refs[2].publisher == "Tanaka");
}

TEST_CASE("short citations find entries by a year within a span, a given-name-first author, a particle and 'See'",
          "[ingest][wiki]") {
  std::string page =
      "Dialects differ.<ref>Grey 1920:477</ref> Axioms hold.<ref>van Dijk 1967:94</ref> "
      "Rings factor.<ref>See Fral & Katz (1967), p. 73</ref>\n\n"
      "== Bibliography ==\n"
      "* Grey, George A. 1904–1928. [http://survey.example/ Survey of Widgets]. Calcutta: Survey Press.\n"
      "* [[Jan van Dijk]], 1967. ''From Widgets to Gadgets''. Harvard University Press.\n"
      "* John B. Fral, Victor J. Katz. ''A Course in Widgets''. Addison Publishing, 1967.\n";
  auto refs = referencesOf(page, 3);
  CHECK(refs[0].title == "Survey of Widgets");
  CHECK(refs[0].url == "http://survey.example/");
  CHECK(refs[0].publisher == "Survey Press");
  checkTitled(refs[1], "From Widgets to Gadgets", "Harvard University Press");
  checkTitled(refs[2], "A Course in Widgets", "Addison Publishing");
}

TEST_CASE("a free URL ends before the punctuation that follows it", "[ingest][wiki]") {
  std::string page =
      "Games were held.<ref>''Widget Games'', http://games.example/page, Accessed September 3, 2011.</ref>\n";
  auto refs = referencesOf(page, 1);
  CHECK(refs[0].url == "http://games.example/page");
  CHECK(refs[0].title == "Widget Games");  // the italic title is the work cited, not its publisher
  CHECK(refs[0].work == "Widget Games");
  CHECK(refs[0].publisher == "games.example");
}

TEST_CASE("refs of a dropped template, a non-figure infobox field, a caption and a #tag:ref note are references",
          "[ingest][wiki]") {
  std::string page =
      "{{Infobox town\n| leader = Mayor Ann<ref>{{cite web |url=http://a.example/ |title=Mayor}}</ref>\n}}\n"
      "[[File:Town.jpg|thumb|The hall.<ref>{{cite web |url=http://b.example/ |title=Hall}}</ref>]]\n"
      "Town grew.{{#tag:ref|A note citing a paper.<ref>{{cite web |url=http://c.example/ |title=Paper}}</ref>"
      "|group=\"nb\"}}\n\nIt is old.{{#tag:ref|{{cite web |url=http://d.example/ |title=Age}}}}\n\n"
      "{{US Census population |footnote=Census<ref>{{cite web |url=http://e.example/ |title=Census}}</ref>}}\n\n"
      "== References ==\n{{reflist|refs=<ref name=\"unused\">{{cite web |url=http://f.example/ "
      "|title=Unused}}</ref>}}\n";
  auto refs = referencesOf(page, 5);
  std::vector<std::string> titles;
  for (const auto& r : refs) titles.push_back(r.title);
  CHECK(titles == std::vector<std::string>{"Mayor", "Hall", "Paper", "Age", "Census"});
  Article a = readWikitext(page, "refs.wiki", {"Town", "", ""});
  CHECK(sentenceStarting(a, "Town grew.").second.empty());  // the note's paper cites the note, not the sentence
  CHECK(sentenceStarting(a, "It is old.").second == std::vector<int>{4});
}

TEST_CASE("free text: a publisher before the pages, a curly-quoted title before its periodical, a GNIS citation",
          "[ingest][wiki]") {
  std::string page =
      "Crosses stood.<ref>Lang, A. (1896) ''Old Widget Crosses''. Truro: Joseph Penn; pp. 46, 57</ref> "
      "A critic liked it.<ref>Ann Roe, \u201cOf Widgets and Traders,\u201d The Widget Times, June 5, 1972. "
      "See also Bo Lee, \u201cA Review,\u201d The Widget Times, July 30, 1972.</ref> "
      "It is a place.<ref>{{cite gnis|1562127|Bradley}}</ref>\n";
  auto refs = referencesOf(page, 3);
  checkNamed(refs[0], "Old Widget Crosses", "Old Widget Crosses", "Joseph Penn");
  checkNamed(refs[1], "Of Widgets and Traders", "The Widget Times", "The Widget Times");
  CHECK(refs[1].date == "1972-06-05");
  checkNamed(refs[2], "Feature Detail Report for: Bradley", "Geographic Names Information System",
             "U.S. Geological Survey");
  CHECK(refs[2].url == "https://edits.nationalmap.gov/apps/gaz-domestic/public/summary/1562127");
}

TEST_CASE("a block quotation is quoted text, on the paragraph of the colon that introduces it", "[ingest][wiki]") {
  std::string page =
      "Ann Roe wrote on her blog:\n\n{{cquote|\nWe are the \"widget\" people.\nFine with me.<ref>Roe blog</ref>\n}}\n\n"
      "The town thrived.\n<blockquote>\nIt was \u201cgrand\u201d then, and we knew it well.\n</blockquote>\nIt grew.\n";
  Article a = readWikitext(page, "quotes.wiki", {"Quotes", "", ""});
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].text ==
        "Ann Roe wrote on her blog: \u201cWe are the \u2018widget\u2019 people. Fine with me.\u201d");
  CHECK(a.blocks[0].line == 1);
  CHECK(a.blocks[1].text ==
        "The town thrived. \u201cIt was \u2018grand\u2019 then, and we knew it well.\u201d It grew.");
  CHECK(a.blocks[1].line == 8);
  auto bundle = extract(a);
  const auto* quote = claimWith(bundle, "widget");
  REQUIRE(quote != nullptr);
  REQUIRE(quote->claimants.size() == 1);
  CHECK(bundle.entities[static_cast<std::size_t>(quote->claimants[0])].name == "Ann Roe");
}

TEST_CASE("a page's identity is its title as links name it, so its infobox rows and its name are one entity",
          "[ingest][wiki]") {
  std::string page =
      "{{Infobox company\n| name = Widget Works, Inc.\n| revenue = US$5 million (2020)\n}}\n"
      "'''Widget Works''' makes widgets. Widget Works employs 40 people.<ref>Widget News, May 2, 2020</ref>\n";
  Article a = readWikitext(page, "w.wiki", {"Widget Works (company)", "", ""});
  CHECK(a.slug == "widget_works_(company)");
  auto bundle = extract(a);
  const auto* row = claimWith(bundle, "Revenue");
  const auto* sentence = claimWith(bundle, "employs 40");
  REQUIRE(row != nullptr);
  REQUIRE(sentence != nullptr);
  CHECK(entityKey(bundle, row->subject) == "widget_works_(company)");
  CHECK(entityKey(bundle, sentence->subject) == "widget_works_(company)");
}

TEST_CASE("a block quotation on the line of the text before it is words of its own", "[ingest][wiki]") {
  Article a =
      readWikitext("It reads:{{quote|Widgets are good for you and me.}} Law.<blockquote>We fought.</blockquote>\n",
                   "q.wiki", {"Q", "", ""});
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text == "It reads: \u201cWidgets are good for you and me.\u201d Law. \u201cWe fought.\u201d");
}

TEST_CASE("a blockquote never closed is no quotation and the paragraphs after it stay apart", "[ingest][wiki]") {
  Article a =
      readWikitext("One said:\n<blockquote>\nIt was grand.\n\nTwo paragraphs later.\n", "q.wiki", {"Q", "", ""});
  REQUIRE(!a.blocks.empty());
  for (const auto& b : a.blocks) CHECK(b.text.find("\u201c") == std::string::npos);
  CHECK(a.blocks.back().text == "Two paragraphs later.");
  CHECK(a.blocks.back().line == 5);
}

namespace {

const Article& nordlys() {
  static const Article article = readWikitextFile(repo("tests/fixtures/wiki/Nordlys_ASA.wiki"));
  return article;
}

// The fixture's eleven references.
const std::vector<Reference>& nordlysRefs() {
  REQUIRE(nordlys().references.size() == 11);
  return nordlys().references;
}

}  // namespace

TEST_CASE("database templates in a ref cite their database, and a template's European date keeps its day",
          "[ingest][wiki]") {
  const auto& refs = nordlysRefs();
  checkNamed(refs[1], "Nordlys sel lamper", "Avisa", "Avisa");
  CHECK(refs[1].date == "2012-10-21");
  checkNamed(refs[2], "Kari Nord", "IMDb", "IMDb");
  CHECK(refs[2].url == "https://www.imdb.com/name/nm0123456/");
  checkNamed(refs[3], "Nordby", "GEOnet Names Server", "National Geospatial-Intelligence Agency");
}

TEST_CASE("free text: a work between a linked title and its date, a publisher between a book title and its year",
          "[ingest][wiki]") {
  const auto& refs = nordlysRefs();
  checkNamed(refs[4], "Lamps of the North", "Northern Times", "Northern Times");
  CHECK(refs[4].date == "2001-06-14");
  checkNamed(refs[5], "Lights of Norway", "Lights of Norway", "I.B.Tauris");
}

TEST_CASE(
    "short citations: harvs by its fields, a year span by its first year, an author written surname first, "
    "one entry under several years",
    "[ingest][wiki]") {
  const auto& refs = nordlysRefs();
  checkNamed(refs[6], "Northern Lamps", "Lamp Studies", "Lamp Studies");
  checkNamed(refs[7], "Nordlys Papers", "Nordlys Papers", "Fjord Press");
  checkNamed(refs[8], "Critics of Light", "Critics of Light", "Aurora Books");
  checkNamed(refs[9], "The Lamp Collection 1916-1996", "The Lamp Collection 1916-1996", "Fjell Forlag");
  CHECK_FALSE(hasDiagnostic(nordlys(), "unresolved-short-citation"));
}

TEST_CASE("a ref in a heading is a reference of the page, numbered where it stands", "[ingest][wiki]") {
  const auto& refs = nordlysRefs();
  CHECK(refs[10].number == 11);
  CHECK(refs[10].url == "http://awards.example/nordlys");
  CHECK(refs[10].publisher == "awards.example");
}

TEST_CASE("a Norwegian infobox gives its figures in English: billions, thousands with a no-break space, the year",
          "[ingest][wiki]") {
  auto bundle = extract(nordlys());
  const auto* revenue = claimWith(bundle, "Nordlys ASA | Revenue | 320 billion NOK (2011)");
  const auto* staff = claimWith(bundle, "Nordlys ASA | Employees | 12,400 employees");
  REQUIRE(revenue);
  REQUIRE(staff);
  CHECK(*revenue->quantity->value == 320e9);
  CHECK(revenue->quantity->unit == "NOK");
  CHECK(revenue->asOf == "2011");
  CHECK(revenue->sources.size() == 1);
  CHECK(*staff->quantity->value == 12400);
}

TEST_CASE(
    "a book listed twice, under References and under Further reading, is one entry for a short citation, "
    "an editor's ', ed.' is no surname",
    "[ingest][wiki]") {
  std::string page =
      "Lamps spread.<ref>Lund, pp 8–10</ref> Axioms.<ref>van Heijenoort 1967:94</ref>\n\n"
      "== References ==\n"
      "* {{cite book |last=Lund |first=Per |title=This Great Lamp: A History |publisher=Fjord Press |year=1981}}\n"
      "* {{cite book |author=[[Jean van Heijenoort]], ed. |title=From Frege to Godel |publisher=Harvard |year=1967}}\n"
      "== Further reading ==\n"
      "* Per Lund, ''This Great Lamp. A History'', Fjord Press, 1981, new edition 2007\n";
  auto refs = referencesOf(page, 2);
  checkNamed(refs[0], "This Great Lamp: A History", "This Great Lamp: A History", "Fjord Press");
  checkNamed(refs[1], "From Frege to Godel", "From Frege to Godel", "Harvard");
}

namespace {

const Article& tremors() {
  static const Article article = readWikitextFile(repo("tests/fixtures/wiki/Tremors_of_Nowhere.wiki"));
  return article;
}

const cg::graph::DocumentBundle& tremorBundle() {
  static const cg::graph::DocumentBundle bundle = extract(tremors());
  return bundle;
}

// The figure claims whose quantity has this value, in claim order.
std::vector<const cg::graph::ClaimRecord*> figuresOf(const cg::graph::DocumentBundle& b, double value) {
  std::vector<const cg::graph::ClaimRecord*> out;
  for (const auto& c : b.claims)
    if (c.quantity && c.quantity->value && *c.quantity->value == value) out.push_back(&c);
  return out;
}

std::string entityName(const cg::graph::DocumentBundle& b, int index) {
  return index < 0 ? "" : b.entities[static_cast<std::size_t>(index)].name;
}

}  // namespace

TEST_CASE("a table header names the unit or counted noun of a bare number under it", "[ingest][wiki]") {
  const struct {
    const char* header;
    const char* cell;
    const char* shown;
  } cases[] = {
      {"Deaths", "28", "28 deaths"},
      {"General seats", "14", "14 general seats"},
      {"No. of Locations", "1,240", "1,240 locations"},
      {"Approximate number of bodies", "330", "330 bodies"},
      {"Population", "5,000", "5,000 people"},
      {"[[Moment magnitude scale|''M'']]", "8.7–9.2", "8.7–9.2 magnitude"},
      {"Height (m)", "1.80", "1.80 metres"},
      {"Share (%)", "12.5", "12.5%"},
      {"Deaths", "2.5", "2.5"},                 // a count is whole
      {"Deaths", "28<br>", "28<br>"},           // only a number
      {"Population (millions)", "1.2", "1.2"},  // a parenthesis that scales: no unit
      {"[[Latitude|Lat]]", "47.60", "47.60"},   // coordinates
      {"Years", "1995–2001", "1995–2001"},      // a time
      {"Date", "1901-04-02", "1901-04-02"},
      {"Notes", "3", "3"},
  };
  for (const auto& c : cases) {
    INFO(c.header << " / " << c.cell);
    CHECK(withColumnUnit(c.cell, wikiColumnWord(c.header)) == c.shown);
  }
}

TEST_CASE("bare numbers in a wikitable read as figures with their column's unit, the row's link target the subject",
          "[ingest][wiki]") {
  const auto& bundle = tremorBundle();
  const auto deaths = figuresOf(bundle, 28);
  REQUIRE(deaths.size() == 1);
  CHECK(deaths[0]->quantity->unit == "count");
  CHECK(entityName(bundle, deaths[0]->subject) == "1901 Nowhere earthquake");
  CHECK(deaths[0]->sources.size() == 1);
  const auto magnitude = figuresOf(bundle, 7.0);
  REQUIRE(magnitude.size() == 1);
  CHECK(magnitude[0]->quantity->unit == "magnitude");
  const auto range = figuresOf(bundle, 7.35);
  REQUIRE(range.size() == 1);
  CHECK(*range[0]->quantity->low == 7.3);
  CHECK(*range[0]->quantity->high == 7.4);
  CHECK(entityName(bundle, range[0]->subject) == "1955 Nowhere earthquake");
  const auto height = figuresOf(bundle, 12);
  REQUIRE(height.size() == 1);
  CHECK(height[0]->quantity->unit == "m");
  // Coordinates, a decimal under a counted noun and a row under a spanning header stay bare.
  CHECK(figuresOf(bundle, 47.6).empty());
  CHECK(figuresOf(bundle, 2.5).empty());
  CHECK(figuresOf(bundle, 40).empty());
}

TEST_CASE("{{convert}} writes its unit's name, so that metres are no millions", "[ingest][wiki]") {
  CHECK(renderFormatting(call("convert", {{"", "524"}, {"", "m"}})) == "524 metres (1,719 ft)");
  CHECK(renderFormatting(call("convert", {{"", "1.6"}, {"", "sqmi"}})) == "1.6 square miles (4.144 km2)");
  CHECK(renderFormatting(call("convert", {{"", "5"}, {"", "-"}, {"", "7"}, {"", "km"}})) ==
        "5 – 7 kilometres (3.107 – 4.35 mi)");
  CHECK(renderFormatting(call("convert", {{"", "60"}, {"", "km/h"}})) == "60 km/h");
  const auto wave = figuresOf(tremorBundle(), 524);
  REQUIRE(wave.size() == 1);
  CHECK(wave[0]->quantity->unit == "m");
}

TEST_CASE("an organisation in the surname slot, or a link standing after a free-text title, is the publisher",
          "[ingest][wiki]") {
  const auto& refs = tremors().references;
  REQUIRE(refs.size() == 5);
  checkTitled(refs[0], "Quakes of Nowhere", "Nowhere Geological Survey");
  checkTitled(refs[1], "Small shake", "Nowhere Gazette");
  CHECK(refs[2].publisher == "Charter of Nowhere");
  CHECK(refs[3].publisher != "Ada Quill");          // a link at the start is the author
  checkTitled(refs[4], "Filing", "clerk.example");  // "P. Lund" is a person: the domain stands in
}

TEST_CASE("an infobox field of links names entities by their targets and makes no claim", "[ingest][wiki]") {
  const auto& bundle = tremorBundle();
  auto named = [&](std::string_view name) {
    return std::any_of(bundle.entities.begin(), bundle.entities.end(), [&](const auto& e) { return e.name == name; });
  };
  CHECK(named("Ada Quill"));
  // The target's qualifier in parentheses disambiguates the page; the name is "Old Town".
  CHECK(named("Old Town"));
  CHECK_FALSE(named("Old Town (Nowhere)"));
  CHECK(named("Nowhere County"));
  CHECK_FALSE(named("A. Quill"));
  CHECK(claimWith(bundle, "Ada Quill") == nullptr);
  CHECK(claimWith(bundle, "Mayor of Nowhere") == nullptr);
}

TEST_CASE("a page whose text never writes its title is about the name its lead opens with", "[ingest][wiki]") {
  const std::string page =
      "{{Infobox person\n| name = Jon Q. Doe\n}}\n"
      "'''Jonathan Quincy Doe''' is an American producer.\n\n"
      "== Career ==\n"
      "In 1980 [[Acme Pictures]] hired 40 writers. He initiated two public affairs programs for [[Metromedia]].\n"
      "The studio seats 200 people.\n\n"
      "[[Category:Living people]]\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "doe.wiki", {"Jon Q. Doe", "", ""}));
  const auto* programs = claimWith(b, "public affairs programs");
  const auto* seats = claimWith(b, "seats 200");
  REQUIRE(programs);
  REQUIRE(seats);
  CHECK(entityName(b, programs->subject) == "Jonathan Quincy Doe");
  // No name in its clause: the page's topic, not Acme Pictures of the figure before.
  CHECK(entityName(b, seats->subject) == "Jonathan Quincy Doe");
  CHECK(entityName(b, claimWith(b, "40 writers")->subject) == "Acme Pictures");
}

TEST_CASE("'he' after another person named in the paragraph is that person", "[ingest][wiki]") {
  const std::string page =
      "'''Ann Roe''' is an American director.\n\n"
      "== Career ==\n"
      "[[Larry Tinker]] met her in 1977. He signed three actors for [[Metromedia]].\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "roe.wiki", {"Ann Roe", "", ""}));
  const auto* actors = claimWith(b, "three actors");
  REQUIRE(actors);
  CHECK(entityName(b, actors->subject) == "Larry Tinker");
}

TEST_CASE("a census sentence's 'there were' figures are the page's, not the linked census's", "[ingest][wiki]") {
  const std::string page =
      "'''Dollar Town''' is a place in California.\n\n"
      "== Demographics ==\n"
      "As of the [[census]] of 2000, there were 1,539 people, 681 households, and 388 families residing in the CDP.\n"
      "The 2011 census put [[Scotland]]'s population at 5.3 million.\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "dollar.wiki", {"Dollar Town", "", ""}));
  for (double value : {1539.0, 681.0, 388.0}) {
    INFO(value);
    const auto figures = figuresOf(b, value);
    REQUIRE(figures.size() == 1);
    CHECK(entityName(b, figures[0]->subject) == "Dollar Town");
  }
  // A possessor in the predicate owns its figure, whatever the clause's subject is.
  REQUIRE(figuresOf(b, 5.3e6).size() == 1);
  CHECK(entityName(b, figuresOf(b, 5.3e6)[0]->subject) == "Scotland");
}

TEST_CASE("a cite template naming no outlet takes the work and date of the free text after it in its ref",
          "[ingest][wiki]") {
  const std::vector<Reference> refs = referencesOf(
      "A.<ref>{{cite web|url=https://video.example/v1|title=Biography}} A show on [[Beta TV]]. "
      "''[[Beta TV]]'', 17 April 2008. Retrieved on 23 April 2008</ref> "
      "B.<ref>{{cite web|url=https://radio.example/n1|title=News}} ''Gamma Radio''. Retrieved on April 8, 2008</ref> "
      "C.<ref>{{cite web|url=https://paper.example/a|title=Story|work=Delta Times}} ''Other''</ref>",
      3);
  checkNamed(refs[0], "Biography", "Beta TV", "Beta TV");
  CHECK(refs[0].date == "2008-04-17");
  checkNamed(refs[1], "News", "Gamma Radio", "Gamma Radio");
  CHECK(refs[1].date.empty());  // the day it was retrieved is no publication date
  checkNamed(refs[2], "Story", "Delta Times", "Delta Times");
}

TEST_CASE("on a person's page the bare surname and given name are the subject's, though relatives share the surname",
          "[ingest][wiki]") {
  // A page titled with a middle initial the text never writes, a relative of the same surname,
  // and the surname alone where the categories alone say the subject is a person.
  const std::string page =
      "'''Edda Jane Quillfeather''' is a set designer from Ostborough.\n\n"
      "== Career ==\n"
      "Edda Quillfeather joined the Harrow Playhouse in 1990. Her brother Tomas Quillfeather "
      "stayed home. In 1995, Quillfeather's designs won a regional prize, and Quillfeather "
      "later taught at the academy, where Edda retired.\n\n"
      "[[Category:1961 births]]\n[[Category:Living people]]\n";
  const Article a = readWikitext(page, "edda.wiki", {"Edda J. Quillfeather", "", ""});
  const ArticleEntities found = findEntities(a);
  const int subject = found.topic;
  REQUIRE(subject != cg::graph::kNone);
  CHECK(found.entities[static_cast<std::size_t>(subject)].name == "Edda Jane Quillfeather");
  CHECK(found.entities[static_cast<std::size_t>(subject)].type == cg::graph::EntityType::kPerson);
  CHECK(found.find("Quillfeather") == subject);
  CHECK(found.find("Edda") == subject);  // the given name the text writes alone
  CHECK(found.find("Tomas Quillfeather") != subject);
}
