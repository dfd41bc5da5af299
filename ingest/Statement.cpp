#include "ingest/Statement.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "graph/Fold.h"

#include "ingest/Article.h"
#include "ingest/Cardinals.h"
#include "ingest/FirstFigure.h"
#include "ingest/Lexicon.h"
#include "ingest/MeasureNames.h"
#include "ingest/Quantity.h"
#include "ingest/Scores.h"
#include "ingest/StatedValues.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

// A statement as an article of one paragraph, its sentences split as an article's are.
Article statementArticle(std::string_view text) {
  Article article;
  article.path = article.slug = "statement";
  article.title = "Statement";
  Block block;
  block.line = 1;
  block.text = std::string(trim(text));
  for (auto [begin, end] : splitSentences(block.text)) {
    Sentence sentence;
    sentence.begin = begin;
    sentence.end = end;
    sentence.line = 1;
    block.sentences.push_back(sentence);
  }
  article.blocks.push_back(std::move(block));
  return article;
}

bool skippedDraftLine(std::string_view line) {
  return trim(line).empty() || line[0] == '#' || line[0] == '|' || line[0] == '>';
}

}  // namespace

// Reads one statement as it is written (readStatement).
static StatementReading readStatementAsWritten(std::string_view text) {
  StatementReading reading;
  reading.text = std::string(text);
  graph::DocumentBundle bundle = extractFirstFigure(statementArticle(text));
  for (const graph::ClaimRecord& claim : bundle.claims) {
    if (claim.kind != graph::ClaimKind::kFigure || !claim.quantity || !claim.quantity->value) continue;
    reading.figure = claim.quantity;
    if (claim.subject != graph::kNone) reading.subject = bundle.entities[claim.subject].name;
    reading.measure = claim.measure;
    reading.scope = claim.scope;
    reading.asOf = claim.asOf;
    break;
  }
  return reading;
}

// Whether a unit is a length of time as the figure reader writes one.
static bool isDuration(std::string_view unit) {
  for (std::string_view u : {"years", "months", "weeks", "days", "hours", "minutes", "s"})
    if (unit == u) return true;
  return false;
}

// The lower-case word that starts after the blanks at `at`, or empty.
static std::string wordAfter(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  std::size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return graph::lowerAscii(text.substr(at, end - at));
}

// Whether a count read from a cardinal in words counts a plural noun, as the figure reader asks of
// number words ("three diverse benchmarks" is no count of "diverse", "two main APIs" none of "main").
static bool countsPlural(const StatementReading& read) {
  constexpr std::string_view kCountOf = "number of ";
  if (!isCountUnit(read.figure->unit) || !read.measure.starts_with(kCountOf)) return true;
  const std::string_view noun = lastWord(read.measure);
  // "a 5-step method": a count joined to its noun as a modifier writes the noun in the singular.
  if (read.figure->text.ends_with("-" + std::string(noun))) return true;
  // "just one training example": a count of one writes its noun in the singular.
  if (read.figure->value == 1.0) return true;
  const auto& irregular = lexicon().irregularPlurals;
  return noun.ends_with('s') || std::find(irregular.begin(), irregular.end(), noun) != irregular.end();
}

// "a single" of a statement: one of the noun after it, or none after a negation (statedZeros).
constexpr std::string_view kSingle = "a single ";

// Whether the lower-case words before "a single" negate it: "not" or "never" right before it or before
// its verb ("has not recorded", "hasn't recorded"), or "yet to" before its verb ("has yet to record").
static bool negatedBefore(std::string_view lowerBefore) {
  const std::vector<WordSpan> words = wordSpans(lowerBefore, WordRules{.marks = "'"});  // "hasn't" is one word
  const auto fromEnd = [&](std::size_t k) {  // the k-th word from the end, 0 the last; "" past the first
    if (k >= words.size()) return std::string_view();
    const WordSpan& w = words[words.size() - 1 - k];
    return lowerBefore.substr(w.begin, w.end - w.begin);
  };
  auto negation = [](std::string_view w) { return w == "not" || w == "never" || w.ends_with("n't"); };
  return negation(fromEnd(0)) || negation(fromEnd(1)) || (fromEnd(2) == "yet" && fromEnd(1) == "to");
}

