#pragma once
// The general word lists the extractor reads text with (data/*.txt, built in): roles,
// attribution verbs, organisation suffixes, given names, words that are never names on
// their own, and measure cues. No names of particular people or companies: claimgraph
// is meant for articles it has never seen.

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/Fold.h"
#include "graph/Records.h"
#include "graph/WordTable.h"

namespace cg::ingest {

// The word tables live in graph/ (the graph indexes its entities and sources with them too).
using graph::wordHash;
using graph::WordHash;
using graph::WordMap;
using graph::WordSet;
using graph::WordSlots;

// An infobox field that carries a figure: the label the box shows ("Service ceiling"), the word a bare
// number in it stands with ("speakers"; "" for none) and the field that dates it ("date"; "" for none).
struct InfoboxField {
  std::string label, word, dateKey;
};

// What a preposition before a date says of the time a statement holds for (data/temporal_prepositions.tsv).
// kOpeningStart: a start only where the phrase opens its clause ("From 1889, ..."), else a point.
enum class TimeBound : std::uint8_t { kPoint, kStart, kEnd, kOpeningStart };

// Whether `words` (a WordSet, or a set of views) holds `word` with its ASCII letters lowered
// (graph::lowerAscii), without a copy on the heap for a word of up to 64 bytes.
template <class Set>
[[nodiscard]] bool containsLower(const Set& words, std::string_view word) {
  char buffer[64];
  if (word.size() > sizeof buffer) return words.count(graph::lowerAscii(word)) > 0;
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = graph::lowerAscii(word[i]);
  return words.count(std::string_view(buffer, word.size())) > 0;
}

// A set of views of words, whose text must outlive it: open addressing (linear probing, at most
// half full) over slots that keep each view beside its hash. Built from every word of an article
// (the words written mid-sentence), where a heap node per word would cost more than the look-ups.
class ViewSet {
 public:
  void insert(std::string_view word);
  [[nodiscard]] bool contains(std::string_view word) const;
  [[nodiscard]] std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  [[nodiscard]] std::size_t size() const { return used_ + (hasEmpty_ ? 1 : 0); }
  // Room for `words` words without growing (a set of a known size, built once).
  void reserve(std::size_t words);

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    std::uint32_t size = 0, hash = 0;
  };
  [[nodiscard]] std::size_t find(std::string_view word, std::uint32_t hash) const;
  void grow();
  void rehash(std::size_t size);                     // a power of two
  std::vector<Slot> slots_ = std::vector<Slot>(64);  // a power of two in size
  std::size_t used_ = 0;
  bool hasEmpty_ = false;  // the empty word has no data pointer to mark its slot with
};

struct MeasureRule {
  std::string unitClass;          // money, percent, count, compute
  std::vector<std::string> cues;  // folded words or phrases
  std::string label;
  // A cue that names the measure only next to the figure (a class written "percent next"): right after it
  // ("a 42.5% reduction", "40% fewer tokens") or right before it, "by" or "of" perhaps between ("up 20%",
  // "a reduction of 40%"). Elsewhere the word belongs to another phrase ("up to 40%", "up from 3%").
  bool next = false;
  // A cue that names the measure only within the figure's phrase (a class written "percent near"): at most three
  // words from it, no punctuation or cell bar between ("a 5% performance loss", "improved accuracy by 25%"), not
  // a note in another cell of its row ("| 69.3% | Significant architecture improvements |").
  bool near = false;
};

// What a table's header cell says its column holds (data/table_headers.tsv, one table read by the
// extractor and by Scores.cpp).
enum class HeaderRole : std::uint8_t {
  kModel,
  kRank,
  kScore,
  kBenchmarks,
  kAverage,
  kScoreWord,
  kAttribute,
  kDescribes,
  kIntroduced,
  kRating,
  kDated,
  kSetting,
  kValue,
};
inline constexpr std::size_t kHeaderRoles = 13;

// What a section holds by its heading (data/back_matter.tsv, one table read by both readers and the
// list counter): content (kNone), or the page's apparatus: the works it cites, explanatory notes,
// pointers to reading elsewhere, or illustrations of its subject ("Examples").
enum class BackMatter : std::uint8_t { kNone, kSources, kNotes, kPointers, kIllustrations };

