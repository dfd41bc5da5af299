// The JSON Lines and N-Quads exports: escaping of literals and IRIs, date types, and the
// quads one hand-made claim gives.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "GraphBundles.h"
#include "SchemaCheck.h"
#include "TestPaths.h"
#include "graph/ClaimGraph.h"
#include "graph/JsonWriter.h"
#include "graph/JsonlWriter.h"
#include "graph/NquadsWriter.h"

using namespace cg::graph;

namespace {

// GraphTest's bundle, with an alias, dates of each precision and a quoted title.
ClaimGraph oneClaim(const std::string& title, const std::string& url) {
  DocumentBundle b = cg::test::bundle("doc", url);
  b.document.title = title;
  b.entities[0].aliases = {"Nvidia Corp."};
  b.sources[0].title = "A \"story\"";
  b.sources[0].date = "2025-01";
  b.claims[0].asOf = "2025-01-27";
  ClaimGraph g;
  g.add(b);
  g.freeze();
  return g;
}

bool has(const std::string& text, const std::string& line) { return text.find(line + "\n") != std::string::npos; }

}  // namespace

TEST_CASE("an N-Quads literal escapes quotes, backslashes, line breaks and controls", "[graph][rdf]") {
  CHECK(nquadsLiteral("plain") == "\"plain\"");
  CHECK(nquadsLiteral("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(nquadsLiteral("a\\b") == "\"a\\\\b\"");
  CHECK(nquadsLiteral("one\ntwo\rthree") == "\"one\\ntwo\\rthree\"");
  CHECK(nquadsLiteral(std::string("tab\tbell\x07", 9)) == "\"tab\\u0009bell\\u0007\"");
  CHECK(nquadsLiteral("Renée “quoted” 東京") == "\"Renée “quoted” 東京\"");
}

TEST_CASE("an N-Quads literal replaces each byte of invalid UTF-8 with U+FFFD", "[graph][rdf]") {
  CHECK(nquadsLiteral("a\xff"
                      "b") == "\"a\uFFFDb\"");
  CHECK(nquadsLiteral("\xc3") == "\"\uFFFD\"");
}

TEST_CASE("an IRI percent-encodes spaces and the characters N-Quads forbids, keeping non-ASCII", "[graph][rdf]") {
  CHECK(nquadsIri("https://example.com/a b") == "<https://example.com/a%20b>");
  CHECK(nquadsIri("https://x/<>\"{}|^`\\") == "<https://x/%3C%3E%22%7B%7D%7C%5E%60%5C>");
  CHECK(nquadsIri("https://x/zéphyr") == "<https://x/zéphyr>");
  CHECK(nquadsIri("https://x/\n\xff") == "<https://x/%0A%FF>");
  CHECK(nquadsIri("https://example.org/claimgraph/c:doc:1") == "<https://example.org/claimgraph/c:doc:1>");
}

TEST_CASE("an IRI encodes what RFC 3987 leaves out and a stray %, keeping a %XX", "[graph][rdf]") {
  CHECK(nquadsIri("https://x/a\uFFFDb") == "<https://x/a%EF%BF%BDb>");
  CHECK(nquadsIri("https://x/\u0085") == "<https://x/%C2%85>");
  CHECK(nquadsIri("https://x/\U0001F600") == "<https://x/\U0001F600>");
  CHECK(nquadsIri("https://x/50%") == "<https://x/50%25>");
  CHECK(nquadsIri("https://x/a%20b%2") == "<https://x/a%20b%252>");
  CHECK(iriSegment("e:a#b?c[d]/e%") == "e:a%23b%3Fc%5Bd%5D%2Fe%25");
}

TEST_CASE("dates are typed as precisely as they are written", "[graph][rdf]") {
  CHECK(xsdDateType("2025-01-27") == "date");
  CHECK(xsdDateType("2025-01") == "gYearMonth");
  CHECK(xsdDateType("2025") == "gYear");
  CHECK(xsdDateType("2025-13") == "");
  CHECK(xsdDateType("2025-01-32") == "");
  CHECK(xsdDateType("January 2025") == "");
  CHECK(xsdDateType("") == "");
}

TEST_CASE("a base IRI must have a scheme", "[graph][rdf]") {
  CHECK(isAbsoluteIri("https://example.com/kg/"));
  CHECK(isAbsoluteIri("urn:x:"));
  CHECK_FALSE(isAbsoluteIri("example.com/kg/"));
  CHECK_FALSE(isAbsoluteIri("1http://x"));
  CHECK_FALSE(isAbsoluteIri("http:"));
}

TEST_CASE("a claim becomes PROV-O and schema.org quads in its document's graph", "[graph][rdf]") {
  const ClaimGraph g = oneClaim("Doc", "https://news.example/a b");
  std::string nq = toNquads(g, "https://kg.example/");
  const std::string source = "<https://kg.example/" + g.sourceId(SourceId(0)) + ">";
  const std::string claim = "<https://kg.example/c:doc:1> ";
  const std::string inDoc = " <https://kg.example/d:doc> .";
  CHECK(has(nq, claim + "<http://schema.org/text> \"NVIDIA lost 589 billion dollars.\"" + inDoc));
  CHECK(has(nq, claim + "<http://schema.org/about> <https://kg.example/e:nvidia>" + inDoc));
  CHECK(has(nq, claim + "<http://www.w3.org/ns/prov#wasAttributedTo> <https://kg.example/e:reuters>" + inDoc));
  CHECK(has(nq, claim + "<http://www.w3.org/ns/prov#wasDerivedFrom> " + source + inDoc));
  CHECK(has(nq, claim + "<urn:claimgraph:ns#value> \"5.89e+11\"^^<http://www.w3.org/2001/XMLSchema#double>" + inDoc));
  CHECK(has(nq, claim + "<urn:claimgraph:ns#unit> \"USD\"" + inDoc));
  CHECK(has(nq, claim + "<urn:claimgraph:ns#asOf> \"2025-01-27\"^^<http://www.w3.org/2001/XMLSchema#date>" + inDoc));
  CHECK(has(nq, "<https://kg.example/e:nvidia> <http://schema.org/alternateName> \"Nvidia Corp.\" ."));
  // The source it derives from (in the default graph): its title with quotes escaped, its month typed as a month.
  CHECK(has(nq, source + " <http://schema.org/name> \"A \\\"story\\\"\" ."));
  CHECK(has(
      nq, source + " <http://schema.org/datePublished> \"2025-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ."));
  CHECK(nq.find("\"https://news.example/a%20b\"^^<http://www.w3.org/2001/XMLSchema#anyURI> .") == std::string::npos);
  CHECK(nq.find("\"https://news.example/a b\"^^<http://www.w3.org/2001/XMLSchema#anyURI> .") != std::string::npos);
}

TEST_CASE("JSON Lines: one claim a line, its claimants, subject and sources written out", "[graph][jsonl]") {
  std::string lines = toJsonl(oneClaim("Doc <script>", "https://news.example/a"));
  REQUIRE(std::count(lines.begin(), lines.end(), '\n') == 1);
  rapidjson::Document d;
  d.Parse(lines.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["claim"]["id"].GetString()) == "c:doc:1");
  CHECK(d["claim"]["quantity"]["value"].GetDouble() == 589e9);
  CHECK(std::string(d["subject"]["name"].GetString()) == "NVIDIA");
  REQUIRE(d["claimants"].Size() == 1);
  CHECK(std::string(d["claimants"][0]["name"].GetString()) == "Reuters");
  REQUIRE(d["sources"].Size() == 1);
  CHECK(std::string(d["sources"][0]["title"].GetString()) == "A \"story\"");
  CHECK(std::string(d["sources"][0]["date"].GetString()) == "2025-01");
  CHECK(std::string(d["as_of"].GetString()) == "2025-01-27");
  CHECK(std::string(d["document"]["title"].GetString()) == "Doc <script>");
  CHECK(d["contested"].GetBool() == false);
}

TEST_CASE("a value below zero is written with its sign in JSON, JSON Lines and N-Quads", "[graph][json][rdf]") {
  DocumentBundle b = cg::test::bundle("doc", "https://news.example/a");
  b.claims[0].quantity = Quantity{-21.3, std::nullopt, std::nullopt, "percent", false, Bound::kExact, "-21.3%"};
  ClaimGraph g;
  g.add(b);
  g.freeze();
  const std::string json = toJson(g);
  CHECK(cg::test::schemaErrors(std::string(cg::test::sourceDir()) + "/schemas/graph.schema.json", json) == "");
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["claims"][0]["quantity"]["value"].GetDouble() == -21.3);
  rapidjson::Document line;
  line.Parse(toJsonl(g).c_str());
  REQUIRE_FALSE(line.HasParseError());
  CHECK(line["claim"]["quantity"]["value"].GetDouble() == -21.3);
  CHECK(
      has(toNquads(g, "https://kg.example/"),
          "<https://kg.example/c:doc:1> <urn:claimgraph:ns#value> \"-21.3\"^^<http://www.w3.org/2001/XMLSchema#double> "
          "<https://kg.example/d:doc> ."));
}
