#include "ingest/ListCounts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Cardinals.h"
#include "ingest/Lexicon.h"
#include "ingest/Scores.h"
#include "ingest/Speakers.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/Words.h"

namespace cg::ingest {

namespace {

constexpr std::size_t kFewestItems = 2, kMostItems = 40;

// Whether a list, table or set of sub-headings of `items` items may give a count: 2 to 40 of them.
bool countableItems(std::size_t items) { return items >= kFewestItems && items <= kMostItems; }

// A lead-in's noun test: what `countNoun` accepts, or any plural WordNet has, as the lead-in and its list say the
// noun counts things whether or not the figure reader's word list knows its singular ("Some common data
// modalities include:"). `countNoun` must outlive the test.
std::function<bool(const std::string&)> listNounOf(const std::function<bool(const std::string&)>& countNoun) {
  return [&countNoun](const std::string& w) { return countNoun(w) || isWordNetPlural(w); };
}

// Whether a sentence ends with a colon, blanks after it aside: a lead-in of what follows it.
bool endsWithColon(std::string_view text) {
  const std::size_t last = text.find_last_not_of(' ');
  return last != std::string_view::npos && text[last] == ':';
}

// Words that say a noun phrase stands for a set the list then gives: "the following steps",
// "several advantages", "these key benefits".
// Not "many", "various", "numerous": they say the set is open and large, and the list after them
// gives examples ("There are various classification models, such as:"). "these" points forward to the
// list ("follows these general steps:") unless its paragraph already named a set it points back to
// (pointsBack: "has some limitations ... to address these shortcomings:" over a list of extensions).
constexpr std::array<std::string_view, 6> kQuantifiers = {"following", "several", "multiple", "some", "main", "these"};
// Words that introduce a set of things in the text before a "these" that may point back to it.
constexpr std::array<std::string_view, 8> kSetWords = {"some",     "several",  "many",      "various",
                                                       "numerous", "multiple", "different", "these"};
// What may close a lead-in after its noun: "advantages, such as:", "benefits, including:", and the
// verbs that give the list as the noun's members ("Some common data modalities include:").
constexpr std::array<std::string_view, 7> kClosers = {", such as", " such as",  ", including", " including",
                                                      " include",  " includes", " are"};
// Whether a word is a verb that makes a phrase after the lead-in's noun a clause ("The following versions of
// Python are supported:"): an auxiliary (Words.h), a form of "be" or a form of "do".
bool opensClause(std::string_view word) { return isAuxiliary(word) || isBeAuxiliary(word) || isFormOfDo(word); }
// The most words a prepositional phrase after the lead-in's noun may have ("several advantages in
// machine learning, including:", "several strategies for selecting and adapting the step size during
// training, including:").
constexpr std::size_t kMostTailWords = 10;

using Word = WordSpan;

// The words of a lead-in or heading: runs of ASCII letters and hyphens ("state-of-the-art",
// "Fine-Tuning"), read by the one word reader (Words.h), each from its first letter: a hyphen that opens a
// run is a dash or a bullet, no part of a word.
std::vector<Word> wordsIn(std::string_view text) {
  constexpr WordRules kHyphenatedLetters{.digits = false, .beyondAscii = false, .marks = "-"};
  std::vector<Word> out;
  eachWord(text, kHyphenatedLetters, [&](const WordSpan& w) {
    const std::size_t letter = text.find_first_not_of('-', w.begin);
    if (letter < w.end) out.push_back({letter, w.end});
  });
  return out;
}

std::string foldedWord(std::string_view text, const Word& w) {
  return graph::lowerAscii(text.substr(w.begin, w.end - w.begin));
}

// Sections that are the page's apparatus, not its content (data/back_matter.tsv): what they list
// illustrates or points elsewhere ("Examples", "See also"), so their items are no count of anything
// the page is about.
bool isApparatus(const std::vector<std::string>& words) {
  std::string heading;
  for (const std::string& w : words) heading += (heading.empty() ? "" : " ") + w;
  return lexicon().backMatterOf(heading) != BackMatter::kNone;
}

// Whether "these NOUN" points back to a set `before` (the paragraph's text before it) has named: the
// noun itself, in either number ("These authorities:" after "national competent authorities"), or a
// plural after a word that introduces a set ("some limitations ... these shortcomings:").
bool pointsBack(std::string_view before, const std::string& noun,
                const std::function<bool(const std::string&)>& countNoun) {
  const std::string other = otherGrammaticalNumber(noun);
  const std::vector<Word> words = wordsIn(before);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string word = foldedWord(before, words[i]);
    if (word == noun || (!other.empty() && word == other)) return true;
    if (std::find(kSetWords.begin(), kSetWords.end(), word) == kSetWords.end()) continue;
    constexpr std::size_t kMostAdjectives = 2;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 1 + kMostAdjectives; ++k)
      if (countNoun(foldedWord(before, words[k]))) return true;
  }
  return false;
}

// Whether words[from, to) are all adjectives ("these general steps"): "These systems typically
// handle tasks" is a clause whose subject "these" opens.
bool adjectivesOnly(std::string_view text, const std::vector<Word>& words, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k)
    if (!wordNetAdjectives().count(foldedWord(text, words[k]))) return false;
  return true;
}

// Where "of" stands in a phrase that ends the lead-in with a kind noun's plural ("several types | of
// priors", "the main categories of neural networks"), 0 for none: each item is a type and a thing of
// the noun after "of" at once, so that noun's being a count noun does not make the list its members.
std::size_t kindsOfAt(std::string_view text, const std::vector<Word>& words) {
  constexpr std::size_t kMostOfWords = 3;
  for (std::size_t at = words.size() - 1; at >= 2 && words.size() - at <= kMostOfWords + 1; --at) {
    if (foldedWord(text, words[at]) != "of") continue;
    const std::string kind = foldedWord(text, words[at - 1]);
    const bool kinds = std::find(kindNouns().begin(), kindNouns().end(), kind) != kindNouns().end();
    return kinds && text.substr(words[at].begin).find(',') == std::string_view::npos ? at : 0;
  }
  return 0;
}

// Where a prepositional phrase after the lead-in's plural noun starts ("several strategies | for
// selecting and adapting the step size during training"): the index among `words` of its preposition,
// 0 for none. The phrase may name no plural count noun, no quantifier and hold no comma: in "many
// applications in various fields, such as:" the list may give the fields, not the applications.
std::size_t postmodifierAt(std::string_view text, const std::vector<Word>& words,
                           const std::function<bool(const std::string&)>& countNoun) {
  for (std::size_t at = words.size() - 1; at >= 2 && words.size() - at <= kMostTailWords; --at) {
    const std::string word = foldedWord(text, words[at]);
    // "The following versions of Python are supported:": a finite verb makes the phrase a clause whose
    // subject is the noun phrase, and what is counted is what the clause says of it.
    if (countNoun(word) || std::find(kQuantifiers.begin(), kQuantifiers.end(), word) != kQuantifiers.end() ||
        opensClause(word))
      return 0;
    if (!lexicon().prepositions.count(word) || !countNoun(foldedWord(text, words[at - 1]))) continue;
    if (text.substr(words[at].begin).find(',') != std::string_view::npos) return 0;
    return at;
  }
  return 0;
}

// Where a clause that describes the lead-in's plural noun starts, 0 for none: a relative clause
// ("several important properties | that make it suitable for machine learning tasks, particularly in
// SVMs") or an absolute phrase after a comma ("several types of priors|, each with its own advantages
// and disadvantages"). The clause says what the items are like, not which things are counted, so the
// noun before it is the lead-in's (after its own prepositional phrase, "types of priors"); a clause
// that holds a quantifier ("that support the following formats") may name what the list gives.
std::size_t describingClauseAt(std::string_view text, const std::vector<Word>& words,
                               const std::function<bool(const std::string&)>& countNoun) {
  for (std::size_t at = 2; at < words.size(); ++at) {
    const std::string word = foldedWord(text, words[at]);
    const std::string_view gap = text.substr(words[at - 1].end, words[at].begin - words[at - 1].end);
    const bool relative = (word == "that" || word == "which") && gap == " ";
    const bool absolute = word == "each" && gap == ", ";
    if ((!relative && !absolute) || !countNoun(foldedWord(text, words[at - 1]))) continue;
    for (std::size_t k = at + 1; k < words.size(); ++k)
      if (std::find(kQuantifiers.begin(), kQuantifiers.end(), foldedWord(text, words[k])) != kQuantifiers.end())
        return 0;
    return at;
  }
  return 0;
}

// Whether words[at] is "in" or "of" and the noun phrase right after it (up to the next preposition) ends in a
// plural count noun: "several fundamental limitations in current AI systems" lists the systems'
// limitations, not the subject's, so whose the items are is that phrase's, which no count is given for.
bool pluralOwnerAfter(std::string_view text, const std::vector<Word>& words, std::size_t at,
                      const std::function<bool(const std::string&)>& countNoun) {
  const std::string preposition = foldedWord(text, words[at]);
  if (preposition != "in" && preposition != "of") return false;
  std::size_t last = at;
  while (last + 1 < words.size() && !lexicon().prepositions.count(foldedWord(text, words[last + 1]))) ++last;
  return last > at && countNoun(foldedWord(text, words[last]));
}