// A cardinal's digits as the extractor reads a figure best: "8", "100,000" (grouped, so that "two
// thousand users" is no year 2000).
static std::string digitsOf(double value) {
  std::string digits = std::to_string(static_cast<long long>(value));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

// The statement read with one cardinal in words written in digits: the reading, its figure's text as
// the statement writes it, when that figure is the cardinal's value and begins at or before it and
// ends at or after it. The extractor reads number words of articles warily ("two years old", "zero
// coefficients" are no figures of their topic), where a statement's are what it states: "children up
// to eight years old" reads as "up to 8 years old" does.
static std::optional<StatementReading> readWithDigits(std::string_view text, const SpelledNumber& n) {
  const std::string digits = digitsOf(n.value);
  std::string rewritten(text);
  rewritten.replace(n.begin, n.end - n.begin, digits);
  StatementReading read = readStatementAsWritten(rewritten);
  if (!read.figure || read.figure->value != n.value) return std::nullopt;
  const std::size_t at = rewritten.find(read.figure->text);
  const std::size_t digitsEnd = n.begin + digits.size();
  if (at == std::string::npos || at > n.begin || at + read.figure->text.size() < digitsEnd) return std::nullopt;
  // "has yet to record a single chat": zero of a noun written with "a single" keeps it in the singular.
  if (!countsPlural(read) && !graph::lowerAscii(text.substr(n.begin)).starts_with(kSingle)) return std::nullopt;
  // "over forty years previously" is a step in a story; "eight years old" an age.
  const std::size_t figureEnd = at + read.figure->text.size();
  if (isDuration(read.figure->unit) && relativeTimeAfterDuration(rewritten, figureEnd) &&
      wordAfter(rewritten, figureEnd) != "old")
    return std::nullopt;
  const std::size_t end = figureEnd - digitsEnd + n.end;
  read.figure->text = std::string(text.substr(at, end - at));
  read.text = std::string(text);
  return read;
}

// Whether the figure read from the statement stands on the cardinal `n` but reads only part of it: it
// ends inside the cardinal ("one hundred" of "one hundred and twenty employees"), or it lost the
// cardinal's scale ("up to a hundred thousand examples" read as 100). Only a ratio of a power of a
// thousand is a lost scale, as "half a million" is rightly less than the "a million" in it.
static bool partlyRead(std::string_view text, const graph::Quantity& figure, const SpelledNumber& n) {
  const std::size_t at = text.find(figure.text);
  if (at == std::string_view::npos || at > n.begin || n.begin >= at + figure.text.size()) return false;
  if (at + figure.text.size() < n.end) return true;
  if (!figure.value || *figure.value <= 0 || *figure.value >= n.value) return false;
  const double ratio = n.value / *figure.value;
  return ratio == 1e3 || ratio == 1e6 || ratio == 1e9 || ratio == 1e12;
}

// The lower-case word that ends right before `at` (one space between), or empty.
static std::string wordBefore(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return "";
  std::size_t begin = at - 1;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return graph::lowerAscii(text.substr(begin, at - 1 - begin));
}

// Whether the word after a cardinal's hyphen is a count noun of a compound modifier before its head
// noun ("a five-step method", "a three-stage process": five steps, three stages): a noun with a
// plural, no adjective ("three-dimensional"), and a word after it that the compound modifies. (A
// compound that is an adjective of its own, "two-way", still reads as a count: the built-in WordNet
// adjectives hold no hyphenated words.)
static bool countedCompound(std::string_view text, const SpelledNumber& n) {
  const std::size_t at = n.end + 1;
  std::size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const std::string word = graph::lowerAscii(text.substr(at, end - at));
  if (word.size() < 3 || word.ends_with('s') || wordNetAdjectives().count(word) || otherGrammaticalNumber(word).empty())
    return false;
  return end + 1 < text.size() && text[end] == ' ' && std::isalpha(static_cast<unsigned char>(text[end + 1]));
}

// Whether the words from `at` are acronyms ("PDF", "API", "GPU": two or more capitals, digits allowed)
// and then a word in lower case: "Four PDF files" opens a sentence with a count of files, where "Four AI
// Tigers" and "Six Nations" are names, a word in title case among the capitalised ones.
static bool acronymsBeforeNoun(std::string_view text, std::size_t at) {
  for (;;) {
    std::size_t end = at;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (word.empty()) return false;
    if (std::islower(static_cast<unsigned char>(word.front()))) return true;
    const bool acronym = word.size() >= 2 && std::none_of(word.begin(), word.end(), [](char c) {
                           return std::islower(static_cast<unsigned char>(c));
                         });
    if (!acronym || end + 1 >= text.size() || text[end] != ' ') return false;
    at = end + 1;
  }
}

// Whether a cardinal in words may state the statement's figure, by the figure reader's own care for
// number words (Quantity.h) that digits do not take: not a part of a compound modifier ("zero-shot",
// "two-way") unless that counts its noun (countedCompound: "a five-step method"), not after a word that points back or
// ranks ("the two countries", "the next three years", "the past two years"; but "one of the sixteen connectives" states
// their total), not in a title-case name ("Six Nations", "Four AI Tigers").
static bool statesFigure(std::string_view text, const SpelledNumber& n) {
  if (n.end < text.size() && text[n.end] == '-' && !countedCompound(text, n)) return false;
  const std::string before = wordBefore(text, n.begin);
  if (before == "past" ||
      (pointsBackBeforeNumber(before) && !(before == "the" && wordBefore(text, n.begin - 4) == "of")))
    return false;
  const bool titled = std::isupper(static_cast<unsigned char>(text[n.begin])) && n.end + 1 < text.size() &&
                      std::isupper(static_cast<unsigned char>(text[n.end + 1])) && !acronymsBeforeNoun(text, n.end + 1);
  return !titled;
}

// A number of the statement that no unit follows: where it stands, its value (digits, or a cardinal in
// words, either after "minus" or "-" when negative). The words before it are read by the caller.
struct BareNumber {
  std::size_t begin = 0, end = 0;
  double value = 0;
};

// The bare numbers of a statement, in order: digits ("10", "0.5", "-3") and cardinals in words.
static std::vector<BareNumber> bareNumbers(std::string_view text) {
  std::vector<BareNumber> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool startsNumber = std::isdigit(static_cast<unsigned char>(text[i])) &&
                              (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])));
    if (!startsNumber) continue;
    std::size_t end = i;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                 ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() &&
                                  std::isdigit(static_cast<unsigned char>(text[end + 1])))))
      ++end;
    std::string digits(text.substr(i, end - i));
    std::erase(digits, ',');
    const bool negative = i > 0 && text[i - 1] == '-' && (i == 1 || text[i - 2] == ' ');
    out.push_back({negative ? i - 1 : i, end, (negative ? -1 : 1) * std::stod(digits)});
    i = end;
  }
  for (const SpelledNumber& n : spelledNumbers(text)) {
    const bool minus = n.begin >= 6 && graph::lowerAscii(text.substr(n.begin - 6, 6)) == "minus ";
    out.push_back({minus ? n.begin - 6 : n.begin, n.end, minus ? -n.value : n.value});
  }
  std::sort(out.begin(), out.end(), [](const BareNumber& a, const BareNumber& b) { return a.begin < b.begin; });
  return out;
}