// What a heading on an assistant's page says its section holds (data/prompt_headings.tsv): the
// assistant's instructions, or the words that make a heading one of a user's prompts.
enum class PromptHeading : std::uint8_t { kInstructions, kStarters, kPrompts, kExamples };
inline constexpr std::size_t kPromptHeadings = 4;

// How a hedge between a word and its figure (data/figure_hedges.tsv) says the value stands to the number:
// about it ("about"), bounded by it ("up to"), it and no more ("just"). Bits: a reader names the kinds it
// reads past, or'ed (HedgeKinds).
enum class FigureHedge : std::uint8_t { kApproximate = 1, kBound = 2, kRestrictive = 4 };
using HedgeKinds = unsigned;
[[nodiscard]] constexpr HedgeKinds operator|(FigureHedge a, FigureHedge b) {
  return static_cast<HedgeKinds>(a) | static_cast<HedgeKinds>(b);
}
[[nodiscard]] constexpr HedgeKinds operator|(HedgeKinds a, FigureHedge b) { return a | static_cast<HedgeKinds>(b); }
inline constexpr HedgeKinds kEveryHedge = FigureHedge::kApproximate | FigureHedge::kBound | FigureHedge::kRestrictive;
inline constexpr HedgeKinds kRestrictiveHedges = static_cast<HedgeKinds>(FigureHedge::kRestrictive);
inline constexpr HedgeKinds kApproximateHedges = static_cast<HedgeKinds>(FigureHedge::kApproximate);

// A hedge the figure reader takes into a figure before its number (data/value_hedges.tsv): lower case, a
// blank standing for any run of blanks; whether the value is about the number, and how the number bounds it.
struct ValueHedge {
  std::string phrase;
  bool approximate = false;
  graph::Bound bound = graph::Bound::kExact;
};