// Whether words[k] is a WordNet verb's -ing form ("using", "training", "running"), whether or not
// WordNet lists it as a noun as well ("using": "an act of using").
bool gerundAt(std::string_view text, const std::vector<Word>& words, std::size_t k) {
  const std::string word = foldedWord(text, words[k]);
  constexpr std::size_t kShortest = 5;  // "using": a stem of two letters or more
  if (!word.ends_with("ing") || word.size() < kShortest) return false;
  const std::string stem = word.substr(0, word.size() - 3);
  const bool doubled = stem.size() > 2 && stem.back() == stem[stem.size() - 2];
  return isVerbWord(stem) || isVerbWord(stem + "e") || (doubled && isVerbWord(stem.substr(0, stem.size() - 1)));
}

// Whether words[k], a verb's form, is an adjective WordNet lists that modifies the word after it ("the
// squared hinge loss"): followed by a preposition or nothing it is a participle's clause ("models trained on").
bool attributiveAt(std::string_view text, const std::vector<Word>& words, std::size_t k) {
  if (k + 1 >= words.size() || !wordNetAdjectives().count(foldedWord(text, words[k]))) return false;
  const std::string next = foldedWord(text, words[k + 1]);
  return !lexicon().prepositions.count(next) && !lexicon().isFunctionWord(next);
}

// Where a prepositional phrase after the lead-in's plural noun starts in a lead-in that closes its list
// ("several advantages | over other matrix factorization methods:", "several benefits | for training
// neural networks:"), 0 for none: the first preposition after a plural count noun. Its phrase may name
// plural nouns: with no "such as" the list gives the noun's members, not examples of the phrase's things;
// but no quantifier or word that introduces a set ("in various fields"), no verb and no comma. A gerund
// right after the preposition heads the phrase ("several benefits | to using the squared hinge loss
// function in machine learning models:"): the benefits of using a thing are the thing's.
std::size_t closedPostmodifierAt(std::string_view text, const std::vector<Word>& words,
                                 const std::function<bool(const std::string&)>& countNoun) {
  for (std::size_t at = 2; at < words.size(); ++at) {
    if (!lexicon().prepositions.count(foldedWord(text, words[at])) || !countNoun(foldedWord(text, words[at - 1])))
      continue;
    const bool gerund = at + 1 < words.size() && gerundAt(text, words, at + 1);
    // The gerund's object is the phrase then: its words are what the limit is on.
    if (words.size() - at - (gerund ? 2 : 0) > kMostTailWords ||
        text.substr(words[at].begin).find(',') != std::string_view::npos)
      return 0;
    if (pluralOwnerAfter(text, words, at, countNoun)) return 0;
    for (std::size_t k = at + (gerund ? 2 : 1); k < words.size(); ++k) {
      const std::string word = foldedWord(text, words[k]);
      const bool setWord = std::find(kSetWords.begin(), kSetWords.end(), word) != kSetWords.end() ||
                           std::find(kQuantifiers.begin(), kQuantifiers.end(), word) != kQuantifiers.end();
      const bool verb = verbFormOnly(word) || opensClause(word);
      if (setWord || (verb && !attributiveAt(text, words, k))) return 0;
    }
    return at;
  }
  return 0;
}

// Where the passive verb group whose "be" is words[be] starts, 0 for none: "are"/"were" itself ("are taken"), a
// modal before "be" ("can be employed", "can also be used") or "have"/"has" before "been" ("have been proposed").
// Each says the things are given as the list gives them, in whatever tense or mood.
std::size_t passiveGroupAt(std::string_view text, const std::vector<Word>& words, std::size_t be) {
  const std::string word = foldedWord(text, words[be]);
  if (word == "are" || word == "were") return be;
  if ((word != "be" && word != "been") || be < 2) return 0;
  std::size_t at = be - 1;
  if (foldedWord(text, words[at]) == "also") --at;
  const std::string auxiliary = foldedWord(text, words[at]);
  const bool modal = word == "be" && isModal(auxiliary);
  const bool perfect = word == "been" && (auxiliary == "have" || auxiliary == "has");
  return (modal || perfect) && at > 0 ? at : 0;
}

// Where the predicate a lead-in's plural subject closes on starts: "The main steps of the SGD algorithm |
// are as follows:", "To adapt a model, several steps | are taken:", "several strategies | can be employed:"
// (a passive verb group and a past participle, passiveGroupAt). Either says the list gives the subject's
// things, as "are:" does; npos for none. `asFollows` is set for "as follows", which makes the set whole after
// "the" alone ("The basic steps for computing X are as follows:").
std::size_t subjectPredicateAt(std::string_view text, bool& asFollows) {
  const std::vector<Word> words = wordsIn(text);
  if (words.size() < 4 || words.back().end != text.size()) return std::string_view::npos;
  const std::string last = foldedWord(text, words.back());
  const bool follows = last == "follows" && foldedWord(text, words[words.size() - 2]) == "as";
  const std::size_t be = words.size() - (follows ? 3 : 2);
  const std::string copula = foldedWord(text, words[be]);
  if (follows && copula != "are" && copula != "were") return std::string_view::npos;
  bool past = false;
  if (!follows && (verbLemma(last, past).empty() || !past)) return std::string_view::npos;
  const std::size_t group = passiveGroupAt(text, words, be);
  if (group == 0) return std::string_view::npos;
  asFollows = follows;
  return words[group - 1].end;
}

// A lead-in with its colon and closer dropped: `text` ends with the noun phrase of the things listed.
struct LeadInPhrase {
  std::string_view text;
  bool open = false;       // "such as", "including", "include": the list may give only some of the things
  bool asFollows = false;  // "are as follows:": "the" alone makes the set whole
  bool passive = false;    // "several steps are taken:": a phrase after the noun names no owner
};

// The lead-in less its colon and what closes it: a subject's predicate ("are as follows", "are taken":
// subjectPredicateAt) or a closer of kClosers ("such as", "include", "are").
LeadInPhrase withoutCloser(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.remove_suffix(1);
  LeadInPhrase lead{text};
  if (const std::size_t predicate = subjectPredicateAt(text, lead.asFollows); predicate != std::string_view::npos) {
    lead.text = text.substr(0, predicate);
    lead.passive = !lead.asFollows;
    return lead;
  }
  for (std::string_view closer : kClosers)
    if (graph::lowerAscii(lead.text).ends_with(closer)) {
      lead.text.remove_suffix(closer.size());
      lead.open = closer != " are";
    }
  return lead;
}

// Cuts the lead-in's words (and its text) to end at the noun of the things listed: before a describing
// clause or a kind's "of" phrase, or before a prepositional phrase that names what the items are for or in
// ("several advantages | in machine learning"). False when no noun phrase can end there.
bool cutToListNoun(LeadInPhrase& lead, std::vector<Word>& words,
                   const std::function<bool(const std::string&)>& countNoun) {
  // A clause or a kind's "of" phrase after the noun is read only where the lead-in closes its list (no
  // "such as" or "including"): only an exhaustive list counts the things the clause describes.
  if (const std::size_t clause = lead.open ? 0 : describingClauseAt(lead.text, words, countNoun); clause > 0) {
    words.resize(clause);
    lead.text = lead.text.substr(0, words.back().end);
  }
  if (words.size() < 2 || words.back().end != lead.text.size()) return false;
  std::size_t tail = lead.open ? 0 : kindsOfAt(lead.text, words);
  if (tail == 0) tail = postmodifierAt(lead.text, words, countNoun);
  if (tail == 0 && !lead.open) tail = closedPostmodifierAt(lead.text, words, countNoun);
  if (tail == 0) return true;
  // "The following versions of Python are supported:": what a passive's phrase names after its noun is no
  // owner of the things (Python has no three versions; the page's topic supports them).
  if (lead.passive) return false;
  words.resize(tail);
  lead.text = lead.text.substr(0, words.back().end);
  return true;
}

// Whether the quantifier words[at] follows a preposition, past an article: "applications in various
// fields, such as:", "models alongside the main Llama releases:" count what the listed things are in or
// of, not the things. Not the partitive "Some of the main methods include:".
bool quantifierAfterPreposition(std::string_view text, const std::vector<Word>& words, std::size_t at) {
  if (at == 0) return false;
  std::size_t prior = at - 1;
  if (prior > 0 && foldedWord(text, words[prior]) == "the" && foldedWord(text, words[prior - 1]) != "of") --prior;
  return lexicon().prepositions.count(foldedWord(text, words[prior])) > 0;
}

// The phrase "QUANTIFIER [adjectives] NOUN" whose noun is the last of `words`: the count of the list's
// things, or nullopt when no quantifier of kQuantifiers (or "the" before "as follows") opens it within a few
// adjectives.
std::optional<ListCount> quantifiedPhrase(std::string_view text, const std::vector<Word>& words,
                                          std::string_view earlier, bool asFollows,
                                          const std::function<bool(const std::string&)>& countNoun) {
  const std::string noun = graph::lowerAscii(text.substr(words.back().begin));
  if (!countNoun(noun) || isApparatus({noun})) return std::nullopt;
  constexpr std::size_t kMostAdjectives = 3;
  for (std::size_t k = 1; k <= kMostAdjectives + 1 && k < words.size(); ++k) {
    const std::size_t at = words.size() - 1 - k;
    const std::string word = foldedWord(text, words[at]);
    if (word == "these" && !adjectivesOnly(text, words, words.size() - k, words.size() - 1)) return std::nullopt;
    const bool wholeSet = asFollows && word == "the";
    if (!wholeSet && std::find(kQuantifiers.begin(), kQuantifiers.end(), word) == kQuantifiers.end()) {
      // Only adjectives between the quantifier and its noun ("several significant advantages"):
      // "Many researchers have proposed improvements" counts no researchers.
      // A plural count noun in "-s" there is a clause's subject: "several benchmarks evaluate different
      // aspects of X:" over a table of benchmarks counts no aspects ("data" still modifies: "data modalities").
      const bool plural = word.ends_with('s') && !word.ends_with("ss") && countNoun(word);
      if (lexicon().isFunctionWord(word) || lexicon().prepositions.count(word) || plural) return std::nullopt;
      continue;
    }
    // "the following" is the list's own phrase, whatever stands before it.
    if (word != "following" && quantifierAfterPreposition(text, words, at)) return std::nullopt;
    std::size_t begin = words[at].begin;
    // "the following steps": the article is part of the phrase.
    if (k + 2 <= words.size() - 1 && word == "following" && foldedWord(text, words[at - 1]) == "the")
      begin = words[at - 1].begin;
    if (word == "these" && (pointsBack(earlier, noun, countNoun) || pointsBack(text.substr(0, begin), noun, countNoun)))
      return std::nullopt;
    return ListCount{0, begin, words.back().end, noun};
  }
  return std::nullopt;
}

