// The time phrases of English prose as dates (ingest/Dates.h, data/temporal_prepositions.tsv): a
// decade or a century as ISO 8601 writes them, a preposition of time bounding a date ("until",
// "since"), a span "from A to B"; the periods these make compared by overlap
// (reason/ClaimValues.h); a passive change "was lowered from A to B in D"; and the year of an
// event as a figure (data/event_years.tsv).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.h"
#include "ingest/Dates.h"
#include "reason/ClaimValues.h"
#include "reason/Reason.h"

using namespace cg;

namespace {

std::vector<std::string> isoDates(std::string_view text) {
  std::vector<std::string> out;
  for (const ingest::DateMatch& d : ingest::findDates(text)) out.push_back(d.iso);
  return out;
}

// Every figure claim of a one-paragraph article as "value unit as_of measure", in order.
std::vector<std::string> figuresOf(const std::string& paragraph) {
  const graph::ClaimGraph g = reason::buildGraphFromText(test::oneParagraphArticle(paragraph), "test.md");
  std::vector<std::string> out;
  for (const graph::Claim& claim : g.claims()) {
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const std::string subject =
        claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : std::string("-");
    out.push_back(std::string(g.str(claim.quantityText)) + " | " + std::string(g.str(claim.asOf)) + " | " +
                  std::string(g.str(claim.measure)) + " | " + subject);
  }
  return out;
}

}  // namespace

TEST_CASE("decades and centuries are dates as ISO 8601 writes them", "[ingest][dates]") {
  CHECK(isoDates("In the 1970s the rules changed.") == std::vector<std::string>{"197"});
  CHECK(isoDates("a 1960's record") == std::vector<std::string>{"196"});
  CHECK(isoDates("During the 19th century the mill grew.") == std::vector<std::string>{"18"});
  CHECK(isoDates("a 21st-century port") == std::vector<std::string>{"20"});
  // A year is still a year, and a reference's date reader knows no decades.
  CHECK(isoDates("In 1970 it opened.") == std::vector<std::string>{"1970"});
  CHECK(ingest::findDate("Music of the 1970s").iso.empty());
}

TEST_CASE("four digits before a point and digits are a number, no year", "[ingest][dates]") {
  // An arXiv id ("arxiv:1909.08053") holds no date; a year later in the text still is one.
  CHECK(isoDates("bloom, arxiv:1909.08053, arxiv:2108.12409, License").empty());
  CHECK(ingest::findDate("arxiv:2110.02861").iso.empty());
  CHECK(isoDates("arxiv:1909.08053, published in 2019.") == std::vector<std::string>{"2019"});
  CHECK(ingest::findDate("[arxiv:1909.08053] (May 2020)").iso == "2020-05");
}

TEST_CASE("a preposition of time bounds the date after it", "[ingest][dates]") {
  CHECK(isoDates("Until the 1970s the age was 21.") == std::vector<std::string>{"../197"});
  CHECK(isoDates("It has been the rule since 1978.") == std::vector<std::string>{"1978/.."});
  CHECK(isoDates("before March 2001 it was open") == std::vector<std::string>{"../2001-03"});
  CHECK(isoDates("up to 1990 the fee was $5") == std::vector<std::string>{"../1990"});
  CHECK(isoDates("after the late 1980s it grew") == std::vector<std::string>{"198/.."});
  // "from" alone starts a time only where it opens its clause; after a noun it names an origin or a base.
  CHECK(isoDates("From 1889 the rule held.") == std::vector<std::string>{"1889/.."});
  CHECK(isoDates("A survey from April 2025 found 26%.") == std::vector<std::string>{"2025-04"});
  CHECK(isoDates("a 35.6% increase from 2025") == std::vector<std::string>{"2025"});
  // "in", "by", "during": the date itself.
  CHECK(isoDates("by 2017 it had 1,300 people, in 2020 more") == std::vector<std::string>{"2017", "2020"});
}

TEST_CASE("a span from one date to another is one interval", "[ingest][dates]") {
  CHECK(isoDates("From 1914 to 1918 it employed 300 people.") == std::vector<std::string>{"1914/1918"});
  CHECK(isoDates("between 1990 and 2000") == std::vector<std::string>{"1990/2000"});
  CHECK(isoDates("from the 1950s until the 1970s") == std::vector<std::string>{"195/197"});
  // Two dates with no "from" or "between" before them stay two dates.
  CHECK(isoDates("in 1990 and 2000") == std::vector<std::string>{"1990", "2000"});
}

