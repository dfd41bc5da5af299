#include "ingest/MeasureNames.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "graph/Fold.h"
#include "ingest/LabelledMeasures.h"
#include "ingest/Lexicon.h"
#include "ingest/Subjects.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

struct Word {
  std::size_t begin, end;
  std::string folded;
};

// The words of `text` (letters, digits, hyphens and apostrophes, so that "model's" is one word),
// folded to lower case.
std::vector<Word> wordsOf(std::string_view text) {
  std::vector<Word> out;
  eachWord(text, WordRules{.marks = "-'"}, [&](const WordSpan& w) {
    out.push_back({w.begin, w.end, graph::lowerAscii(text.substr(w.begin, w.end - w.begin))});
  });
  return out;
}

// A word that makes a noun phrase definite or indefinite before a statistic: "a mean of 0", "its
// median of 42", "your precision", "the model's mean": a determiner or an owner's possessive.
bool opensStatistic(std::string_view word) {
  return isDeterminer(word) || word.ends_with("'s") || word.ends_with("\u2019s");
}

// A name of two capitals or more ("AUC", "IoU", "F1"): a metric written by its initials.
bool metricInitials(std::string_view word) {
  if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  std::size_t capitals = 0;
  for (char c : word) {
    if (std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)))
      ++capitals;
    else if (!std::islower(static_cast<unsigned char>(c)))
      return false;
  }
  return capitals >= 2;
}

// The statistic that words[.., last] end with: the longest run of up to four words that
// data/statistic_nouns.txt holds ("standard deviation", "mean"). Its first word's index, or npos.
std::size_t statisticEndingAt(const std::vector<Word>& words, std::size_t last) {
  constexpr std::size_t kLongest = 4;
  std::size_t found = std::string::npos;
  std::string phrase;
  for (std::size_t n = 1; n <= kLongest && n <= last + 1; ++n) {
    const std::size_t first = last + 1 - n;
    phrase = n == 1 ? words[first].folded : words[first].folded + " " + phrase;
    if (lexicon().statisticNouns.count(phrase)) found = first;
  }
  return found;
}

bool isValueNoun(const std::string& phrase) {
  return lexicon().statisticNouns.count(phrase) || lexicon().valueNouns.count(phrase);
}

// The value noun phrase of words[first..last] (one word or two), as its measure: the two words when
// the table holds them as one ("standard deviation") or the first is a noun ("learning rate", "zoom
// level"); the last alone after an adjective ("a high temperature"). Empty when the last word, or the
// two together, name no value.
std::string valuePhrase(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  const std::string& head = words[last].folded;
  if (first == last) return isValueNoun(head) ? head : std::string();
  const std::string both = words[first].folded + " " + head;
  if (isValueNoun(both)) return both;
  if (!isValueNoun(head)) return {};
  return nounless(words[first].folded) ? head : both;
}

// Whether `article`, after the word `before`, may open a value noun's phrase before "of": "a temperature of
// 0.7", and "the" where a verb takes the phrase ("would have the depth of 9"), not a preposition: "under the
// age of 18" is a bound, "an area under the PR curve of 0.5" another measure's value.
bool isValueArticle(const std::string& article, const std::string& before) {
  if (article == "a" || article == "an") return true;
  return article == "the" && !lexicon().prepositions.count(before);
}

// How many words ending right before word `end` may stand between a copula and its figure, 0 when none: a
// number, a fraction's "out of" and an alternative's "or" ("would be 10 out of 12 or about 83%"), a hedge
// (data/figure_hedges.tsv: "is just 5%").
std::size_t betweenCopulaAndFigure(const std::vector<Word>& words, std::size_t end) {
  const std::string& word = words[end - 1].folded;
  if (std::isdigit(static_cast<unsigned char>(word[0])) || word == "or" || word == "out" || word == "of") return 1;
  return lexicon().hedgeEndingAt(end, kEveryHedge,
                                 [&](std::size_t k) -> const std::string& { return words[k].folded; });
}

// The words that tie a subject to the figure after it ("is", "would be", "comes to"): how many of
// them end at words[last], 0 when none.
std::size_t copulaEndingAt(const std::vector<Word>& words, std::size_t last) {
  static constexpr std::array<std::string_view, 5> kEqualling = {"equals", "equaled", "equalled", "reaches", "reached"};
  static constexpr std::array<std::string_view, 8> kBeforeTo = {"comes",    "came",  "come", "amounts",
                                                                "amounted", "rises", "rose", "drops"};
  const std::string& w = words[last].folded;
  if (w == "to" && last > 0 && std::find(kBeforeTo.begin(), kBeforeTo.end(), words[last - 1].folded) != kBeforeTo.end())
    return 2;
  // "would be", "will be", "can be": the modal is part of the verb.
  if (w == "be") return last == 0 ? 1 : isModal(words[last - 1].folded) ? 2 : 0;
  const bool copula = isFiniteBe(w) || std::find(kEqualling.begin(), kEqualling.end(), w) != kEqualling.end();
  return copula ? 1 : 0;
}

}  // namespace

std::string countMeasure(std::string_view noun, std::string_view after) {
  // "runs every model 16 times on each problem": a count of the times a thing is done on each of
  // something is the count of its runs ("16 runs per problem"). Not "3 times a week" (a frequency)
  // nor "up to 2 times" (nothing it is per).
  if (noun == "times") {
    const std::string next = graph::lowerAscii(after.substr(0, 16));
    for (std::string_view each : {" on each ", " for each ", " on every ", " for every "})
      if (next.starts_with(each)) return "number of runs";
  }
  return "number of " + std::string(noun);
}

