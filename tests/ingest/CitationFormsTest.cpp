// Citations read by what their formats define (docs/ACCURACY.md, h-ref12): a book citation written
// out in the order Citation Style 1 and Chicago render it, a journal's name before its bold volume, an
// author as the only name a citation gives, a space before a comma, a venue named with its year, and
// APA's site after the title. The citations are made up.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/References.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

// The one reference of a page whose only sentence cites `ref`.
Reference wikiReference(const std::string& ref) {
  const Article a = readWikitext("Kites fly high.<ref>" + ref + "</ref>\n", "kites.wiki", {"Kites", "", ""});
  REQUIRE(a.references.size() == 1);
  return a.references[0];
}

void checkSource(const Reference& r, std::string_view publisher, std::string_view work, std::string_view title,
                 std::string_view date, std::string_view url) {
  CHECK(r.publisher == publisher);
  CHECK(r.work == work);
  CHECK(r.title == title);
  CHECK(r.date == date);
  CHECK(r.url == url);
}

}  // namespace

TEST_CASE("a book citation written out in the rendered order gives its publisher and year", "[ingest][wiki]") {
  // Author, title, publisher, year, ISBN; the year in a locator after the ISBN is not the book's.
  checkSource(wikiReference("[[Rowe, Anna]], Kites: a history. Harbour House. 1998. ISBN 978-0-00-000000-2.(p41, "
                            "August 1970)"),
              "Harbour House", "Kites: a history", "Kites: a history", "1998", "");
  // Author, year as a slot of its own, title, publisher, pages.
  checkSource(wikiReference("Moss, Peter. 2005. Kites in Context. iKite. p. 54."), "iKite", "Kites in Context",
              "Kites in Context", "2005", "");
  // Author, year in parentheses, title, publisher before a note in parentheses.
  checkSource(wikiReference("Lind, K.J. (1994). Principles of Kite Flight, Breeze Hall (now Breeze Books), ISBN "
                            "978-0-00-000000-3."),
              "Breeze Hall", "Principles of Kite Flight", "Principles of Kite Flight", "1994", "");
}

TEST_CASE("a space before a comma does not hide the publisher after a book's italic title", "[ingest][wiki]") {
  checkSource(wikiReference("Ann K. Rowe, ''Introductory Kite Physics'' , Breeze , 1987, p. 537."), "Breeze",
              "Introductory Kite Physics", "Introductory Kite Physics", "1987", "");
}

TEST_CASE("the name before a bold volume is the journal", "[ingest][wiki]") {
  checkSource(wikiReference("\"First Evidence of Kites by Direct Detection\" (preprint): Kite Rev. Lett. '''108''',  "
                            "(5), 051302 (2012)"),
              "Kite Rev. Lett.", "Kite Rev. Lett.", "First Evidence of Kites by Direct Detection", "2012", "");
}

TEST_CASE("a citation that names only its author has the author for publisher", "[ingest][wiki]") {
  // A book: the name before the italic title.
  checkSource(wikiReference("Bruno Kay Lind, ''Kite Curricula of Four Cities'' (1905), p. 155."), "Bruno Kay Lind",
              "Kite Curricula of Four Cities", "Kite Curricula of Four Cities", "1905", "");
  CHECK(wikiReference("Bruno Kay Lind, ''Kite Curricula of Four Cities'' (1905), p. 155.").byAuthor);
  // A short citation with no bibliography entry to bind to.
  checkSource(wikiReference("Galway 1954, p. 138."), "Galway", "", "Galway 1954, p. 138.", "1954", "");
  const Article a = readWikitext("Kites fly.{{sfn|Ostrom|1961|p=12}}\n", "kites.wiki", {"Kites", "", ""});
  REQUIRE(a.references.size() == 1);
  CHECK(a.references[0].publisher == "Ostrom");
  CHECK(a.references[0].byAuthor);
  // Two authors are not one name to stand for a publisher; a named publisher is no author.
  CHECK(wikiReference("Galway and Rowe 1954, p. 138.").publisher.empty());
  CHECK_FALSE(wikiReference("Moss, Peter. 2005. Kites in Context. iKite. p. 54.").byAuthor);
}

