#include "ingest/Lexicon.h"

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <sstream>

#include "graph/Fold.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace data {
extern const char* const kRoles;
extern const char* const kSpeechVerbs;
extern const char* const kReportingVerbs;
extern const char* const kOrgSuffixes;
extern const char* const kGivenNames;
extern const char* const kNonEntities;
extern const char* const kMeasures;
extern const char* const kFunctionWords;
extern const char* const kIdentifierWords;
extern const char* const kEditionNouns;
extern const char* const kTemporalWords;
extern const char* const kIrregularPlurals;
extern const char* const kPictureNouns;
extern const char* const kPrepositions;
extern const char* const kLegalForms;
extern const char* const kPublicBodies;
extern const char* const kCompanyNouns;
extern const char* const kEventWords;
extern const char* const kSkippableBeforeVerb;
extern const char* const kAbstractNouns;
extern const char* const kWorkNouns;
extern const char* const kStatisticNouns;
extern const char* const kNameParticles;
extern const char* const kAbbreviations;
extern const char* const kTableHeaders;
extern const char* const kBackMatter;
extern const char* const kSiteNames;
extern const char* const kPertainyms;
extern const char* const kPlaceShortForms;
extern const char* const kLawHeads;
extern const char* const kAgentNouns;
extern const char* const kCiteParameters;
extern const char* const kCiteIdentifiers;
extern const char* const kTemporalPrepositions;
extern const char* const kEventYears;
extern const char* const kChangeVerbs;
extern const char* const kParticleVerbs;
extern const char* const kDifferenceNouns;
extern const char* const kProcedureNouns;
extern const char* const kSummaryNouns;
extern const char* const kRemainderWords;
extern const char* const kPromptHeadings;
extern const char* const kFigureHedges;
extern const char* const kLaggingVerbs;
extern const char* const kDurationVerbs;
extern const char* const kPlatformPhrases;
extern const char* const kShortfallWords;
extern const char* const kValueHedges;
extern const char* const kCollectiveNumbers;
extern const char* const kAttributeAdjectives;
extern const char* const kAdjectives;  // WordClassData.cpp.in
extern const char* const kEarlierStagePhrases;
extern const char* const kAnaphoricTimePhrases;
extern const char* const kInfoboxFields;
extern const char* const kEnglishWords;
extern const char* const kProperNames;
}  // namespace data