std::optional<NamedStatistic> statisticBeforeOf(std::string_view before, NamedValues nouns) {
  const std::vector<Word> words = wordsOf(before);
  if (words.size() < 3 || words.back().folded != "of") return std::nullopt;
  std::size_t last = words.size() - 2;
  // "an F1 score of 0.8", "an IoU score of 1": the metric's name before "score".
  const bool score = words[last].folded == "score" && last > 0 &&
                     metricInitials(before.substr(words[last - 1].begin, words[last - 1].end - words[last - 1].begin));
  if (score) --last;
  std::size_t first = std::string::npos;
  std::string measure;
  if (const std::string_view name = before.substr(words[last].begin, words[last].end - words[last].begin);
      metricInitials(name)) {
    first = last;
    measure = std::string(name);
  } else if (first = statisticEndingAt(words, last); first != std::string::npos) {
    measure = std::string(before.substr(words[first].begin, words[last].end - words[first].begin));
    measure = graph::lowerAscii(measure);
  }
  // "a learning rate of", "a high temperature of": any value noun, perhaps after one word, after "a", "an" or "the".
  const bool determined = first != std::string::npos && first > 0 && opensStatistic(words[first - 1].folded);
  if (!determined && nouns == NamedValues::kAnyValue) {
    first = std::string::npos;
    for (std::size_t span = 1; span <= 2 && span <= last && first == std::string::npos; ++span) {
      const std::size_t from = last + 1 - span;
      const std::string& article = words[from - 1].folded;
      if (isValueArticle(article, from >= 2 ? words[from - 2].folded : std::string()) &&
          !(measure = valuePhrase(words, from, last)).empty())
        first = from;
    }
  }
  if (first == std::string::npos || first == 0 || !opensStatistic(words[first - 1].folded)) return std::nullopt;
  // Initials after "the" or a possessive are as often a place or a body ("the EU of 27 members").
  const bool initials = !std::islower(static_cast<unsigned char>(measure[0]));
  if (initials && words[first - 1].folded != "a" && words[first - 1].folded != "an") return std::nullopt;
  return NamedStatistic{measure, words[first - 1].begin};
}

std::optional<NamedStatistic> nounPhraseBeforeOf(std::string_view before) {
  const std::vector<Word> words = wordsOf(before);
  if (words.size() < 3 || words.back().folded != "of") return std::nullopt;
  const std::size_t last = words.size() - 2;
  const auto isNounWord = [&](std::size_t k) {
    const std::string& w = words[k].folded;
    return std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) &&
           !lexicon().isFunctionWord(w);
  };
  if (!isNounWord(last)) return std::nullopt;
  // "a colour index of", "an impurity of": the article one or two words before "of".
  for (std::size_t first = last; first + 2 > last && first > 0; --first) {
    const std::string& article = words[first - 1].folded;
    if (article == "a" || article == "an") {
      std::string measure;
      for (std::size_t k = first; k <= last; ++k) measure += (k > first ? " " : "") + words[k].folded;
      return NamedStatistic{measure, words[first - 1].begin};
    }
    if (!isNounWord(first - 1)) break;
  }
  return std::nullopt;
}

std::string valueNounOpening(std::string_view after) {
  const std::vector<Word> words = wordsOf(after.substr(0, 64));
  if (words.empty()) return {};
  // "being the score for a random guess": the second word may open what follows the noun.
  if (std::string two = words.size() > 1 ? valuePhrase(words, 0, 1) : std::string(); !two.empty()) return two;
  return valuePhrase(words, 0, 0);
}

std::string valueNounHead(std::string_view measure) {
  const std::size_t space = measure.rfind(' ');
  if (space == std::string_view::npos) return {};
  std::string head(measure.substr(space + 1));
  return isValueNoun(head) ? head : std::string();
}

std::string statisticSubjectOf(std::string_view before) {
  const std::vector<Word> words = wordsOf(before);
  if (words.empty()) return {};
  std::size_t last = words.size() - 1;
  while (last > 0) {
    const std::size_t between = betweenCopulaAndFigure(words, last + 1);
    if (between == 0 || between > last) break;
    last -= between;
  }
  const std::size_t copula = copulaEndingAt(words, last);
  if (copula == 0 || last < copula) return {};
  const std::size_t statistic = last - copula;
  const std::size_t first = statisticEndingAt(words, statistic);
  if (first == std::string::npos) return {};
  std::string measure;
  for (std::size_t k = first; k <= statistic; ++k) measure += (k > first ? " " : "") + words[k].folded;
  return measure;
}

// A percentage its label types ("an accuracy of 6.25 percent" on a leaderboard) is as much a score as
// the catch-all one (LabelledMeasures.h).
bool isScoreMeasure(std::string_view measure) {
  return measure == "percentage" || measure == "benchmark score" || isLabelledMeasure(measure, "percent");
}

bool countsScorePoints(std::string_view measure, std::string_view figureText) {
  static const std::string kPoints = countMeasure("points");  // "number of points", built once
  return measure == kPoints && figureText.find('-') == std::string_view::npos;
}

}  // namespace cg::ingest