// The words that name a bare number as a bound or a setting's default, and the measure they give it:
// "tops out at 10", "as high as 100" (a maximum), "as low as minus one" (a minimum), "to 5 by default",
// "defaults to 8" (a default value). Before the number unless `after`.
struct BoundCue {
  std::string_view words;
  std::string_view measure;
  bool after = false;
};
constexpr BoundCue kBoundCues[] = {
    {"tops out at", "maximum value"},      {"topping out at", "maximum value"},   {"as high as", "maximum value"},
    {"a maximum of", "maximum value"},     {"maximum value of", "maximum value"}, {"bottoms out at", "minimum value"},
    {"as low as", "minimum value"},        {"a minimum of", "minimum value"},     {"minimum value of", "minimum value"},
    {"by default", "default value", true}, {"defaults to", "default value"},      {"a default of", "default value"},
    {"default value of", "default value"},
};

// "a two-dimensional data structure", "a 3-dimensional array": a number joined by a hyphen to an
// adjective made of a noun with "-al" counts that noun (two dimensions), as "a five-step method"
// counts steps. The counted noun in the plural, or empty.
static std::string countedByAdjective(std::string_view text, std::size_t numberEnd) {
  if (numberEnd >= text.size() || text[numberEnd] != '-') return "";
  std::size_t end = numberEnd + 1;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const std::string word = graph::lowerAscii(text.substr(numberEnd + 1, end - numberEnd - 1));
  if (word.size() < 6 || !word.ends_with("al")) return "";
  const std::string noun = word.substr(0, word.size() - 2);
  const std::string plural = otherGrammaticalNumber(noun);
  return plural.empty() || plural == noun ? std::string() : plural;
}