// The phrase "QUANTIFIER [adjectives] NOUN" that ends the lead-in (before its colon and closer);
// `earlier` is its paragraph's text before it, where a "these" may find what it points back to.
std::optional<ListCount> leadInPhrase(std::string_view text, std::string_view earlier,
                                      const std::function<bool(const std::string&)>& countNoun) {
  LeadInPhrase lead = withoutCloser(text);
  // Only words: a lead-in that writes a number states its own count, or is about something else.
  if (std::any_of(lead.text.begin(), lead.text.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  std::vector<Word> words = wordsIn(lead.text);
  if (!cutToListNoun(lead, words, countNoun)) return std::nullopt;
  return quantifiedPhrase(lead.text, words, earlier, lead.asFollows, countNoun);
}

// How many items, one level deep, the list from blocks[first] gives: ordered items numbered 1, 2, ...
// or bullets, at the first item's column (deeper ones are nested in them). 0 when the list is
// interrupted and goes on after the interruption (a paragraph between items 3 and 4): its length is
// then not what the blocks show.
std::size_t itemsFrom(const std::vector<Block>& blocks, std::size_t first) {
  const Block& head = blocks[first];
  const bool ordered = head.ordinal != 0;
  if (ordered && head.ordinal != 1) return 0;
  std::size_t items = 0;
  std::size_t j = first;
  for (; j < blocks.size(); ++j) {
    const Block& item = blocks[j];
    if (item.kind != BlockKind::kListItem || item.section != head.section || item.listIndent < head.listIndent) break;
    if (item.listIndent > head.listIndent) continue;
    if ((item.ordinal != 0) != ordered) return 0;  // bullets and numbers at one level: no one list
    if (ordered && item.ordinal != static_cast<int>(items) + 1) break;
    ++items;
  }
  // Another item at the list's level soon after an interruption: the list may go on past it.
  constexpr std::size_t kLookAhead = 3;
  for (std::size_t k = j; k < blocks.size() && k < j + kLookAhead; ++k) {
    const Block& next = blocks[k];
    if (next.section != head.section) break;
    if (next.kind == BlockKind::kListItem && next.listIndent == head.listIndent &&
        (ordered ? next.ordinal == static_cast<int>(items) + 1 : next.ordinal == 0))
      return 0;
  }
  return items;
}

// The title's words as a heading may write them: folded, its bracket dropped ("BLEU (Bilingual ...)").
std::vector<std::string> titleWords(std::string_view title) {
  const std::size_t bracket = title.find(" (");
  return graph::foldTokens(title.substr(0, bracket));
}

// Whether `words` write the page's title, its last word in either number ("Activation Functions").
bool writesTitle(std::vector<std::string> words, const std::vector<std::string>& title) {
  if (!words.empty() && (words.front() == "the" || words.front() == "a" || words.front() == "an"))
    words.erase(words.begin());
  if (title.empty() || words.size() != title.size()) return false;
  if (!std::equal(title.begin(), title.end() - 1, words.begin())) return false;
  return words.back() == title.back() || otherGrammaticalNumber(words.back()) == title.back();
}

// The heading's noun, when the heading says the section gives the topic's NOUNs: "[adjectives] NOUN
// of|to|in|for TITLE". Its index among `words`, or nullopt.
std::optional<std::size_t> headingNounAt(const std::vector<std::string>& words, const std::vector<std::string>& title,
                                         const std::function<bool(const std::string&)>& countNoun) {
  constexpr std::array<std::string_view, 4> kOf = {"of", "to", "in", "for"};
  const auto of = std::find_first_of(words.begin(), words.end(), kOf.begin(), kOf.end());
  // "Cursor Rules" over "Rule Types", "Creating and Managing Rules", "Best Practices": a heading
  // that only puts the title before its noun heads sections about the noun as often as its items.
  if (of == words.end() || of == words.begin() || !writesTitle({of + 1, words.end()}, title)) return std::nullopt;
  const std::size_t at = static_cast<std::size_t>(of - words.begin()) - 1;
  if (!countNoun(words[at])) return std::nullopt;
  // Only adjectives before it ("Key Components of ..."): "Set allowedTools in ..." is a clause.
  constexpr std::size_t kMostAdjectives = 2;
  if (at > kMostAdjectives) return std::nullopt;
  for (std::size_t k = 0; k < at; ++k)
    if (!wordNetAdjectives().count(words[k])) return std::nullopt;
  return at;
}

// Whether section `section`, or a heading above it, opens with a word of a remainder (data/remainder_words.txt):
// "Several specialized versions have been developed:" under "### Other Notable Variants" lists some of the
// versions, the rest of those the page named before, so its items count no whole set.
bool underRemainderHeading(const Article& article, int section) {
  for (int at = section; at >= 0; at = article.sections[static_cast<std::size_t>(at)].parent) {
    const std::vector<std::string> words = graph::foldTokens(article.sections[static_cast<std::size_t>(at)].title);
    if (!words.empty() && lexicon().remainderWords.count(words.front())) return true;
  }
  return false;
}

// Whether section `section` holds a list of its own.
bool holdsList(const std::vector<Block>& blocks, int section) {
  return std::any_of(blocks.begin(), blocks.end(),
                     [&](const Block& b) { return b.section == section && b.kind == BlockKind::kListItem; });
}

// How many sub-headings section `section` has, 0 when one of them is apparatus or opens with "Other"
// (the set is left open: "MMLU-Pro", "Other Notable Variants"), or when one heads a list and the
// heading's noun names no kinds: "## Techniques of X" over "### Supervised Methods" and its list of
// methods gives groups of techniques, not techniques.
std::size_t subHeadings(const Article& article, int section, const std::string& noun) {
  const bool kinds = std::find(kindNouns().begin(), kindNouns().end(), noun) != kindNouns().end();
  std::size_t items = 0;
  for (std::size_t k = 0; k < article.sections.size(); ++k) {
    const Section& sub = article.sections[k];
    if (sub.parent != section) continue;
    if (!kinds && holdsList(article.blocks, static_cast<int>(k))) return 0;
    const std::vector<std::string> words = graph::foldTokens(sub.title);
    // "Creating and Managing Rules": a sub-heading that opens with a gerund tells how, no item; an -ing
    // word that WordNet has as a noun ("Sampling Bias", "Training Data") names the item.
    if (words.empty() || isApparatus(words) || lexicon().remainderWords.count(words.front()) ||
        (words.front().ends_with("ing") && verbFormOnly(words.front())))
      return 0;
    ++items;
  }
  return items;
}

// The items of the one list section `section`'s blocks give: paragraphs before it that lead into
// nothing (no colon), then one list (itemsFrom), then nothing but paragraphs. 0 otherwise.
std::size_t sectionListItems(const std::vector<Block>& blocks, int section) {
  std::size_t first = blocks.size();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].section != section) continue;
    if (blocks[b].kind == BlockKind::kListItem) {
      first = b;
      break;
    }
    const std::string& text = blocks[b].text;
    if (blocks[b].kind != BlockKind::kParagraph || text.find_last_not_of(' ') == std::string::npos ||
        endsWithColon(text))
      return 0;
  }
  if (first == blocks.size()) return 0;
  const std::size_t items = itemsFrom(blocks, first);
  // A second list in the section: which one the heading counts is not known.
  std::size_t seen = 0;
  for (std::size_t b = first; b < blocks.size(); ++b)
    if (blocks[b].section == section && blocks[b].kind == BlockKind::kListItem &&
        blocks[b].listIndent == blocks[first].listIndent)
      ++seen;
  return seen == items ? items : 0;
}

// "## Knowledge (Uploaded Files)" over five file items: a heading whose aside in brackets names what its
// section lists by a plural noun ("Files") heads the list of them, whatever the page is titled; the
// count of the section's one list (sectionListItems), when it has no sub-heading.
std::optional<HeadingCount> asideCountOf(const Article& article, int section,
                                         const std::function<bool(const std::string&)>& countNoun) {
  const std::string_view title = article.sections[static_cast<std::size_t>(section)].title;
  const std::size_t open = title.find(" (");
  if (open == std::string_view::npos || !title.ends_with(')')) return std::nullopt;
  const std::string_view aside = title.substr(open + 2, title.size() - open - 3);
  const std::vector<Word> words = wordsIn(aside);
  constexpr std::size_t kLongestAside = 3;
  if (words.empty() || words.size() > kLongestAside || words.back().end != aside.size()) return std::nullopt;
  const std::string noun = foldedWord(aside, words.back());
  if (!countNoun(noun) || isApparatus({noun})) return std::nullopt;
  for (const Section& other : article.sections)
    if (other.parent == section) return std::nullopt;
  const std::size_t items = sectionListItems(article.blocks, section);
  if (!countableItems(items)) return std::nullopt;
  return HeadingCount{items, noun,
                      std::string(aside.substr(words.back().begin, words.back().end - words.back().begin))};
}