TEST_CASE("periods compare by what they cover", "[reason][dates]") {
  CHECK(reason::periodMonths("197") == std::pair(1970L * 12, 1979L * 12 + 11));
  CHECK(reason::periodMonths("18") == std::pair(1800L * 12, 1899L * 12 + 11));
  CHECK(reason::periodMonths("2024-10") == std::pair(2024L * 12 + 9, 2024L * 12 + 9));
  CHECK(reason::periodMonths("1914/1918") == std::pair(1914L * 12, 1918L * 12 + 11));
  CHECK_FALSE(reason::periodMonths("soon"));
  CHECK(reason::samePeriod("../197", "1960"));
  CHECK(reason::samePeriod("197", "1975"));
  CHECK(reason::samePeriod("1978/..", "2025-03"));
  CHECK_FALSE(reason::samePeriod("1978/..", "1970"));
  CHECK(reason::clearlyDifferentPeriods("../197", "1985"));
  CHECK(reason::clearlyDifferentPeriods("1990/..", "1980"));
  CHECK_FALSE(reason::clearlyDifferentPeriods("1914/1918", "1916"));
  // An open end is later than any date; calendar dates keep their order as written.
  CHECK(reason::laterPeriod("1985/..", "2024"));
  CHECK(reason::laterPeriod("2024", "../1985"));
  CHECK(reason::laterPeriod("2024-10", "2024"));
  // Calendar dates alone compare as before: one contains the other.
  CHECK(reason::samePeriod("2024", "2024-10"));
  CHECK_FALSE(reason::samePeriod("2024", "2025"));
}

TEST_CASE("a value set anew by a passive verb of change: the old one until the date, the new one from it",
          "[ingest][as_of]") {
  CHECK(figuresOf("The Ferrow toll was lowered from $5 to $3 in 1985.") ==
        std::vector<std::string>{"$5 | ../1985 | amount | Ferrow", "$3 | 1985/.. | amount | Ferrow"});
  CHECK(figuresOf("The Ferrow levy was raised to $9 in 2010.") ==
        std::vector<std::string>{"$9 | 2010/.. | funding round | Ferrow"});
  // A passive verb of no change ("were sent to") sets no value.
  CHECK(figuresOf("In January 2024 calls were sent to more than 20,000 Ferrow voters.") ==
        std::vector<std::string>{"more than 20,000 Ferrow voters | 2024-01 | number of voters | -"});
  // An intransitive verb says how a measured figure moved: its "from A to B" is two values (a change's
  // ends, not a range), each dated by the clause; no bound is set (the earlier value is not yet told apart).
  CHECK(figuresOf("Revenue rose from $10 million to $30 million in 2024.") ==
        std::vector<std::string>{"$10 million | 2024 | revenue | -", "$30 million | 2024 | revenue | -"});
}

TEST_CASE("the year of an event a verb names is a figure of the thing it happened to", "[ingest][as_of]") {
  // Passive: the grammatical subject, not the agent after "by"; the claim speaks for no period.
  CHECK(figuresOf("The Brell Index was introduced by Ada Venn in 1933.") ==
        std::vector<std::string>{"1933 |  | year introduced | Brell Index"});
  // Active: the object between the verb and the date.
  CHECK(figuresOf("Ada Venn co-founded Kestrel Works in 1901.") ==
        std::vector<std::string>{"1901 |  | founding year | Kestrel Works"});
  CHECK(figuresOf("Ada Venn was born in 1861.") == std::vector<std::string>{"1861 |  | birth year | Ada Venn"});
  // No verb of an event: a year is no figure.
  CHECK(figuresOf("Ada Venn visited Ferrow in 1890.").empty());
}

namespace {

// A talk's page as the AI Wiki writes one: filed under "Presentations", its box's "Date" row.
std::string talkPage(const std::string& category) {
  return "---\ntitle: \"Ada Venn: Ferrow Futures - 2021 (Kestrel)\"\nslug: \"ada_venn_ferrow_futures\"\n"
         "categories:\n  - \"" +
         category +
         "\"\n---| Ada Venn: Ferrow Futures - 2021 (Kestrel) |\n| --- |\n| Information |\n"
         "| **Name** | Ada Venn: Ferrow Futures - 2021 |\n| **Presenter** | Ada Venn |\n"
         "| **Date** | July 26, 2021 |\n\n**Ada Venn: Ferrow Futures - 2021** is a presentation by Ada Venn.\n";
}

}  // namespace

