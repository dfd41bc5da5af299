#pragma once
// The words around a quotation or an attribution verb that say whose words they are: the
// shapes of text the extractor's speaker rules read (docs/ACCURACY.md, "quotes and claimants").
// Pure functions of the text; which entity a name is stays with the extractor.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"
#include "ingest/Text.h"

namespace cg::ingest {

// The length of the mark that opens a quotation whose words begin at `quoteBegin` (quoteSpans
// leaves it out): 1 for '"', 3 for U+201C, 0 when none stands there.
[[nodiscard]] std::size_t openingMarkLength(std::string_view text, std::size_t quoteBegin);

// Quotations in single marks ('the father of optics', ‘a new era’), as a page writes them when it
// does not use double ones: an opening mark after a space, an opening bracket or the text's start
// and before a letter; a closing one after a letter or . , ! ? and before no letter or digit
// (so "Smiths' house", "don't" and "'80s" open or close nothing); at least two words, at most
// 300 bytes, no other single mark and no double quotation inside, and outside every span of
// `doubleQuotes` (quoteSpans). In order.
[[nodiscard]] std::vector<Quote> singleQuoteSpans(std::string_view text, const std::vector<Quote>& doubleQuotes);

// 'Seirawan wrote, "Can you imagine … to last!' and the paragraph ends: a quotation whose opening
// mark (after a space, before a letter) stands after every span of `closed` (quoteSpans) and is
// closed nowhere runs to the end of the text, as a quotation that goes on past its paragraph is
// written. Nullopt when the text has no such mark.
[[nodiscard]] std::optional<Quote> unclosedQuote(std::string_view text, const std::vector<Quote>& closed);

// A quoted single word written as a name ("Pro", "TruthGPT", "GPT-4"): capitalised, and not a
// compound that ends in a lower-case word ("AGI-complete" is a judgement, not a name).
[[nodiscard]] bool isNameWord(std::string_view word);

// Words written as a title ("On the Measure of Intelligence"): every word of four letters or
// more, and the first, capitalised.
[[nodiscard]] bool isTitleCase(std::string_view words);

// Where the possessor ends in text that ends with a possessive right before `quoteOpen`
// ('the company's "first product"', 'Acme’s “…”'): the offset of its "'s", or nullopt.
[[nodiscard]] std::optional<std::size_t> possessiveBefore(std::string_view text, std::size_t begin,
                                                          std::size_t quoteOpen);

// True when only a label stands before `pos` in an item: "Nigam Shah (Stanford): Described"
// has its first colon before `pos` and nothing but spaces and emphasis between them.
[[nodiscard]] bool firstWordAfterLabel(std::string_view item, std::size_t pos);

// Where the label of a text of the form 'Autotab (AI agent): "18% performance increase"' ends:
// a label of at most 60 bytes (no colon, no quotation mark), an optional aside in parentheses,
// a colon and a quotation right after it. The label is the quotation's speaker when it is a
// name. Nullopt when the text has no such shape.
[[nodiscard]] std::optional<std::size_t> labelBeforeQuote(std::string_view text);

// 'Gretzky’s quote "You miss ..."', 'their motto, "AI by the people"', 'Chollet's definition of
// intelligence as "..."', 'Leike's statement: "..."': where a noun of saying (statement, quote,
// motto, slogan, definition, mission...) that introduces the quotation opening at `quoteOpen` (its
// mark) begins, in the clause that starts at or after `begin`; nullopt when none does.
[[nodiscard]] std::optional<std::size_t> speechNounBefore(std::string_view text, std::size_t begin,
                                                          std::size_t quoteOpen);

// '“…” — Ann Roe': where the name of an attribution line begins, after the quotation that
// closes at `quoteEnd` (its last word's end), its closing mark, and a dash (U+2014, U+2015, an
// en dash U+2013, or Markdown's typed "-" and "--" set off by spaces: '"…" - Ann Roe'); nullopt
// when no dash follows the quotation.
[[nodiscard]] std::optional<std::size_t> dashAttributionAfter(std::string_view text, std::size_t quoteEnd);

// 'Roe described the town: “…”': where the colon that introduces the quotation opening at
// `quoteOpen` (its mark) stands, when one space or more, and nothing else, part them and it is at
// or after `begin`.
[[nodiscard]] std::optional<std::size_t> introducingColon(std::string_view text, std::size_t begin,
                                                          std::size_t quoteOpen);

// A particle of a phrasal verb: "out" in "set out his views", "up", "forth", "down", "forward".
[[nodiscard]] bool isParticle(std::string_view lower);

// True when `lead` is the lead-in of the list or block quotation that follows it ("The company
// emphasizes three aspects:", "He said in 1990:"): a paragraph of section `section` whose last
// non-space character is a colon. The one test for a colon lead-in, for the reader (a Markdown
// "> " block after it is a quotation) and for the speakers of what follows it.
[[nodiscard]] bool isColonLeadIn(const Block& lead, int section);

// A lower-case word that WordNet 3.0 (built in) lists as an adverb: "thus", "famously", "first".
// A speaker's name may stand before one and its verb ("Kropotkin thus wrote").
[[nodiscard]] bool isAdverb(std::string_view lower);

// Whether a page's categories file it as a person's: Wikipedia's "1863 births", "1937 deaths",
// "Living people".
[[nodiscard]] bool filedAsPerson(const std::vector<std::string>& categories);

// A lower-case word that opens a clause or a subordinate one ("who", "which", "while", "because"):
// a description that holds one is no plain noun phrase.
[[nodiscard]] bool isClauseWord(std::string_view lower);

// A noun of a study (survey, study, poll, report, analysis, paper...), singular or plural, lower case.
[[nodiscard]] bool isStudyNoun(std::string_view lower);

// 'a survey conducted by Harris Poll and MITRE during February, 2023, found', 'a study by Xu et al.
// found': the verb at `pos` has for subject a study (survey, poll, report...) made "by" someone,
// in the clause that starts at or after `begin`. Where the name after its "by" begins; nullopt
// when the verb's subject is no such phrase.
[[nodiscard]] std::optional<std::size_t> studyMakerBefore(std::string_view text, std::size_t begin, std::size_t pos);

// "Vaswani et al.", "Vaswani et al", "Vaswani et al.,", "Vaswani et al,": the length of the "et al."
// ("and others") that ends `lead` after a cited first author's name, its space included; 0 when
// `lead` ends in no such suffix. One test for every reader of author-date citations.
[[nodiscard]] std::size_t etAlSuffix(std::string_view lead);

// Whether the text right after a name (`after`) opens with " et al." in one of etAlSuffix's forms.
[[nodiscard]] bool opensWithEtAl(std::string_view after);

// "## Sam Altman's Response", "### Altman Response", "## Statement by Jane Roe": a section heading
// whose head noun is one of a reply or a statement (response, reply, statement, remarks, comments,
// reaction, answer, rebuttal) and that names who made it, before the noun (possessive or not) or
// after "from", "by" or "of". The name's words; nullopt for any other heading.
[[nodiscard]] std::optional<std::string_view> headingSpeakerName(std::string_view title);

// "Lemay et al. (2020) studied ...", "Johnson and Verdicchio (2017) argue ...", "Li & Huang (2020)
// identified ...": a sentence that opens with its authors and their year, as scholarship cites.
// Where the authors' names end (before " et al." or the year); nullopt for any other sentence.
[[nodiscard]] std::optional<std::size_t> citedAuthorsEnd(std::string_view sentence);

// 'As noted in the Harbour Gazette, "..."', 'As explained by Mara Quell, ...': a speech verb's
// participle after "as" names its source after "in" or "by". Where the source's name begins
// (after "in", "by" and an optional "the"), given the verb's offset `verbBegin` and its end
// `verbEnd` in the clause that starts at `begin`; nullopt when the verb stands in no such phrase.
[[nodiscard]] std::optional<std::size_t> asReportedSource(std::string_view text, std::size_t begin,
                                                          std::size_t verbBegin, std::size_t verbEnd);

// '"...". Although commonly attributed to X, this was actually said by Y.': the words of a
// clause before a passive verb of saying whose subject points back to the quotation before it
// ("this was", "the phrase is often", "these words were"). `beforeVerb` ends right before the verb.
[[nodiscard]] bool anaphoricPassiveSubject(std::string_view beforeVerb);

// "according to statements from Tobin Farrow", "according to an interview with ...": after
// "according to" (at `after`), a noun of saying and "from", "by", "of" or "with" stand before the
// one who spoke. Where that name begins; nullopt when no such noun stands there.
[[nodiscard]] std::optional<std::size_t> speechNounSource(std::string_view text, std::size_t after);

// '"…," opined Michael Dirda', '"…", responded Auster', '"How?" asked Roe': whether the verb at
// `pos` stands right after a closed quotation and the comma (or question or exclamation mark) that
// ends it, in the clause that starts at or after `begin`. Such a verb's speaker follows it (the
// quotative inversion); the names before it belong to the quotation.
[[nodiscard]] bool followsClosedQuotation(std::string_view text, std::size_t begin, std::size_t pos);

}  // namespace cg::ingest