// Whether a deeper heading that is one plural noun is one of a pair its parent heading names: "### Advantages"
// and "### Disadvantages" under "## Advantages and Disadvantages" (or "Benefits and Limitations") split
// the parent's topic, the page's, into its two sides; under "## Uses" a "### Applications" is a part's.
bool pairedInParent(const Article& article, const Section& heading, const std::string& noun) {
  if (heading.parent < 0) return false;
  const std::vector<std::string> parent =
      graph::foldTokens(article.sections[static_cast<std::size_t>(heading.parent)].title);
  return parent.size() == 3 && parent[1] == "and" && (parent.front() == noun || parent.back() == noun);
}

// Whether a second-level heading of two words names the prompts an assistant's page gives a user to start
// with (data/prompt_headings.tsv's starters: "Conversation Starters"). The page's template lists them all,
// as its "## Actions" does its actions, where a modifier elsewhere picks some out ("Key Features", "Research
// Applications").
bool headsStarters(const Section& heading, std::string_view noun) {
  const std::vector<std::string>& starters =
      lexicon().promptHeadings[static_cast<std::size_t>(PromptHeading::kStarters)];
  return heading.level == 2 && std::find(starters.begin(), starters.end(), noun) != starters.end();
}

// "## Actions" over five action items on a custom GPT's page: a second-level heading that is one plural
// count noun and nothing else heads the list of the page topic's things of that noun, the count of the
// section's one list (sectionListItems), of one item or more. Its sub-headings, if any, hold no list of
// their own (a custom GPT's "### Website", "### Privacy Policy" say where the actions are served): one
// that does makes the list one group of several. The list opens the section. A noun with a modifier ("Key
// Features", "Research Applications") is left alone: what the modifier picks out of the topic's things is
// no count of the noun; but the template's "## Conversation Starters" lists them all (headsStarters). A
// deeper heading counts so where its parent pairs its noun with another (pairedInParent).
std::optional<HeadingCount> bareNounCountOf(const Article& article, int section,
                                            const std::function<bool(const std::string&)>& countNoun) {
  const Section& heading = article.sections[static_cast<std::size_t>(section)];
  const std::vector<Word> words = wordsIn(heading.title);
  if (heading.level < 2 || words.empty() || words.front().begin != 0 || words.back().end != heading.title.size())
    return std::nullopt;
  const std::string noun = foldedWord(heading.title, words.back());
  if (words.size() != 1 && !(words.size() == 2 && headsStarters(heading, noun))) return std::nullopt;
  if (!countNoun(noun) || otherGrammaticalNumber(noun).empty() || !noun.ends_with('s') || isApparatus({noun}))
    return std::nullopt;
  if (heading.level != 2 && !pairedInParent(article, heading, noun)) return std::nullopt;
  for (std::size_t k = 0; k < article.sections.size(); ++k)
    if (article.sections[k].parent == section && holdsList(article.blocks, static_cast<int>(k))) return std::nullopt;
  // A paragraph before the list says what it gives ("ChatGPT has myriad applications, ...", "X listed
  // several observations", "The API is an interface ..." over what the one API does): the heading
  // alone no longer does.
  const auto first =
      std::find_if(article.blocks.begin(), article.blocks.end(), [&](const Block& b) { return b.section == section; });
  if (first == article.blocks.end() || first->kind != BlockKind::kListItem) return std::nullopt;
  const std::size_t items = sectionListItems(article.blocks, section);
  // One item is a count too: the heading, not a lead-in, says what the list holds, and a section that
  // a page's template names in the plural ("## Actions" over the one API a custom GPT calls) lists all
  // of the noun's things there are, however few.
  if (items < 1 || items > kMostItems) return std::nullopt;
  return HeadingCount{items, noun, heading.title};
}

// Whether a heading's words name a procedure (data/procedure_nouns.txt) in either number, alone or before a noun
// of a summary of it (data/summary_nouns.txt): "Workflows", "Process", "Workflow Overview". The numbered list
// under it gives the procedure's steps; the LangGPT template's "## Workflows:" heads one workflow's steps.
bool namesProcedure(std::string_view title, const std::vector<Word>& words) {
  if (words.size() == 2 && !lexicon().summaryNouns.count(foldedWord(title, words.back()))) return false;
  const std::string noun = foldedWord(title, words.front());
  return lexicon().procedureNouns.count(noun) > 0 || lexicon().procedureNouns.count(otherGrammaticalNumber(noun)) > 0;
}

// Whether a heading's words name a plural count noun `countNoun` accepts, that is no apparatus, perhaps after one
// modifier: a modifier that is a function word or "Other" leaves the set open or picks out some of it.
bool namesCountedItems(std::string_view title, const std::vector<Word>& words,
                       const std::function<bool(const std::string&)>& countNoun) {
  const std::string noun = foldedWord(title, words.back());
  if (!countNoun(noun) || otherGrammaticalNumber(noun).empty() || !noun.ends_with('s') || isApparatus({noun}))
    return false;
  const std::string modifier = foldedWord(title, words.front());
  return words.size() == 1 || (!lexicon().isFunctionWord(modifier) && !lexicon().remainderWords.count(modifier));
}

}  // namespace

std::optional<HeadingCount> instructionHeadingCountOf(const Article& article, int section,
                                                      const std::function<bool(const std::string&)>& countNoun) {
  std::string_view title = trim(article.sections[static_cast<std::size_t>(section)].title);
  while (!title.empty() && (title.back() == ':' || title.back() == '*' || title.back() == ' ')) title.remove_suffix(1);
  while (!title.empty() && title.front() == '*') title.remove_prefix(1);
  const std::vector<Word> words = wordsIn(title);
  constexpr std::size_t kMostWords = 2;
  if (words.empty() || words.size() > kMostWords || words.front().begin != 0 || words.back().end != title.size())
    return std::nullopt;
  const bool procedure = namesProcedure(title, words);
  if (!procedure && !namesCountedItems(title, words, countNoun)) return std::nullopt;
  // Its sub-headings are not asked about: a prompt's headings nest as its writer typed them, and the page's own
  // "## Conversation Starters" may stand under the prompt's last "# Steps".
  const auto first =
      std::find_if(article.blocks.begin(), article.blocks.end(), [&](const Block& b) { return b.section == section; });
  if (first == article.blocks.end() || first->kind != BlockKind::kListItem || first->ordinal != 1) return std::nullopt;
  const std::size_t items = sectionListItems(article.blocks, section);
  if (!countableItems(items)) return std::nullopt;
  if (procedure) return HeadingCount{items, "steps", std::string(title)};
  return HeadingCount{items, foldedWord(title, words.back()), std::string(title.substr(words.back().begin))};
}

const std::vector<std::string_view>& kindNouns() {
  static const std::vector<std::string_view> kKinds = {"types",     "kinds",    "categories", "sorts",
                                                       "varieties", "flavours", "flavors"};
  return kKinds;
}

std::optional<HeadingCount> headingCountOf(const Article& article, int section,
                                           const std::function<bool(const std::string&)>& countNoun) {
  const Section& heading = article.sections[static_cast<std::size_t>(section)];
  const std::vector<std::string> title = titleWords(article.title);
  // A first-level heading inside a page heads the page or text it quotes (a custom GPT's prompt).
  if (title.empty() || heading.level < 2) return std::nullopt;
  // A page titled by one common word ("Model", "Training"): a figure of its own would make that word,
  // which statements write as a common noun ("the largest PaLM-E model"), a subject `check` names.
  if (title.size() == 1 && lexicon().isEnglishWord(title.front())) return std::nullopt;
  if (underRemainderHeading(article, section)) return std::nullopt;
  if (auto aside = asideCountOf(article, section, countNoun)) return aside;
  if (auto bare = bareNounCountOf(article, section, countNoun)) return bare;
  const std::string_view written = std::string_view(heading.title).substr(0, heading.title.find(" ("));
  const std::vector<std::string> words = graph::foldTokens(written);
  const auto at = headingNounAt(words, title, countNoun);
  if (!at || isApparatus({words[*at]})) return std::nullopt;
  const std::size_t subs = subHeadings(article, section, words[*at]);
  const std::size_t listed = sectionListItems(article.blocks, section);
  // Sub-headings and a list of its own: which of them are the items is not known.
  if (subs > 0 && listed > 0) return std::nullopt;
  const std::size_t items = subs > 0 ? subs : listed;
  if (!countableItems(items)) return std::nullopt;
  // The noun as written: the word of the heading that folds to it.
  std::string nounText = words[*at];
  for (const Word& w : wordsIn(written))
    if (graph::lowerAscii(written.substr(w.begin, w.end - w.begin)) == words[*at])
      nounText = std::string(written.substr(w.begin, w.end - w.begin));
  return HeadingCount{items, words[*at], nounText};
}

// "The RMSE is calculated as follows:", "The algorithm works as follows:": a lead-in that ends in "as
// follows" after a verb that is no copula ("The types are as follows:" lists types, whatever they are)
// introduces how something is done. The span of "as follows", or nullopt.
std::optional<ListCount> procedureLeadIn(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.remove_suffix(1);
  const std::vector<Word> words = wordsIn(text);
  if (words.size() < 3 || words.back().end != text.size()) return std::nullopt;
  const std::string verb = foldedWord(text, words[words.size() - 3]);
  if (foldedWord(text, words[words.size() - 2]) != "as" || foldedWord(text, words.back()) != "follows")
    return std::nullopt;
  if (isVerbGroupBe(verb)) return std::nullopt;
  return ListCount{0, words[words.size() - 2].begin, words.back().end, "steps"};
}

