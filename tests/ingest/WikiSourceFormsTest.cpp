// The forms of citation the census found unread (issue #14, "every source has the title and URL
// its template gives"): a short citation followed by a link of its own, a site's template used as a
// citation, a ref in a table's caption and a ref in a See also list. Pages of our own.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/Lexicon.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

std::vector<std::string> sourceRows(const std::string& page) {
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Widget.wiki", {"Widget", "", "", ""}));
  std::vector<std::string> out;
  for (const auto& s : b.sources) out.push_back(s.title + " | " + s.url);
  return out;
}

bool hasRow(const std::vector<std::string>& rows, const std::string& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

}  // namespace

TEST_CASE("a short citation with a link of its own keeps the link and takes the rest from its entry",
          "[ingest][wiki][sources]") {
  const std::string page =
      "A '''widget''' is a small part.<ref>{{harvnb|Jones|2005|p=437}} [https://archive.example/jones?p=437 "
      "page 437]</ref> It is old.<ref>{{harvnb|Jones|2005|p=3}}</ref>\n\n==Sources==\n"
      "* {{cite book|last=Jones|first=Ann|year=2005|title=A History of Widgets|publisher=Desert Press}}\n";
  const std::vector<std::string> rows = sourceRows(page);
  CHECK(hasRow(rows, "A History of Widgets | https://archive.example/jones?p=437"));
  CHECK(hasRow(rows, "A History of Widgets | "));  // the other footnote gives no link
}

TEST_CASE("a site's template alone in a ref is the citation: its title and URL", "[ingest][wiki][sources]") {
  const std::string page =
      "A '''widget''' is a small part.<ref>{{Wayback|date=20090312022528|url=http://widgets.example/history.htm"
      "|title=\"A history of widgets\" by Ann Jones}}</ref> Widgets are studied in Turin.<ref>{{Widget Institute"
      "|url=http://institute.example/courses/}}</ref> They are cheap.<ref>Jones, Ann. ''Widget Lore''. Desert "
      "Press, 2005. {{Google books|id=abc|title=Widgets}}</ref>\n";
  const std::vector<std::string> rows = sourceRows(page);
  CHECK(hasRow(rows, "\"A history of widgets\" by Ann Jones | http://widgets.example/history.htm"));
  CHECK(hasRow(rows, " | http://institute.example/courses/"));
  // A ref whose own text names its work keeps it: the template beside it is no citation of its own.
  CHECK(std::none_of(rows.begin(), rows.end(), [](const std::string& r) { return r.starts_with("Widgets | "); }));
}

TEST_CASE("a ref in a table's caption and one in a See also list are the page's sources", "[ingest][wiki][sources]") {
  const std::string page =
      "A '''widget''' is a small part.<ref>[http://a.example/1 \"Widgets\"] ''Widget News''.</ref>\n\n"
      "==Variants==\n{| class=\"wikitable\"\n|+ Widgets built<ref name=\"built\">[http://b.example/built "
      "\"Widgets built.\"] ''Widget Museum''.</ref>\n! Variant !! Built\n|-\n| W-1 || 12\n|}\n\n"
      "==See also==\n* [[Gadget]], named after the widget.<ref>[http://c.example/gadget \"Gadget named.\"] "
      "''Gadget Times''.</ref>\n\n==References==\n{{reflist}}\n";
  const std::vector<std::string> rows = sourceRows(page);
  CHECK(rows.size() == 3);
  // A free-text title keeps its quotation marks, as every [url "Title"] ref's does.
  CHECK(hasRow(rows, "\"Widgets built.\" | http://b.example/built"));
  CHECK(hasRow(rows, "\"Gadget named.\" | http://c.example/gadget"));
}

TEST_CASE("a section's heading says what it holds, from one table for every reader", "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  CHECK(lex.backMatterOf("References") == BackMatter::kSources);
  CHECK(lex.backMatterOf(" Works cited ") == BackMatter::kSources);
  CHECK(lex.backMatterOf("Einzelnachweise") == BackMatter::kSources);
  CHECK(lex.backMatterOf("Notes") == BackMatter::kNotes);
  CHECK(lex.backMatterOf("See also") == BackMatter::kPointers);
  CHECK(lex.backMatterOf("Weblinks") == BackMatter::kPointers);
  CHECK(lex.backMatterOf("Examples") == BackMatter::kIllustrations);
  CHECK(lex.backMatterOf("History") == BackMatter::kNone);
  CHECK(lex.isBackMatter("Further reading"));
  CHECK_FALSE(lex.isBackMatter("Examples"));  // read as content; its items count nothing (ListCounts)
}

TEST_CASE("a figure cited to one author's work, in a paragraph that names that author, is the author's claim",
          "[ingest][wiki][claimants]") {
  const std::string page =
      "'''Widgetus''' was a scholar.\n\nAnn B. Carter argued in a 1996 article that Widgetus should be credited "
      "with many discoveries. His description of gears came 600 years before Gearson.<ref>{{harvnb|Carter|1996}}."
      "</ref> He built 40 clocks.<ref>{{harvnb|Lee|2001}}.</ref>\n\n==Sources==\n"
      "* {{cite journal|last=Carter|first=Ann B.|year=1996|title=Widgetus's discoveries|journal=Perception}}\n"
      "* {{cite book|last=Lee|first=Jo|year=2001|title=Clocks|publisher=Desert Press}}\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Widgetus.wiki", {"Widgetus", "", "", ""}));
  std::vector<std::string> claimed;
  for (const auto& c : b.claims)
    if (c.kind == cg::graph::ClaimKind::kFigure)
      claimed.push_back(
          c.text.substr(0, 9) + ":" +
          (c.claimants.empty() ? std::string("-") : b.entities[static_cast<std::size_t>(c.claimants[0])].name));
  // Lee, whose work the second figure cites, is named nowhere in the paragraph: no claimant.
  CHECK(claimed == std::vector<std::string>{"His descr:Ann B. Carter", "He built :-"});
}