// Whether no unit, scale or percent sign follows a number: the end, punctuation or a function word ("of 0.24.",
// "of 9 in ..."; not "of 1.5 GB").
static bool unitless(std::string_view text, const BareNumber& n) {
  const std::string next = wordAfter(text, n.end);
  return (n.end == text.size() || text[n.end] != '%') && (next.empty() || lexicon().isFunctionWord(next));
}

// Whether a number is written as a decimal fraction ("0.24"), which counts nothing.
static bool decimalFraction(std::string_view text, const BareNumber& n) {
  return text.substr(n.begin, n.end - n.begin).find('.') != std::string_view::npos;
}

// The measure a value's noun names right before "of" and the number `n`: a statistic or value noun ("an AUC
// of 0.5", "a standard deviation of 1", "the depth of 9"), as the extractor names an article's bare numbers,
// or any noun phrase before a decimal fraction with no unit ("a Gini impurity of 0.24"; MeasureNames.h).
// nullopt when none.
static std::optional<NamedStatistic> namedValue(std::string_view text, const BareNumber& n) {
  const std::string before = graph::lowerAscii(text.substr(0, n.begin));
  if (!before.ends_with(" of ")) return std::nullopt;
  if (auto named = statisticBeforeOf(text.substr(0, n.begin), NamedValues::kAnyValue)) return named;
  if (decimalFraction(text, n) && unitless(text, n)) return nounPhraseBeforeOf(text.substr(0, n.begin));
  return std::nullopt;
}

// The figure a statement states as a bare number that the extractor reads no measure for (it reads an
// article's bare numbers warily, where a statement's are what it states): a bound or default its
// words name (kBoundCues), a statistic's value ("an AUC of 0.5", "an F1 score of 0.8", "a standard
// deviation of 1": MeasureNames.h), or a count made an adjective ("two-dimensional"). The reading unchanged when none.
static void readBareFigure(std::string_view text, StatementReading& reading) {
  const std::string lower = graph::lowerAscii(text);
  for (const BareNumber& n : bareNumbers(text)) {
    std::string measure;
    const std::string_view before = std::string_view(lower).substr(0, n.begin);
    const std::string_view after = std::string_view(lower).substr(n.end);
    for (const BoundCue& cue : kBoundCues)
      if (cue.after ? after.starts_with(" " + std::string(cue.words)) : before.ends_with(std::string(cue.words) + " "))
        measure = cue.measure;
    // "scores the work it reviews out of ten": the top of its rating scale (StatedValues.h).
    if (measure.empty() && ratesOutOf(before)) measure = kScaleTop;
    if (std::string noun = countedByAdjective(text, n.end); measure.empty() && !noun.empty())
      measure = countMeasure(noun);
    if (const auto named = measure.empty() ? namedValue(text, n) : std::nullopt) measure = named->measure;
    if (measure.empty()) continue;
    graph::Quantity figure;
    figure.value = n.value;
    figure.unit = "count";
    const std::size_t end = measure.starts_with("number of ") ? text.find_first_of(" ,.;", n.end) : n.end;
    figure.text = std::string(text.substr(n.begin, std::min(end, text.size()) - n.begin));
    reading.figure = figure;
    reading.measure = measure;
    return;
  }
}

// The zeros a statement writes in words, in text order: "a single" that a negation governs ("has not
// recorded a single chat", "has yet to record a single chat"). Each is read only where the reader takes the
// noun after it for a count (readWithDigits) and no other number of the statement is its figure. ("no" before
// a plural is not read so: "Zero-shot prompting needs no examples" states how it works, not a figure.)
static std::vector<SpelledNumber> statedZeros(std::string_view text) {
  std::vector<SpelledNumber> out;
  const std::string lower = graph::lowerAscii(text);
  for (std::size_t at = lower.find(kSingle); at != std::string::npos; at = lower.find(kSingle, at + 1))
    if (negatedBefore(std::string_view(lower).substr(0, at))) out.push_back({at, at + kSingle.size() - 1, 0.0});
  return out;
}