// "In separate, concise, and friendly responses, I ask:", "VLA training typically involves:": a lead-in
// whose clause ends in its verb, a numbered list after it the verb's object, one item after another:
// the steps of what the clause does. The verb comes right after a subject pronoun ("I ask") or is
// written in its third-person form ("involves": no plural noun, after no function word); no auxiliary, modal or
// function word ("The agent must:", "Gym can be used to:") and no "include" (its list gives members, leadInPhrase's).
// The span of the verb, or nullopt.
std::optional<ListCount> verbFinalLeadIn(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.remove_suffix(1);
  const std::vector<Word> words = wordsIn(text);
  if (words.size() < 2 || words.back().end != text.size()) return std::nullopt;
  const std::string verb = foldedWord(text, words.back());
  const std::string before = foldedWord(text, words[words.size() - 2]);
  // The verb's base form ("involves" -> "involve"), a WordNet verb as written or in its present tense.
  bool past = false;
  const std::string base = isVerbWord(verb) ? verb : verbLemma(verb, past);
  if (base.empty() || past || base == "include" || isAuxiliary(verb) || lexicon().isFunctionWord(verb) ||
      lexicon().prepositions.count(verb))
    return std::nullopt;
  static constexpr std::array<std::string_view, 7> kSubjectPronouns = {"i", "we", "you", "he", "she", "it", "they"};
  const bool afterPronoun =
      std::find(kSubjectPronouns.begin(), kSubjectPronouns.end(), before) != kSubjectPronouns.end();
  // "the following steps", "in two stages", "works as follows": a plural noun, or a verb after a
  // function word, ends a phrase that is no clause with its verb last.
  if (!afterPronoun && (base == verb || isWordNetPlural(verb) || lexicon().isFunctionWord(before))) return std::nullopt;
  return ListCount{0, words.back().begin, words.back().end, "steps"};
}

// Whether a list item opens with a phrase of condition or circumstance set off by a comma, a clause after
// it: "With a probability of ε, the agent selects an action", "If the queue is full, drop the oldest".
// The phrase opens with a preposition of the lexicon or a word that opens a subordinate clause.
bool conditionedStep(std::string_view item, const std::vector<Word>& words) {
  const std::string first = foldedWord(item, words.front());
  if (!lexicon().prepositions.count(first) && !isClauseWord(first)) return false;
  const std::size_t comma = item.find(", ");
  return comma != std::string_view::npos && words.back().begin > comma;
}

// Whether the list from blocks[first] is numbered and each of its items (one level deep) opens with a
// verb in its base form, as an instruction does ("Compute the squared difference", "**Take** the
// root"), or with a condition before its clause (conditionedStep): the items are the steps of a procedure.
bool numberedInstructions(const std::vector<Block>& blocks, std::size_t first) {
  const Block& head = blocks[first];
  if (head.ordinal != 1) return false;
  for (std::size_t j = first; j < blocks.size(); ++j) {
    const Block& item = blocks[j];
    if (item.kind != BlockKind::kListItem || item.section != head.section || item.listIndent < head.listIndent) break;
    if (item.listIndent > head.listIndent) continue;
    const std::vector<Word> words = wordsIn(item.text);
    if (words.empty() || !std::isupper(static_cast<unsigned char>(item.text[words.front().begin])) ||
        (!isVerbWord(foldedWord(item.text, words.front())) && !conditionedStep(item.text, words)))
      return false;
  }
  return true;
}

// How many body rows the table from blocks[first] (its header, or its first row) gives, one item a row
// ("Automated testing employs several models:" over a table whose rows are the attacker, the target and the
// judge). 0 when a row's first cell is empty or repeats another's: such a row goes on the one above it or
// splits an item, so the rows are not the items.
std::size_t tableRowsFrom(const std::vector<Block>& blocks, std::size_t first) {
  const int table = blocks[first].table;
  std::vector<std::string> firsts;
  for (std::size_t j = first; j < blocks.size() && blocks[j].table == table; ++j) {
    if (blocks[j].kind == BlockKind::kTableHeader) continue;
    if (blocks[j].kind != BlockKind::kTableRow) break;
    const std::string label = blocks[j].cells.empty() ? std::string() : graph::lowerAscii(blocks[j].cells.front());
    if (label.find_first_not_of(" \t") == std::string::npos ||
        std::find(firsts.begin(), firsts.end(), label) != firsts.end())
      return 0;
    firsts.push_back(label);
  }
  return firsts.size();
}

namespace {

// The text of blocks[b]'s last sentence when it leads into a list or table right after it in its section: it ends
// with a colon, and no heading above it opens with a remainder's word (underRemainderHeading). Empty otherwise.
std::string_view colonLeadIn(const Article& article, std::size_t b) {
  const std::vector<Block>& blocks = article.blocks;
  const Block& lead = blocks[b];
  if (lead.kind != BlockKind::kParagraph || lead.sentences.empty() || underRemainderHeading(article, lead.section))
    return {};
  if (b + 1 >= blocks.size() || blocks[b + 1].kind == BlockKind::kParagraph || blocks[b + 1].section != lead.section)
    return {};
  const Sentence& s = lead.sentences.back();
  const std::string_view text = std::string_view(lead.text).substr(s.begin, s.end - s.begin);
  if (!endsWithColon(text)) return {};
  return text;
}

// How many items the list or table right after blocks[b] gives (itemsFrom, tableRowsFrom).
std::size_t itemsAfter(const std::vector<Block>& blocks, std::size_t b) {
  return blocks[b + 1].kind == BlockKind::kListItem ? itemsFrom(blocks, b + 1) : tableRowsFrom(blocks, b + 1);
}

}  // namespace

std::optional<ListCount> listCountOf(const Article& article, std::size_t b, const Sentence& s,
                                     const std::function<bool(const std::string&)>& countNoun) {
  const std::vector<Block>& blocks = article.blocks;
  const Block& lead = blocks[b];
  const std::string_view text = colonLeadIn(article, b);
  if (text.empty() || &s != &lead.sentences.back()) return std::nullopt;
  const bool table = blocks[b + 1].kind != BlockKind::kListItem;
  const auto listNoun = listNounOf(countNoun);
  std::optional<ListCount> count = leadInPhrase(text, std::string_view(lead.text).substr(0, s.begin), listNoun);
  if (!count && !table && numberedInstructions(blocks, b + 1)) count = procedureLeadIn(text);
  if (!count && !table && blocks[b + 1].ordinal == 1) count = verbFinalLeadIn(text);
  if (!count) return std::nullopt;
  count->items = itemsAfter(blocks, b);
  if (!countableItems(count->items)) return std::nullopt;
  return count;
}

namespace {

// Whether words[at, end) are one verb in the present tense and perhaps "to": "include", "are", "helps to".
bool presentVerbPhraseFrom(std::string_view text, const std::vector<Word>& words, std::size_t at) {
  const std::string verb = foldedWord(text, words[at]);
  bool past = false;
  const bool present = isBeAuxiliary(verb) || isVerbWord(verb) || !verbLemma(verb, past).empty();
  if (!present || past || isModal(verb)) return false;
  return at + 1 == words.size() || (at + 2 == words.size() && foldedWord(text, words[at + 1]) == "to");
}

// The noun a lead-in that names its things by a pronoun writes, empty for none ("These include:", "It helps to:",
// "These characteristics include:"); nullopt when `text` is no such lead-in. The pronoun ("these", "they", "it"),
// perhaps a plural noun, then one verb in the present tense and perhaps "to": nothing that names other things.
std::optional<std::string> pronounLeadInNoun(std::string_view text,
                                             const std::function<bool(const std::string&)>& listNoun) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.remove_suffix(1);
  const std::vector<Word> words = wordsIn(text);
  constexpr std::size_t kMostWords = 4;
  if (words.size() < 2 || words.size() > kMostWords || words.front().begin != 0 || words.back().end != text.size())
    return std::nullopt;
  static constexpr std::array<std::string_view, 3> kPointers = {"these", "they", "it"};
  if (std::find(kPointers.begin(), kPointers.end(), foldedWord(text, words.front())) == kPointers.end())
    return std::nullopt;
  // "It helps to": "helps" may be a plural noun as well; a noun is read there only where a verb follows it.
  if (presentVerbPhraseFrom(text, words, 1)) return std::string();
  const std::string noun = foldedWord(text, words[1]);
  if (words.size() > 2 && listNoun(noun) && presentVerbPhraseFrom(text, words, 2)) return noun;
  return std::nullopt;
}

}  // namespace