TEST_CASE("a talk's page box dates the talk: its Date row is the year it was held", "[ingest][as_of][event-years]") {
  const graph::ClaimGraph talk = reason::buildGraphFromText(talkPage("Presentations"), "talk.md");
  const auto e = talk.findEntity("Ada Venn: Ferrow Futures - 2021");
  REQUIRE(e);
  // The category files the page as a talk, though its name opens with a given name.
  CHECK(talk.entities()[*e].type == graph::EntityType::kEvent);
  std::vector<std::string> years;
  for (const graph::Claim& c : talk.claims())
    if (c.kind == graph::ClaimKind::kFigure)
      years.push_back(std::string(talk.str(c.quantityText)) + " | " + std::string(talk.str(c.measure)) + " | " +
                      std::string(talk.str(talk.entities()[c.subject].name)));
  CHECK(years == std::vector<std::string>{"2021 | year held | Ada Venn: Ferrow Futures - 2021"});
  // A "Date" dates only an event: the same box on a page of no event's category gives no year.
  const graph::ClaimGraph other = reason::buildGraphFromText(talkPage("Terms"), "talk.md");
  for (const graph::Claim& c : other.claims()) CHECK(std::string(other.str(c.measure)) != "year held");
}

TEST_CASE("a release or launch year is a figure only in the verb's plainest forms", "[ingest][as_of][event-years]") {
  const std::vector<std::string> brell2023 = {"2023 |  | year introduced | Brell Chat"};
  // The passive's subject right before "was", the participle's right before its comma, the active
  // verb's object right after it; only a time preposition before the date.
  CHECK(figuresOf("Brell Chat was released in 2023.") == brell2023);
  CHECK(figuresOf("Brell Chat was first launched in June 2023.") == brell2023);
  CHECK(figuresOf("Brell Chat, launched in March 2023, answers questions.") == brell2023);
  CHECK(figuresOf("Quillon Labs released Brell Chat in 2023.") == brell2023);
  CHECK(figuresOf("Brell Chat came out in 2023.") == brell2023);
  // A venue, an edition, another object, a name after a preposition, a versioned name written
  // beside the graph's name, a person: no year.
  for (const char* sentence :
       {"Brell Chat was released on Ferrow Hub in 2023.", "Brell Chat was released in the 2023 edition of Ferrow.",
        "Quillon Labs released a report on Brell Chat in 2023.", "The plugin for Brell Chat was released in 2023.",
        "[Brell Chat](/wiki/brell_chat) 4 was released in 2023.", "Alice Venn was released in 1990.",
        "Its probe flew between Ferrow and Brell Chat, launched in 2023.", "Quillon Labs launched in 2023."}) {
    INFO(sentence);
    CHECK(figuresOf(sentence).empty());
  }
}

TEST_CASE(
    "an event's agents are names, each as near as one word, and \"it\" or a joined participle take the passive's "
    "subject",
    "[ingest][as_of][event-years]") {
  // Three agents of two or three words each between the verb and its year: ten words apart counted
  // word by word, five counted by names.
  CHECK(figuresOf("The Brell Index, introduced by Ada Venn, Tom B. Quill, and Nora J.K. Estwick Fane in 1998, is "
                  "used widely.") == std::vector<std::string>{"1998 |  | year introduced | Brell Index"});
  // "It" opening the sentence refers to the paragraph's last name in subject position.
  CHECK(figuresOf("Brell Chat is a chatbot for lawyers. It was introduced by Ada Venn and Tom Quill in 2012.") ==
        std::vector<std::string>{"2012 |  | year introduced | Brell Chat"});
  // A second participle after "and" shares the first's "was": the thing before it, not the agent.
  CHECK(figuresOf("Brell Chat is a chatbot for lawyers. It was developed by Ada Venn and released in March 2015.") ==
        std::vector<std::string>{"2015 |  | year introduced | Brell Chat"});
  CHECK(figuresOf("Brell Chat was unveiled in 2021.") ==
        std::vector<std::string>{"2021 |  | year introduced | Brell Chat"});
  // A participle after "and" with no passive before it is no passive; an "it" inside the clause is none.
  CHECK(figuresOf("Ada Venn wrote Brell Chat and released in 2015.").empty());
  CHECK(figuresOf("Brell Chat is a chatbot. Lawyers liked it as it was released in 2015.").empty());
  // Another year between the verb and the date is the verb's own; a participle that opens the
  // sentence is about the name after its clause's comma, never the agent after "by".
  CHECK(figuresOf("Founded in 2022 and spun off from Quillon Labs in December 2023, Brell Chat answers questions.") ==
        std::vector<std::string>{"2022 |  | founding year | Brell Chat"});
  CHECK(figuresOf("Founded by Ada Venn in March 2023, Brell Chat answers questions.") ==
        std::vector<std::string>{"2023 |  | founding year | Brell Chat"});
  CHECK(figuresOf("Ada Venn praised a class of models introduced by Tom Quill in 2014.").empty());
}

