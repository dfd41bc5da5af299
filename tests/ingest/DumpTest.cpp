// MediaWiki dumps: pages of namespace 0 only, redirects skipped, .xml and .xml.bz2
// (multistream too) giving the same graph, cut-off and invalid input read past.
#include <fstream>
#include <string>

#include <re2/re2.h>
#include <catch2/catch.hpp>

#include "SchemaCheck.h"
#include "TestSupport.h"
#include "graph/Error.h"
#include "graph/JsonWriter.h"
#include "ingest/ByteStream.h"
#include "ingest/Ingest.h"
#include "ingest/MediaWikiDump.h"

using namespace cg::ingest;
using cg::test::quote;
using cg::test::repo;
using cg::test::runCli;
using cg::test::slurp;

namespace {

std::vector<DumpPage> pagesOf(const std::filesystem::path& path, std::vector<Diagnostic>& diagnostics,
                              DumpStats* stats = nullptr) {
  std::vector<DumpPage> pages;
  DumpStats s = readDump(
      path, [&](const DumpPage& p) { pages.push_back(p); }, diagnostics);
  if (stats) *stats = s;
  return pages;
}

// The graph's JSON with the input's path taken out, so that two forms of a dump compare.
std::string graphWithoutPath(const std::filesystem::path& dump) {
  IngestOptions options;
  options.threads = 1;
  std::string json = cg::graph::toJson(ingest({dump}, options).graph);
  RE2::GlobalReplace(&json, R"re("path": "[^"#]*#)re", R"re("path": "#)re");
  return json;
}

std::filesystem::path writeTemp(const std::string& name, const std::string& bytes) {
  auto path = cg::test::tempDir("dump") / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("a dump gives its articles of namespace 0, redirects and talk pages skipped", "[ingest][wiki][dump]") {
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  auto pages = pagesOf(repo("tests/fixtures/wiki/dump.xml"), diagnostics, &stats);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].title == "Gadget Corp");
  CHECK(pages[0].url == "https://en.wikipedia.org/wiki/Gadget_Corp");
  CHECK(pages[0].timestamp == "2024-05-06T07:08:09Z");
  CHECK(pages[0].text.starts_with("'''Gadget Corp''' makes gadgets in [[Springfield]].<ref name=\"r\">"));
  CHECK(pages[1].title == "Springfield");
  CHECK(stats.articles == 2);
  CHECK(stats.redirects == 1);
  CHECK(stats.otherNamespaces == 1);
  CHECK(stats.complete);
  CHECK(diagnostics.empty());
}

TEST_CASE("each dump page is a document named by the dump's path and its title", "[ingest][wiki][dump]") {
  IngestOptions options;
  options.threads = 1;
  auto path = repo("tests/fixtures/wiki/dump.xml");
  IngestResult r = ingest({path}, options);
  REQUIRE(r.graph.documents().size() == 2);
  std::string json = cg::graph::toJson(r.graph);
  CHECK(json.find("\"path\": \"" + path.string() + "#Gadget Corp\"") != std::string::npos);
  CHECK(json.find("\"source_url\": \"https://en.wikipedia.org/wiki/Springfield\"") != std::string::npos);
  CHECK(json.find("\"updated\": \"2024-05-06\"") != std::string::npos);
  CHECK(r.report.markers == 3);
  CHECK(r.report.markersBound == 3);
}

TEST_CASE("the graph of wiki pages and a dump validates against the graph schema", "[ingest][wiki][dump]") {
  IngestOptions options;
  options.threads = 1;
  auto graph =
      ingest({repo("tests/fixtures/wiki/dump.xml"), repo("tests/fixtures/wiki/Widget_Works.wiki")}, options).graph;
  CHECK(cg::test::schemaErrors(repo("schemas/graph.schema.json").string(), cg::graph::toJson(graph)) == "");
}

TEST_CASE("the .xml, .xml.bz2 and multistream .xml.bz2 forms of a dump give the same graph", "[ingest][wiki][dump]") {
  std::string plain = graphWithoutPath(repo("tests/fixtures/wiki/dump.xml"));
  CHECK(plain.find("Gadget Corp doubles sales") != std::string::npos);
  CHECK(graphWithoutPath(repo("tests/fixtures/wiki/dump.xml.bz2")) == plain);
  CHECK(graphWithoutPath(repo("tests/fixtures/wiki/dump-multistream.xml.bz2")) == plain);
}

TEST_CASE("an XML file that is not a MediaWiki dump is refused naming the file", "[ingest][wiki][dump]") {
  auto path = repo("tests/fixtures/wiki/not-a-dump.xml");
  std::vector<Diagnostic> diagnostics;
  CHECK_THROWS_WITH(pagesOf(path, diagnostics), Catch::Contains(path.string()) &&
                                                    Catch::Contains("not a MediaWiki dump: the root element is <rss>"));
  auto run = runCli("ingest " + quote(path.string()) + " -o " + quote((cg::test::tempDir("nd") / "g.cg").string()));
  CHECK(run.status == 1);
  CHECK(run.err.find("not-a-dump.xml") != std::string::npos);
}

TEST_CASE("a dump cut off inside a page keeps the pages before it and says where it was cut",
          "[ingest][wiki][dump][robustness]") {
  std::string xml = slurp(repo("tests/fixtures/wiki/dump.xml"));
  auto cut = writeTemp("cut.xml", xml.substr(0, xml.find("population of 30,000")));
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  auto pages = pagesOf(cut, diagnostics, &stats);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].title == "Gadget Corp");
  CHECK_FALSE(stats.complete);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "truncated-dump");
  CHECK(diagnostics[0].message.find("inside page 'Springfield' (its <page> starts at line 41)") != std::string::npos);
  auto run = runCli("ingest " + quote(cut.string()) + " -o " + quote((cut.parent_path() / "g.cg").string()));
  CHECK(run.status == 0);
  CHECK(run.err.find("cut off inside page 'Springfield'") != std::string::npos);
}

