// The article reader: header, sections, tables, references, sentences, citation binding.
#include <algorithm>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "graph/Error.h"
#include "ingest/Article.h"
#include "ingest/Dates.h"
#include "ingest/References.h"
#include "ingest/Text.h"

using namespace cg::ingest;
using cg::test::repo;
using cg::test::slurp;

namespace {

const Article& seed() {
  static const Article article = readArticleFile(repo("corpus/deepseek_market_crash.md"));
  return article;
}

// The sentence of the article that starts with `prefix`, with the block it stands in.
std::pair<const Block*, const Sentence*> sentenceStarting(const Article& a, std::string_view prefix) {
  for (const auto& b : a.blocks)
    for (const auto& s : b.sentences)
      if (std::string_view(b.text).substr(s.begin, s.end - s.begin).starts_with(prefix)) return {&b, &s};
  return {nullptr, nullptr};
}

}  // namespace

TEST_CASE("the seed's header fields are read", "[ingest][reader]") {
  const Article& a = seed();
  CHECK(a.title == "DeepSeek market crash (Jan 2025)");
  CHECK(a.sourceUrl == "https://aiwiki.ai/wiki/deepseek_market_crash");
  CHECK(a.updated == "2026-06-08");
  CHECK(a.slug == "deepseek_market_crash");
  CHECK(a.format == "export");
  CHECK(a.categories == std::vector<std::string>{"AI Companies", "AI Safety"});
  CHECK(a.diagnostics.empty());
}

TEST_CASE("the seed's sections come out in order with their lines", "[ingest][reader]") {
  const Article& a = seed();
  std::vector<std::string> titles;
  for (const auto& s : a.sections) titles.push_back(s.title);
  CHECK(titles == std::vector<std::string>{"Overview", "Background: DeepSeek, V3, and R1", "The January 27 selloff",
                                           "Reactions", "Debate over the cause", "Significance and aftermath",
                                           "References"});
  CHECK(a.sections[0].line == 8);
  CHECK(a.sections[0].level == 2);
}

TEST_CASE("the seed's 18 references match the gold field by field", "[ingest][references]") {
  rapidjson::Document gold;
  gold.Parse(slurp(repo("tests/fixtures/deepseek_market_crash.gold.json")).c_str());
  REQUIRE(gold.IsObject());
  const auto& expected = gold["sources"].GetArray();
  const Article& a = seed();
  REQUIRE(a.references.size() == 18);
  REQUIRE(expected.Size() == 18);
  for (rapidjson::SizeType i = 0; i < expected.Size(); ++i) {
    const Reference& r = a.references[i];
    INFO("reference " << r.number);
    CHECK(r.number == expected[i]["ref"].GetInt());
    CHECK(r.publisher == expected[i]["publisher"].GetString());
    CHECK(r.url == expected[i]["url"].GetString());
    CHECK(r.date == (expected[i]["date"].IsNull() ? "" : expected[i]["date"].GetString()));
  }
  CHECK(a.references[0].title ==
        "Nvidia sheds almost $600 billion in market cap, biggest one-day loss in U.S. history");
  CHECK(a.references[7].title == "Liang Wenfeng");
  CHECK(a.references[10].title == "Nvidia calls China's DeepSeek R1 model 'an excellent AI advancement,'");
  CHECK(a.references[17].line == 85);
}