TEST_CASE("an author standing for the publisher is a person of the graph, not an organisation", "[ingest][wiki]") {
  const Article a =
      readWikitext("Kites fly.<ref>Bruno Kay Lind, ''Kite Curricula of Four Cities'' (1905), p. 155.</ref>\n",
                   "kites.wiki", {"Kites", "", ""});
  const auto bundle = extract(a);
  bool found = false;
  for (const auto& e : bundle.entities)
    if (e.name == "Bruno Kay Lind") {
      found = true;
      CHECK(e.type == cg::graph::EntityType::kPerson);
    }
  CHECK(found);
}

TEST_CASE("AI Wiki entries: APA's site after the title publishes it, a venue's year dates it", "[ingest][references]") {
  auto r = parseReference(
      "2. ↑ [2.0](#cite_ref-k_2-0) [2.1](#cite_ref-k_2-1)  KiteCorp. Retro Kites in Gym. Kitehub. "
      "[https://kitehub.example/kitecorp/retro](https://kitehub.example/kitecorp/retro)",
      1);
  REQUIRE(r);
  checkSource(*r, "Kitehub", "Kitehub", "Retro Kites in Gym", "", "https://kitehub.example/kitecorp/retro");
  r = parseReference("1. [↑](#cite_ref-k_1-0) A. Lind et al., \"KiteEdit: Steering Kites by Editing,\" KCLR 2024.", 1);
  REQUIRE(r);
  checkSource(*r, "KCLR 2024", "KCLR 2024", "KiteEdit: Steering Kites by Editing", "2024", "");
}

TEST_CASE(
    "cite templates read each slot from the parameters Citation Style 1 documents for it (data/cite_parameters.tsv)",
    "[ingest][wiki]") {
  // {{cite episode}}: the network publishes, the air date dates it.
  checkSource(
      wikiReference("{{cite episode |title=Kites at Dawn |series=Sky Hour |network=KTV |air-date=May 3, 2001}}"), "KTV",
      "Sky Hour", "Kites at Dawn", "2001-05-03", "");
  // {{cite conference}}: the proceedings' title is the work it appeared in.
  checkSource(wikiReference("{{cite conference |title=Kite Lift |book-title=Proceedings of the Kite Meeting |year=1999 "
                            "|publisher=Kite Society}}"),
              "Kite Society", "Proceedings of the Kite Meeting", "Kite Lift", "1999", "");
  // {{cite encyclopedia}}: an entry= names the cited piece, encyclopedia= the work.
  checkSource(
      wikiReference(
          "{{cite encyclopedia |entry=Kite |encyclopedia=Sky Encyclopedia |entry-url=http://sky.example/kite}}"),
      "Sky Encyclopedia", "Sky Encyclopedia", "Kite", "", "http://sky.example/kite");
}

TEST_CASE("a cite template's identifier is its address when it gives no URL (data/cite_identifiers.tsv)",
          "[ingest][wiki]") {
  checkSource(wikiReference("{{cite journal |title=Kite Drag |journal=Kite Review |year=1977 |jstor=1234567}}"),
              "Kite Review", "Kite Review", "Kite Drag", "1977", "https://www.jstor.org/stable/1234567");
  checkSource(wikiReference("{{cite journal |title=Kite Lift |journal=Kite Letters |year=2012 |arxiv=1201.00001}}"),
              "Kite Letters", "Kite Letters", "Kite Lift", "2012", "https://arxiv.org/abs/1201.00001");
  // The DOI comes first, as before; a URL over any identifier.
  checkSource(wikiReference("{{cite journal |title=Kite Spin |journal=Kite Review |doi=10.1000/k1 |jstor=7654321}}"),
              "Kite Review", "Kite Review", "Kite Spin", "", "https://doi.org/10.1000/k1");
  checkSource(wikiReference("{{cite journal |title=Kite Spin |journal=Kite Review |url=http://kr.example/s |jstor=7}}"),
              "Kite Review", "Kite Review", "Kite Spin", "", "http://kr.example/s");
}

