// Citation forms the stricter census found unread (issue #14, "every source has the title and URL or
// identifier its template gives"): a footnote that bundles several cite templates, an identifier
// given by a template of its own in a free-text footnote, and a References list item that links to a
// work without opening on an author's name. Pages of our own.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

cg::graph::DocumentBundle bundleOf(const std::string& page) {
  return extract(readWikitext(page, "Widget.wiki", {"Widget", "", "", ""}));
}

std::vector<std::string> sourceRows(const cg::graph::DocumentBundle& b) {
  std::vector<std::string> out;
  for (const auto& s : b.sources) out.push_back(std::to_string(s.ref) + " " + s.title + " | " + s.url);
  return out;
}

bool hasRow(const std::vector<std::string>& rows, const std::string& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

}  // namespace

TEST_CASE("a footnote that bundles several cite templates cites each work under its one number",
          "[ingest][wiki][sources]") {
  const cg::graph::DocumentBundle b = bundleOf(
      "A '''widget''' is a small part.<ref>{{cite web|url=http://a.example/one|title=Widgets at home}}</ref> "
      "Widget makers employed 3,400 people in 2010.<ref>{{cite news|url=http://b.example/jobs|title=Widget "
      "jobs|work=Widget News}} {{cite journal|title=Counting widget makers|journal=Widget Review|doi=10.1234/"
      "wr.55}}<br />{{cite web|url=http://b.example/jobs|title=Widget jobs again}} {{cite journal|title=Widget "
      "letters|journal=Widget Review}}</ref>\n");
  const std::vector<std::string> rows = sourceRows(b);
  CHECK(hasRow(rows, "1 Widgets at home | http://a.example/one"));
  CHECK(hasRow(rows, "2 Widget jobs | http://b.example/jobs"));
  CHECK(hasRow(rows, "2 Counting widget makers | https://doi.org/10.1234/wr.55"));
  // The bundle's second link to b.example/jobs is the same work; a further work with no address would
  // share the footnote's number, the identity of a source without one, so it is not a source apart.
  CHECK(rows.size() == 3);
  // The sentence that cites the bundle cites every work of it.
  const auto figure = std::find_if(b.claims.begin(), b.claims.end(),
                                   [](const auto& c) { return c.text.find("3,400") != std::string::npos; });
  REQUIRE(figure != b.claims.end());
  CHECK(figure->sources.size() == 2);
}

TEST_CASE("an identifier's own template gives a free-text footnote its address", "[ingest][wiki][sources]") {
  const std::vector<std::string> rows = sourceRows(bundleOf(
      "A '''widget''' is a small part.<ref>Jones, A. (2005). ''A History of Widgets''. Desert Press. p. 4. "
      "{{ISBN|0-19-518767-9}}</ref> Widgets rust.<ref>Smith, B. \"Rust on widgets\". ''Widget Review'' 2001. "
      "{{doi|10.1234/wr.7}}</ref> Widgets are blue.<ref>[http://c.example/blue Blue widgets]. {{ISBN|1-85744-420-5}}"
      "</ref>\n"));
  CHECK(hasRow(rows, "1 A History of Widgets | urn:isbn:0-19-518767-9"));
  CHECK(std::any_of(rows.begin(), rows.end(), [](const std::string& r) {
    return r.starts_with("2 ") && r.ends_with("| https://doi.org/10.1234/wr.7");
  }));
  CHECK(hasRow(rows, "3 Blue widgets | http://c.example/blue"));  // a link of its own stays the address
}

TEST_CASE("a References item that links to a work is a general reference, whatever it opens with",
          "[ingest][wiki][sources]") {
  const std::vector<std::string> rows = sourceRows(
      bundleOf("A '''widget''' is a small part.<ref>[http://a.example/1 \"Widgets\"] ''Widget News''.</ref>\n\n"
               "==References==\n{{reflist}}\n* [http://d.example/museum Widget museum site]\n"
               "* Widget makers' website http://e.example/\n* A note with no link at all\n\n"
               "==External links==\n* [http://f.example/ Widget fans]\n"));
  CHECK(hasRow(rows, "2 Widget museum site | http://d.example/museum"));
  CHECK(std::any_of(rows.begin(), rows.end(), [](const std::string& r) { return r.ends_with("| http://e.example/"); }));
  CHECK(rows.size() == 3);  // no source from the unlinked note or the external link
}
