// General references (WP:GENREF): the works a References or Bibliography section lists that no
// footnote points to are sources of the page as a whole, numbered after the footnotes; the lists of
// External links and Further reading are not sources, and an entry a footnote cites is that
// footnote's source, not a second one. Pages of our own.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

using namespace cg::ingest;

namespace {

const std::string kPage =
    "A '''widget kinase''' is an enzyme of widgets.<ref>{{cite web|url=http://enzymes.example/wk|title=Widget "
    "kinase|publisher=Enzyme Atlas}}</ref> It was described in 1990.{{sfn|Jones|2005|p=3}}\n\n"
    "==References==\n{{reflist}}\n"
    "* {{cite journal|author=Lee AB|year=1953|title=Kinases of widgets|journal=J. Widget Chem.|volume=4|"
    "url=http://jwc.example/4/159.pdf}}\n"
    "* {{cite journal|author=Park C|year=1956|title=Widgets and pyruvate|journal=Widget J.|pmid=123456}}\n"
    "* {{cite book|last=Jones|first=Ann|year=2005|title=A History of Widgets|publisher=Desert Press}}\n"
    "* Smith, John. ''Widget Chemistry''. Desert Press, 1999.\n"
    "==Further reading==\n* {{cite book|last=Brown|year=2001|title=More Widgets|publisher=Mesa Books}}\n"
    "==External links==\n* {{cite web|url=http://widgets.example|title=Widget home page}}\n";

std::vector<std::string> sourceRows(const std::string& page) {
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Widget_kinase.wiki", {"Widget kinase", "", "", ""}));
  std::vector<std::string> out;
  for (const auto& s : b.sources)
    out.push_back(std::to_string(s.ref) + " " + s.title + " | " + s.publisher + " | " + s.url);
  return out;
}

}  // namespace

TEST_CASE("the works a References section lists that no footnote cites are the page's sources, after its footnotes",
          "[ingest][wiki][sources]") {
  CHECK(sourceRows(kPage) == std::vector<std::string>{
                                 "1 Widget kinase | Enzyme Atlas | http://enzymes.example/wk",
                                 "2 A History of Widgets | Desert Press | ",  // the sfn, bound to its entry
                                 "3 Kinases of widgets | J. Widget Chem. | http://jwc.example/4/159.pdf",
                                 "4 Widgets and pyruvate | Widget J. | https://pubmed.ncbi.nlm.nih.gov/123456",
                                 "5 Widget Chemistry | Desert Press | ",
                             });
}

TEST_CASE("a page with no References section has only its footnotes as sources", "[ingest][wiki][sources]") {
  const std::string page = kPage.substr(0, kPage.find("==References=="));
  CHECK(sourceRows(page).size() == 2);
}

TEST_CASE("a free URL ends before a parenthesis it does not open, a bracketed URL is kept as written",
          "[ingest][wiki][sources]") {
  const std::string page =
      "'''Pi''' is a number.<ref> http://video.example/watch?v=x1)</ref> It is old.<ref>"
      "[http://law.example/query/z?c111:H.RES.224: Library of Congress].</ref> It is long.<ref>"
      "http://en.example/wiki/Pi_(number).</ref>\n";
  const cg::graph::DocumentBundle b = extract(readWikitext(page, "Pi.wiki", {"Pi", "", "", ""}));
  std::vector<std::string> urls;
  for (const auto& s : b.sources) urls.push_back(s.url);
  CHECK(urls ==
        std::vector<std::string>{"http://video.example/watch?v=x1",
                                 "http://law.example/query/z?c111:H.RES.224:", "http://en.example/wiki/Pi_(number)"});
}
