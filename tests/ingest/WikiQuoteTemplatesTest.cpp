// Quotations on Wikipedia pages in the forms MediaWiki defines (ingest/WikiMarkup.cpp
// renderQuoteTemplate, ingest/Attributions.cpp): each quotation template with its attribution
// parameters ({{blockquote}}'s author|sign|cite|2 and source|4, {{cquote}}'s 4, {{quote box}}'s
// named ones, {{rquote}}'s 3), a block quotation introduced by a clause ending in a colon,
// single quotation marks after a verb of saying, a quotation never closed in its paragraph and
// "does concede". Every page is text of our own; each case checks the exact quote, its speaker
// and the title of the source that backs it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/Speakers.h"
#include "ingest/WikitextReader.h"

using namespace cg;

namespace {

// "speaker | quote | source title" for every quote claim; "-" for no speaker or no source.
std::vector<std::string> quotes(const std::string& page) {
  const graph::DocumentBundle bundle =
      ingest::extract(ingest::readWikitext(page, "Quay_Notes.wiki", {"Quay Notes", "", "", ""}));
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims) {
    if (c.kind != graph::ClaimKind::kQuote) continue;
    std::string speakers;
    for (int e : c.claimants)
      speakers += (speakers.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
    std::string titles;
    for (int source : c.sources)
      titles += (titles.empty() ? "" : ",") + bundle.sources[static_cast<std::size_t>(source)].title;
    out.push_back((speakers.empty() ? "-" : speakers) + " | " + c.quote + " | " + (titles.empty() ? "-" : titles));
  }
  return out;
}

const std::string kLead = "'''Quay Notes''' is a harbour column.\n\n== Voices ==\n";

}  // namespace

TEST_CASE("quote templates: the author parameter speaks the quotation, its ref and the source's cite it",
          "[ingest][wiki][quote]") {
  CHECK(quotes(kLead + "{{quote|The tide waits for no crane and no crane waits for the tide.|[[Ann Roe]]"
                       "<ref>{{cite web|url=http://example.org/roe|title=Roe on cranes}}</ref>}}\n"
                       "The quay opened in spring.\n") ==
        std::vector<std::string>{
            "Ann Roe | The tide waits for no crane and no crane waits for the tide | Roe on cranes"});
  CHECK(
      quotes(kLead +
             "{{blockquote|text=Every bollard on this quay was cast in the town foundry.|author=[[Bob Stone]]"
             "|title=Letters|source=<ref>{{cite news|url=http://example.org/stone|title=Stone letters}}</ref>}}\n") ==
      std::vector<std::string>{"Bob Stone | Every bollard on this quay was cast in the town foundry | Stone letters"});
  CHECK(quotes(kLead + "{{quotation|We painted the lighthouse red because the fog is grey.|Carl Penn|Diary|"
                       "<ref>{{cite book|title=Penn diary}}</ref>}}\n") ==
        std::vector<std::string>{"Carl Penn | We painted the lighthouse red because the fog is grey | Penn diary"});
}

TEST_CASE("quote templates: cquote's author is its fourth parameter, quote box names it, rquote's is the third",
          "[ingest][wiki][quote]") {
  // {{cquote|text|width||author|source}}: the second is a width, never a name.
  CHECK(quotes(kLead + "{{cquote|The harbour master knows every keel by its sound.|20px||Dora Vale|"
                       "<ref>{{cite web|url=http://example.org/vale|title=Vale talk}}</ref>}}\n") ==
        std::vector<std::string>{"Dora Vale | The harbour master knows every keel by its sound | Vale talk"});
  CHECK(quotes(kLead +
               "{{quote box|quote=No ship has left this quay without a song.|author=Eli Marsh"
               "|source=<ref>{{cite web|url=http://example.org/marsh|title=Marsh songs}}</ref>|align=right}}\n") ==
        std::vector<std::string>{"Eli Marsh | No ship has left this quay without a song | Marsh songs"});
  // {{rquote|side|text|author}}: the first names the side of the page.
  CHECK(quotes(kLead + "{{rquote|right|Gulls are the only honest harbour inspectors.|Fay Quill}}"
                       "<ref>{{cite web|url=http://example.org/quill|title=Quill column}}</ref>\n") ==
        std::vector<std::string>{"Fay Quill | Gulls are the only honest harbour inspectors | Quill column"});
}

TEST_CASE("quote templates: a quotation template names no speaker without an author, whatever its width",
          "[ingest][wiki][quote]") {
  CHECK(quotes(kLead + "The sign at the gate reads:\n{{cquote|Mind the ropes and the ropes will mind you.|20px}}"
                       "<ref>{{cite web|url=http://example.org/sign|title=Gate sign}}</ref>\n") ==
        std::vector<std::string>{"- | Mind the ropes and the ropes will mind you | Gate sign"});
}