// The multistream fixture's second bzip2 stream is cut; the first ends just after Gadget Corp's
// </page> (line 19), inside the redirect's <page> (line 20).
std::filesystem::path cutMultistream() {
  std::string bz = slurp(repo("tests/fixtures/wiki/dump-multistream.xml.bz2"));
  return writeTemp("cut.xml.bz2", bz.substr(0, bz.size() - 40));
}

TEST_CASE("a compressed dump cut off mid-stream says the bzip2 data was cut", "[ingest][wiki][dump][robustness]") {
  auto cut = cutMultistream();
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  pagesOf(cut, diagnostics, &stats);
  CHECK_FALSE(stats.complete);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "truncated-dump");
  CHECK(diagnostics[0].file == cut.string());
  CHECK_THAT(diagnostics[0].message,
             Catch::Contains(": the bzip2 data ends inside a compressed stream (the file is cut off); the "));
}

// Once a pull reader lost a page whose </page> came within a few lines of the cut (it walked behind
// its parser, and the premature end came first); the push parser hands each </page> over at once.
TEST_CASE("a compressed dump cut off mid-stream keeps what was decompressed", "[ingest][wiki][dump][robustness]") {
  auto cut = cutMultistream();
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  auto pages = pagesOf(cut, diagnostics, &stats);
  REQUIRE(pages.size() == 1);  // Gadget Corp, whole in the first stream
  CHECK(pages[0].title == "Gadget Corp");
  CHECK(stats.articles == 1);
  REQUIRE(diagnostics.size() == 1);
  CHECK_THAT(diagnostics[0].message, Catch::StartsWith("the dump is cut off inside page 'Gadget Corporation' "
                                                       "(its <page> starts at line 20)"));
}

TEST_CASE("a plain dump cut off three lines after a </page> keeps that page and says where it was cut",
          "[ingest][wiki][dump][robustness]") {
  // dump.xml's first 915 bytes end on line 22, after Gadget Corporation's <ns>0</ns>; Gadget Corp's
  // </page> is on line 19.
  auto cut = writeTemp("cut-915.xml", slurp(repo("tests/fixtures/wiki/dump.xml")).substr(0, 915));
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  auto pages = pagesOf(cut, diagnostics, &stats);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].title == "Gadget Corp");
  CHECK(pages[0].text.ends_with("Its revenue was US$40 million in 2023.<ref name=\"r\" />"));
  CHECK(stats.articles == 1);
  CHECK_FALSE(stats.complete);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "truncated-dump");
  CHECK(diagnostics[0].line == 22);
  CHECK(diagnostics[0].message ==
        "the dump is cut off inside page 'Gadget Corporation' (its <page> starts at line 20): "
        "the XML ends before </page>; the 1 article(s) before it are kept");
}