// "a pair of PDF files", "a trio of main groups": a noun of a set of so many similar things
// (Lexicon::collectiveNumbers) after "a" and before "of" counts the noun after it, as "two PDF files" and
// "three main groups" do. Each as [begin, end) over "a ... of", in text order.
static std::vector<SpelledNumber> collectiveNumbers(std::string_view text) {
  std::vector<SpelledNumber> out;
  const std::string lower = graph::lowerAscii(text);
  constexpr std::string_view kA = "a ", kOf = " of ";
  for (std::size_t at = lower.find(kA); at != std::string::npos; at = lower.find(kA, at + 1)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
    const std::size_t nounAt = at + kA.size();
    const std::size_t nounEnd = lower.find(' ', nounAt);
    if (nounEnd == std::string::npos || lower.compare(nounEnd, kOf.size(), kOf) != 0) continue;
    const auto set = lexicon().collectiveNumbers.find(lower.substr(nounAt, nounEnd - nounAt));
    if (set != lexicon().collectiveNumbers.end())
      out.push_back({at, nounEnd + kOf.size() - 1, static_cast<double>(set->second)});
  }
  return out;
}

// The cardinals in words a statement states: spelledNumbers' (which pass over a lone "one", a pronoun
// or an article far more often than a count), a set's noun ("a pair of", "a trio of"), and a lone "one"
// that a restrictive adverb focuses ("each iteration processes just one training example"), unless "of"
// makes it a pronoun ("just one of the models"). In text order.
static std::vector<SpelledNumber> statedCardinals(std::string_view text) {
  std::vector<SpelledNumber> out = spelledNumbers(text);
  for (const SpelledNumber& set : collectiveNumbers(text)) out.push_back(set);
  const std::string lower = graph::lowerAscii(text);
  // "the output layer consists of a single neuron": one of the noun after a verb of consisting or
  // having, as the extractor reads it (StatedValues.h).
  for (std::size_t at = lower.find(kSingle); at != std::string::npos; at = lower.find(kSingle, at + 1))
    if (singleBefore(text.substr(0, at)) && !negatedBefore(std::string_view(lower).substr(0, at)))
      out.push_back({at, at + kSingle.size() - 1, 1.0});
  for (std::size_t at = text.find("one"); at != std::string_view::npos; at = text.find("one", at + 3)) {
    const std::size_t end = at + 3;
    if ((end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ||
        (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))))
      continue;
    const std::string before = wordBefore(text, at);
    // The exclusive focusing adverbs (restrictive hedges, data/figure_hedges.tsv) make a lone "one" after them a
    // count: "only one example", "just one training example", "exactly one winner".
    const bool focused = lexicon().isHedge(before, kRestrictiveHedges);
    // "consists of one neuron" as "a single neuron"; not "has one or more".
    const bool composed = singleBefore(text.substr(0, at)) && wordAfter(text, end) != "or";
    if ((!focused && !composed) || wordAfter(text, end) == "of") continue;
    if (std::none_of(out.begin(), out.end(), [&](const SpelledNumber& n) { return n.begin <= at && at < n.end; }))
      out.push_back({at, end, 1.0});
  }
  std::sort(out.begin(), out.end(), [](const SpelledNumber& a, const SpelledNumber& b) { return a.begin < b.begin; });
  return out;
}

// "Sable 2 scores 71% on MMLU", "EQ-Bench 3 puts models through ...": where the number of a name that
// opens the statement stands, as [begin, end): words written as a name (capitalised) at the start, then a
// number, then a verb. The number is the name's version, never a count of the verb's noun ("2 scores").
// nullopt when the statement does not open so.
static std::optional<std::pair<std::size_t, std::size_t>> openingNameNumber(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && std::isupper(static_cast<unsigned char>(text[at]))) {
    while (at < text.size() && text[at] != ' ') ++at;
    if (at + 1 >= text.size()) return std::nullopt;
    ++at;
  }
  if (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at]))) return std::nullopt;
  // "In 2022 ...", "By 2030 ...": a word that may open a sentence before a number opens no name.
  if (lexicon().isFunctionWord(graph::lowerAscii(text.substr(0, text.find(' '))))) return std::nullopt;
  std::size_t end = at;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
  if (end >= text.size() || text[end] != ' ' || text[end - 1] == '.') return std::nullopt;
  bool past = false;
  const std::string next = wordAfter(text, end);
  if (next.empty() || text.substr(end + 1, next.size()) != next || verbLemma(next, past).empty()) return std::nullopt;
  return std::pair{at, end};
}

