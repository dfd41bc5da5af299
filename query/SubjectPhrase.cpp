#include "query/SubjectPhrase.h"
#include "query/CountNouns.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Scores.h"
#include "ingest/Subjects.h"
#include "ingest/Words.h"

namespace cg::query {
namespace {

// The word of lower-case letters (and inner hyphens) that starts at `at`; empty when another
// character starts there.
std::string_view lowerWordAt(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && (graph::isLowerAscii(text[end]) || (text[end] == '-' && end > at))) ++end;
  return text.substr(at, end - at);
}

// Whether a name's words are all written in lower case: a term ("root mean square"), not a proper
// name ("Kickstarter").
bool writtenLower(std::string_view span) {
  return std::any_of(span.begin(), span.end(), graph::isLowerAscii) &&
         std::none_of(span.begin(), span.end(), graph::isUpperAscii);
}

// Whether a name that opens the statement is written in lower case but for the sentence's capital: two
// words or more, the first an English word in lower case ("Machine learning targets ..."), the rest
// in lower case. A name of one word ("Apple") or with another capital ("Stable Diffusion") is a name.
bool sentenceCased(std::string_view span) {
  const std::size_t space = span.find(' ');
  return space != std::string_view::npos && graph::isUpperAscii(span.front()) && writtenLower(span.substr(1)) &&
         ingest::lexicon().isEnglishWord(graph::lowerAscii(span.substr(0, space)));
}

// Whether a possessed noun names its possessor itself in one of its forms, no part of it: "WeirdML's
// second version" is WeirdML as it stood then.
bool namesTheWhole(std::string_view noun) {
  constexpr std::string_view kForms[] = {"version", "edition", "variant", "release", "iteration", "generation"};
  const std::string singular = noun.ends_with('s') ? std::string(noun.substr(0, noun.size() - 1)) : std::string(noun);
  return std::find(std::begin(kForms), std::end(kForms), singular) != std::end(kForms);
}

// Whether a noun or `other`, its other grammatical number, is a word of `measure` ("revenue", "number of steps").
bool inMeasure(std::string_view noun, const std::string& other, std::string_view measure) {
  const std::vector<std::string> words = graph::foldTokens(measure);
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w == noun || w == other; });
}

// The word of lower-case letters (and hyphens) that ends right before `end`, after a space or at the
// start; empty when another character stands before it.
std::string_view lowerWordBefore(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && (graph::isLowerAscii(text[begin - 1]) || text[begin - 1] == '-')) --begin;
  if (begin > 0 && text[begin - 1] != ' ') return {};
  return text.substr(begin, end - begin);
}

// Whether the word that ends right before `end` is a noun in lower case ("models"): not a function
// word, a word with no noun sense, a verb alone nor a verb's past form.
bool nounBefore(std::string_view text, std::size_t end) {
  const std::string_view noun = lowerWordBefore(text, end);
  return noun.size() >= 3 && !ingest::lexicon().isFunctionWord(noun) && !ingest::nounless(noun) &&
         !ingest::verbOnly(noun) && ingest::pastVerbLemma(noun).empty();
}

}  // namespace