struct Lexicon {
  WordSet roles;  // "chief executive", "lawyer"
  std::size_t longestRoleWords = 1;
  WordMap<std::string> speechVerbs;  // "writing" -> "wrote"
  WordSet mindVerbs;                 // base forms that speak only for a person or organisation: "found"
  // Base forms marked "that" in data/speech_verbs.txt ("showed", "discovered"): they report only
  // before a that-clause, never as a participle or in the passive.
  WordSet thatVerbs;
  // speechVerbs, then WordNet's reporting verbs (data/reporting_verbs.tsv): each form that
  // data/speech_verbs.txt does not list -> its past form ("asserting" -> "asserted", "advocates"
  // -> "advocated"), in one table so that a token is looked up with one probe
  // (Attributions::speechVerb asks of every token). Read by the attribution rules only, not by the
  // entity and subject finders; a form not in speechVerbs reports only before "that" or a
  // quotation (Attributions::reportedClauseFollows).
  WordMap<std::string> speechForms;
  // Past forms of those whose first sense is a verb.communication one: they report in the
  // passive with "by" too ("was advocated by").
  WordSet communicationVerbs;
  // Past forms of every verb of data/reporting_verbs.tsv (a sense of saying or belief that takes a
  // that-clause, WordNet's frame 26): verbs whose object is a proposition ("claimed", "estimated",
  // "suggested"), not a thing ("published", "cited", "revealed").
  WordSet propositionVerbs;
  WordSet orgSuffixes;
  WordSet givenNames;
  WordSet nonEntities;
  std::vector<MeasureRule> measures;
  // Every measure cue (1-3 folded words) -> the rules it belongs to, so a window of text is
  // matched by probing its word n-grams instead of searching it once per cue.
  WordMap<std::vector<std::size_t>> measureCues;
  std::size_t longestCueWords = 1;
  // The first words of every cue of more words ("market" of "market value"): a phrase that is none
  // of these is the start of no longer cue, so a window's n-grams from a word stop there.
  WordSet measureCuePrefixes;
  // Figures (Quantity.cpp sorts these for its look-ups).
  WordSet functionWords;                     // never part of a counted noun: "the", "about"
  std::vector<std::string> identifierWords;  // "number 1", "Article 5"
  WordSet editionNouns;                      // "the first version of GPT" (data/edition_nouns.txt)
  std::vector<std::string> temporalWords;    // "in 2021", "the 2024 models"
  // Adverbials of an earlier stage ("initially", "in its early stages"), folded words
  // (data/earlier_stage_phrases.txt).
  std::vector<std::vector<std::string>> earlierStagePhrases;
  // Adverbials that point back to a time the text has just named ("by this time", "that year"),
  // lower case, each with how much of that date it keeps: 10 (all of it), 7 (its month) or 4 (its
  // year) characters of ISO 8601, whether it counts only where it opens its sentence and whether only
  // punctuation may end it (data/anaphoric_time_phrases.tsv).
  struct TimeAnaphorPhrase {
    std::string words;
    std::size_t keep = 10;
    bool opening = false, closed = false;
  };
  std::vector<TimeAnaphorPhrase> anaphoricTimePhrases;
  std::vector<std::string> irregularPlurals;  // "people", "staff"
  std::vector<std::string> pictureNouns;      // "512x512 images": sides in pixels (data/picture_nouns.txt)
  // Entities and attribution.
  WordSet prepositions;         // a name after one is no clause subject
  WordSet legalForms;           // "inc", "gmbh": dropped in a short form
  WordSet publicBodies;         // "agency", "union": not "the company"
  WordSet companyNouns;         // "the company", "the lab"
  WordSet eventWords;           // "summit", "crash"
  WordSet skippableBeforeVerb;  // "Acme itself later said"
  WordSet abstractNouns;        // "discipline", "ability": a field or a concept, by WordNet's first sense
  WordSet workNouns;            // "dissertation", "report", "estimate": a work whose maker follows "by" (WordNet)
  WordSet statisticNouns;       // "standard deviation", "precision": a value after one is its (MeasureNames.h)
  WordSet valueNouns;           // "temperature", "learning rate": a bare number after one is its (same table, "value")
  WordSet nameParticles;        // "van", "ibn" inside a name; "al-" written onto one (data/name_particles.txt)
  // Tables: header cells (lower case) by what they say their column holds.
  std::array<WordSet, kHeaderRoles> tableHeaders;
  // Headings of an assistant's page by what their section holds: parts of a heading's lower-case text
  // (kInstructions) or its folded words (the others).
  std::array<std::vector<std::string>, kPromptHeadings> promptHeadings;
  // Hedges between a word and its figure, folded, by kind (data/figure_hedges.tsv); the most words one has.
  WordMap<FigureHedge> figureHedges;
  std::size_t longestHedgeWords = 1;
  // The figure reader's hedges, each with its bound, in the file's order (data/value_hedges.tsv).
  std::vector<ValueHedge> valueHedges;