std::optional<ListCount> pointedBackCountOf(const Article& article, std::size_t b, const Sentence& s,
                                            const std::function<bool(const std::string&)>& countNoun) {
  const Block& lead = article.blocks[b];
  const std::string_view leadIn = colonLeadIn(article, b);
  if (leadIn.empty() || lead.sentences.size() < 2 || &s != &lead.sentences[lead.sentences.size() - 2])
    return std::nullopt;
  const auto listNoun = listNounOf(countNoun);
  const std::optional<std::string> named = pronounLeadInNoun(leadIn, listNoun);
  if (!named) return std::nullopt;
  // The one phrase of "several" or "multiple" and a plural noun in the sentence (the lead-in's noun, if it writes one).
  const std::string_view text = std::string_view(lead.text).substr(s.begin, s.end - s.begin);
  const std::vector<Word> words = wordsIn(text);
  std::optional<ListCount> found;
  for (std::size_t k = 1; k < words.size(); ++k) {
    const std::string noun = foldedWord(text, words[k]);
    if (!named->empty() && noun != *named && otherGrammaticalNumber(noun) != *named) continue;
    const std::vector<Word> upTo(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    std::optional<ListCount> count = quantifiedPhrase(text.substr(0, words[k].end), upTo, {}, false, listNoun);
    const std::string phrase = count ? graph::lowerAscii(text.substr(count->begin)) : std::string();
    if (!phrase.starts_with("several ") && !phrase.starts_with("multiple ")) continue;
    if (found) return std::nullopt;  // two such phrases: which one the list gives is not known
    found = count;
  }
  if (!found) return std::nullopt;
  found->items = itemsAfter(article.blocks, b);
  if (!countableItems(found->items)) return std::nullopt;
  return found;
}

namespace {

// Whether a lead-in says the things after it are all of them: "the following types:", or "several" or
// "multiple" with nothing that leaves the set open ("several strategies can be employed:", "faces several
// persistent challenges:"), where "several benefits, including:" may give some. Not "some" ("Some of the main
// components are:" picks out part of a set) or "these" (it points back as often as forward).
bool namesWholeSet(std::string_view text, const ListCount& count) {
  const std::string phrase = graph::lowerAscii(text.substr(count.begin));
  if (phrase.starts_with("the following ")) return true;
  return (phrase.starts_with("several ") || phrase.starts_with("multiple ")) && !withoutCloser(text).open;
}

}  // namespace

// "Noise ... can be categorized into the following types:" closing its section's text, over the
// sub-headings "### Measurement Noise", "### Inherent Noise", "### Process Noise": the items are the
// section's sub-headings (subHeadings), not list items, where the lead-in names the whole set (namesWholeSet).
std::optional<ListCount> subHeadingCountOf(const Article& article, std::size_t b, const Sentence& s,
                                           const std::function<bool(const std::string&)>& countNoun) {
  const std::vector<Block>& blocks = article.blocks;
  const Block& lead = blocks[b];
  if (lead.kind != BlockKind::kParagraph || lead.section < 0 || lead.sentences.empty() || &s != &lead.sentences.back())
    return std::nullopt;
  if (b + 1 >= blocks.size() || blocks[b + 1].section < 0 ||
      article.sections[static_cast<std::size_t>(blocks[b + 1].section)].parent != lead.section)
    return std::nullopt;
  if (underRemainderHeading(article, lead.section)) return std::nullopt;
  const std::string_view text = std::string_view(lead.text).substr(s.begin, s.end - s.begin);
  if (!endsWithColon(text)) return std::nullopt;
  const auto listNoun = listNounOf(countNoun);
  std::optional<ListCount> count = leadInPhrase(text, std::string_view(lead.text).substr(0, s.begin), listNoun);
  if (!count || !namesWholeSet(text, *count)) return std::nullopt;
  // Sub-headings each over a list of their own ("### Supervised Learning Models" over five models): which
  // level the lead-in counts, the groups or their members, is not known; so none (no kind noun passed).
  count->items = subHeadings(article, lead.section, std::string());
  if (!countableItems(count->items)) return std::nullopt;
  return count;
}

namespace {

// The value of a cardinal written as one token: digits with thousands commas ("22", "1,200") or a number
// word ("twelve"); nullopt for anything else.
std::optional<double> cardinalToken(std::string_view token) {
  if (const int word = cardinalWordValue(token); word >= 0) return word;
  if (token.empty() || token.front() == ',' || token.back() == ',') return std::nullopt;
  double value = 0;
  for (char ch : token) {
    if (ch == ',') continue;
    if (!std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
    value = value * 10 + (ch - '0');
  }
  return value;
}

}  // namespace

std::optional<WrittenHeadingCount> writtenHeadingCountOf(std::string_view title,
                                                         const std::function<bool(const std::string&)>& countNoun) {
  const std::size_t open = title.find(" (");
  if (open == std::string_view::npos || !title.ends_with(')') || open == 0) return std::nullopt;
  const std::string_view aside = title.substr(open + 2, title.size() - open - 3);
  const std::size_t space = aside.find(' ');
  if (space == std::string_view::npos || aside.find(' ', space + 1) != std::string_view::npos) return std::nullopt;
  const std::optional<double> value = cardinalToken(aside.substr(0, space));
  const std::string_view nounText = aside.substr(space + 1);
  const std::vector<Word> words = wordsIn(nounText);
  if (!value || *value < 1 || words.size() != 1 || words.front().begin != 0 || words.front().end != nounText.size())
    return std::nullopt;
  const std::string noun = graph::lowerAscii(nounText);
  if (!countNoun(noun) || isApparatus({noun})) return std::nullopt;
  return WrittenHeadingCount{*value, noun, std::string(aside), std::string(trim(title.substr(0, open)))};
}

// Tuples written out (tupleCountOf).

namespace {

constexpr std::size_t kFewestElements = 2, kMostElements = 12, kLongestElement = 3;

// The number of elements a tuple's name says it has: 0 for "tuple" (any), 3 for "triple", 4 for
// "quadruple"; nullopt for a word that names no tuple.
std::optional<std::size_t> tupleWordSize(std::string_view word) {
  const std::string folded = graph::lowerAscii(word);
  const std::string_view singular =
      std::string_view(folded).substr(0, folded.ends_with('s') ? folded.size() - 1 : folded.size());
  if (singular == "tuple") return 0;
  if (singular == "triple" || singular == "triplet") return 3;
  if (singular == "quadruple") return 4;
  return std::nullopt;
}

// How many elements the bracket `inside` lists (its text between "(" and ")"): 0 when an element is
// empty, holds a bracket or is longer than kLongestElement words.
std::size_t bracketElements(std::string_view inside) {
  if (inside.find_first_of("()[]") != std::string_view::npos) return 0;
  std::size_t items = 0;
  for (std::size_t from = 0; from <= inside.size();) {
    const std::size_t comma = std::min(inside.find(',', from), inside.size());
    const std::string_view element = trim(inside.substr(from, comma - from));
    if (element.empty() ||
        static_cast<std::size_t>(std::count(element.begin(), element.end(), ' ')) + 1 > kLongestElement)
      return 0;
    ++items;
    from = comma + 1;
  }
  return items;
}

}  // namespace

std::optional<TupleCount> tupleCountOf(std::string_view text) {
  if (text.find('(') == std::string_view::npos) return std::nullopt;  // most sentences: no bracket to count
  for (const Word& w : wordsIn(text)) {
    const std::optional<std::size_t> named = tupleWordSize(text.substr(w.begin, w.end - w.begin));
    if (!named) continue;
    std::size_t at = w.end;
    if (text.substr(at).starts_with(" of ")) at += 3;
    if (text.substr(at).starts_with(" ")) ++at;
    if (text.substr(at).starts_with("`")) ++at;
    if (!text.substr(at).starts_with("(")) continue;
    const std::size_t close = text.find(')', at);
    if (close == std::string_view::npos) continue;
    const std::size_t items = bracketElements(text.substr(at + 1, close - at - 1));
    if (items < kFewestElements || items > kMostElements || (*named != 0 && items != *named)) continue;
    return TupleCount{items, w.begin, close + 1};
  }
  return std::nullopt;
}

// Menus of keyed lines (pageMenuOf).

namespace {

constexpr std::size_t kFewestOptions = 3, kLongestKey = 3, kLongestLabel = 6;

// One source line of a block as pageMenuOf reads it; a line of a list item, a row or a heading's other
// section ends a menu.
struct MenuLine {
  std::size_t block = 0;
  std::string_view text;  // trimmed
  bool paragraph = true;
};

std::vector<MenuLine> menuLines(const std::vector<Block>& blocks) {
  std::vector<MenuLine> out;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const std::string_view text = blocks[b].text;
    if (blocks[b].kind != BlockKind::kParagraph) {
      out.push_back({b, text, false});
      continue;
    }
    std::size_t from = 0;
    for (std::size_t k = 0; k <= blocks[b].lineBreaks.size(); ++k) {
      // A break may stand past the text's end (markup or spaces that closed the paragraph were dropped).
      std::size_t to = std::min(k < blocks[b].lineBreaks.size() ? blocks[b].lineBreaks[k] : text.size(), text.size());
      // A break after a space that ended its line was written as no second space: the line starts a byte early.
      if (to > from && to < text.size() && text[to - 1] != ' ') --to;
      out.push_back({b, trim(text.substr(from, to - from)), true});
      from = to;
    }
  }
  return out;
}

// Where a line's words start after the symbols that open it ("🔮 W:", "📈 Stock Prediction"): bytes
// outside ASCII and spaces, a space closing them. npos when the symbols run into a letter ("Über").
std::size_t afterSymbols(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (static_cast<unsigned char>(line[i]) >= 0x80 || line[i] == ' ')) ++i;
  return i == 0 || line[i - 1] == ' ' ? i : std::string_view::npos;
}

// The key of an option line ("i - illustration", "W: \"Predict ...\"", "A) playful"): one to three letters
// in one case, then a separator and some text. Empty for any other line.
std::string_view optionKey(std::string_view line) {
  const std::size_t i = afterSymbols(line);
  if (i == std::string_view::npos) return {};
  std::size_t j = i;
  while (j < line.size() && std::isalpha(static_cast<unsigned char>(line[j]))) ++j;
  const std::string_view key = line.substr(i, j - i);
  const auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  if (key.empty() || key.size() > kLongestKey ||
      (!std::all_of(key.begin(), key.end(), upper) && std::any_of(key.begin(), key.end(), upper)))
    return {};
  const std::string_view rest = line.substr(j);
  for (std::string_view separator : {" - ", " \u2013 ", ": ", ") "})
    if (rest.starts_with(separator) && !trim(rest.substr(separator.size())).empty()) return key;
  return {};
}

std::vector<std::string_view> spacedWords(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t end = std::min(text.find(' ', i), text.size());
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// Whether a line is a group's label: after its symbols, one to six words in title case (function words
// aside), no option and no sentence (no closing punctuation).
bool isGroupLabel(std::string_view line) {
  const std::size_t i = afterSymbols(line);
  if (i == std::string_view::npos || i >= line.size() || !optionKey(line).empty()) return false;
  const std::string_view label = line.substr(i);
  if (std::string_view(".:;,!?\"").find(label.back()) != std::string_view::npos) return false;
  const std::vector<std::string_view> words = spacedWords(label);
  if (words.empty() || words.size() > kLongestLabel || !std::isupper(static_cast<unsigned char>(words.front()[0])))
    return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return std::isupper(static_cast<unsigned char>(w[0])) || w == "&" || lexicon().isFunctionWord(w);
  });
}

