// Whose the figures of a page titled in a script that writes no capitals are (Han, Kana, Hangul): the
// title is a name the capital-led name finder cannot see in the text, so where the text writes it,
// it is the page's topic and holds the page box's figures. Fixtures written for these tests (no
// article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"

using namespace cg;
using test::figureSubject;

namespace {

graph::ClaimGraph gptPage(const std::string& title, const std::string& name) {
  return test::referencedArticle(title,
                                 "| " + title + " |\n| --- |\n| Information |\n| **Name** | " + name +
                                     " |\n| **Chats** | 6,000 |\n\n**" + name +
                                     "** is a [Custom GPT](/wiki/custom_gpt) for [ChatGPT](/wiki/chatgpt).\n",
                                 "Custom_GPTs", "caseless.md");
}

}  // namespace

TEST_CASE("a page titled in Han script is the topic of its box's figures", "[ingest][subjects][names]") {
  const auto g = gptPage("诗词助手 (GPT)", "诗词助手");
  CHECK(figureSubject(g, 6000, "count") == "诗词助手");
}

TEST_CASE("a page titled in Kana or Hangul is the topic too", "[ingest][subjects][names]") {
  CHECK(figureSubject(gptPage("ことばの先生 (GPT)", "ことばの先生"), 6000, "count") == "ことばの先生");
  CHECK(figureSubject(gptPage("글쓰기 도우미 (GPT)", "글쓰기 도우미"), 6000, "count") == "글쓰기 도우미");
}

TEST_CASE("a caseless title the text never writes is no topic", "[ingest][subjects][names]") {
  // Neither the box nor the lead writes the title: it is a heading, not a name the page uses.
  const auto g =
      test::referencedArticle("诗词助手 (GPT)",
                              "| Information |\n| --- |\n| **Name** | Verse Helper |\n| **Chats** | 6,000 |\n\n"
                              "**Verse Helper** is a [Custom GPT](/wiki/custom_gpt).\n",
                              "Custom_GPTs", "caseless.md");
  CHECK(figureSubject(g, 6000, "count") != "诗词助手");
}

TEST_CASE("a page titled in Arabic, Hebrew or Thai is the topic too", "[ingest][subjects][names]") {
  // Scripts that write no capitals are ICU's (uscript_isCased), one test with check's (graph::hasCaselessLetter).
  CHECK(figureSubject(gptPage("مساعد الشعر (GPT)", "مساعد الشعر"), 6000, "count") == "مساعد الشعر");
  CHECK(figureSubject(gptPage("עוזר כתיבה (GPT)", "עוזר כתיבה"), 6000, "count") == "עוזר כתיבה");
  CHECK(figureSubject(gptPage("ผู้ช่วยกวี (GPT)", "ผู้ช่วยกวี"), 6000, "count") == "ผู้ช่วยกวี");
}