  // Whether `word`, its ASCII letters lowered, is a function word (data/function_words.txt): the
  // one look-up every reader of the list uses, hashed, so the file's order does not matter.
  [[nodiscard]] bool isFunctionWord(std::string_view word) const { return containsLower(functionWords, word); }
  // References: a web site's host or registrable domain -> its name ("spectrum.ieee.org" -> "IEEE
  // Spectrum"), as the snapshot's reference lists name it (data/site_names.tsv).
  WordMap<std::string> siteNames;
  // Those names that are one word and no English word, as written ("NVIDIA", "AMD", "AWS"; not
  // "Medium", "Nature"): organisations the corpus's references cite, so a maker before a product's name.
  WordSet siteNameWords;
  // Proper adjectives -> the proper noun each pertains to, as written ("Irish" -> "Ireland"), from
  // WordNet 3.0 (data/pertainyms.tsv, scripts/pertainyms.py); read by the statement reader.
  WordMap<std::string> pertainyms;
  // Initials with full stops -> the place they name, as written ("U.S." -> "United States"), from
  // WordNet 3.0 (data/place_short_forms.tsv, scripts/place-short-forms.py): one entity for both.
  WordMap<std::string> placeShortForms;
  // Head nouns that end names of laws and agreements ("act", "treaty"), from WordNet 3.0
  // (data/law_heads.txt, scripts/law-heads.py): such a name runs across "from", "of", "for".
  WordSet lawHeads;
  // Verbs -> the noun for a person who does each ("contribute" -> "contributor"), from WordNet 3.0
  // (data/agent_nouns.tsv, scripts/agent-nouns.py): what a count of people who did it counts.
  WordMap<std::string> agentNouns;
  // Nouns of a set of so many similar things -> the number ("trio" -> 3), from WordNet 3.0
  // (data/collective_numbers.tsv, scripts/collective-numbers.py): "a trio of groups" counts three groups.
  WordMap<int> collectiveNumbers;
  // Adjectives of size and extent -> the magnitude each gives a value of ("deep" -> "depth"), from WordNet 3.0
  // (data/attribute_adjectives.tsv, scripts/attribute-adjectives.py): "nine layers deep" is a depth of nine.
  WordMap<std::string> attributeAdjectives;
  // Cite templates: "FAMILY/SLOT" ("cs1/publisher", "literatur/work") -> the parameters that hold the
  // slot, first read first (data/cite_parameters.tsv); identifier parameters and the address each
  // links to, "{}" standing for the identifier (data/cite_identifiers.tsv).
  std::map<std::string, std::vector<std::string>, std::less<>> citeParameters;
  std::vector<std::pair<std::string, std::string>> citeIdentifiers;
  // Infobox fields that carry a figure (data/infobox_fields.tsv), by key ("ceiling_main").
  WordMap<InfoboxField> infoboxFields;
  // Prepositions of time, lower case ("until", "up to", "since"), by what they say of a date after
  // them (data/temporal_prepositions.tsv); longestTimePreposition: the most words one has.
  WordMap<TimeBound> timePrepositions;
  std::size_t longestTimePreposition = 1;
  // Verbs of events that happen once and whose year is a figure ("born" -> "birth year"), and the
  // measures a subject has several of ("publication year"), data/event_years.tsv.
  WordMap<std::string> eventYears;
  WordSet manyEventYears;
  // The verbs of eventYears read only in their plainest forms (flag "adjacent"), those whose subject
  // is the thing ("intransitive"), and the table labels of such a date ("Release Date" -> measure),
  // those of them that date only an event ("event": a talk's "Date").
  WordSet adjacentEventVerbs, intransitiveEventVerbs;
  WordMap<std::string> eventYearLabels;
  WordSet eventDateLabels;
  // Verbs of change, base forms (WordNet verb.change, data/change_verbs.txt): "raise", "lower".
  WordSet changeVerbs;
  // Verbs of a verb and the particle up or down, base forms, with no sense of increase or decrease (WordNet,
  // data/particle_verbs.txt): "make up", "sum up". Before a figure their particle is no word of a change.
  WordSet particleVerbs;
  // Nouns of a difference between two figures (WordNet's disparity and its hyponyms, data/difference_nouns.txt):
  // "gap", "difference". A column headed by one holds differences from a reference, not changes.
  WordSet differenceNouns;
  // Nouns of a procedure, a sequence of steps (WordNet's first senses, and "workflow"; data/procedure_nouns.txt):
  // "## Workflows:" over a numbered list in an assistant's instructions gives the steps, not workflows.
  WordSet procedureNouns;
  // Nouns of a summary (WordNet's summary and the synsets below it, data/summary_nouns.txt): "### Workflow
  // Overview:" sums up the workflow whole.
  WordSet summaryNouns;
  // Words that open a heading over the rest of a set named before it (WordNet's "other" and "additional",
  // data/remainder_words.txt): "### Other Notable Variants" lists some of the variants, not all.
  WordSet remainderWords;
  // Verbs of being behind, base forms, a phrasal verb's words parted by one blank (WordNet's lag and trail
  // synsets, data/lagging_verbs.txt): "trail", "fall behind". A difference "by" after one is below zero.
  std::vector<std::string> laggingVerbs;
  // Verbs whose object may be a length of time, base forms (WordNet's take, last and spend synsets,
  // data/duration_verbs.txt): "takes a dozen years after high school" gives a span, not a story's time.
  WordSet durationVerbs;
  // What a product runs on, written before a name (data/platform_phrases.txt): "running on", "powered by".
  std::vector<std::string> platformPhrases;
  // Words that put a difference's subject below what it is compared with (data/shortfall_words.txt): "3 points
  // behind", "2.6 points lower than", "is lower by 2.6 points".
  WordSet shortfallWords;
  // Sentences.
  WordSet abbreviations;  // "u.s", "inc": no sentence ends after them
  // Lower-case English words (Debian's wamerican, built in): "nearly", "end", "apple". Probed for
  // most capitalised words of running text: open addressing, one slot read a probe, no node chain.
  ViewSet englishWords;
  // Capitalised words of the same list, as written ("Ian", "Georges"): names, most of them given names.
  ViewSet properNames;

