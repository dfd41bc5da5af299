// check over tests/fixtures/check-headed-names/ (pages of our own): a class word that page titles share
// ("GPT", "ChatGPT Plugin") after a name says which page the name is, and is not the subject itself;
// an appositive that holds a class word does the same; a name the graph does not know, written with its
// class, is the subject (nothing is about it), not a known word inside it; a possessor before a common
// word ("Digitset's training set") is the subject; a page that its category files in a shared class
// ("Custom_GPTs") is named with that class word though its title does not write it.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-headed-names");

}  // namespace

TEST_CASE("a name before a shared class word is the page of that name and class", "[query][check][names]") {
  auto r = check("Maker Co's Tessel Finder GPT has had seven thousand chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "tessel_finder_-_the_best_finder_gpt");
  auto wrong = check("The Tessel Finder GPT has had 17,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "tessel_finder_-_the_best_finder_gpt");
  auto plugin = check("Nibwell's ChatGPT plugin was released in 2023.");
  CHECK(plugin.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(plugin) == "nibwell_chatgpt_plugin");
  // "Ferrow PDF" names two pages: the class word says which.
  CHECK(check.subjectOf(check("The Ferrow PDF GPT has had 38,000 chats.")) == "ferrow_pdf_gpt");
  CHECK(check.subjectOf(check("The Ferrow PDF plugin for ChatGPT was released in 2023.")) ==
        "ferrow_pdf_chatgpt_plugin");
}

TEST_CASE("an appositive with a class word describes the name before it", "[query][check][names]") {
  auto r = check("Quillo Notes, the note-taking GPT, has been used in 12,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quillo_notes_gpt");
  auto which = check("Ferrow PDF, a custom GPT for reading files, has been used in 38,000 chats.");
  CHECK(which.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(which) == "ferrow_pdf_gpt");
}

TEST_CASE("an unknown name written with its class is the subject, not a known word inside it",
          "[query][check][names]") {
  auto r = check("The Access PDF Helper plugin for ChatGPT was released in 1993.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check.subjectOf(r).empty());
  CHECK(r.reading.subjectName == "Access PDF Helper");
  auto gpt = check("The Orbit Planner GPT has had 500,000 chats.");
  CHECK(gpt.verdict == Verdict::kNotEnoughEvidence);
  CHECK(gpt.reading.subjectName == "Orbit Planner");
}

TEST_CASE("a possessor before a common word is the subject", "[query][check][names]") {
  auto r = check("Digitset's training set is made up of 60K examples.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "digitset");
}

TEST_CASE("a page titled \"<name> by <maker>\" is named by its name alone, with or without its class",
          "[query][check][names]") {
  auto r = check("Lanto.ai's Quire Mail GPT writes two personalized emails for each customer.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quire_mail_by_lanto_ai_gpt");
  CHECK(check("Lanto.ai's Quire Mail GPT writes four personalized emails for each customer.").verdict ==
        Verdict::kRefuted);
  auto bare = check("Quire Mail keeps each email's title to a maximum of six words.");
  CHECK(bare.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(bare) == "quire_mail_by_lanto_ai_gpt");
  CHECK(check("The Quire Mail GPT sums up a customer's business in three paragraphs.").verdict == Verdict::kSupported);
}

TEST_CASE("an appositive class names a page known only by its title, and zero is a count", "[query][check][names]") {
  auto r = check("Quire Mail, Lanto.ai's cold-email GPT, has had zero chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quire_mail_by_lanto_ai_gpt");
  auto wrong = check("Quire Mail, Lanto.ai's cold-email GPT, has had 12,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "quire_mail_by_lanto_ai_gpt");
}

// Names written in other forms than their page's title: each statement, its verdict and its subject.
struct NamedForm {
  const char* statement;
  Verdict verdict;
  const char* subject;
};

TEST_CASE("describing words, a maker's possessive or the class word itself beside a name keep its page",
          "[query][check][names]") {
  const NamedForm forms[] = {
      // Describing words between a name and its class word.
      {"The Marlow custom GPT has had 52,000 chats.", Verdict::kSupported, "marlow_gpt"},
      {"The Marlow custom GPT has had 90,000 chats.", Verdict::kRefuted, "marlow_gpt"},
      {"The Marlow writing assistant GPT has had 52,000 chats.", Verdict::kSupported, "marlow_gpt"},
      {"The Marlow GPT has had 52,000 chats.", Verdict::kSupported, "marlow_gpt"},
      // A name found whole with its class word, before a later owner's name.
      {"The Quarry Scout GPT has had 9,000 chats with YouTube creators.", Verdict::kSupported, "quarry_scout_gpt"},
      {"The Quarry Scout GPT has had 19,000 chats with YouTube creators.", Verdict::kRefuted, "quarry_scout_gpt"},
      // A maker's possessive inside the page's name ("Tallow caselaw (ChatGPT Plugin)"), with an event year.
      {"Tallow's caselaw plugin for ChatGPT was released in 2023.", Verdict::kSupported,
       "tallow_caselaw_chatgpt_plugin"},
      {"Tallow's caselaw plugin for ChatGPT was released in 2021.", Verdict::kRefuted, "tallow_caselaw_chatgpt_plugin"},
  };
  for (const NamedForm& f : forms) {
    INFO(f.statement);
    const auto r = check(f.statement);
    CHECK(r.verdict == f.verdict);
    CHECK(check.subjectOf(r) == f.subject);
  }
}

TEST_CASE("a page name before a colon tagline is named with its class, whatever a \"for\" phrase names",
          "[query][check][names]") {
  // "Lumen Clips" names a plugin page and a GPT page ("Lumen Clips: Summaries-Search (GPT)"): "GPT"
  // says which, and "YouTube" inside the describing "for ..." phrase is not the subject.
  auto r = check("The Lumen Clips GPT for summarising YouTube videos has held roughly 21,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "lumen_clips_summaries-search_gpt");
  auto wrong = check("The Lumen Clips GPT for summarising YouTube videos has held roughly 40,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "lumen_clips_summaries-search_gpt");
  CHECK(check.subjectOf(check("The Lumen Clips plugin for ChatGPT was released in 2023.")) ==
        "lumen_clips_chatgpt_plugin");
}

TEST_CASE("a page its category files as a GPT is named with the class word though its title lacks it",
          "[query][check][names]") {
  // "Rowan Rewriter by Quillsoft" is filed under Custom_GPTs, whose pages mostly end in "(GPT)".
  auto r = check("Quillsoft's Rowan Rewriter GPT has logged 4,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "rowan_rewriter_by_quillsoft");
  auto wrong = check("The Rowan Rewriter GPT from quillsoft.io has logged 14,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "rowan_rewriter_by_quillsoft");
  // An aside that is no shared class ("for Founders and Funds") leaves the name before it.
  auto aside = check("Heron GPT, a co-pilot for founders built by heron.vc, counts 9K chats.");
  CHECK(aside.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(aside) == "heron_gpt_for_founders_and_funds");
  CHECK(check("Heron GPT, a co-pilot for founders built by heron.vc, counts 3K chats.").verdict == Verdict::kRefuted);
}

TEST_CASE("the class word after 'the' takes up the one page of that class the statement names",
          "[query][check][names]") {
  auto r = check("Marlow is a custom assistant, and the GPT has had 52,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "marlow_gpt");
  // The page's figure, not GPT's own 500,000 chats, is what the statement is checked against.
  r = check("On Marlow's page, this GPT has had 500,000 chats.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "marlow_gpt");
  // Two pages of the class named: "the GPT" could be either, and stays GPT's own name.
  r = check("Marlow and Amber Tutor agree that the GPT has had 500,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "gpt");
  // A class word that modifies the noun after it ("the GPT series") takes up nothing.
  r = check("Marlow's page says the GPT series has had 500,000 chats.");
  CHECK(check.subjectOf(r) != "marlow_gpt");
}