// The statement read with the number of an opening name (openingNameNumber) joined to the name by a
// hyphen, as "GPT-4" is written, when the extractor took that number for the statement's figure. Positions
// are kept, so the figure's text is found where the statement writes it.
static std::optional<StatementReading> readWithNameNumber(std::string_view text, const StatementReading& reading) {
  const auto number = openingNameNumber(text);
  if (!number || !reading.figure || text.find(reading.figure->text) != number->first) return std::nullopt;
  std::string joined(text);
  joined[number->first - 1] = '-';
  StatementReading read = readStatementAsWritten(joined);
  if (!read.figure || text.find(read.figure->text) == std::string_view::npos) return std::nullopt;
  read.text = std::string(text);
  if (const std::size_t at = read.subject.find(joined.substr(0, number->second)); at != std::string::npos)
    read.subject.replace(at, number->second, text.substr(0, number->second));
  return read;
}

// Whether a lower-case word puts a difference's subject below what it is compared with, right after the
// difference ("3 points behind GPT-4o") or before its "by" ("is lower by 2.6 points"): data/shortfall_words.txt.
static bool isBelowWord(std::string_view lower) { return lexicon().shortfallWords.count(lower) > 0; }

// Where a verb of being behind (data/lagging_verbs.txt, in any form: "trails", "lagged", "fell short") begins
// in `text`, or npos: a difference "by" after one is below zero, from the subject's side.
static std::size_t laggingVerbAt(std::string_view text) {
  for (const WordSpan& w : wordSpans(text, kLetterRuns)) {
    bool inflected = false;
    const std::string word = graph::lowerAscii(text.substr(w.begin, w.end - w.begin));
    const std::string base = verbBase(word, inflected);
    for (std::string_view verb : lexicon().laggingVerbs) {
      const std::size_t space = verb.find(' ');
      const std::string_view first = verb.substr(0, space);
      if (word != first && base != first) continue;
      if (space == std::string_view::npos || wordAfter(text, w.end) == verb.substr(space + 1)) return w.begin;
    }
  }
  return std::string_view::npos;
}

// "Llama 3.3 70B trails Llama 3.1 405B by 2.6 points", "Quill is 3 points behind Wren", "is lower by 2.6
// points": a difference in points that puts the statement's subject behind what it is compared with is below
// zero, as a table's "Difference" cell writes it ("-2.6"), of two scores (kScoreDifference). Behind a verb of being
// behind, the subject is the name before the verb, not the one compared with. The reading unchanged for other figures.
static void readShortfall(std::string_view text, StatementReading& reading) {
  if (!reading.figure || reading.figure->unit != "points" || !reading.figure->value || *reading.figure->value <= 0)
    return;
  const std::size_t at = text.find(reading.figure->text);
  if (at == std::string_view::npos) return;
  const std::string lower = graph::lowerAscii(text);
  const bool byFigure = at >= 3 && std::string_view(lower).substr(at - 3, 3) == "by ";
  const std::size_t verb = byFigure ? laggingVerbAt(text.substr(0, at)) : std::string_view::npos;
  const bool below = isBelowWord(wordAfter(lower, at + reading.figure->text.size())) ||
                     (byFigure && isBelowWord(wordBefore(lower, at - 3)));
  if (verb == std::string_view::npos && !below) return;
  graph::Quantity& q = *reading.figure;
  q.value = -*q.value;
  if (q.low && q.high) std::swap(q.low, q.high), *q.low = -*q.low, *q.high = -*q.high;
  if (verb != std::string_view::npos && verb > 1) reading.subject = std::string(trim(text.substr(0, verb)));
  // A difference in points of a measure its words do not name is one of two scores, as a table's is.
  if (reading.measure.empty() || reading.measure == "other") reading.measure = std::string(kScoreDifference);
}