  // Section headings, lower case, by what their section holds (data/back_matter.tsv).
  WordMap<BackMatter> backMatter;

  // What a section titled `heading` holds ("See also" -> kPointers); case and outer spaces aside.
  [[nodiscard]] BackMatter backMatterOf(std::string_view heading) const;
  // Whether the section is no prose of the page: it lists its sources or notes, or points elsewhere.
  [[nodiscard]] bool isBackMatter(std::string_view heading) const {
    const BackMatter kind = backMatterOf(heading);
    return kind != BackMatter::kNone && kind != BackMatter::kIllustrations;
  }
  // Whether a table header cell, lower-cased and trimmed, has `role` ("Rank" is a rank column).
  [[nodiscard]] bool isHeader(HeaderRole role, std::string_view lower) const {
    return tableHeaders[static_cast<std::size_t>(role)].count(lower) > 0;
  }
  [[nodiscard]] bool isRole(std::string_view folded) const { return roles.count(folded) > 0; }
  [[nodiscard]] bool isNonEntity(std::string_view folded) const { return nonEntities.count(folded) > 0; }
  // Whether a lower-case word is a common English word ("apple" is, "nvidia" is not).
  [[nodiscard]] bool isEnglishWord(std::string_view lower) const { return englishWords.count(lower) > 0; }
  // Whether folded words, one blank between, are a hedge of one of `kinds` ("just", "up to").
  [[nodiscard]] bool isHedge(std::string_view folded, HedgeKinds kinds) const {
    const auto it = figureHedges.find(folded);
    return it != figureHedges.end() && (static_cast<HedgeKinds>(it->second) & kinds) != 0;
  }
  // How many words of a hedge of one of `kinds` end right before word `end`, the longest hedge first ("up
  // to", not a bare "to"); 0 when none does. `wordAt(k)` gives word k, folded.
  template <class WordAt>
  [[nodiscard]] std::size_t hedgeEndingAt(std::size_t end, HedgeKinds kinds, WordAt wordAt) const {
    std::string phrase;
    for (std::size_t n = std::min(longestHedgeWords, end); n >= 1; --n) {
      phrase.clear();
      for (std::size_t k = end - n; k < end; ++k) (phrase += k > end - n ? " " : "") += wordAt(k);
      if (isHedge(phrase, kinds)) return n;
    }
    return 0;
  }
  // True when folded text starts with a role, whole words ending at one of `separators`:
  // "chief executive satya" does.
  [[nodiscard]] bool startsWithRole(std::string_view folded, std::string_view separators = " ") const;
};

// Parsed once, on first use; thread-safe.
[[nodiscard]] const Lexicon& lexicon();

// The measures data/measures.tsv makes `measure` precise to by a word anywhere in a figure's clause (its
// "clause" rows): "price fall" of "decrease", "pay rise" of "increase", "crowdfunding total" of "funding
// round". A figure of one of them is one of `measure`, made precise (not a total's "before"/"after" rows:
// a total is another quantity than a round).
[[nodiscard]] std::vector<std::string> measureRefinements(std::string_view measure);

// Whether a measure is a change of a quantity, not its level: data/measures.tsv's increase, decrease and
// growth, and the measures its "clause" rows make them precise to (a price fall, a pay rise); also its
// improvement, which the extractor resolves to an increase or a decrease of what improved.
[[nodiscard]] bool isChangeMeasure(std::string_view measure);

// Whether a change measure names which way the quantity went (increase, decrease and their refinements), so
// that its figure is the size of the change ("-8.7%" a decrease of 8.7); "growth" names none: its sign does
// ("growth of -5%").
[[nodiscard]] bool namesDirection(std::string_view measure);

// WordNet 3.0's one-word adjectives, lower case ("additional", "generative"; WordClassData.cpp.in),
// read on first use: a number's unit of time (Quantity.cpp), a kind of AI before "AI" (Entities.cpp).
[[nodiscard]] const ViewSet& wordNetAdjectives();

}  // namespace cg::ingest