// Whether a line leaves a menu open: "...", "…", "etc." or "and more".
bool leavesOpen(std::string_view line) {
  const std::string folded = graph::lowerAscii(line);
  return folded.find("...") != std::string::npos || folded.find("\u2026") != std::string::npos ||
         folded.find("etc.") != std::string::npos || folded.find("and more") != std::string::npos;
}

// Whether lines[i] opens a menu: an option, or a label an option follows.
bool opensMenu(const std::vector<MenuLine>& lines, std::size_t i) {
  if (!lines[i].paragraph) return false;
  if (!optionKey(lines[i].text).empty()) return true;
  return i + 1 < lines.size() && lines[i + 1].paragraph && !optionKey(lines[i + 1].text).empty() &&
         isGroupLabel(lines[i].text);
}

// The menu that lines[at] opens; `at` is left after its lines. nullopt where a group repeats a key, a
// line leaves it open, or it has fewer than three options or keys in two cases.
std::optional<Menu> menuAt(const std::vector<Block>& blocks, const std::vector<MenuLine>& lines, std::size_t& at) {
  Menu menu;
  menu.block = lines[at].block;
  const int section = blocks[menu.block].section;
  std::vector<std::string> groupKeys;  // the current group's keys, folded
  bool repeated = false, ungrouped = false, open = false;
  std::size_t i = at;
  for (; i < lines.size() && lines[i].paragraph && blocks[lines[i].block].section == section; ++i) {
    const std::string_view text = lines[i].text;
    open = open || leavesOpen(text);
    if (const std::string_view key = optionKey(text); !key.empty()) {
      const std::string folded = graph::lowerAscii(key);
      if (std::find(groupKeys.begin(), groupKeys.end(), folded) != groupKeys.end()) {
        repeated = true;
        break;
      }
      groupKeys.push_back(folded);
      menu.keys.emplace_back(key);
      menu.lines.emplace_back(text);
      continue;
    }
    if (!opensMenu(lines, i)) break;
    ungrouped = ungrouped || (menu.groups.empty() && !menu.keys.empty());
    menu.groups.emplace_back(text.substr(afterSymbols(text)));
    menu.lines.emplace_back(text);
    groupKeys.clear();
  }
  at = std::max(i, at + 1);
  if (i < lines.size() && lines[i].paragraph && blocks[lines[i].block].section == section)
    open = open || leavesOpen(lines[i].text);
  const auto upper = [](const std::string& k) { return std::isupper(static_cast<unsigned char>(k[0])) != 0; };
  const bool oneCase =
      std::all_of(menu.keys.begin(), menu.keys.end(), upper) || std::none_of(menu.keys.begin(), menu.keys.end(), upper);
  if (repeated || open || !oneCase || menu.keys.size() < kFewestOptions) return std::nullopt;
  if (ungrouped || menu.groups.size() < 2) menu.groups.clear();
  return menu;
}

}  // namespace

std::optional<Menu> pageMenuOf(const std::vector<Block>& blocks) {
  const std::vector<MenuLine> lines = menuLines(blocks);
  std::optional<Menu> found;
  for (std::size_t i = 0; i < lines.size();) {
    if (!opensMenu(lines, i)) {
      ++i;
      continue;
    }
    std::optional<Menu> menu = menuAt(blocks, lines, i);
    if (menu && found) return std::nullopt;  // two menus: which one a count is of is not known
    if (menu) found = std::move(menu);
  }
  return found;
}

// Numbered series of lines (numberedSeriesOf).

namespace {

constexpr std::size_t kFewestInSeries = 3;

// A line's series label: "Rule No. 10. Always ..." -> {"rule", 10, "Rule No. 10"}; a capitalised word, perhaps
// "No." or "#", a number, then ":", ".", ")" or " -" and more text. nullopt for any other line.
struct SeriesLabel {
  std::string word;  // folded
  int number = 0;
  std::string_view text;
};

std::optional<SeriesLabel> seriesLabel(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
  if (i < 2 || !std::isupper(static_cast<unsigned char>(line[0])) || i >= line.size() || line[i] != ' ')
    return std::nullopt;
  const std::string_view word = line.substr(0, i);
  std::size_t j = i + 1;
  for (std::string_view mark : {"No. ", "No.", "No ", "#"})
    if (line.substr(j).starts_with(mark)) {
      j += mark.size();
      break;
    }
  const std::size_t digits = j;
  int number = 0;
  constexpr int kHighest = 99;
  while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j])) && number <= kHighest)
    number = number * 10 + (line[j++] - '0');
  if (j == digits || number == 0 || number > kHighest) return std::nullopt;
  const std::string_view rest = line.substr(j);
  bool separated = false;
  for (std::string_view separator : {": ", ". ", ") ", " - ", " \u2013 "})
    separated = separated || rest.starts_with(separator);
  if (!separated || trim(rest.substr(2)).empty()) return std::nullopt;
  return SeriesLabel{graph::lowerAscii(word), number, line.substr(0, j)};
}

// The label of lines[i], or of the label the text cut in two ("Step 2", then ": Assess the Author Bio" on the
// next line); nullopt for none. Its text is the label as lines[i] writes it.
std::optional<SeriesLabel> seriesLabelAt(const std::vector<MenuLine>& lines, std::size_t i) {
  if (std::optional<SeriesLabel> label = seriesLabel(lines[i].text)) return label;
  if (i + 1 >= lines.size() || !lines[i + 1].text.starts_with(": ")) return std::nullopt;
  const std::string joined = std::string(lines[i].text) + std::string(lines[i + 1].text);
  std::optional<SeriesLabel> label = seriesLabel(joined);
  if (!label || label->text.size() != lines[i].text.size()) return std::nullopt;
  label->text = lines[i].text;
  return label;
}

}  // namespace

std::vector<SeriesCount> numberedSeriesOf(const std::vector<Block>& blocks,
                                          const std::function<bool(const std::string&)>& countNoun,
                                          const std::function<bool(int)>& spreadSection) {
  struct Run {
    std::vector<std::size_t> lines;  // indices into `lines`, in order
    std::vector<SeriesLabel> labels;
  };
  const std::vector<MenuLine> lines = menuLines(blocks);
  std::map<std::string, Run> runs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const BlockKind kind = blocks[lines[i].block].kind;
    if (kind != BlockKind::kParagraph && kind != BlockKind::kListItem) continue;
    if (std::optional<SeriesLabel> label = seriesLabelAt(lines, i)) {
      runs[label->word].lines.push_back(i);
      runs[label->word].labels.push_back(*label);
    }
  }
  std::vector<SeriesCount> out;
  for (const auto& [word, run] : runs) {
    const std::string noun = otherGrammaticalNumber(word);
    if (run.lines.size() < kFewestInSeries || noun.empty() || !noun.ends_with('s') || !countNoun(noun) ||
        isApparatus({noun}))
      continue;
    const int section = blocks[lines[run.lines[0]].block].section;
    const bool spread = spreadSection(section);
    bool series = true;
    for (std::size_t k = 0; k < run.lines.size() && series; ++k)
      series = run.labels[k].number == static_cast<int>(k) + 1 &&
               (k == 0 || ((spread || run.lines[k] == run.lines[k - 1] + 1) &&
                           blocks[lines[run.lines[k]].block].section == section));
    if (!series) continue;
    const std::string text = std::string(run.labels.front().text) + " ... " + std::string(run.labels.back().text);
    out.push_back(SeriesCount{run.lines.size(), lines[run.lines.front()].block, noun, text});
  }
  return out;
}

// Colon lists closed by "and" (colonListCountOf).