// "A two-class dataset holding 40 examples of one class ... has a Gini impurity of 0.24", "a network with eight
// hidden layers ... has a depth of 9": a count that describes the subject stands before the value the statement
// states, which its noun names (namedValue); that value is the statement's figure, as the page's "the depth of 9"
// is the page's. The reading unchanged when no named value follows its count.
static void preferNamedValue(std::string_view text, StatementReading& reading) {
  if (!reading.figure || reading.figure->unit != "count") return;
  const std::size_t at = text.find(reading.figure->text);
  if (at == std::string_view::npos) return;
  for (const BareNumber& n : bareNumbers(text)) {
    if (n.begin < at + reading.figure->text.size() || !unitless(text, n)) continue;
    const auto named = namedValue(text, n);
    if (!named) continue;
    graph::Quantity figure;
    figure.value = n.value;
    figure.text = std::string(text.substr(named->begin, n.end - named->begin));
    reading.figure = figure;
    reading.measure = named->measure;
    return;
  }
}

// "a neural network with eight hidden layers and one output layer is nine layers deep": a count that describes the
// subject stands before a measure phrase "N UNITs ADJ" whose adjective gives a magnitude
// (data/attribute_adjectives.tsv: "deep" -> depth). That phrase is the statement's figure, a value of the magnitude, as
// "has a depth of 9" is (preferNamedValue). The phrase must close a clause (an end or a mark after the adjective), so
// "two layers deep networks" is no depth. The reading unchanged when no such phrase follows its count.
static void preferAttributeValue(std::string_view text, StatementReading& reading) {
  if (!reading.figure || reading.figure->unit != "count") return;
  const std::size_t at = text.find(reading.figure->text);
  if (at == std::string_view::npos) return;
  for (const BareNumber& n : bareNumbers(text)) {
    if (n.begin < at + reading.figure->text.size() || n.end >= text.size() || text[n.end] != ' ') continue;
    const std::string unit = wordAfter(text, n.end);
    const std::size_t adjectiveAt = n.end + 1 + unit.size();
    const std::string adjective = wordAfter(text, adjectiveAt);
    const std::size_t end = adjectiveAt + 1 + adjective.size();
    const auto attribute = lexicon().attributeAdjectives.find(adjective);
    if (unit.empty() || !isCountedPlural(unit) || attribute == lexicon().attributeAdjectives.end() ||
        text.substr(n.end + 1, unit.size()) != unit || text.substr(adjectiveAt + 1, adjective.size()) != adjective ||
        (end < text.size() && (text[end] == ' ' || text[end] == '-')))
      continue;
    graph::Quantity figure;
    figure.value = n.value;
    figure.text = std::string(text.substr(n.begin, end - n.begin));
    reading.figure = figure;
    reading.measure = attribute->second;
    return;
  }
}

StatementReading readStatement(std::string_view text) {
  StatementReading reading = readStatementAsWritten(text);
  if (auto read = readWithNameNumber(text, reading)) reading = std::move(*read);
  for (const SpelledNumber& n : statedCardinals(text)) {
    if ((reading.figure && !partlyRead(text, *reading.figure, n)) || !statesFigure(text, n)) continue;
    if (auto read = readWithDigits(text, n)) {
      readShortfall(text, *read);
      preferNamedValue(text, *read);
      preferAttributeValue(text, *read);
      return *read;
    }
  }
  if (!reading.figure)
    for (const SpelledNumber& zero : statedZeros(text))
      if (auto read = statesFigure(text, zero) ? readWithDigits(text, zero) : std::nullopt) return *read;
  if (!reading.figure) readBareFigure(text, reading);
  readShortfall(text, reading);
  preferNamedValue(text, reading);
  preferAttributeValue(text, reading);
  return reading;
}

std::vector<DraftSentence> draftSentences(std::string_view utf8, const std::string& path) {
  std::vector<DraftSentence> out;
  std::uint32_t lineNumber = 0;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = std::min(utf8.find('\n', start), utf8.size());
    std::string_view line = utf8.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    if (skippedDraftLine(line)) continue;
    // Read as Markdown, so that links and emphasis in a draft read as their text.
    Article piece = readArticle("# Draft\n\n" + std::string(line) + "\n", path);
    for (const Block& block : piece.blocks)
      for (const Sentence& s : block.sentences) {
        std::string sentence = block.text.substr(s.begin, s.end - s.begin);
        const bool figure = !findFigures(sentence).empty();
        out.push_back({lineNumber, std::move(sentence), figure});
      }
  }
  return out;
}

}  // namespace cg::ingest