TEST_CASE(
    "an author stands for the publisher only where the citation links to no site and names no given name as a title "
    "word",
    "[ingest][wiki]") {
  // A cite book with a URL: the site's domain stands in, as for any linked source.
  checkSource(wikiReference("{{cite book |last=Lind |first=Bruno |title=Kite Age |url=http://books.example/ka}}"),
              "books.example", "Kite Age", "Kite Age", "", "http://books.example/ka");
  // Given names are initials or names ("Ian"); "Sensual" is a title's word, so no rendered book is read.
  checkSource(wikiReference("Adams, Ian. Kite Ideology Today. Manchester Kite Press, 2001. p. 116."),
              "Manchester Kite Press", "Kite Ideology Today", "Kite Ideology Today", "2001", "");
  CHECK(wikiReference("Raël, Sensual Kites. Tagman Kite Press, 2002.").title != "Kites");
  // The sentence's full stop is not part of the name; an initial's is.
  CHECK(wikiReference("George Lind. ''Kites of the Coast'' (1962), second edition, p. 4.").publisher == "George Lind");
  CHECK(wikiReference("Lind, S. ''Kites of the Coast'' (1962), second edition, p. 4.").publisher == "Lind, S.");
}

TEST_CASE("a periodical or a publisher named in the citation wins over its author", "[ingest][wiki]") {
  // An italic journal with its bold volume after a comma is the work, and publishes the piece.
  const Reference journal = wikiReference("[[Ann Lind]], ''The Kite Journal'', '''1''':42,59, (1971), Kite lift");
  CHECK(journal.work == "The Kite Journal");
  CHECK(journal.publisher == "The Kite Journal");
  CHECK_FALSE(journal.byAuthor);
  // "(New York, NY: Henry Kite, 2012)": a place with its state, a colon, the publisher and the year.
  checkSource(wikiReference("Lind, Ann. ''Kite Journal of the Winter'' (New York, NY: Henry Kite, 2012), p. 61."),
              "Henry Kite", "Kite Journal of the Winter", "Kite Journal of the Winter", "2012", "");
}

TEST_CASE("a publisher after a place with its region and a colon, not after an ISO 690 'In:'", "[ingest][wiki]") {
  CHECK(wikiReference("Spoke, Mike. ''Kite Pilot Tactics''. Cambridge, UK: Patrick Kites, 1983.").publisher ==
        "Patrick Kites");
  CHECK(wikiReference("Rowe, Ann. ''Kite Lives''. Saint-Laurent, Québec: Longmans Kites Limited, 1970.").publisher ==
        "Longmans Kites Limited");
  CHECK(wikiReference("[[Ann Rowe]], ''Inscriptions in kites''. In: ''Inside the Kite'' edited by Bo Lind. Kite "
                      "Press, 1996.")
            .publisher == "Kite Press");
}

TEST_CASE("a bibliography line with its author given name first binds a short citation and gives its publisher",
          "[ingest][wiki]") {
  const Article a = readWikitext(
      "Kites rise.<ref>Lind (2009), p. 148.</ref>\n\n== References ==\n"
      "* [[Nathan Lind]]. Basic Kites I. Dover Kites, 2009. ISBN 978-0-00-000000-4\n",
      "kites.wiki", {"Kites", "", ""});
  REQUIRE(a.references.size() == 1);
  checkSource(a.references[0], "Dover Kites", "Basic Kites I", "Basic Kites I", "2009", "");
  CHECK_FALSE(a.references[0].byAuthor);
}