TEST_CASE("reference entries of both forms parse", "[ingest][references]") {
  struct Case {
    const char* line;
    int number;
    const char* publisher;
    const char* title;
    const char* date;
    const char* accessed;
    const char* url;
  };
  const Case cases[] = {
      {"4. NBC News, \"Nvidia loses nearly $600 billion,\" January 27, 2025. https://nbc.example/a", 4, "NBC News",
       "Nvidia loses nearly $600 billion", "2025-01-27", "", "https://nbc.example/a"},
      {"3. ↑ [3.0](#cite_ref-WaPo_3-0) [3.1](#cite_ref-WaPo_3-1) The Washington Post - \"What is DeepSeek…?\" "
       "(Jan. 27–28, 2025). [https://wp.example/x](https://wp.example/x)",
       3, "The Washington Post", "What is DeepSeek…?", "2025-01-27", "", "https://wp.example/x"},
      {"29. [↑](#cite_ref-HF_29-0) Hugging Face - \"deepseek-ai/DeepSeek-R1\" (accessed January 2025). "
       "[https://hf.example/r1](https://hf.example/r1)",
       29, "Hugging Face", "deepseek-ai/DeepSeek-R1", "", "2025-01", "https://hf.example/r1"},
      {"8. Wikipedia, \"Liang Wenfeng.\" https://en.wikipedia.org/wiki/Liang_Wenfeng", 8, "Wikipedia", "Liang Wenfeng",
       "", "", "https://en.wikipedia.org/wiki/Liang_Wenfeng"},
      {"12. Example Wire, \u201CCurly quoted title,\u201D 2025. https://ex.example/c", 12, "Example Wire",
       "Curly quoted title", "2025", "", "https://ex.example/c"},
      {"7. No URL Press, \"A title,\" May 2024.", 7, "No URL Press", "A title", "2024-05", "", ""},
      // The other styles of real articles: a linked title, author (year), a note, title - publisher.
      {"1. [\u2191](#cite_ref-a_1-0) [\"Kite raises $1B\"](https://kite.example/news).&#32;Kite Labs.&#32;2025.&#32;"
       "[https://kite.example/news](https://kite.example/news).",
       1, "Kite Labs", "Kite raises $1B", "2025", "", "https://kite.example/news"},
      {"2. \u2191 [2.0](#cite_ref-b_2-0) Okafor, J. & Lee, M. (2023). Scaling robots in warehouses. Robotics Review. "
       "[https://rr.example/x](https://rr.example/x)",
       2, "Robotics Review", "Scaling robots in warehouses", "2023", "", "https://rr.example/x"},
      {"3. [\u2191](#cite_ref-c_3-0) Kite Labs had grown to 1,300 employees by the end of 2025 and opened two offices. "
       "URL: "
       "[https://www.kite.example/about](https://www.kite.example/about)",
       3, "kite.example", "Kite Labs had grown to 1,300 employees by the end of 2025 and opened two offices", "", "",
       "https://www.kite.example/about"},
      {"4. \u2191 [4.0](#cite_ref-d_4-0) Kite Labs hires former Acme executive as its new chief operating officer - "
       "TechWire, [https://tw.example/y](https://tw.example/y)",
       4, "TechWire", "Kite Labs hires former Acme executive as its new chief operating officer", "", "",
       "https://tw.example/y"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    auto r = parseReference(c.line, 1);
    REQUIRE(r);
    CHECK(r->number == c.number);
    CHECK(r->publisher == c.publisher);
    CHECK(r->title == c.title);
    CHECK(r->date == c.date);
    CHECK(r->accessed == c.accessed);
    CHECK(r->url == c.url);
  }
  CHECK_FALSE(parseReference("Not a numbered entry", 1));
}

TEST_CASE("dates normalise to ISO 8601 at the precision given", "[ingest][dates]") {
  const std::pair<const char*, const char*> cases[] = {
      {"January 27, 2025", "2025-01-27"}, {"2025", "2025"},
      {"Jan. 27–28, 2025", "2025-01-27"}, {"February 2025", "2025-02"},
      {"27 January 2025", "2025-01-27"},  {"2025-01-27", "2025-01-27"},
      {"Sept. 3, 2024", "2024-09-03"},    {"no date here", ""},
      {"May 7, 2024", "2024-05-07"},
  };
  for (const auto& [text, iso] : cases) {
    INFO(text);
    CHECK(normalizeDate(text) == iso);
  }
}

TEST_CASE("a closing marker group binds to every sentence of its paragraph", "[ingest][binding]") {
  auto [block, sentence] = sentenceStarting(seed(), "NVIDIA closed down about 17 percent");
  REQUIRE(sentence);
  CHECK(sentence->refs == std::vector<int>{1, 3, 4});
  auto [b2, s2] = sentenceStarting(seed(), "CNBC and several outlets reported");
  REQUIRE(s2);
  CHECK(s2->refs == std::vector<int>{1, 3, 4});
  CHECK(s2->line == 26);
}

TEST_CASE("an unmarked sentence takes the next marker group of its paragraph", "[ingest][binding]") {
  auto [b1, nvidia] = sentenceStarting(seed(), "NVIDIA dropped about 17 percent");
  REQUIRE(nvidia);
  CHECK(nvidia->refs == std::vector<int>{1, 3, 4});
  CHECK_FALSE(nvidia->ownMarkers);
  auto [b2, recovered] = sentenceStarting(seed(), "Most affected stocks, including NVIDIA, recovered");
  REQUIRE(recovered);
  CHECK(recovered->refs == std::vector<int>{5, 6});
  Article a = readArticle(
      "# T\n\nFirst claim. Second claim.[2] Third claim. Fourth claim.[1][3]\n\n## References\n\n"
      "1. A, \"a,\" 2024. https://a.example\n2. B, \"b,\" 2024. https://b.example\n"
      "3. C, \"c,\" 2024. https://c.example\n",
      "t.md");
  REQUIRE(a.blocks.size() == 1);
  REQUIRE(a.blocks[0].sentences.size() == 4);
  CHECK(a.blocks[0].sentences[0].refs == std::vector<int>{2});
  CHECK(a.blocks[0].sentences[1].refs == std::vector<int>{2});
  CHECK(a.blocks[0].sentences[2].refs == std::vector<int>{1, 3});
  CHECK(a.blocks[0].sentences[3].refs == std::vector<int>{1, 3});
}

TEST_CASE("markers in a table row bind to that row", "[ingest][binding]") {
  const Article& a = seed();
  auto row = std::find_if(a.blocks.begin(), a.blocks.end(), [](const Block& b) {
    return b.kind == BlockKind::kTableRow && !b.cells.empty() && b.cells[0] == "Broadcom";
  });
  REQUIRE(row != a.blocks.end());
  CHECK(row->cells == std::vector<std::string>{"Broadcom", "down ~17%", "AI networking and custom-silicon supplier"});
  REQUIRE(row->sentences.size() == 1);
  CHECK(row->sentences[0].refs == std::vector<int>{3});
  auto header =
      std::find_if(a.blocks.begin(), a.blocks.end(), [](const Block& b) { return b.kind == BlockKind::kTableHeader; });
  REQUIRE(header != a.blocks.end());
  CHECK(header->cells[1] == "Approx. move (Jan 27, 2025)");
  CHECK(std::count_if(a.blocks.begin(), a.blocks.end(),
                      [](const Block& b) { return b.kind == BlockKind::kTableRow; }) == 7);
}

TEST_CASE("wiki links become entity mentions keyed by slug", "[ingest][reader]") {
  const Article& a = seed();
  auto [block, sentence] = sentenceStarting(a, "The DeepSeek market crash of January 2025");
  REQUIRE(block);
  REQUIRE(block->links.size() >= 2);
  CHECK(block->links[0].kind == LinkKind::kWiki);
  CHECK(block->links[0].key == "deepseek");
  CHECK(block->links[0].text == "DeepSeek");
  CHECK(block->text.substr(block->links[0].begin, block->links[0].end - block->links[0].begin) == "DeepSeek");
  CHECK(block->text.find("](") == std::string::npos);
}

TEST_CASE("sentences survive abbreviations, decimals and initials", "[ingest][sentences]") {
  auto count = [](std::string_view text) { return splitSentences(text).size(); };
  CHECK(count("The U.S. market fell 3.1 percent on Monday. Then it rose.") == 2);
  CHECK(count("Acme Inc. said it would grow. Analysts agreed.") == 2);
  CHECK(count("Large models, e.g. GPT-4, cost more. Small ones cost less.") == 2);
  CHECK(count("J. Smith wrote it. Nobody read it.") == 2);
  CHECK(count("Ada J.C. Venn and J.R.R. Quill wrote it in 1998. Nobody read it.") == 2);
  CHECK(count("Shares fell on Jan. 27 after the news.") == 1);
}

TEST_CASE("the site's content form reads like the export form", "[ingest][reader][content]") {
  Article a = readArticleFile(repo("tests/fixtures/content/orbital_robotics.md"));
  CHECK(a.format == "content");
  CHECK(a.title == "Orbital Robotics");
  CHECK(a.slug == "orbital_robotics");
  CHECK(a.categories == std::vector<std::string>{"Companies", "Robotics companies"});
  REQUIRE(a.references.size() == 4);
  CHECK(a.references[0].publisher == "Daily Nation");
  CHECK(a.references[0].date == "2021-03-05");
  CHECK(a.references[2].date == "2024-06");
  CHECK(a.references[3].accessed == "2025-10");
  CHECK(a.sections.size() == 3);
  CHECK(a.sections[1].title == "Series B (2024)");
  CHECK(a.sections[1].parent == 0);
  // Red links are entity mentions keyed by their title.
  bool redLink = false;
  for (const auto& b : a.blocks)
    for (const auto& l : b.links)
      if (l.kind == LinkKind::kRed && l.key == "mara_okonkwo" && l.text == "Mara Okonkwo") redLink = true;
  CHECK(redLink);
  auto [block, sentence] = sentenceStarting(a, "It was founded in 2019");
  REQUIRE(sentence);
  CHECK(sentence->refs == std::vector<int>{1});
  auto [b2, s2] = sentenceStarting(a, "In June 2024 the company raised");
  REQUIRE(s2);
  CHECK(s2->refs == std::vector<int>{2, 3});
  // The infobox is a table; the sentence about the valuation carries its own marker group.
  auto [b3, s3] = sentenceStarting(a, "Analysts at Dalberg");
  REQUIRE(s3);
  CHECK(s3->refs == std::vector<int>{3});
  auto unused = std::count_if(a.diagnostics.begin(), a.diagnostics.end(),
                              [](const Diagnostic& d) { return d.code == "unused-reference"; });
  CHECK(unused == 1);
}

TEST_CASE("dangling markers and unused references are reported with their lines", "[ingest][diagnostics]") {
  Article a = readArticleFile(repo("tests/fixtures/broken_markers.md"));
  std::vector<std::string> messages;
  for (const auto& d : a.diagnostics) messages.push_back(format(d));
  REQUIRE(messages.size() == 2);
  CHECK_THAT(messages[0],
             Catch::Contains("broken_markers.md:7: warning: marker [7] has no reference 7 [dangling-marker]"));
  CHECK_THAT(messages[1], Catch::Contains("broken_markers.md:15: warning: reference 3 is never cited"));
}

TEST_CASE("bad bytes are decoded or rejected with the file and line", "[ingest][robustness]") {
  std::vector<Diagnostic> ds;
  CHECK_THROWS_WITH(decodeText("", "empty.md", ds), "empty.md: the file is empty");
  CHECK_THROWS_WITH(decodeText(std::string("# T\n\0\x01\x02", 7), "bin.md", ds),
                    Catch::Contains("bin.md:2: binary data"));
  std::string crlf = decodeText("# T\r\n\r\nText.\r\n", "crlf.md", ds);
  CHECK(crlf == "# T\n\nText.\n");
  std::string bom = decodeText("\xEF\xBB\xBF# T\n", "bom.md", ds);
  CHECK(bom == "# T\n");
  std::string utf16("\xFF\xFE#\0 \0T\0\n\0", 10);
  CHECK(decodeText(utf16, "u16.md", ds) == "# T\n");
  ds.clear();
  std::string fixed = decodeText("# T\nbad \xC3 byte\n", "bad.md", ds);
  CHECK(fixed == "# T\nbad \xEF\xBF\xBD byte\n");
  REQUIRE(ds.size() == 1);
  CHECK(format(ds[0]) == "bad.md:2: warning: invalid UTF-8 (1 bytes) replaced by U+FFFD [invalid-utf8]");
}

TEST_CASE("200,000 unmatched brackets, 300,000 repeated markers and an unterminated row and link are read as text",
          "[ingest][robustness]") {
  std::string brackets(200000, '[');
  Article a = readArticle("# T\n\n" + brackets + "\n", "brackets.md");
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.size() == 200000);
  std::string markers = "# T\n\nText";
  for (int i = 0; i < 300000; ++i) markers += "[1]";
  markers += "\n\n## References\n\n1. P, \"T,\" 2024. https://x.example\n";
  Article m = readArticle(markers, "markers.md");
  REQUIRE(m.blocks.size() == 1);
  CHECK(m.blocks[0].markers.size() == 300000);
  CHECK(m.blocks[0].sentences[0].refs == std::vector<int>{1});
  Article unterminated = readArticle("# T\n\n| a | b\n\nSome [link](/wiki/x text \"quote\n", "u.md");
  CHECK(unterminated.blocks.size() == 2);
}

TEST_CASE("a numbered reference with nothing after it is kept and reported as empty", "[ingest][diagnostics]") {
  Article a = readArticle(
      "# T\n\nAcme grew. [1] It hired. [2]\n\n## References\n\n1. \n2. Wire, \"Hiring,\" 2024. https://w.example/h\n",
      "blank.md");
  REQUIRE(a.references.size() == 2);
  CHECK(a.references[0].number == 1);
  CHECK(a.references[0].isEmpty());
  CHECK_FALSE(a.references[1].isEmpty());
  std::vector<std::string> messages;
  for (const auto& d : a.diagnostics) messages.push_back(format(d));
  REQUIRE(messages.size() == 1);
  CHECK(
      messages[0] ==
      "blank.md:7: warning: reference 1 is empty in the list; claims citing it keep its number only [empty-reference]");
}