namespace {

constexpr std::size_t kLongestListedItem = 4, kMostListedItems = 12;

// The items of `list`, a sentence's tail after its colon ("supervised learning and generative AI"): its
// parts between ", " and the one " and " (or ", and ") before the last. Empty when there is no such " and
// ", an item is empty, longer than kLongestListedItem words, holds a verb's form, or the list is open or
// gives alternatives ("such as", "or", "etc").
std::vector<std::string_view> andListItems(std::string_view list) {
  std::size_t last = list.rfind(" and ");
  if (last == std::string_view::npos) return {};
  std::vector<std::string_view> items;
  const std::string_view head = list.substr(0, last);
  for (std::size_t from = 0; from <= head.size();) {
    const std::size_t comma = std::min(head.find(", ", from), head.size());
    items.push_back(trim(head.substr(from, comma - from)));
    from = comma + 2;
  }
  items.push_back(trim(list.substr(last + 5)));
  constexpr std::array<std::string_view, 10> kOpen = {"such", "including", "like",  "or",     "etc",
                                                      "and",  "e",         "other", "others", "more"};
  for (std::string_view item : items) {
    const std::vector<Word> words = wordsIn(item);
    if (item.empty() || words.empty() || words.size() > kLongestListedItem) return {};
    for (const Word& w : words) {
      const std::string word = foldedWord(item, w);
      // A preposition makes the item more than a name of one thing ("Trainium for training", "a set of nodes").
      // A verb that is no noun makes it a clause ("trees grow"); an -ing form names an activity ("supervised
      // learning").
      const bool verb = verbFormOnly(word) || isAuxiliary(word) || (!word.ends_with("ing") && verbOnly(word));
      if (std::find(kOpen.begin(), kOpen.end(), word) != kOpen.end() || verb || lexicon().prepositions.count(word))
        return {};
    }
  }
  return items;
}

}  // namespace

std::optional<ListCount> colonListCountOf(std::string_view sentence,
                                          const std::function<bool(const std::string&)>& countNoun) {
  const std::size_t colon = sentence.find(": ");
  if (colon == std::string_view::npos || sentence.find(':', colon + 1) != std::string_view::npos) return std::nullopt;
  std::string_view list = sentence.substr(colon + 2);
  while (!list.empty() && (list.back() == ' ' || list.back() == '.')) list.remove_suffix(1);
  if (list.find_first_of(";()[]\"") != std::string_view::npos) return std::nullopt;
  const std::string_view before = sentence.substr(0, colon);
  const std::vector<Word> words = wordsIn(before);
  if (words.size() < 2 || words.back().end != before.size()) return std::nullopt;
  const std::string noun = foldedWord(before, words.back());
  if (!noun.ends_with('s') || !(countNoun(noun) || isWordNetPlural(noun)) || isApparatus({noun})) return std::nullopt;
  // "the key AI tools": "the" within three modifiers of the noun, and no number (a phrase that writes its
  // count states the figure itself). Not a possessive: "sort objects by their shapes: circles, squares, and
  // triangles" lists the shapes of the objects, not the sentence subject's.
  constexpr std::size_t kMostModifiers = 3;
  std::optional<std::size_t> determiner;
  for (std::size_t k = 1; k <= kMostModifiers + 1 && k < words.size(); ++k) {
    const std::size_t at = words.size() - 1 - k;
    const std::string word = foldedWord(before, words[at]);
    if (word == "the") {
      determiner = at;
      break;
    }
    if (cardinalWordValue(word) >= 0 || lexicon().isFunctionWord(word) || lexicon().prepositions.count(word) ||
        verbFormOnly(word))
      return std::nullopt;
  }
  if (!determiner || before.substr(words[*determiner].begin).find_first_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const std::vector<std::string_view> items = andListItems(list);
  if (items.size() < kFewestItems || items.size() > kMostListedItems) return std::nullopt;
  return ListCount{items.size(), words[*determiner].begin, words.back().end, noun};
}

// Lists in brackets after their plural noun (bracketListCountOf).

namespace {

// The fewest items a bracket must give: a pair in brackets more often glosses its noun ("computations (forward and
// backward passes)", "the balls (weights and biases)") than lists its members.
constexpr std::size_t kFewestBracketedItems = 3;

// Where the noun phrase that ends `words` starts: the plural noun and up to three modifiers before it that are no
// function word, preposition, verb's form or word in "-s" ("supports basic arithmetic operations": a verb or another
// plural, no modifier). npos when a modifier is a cardinal ("three color channels (red, green and blue)": the text
// states the count itself).
std::size_t bracketedNounPhraseAt(std::string_view text, const std::vector<Word>& words) {
  constexpr std::size_t kMostModifiers = 3;
  std::size_t first = words.size() - 1;
  for (std::size_t k = 1; k <= kMostModifiers && k < words.size(); ++k) {
    const std::string word = foldedWord(text, words[words.size() - 1 - k]);
    if (cardinalWordValue(word) >= 0) return std::string_view::npos;
    const bool inS = word.ends_with('s') && !word.ends_with("ss");
    if (inS || lexicon().isFunctionWord(word) || lexicon().prepositions.count(word) || verbFormOnly(word)) break;
    first = words.size() - 1 - k;
  }
  return first;
}

// Whether an item names more than one thing by a cardinal ("two different search engines"): the items then
// count no members one each.
bool itemWritesCount(std::string_view item) {
  const std::vector<Word> words = wordsIn(item);
  return std::any_of(words.begin(), words.end(),
                     [&](const Word& w) { return cardinalWordValue(foldedWord(item, w)) >= 0; });
}

}  // namespace

std::optional<ListCount> bracketListCountOf(std::string_view sentence,
                                            const std::function<bool(const std::string&)>& countNoun) {
  for (std::size_t open = sentence.find(" ("); open != std::string_view::npos; open = sentence.find(" (", open + 2)) {
    const std::size_t close = sentence.find(')', open);
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view list = sentence.substr(open + 2, close - open - 2);
    if (list.find_first_of(";([]\"0123456789") != std::string_view::npos) continue;
    const std::vector<std::string_view> items = andListItems(list);
    if (items.size() < kFewestBracketedItems || items.size() > kMostListedItems ||
        std::any_of(items.begin(), items.end(), itemWritesCount))
      continue;
    const std::string_view before = sentence.substr(0, open);
    const std::vector<Word> words = wordsIn(before);
    if (words.empty() || words.back().end != before.size()) continue;
    const std::string noun = foldedWord(before, words.back());
    if (!noun.ends_with('s') || !(countNoun(noun) || isWordNetPlural(noun)) || isApparatus({noun})) continue;
    const std::size_t first = bracketedNounPhraseAt(before, words);
    if (first == std::string_view::npos) continue;
    return ListCount{items.size(), words[first].begin, words.back().end, noun};
  }
  return std::nullopt;
}

// Box fields counted by their links (boxFieldCountOf).

namespace {

// A link of a counted field that is no one thing's name: "[104 languages]", whose words count the things
// themselves (the field's figure is read from them), or a common English word in lower case ("[code]"
// under Language, "[glue]" under Dataset), a class or a tag rather than a name.
bool uncountedFieldLink(std::string_view text) {
  const std::size_t space = text.find(' ');
  if (space != std::string_view::npos && space > 0 &&
      std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(space),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
    return true;
  return !text.empty() && std::all_of(text.begin(), text.end(), graph::isLowerAscii) && lexicon().isEnglishWord(text);
}

}  // namespace

std::optional<FieldCount> boxFieldCountOf(const std::vector<Block>& blocks, std::size_t b,
                                          const std::function<bool(std::string_view)>& countedField) {
  const Block& value = blocks[b];
  if (b == 0 || value.section != -1 || value.kind != BlockKind::kParagraph || value.links.empty()) return std::nullopt;
  const Block& label = blocks[b - 1];
  if (label.section != -1 || label.kind != BlockKind::kParagraph || !label.links.empty()) return std::nullopt;
  const std::string field = graph::lowerAscii(trim(label.text));
  if (!countedField(field)) return std::nullopt;
  // The links tile the text: each starts where the last one's ", " ends.
  const std::string_view text = value.text;
  std::vector<std::string> seen;
  std::size_t at = text.find_first_not_of(' ');
  for (const Link& link : value.links) {
    if (link.begin != at || uncountedFieldLink(link.text)) return std::nullopt;
    std::string folded = graph::lowerAscii(link.text);
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) return std::nullopt;
    seen.push_back(std::move(folded));
    at = link.end;
    if (text.substr(at).starts_with(", ")) at += 2;
  }
  if (text.find_first_not_of(' ', at) != std::string_view::npos || text.substr(0, at).ends_with(", "))
    return std::nullopt;
  return FieldCount{seen.size(), field};
}

// A card's tag line (isBoxTagLine).

namespace {

// Whether the links of `block` tile its text: nothing but commas and spaces before, between and after them,
// and at least one comma (a list, not a name written with a link inside it).
bool onlyLinksListed(const Block& block) {
  const std::string_view text = block.text;
  std::size_t at = 0;
  bool comma = false;
  for (const Link& link : block.links) {
    if (link.begin < at) return false;
    const std::string_view between = text.substr(at, link.begin - at);
    if (between.find_first_not_of(", \n") != std::string_view::npos) return false;
    comma = comma || between.find(',') != std::string_view::npos;
    at = link.end;
  }
  return comma && text.substr(at).find_first_not_of(", \n") == std::string_view::npos;
}

}  // namespace

bool isBoxTagLine(const std::vector<Block>& blocks, std::size_t b) {
  const Block& line = blocks[b];
  if (b == 0 || line.section != -1 || line.kind != BlockKind::kParagraph || line.links.size() < 3) return false;
  const Block& above = blocks[b - 1];
  if (above.kind == BlockKind::kParagraph && above.links.empty()) return false;  // a field's value under its label
  if (!onlyLinksListed(line)) return false;
  for (std::size_t v = 1; v < b; ++v) {
    const bool value = blocks[v].kind == BlockKind::kParagraph && blocks[v - 1].kind == BlockKind::kParagraph &&
                       blocks[v - 1].links.empty() && !blocks[v].links.empty();
    if (!value) continue;
    for (const Link& shown : blocks[v].links)
      if (std::any_of(line.links.begin(), line.links.end(), [&](const Link& l) { return l.text == shown.text; }))
        return true;
  }
  return false;
}

}  // namespace cg::ingest
