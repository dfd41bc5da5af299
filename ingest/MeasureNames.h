#pragma once
// One measure vocabulary for ingest and query (docs/MEASURES.md, "Names shared by ingest and
// query"): the name a figure's measure takes from the words that name it, the same whether the
// figure stands in an article (Extractor.cpp, StatedValues.cpp) or in a statement `check` reads
// (Statement.cpp, query/). A measure named in two places drifts: a claim's "number of runs" and
// a statement's "number of times" for one count never meet. So each naming rule that both sides
// need lives here, once, with its words (data/measures.tsv, data/statistic_nouns.txt).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cg::ingest {

// The measure of a count by the noun it counts: "number of" the noun in the plural ("a
// five-element tuple" counts elements, "eight criteria" criteria), and the times a thing is done
// on each of something ("16 times on each problem", `after` the text right after the noun) as runs,
// which is how the count is written per problem ("16 runs per problem"). `noun` folded.
[[nodiscard]] std::string countMeasure(std::string_view noun, std::string_view after = {});

// A statistic named as the value's noun, and where its words begin in the text they were read from.
struct NamedStatistic {
  std::string measure;  // "standard deviation", "precision", "AUC"
  std::size_t begin = 0;
};

// Which nouns of data/statistic_nouns.txt may name a value: the statistics (a percentage's too: "a
// precision of 90%"), or any noun WordNet files as a value, which only a bare number, one with no
// unit, is the value of ("a temperature of 0.7", "a learning rate of 0.001").
enum class NamedValues { kStatistics, kAnyValue };

// The statistic whose value follows `before`, which ends in "of " (the value is written right
// after it): a determiner, then a noun of data/statistic_nouns.txt ("a standard deviation of",
// "a mean of") or a name of two capitals or more ("an AUC of", "an IoU score of", "an F1 score
// of"; the word "score" after it left out of the measure). With kAnyValue, also "a", "an" or "the",
// perhaps one word, and a value noun: "a learning rate of" (a noun before it stays in the measure), "a high
// temperature of" (an adjective does not), "the depth of 9". nullopt when none.
[[nodiscard]] std::optional<NamedStatistic> statisticBeforeOf(std::string_view before,
                                                              NamedValues nouns = NamedValues::kStatistics);

// The noun phrase that names a decimal fraction written after it and "of" (`before` ends in "of "): "a"/"an", perhaps
// one word, and a noun, whatever the noun: "a Gini impurity of 0.24", "a colour index of 0.42". A fraction counts
// nothing, so the phrase before it names a value even when no vocabulary lists its noun; the caller sees to it
// that the number is a fraction with no unit. The measure in lower case; nullopt when no such phrase.
[[nodiscard]] std::optional<NamedStatistic> nounPhraseBeforeOf(std::string_view before);

// The value noun that opens `after` ("score for a random classifier", "learning rate"), read as
// statisticBeforeOf reads kAnyValue's: "with 0.5 being the score for ..." is a score of 0.5. Empty
// when its first words name no value.
[[nodiscard]] std::string valueNounOpening(std::string_view after);

// "sampling temperature" -> "temperature": the value noun that ends a measure of two words or more, which
// a page may write alone over the same value ("Temperature: 0.7"); empty when the last word names no value.
[[nodiscard]] std::string valueNounHead(std::string_view measure);

// The statistic that is the subject of a figure's clause, tied to it by a copula or a verb of
// amounting ("your precision would be ... about 83%", "the picker's precision comes to about
// 83%", "recall was 0.9"): `before` is the clause before the figure. Empty when none.
[[nodiscard]] std::string statisticSubjectOf(std::string_view before);

// Whether a measure is of the score family: a percentage, or a score on a benchmark (whose scope
// names the benchmark). A statement's "accuracy of 5.21 percent" and a leaderboard's "Accuracy"
// cell are one quantity once both name the benchmark.
[[nodiscard]] bool isScoreMeasure(std::string_view measure);

// The measure of a difference of two scores on one benchmark, in points ("| MMLU | 86.0 | 88.6 | -2.6 |" under
// "Difference", "trails Llama 3.1 405B by 2.6 points on MMLU"): below zero when its subject is behind. Its scope
// names the benchmark, as a score's does; it is no score, so it is never weighed against one.
inline constexpr std::string_view kScoreDifference = "score difference";

// Whether a count is of points scored: "earned 13 of the 42 available points" counts points, which
// is the score a leaderboard writes "13 points" (unit points). Not a hyphened count that modifies
// a noun ("a 7-point scale" counts the scale's points). `figureText` as written.
[[nodiscard]] bool countsScorePoints(std::string_view measure, std::string_view figureText);

}  // namespace cg::ingest