namespace {

// Non-comment lines of a list, trimmed.
std::vector<std::string> lines(const char* text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') continue;
    out.emplace_back(t);
  }
  return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

// The rows "kind<TAB>value" of a built-in table, each given to add(kind, value) with its kind named
// by `kinds`. An unknown kind is a bug of ours in a built-in table: its row is skipped (the table's
// tests name every kind).
template <class Kind, std::size_t N, class Add>
void readKindRows(const char* table, const std::array<std::pair<std::string_view, Kind>, N>& kinds, Add add) {
  for (const auto& line : lines(table)) {
    auto parts = split(line, '\t');
    if (parts.size() != 2) continue;
    for (const auto& [name, kind] : kinds)
      if (parts[0] == name) add(kind, parts[1]);
  }
}

// data/statistic_nouns.txt: noun<TAB>statistic or noun<TAB>value (a bare number's only).
void readStatisticNouns(Lexicon& lex) {
  for (const std::string& line : lines(data::kStatisticNouns)) {
    const std::size_t tab = line.find('\t');
    std::string noun = line.substr(0, tab);
    if (tab != std::string::npos && std::string_view(line).substr(tab + 1) == "value")
      lex.valueNouns.insert(std::move(noun));
    else
      lex.statisticNouns.insert(std::move(noun));
  }
}

// data/table_headers.tsv: role<TAB>header.
void readTableHeaders(Lexicon& lex) {
  static constexpr std::array<std::pair<std::string_view, HeaderRole>, kHeaderRoles> kRoles = {{
      {"model", HeaderRole::kModel},
      {"rank", HeaderRole::kRank},
      {"score", HeaderRole::kScore},
      {"benchmarks", HeaderRole::kBenchmarks},
      {"average", HeaderRole::kAverage},
      {"scoreword", HeaderRole::kScoreWord},
      {"attribute", HeaderRole::kAttribute},
      {"describes", HeaderRole::kDescribes},
      {"introduced", HeaderRole::kIntroduced},
      {"rating", HeaderRole::kRating},
      {"dated", HeaderRole::kDated},
      {"setting", HeaderRole::kSetting},
      {"value", HeaderRole::kValue},
  }};
  readKindRows(data::kTableHeaders, kRoles, [&](HeaderRole role, const std::string& header) {
    lex.tableHeaders[static_cast<std::size_t>(role)].insert(header);
  });
}

// data/back_matter.tsv: kind<TAB>heading.
void readBackMatter(Lexicon& lex) {
  static constexpr std::array<std::pair<std::string_view, BackMatter>, 4> kKinds = {{
      {"sources", BackMatter::kSources},
      {"notes", BackMatter::kNotes},
      {"pointers", BackMatter::kPointers},
      {"illustrations", BackMatter::kIllustrations},
  }};
  readKindRows(data::kBackMatter, kKinds, [&](BackMatter kind, const std::string& heading) {
    lex.backMatter.emplace(graph::lowerAscii(heading), kind);
  });
}

// data/prompt_headings.tsv: kind<TAB>text.
void readPromptHeadings(Lexicon& lex) {
  static constexpr std::array<std::pair<std::string_view, PromptHeading>, kPromptHeadings> kKinds = {{
      {"instructions", PromptHeading::kInstructions},
      {"starters", PromptHeading::kStarters},
      {"prompts", PromptHeading::kPrompts},
      {"examples", PromptHeading::kExamples},
  }};
  readKindRows(data::kPromptHeadings, kKinds, [&](PromptHeading kind, const std::string& text) {
    lex.promptHeadings[static_cast<std::size_t>(kind)].push_back(text);
  });
}

// data/figure_hedges.tsv: kind<TAB>phrase.
void readFigureHedges(Lexicon& lex) {
  static constexpr std::array<std::pair<std::string_view, FigureHedge>, 3> kKinds = {{
      {"approximate", FigureHedge::kApproximate},
      {"bound", FigureHedge::kBound},
      {"restrictive", FigureHedge::kRestrictive},
  }};
  readKindRows(data::kFigureHedges, kKinds, [&](FigureHedge kind, const std::string& phrase) {
    lex.figureHedges.emplace(phrase, kind);
    lex.longestHedgeWords = std::max(lex.longestHedgeWords, split(phrase, ' ').size());
  });
}

// The words of a built-in list, one or more a line.
std::vector<std::string> listWords(const char* list) {
  std::vector<std::string> out;
  for (const auto& line : lines(list))
    for (auto& word : split(line, ' ')) out.push_back(std::move(word));
  return out;
}

// data/roles.txt: a role a line ("chief executive"); the longest in words bounds the search for one.
void readRoles(Lexicon& lex) {
  for (const auto& role : lines(data::kRoles)) {
    lex.roles.insert(role);
    lex.longestRoleWords = std::max(lex.longestRoleWords, split(role, ' ').size());
  }
}

// data/speech_verbs.txt: form<TAB>base, with a third column "that" or "mind" for the verbs that speak
// only so.
void readSpeechVerbs(Lexicon& lex) {
  for (const auto& line : lines(data::kSpeechVerbs)) {
    auto parts = split(line, '\t');
    if (parts.size() < 2 || parts.size() > 3) continue;
    // "that": a verb that reports only before a that-clause ("discovered that"): a form outside
    // speechVerbs, read by Attributions::attributions' own rule for thatVerbs.
    if (parts.size() == 3 && parts[2] == "that") {
      lex.speechForms.emplace(parts[0], parts[1]);
      lex.thatVerbs.insert(parts[1]);
      continue;
    }
    lex.speechVerbs.emplace(parts[0], parts[1]);
    if (parts.size() == 3 && parts[2] == "mind") lex.mindVerbs.insert(parts[1]);
  }
  for (const auto& [form, base] : lex.speechVerbs) lex.speechForms.emplace(form, base);
}

// data/reporting_verbs.tsv: WordNet's reporting verbs, form<TAB>base<TAB>class, read after the vetted
// list: a form the list has keeps its reading there ("believing" stays a mind verb); the others
// ("asserting", "note", "advocated") read strictly.
void readReportingVerbs(Lexicon& lex) {
  for (const auto& line : lines(data::kReportingVerbs)) {
    auto parts = split(line, '\t');
    if (parts.size() != 3) continue;
    lex.propositionVerbs.insert(parts[1]);
    if (lex.speechVerbs.count(parts[0])) continue;
    lex.speechForms.emplace(parts[0], parts[1]);
    if (parts[2] == "communication") lex.communicationVerbs.insert(parts[1]);
  }
}

// data/measures.tsv: class[ next| near]<TAB>cue|cue...<TAB>label. Cues are folded as text is ("post-money"
// reads as "post money"), so that they match its words.
void readMeasures(Lexicon& lex) {
  for (const auto& line : lines(data::kMeasures)) {
    auto parts = split(line, '\t');
    if (parts.size() != 3) continue;
    std::vector<std::string> cues;
    for (const auto& cue : split(parts[1], '|')) {
      std::string folded;
      for (const auto& word : graph::foldTokens(cue)) folded += (folded.empty() ? "" : " ") + word;
      if (!folded.empty()) cues.push_back(std::move(folded));
    }
    constexpr std::string_view kNext = " next", kNear = " near";
    const bool next = std::string_view(parts[0]).ends_with(kNext);
    const bool near = std::string_view(parts[0]).ends_with(kNear);
    if (next || near) parts[0].resize(parts[0].size() - (next ? kNext : kNear).size());
    lex.measures.push_back({parts[0], std::move(cues), parts[2], next, near});
  }
}

// The lists of words, one or more a line, and of phrases, one a line.
void readWordLists(Lexicon& lex) {
  for (const auto& s : lines(data::kOrgSuffixes)) lex.orgSuffixes.insert(s);
  for (auto& w : listWords(data::kGivenNames)) lex.givenNames.insert(std::move(w));
  for (auto& w : listWords(data::kNonEntities)) lex.nonEntities.insert(std::move(w));
  for (auto& w : listWords(data::kFunctionWords)) lex.functionWords.insert(std::move(w));
  lex.identifierWords = listWords(data::kIdentifierWords);
  for (auto& w : listWords(data::kEditionNouns)) lex.editionNouns.insert(std::move(w));
  lex.temporalWords = listWords(data::kTemporalWords);
  lex.irregularPlurals = listWords(data::kIrregularPlurals);
  lex.pictureNouns = listWords(data::kPictureNouns);
  for (auto& w : listWords(data::kPrepositions)) lex.prepositions.insert(std::move(w));
  for (auto& w : listWords(data::kLegalForms)) lex.legalForms.insert(std::move(w));
  for (auto& w : listWords(data::kPublicBodies)) lex.publicBodies.insert(std::move(w));
  for (auto& w : listWords(data::kCompanyNouns)) lex.companyNouns.insert(std::move(w));
  for (auto& w : listWords(data::kEventWords)) lex.eventWords.insert(std::move(w));
  for (auto& w : listWords(data::kSkippableBeforeVerb)) lex.skippableBeforeVerb.insert(std::move(w));
  for (auto& w : listWords(data::kAbstractNouns)) lex.abstractNouns.insert(std::move(w));
  for (auto& w : listWords(data::kWorkNouns)) lex.workNouns.insert(std::move(w));
  for (auto& w : listWords(data::kNameParticles)) lex.nameParticles.insert(std::move(w));
  for (auto& w : listWords(data::kAbbreviations)) lex.abbreviations.insert(std::move(w));
  for (auto& w : listWords(data::kChangeVerbs)) lex.changeVerbs.insert(std::move(w));
  for (const auto& verb : lines(data::kParticleVerbs)) lex.particleVerbs.insert(verb);
  for (auto& w : listWords(data::kDifferenceNouns)) lex.differenceNouns.insert(std::move(w));
  for (auto& w : listWords(data::kProcedureNouns)) lex.procedureNouns.insert(std::move(w));
  for (auto& w : listWords(data::kSummaryNouns)) lex.summaryNouns.insert(std::move(w));
  for (auto& w : listWords(data::kRemainderWords)) lex.remainderWords.insert(std::move(w));
  for (const auto& line : lines(data::kEarlierStagePhrases))
    if (auto phrase = graph::foldTokens(line); !phrase.empty()) lex.earlierStagePhrases.push_back(std::move(phrase));
  for (auto& w : listWords(data::kLawHeads)) lex.lawHeads.insert(std::move(w));
  lex.laggingVerbs = lines(data::kLaggingVerbs);
  for (auto& w : listWords(data::kDurationVerbs)) lex.durationVerbs.insert(std::move(w));
  lex.platformPhrases = lines(data::kPlatformPhrases);
  for (auto& w : listWords(data::kShortfallWords)) lex.shortfallWords.insert(std::move(w));
}

// Whether a table row's optional column `at` ("flag,flag") holds `flag`.
bool hasFlag(const std::vector<std::string>& parts, std::size_t at, std::string_view flag) {
  if (parts.size() <= at) return false;
  const std::vector<std::string> flags = split(parts[at], ',');
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

// data/temporal_prepositions.tsv: phrase<TAB>end|start|opening|point, the part of a time the phrase
// names.
void readTimePrepositions(Lexicon& lex) {
  for (const auto& line : lines(data::kTemporalPrepositions)) {
    auto parts = split(line, '\t');
    if (parts.size() != 2) continue;
    const TimeBound bound = parts[1] == "end"       ? TimeBound::kEnd
                            : parts[1] == "start"   ? TimeBound::kStart
                            : parts[1] == "opening" ? TimeBound::kOpeningStart
                                                    : TimeBound::kPoint;
    lex.longestTimePreposition = std::max(lex.longestTimePreposition, split(parts[0], ' ').size());
    lex.timePrepositions.emplace(parts[0], bound);
  }
}

// data/anaphoric_time_phrases.tsv: phrase<TAB>year|month|day[<TAB>flags], how much of the date named
// before the phrase it keeps.
void readAnaphoricTimePhrases(Lexicon& lex) {
  for (const auto& line : lines(data::kAnaphoricTimePhrases)) {
    auto parts = split(line, '\t');
    if (parts.size() < 2) continue;
    const std::size_t keep = parts[1] == "year" ? 4 : parts[1] == "month" ? 7 : 10;
    lex.anaphoricTimePhrases.push_back({parts[0], keep, hasFlag(parts, 2, "opening"), hasFlag(parts, 2, "closed")});
  }
}

// data/event_years.tsv: verb<TAB>what the year is called<TAB>one|many[<TAB>flags].
void readEventYears(Lexicon& lex) {
  for (const auto& line : lines(data::kEventYears)) {
    auto parts = split(line, '\t');
    if (parts.size() != 3 && parts.size() != 4) continue;
    if (parts[2] == "many") lex.manyEventYears.insert(parts[1]);
    if (hasFlag(parts, 3, "label")) {
      lex.eventYearLabels.emplace(parts[0], parts[1]);
      if (hasFlag(parts, 3, "event")) lex.eventDateLabels.insert(parts[0]);
      continue;
    }
    lex.eventYears.emplace(parts[0], parts[1]);
    if (hasFlag(parts, 3, "adjacent")) lex.adjacentEventVerbs.insert(parts[0]);
    if (hasFlag(parts, 3, "intransitive")) lex.intransitiveEventVerbs.insert(parts[0]);
  }
}

// The tables of pairs key<TAB>value: site names, pertainyms, places' short forms, agent nouns, collective numbers,
// attribute adjectives.
void readPairTables(Lexicon& lex) {
  for (const auto& line : lines(data::kSiteNames))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.siteNames.emplace(parts[0], parts[1]);
  for (const auto& line : lines(data::kPertainyms))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.pertainyms.emplace(parts[0], parts[1]);
  for (const auto& line : lines(data::kPlaceShortForms))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.placeShortForms.emplace(parts[0], parts[1]);
  for (const auto& line : lines(data::kAgentNouns))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.agentNouns.emplace(parts[0], parts[1]);
  for (const auto& line : lines(data::kCollectiveNumbers))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.collectiveNumbers.emplace(parts[0], std::stoi(parts[1]));
  for (const auto& line : lines(data::kAttributeAdjectives))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.attributeAdjectives.emplace(parts[0], parts[1]);
}

// The fields of citation templates (data/cite_parameters.tsv, cite_identifiers.tsv) and of
// infoboxes (data/infobox_fields.tsv). A citation parameter of every family ("*") is listed under
// each, in the file's order.
void readTemplateFields(Lexicon& lex) {
  for (const auto& line : lines(data::kCiteParameters))
    if (auto parts = split(line, '\t'); parts.size() == 3)
      for (std::string_view family : {"cs1", "internetquelle", "literatur"})
        if (parts[0] == "*" || parts[0] == family)
          lex.citeParameters[std::string(family) + "/" + parts[1]].push_back(parts[2]);
  for (const auto& line : lines(data::kCiteIdentifiers))
    if (auto parts = split(line, '\t'); parts.size() == 2) lex.citeIdentifiers.emplace_back(parts[0], parts[1]);
  for (const auto& line : lines(data::kInfoboxFields))
    if (auto parts = split(line, '\t'); parts.size() == 3 || parts.size() == 4)
      lex.infoboxFields.emplace(parts[0], InfoboxField{parts[1], parts[2] == "-" ? std::string() : parts[2],
                                                       parts.size() == 4 ? parts[3] : std::string()});
}

// The English word list and the proper names: views into the built-in text, one line a word, no
// copies; then the site names that are one word and no English word.
void readWordViews(Lexicon& lex) {
  auto viewLines = [](std::string_view text, ViewSet& into, std::size_t expected) {
    into.reserve(expected);
    for (std::size_t at = 0; at < text.size();) {
      std::size_t end = std::min(text.find('\n', at), text.size());
      if (end > at) into.insert(text.substr(at, end - at));
      at = end + 1;
    }
  };
  viewLines(data::kEnglishWords, lex.englishWords, 70000);
  viewLines(data::kProperNames, lex.properNames, 12000);
  for (const auto& [site, name] : lex.siteNames)
    if (name.find(' ') == std::string::npos && !containsLower(lex.englishWords, name)) lex.siteNameWords.insert(name);
}

// Whether a rule says which way a figure went in any word of its clause ("rose", "cut"): data/measures.tsv's
// increase, decrease and growth rows, not those whose cue must stand next to or near the figure ("up", "loss").
bool namesMovement(const MeasureRule& rule) {
  return !rule.next && !rule.near && (rule.label == "increase" || rule.label == "decrease" || rule.label == "growth");
}

// A verb among the cues of a rule of movement stands for every form of it that the English word list holds:
// data/measures.tsv writes "raise" and "fell", a text "raised", "falling" or "has risen". A form that is
// already a cue of a rule of the same unit class keeps that rule ("lower" of "lowered" is a percentage's
// cue only next to the figure); another class's ("raised" of a funding round) takes nothing from it.
void inflectMovementCues(Lexicon& lex) {
  WordSet written;  // unit class, tab, cue
  for (const MeasureRule& rule : lex.measures)
    for (const std::string& cue : rule.cues) written.insert(rule.unitClass + '\t' + cue);
  for (MeasureRule& rule : lex.measures) {
    if (!namesMovement(rule)) continue;
    const std::size_t listed = rule.cues.size();
    for (std::size_t i = 0; i < listed; ++i) {
      if (rule.cues[i].find(' ') != std::string::npos) continue;
      for (std::string& form : verbForms(rule.cues[i]))
        if (lex.englishWords.contains(form) && written.insert(rule.unitClass + '\t' + form).second)
          rule.cues.push_back(std::move(form));
    }
  }
}

// The measures' cues indexed: the rules of each cue, the longest cue in words, and the word prefixes
// of the cues of more than one word.
void indexMeasureCues(Lexicon& lex) {
  for (std::size_t r = 0; r < lex.measures.size(); ++r)
    for (const auto& cue : lex.measures[r].cues) {
      lex.measureCues[cue].push_back(r);
      lex.longestCueWords = std::max(lex.longestCueWords, split(cue, ' ').size());
      for (std::size_t space = cue.find(' '); space != std::string::npos; space = cue.find(' ', space + 1))
        lex.measureCuePrefixes.insert(cue.substr(0, space));
    }
}

// data/value_hedges.tsv: bound<TAB>approximate|stated<TAB>phrase, in the file's order.
void readValueHedges(Lexicon& lex) {
  static constexpr std::array<std::pair<std::string_view, graph::Bound>, 3> kBounds = {{
      {"exact", graph::Bound::kExact},
      {"at least", graph::Bound::kAtLeast},
      {"at most", graph::Bound::kAtMost},
  }};
  for (const auto& line : lines(data::kValueHedges)) {
    const auto parts = split(line, '\t');
    if (parts.size() != 3) continue;
    for (const auto& [name, bound] : kBounds)
      if (parts[0] == name) lex.valueHedges.push_back({parts[2], parts[1] == "approximate", bound});
  }
}

Lexicon build() {
  Lexicon lex;
  readRoles(lex);
  readSpeechVerbs(lex);
  readReportingVerbs(lex);  // after the speech verbs, whose readings win
  readMeasures(lex);
  readWordLists(lex);
  readStatisticNouns(lex);
  readTableHeaders(lex);
  readBackMatter(lex);
  readPromptHeadings(lex);
  readFigureHedges(lex);
  readValueHedges(lex);
  readTimePrepositions(lex);
  readAnaphoricTimePhrases(lex);
  readEventYears(lex);
  readPairTables(lex);
  readTemplateFields(lex);
  readWordViews(lex);        // after the site names
  inflectMovementCues(lex);  // after the measures and the English words
  indexMeasureCues(lex);     // after the measures' forms
  return lex;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon lex = build();
  return lex;
}

std::vector<std::string> measureRefinements(std::string_view measure) {
  std::vector<std::string> narrower;
  for (const MeasureRule& rule : lexicon().measures) {
    constexpr std::string_view kClause = "clause ";
    const std::string_view side = rule.unitClass;
    if (side.starts_with(kClause) && side.substr(kClause.size()) == measure &&
        std::find(narrower.begin(), narrower.end(), rule.label) == narrower.end())
      narrower.push_back(rule.label);
  }
  return narrower;
}

namespace {

// The changes `changes` name and the measures data/measures.tsv's "clause" rows make them precise to.
std::vector<std::string> changesAndRefinements(std::initializer_list<const char*> changes) {
  std::vector<std::string> out;
  for (const char* change : changes) {
    out.emplace_back(change);
    for (std::string& narrower : measureRefinements(change)) out.push_back(std::move(narrower));
  }
  return out;
}

}  // namespace

// A speed-up and a slowdown are changes too (of time or throughput): carried to no figure whose words state none.
bool isChangeMeasure(std::string_view measure) {
  static const std::vector<std::string> kChanges =
      changesAndRefinements({"increase", "decrease", "growth", "improvement", "speedup", "slowdown"});
  return std::find(kChanges.begin(), kChanges.end(), measure) != kChanges.end();
}

bool namesDirection(std::string_view measure) {
  static const std::vector<std::string> kDirected = changesAndRefinements({"increase", "decrease"});
  return std::find(kDirected.begin(), kDirected.end(), measure) != kDirected.end();
}

const ViewSet& wordNetAdjectives() {
  static const ViewSet set = [] {
    ViewSet words;
    words.reserve(18000);
    for (std::string_view word : splitOn(data::kAdjectives, '\n'))
      if (!word.empty()) words.insert(word);
    return words;
  }();
  return set;
}

namespace {

std::uint32_t viewHash(std::string_view word) { return static_cast<std::uint32_t>(wordHash(word)); }

}  // namespace

std::size_t ViewSet::find(std::string_view word, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  for (; slots_[at].data; at = (at + 1) & mask)
    if (slots_[at].hash == hash && std::string_view(slots_[at].data, slots_[at].size) == word) break;
  return at;
}

void ViewSet::insert(std::string_view word) {
  if (word.empty()) {
    hasEmpty_ = true;
    return;
  }
  const std::uint32_t hash = viewHash(word);
  Slot& slot = slots_[find(word, hash)];
  if (slot.data) return;
  slot = {word.data(), static_cast<std::uint32_t>(word.size()), hash};
  if (++used_ * 2 > slots_.size()) grow();
}

bool ViewSet::contains(std::string_view word) const {
  if (word.empty()) return hasEmpty_;
  return slots_[find(word, viewHash(word))].data != nullptr;
}

void ViewSet::reserve(std::size_t words) {
  std::size_t size = slots_.size();
  while (size < 2 * words) size *= 2;
  if (size != slots_.size()) rehash(size);
}

void ViewSet::grow() { rehash(slots_.size() * 2); }

void ViewSet::rehash(std::size_t size) {
  std::vector<Slot> old(size);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (!slot.data) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].data) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

BackMatter Lexicon::backMatterOf(std::string_view heading) const {
  auto it = backMatter.find(graph::lowerAscii(trim(heading)));
  return it == backMatter.end() ? BackMatter::kNone : it->second;
}

bool Lexicon::startsWithRole(std::string_view folded, std::string_view separators) const {
  // A role is at most longestRoleWords words: probe the text's first one, two, ... words.
  // The separators are one or two bytes: tested in place (find_first_of calls memchr per byte).
  auto separatorAt = [&](std::size_t i) {
    return std::any_of(separators.begin(), separators.end(), [&](char s) { return folded[i] == s; });
  };
  std::size_t end = 0;
  for (std::size_t words = 0; words < longestRoleWords && end < folded.size(); ++words) {
    end += words ? 1 : 0;
    while (end < folded.size() && !separatorAt(end)) ++end;
    if (roles.count(folded.substr(0, end))) return true;
  }
  return false;
}

}  // namespace cg::ingest