TEST_CASE("block quotations: the subject of the clause whose colon introduces one speaks it", "[ingest][wiki][quote]") {
  CHECK(quotes(kLead + "In her memoir Ann Roe set out her view of the north quay:\n\n"
                       "{{quote|The north quay is a long arm of grey stone that holds the sea away.<ref>{{cite book|"
                       "title=Roe memoir}}</ref>}}\n\n"
                       "Bob Stone, the harbour's oldest pilot, described the old crane in 1990: \u201cIt lifted two "
                       "boats a day and never one more.\u201d<ref>{{cite web|url=http://example.org/pilot|title=Pilot "
                       "talk}}</ref>\n") ==
        std::vector<std::string>{
            "Ann Roe | The north quay is a long arm of grey stone that holds the sea away | Roe memoir",
            "Bob Stone | It lifted two boats a day and never one more | Pilot talk"});
  // A lead-in with no clause names no one, and a quotation followed by its speaker is theirs.
  CHECK(quotes(kLead + "On the harbour and Ann Roe: \u201cThe quay is older than the town around it.\u201d"
                       "<ref>{{cite web|url=http://example.org/a|title=Old quay}}</ref>\n\n"
                       "The storm changed the town: \"where every roof and every boat was lost in a night,\" writes "
                       "historian Carl Penn.<ref>{{cite web|url=http://example.org/b|title=Storm history}}</ref>\n")
            .front() == "- | The quay is older than the town around it | Old quay");
}

TEST_CASE("quotes: single marks after a verb of saying, a quotation never closed, and 'does concede'",
          "[ingest][wiki][quote]") {
  CHECK(quotes(kLead +
               "In 2015 Ann Roe said the quay was 'the oldest working harbour wall'.<ref>"
               "{{cite web|url=http://example.org/guild|title=Guild notes}}</ref> Its 'north end' was rebuilt.\n") ==
        std::vector<std::string>{"Ann Roe | the oldest working harbour wall | Guild notes"});
  CHECK(quotes(kLead + "[[Bob Stone]] wrote, \"Can you believe a crane that lifts a whole ship? Add two more "
                       "and you have a fleet!<ref>{{cite book|title=Stone crane book}}</ref>\n") ==
        std::vector<std::string>{
            "Bob Stone | Can you believe a crane that lifts a whole ship? Add two more and you have a fleet! | "
            "Stone crane book"});
  CHECK(quotes(kLead + "Carl Penn doubted the plan. Penn does concede that \"the new crane is faster than the "
                       "old one.\"<ref>{{cite web|url=http://example.org/penn|title=Penn review}}</ref>\n") ==
        std::vector<std::string>{"Carl Penn | the new crane is faster than the old one | Penn review"});
}

TEST_CASE("quotes: a verb of saying right after a quotation and its comma, then its speaker", "[ingest][wiki][quote]") {
  CHECK(quotes(kLead + "\u201cThe quay,\u201d wrote Carl Penn, \u201cis older than any house that stands on it.\u201d"
                       "<ref>{{cite book|title=Penn notes}}</ref>\n") ==
        std::vector<std::string>{"Carl Penn | The quay | Penn notes",
                                 "Carl Penn | is older than any house that stands on it | Penn notes"});
  CHECK(quotes(kLead + "\u201cThe quay is the town's oldest friend,\u201d wrote Ann Roe in 1990.<ref>{{cite web|"
                       "url=http://example.org/roe|title=Roe essay}}</ref>\n\n"
                       "The storm changed the town: \"where every roof and every boat was lost in one night,\" "
                       "writes harbour historian Bob Stone.<ref>{{cite web|url=http://example.org/stone|title=Storm "
                       "history}}</ref>\n") ==
        std::vector<std::string>{"Ann Roe | The quay is the town's oldest friend | Roe essay",
                                 "Bob Stone | where every roof and every boat was lost in one night | Storm history"});
}

TEST_CASE("speakers: the attribution line, the introducing colon and single quotation marks are found by shape",
          "[ingest][quote]") {
  using ingest::dashAttributionAfter;
  const std::string line = "\u201cWe sail.\u201d \u2014 Ann Roe.";
  CHECK(dashAttributionAfter(line, 11) == std::optional<std::size_t>(line.find("Ann")));
  CHECK(!dashAttributionAfter("\u201cWe sail.\u201d Ann Roe.", 11));
  CHECK(ingest::introducingColon("She said: \"x\"", 0, 10) == std::optional<std::size_t>(8));
  CHECK(!ingest::introducingColon("{\"said\":\"x\"}", 0, 8));
  CHECK(!ingest::introducingColon("She said \"x\"", 0, 9));
  const std::string text = "He called it 'a fine quay'. The Smiths' boat and 'tis 'one' don't count.";
  const std::vector<ingest::Quote> spans = ingest::singleQuoteSpans(text, {});
  REQUIRE(spans.size() == 1);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "a fine quay");
  const std::string open = "Roe wrote, \"We sail at dawn. We return at dusk.";
  const std::optional<ingest::Quote> unclosed = ingest::unclosedQuote(open, {});
  REQUIRE(unclosed);
  CHECK(open.substr(unclosed->begin) == "We sail at dawn. We return at dusk.");
  CHECK(!ingest::unclosedQuote("A 12\" record.", {}));
}