std::string headNounAfter(std::string_view statement, std::size_t nameEnd, std::string_view measure, bool kindNouns) {
  if (nameEnd + 1 >= statement.size() || statement[nameEnd] != ' ') return {};
  const std::string_view noun = lowerWordAt(statement, nameEnd + 1);
  if (noun.size() < 3 || noun.back() == '-') return {};
  const std::size_t afterAt = nameEnd + 1 + noun.size();
  // The phrase's verb follows its head ("campaign had collected", "error takes", "models are"): a
  // mark there ("campaign's", "campaign,") or another word of the phrase ("language model") makes
  // the word no head of a clause's subject.
  if (afterAt + 1 >= statement.size() || statement[afterAt] != ' ') return {};
  const std::string_view verb = lowerWordAt(statement, afterAt + 1);
  const std::size_t objectAt = afterAt + 1 + verb.size() + 1;
  const bool number = objectAt < statement.size() &&
                      (std::isdigit(static_cast<unsigned char>(statement[objectAt])) || statement[objectAt] == '$');
  const std::string_view object = number ? "#" : objectAt < statement.size() ? lowerWordAt(statement, objectAt) : "";
  if (verb.empty() || !ingest::readsAsVerb(noun, verb, object)) return {};
  const ingest::Lexicon& lex = ingest::lexicon();
  if (lex.isFunctionWord(noun) || lex.prepositions.count(noun) || ingest::nounless(noun)) return {};
  const std::string other = ingest::otherGrammaticalNumber(noun);
  if (!lex.isEnglishWord(noun) && !lex.isEnglishWord(other)) return {};
  // "^" stands for the name before it (ingest::readsAsVerb).
  if (ingest::readsAsVerb("^", noun, verb)) return {};
  if (!kindNouns && (ingest::isThingNoun(noun) || (!other.empty() && ingest::isThingNoun(other)))) return {};
  if (inMeasure(noun, other, measure) || lex.measureCues.contains(noun)) return {};
  return std::string(noun);
}

std::string possessedPart(std::string_view statement, std::size_t nameEnd, std::string_view measure) {
  std::size_t at = std::string_view::npos;
  for (std::string_view mark : {"'s ", "\u2019s "})
    if (statement.substr(nameEnd).starts_with(mark)) at = nameEnd + mark.size() - 1;
  // The head is the last noun before the verb: past up to two modifiers in lower case ("mlmm-evaluation
  // framework", "vision encoder"), none of them the measure's word nor a word of grammar.
  constexpr int kModifiers = 2;
  const ingest::Lexicon& lex = ingest::lexicon();
  for (int k = 0; at != std::string_view::npos && k <= kModifiers; ++k) {
    if (std::string head = headNounAfter(statement, at, measure, true); !head.empty())
      return namesTheWhole(head) ? std::string() : head;
    const std::string_view modifier = lowerWordAt(statement, at + 1);
    if (modifier.empty() || lex.isFunctionWord(modifier) ||
        inMeasure(modifier, ingest::otherGrammaticalNumber(modifier), measure) ||
        at + 1 + modifier.size() >= statement.size() || statement[at + 1 + modifier.size()] != ' ')
      return {};
    at += 1 + modifier.size();
  }
  return {};
}

std::string partBeforeWhole(std::string_view statement, std::size_t nameBegin, std::string_view measure) {
  for (std::string_view containing : {" inside ", " within "}) {
    if (nameBegin < containing.size() ||
        statement.substr(nameBegin - containing.size(), containing.size()) != containing)
      continue;
    const std::size_t end = nameBegin - containing.size();
    std::size_t begin = end;
    while (begin > 0 && (graph::isLowerAscii(statement[begin - 1]) || statement[begin - 1] == '-')) --begin;
    const std::string_view noun = statement.substr(begin, end - begin);
    const ingest::Lexicon& lex = ingest::lexicon();
    const std::string other = ingest::otherGrammaticalNumber(noun);
    if (noun.size() < 3 || begin == 0 || statement[begin - 1] != ' ' || lex.isFunctionWord(noun) ||
        (!lex.isEnglishWord(noun) && !lex.isEnglishWord(other)) || inMeasure(noun, other, measure) ||
        lex.measureCues.contains(noun) || namesTheWhole(noun))
      return {};
    return std::string(noun);
  }
  return {};
}

bool writtenAsTerm(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd) {
  const std::string_view name = statement.substr(nameBegin, nameEnd - nameBegin);
  return writtenLower(name) || (nameBegin == 0 && sentenceCased(name));
}

bool insideLongerTerm(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd,
                      std::string_view measure) {
  return writtenAsTerm(statement, nameBegin, nameEnd) && !headNounAfter(statement, nameEnd, measure).empty();
}