TEST_CASE("a dump whose internal DTD declares an entity is read whole", "[ingest][wiki][dump][robustness]") {
  std::string xml = slurp(repo("tests/fixtures/wiki/dump.xml"));
  xml.insert(xml.find("makes gadgets"), "&maker; ");
  auto dtd = writeTemp("dtd.xml", "<!DOCTYPE mediawiki [ <!ENTITY maker \"Corp\"> ]>\n" + xml);
  std::vector<Diagnostic> diagnostics;
  DumpStats stats;
  auto pages = pagesOf(dtd, diagnostics, &stats);
  REQUIRE(pages.size() == 2);
  CHECK(pages[1].title == "Springfield");
  CHECK(stats.complete);
  CHECK(diagnostics.empty());
}

TEST_CASE("invalid UTF-8 inside the XML is replaced and every page kept", "[ingest][wiki][dump][robustness]") {
  std::string xml = slurp(repo("tests/fixtures/wiki/dump.xml"));
  std::size_t at = xml.find("makes gadgets");
  xml.insert(at, "\xff\xfe\xc3(\x01 ");
  auto bad = writeTemp("bad-utf8.xml", xml);
  std::vector<Diagnostic> diagnostics;
  auto pages = pagesOf(bad, diagnostics);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].text.find("\uFFFD\uFFFD\uFFFD(\uFFFD makes gadgets") != std::string::npos);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "invalid-utf8");
  CHECK(diagnostics[0].file == bad.string());
  // \xff, \xfe, a \xc3 that '(' does not continue, and the control byte \x01: four, as the text shows.
  CHECK(diagnostics[0].message == "4 invalid UTF-8 or control bytes replaced by U+FFFD");
}

TEST_CASE("UTF-8 cleaning carries a sequence cut between two reads", "[ingest][wiki][dump]") {
  std::string out;
  std::size_t carry = 0;
  CHECK(cleanUtf8("caf\xc3", false, out, carry) == 0);
  CHECK(out == "caf");
  CHECK(carry == 1);
  out.clear();
  CHECK(cleanUtf8("\xc3\xa9 \xed\xa0\x80", true, out, carry) == 3);  // a surrogate is not UTF-8
  CHECK(out == "\u00e9 \uFFFD\uFFFD\uFFFD");
}

TEST_CASE("UTF-8 cleaning copies runs of plain ASCII and still replaces a control byte inside them",
          "[ingest][wiki][dump]") {
  std::string out;
  std::size_t carry = 0;
  CHECK(cleanUtf8("Zentora\x01 made\t4\r\n\x7f units\x1f.", true, out, carry) == 2);
  CHECK(out == "Zentora\uFFFD made\t4\r\n\x7f units\uFFFD.");
  CHECK(carry == 0);
}

TEST_CASE("a dump's xml:lang is the language of its pages, and a German dump's numbers read as German",
          "[ingest][wiki][dump][language]") {
  const std::string xml =
      "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" xml:lang=\"de\">\n"
      "<page><title>Nordwerft</title><ns>0</ns><revision><timestamp>2024-01-02T00:00:00Z</timestamp>"
      "<text>Die '''Nordwerft''' baute 45.310 Boote.&lt;ref&gt;{{Internetquelle |url=https://werft.example/b "
      "|titel=Boote}}&lt;/ref&gt;</text></revision></page>\n</mediawiki>\n";
  const auto path = writeTemp("de.xml", xml);
  std::vector<Diagnostic> diagnostics;
  const auto pages = pagesOf(path, diagnostics);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].language == "de");
  IngestOptions options;
  options.threads = 1;
  const std::string json = cg::graph::toJson(ingest({path}, options).graph);
  CHECK(json.find("\"value\": 45310") != std::string::npos);
  CHECK(json.find("\"value\": 45.31") == std::string::npos);
}
