// Figures in the instructions quoted on a custom GPT's or a ChatGPT plugin's page (issue #12): a count
// that the imperative or "you" gives ("write 2 emails", "maximum 6 words") is the assistant's, whatever
// label ("Task 4:") or name stands before it; elsewhere on the page and on other pages the subject
// rules are unchanged. Pages of our own.
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "FigureSubjects.h"
#include "graph/Records.h"
#include "ingest/Article.h"
#include "ingest/Entities.h"
#include "ingest/Extractor.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::subjectOf;

namespace {

graph::DocumentBundle page(const std::string& category, const std::string& section) {
  const std::string text =
      "---\ntitle: \"Quire Mail by Lanto (GPT)\"\nslug: \"quire_mail_by_lanto_gpt\"\n"
      "categories:\n  - \"" +
      category +
      "\"\n---\n"
      "| Quire Mail by Lanto (GPT) |\n| --- |\n| Information |\n"
      "| **Name** | Quire Mail by Lanto |\n| **Chats** | 0 |\n\n"
      "**Quire Mail by Lanto** is a Custom GPT for ChatGPT.\n\n"
      "## " +
      section +
      "\n\n"
      "Task 1:\nVisit the Orvane website and summarize in 3 paragraphs what they do.\n\n"
      "Task 2:\nBased on Task 1, write 2 personalized emails to the Orvane team.\n\n"
      "The rules:\n - eye-catching email title, maximum 6 words;\n\n"
      "The Orvane catalogue lists 40 products.\n";
  return ingest::extract(ingest::readArticle(text, "quire_mail_by_lanto_gpt.md"));
}

}  // namespace

TEST_CASE("a count an assistant's instructions give by the imperative is the assistant's", "[ingest][subject]") {
  const auto b = page("Custom_GPTs", "Instructions (System Prompt)");
  CHECK(subjectOf(b, "3 paragraphs") == "Quire Mail by Lanto");
  CHECK(subjectOf(b, "2 personalized emails") == "Quire Mail by Lanto");
  CHECK(subjectOf(b, "6 words") == "Quire Mail by Lanto");
  // A statement of the text, no instruction, keeps the clause's own subject.
  CHECK(subjectOf(b, "40 products") != "Quire Mail by Lanto");
}

TEST_CASE("the infobox's zero chats is a count", "[ingest][count]") {
  const auto b = page("Custom_GPTs", "Instructions (System Prompt)");
  bool zero = false;
  for (const graph::ClaimRecord& c : b.claims)
    if (c.quantity && c.quantity->value == 0.0 && c.measure == "number of chats") zero = true;
  CHECK(zero);
}

TEST_CASE("instructions give counts to the assistant only on its page and under its instructions",
          "[ingest][subject]") {
  // Not under the instructions: a user's conversation starter.
  CHECK(subjectOf(page("Custom_GPTs", "Conversation Starters"), "2 personalized emails") != "Quire Mail by Lanto");
  // Not on a page of another kind.
  CHECK(subjectOf(page("Companies", "Instructions (System Prompt)"), "2 personalized emails") != "Quire Mail by Lanto");
}

TEST_CASE("directives: an imperative or \"you\" before the figure, or a bound of length", "[ingest][subject]") {
  struct Case {
    const char* sentence;
    const char* figure;
    bool directive;
  };
  const Case cases[] = {
      {"write 2 personalized emails to the customer.", "2 personalized", true},
      {"Task 1: Search for the site and summarize succinctly in 3 paragraphs what they do.", "3 paragraphs", true},
      {"Then you will write a script no longer than 240 words.", "240 words", true},
      {"eye-catching email title, related to its content, maximum 6 words;", "6 words", true},
      {"Meta description within 150 characters.", "150 characters", true},
      {"length of 150-200 words,", "150-200 words", true},
      {"Create 42 images: 1 main image, 40 sticker images and 1 tab image.", "40 sticker", true},
      {"Do not list more than 5 sources.", "5 sources", true},
      {"Tab Image: 96x74 pixels.", "74 pixels", false},
      {"The catalogue lists 40 products.", "40 products", false},
      {"Users have created 3 million images.", "3 million", false},
      {"Based on 12 studies, the model is accurate.", "12 studies", false},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    const std::string s = c.sentence;
    CHECK(ingest::directiveFigure(s, s.find(c.figure)) == c.directive);
  }
}

TEST_CASE("'up to the 16th generation' in an assistant's instructions is at most sixteen of its generations",
          "[ingest][subject][stated]") {
  const std::string text =
      "---\ntitle: \"Quire Draw (GPT)\"\nslug: \"quire_draw_gpt\"\ncategories:\n  - \"Custom_GPTs\"\n---\n"
      "| Quire Draw (GPT) |\n| --- |\n| Information |\n| **Name** | Quire Draw |\n| **Chats** | 900 |\n\n"
      "**Quire Draw** is a Custom GPT for ChatGPT.\n\n## Instructions (System Prompt)\n\n"
      "1. **Image Generation**:\n   - After the first output is completed, quietly call the tool again.\n"
      "   - Continue this process up to the 16th generation, starting each new generation immediately.\n";
  const auto b = ingest::extract(ingest::readArticle(text, "quire_draw_gpt.md"));
  CHECK(subjectOf(b, "up to the 16th generation") == "Quire Draw");
  bool found = false;
  for (const graph::ClaimRecord& c : b.claims)
    if (c.quantity && c.quantity->text == "up to the 16th generation") {
      found = true;
      CHECK(c.measure == "number of generations");
      CHECK(*c.quantity->value == 16);
      CHECK(c.quantity->bound == graph::Bound::kAtMost);
    }
  CHECK(found);
}