std::string pluralHeadAfter(std::string_view statement, std::size_t nameEnd) {
  if (nameEnd + 1 >= statement.size() || statement[nameEnd] != ' ') return {};
  const std::string_view noun = lowerWordAt(statement, nameEnd + 1);
  const std::size_t verbAt = nameEnd + 2 + noun.size();
  if (noun.size() < 4 || verbAt >= statement.size() || statement[verbAt - 1] != ' ' || !ingest::isCountedPlural(noun))
    return {};
  const std::string_view verb = lowerWordAt(statement, verbAt);
  const ingest::Lexicon& lex = ingest::lexicon();
  bool past = false;
  const bool plainVerb = !verb.empty() && !lex.isFunctionWord(verb) && !lex.prepositions.count(verb) &&
                         ingest::verbLemma(verb, past) == verb;
  return plainVerb || ingest::isAuxiliary(verb) ? std::string(noun) : std::string();
}

bool domainOfNoun(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd, std::size_t figureAt) {
  if (figureAt == std::string_view::npos || nameEnd > figureAt) return false;
  constexpr std::string_view kIn = " in ";
  if (!writtenLower(statement.substr(nameBegin, nameEnd - nameBegin)) || nameBegin < kIn.size() + 3 ||
      statement.substr(nameBegin - kIn.size(), kIn.size()) != kIn)
    return false;
  // The word before "in": a noun in lower case ("models"), not a verb ("works in") nor a name; or a past
  // participle right after such a noun ("the embedding spaces used in machine learning").
  std::size_t end = nameBegin - kIn.size();
  const std::string_view word = lowerWordBefore(statement, end);
  if (word.empty() || ingest::pastVerbLemma(word).empty()) return nounBefore(statement, end);
  return end > word.size() + 1 && nounBefore(statement, end - word.size() - 1);
}

bool modifiesOwnedNoun(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd) {
  const std::string before = graph::lowerAscii(statement.substr(0, nameBegin));
  if (!(before.ends_with(" its ") || before.ends_with(" their ") || before == "its " || before == "their ") ||
      nameEnd + 1 >= statement.size() || statement[nameEnd] != ' ')
    return false;
  const std::string_view noun = lowerWordAt(statement, nameEnd + 1);
  const ingest::Lexicon& lex = ingest::lexicon();
  return noun.size() >= 3 && !lex.isFunctionWord(noun) && !lex.prepositions.count(noun) &&
         (lex.isEnglishWord(noun) || lex.isEnglishWord(ingest::otherGrammaticalNumber(noun)));
}

bool enumeratedAfterFigure(std::string_view statement, std::size_t figureEnd, std::size_t nameBegin) {
  if (figureEnd == std::string_view::npos) return false;
  const std::size_t colon = statement.find(": ", figureEnd);
  return colon != std::string_view::npos && nameBegin > colon;
}

std::string pluralCountMeasure(std::string_view measure, std::string_view figureText) {
  constexpr std::string_view kCountOf = "number of ";
  if (!measure.starts_with(kCountOf)) return std::string(measure);
  const std::string_view noun = measure.substr(kCountOf.size());
  // Only the noun of a compound written in the singular ("a five-element tuple", "a 500-word segment"):
  // after a bare number the noun is as the text counts it ("22 aircraft", "three children").
  const std::string compound = "-" + std::string(noun);
  if (noun.find(' ') != std::string_view::npos || !graph::lowerAscii(figureText).ends_with(compound) ||
      ingest::nounless(noun) || ingest::isCountedPlural(noun) || isClassicalPlural(noun))
    return std::string(measure);
  const std::string plural = ingest::otherGrammaticalNumber(noun);
  return plural.empty() ? std::string(measure) : std::string(kCountOf) + plural;
}

bool endsAtRangeOfMembers(std::string_view before) {
  const std::size_t comma = before.rfind(", ");
  if (comma == std::string_view::npos) return false;
  std::string_view range = before.substr(comma + 2);
  if (const std::size_t space = range.find(' '); space != std::string_view::npos) {
    // One participle may lead the range in: "running from", "ranging from".
    if (const std::string_view first = range.substr(0, space); first.size() > 4 && first.ends_with("ing"))
      range.remove_prefix(space + 1);
  }
  if (!range.starts_with("from ")) return false;
  range.remove_prefix(5);
  return range.empty() || (range.ends_with(" to ") && range.find(" to ") == range.size() - 4);
}

}  // namespace cg::query
