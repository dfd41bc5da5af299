#pragma once
// Dates as written in references and prose, to ISO 8601 at the precision given:
// "January 27, 2025" -> "2025-01-27", "Jan. 27–28, 2025" -> "2025-01-27" (a span
// starts on its first day), "February 2025" -> "2025-02", "2025" -> "2025".

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Records.h"
#include "ingest/Lexicon.h"

namespace cg::ingest {

struct DateMatch {
  std::string iso;                 // empty when nothing was found
  std::size_t begin = 0, end = 0;  // where the date stands in the text
};

// The first date in `text`, most precise form first. Years are 1800–2199.
[[nodiscard]] DateMatch findDate(std::string_view text);
// Every date of prose `text`, in order, each the most precise form at its place, a decade ("the
// 1970s": "197") or a century ("the 19th century": "18") as ISO 8601 writes them, and each as the
// time a statement holds for by the preposition before it (data/temporal_prepositions.tsv): "until
// the 1970s" ends then ("../197"), "since 1978" starts then ("1978/.."), "from 1914 to 1918" and
// "between 1990 and 2000" are spans ("1914/1918"; ISO 8601 intervals, ".." an open end).
[[nodiscard]] std::vector<DateMatch> findDates(std::string_view text);
// The calendar year a date starts with ("2023-06-04", "1978/.." -> 2023, 1978) as an event's year
// is a figure: unit "year", the four digits its text; nullopt for a decade, a century or an open
// start ("197", "18", "../1970").
[[nodiscard]] std::optional<graph::Quantity> yearFigure(const DateMatch& d);
// `iso` bounded as a preposition says: an end ("../1979"), a start ("1978/.."), or itself.
[[nodiscard]] std::string boundedDate(std::string_view iso, TimeBound bound);
// A stretch of text a figure takes ("$25 million"), as offsets into the text its dates were found in.
struct Span {
  std::size_t begin = 0, end = 0;
};
// The date figure `which` of `figures` speaks for, among the `dates` of one sentence `text`: the
// nearest to it that no other figure owns. A date right after a figure, joined by at most a
// preposition of time ("from $25 million in 2023", "up from 12 during 2022", "$0.40 by 2025", "$20
// in late 2022"), or in a bracket right after it when the sentence has several dates ("$100 million
// (reached April 2025) / $82 million ..., July 2025"), is that figure's, so "By late 2024, ARR
// reached $90 million, growing from $25 million in 2023" dates the $90 million 2024. When every
// date is another figure's, the nearest of those whose owner is no earlier end of a series ("1,300
// people by 2017, including 300 researchers"); none when every one is ("60% now, up from 58% in
// 2024", "61.4%, up from 14.9% in October 2024"), so the figure is dated otherwise. A date past a
// relative clause that opens after the figure ("ordered 66 fighters, 30 of which were delivered in
// mid-1941") is that clause's: it dates the figure only when no other free date does.
[[nodiscard]] std::string dateOfFigure(std::string_view text, const std::vector<DateMatch>& dates,
                                       const std::vector<Span>& figures, std::size_t which);
// What a sentence's verb of change says of the time figure `which` holds for: "the age was lowered
// from 21 to 18 in the 1970s" (a passive verb of change, "from A to B"): A held until the date
// (kEnd), B from it (kStart); "the fee was raised to $9 in 2010": $9 from it. kPoint otherwise,
// also after an intransitive verb ("revenue rose from $10 million to $30 million in 2024": figures
// of their own dates).
[[nodiscard]] TimeBound changeBound(std::string_view text, const std::vector<Span>& figures, std::size_t which);
// An adverbial of time that points back to a time the text has just named ("By this time,
// 17,000 users had downloaded it", "That year, revenue reached $5 million";
// data/anaphoric_time_phrases.tsv), as whole words, not followed by "of" or "when" (which name
// their own time: "at the time of writing"), "at the time" only where it opens the sentence (inside
// one, "the largest window at the time", it speaks of that sentence's own event): where it stands in `text` and how
// many characters of the earlier date (ISO 8601) it keeps (its year: 4, its month: 7, all: 10); keep is 0 when `text`
// holds none.
struct TimeAnaphor {
  std::size_t begin = 0, end = 0, keep = 0;
};
[[nodiscard]] TimeAnaphor findTimeAnaphor(std::string_view text);
// The date `anaphor` gives a sentence from `earlier`, the date of the sentence it points back to:
// as precise as the phrase says, at the phrase's place. Empty iso when `earlier` is empty or a span.
[[nodiscard]] DateMatch anaphoricDate(const TimeAnaphor& anaphor, std::string_view earlier);
// findDate(text).iso.
[[nodiscard]] std::string normalizeDate(std::string_view text);
// Gives each claim that its own words leave undated the date it speaks for (`as_of`), from the
// first that has one: its section's heading (or an enclosing one), the earliest date of the
// sources it cites, the document's date. A publication date says when something was written,
// not the day it speaks for, so those two are kept to their year.
void dateClaims(graph::DocumentBundle& bundle);
// The words of a sentence as runs of ASCII letters, lower-cased, with where each stands.
struct LetterWord {
  std::size_t begin, end;
  std::string lower;
};
[[nodiscard]] std::vector<LetterWord> letterWords(std::string_view text);
// The verb of an event whose year a date of sentence `text` gives (data/event_years.tsv): the
// nearest such verb within ten words of the date and no clause break (";") between ("was
// introduced by Raymond Pearl in 1933"), else for a date a state starts at ("since 1978") the
// perfect "has been" ("start year"). `passive` when the thing the event happened to stands before
// the verb: a passive ("was (first) introduced"), an intransitive (born, died, a start) or a
// participle after a comma; else the first name after the verb is. A verb may be two words
// ("came out"). No measure when there is none; `used` holds the words already read as another
// date's verb.
struct EventVerb {
  std::size_t word = 0;      // the verb's index in `words`; words.size() for a start's "has been"
  std::size_t verbAt = 0;    // where the verb (or "has") stands in the text
  std::size_t lastWord = 0;  // the index in `words` of the verb's last word ("out" of "came out")
  std::string measure;       // "year introduced", "founding year", "start year", ...; empty: none
  bool passive = false;
  bool adjacent = false;  // read only in its plainest forms (data/event_years.tsv, flag "adjacent")
  // The first word of the verb group: the verb's own, or for a second participle joined by "and" to
  // a passive ("was developed by X and released in 2015") the first participle's, whose "was" both share.
  std::size_t groupWord = 0;
  // The passive's "was" ("It was first introduced"): its index in `words`, words.size() when none.
  std::size_t beWord = 0;
};
[[nodiscard]] EventVerb eventVerbOf(std::string_view text, const std::vector<LetterWord>& words, const DateMatch& date,
                                    const std::set<std::size_t>& used);
// Where the main clause starts after a participle that opens sentence `text` ("Originally proposed in
// 1991 by Jacobs, Jordan, Nowlan, and Hinton, the MoE paradigm ...", "Founded in 2015, Acme ..."):
// past the comma that closes the participle's clause, after the date and the agents' names after
// "by"; npos when the verb does not open the sentence (only adverbs in -ly, or "first", before it).
[[nodiscard]] std::size_t frontedParticipleEnd(std::string_view text, const std::vector<LetterWord>& words,
                                               const EventVerb& verb, const DateMatch& date);
// Whether date `date` of `text` is the year of an author-year citation: "According to Borgi (2022)",
// "Duchi et al. (2011)", "(Smith, 2019)", "(Li & Huang, 2020)". It says when the source was written,
// not the period the sentence speaks for.
[[nodiscard]] bool citedYear(std::string_view text, const DateMatch& date);
// Whether a word is written as a year: four ASCII digits ("2024"); which years the caller takes is its own.
[[nodiscard]] bool writtenAsYear(std::string_view word);
// 1..12 for "January", "Jan", "Jan.", "Sept"; 0 otherwise.
[[nodiscard]] int monthNumber(std::string_view word);
// The year a page's thing began, as a category of the page gives it in Wikipedia's manner of
// categories by year: "2025 software", "2019 Benchmarks", "1939 births", "2016 establishments in
// California", "Companies established in 2015", "Aircraft introduced in 1939". None for a category of
// a year's events ("2024 in artificial intelligence") or of an end ("2008 deaths", "Musical groups
// disestablished in 1999").
[[nodiscard]] std::optional<int> originYearOfCategory(std::string_view category);

}  // namespace cg::ingest