TEST_CASE("an opening participle, an \"it\" before \"was first\" and \"first described\" give an event's year",
          "[ingest][as_of][event-years]") {
  const std::vector<std::string> index1991 = {"1991 |  | year introduced | Brell Index"};
  // The participle's clause runs past its date and its agents' names; its subject follows the comma.
  CHECK(figuresOf("Originally proposed in 1991 by Ada Venn, Tom Quill, and Nora Fane, the Brell Index is used "
                  "widely.") == index1991);
  CHECK(figuresOf("First proposed in 1991, the Brell Index is used widely.") == index1991);
  // A list of names after "by" runs on past its commas: its items are not the subject.
  CHECK(
      figuresOf("Introduced in 2023 by researchers from Quillon Labs, Ferrow Works, and Kestrel Institute, Brell Chat "
                "answers questions.") == std::vector<std::string>{"2023 |  | year introduced | Brell Chat"});
  // "It was first introduced": an adverb between "was" and the verb.
  CHECK(figuresOf("The Brell Index is a measure of trust. It was first introduced by Ada Venn in their 1991 paper.") ==
        index1991);
  // A year alone before a month's date is a date of its own.
  CHECK(isoDates("founded in 2022 and spun off in December 2023") == std::vector<std::string>{"2022", "2023-12"});
  // A name right before the year is an edition's, not the verb's object.
  CHECK(figuresOf("Ada Venn published a paper at Ferrow Conference 2006.").empty());
  // A heading's or a reference's date is its most precise one.
  CHECK(ingest::normalizeDate("2025 (November 5, 2025)") == "2025-11-05");
  // A verb is the year's of the first date that makes a claim with it.
  CHECK(figuresOf("Quillon Labs trademarked its name in 2016, years before Ada Venn launched Brell Chat in November "
                  "2023.") == std::vector<std::string>{"2023 |  | year introduced | Brell Chat"});
  // "first described", passive or active; its agent after "by" is no object.
  CHECK(
      figuresOf("Many-Shot Prompts: First described by Quillon Labs in 2024, this technique is used widely.").empty());
  CHECK(figuresOf("The Brell Index was first described in 1991.") == index1991);
  CHECK(figuresOf("Ada Venn et al. first described the Brell Index in 1991 in a paper.") == index1991);
}

TEST_CASE("an author-year citation's year dates a sentence as its source, not by its words", "[ingest][as_of]") {
  auto asOfOf = [](const std::string& paragraph) {
    const graph::ClaimGraph g = reason::buildGraphFromText(test::oneParagraphArticle(paragraph), "test.md");
    std::vector<std::string> out;
    for (const graph::Claim& claim : g.claims())
      if (claim.kind == graph::ClaimKind::kFigure)
        out.push_back(std::string(g.str(claim.asOf)) + (claim.asOfFrom == graph::AsOfFrom::kSource ? " source"
                                                        : claim.asOfFrom == graph::AsOfFrom::kText ? " text"
                                                                                                   : " other"));
    return out;
  };
  const std::vector<std::string> cited = {"2022 source"};
  CHECK(asOfOf("According to Borgi (2022), Brell Chat was trained on 512 images.") == cited);
  CHECK(asOfOf("Brell Chat was trained on 512 images (Borgi et al., 2022).") == cited);
  CHECK(asOfOf("Venn et al. (2022) found that Brell Chat was trained on 512 images.") == cited);
  // A date of the sentence's own words wins; a year in brackets after no author is the words' own.
  CHECK(asOfOf("According to Borgi (2022), Brell Chat had 512 users in March 2021.") ==
        std::vector<std::string>{"2021-03 text"});
  CHECK(asOfOf("Brell Chat (2022) was trained on 512 images.") == std::vector<std::string>{"2022 text"});
}

TEST_CASE("a page box's release date is the year introduced of the page's subject", "[ingest][as_of][event-years]") {
  const std::string article = test::slurp(test::repo("tests/fixtures/check-event-years/brell_chat_plugin.md"));
  const graph::ClaimGraph g = reason::buildGraphFromText(article, "brell_chat_plugin.md");
  std::vector<std::string> years;
  for (const graph::Claim& claim : g.claims())
    if (claim.kind == graph::ClaimKind::kFigure && g.str(claim.measure) == "year introduced")
      years.push_back(std::string(g.str(claim.quantityText)) + " | " + std::string(g.str(claim.asOf)) + " | " +
                      std::string(g.str(g.entities()[claim.subject].key)));
  CHECK(years == std::vector<std::string>{"2023 |  | brell_chat_plugin"});
}