TEST_CASE("a user's prompts on an assistant's page give no figure", "[ingest][subject]") {
  // "Find a 2-bedroom apartment ... $1,500 per month" under "Example Prompts" is what a user asks for.
  for (const char* section : {"Conversation Starters", "Example Prompts"}) {
    INFO(section);
    const auto b = page("Plugin", section);
    CHECK(subjectOf(b, "2 personalized emails") == "?");
    CHECK(subjectOf(b, "3 paragraphs") == "?");
    CHECK(subjectOf(b, "40 products") == "?");
    CHECK(subjectOf(b, "0") == "Quire Mail by Lanto");  // the infobox's chats stay
  }
  // On a page of another kind an example prompt's section is text like any other.
  CHECK(subjectOf(page("Companies", "Example Prompts"), "40 products") != "?");
}

TEST_CASE("headings over a user's prompts, and over the assistant's instructions", "[ingest][subject]") {
  using Titles = std::vector<std::string_view>;  // a section's heading, then its parents'
  CHECK(ingest::headsUserPrompts(Titles{"Example Prompts", "Guide"}));
  CHECK(ingest::headsUserPrompts(Titles{"Conversation Starters"}));
  CHECK(ingest::headsUserPrompts(Titles{"Prompt", "Example Usage", "Guide"}));
  CHECK_FALSE(ingest::headsUserPrompts(Titles{"Instructions (System Prompt)"}));
  CHECK_FALSE(ingest::headsUserPrompts(Titles{"The content of your prompt determines its length."}));
  CHECK_FALSE(ingest::headsUserPrompts(Titles{"ChatGPT Response", "Example Usage"}));
  CHECK_FALSE(ingest::headsUserPrompts(Titles{"Example Conversations", "Examples"}));
  CHECK_FALSE(ingest::headsUserPrompts(Titles{}));
}

TEST_CASE("userPromptSections marks each section under a heading of a user's prompts", "[ingest][subject]") {
  // "Guide" > "Example Usage" > "Prompt"; "Instructions (System Prompt)"; "Conversation Starters" > "Travel".
  const std::vector<ingest::Section> sections{{"Guide", 2, -1, 1},
                                              {"Example Usage", 3, 0, 2},
                                              {"Prompt", 4, 1, 3},
                                              {"Instructions (System Prompt)", 2, -1, 4},
                                              {"Conversation Starters", 2, -1, 5},
                                              {"Travel", 3, 4, 6}};
  CHECK(ingest::userPromptSections(sections) == std::vector<bool>{false, false, true, false, true, true});
  CHECK(ingest::userPromptSections({}).empty());
}

TEST_CASE("a name that only a user's prompts give is no entity of an assistant's page", "[ingest][entity]") {
  auto entities = [](const std::string& category) {
    const std::string text =
        "---\ntitle: \"Quire Mail (ChatGPT Plugin)\"\nslug: \"quire_mail_chatgpt_plugin\"\ncategories:\n  - \"" +
        category +
        "\"\n---\n"
        "**Quire Mail** reads Orvane mail and METARs for pilots.\n\n"
        "## Example Prompts\n\n"
        "1. Search for Remote Jobs: find a lawyer in Kitakyushu who knows the Orvane rules.\n\n"
        "2. Show the METAR for a slide about the Roman Empire.\n";
    return ingest::findEntities(ingest::readArticle(text, "quire_mail_chatgpt_plugin.md"));
  };
  const ingest::ArticleEntities plugin = entities("Plugin");
  CHECK(plugin.find("Remote Jobs") == graph::kNone);   // common words capitalised as a label
  CHECK(plugin.find("Orvane") != graph::kNone);        // the page names it elsewhere
  CHECK(plugin.find("METAR") != graph::kNone);         // "METARs" elsewhere: the acronym's plural
  CHECK(plugin.find("Kitakyushu") != graph::kNone);    // a name of no English word
  CHECK(plugin.find("Roman Empire") != graph::kNone);  // several capitalised words after "the"
  // On a page of another kind an example prompt's section is text like any other.
  CHECK(entities("Companies").find("Remote Jobs") != graph::kNone);
  // The finder marks the sections under a user's prompts once, for the extractor too: the page's one section
  // is "Example Prompts" (the lead has none); a page of another kind has no marks.
  CHECK(plugin.userPromptSections == std::vector<bool>{true});
  CHECK(entities("Companies").userPromptSections.empty());
}
