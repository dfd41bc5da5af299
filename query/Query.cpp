#include "query/Query.h"
#include "query/CountNouns.h"
#include "query/Initials.h"
#include "query/SubjectPhrase.h"
#include "query/WikiSources.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <span>
#include <tuple>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "graph/AsciiRun.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Attributions.h"
#include "ingest/CountingVerbs.h"
#include "ingest/Dates.h"
#include "ingest/Entities.h"
#include "ingest/EntityRegistry.h"
#include "ingest/Ingest.h"
#include "ingest/LabelledMeasures.h"
#include "ingest/Lexicon.h"
#include "ingest/MeasureNames.h"
#include "ingest/Quantity.h"
#include "ingest/Rates.h"
#include "ingest/Scores.h"
#include "ingest/StatedValues.h"
#include "ingest/Statement.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/Words.h"
#include "ingest/WrittenNames.h"
#include "reason/ClaimValues.h"
#include "reason/Markets.h"

namespace cg::query {
namespace {

using graph::Claim;
using graph::ClaimKind;

const std::set<std::string>& stopWords() {
  static const std::set<std::string> kWords = {"the",  "a",    "an", "of",   "in",  "on",  "at", "to",
                                               "and",  "or",   "by", "for",  "was", "is",  "it", "its",
                                               "that", "with", "as", "from", "who", "what"};
  return kWords;
}

// Half a unit of the last significant digit a written figure gives: "590 billion" -> 5 billion
// when trailing zeros are not significant, else 0.5 billion.
double writtenPrecision(const graph::Quantity& q, bool zerosSignificant = false) {
  double v = std::fabs(q.value.value_or(0));
  if (v == 0) return 0;
  std::string digits;
  for (char ch : q.text)
    if ((ch >= '0' && ch <= '9') || ch == '.') digits.push_back(ch);
  std::size_t dot = digits.find('.');
  std::string whole = digits.substr(0, dot);
  int significantDecimals = dot == std::string::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
  int trailingZeros = 0;
  for (auto it = whole.rbegin(); it != whole.rend() && *it == '0' && significantDecimals == 0 && !zerosSignificant;
       ++it)
    ++trailingZeros;
  double number = std::stod(digits.empty() || digits == "." ? "0" : digits);
  if (number == 0) return 0;
  double unitOfLast = std::pow(10.0, trailingZeros - significantDecimals);
  return v * (unitOfLast / 2) / number;
}

// The first position in [at, end) whose claim is not below `target`: doubling steps from
// `at`, then a binary search within the last step, so a short move costs a few probes.
const ClaimId* gallop(const ClaimId* at, const ClaimId* end, ClaimId target) {
  std::ptrdiff_t step = 1;
  while (end - at > step && at[step] < target) {
    at += step;
    step *= 2;
  }
  return std::lower_bound(at, at + std::min(step + 1, end - at), target);
}

// Calls `found(c)` for each claim in both sorted, duplicate-free lists, in claim order, until
// it returns false. With SSE2, four claims of each list are compared at once (each of one
// block against each of the other), and the block whose last claim is smaller moves on: a
// claim is in one block pair at most once, so each match is reported once.
template <class F>
void intersectSorted(std::span<const ClaimId> a, std::span<const ClaimId> b, F&& found) {
  // A ClaimId is a uint32 in memory (graph/Ids.h), so four of them load as one SSE2 register.
  const ClaimId* x = a.data();
  const ClaimId* y = b.data();
  const ClaimId* const xEnd = x + a.size();
  const ClaimId* const yEnd = y + b.size();
#if defined(__SSE2__)
  while (xEnd - x >= 4 && yEnd - y >= 4) {
    __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x));
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(y));
    __m128i eq = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi32(u, v), _mm_cmpeq_epi32(u, _mm_shuffle_epi32(v, _MM_SHUFFLE(0, 3, 2, 1)))),
        _mm_or_si128(_mm_cmpeq_epi32(u, _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2))),
                     _mm_cmpeq_epi32(u, _mm_shuffle_epi32(v, _MM_SHUFFLE(2, 1, 0, 3)))));
    if (int mask = _mm_movemask_ps(_mm_castsi128_ps(eq)))
      for (int k = 0; k < 4; ++k)
        if (mask & (1 << k) && !found(x[k])) return;
    const ClaimId xLast = x[3], yLast = y[3];
    x += xLast <= yLast ? 4 : 0;
    y += yLast <= xLast ? 4 : 0;
  }
#endif
  while (x < xEnd && y < yEnd) {
    const ClaimId u = *x, v = *y;
    if (u == v && !found(u)) return;
    x += u <= v;
    y += v <= u;
  }
}

// The indices Engine::attachIndices stores in a graph, by name; "v1" names this layout of them.
constexpr std::string_view kFamily = "check-v1.family", kFamilyHasFigures = "check-v1.family-has-figures",
                           kUnits = "check-v1.units", kMeasures = "check-v1.measures",
                           kSubjectOffsets = "check-v1.subject-offsets", kSubjectRuns = "check-v1.subject-runs",
                           kMakerOffsets = "check-v1.maker-offsets", kMakerRuns = "check-v1.maker-runs",
                           kNameGroupOf = "check-v1.name-group-of", kNameGroupStarts = "check-v1.name-group-starts",
                           kNameGroupMembers = "check-v1.name-group-members",
                           kFigureUnits = "who-claimed-v1.figure-units", kFigureStarts = "who-claimed-v1.figure-starts",
                           kFigureValues = "who-claimed-v1.figure-values", kHeadedText = "check-v1.headed-text",
                           kHeadedRows = "check-v1.headed-rows";

// A stored index that names a row, a claim or an entity outside the graph: the snapshot was forged
// (its checksum holds) or written by a build with other indices.
[[noreturn]] void storedIndexCorrupt() {
  throw Error("corrupt claimgraph snapshot: an index stored with the graph is out of range");
}

// The rows of the graph's attached index `name`, read in place; nullopt when it has none of that
// name, or the bytes are not whole rows at a row's alignment (then the index is built instead).
template <class T>
std::optional<std::span<const T>> storedRows(const graph::ClaimGraph& g, std::string_view name) {
  static_assert(std::is_trivially_copyable_v<T>);
  const auto bytes = g.attachedIndex(name);
  if (!bytes || bytes->size() % sizeof(T) != 0 || reinterpret_cast<std::uintptr_t>(bytes->data()) % alignof(T) != 0)
    return std::nullopt;
  return std::span<const T>(reinterpret_cast<const T*>(bytes->data()), bytes->size() / sizeof(T));
}

template <class T>
void attachRows(graph::ClaimGraph& g, std::string_view name, std::span<const T> rows) {
  static_assert(std::is_trivially_copyable_v<T>);
  g.attachIndex(std::string(name), std::string(reinterpret_cast<const char*>(rows.data()), rows.size_bytes()));
}

}  // namespace

// The forms termTitled reads in term pages' titles (each title with figures less its bracketed
// parts, then less each inner word), in the order it meets them, and by their first word: a check
// looks up the statement's words instead of folding every title of the graph (10^4 pages at 10^6
// claims: ten million instructions a check). Built on a check's first need (termTitlesOf).
struct TermTitles {
  struct Form {
    std::vector<std::string> words;
    EntityId entity;
    bool headless = false;  // the title less its head noun ("time series" of "Time series analysis")
  };
  std::vector<Form> forms;
  std::unordered_map<std::string, std::vector<std::uint32_t>> byFirstWord;  // ascending form numbers
};

struct Engine::Indices {
  struct Value {  // stored as it is (Engine::attachIndices): no padding
    double value;
    ClaimId claim;
    std::uint32_t range = 0;  // 1: the claim is a range (it ranks below a point)
    bool operator<(const Value& o) const { return value < o.value || (value == o.value && claim < o.claim); }
  };
  // Per unit (in the order of the first claim of each), its figures' values sorted (points, lows,
  // highs): unit u's are values[starts[u], starts[u + 1]).
  struct UnitValues {
    std::string_view unit;
    std::span<const Value> values;
  };
  std::vector<UnitValues> figures;
  std::vector<graph::StrId> figureUnitStrings;  // each unit's string, as stored
  graph::Column<std::uint32_t> figureStarts;
  graph::Column<Value> figureValues;
  bool readFigures(const graph::ClaimGraph& g);
  void buildFigures(const graph::ClaimGraph& g);
  graph::Column<EntityId> family;  // entity -> its maker ("DeepSeek V3" -> DeepSeek), or itself
  // Per entity, whether a figure claim is about it or a member of its family (hasFigures).
  graph::Column<std::uint8_t> familyHasFigures;
  // (subject, set) for every contested set with a subject, sorted: the sets about an entity. The
  // sets that name it in a value are its claims' (graph::ClaimGraph::contestedSetsOf), so no
  // question builds every entity's sets before its first answer (a third of it at 10^6, issue #16).
  std::vector<std::pair<EntityId, ContestedId>> setsBySubject;
  // Per claim, whether a contested set holds it: one pass over the sets' values (milliseconds at
  // 10^6 claims), read for every hit of every answer, where the graph's in-edges of a claim cost a
  // cache miss each in a table of 4 MB.
  std::vector<bool> contested;
  std::once_flag flagsBuilt;
  const std::vector<bool>& needContestedFlags(const graph::ClaimGraph& g) {
    std::call_once(flagsBuilt, [&] {
      contested.assign(g.claims().size(), false);
      for (const auto& set : g.contested())
        for (const auto& v : g.values(set)) contested[v.claim.value()] = true;
    });
    return contested;
  }
  // The figures a check compares, by (subject or maker, unit, measure): a check looks its
  // figures up instead of reading every claim about its subject (issue #16). Units and measures
  // are numbered here (views into the graph's pool); every cost measure shares slot 0, since a
  // cost statement is weighed against every cost figure.
  struct Figure {  // stored as it is (Engine::attachIndices): no padding
    std::uint32_t unit, measure;
    ClaimId claim;
    bool operator<(const Figure& o) const {
      return std::tie(unit, measure, claim) < std::tie(o.unit, o.measure, o.claim);
    }
  };
  // Per entity, its figures sorted by (unit, measure, claim): entity e's are runs[offsets[e],
  // offsets[e + 1]). Laid out by counting, so that only each entity's own run is sorted.
  struct FigureIndex {
    graph::Column<std::uint32_t> offsets;
    graph::Column<Figure> runs;
  };
  static constexpr std::uint32_t kCostSlot = 0;
  std::unordered_map<std::string_view, std::uint32_t> unitNumbers, measureSlots;
  // The graph's measures that a percentage's or multiplier's label gives (ingest/LabelledMeasures.h),
  // by the catch-all measure they refine ("percentage": accuracy, win rate, ...; "other": speedup, ...).
  std::map<std::string, std::vector<std::string>, std::less<>> labelledMeasures;
  // What the two maps above are made from, stored with the figure indices: each unit number's
  // string, and each measure string's slot, by the strings' ids in the graph's pool.
  std::vector<graph::StrId> unitStrings;
  std::vector<std::array<std::uint32_t, 2>> measureStrings;
  FigureIndex figuresBySubject, figuresByMaker;  // the maker is `family`'s
  // The entities of one name key (nameKey: "chain of thought prompting" for "Chain-of-Thought
  // Prompting" and "Chain of Thought Prompting"): entity e's group is groupOf[e], whose members, in
  // entity order, are members[starts[group], starts[group + 1]).
  struct NameGroups {
    graph::Column<std::uint32_t> groupOf, starts;
    graph::Column<EntityId> members;
  };
  NameGroups nameGroups;
  // The entities of e's name key, e among them.
  [[nodiscard]] std::span<const EntityId> sameKey(EntityId e) const;
  // Each group fills in on its first use (thread-safe), as the word index does, so that a fresh
  // process asked one question builds only what that question reads.
  std::once_flag subjectsBuilt, figuresBuilt, familyBuilt, measuresBuilt;
  std::once_flag initialsBuilt, aliasesBuilt;
  std::unique_ptr<InitialsIndex> initials;  // names by their initials ("UK"), on first need
  // Folded alias -> the entity that has it, for aliases of entities with figures that one entity
  // alone has (the graph's name table prefers a name to an alias: "Punjabi" names a figureless
  // entity of its own and is an alias of "Punjabi language", whose figures it means).
  std::unordered_map<std::string, std::optional<EntityId>> figureAliases;
  const std::unordered_map<std::string, std::optional<EntityId>>& needAliases(const graph::ClaimGraph& g) {
    std::call_once(aliasesBuilt, [&] {
      std::vector<bool> withFigures(g.entities().size(), false);
      for (ClaimId c : g.claims().ids())
        if (const Claim& claim = g.claims()[c]; claim.kind == ClaimKind::kFigure && claim.subject.isValid())
          withFigures[claim.subject.value()] = true;
      for (EntityId e : g.entities().ids())
        if (withFigures[e.value()])
          for (graph::StrId alias : g.entities()[e].aliases) {
            auto [it, fresh] = figureAliases.emplace(graph::foldKey(g.str(alias)), e);
            if (!fresh && it->second != e) it->second.reset();  // two entities: the alias does not say which
          }
    });
    return figureAliases;
  }
  // The head of each name "X by Maker" ("Bloom by BigScience": "bloom") -> the entities so named, on
  // first need.
  std::once_flag makerHeadsBuilt;
  std::unordered_map<std::string, std::vector<EntityId>> byMakerHeads;
  const Indices& needMakerHeads(const graph::ClaimGraph& g);
  // nameGroups, on first need.
  std::once_flag nameKeysBuilt;
  const Indices& needNameKeys(const graph::ClaimGraph& g);
  // Pages titled "<name> (<class>)" for a class many pages share ("CK-12 Flexi (GPT)", "ABCmouse
  // (ChatGPT Plugin)"): what a statement writes as "<name> <class word>" ("the CK-12 Flexi GPT",
  // "ABCmouse's ChatGPT plugin") names the page's topic, not the class. Keyed by the folded name and
  // the class's last word ("ck-12 flexi\x1fgpt"), also by the name before a tagline ("There's An API
  // For That - The 1 API Finder (GPT)": "there's an api for that\x1fgpt"); empty where two pages share
  // a key. `classWords` are the last words of those classes, `classQualifiers` the words before them
  // ("chatgpt" of "ChatGPT Plugin"), which a statement may write or leave out.
  // `byName` keys the same pages by their folded name alone (and by the name before " by " of "Cold
  // Mail by DoMore.ai", which both maps also hold): what a statement writes with no class word after it.
  struct HeadedTitles {
    std::unordered_map<std::string, std::optional<EntityId>> byNameAndClass, byName;
    std::set<std::string> classWords, classQualifiers;
  };
  std::once_flag headedBuilt;
  HeadedTitles headed;
  const HeadedTitles& needHeadedTitles(const graph::ClaimGraph& g);
  void buildHeadedTitles(const graph::ClaimGraph& g);
  void buildMakerHeads(const graph::ClaimGraph& g);
  // Reads the stored headed titles (makerHeads false) or maker heads (true): false when there are none.
  bool readKeyedNames(const graph::ClaimGraph& g, bool makerHeads);
  void attachHeadedTitles(graph::ClaimGraph& g) const;
  std::once_flag termTitlesBuilt;
  TermTitles termTitles;  // termTitled's, on first need
  // The events the graph dates (a figure claim of their year held), in entity order, with their names' folded
  // words: datedEventTitled's, on first need.
  std::once_flag datedEventsBuilt;
  std::vector<std::pair<EntityId, std::vector<std::string>>> datedEvents;
  const InitialsIndex& needInitials(const graph::ClaimGraph& g) {
    std::call_once(initialsBuilt, [&] { initials = std::make_unique<InitialsIndex>(g); });
    return *initials;
  }
  const Indices& needSetsBySubject(const graph::ClaimGraph& g);
  const Indices& needFigures(const graph::ClaimGraph& g);
  const Indices& needFamily(const graph::ClaimGraph& g);
  const Indices& needMeasures(const graph::ClaimGraph& g);
  // The parts of the three above: each built from the graph, or read in place from its snapshot
  // where Engine::attachIndices stored it (false: the graph has none).
  void buildFamily(const graph::ClaimGraph& g);
  void buildMeasures(const graph::ClaimGraph& g);
  void buildNameGroups(const graph::ClaimGraph& g);
  bool readFamily(const graph::ClaimGraph& g);
  bool readMeasures(const graph::ClaimGraph& g);
  bool readNameGroups(const graph::ClaimGraph& g);
  void attachTo(graph::ClaimGraph& g) const;
  // The claims of `index` about `e` in `unit` whose measure is `measure` (any cost for a cost).
  // (Every offset and claim it reads checked: a loaded graph's index lies in its file.)
  [[nodiscard]] std::span<const Figure> figuresOf(const FigureIndex& index, EntityId e, std::string_view unit,
                                                  std::string_view measure) const;
  std::size_t claims = 0, entities = 0;  // the graph's, for those checks
};

Engine::Engine(const graph::ClaimGraph& g) : g_(g), indices_(std::make_shared<Indices>()) {
  indices_->claims = g.claims().size();
  indices_->entities = g.entities().size();
}

const Engine::Indices& Engine::Indices::needSetsBySubject(const graph::ClaimGraph& g) {
  std::call_once(subjectsBuilt, [&] {
    for (ContestedId x : g.contested().ids())
      if (const EntityId subject = g.contested()[x].subject; subject.isValid()) setsBySubject.emplace_back(subject, x);
    std::sort(setsBySubject.begin(), setsBySubject.end());
  });
  return *this;
}

namespace {

// Whether contested set `x` is about `e` or names it in a value (as the subject or a claimant of
// one of its claims).
bool involves(const graph::ClaimGraph& g, ContestedId x, EntityId e) {
  const auto& set = g.contested()[x];
  if (set.subject == e) return true;
  for (const auto& v : g.values(set)) {
    if (g.claims()[v.claim].subject == e) return true;
    for (EntityId claimant : g.claimClaimants(v.claim))
      if (claimant == e) return true;
  }
  return false;
}

}  // namespace

const Engine::Indices& Engine::Indices::needFamily(const graph::ClaimGraph& g) {
  std::call_once(familyBuilt, [&] {
    if (!readFamily(g)) buildFamily(g);
  });
  return *this;
}

void Engine::Indices::buildFamily(const graph::ClaimGraph& g) {
  std::vector<EntityId> families;
  families.reserve(g.entities().size());
  for (EntityId e : g.entities().ids()) families.push_back(reason::familyOf(g, e));
  std::vector<std::uint8_t> withFigures(g.entities().size(), 0);
  for (const Claim& claim : g.claims())
    if (claim.kind == ClaimKind::kFigure && claim.subject.isValid())
      withFigures[families[claim.subject.value()].value()] = 1;
  family = graph::Column<EntityId>::own(std::move(families));
  familyHasFigures = graph::Column<std::uint8_t>::own(std::move(withFigures));
}

namespace {

// The head of a name "X by Maker" ("Bloom by BigScience", "Job search by Indeed"): the name before
// " by " when it starts with a capital or a digit and one word follows, the maker, that does too
// ("Improving Language Understanding by Generative Pre-Training" names no maker); empty otherwise.
std::string_view headBeforeBy(std::string_view name) {
  const std::size_t by = name.find(" by ");
  if (by == std::string_view::npos || by == 0 || by + 4 >= name.size()) return {};
  auto capital = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (!capital(name[0]) || !capital(name[by + 4]) || name.find(' ', by + 4) != std::string_view::npos) return {};
  return name.substr(0, by);
}

// Whether two names differ at most in the case of each word's first letter or in a word written all
// in capitals ("BLOOM" and "Bloom", "Job Search" and "Job search"), not in a capital inside a word
// ("LoCAL" is not "Local").
bool sameNameButStyle(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  auto upperWord = [](std::string_view s, std::size_t at) {
    std::size_t begin = s.rfind(' ', at), end = s.find(' ', at);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    const std::string_view w = s.substr(begin, end == std::string_view::npos ? end : end - begin);
    return std::none_of(w.begin(), w.end(), graph::isLowerAscii);
  };
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    const bool wordStart = i == 0 || a[i - 1] == ' ';
    if (!wordStart && !upperWord(a, i) && !upperWord(b, i)) return false;
  }
  return true;
}

}  // namespace

namespace {

// A version number as written after a name's first word, in one form: without a leading "v" and
// trailing ".0" groups ("V3", "3.0" and "3" are one version: "DeepSeek-V3" is "DeepSeek 3.0",
// "cuDNN v8" is "cuDNN 8.0"). Not "2.10" as "2.1", nor a word that is no version ("4o", "v3b").
std::string plainVersion(std::string_view word) {
  if (word.size() >= 2 && word.front() == 'v') word.remove_prefix(1);
  if (word.empty() || !std::isdigit(static_cast<unsigned char>(word.front())) || word.back() == '.' ||
      word.find("..") != std::string_view::npos ||
      !std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
    return {};
  while (word.ends_with(".0")) word.remove_suffix(2);
  return std::string(word);
}

// A folded name of space-separated words with each version after its first word in one form.
std::string withPlainVersions(const std::string& folded) {
  const std::size_t firstEnd = folded.find(' ');
  if (firstEnd == std::string::npos) return folded;
  std::string out = folded.substr(0, firstEnd);
  for (std::size_t at = firstEnd + 1; at <= folded.size();) {
    const std::size_t end = std::min(folded.find(' ', at), folded.size());
    const std::string_view word = std::string_view(folded).substr(at, end - at);
    const std::string version = plainVersion(word);
    out += ' ';
    out += version.empty() ? word : std::string_view(version);
    at = end + 1;
  }
  return out;
}

// A name as a reader matches it: case, hyphens, dashes and spaces aside ("chain-of-thought prompting"
// is "Chain of Thought Prompting"), an acronym's plural as the acronym ("GANs" is "GAN"), and a
// trailing word that says what class of thing is named ("the DIANA algorithm", "the MNIST dataset"),
// and a version in one form ("DeepSeek-V3" is "DeepSeek 3.0": withPlainVersions).
std::string nameKey(std::string_view name) {
  std::string key = graph::foldKey(name);
  // "GANs", "LLMs": two or more capitals and a plural s, as written.
  const std::size_t lastWord = name.find_last_of(" -") == std::string_view::npos ? 0 : name.find_last_of(" -") + 1;
  const std::string_view last = name.substr(lastWord);
  if (last.size() >= 3 && last.back() == 's' &&
      std::all_of(last.begin(), last.end() - 1,
                  [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
      std::count_if(last.begin(), last.end(), graph::isUpperAscii) >= 2 && key.ends_with('s'))
    key.pop_back();
  // Hyphens and underscores as spaces, a run of spaces as one, none at the start: written over the key
  // itself (each byte kept lands at or before the byte it came from), with no second string grown a byte at a time.
  std::string out = std::move(key);
  std::size_t kept = 0;
  for (char c : out) {
    if (c == '-' || c == '_') c = ' ';
    if (c != ' ' || (kept > 0 && out[kept - 1] != ' ')) out[kept++] = c;
  }
  out.resize(kept);
  while (out.ends_with(' ')) out.pop_back();
  // The class word only after a name written as one ("MNIST", "ReAct", "GPT-4"): two capitals or a
  // digit, three characters at least; not after a word ("Agent Framework", "AI benchmark").
  static const std::set<std::string> kClassWords = {"algorithm", "dataset",      "benchmark", "model",
                                                    "framework", "architecture", "method",    "technique"};
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return withPlainVersions(out);
  const std::string cls = graph::lowerAscii(name.substr(space + 1));
  const std::string_view rest = name.substr(0, space);
  const auto capitals = std::count_if(rest.begin(), rest.end(), graph::isUpperAscii);
  const bool digit = std::any_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (kClassWords.count(cls) && rest.size() >= 3 && (capitals >= 2 || digit) && out.ends_with(" " + cls))
    out.resize(out.size() - cls.size() - 1);
  return withPlainVersions(out);
}

// The words that say a superlative is of a model's versions ("its largest version", "the smallest
// Llama model").
constexpr std::string_view kVersionWords[] = {" version", " model", " variant"};

// A model's size as its name writes it after the model's name ("562b", "8b", "1.5b", "350m"):
// parameters, or 0 when the words are no size.
double parameterSize(std::string_view tag) {
  if (tag.size() < 2) return 0;
  const char scale = tag.back();
  const double factor = scale == 'b' ? 1e9 : scale == 'm' ? 1e6 : scale == 't' ? 1e12 : 0;
  const std::string_view number = tag.substr(0, tag.size() - 1);
  if (!factor || !std::all_of(number.begin(), number.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
    return 0;
  return std::strtod(std::string(number).c_str(), nullptr) * factor;
}

}  // namespace

const Engine::Indices& Engine::Indices::needNameKeys(const graph::ClaimGraph& g) {
  std::call_once(nameKeysBuilt, [&] {
    if (!readNameGroups(g)) buildNameGroups(g);
  });
  return *this;
}

void Engine::Indices::buildNameGroups(const graph::ClaimGraph& g) {
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<std::uint32_t> groupOfs, counts;
  groupOfs.reserve(g.entities().size());
  for (EntityId e : g.entities().ids()) {
    auto [it, fresh] =
        numbers.try_emplace(nameKey(g.str(g.entities()[e].name)), static_cast<std::uint32_t>(counts.size()));
    if (fresh) counts.push_back(0);
    ++counts[it->second];
    groupOfs.push_back(it->second);
  }
  std::vector<std::uint32_t> firsts(counts.size() + 1, 0);
  std::partial_sum(counts.begin(), counts.end(), firsts.begin() + 1);
  std::vector<EntityId> all(groupOfs.size());
  std::vector<std::uint32_t> next(firsts.begin(), firsts.end() - 1);
  for (EntityId e : g.entities().ids()) all[next[groupOfs[e.value()]]++] = e;
  nameGroups = {graph::Column<std::uint32_t>::own(std::move(groupOfs)),
                graph::Column<std::uint32_t>::own(std::move(firsts)), graph::Column<EntityId>::own(std::move(all))};
}

const Engine::Indices& Engine::Indices::needMakerHeads(const graph::ClaimGraph& g) {
  std::call_once(makerHeadsBuilt, [&] {
    if (!readKeyedNames(g, true)) buildMakerHeads(g);
  });
  return *this;
}

void Engine::Indices::buildMakerHeads(const graph::ClaimGraph& g) {
  for (EntityId e : g.entities().ids())
    if (const std::string_view head = headBeforeBy(g.str(g.entities()[e].name)); !head.empty())
      byMakerHeads[graph::foldKey(head)].push_back(e);
}

namespace {

// A class that a page title puts in brackets after a name ("CK-12 Flexi (GPT)"): the name and the
// class, or empty views when the title is not of that form.
std::pair<std::string_view, std::string_view> nameAndClass(std::string_view title) {
  if (!title.ends_with(')')) return {};
  const std::size_t open = title.rfind(" (");
  if (open == std::string_view::npos || open == 0) return {};
  return {title.substr(0, open), title.substr(open + 2, title.size() - open - 3)};
}

// A page's name without its tagline, after a dash or a colon: "There's An API For That - The 1 API
// Finder" -> "There's An API For That", "Video Insights: Summaries-Vision-Transcription" -> "Video
// Insights"; empty when it has none.
std::string_view nameBeforeTagline(std::string_view name) {
  std::size_t cut = std::min(name.find(" - "), name.find(": "));
  return cut == std::string_view::npos || cut == 0 ? std::string_view() : name.substr(0, cut);
}

// A class is one that pages share when at least this many titles give it: "GPT" and "ChatGPT Plugin"
// (hundreds each in the AI Wiki), not a disambiguation such as "Transformer (Tensor)".
constexpr std::size_t kSharedClassTitles = 10;

// The shared class of each category that names it and whose pages mostly write it in their titles:
// "Custom GPTs" (its last word the class's, "GPT", in the plural), where 194 of 248 titles end in "(GPT)",
// files its other pages ("AI Humanizer by BypassGPT", "Venture GPT (for VC and Startups)") as GPTs too,
// whatever their titles say. Mostly: more than half of its pages, and no other shared class among them.
// "Agents" and "Pages with broken file links" name no class, whatever their pages are titled.
std::unordered_map<graph::StrId, std::string> classesOfCategories(
    const graph::ClaimGraph& g, const std::unordered_map<std::string, std::size_t>& classTitles) {
  struct Tally {
    std::size_t pages = 0, classed = 0;
    std::string cls;
    bool mixed = false;
  };
  std::unordered_map<graph::StrId, Tally> tallies;
  for (graph::DocumentId d : g.documents().ids()) {
    const std::string_view cls = nameAndClass(g.str(g.documents()[d].title)).second;
    const bool shared = !cls.empty() && classTitles.at(graph::foldKey(cls)) >= kSharedClassTitles;
    for (graph::StrId category : g.documents()[d].categories) {
      Tally& t = tallies[category];
      ++t.pages;
      if (!shared) continue;
      ++t.classed;
      if (t.cls.empty()) t.cls = std::string(cls);
      t.mixed = t.mixed || t.cls != cls;
    }
  }
  auto namesClass = [&](graph::StrId category, std::string_view cls) {
    const std::vector<std::string> named = graph::foldTokens(g.str(category)), classWords = graph::foldTokens(cls);
    if (named.empty() || classWords.empty()) return false;
    // "GPTs": an initialism's plural, which the word lists do not give.
    const std::string& word = named.back();
    return word == classWords.back() || word == classWords.back() + 's' ||
           ingest::otherGrammaticalNumber(word) == classWords.back();
  };
  std::unordered_map<graph::StrId, std::string> classes;
  for (auto& [category, t] : tallies)
    if (!t.mixed && 2 * t.classed > t.pages && namesClass(category, t.cls)) classes.emplace(category, std::move(t.cls));
  return classes;
}

// The name and shared class of a page's title ("CK-12 Flexi (GPT)"), or of a page its category files in a
// shared class (classesOfCategories): its title before an aside in brackets that is no shared class
// ("Venture GPT (for VC and Startups)": "Venture GPT"), with that class. Empty views for neither.
std::pair<std::string_view, std::string_view> sharedNameAndClass(
    const graph::ClaimGraph& g, graph::DocumentId d, const std::unordered_map<std::string, std::size_t>& classTitles,
    const std::unordered_map<graph::StrId, std::string>& categoryClasses) {
  const std::string_view title = g.str(g.documents()[d].title);
  const auto [name, cls] = nameAndClass(title);
  if (!cls.empty() && classTitles.at(graph::foldKey(cls)) >= kSharedClassTitles) return {name, cls};
  for (graph::StrId category : g.documents()[d].categories)
    if (const auto it = categoryClasses.find(category); it != categoryClasses.end())
      return {cls.empty() ? title : name, it->second};
  return {};
}

}  // namespace

const Engine::Indices::HeadedTitles& Engine::Indices::needHeadedTitles(const graph::ClaimGraph& g) {
  std::call_once(headedBuilt, [&] {
    if (!readKeyedNames(g, false)) buildHeadedTitles(g);
  });
  return headed;
}

namespace {

// The entity a page is about: the one its slug keys, or, for a twin page that ingest joined to its twin
// (EntityRegistry::joinTwins: "VideoMaker - by invideo AI (GPT)" to "Video Maker - ..."), the twin's,
// which its name finds and whose key is a slug of one twin key with its own.
std::optional<EntityId> pageTopic(const graph::ClaimGraph& g, graph::DocumentId d, std::string_view name) {
  const std::string_view slug = g.str(g.documents()[d].slug);
  if (const auto topic = g.findEntity(slug); topic && g.str(g.entities()[*topic].key) == slug) return topic;
  const auto twin = g.findEntity(name);
  if (!twin) return std::nullopt;
  const std::string_view key = g.str(g.entities()[*twin].key);
  const bool twins =
      g.findDocument(key) && ingest::EntityRegistry::twinKey(key) == ingest::EntityRegistry::twinKey(slug);
  return twins ? twin : std::nullopt;
}

}  // namespace

void Engine::Indices::buildHeadedTitles(const graph::ClaimGraph& g) {
  std::unordered_map<std::string, std::size_t> classTitles;
  for (graph::DocumentId d : g.documents().ids())
    if (const auto [name, cls] = nameAndClass(g.str(g.documents()[d].title)); !cls.empty())
      ++classTitles[graph::foldKey(cls)];
  const auto categoryClasses = classesOfCategories(g, classTitles);
  for (graph::DocumentId d : g.documents().ids()) {
    const auto [name, cls] = sharedNameAndClass(g, d, classTitles, categoryClasses);
    if (cls.empty()) continue;
    const auto topic = pageTopic(g, d, name);
    if (!topic) continue;
    const std::vector<std::string> classWords = graph::foldTokens(cls);
    if (classWords.empty()) continue;
    headed.classWords.insert(classWords.back());
    headed.classQualifiers.insert(classWords.begin(), classWords.end() - 1);
    // "Cold Mail by DoMore.ai" is written "DoMore.ai's Cold Mail GPT" or "Cold Mail" (headBeforeBy);
    // "超级PPT生成（Super PPT）" and "MANY-E 🌟 10X Image Generation 🌟" without their gloss and symbols.
    const std::string written = ingest::nameAsWritten(name);
    for (std::string_view key : {name, nameBeforeTagline(name), headBeforeBy(name), std::string_view(written)}) {
      if (key.empty()) continue;
      auto [it, fresh] = headed.byNameAndClass.emplace(graph::foldKey(key) + '\x1f' + classWords.back(), topic);
      if (!fresh && it->second != topic) it->second.reset();  // two pages: the name does not say which
      auto [bare, freshBare] = headed.byName.emplace(graph::foldKey(key), topic);
      if (!freshBare && bare->second != topic) bare->second.reset();
    }
  }
}

namespace {

// A row of the stored HeadedTitles and maker heads: which of the five tables (byNameAndClass,
// byName, classWords, classQualifiers, byMakerHeads), the key's bytes in the text part, and the
// entity (UINT32_MAX: none, where two pages share the key; and for the two sets).
struct HeadedRow {
  std::uint32_t table, at, size, entity;
};

}  // namespace

void Engine::Indices::attachHeadedTitles(graph::ClaimGraph& g) const {
  std::vector<std::pair<std::pair<std::uint32_t, std::string_view>, std::uint32_t>> rows;
  auto add = [&](std::uint32_t table, std::string_view key, std::optional<EntityId> e) {
    rows.push_back({{table, key}, e ? e->value() : UINT32_MAX});
  };
  for (const auto& [key, e] : headed.byNameAndClass) add(0, key, e);
  for (const auto& [key, e] : headed.byName) add(1, key, e);
  for (const std::string& word : headed.classWords) add(2, word, std::nullopt);
  for (const std::string& word : headed.classQualifiers) add(3, word, std::nullopt);
  for (const auto& [key, entities] : byMakerHeads)
    for (EntityId e : entities) add(4, key, e);
  // The maps' order is not the same from one run to the next; a maker head's entities are in entity order.
  std::sort(rows.begin(), rows.end());
  std::string text;
  std::vector<HeadedRow> stored;
  for (const auto& [key, e] : rows) {
    stored.push_back(
        {key.first, static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(key.second.size()), e});
    text += key.second;
  }
  g.attachIndex(std::string(kHeadedText), text);
  attachRows(g, kHeadedRows, std::span<const HeadedRow>(stored));
}

bool Engine::Indices::readKeyedNames(const graph::ClaimGraph& g, bool makerHeads) {
  const auto text = g.attachedIndex(kHeadedText);
  const auto rows = storedRows<HeadedRow>(g, kHeadedRows);
  if (!text || !rows) return false;
  for (const HeadedRow& r : *rows) {
    if (r.table > 4 || r.at > text->size() || r.size > text->size() - r.at ||
        (r.entity != UINT32_MAX && r.entity >= g.entities().size()) || (r.table == 4 && r.entity == UINT32_MAX))
      storedIndexCorrupt();
    if ((r.table == 4) != makerHeads) continue;
    std::string key(text->substr(r.at, r.size));
    const std::optional<EntityId> e =
        r.entity == UINT32_MAX ? std::nullopt : std::optional<EntityId>(EntityId(r.entity));
    if (r.table == 0) headed.byNameAndClass.emplace(std::move(key), e);
    if (r.table == 1) headed.byName.emplace(std::move(key), e);
    if (r.table == 2) headed.classWords.insert(std::move(key));
    if (r.table == 3) headed.classQualifiers.insert(std::move(key));
    if (r.table == 4) byMakerHeads[std::move(key)].push_back(*e);
  }
  return true;
}

namespace {

// Lays out (subject, figure) pairs as per-entity runs keyed by `entityOf(subject)`, each sorted
// (see Indices::FigureIndex): `figures` come sorted, and each run keeps their order.
template <class Index, class Figure, class EntityOf>
Index layOutByEntity(std::size_t entities, const std::vector<std::pair<std::uint32_t, Figure>>& figures,
                     EntityOf entityOf) {
  std::vector<std::uint32_t> offsets(entities + 1, 0);
  for (const auto& [e, f] : figures) ++offsets[entityOf(e) + 1];
  std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
  std::vector<Figure> runs(figures.size());
  std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
  for (const auto& [e, f] : figures) runs[next[entityOf(e)]++] = f;
  Index index;
  index.offsets = graph::Column<std::uint32_t>::own(std::move(offsets));
  index.runs = graph::Column<Figure>::own(std::move(runs));
  return index;
}

// Orders `items` by key(item), a number below `buckets`, keeping the order of equal keys.
template <class T, class Key>
void sortStablyBy(std::vector<T>& items, std::size_t buckets, Key key) {
  std::vector<std::uint32_t> next(buckets + 1, 0);
  for (const T& x : items) ++next[key(x) + 1];
  std::partial_sum(next.begin(), next.end(), next.begin());
  std::vector<T> sorted(items.size());
  for (const T& x : items) sorted[next[key(x)]++] = x;
  items.swap(sorted);
}

}  // namespace

const Engine::Indices& Engine::Indices::needMeasures(const graph::ClaimGraph& g) {
  needFamily(g);
  std::call_once(measuresBuilt, [&] {
    if (!readMeasures(g)) buildMeasures(g);
    for (const auto& [m, slot] : measureSlots)
      for (std::string_view unit : {"percent", "times", "seconds"})
        if (ingest::isLabelledMeasure(m, unit))
          labelledMeasures[std::string(ingest::labelledUnder(unit))].emplace_back(m);
    for (auto& [under, measures] : labelledMeasures) std::sort(measures.begin(), measures.end());
  });
  return *this;
}

void Engine::Indices::buildMeasures(const graph::ClaimGraph& g) {
  std::uint32_t nextSlot = kCostSlot + 1;
  auto counted = [](const Claim& claim) {
    return claim.kind == ClaimKind::kFigure && claim.hasQuantity && claim.subject.isValid();
  };
  std::vector<std::pair<std::uint32_t, Figure>> bySubject;  // reserved: growing it costs more than counting
  bySubject.reserve(std::count_if(g.claims().begin(), g.claims().end(), counted));
  // Each unit's and measure's number by its string's id, so that a claim costs no strlen and no
  // string hash; a string seen under another id still gets the number its text has.
  std::unordered_map<graph::StrId, std::uint32_t> unitOf, slotOf;
  for (ClaimId c : g.claims().ids()) {
    const Claim& claim = g.claims()[c];
    if (!counted(claim)) continue;
    auto unit = unitOf.find(claim.unit);
    if (unit == unitOf.end()) {
      const auto number = static_cast<std::uint32_t>(unitNumbers.size());
      auto [known, added] = unitNumbers.try_emplace(g.str(claim.unit), number);
      if (added) unitStrings.push_back(claim.unit);
      unit = unitOf.emplace(claim.unit, known->second).first;
    }
    auto measure = slotOf.find(claim.measure);
    if (measure == slotOf.end()) {
      auto [slot, added] = measureSlots.try_emplace(g.str(claim.measure), kCostSlot);
      if (added && !reason::isCostMeasure(slot->first)) slot->second = nextSlot++;
      measure = slotOf.emplace(claim.measure, slot->second).first;
      if (added) measureStrings.push_back({claim.measure, slot->second});
    }
    bySubject.push_back({claim.subject.value(), {unit->second, measure->second, c}});
  }
  // In claim order now; by (unit, measure, claim) after two stable passes (measure, then unit),
  // so that each entity's run comes out sorted without a sort.
  sortStablyBy(bySubject, nextSlot, [](const auto& f) { return f.second.measure; });
  sortStablyBy(bySubject, unitNumbers.size(), [](const auto& f) { return f.second.unit; });
  const std::size_t entities = g.entities().size();
  figuresBySubject = layOutByEntity<FigureIndex>(entities, bySubject, [](std::uint32_t e) { return e; });
  figuresByMaker = layOutByEntity<FigureIndex>(entities, bySubject, [&](std::uint32_t e) { return family[e].value(); });
}

// Reads what attachTo stored, where the graph has it. Each offset and id is checked where it is
// read (figuresOf, sameKey): a check reads a few runs, and a pass over all of them would cost what
// building them did and keep their pages resident.
bool Engine::Indices::readFamily(const graph::ClaimGraph& g) {
  const auto families = storedRows<EntityId>(g, kFamily);
  const auto withFigures = storedRows<std::uint8_t>(g, kFamilyHasFigures);
  if (!families || !withFigures) return false;
  if (families->size() != g.entities().size() || withFigures->size() != g.entities().size()) storedIndexCorrupt();
  family = graph::Column<EntityId>::view(*families);
  familyHasFigures = graph::Column<std::uint8_t>::view(*withFigures);
  return true;
}

bool Engine::Indices::readMeasures(const graph::ClaimGraph& g) {
  const auto units = storedRows<graph::StrId>(g, kUnits);
  const auto measures = storedRows<std::array<std::uint32_t, 2>>(g, kMeasures);
  const auto subjectOffsets = storedRows<std::uint32_t>(g, kSubjectOffsets),
             makerOffsets = storedRows<std::uint32_t>(g, kMakerOffsets);
  const auto subjectRuns = storedRows<Figure>(g, kSubjectRuns), makerRuns = storedRows<Figure>(g, kMakerRuns);
  if (!units || !measures || !subjectOffsets || !makerOffsets || !subjectRuns || !makerRuns) return false;
  for (graph::StrId u : *units) unitNumbers.try_emplace(g.str(u), static_cast<std::uint32_t>(unitNumbers.size()));
  for (const auto& [m, slot] : *measures) measureSlots.try_emplace(g.str(m), slot);
  figuresBySubject = {graph::Column<std::uint32_t>::view(*subjectOffsets), graph::Column<Figure>::view(*subjectRuns)};
  figuresByMaker = {graph::Column<std::uint32_t>::view(*makerOffsets), graph::Column<Figure>::view(*makerRuns)};
  return true;
}

bool Engine::Indices::readNameGroups(const graph::ClaimGraph& g) {
  const auto groupOf = storedRows<std::uint32_t>(g, kNameGroupOf),
             starts = storedRows<std::uint32_t>(g, kNameGroupStarts);
  const auto members = storedRows<EntityId>(g, kNameGroupMembers);
  if (!groupOf || !starts || !members) return false;
  if (groupOf->size() != g.entities().size() || starts->empty()) storedIndexCorrupt();
  nameGroups = {graph::Column<std::uint32_t>::view(*groupOf), graph::Column<std::uint32_t>::view(*starts),
                graph::Column<EntityId>::view(*members)};
  return true;
}

std::span<const EntityId> Engine::Indices::sameKey(EntityId e) const {
  if (e.value() >= nameGroups.groupOf.size()) return {};
  const std::uint32_t group = nameGroups.groupOf[e.value()];
  if (std::size_t{group} + 1 >= nameGroups.starts.size()) storedIndexCorrupt();
  const std::uint32_t first = nameGroups.starts[group], last = nameGroups.starts[group + 1];
  if (first > last || last > nameGroups.members.size()) storedIndexCorrupt();
  const auto found = nameGroups.members.span().subspan(first, last - first);
  for (EntityId member : found)
    if (member.value() >= entities) storedIndexCorrupt();
  return found;
}

// The measure and unit tables, in a stable order (the string ids the first claim of each gave them).
void Engine::Indices::attachTo(graph::ClaimGraph& g) const {
  attachRows(g, kFamily, family.span());
  attachRows(g, kFamilyHasFigures, familyHasFigures.span());
  attachRows(g, kUnits, std::span<const graph::StrId>(unitStrings));
  attachRows(g, kMeasures, std::span<const std::array<std::uint32_t, 2>>(measureStrings));
  attachRows(g, kSubjectOffsets, figuresBySubject.offsets.span());
  attachRows(g, kSubjectRuns, figuresBySubject.runs.span());
  attachRows(g, kMakerOffsets, figuresByMaker.offsets.span());
  attachRows(g, kMakerRuns, figuresByMaker.runs.span());
  attachRows(g, kNameGroupOf, nameGroups.groupOf.span());
  attachRows(g, kNameGroupStarts, nameGroups.starts.span());
  attachRows(g, kNameGroupMembers, nameGroups.members.span());
  attachRows(g, kFigureUnits, std::span<const graph::StrId>(figureUnitStrings));
  attachRows(g, kFigureStarts, figureStarts.span());
  attachRows(g, kFigureValues, figureValues.span());
}

void Engine::attachIndices(graph::ClaimGraph& g) {
  Indices built;
  built.buildFamily(g);
  built.buildMeasures(g);
  built.buildNameGroups(g);
  built.buildFigures(g);
  built.buildHeadedTitles(g);
  built.buildMakerHeads(g);
  built.attachTo(g);
  built.attachHeadedTitles(g);
}

std::span<const Engine::Indices::Figure> Engine::Indices::figuresOf(const FigureIndex& index, EntityId e,
                                                                    std::string_view unit,
                                                                    std::string_view measure) const {
  auto u = unitNumbers.find(unit);
  if (u == unitNumbers.end()) return {};
  auto m = measureSlots.find(measure);
  const bool cost = reason::isCostMeasure(measure);
  if (m == measureSlots.end() && !cost) return {};
  const Figure key{u->second, cost ? kCostSlot : m->second, ClaimId(0)};
  auto byKind = [](const Figure& a, const Figure& b) {
    return std::tie(a.unit, a.measure) < std::tie(b.unit, b.measure);
  };
  const std::span<const Figure> runs = index.runs.span();
  if (e.value() + std::size_t{1} >= index.offsets.size()) storedIndexCorrupt();
  const std::uint32_t first = index.offsets[e.value()], last = index.offsets[e.value() + 1];
  if (first > last || last > runs.size()) storedIndexCorrupt();
  auto [from, to] = std::equal_range(runs.begin() + first, runs.begin() + last, key, byKind);
  const std::span<const Figure> found(from, to);
  for (const Figure& f : found)
    if (f.claim.value() >= claims) storedIndexCorrupt();
  return found;
}

const Engine::Indices& Engine::Indices::needFigures(const graph::ClaimGraph& g) {
  std::call_once(figuresBuilt, [&] {
    if (!readFigures(g)) buildFigures(g);
    figures.reserve(figureUnitStrings.size());
    for (std::size_t u = 0; u < figureUnitStrings.size(); ++u)
      figures.push_back({g.str(figureUnitStrings[u]),
                         figureValues.span().subspan(figureStarts[u], figureStarts[u + 1] - figureStarts[u])});
  });
  return *this;
}

void Engine::Indices::buildFigures(const graph::ClaimGraph& g) {
  std::unordered_map<graph::StrId, std::size_t> byId;  // unit string id -> its number: no strlen a claim
  std::unordered_map<std::string_view, std::size_t> byText;
  std::vector<std::vector<Value>> values;
  for (ClaimId c : g.claims().ids()) {
    const Claim& claim = g.claims()[c];
    if (!claim.hasQuantity) continue;
    auto unit = byId.find(claim.unit);
    if (unit == byId.end()) {
      auto [known, added] = byText.try_emplace(g.str(claim.unit), values.size());
      if (added) values.emplace_back(), figureUnitStrings.push_back(claim.unit);
      unit = byId.emplace(claim.unit, known->second).first;
    }
    auto& own = values[unit->second];
    if (claim.hasValue) own.push_back({claim.value, c, claim.hasRange});
    if (claim.hasRange) {
      const graph::ClaimExtra& range = g.extra(c);
      own.push_back({range.low, c, 1});
      own.push_back({range.high, c, 1});
    }
  }
  std::vector<std::uint32_t> starts{0};
  std::vector<Value> all;
  for (auto& own : values) {
    std::sort(own.begin(), own.end());
    all.insert(all.end(), own.begin(), own.end());
    starts.push_back(static_cast<std::uint32_t>(all.size()));
  }
  figureStarts = graph::Column<std::uint32_t>::own(std::move(starts));
  figureValues = graph::Column<Value>::own(std::move(all));
}

bool Engine::Indices::readFigures(const graph::ClaimGraph& g) {
  const auto units = storedRows<graph::StrId>(g, kFigureUnits);
  const auto starts = storedRows<std::uint32_t>(g, kFigureStarts);
  const auto values = storedRows<Value>(g, kFigureValues);
  if (!units || !starts || !values) return false;
  // A few hundred units: their runs checked here, each value's claim where it is read.
  if (starts->size() != units->size() + 1 || starts->front() != 0 || starts->back() != values->size())
    storedIndexCorrupt();
  for (std::size_t u = 0; u < units->size(); ++u)
    if ((*starts)[u] > (*starts)[u + 1]) storedIndexCorrupt();
  figureUnitStrings.assign(units->begin(), units->end());
  figureStarts = graph::Column<std::uint32_t>::view(*starts);
  figureValues = graph::Column<Value>::view(*values);
  return true;
}

bool Engine::isContested(ClaimId claim) const {
  const std::vector<bool>& flags = indices_->needContestedFlags(g_);
  return claim.value() < flags.size() && flags[claim.value()];
}

// A who-claimed match as it is found; a claim found twice keeps its best score. Each score
// belongs to one kind of match, so equal scores never disagree on what matched.
struct Engine::Match {
  ClaimId claim;
  double score;
  const char* what;
};

// A figure in any written form: "589 billion", "$589B", "589bn", "17%". The tolerance is the
// precision the query is written with: "589 billion" is 588.5-589.5 billion, "592.7bn" is
// 592.65-592.75 billion. A point value ranks above a range's end. A value below zero ("-12.3%") finds
// its own sign and a change the graph stores as its size ("-12.3%" in a "Change" column: a decrease of 12.3).
bool Engine::figureMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const {
  auto q = ingest::parseFigure(text);
  if (!q || !q->value) return false;
  double v = *q->value;
  double tol = std::max(std::fabs(v) * 0.0005, writtenPrecision(*q));
  for (const auto& [unit, values] : indices_->needFigures(g_).figures) {
    if (!q->unit.empty() && unit != q->unit) continue;
    auto near = [&](double at, bool sizeOfChange) {
      auto lo = std::lower_bound(values.begin(), values.end(), Indices::Value{at - tol, ClaimId(0)});
      std::size_t taken = 0;  // results rank by kind, then claim order: more than `limit` per kind is never shown
      for (auto it = lo; it != values.end() && it->value <= at + tol && taken < 4 * limit; ++it) {
        if (it->claim.value() >= g_.claims().size()) storedIndexCorrupt();
        if (sizeOfChange && !ingest::namesDirection(g_.str(g_.claims()[it->claim].measure))) continue;
        matches.push_back({it->claim, it->range ? 2.8 : 3.0, "figure"});
        ++taken;
      }
    };
    near(v, false);
    if (v < 0) near(-v, true);
  }
  return true;
}

// An entity by name or alias: claims about it and claims it made.
void Engine::entityMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const {
  auto e = g_.findEntity(text);
  if (!e) return;
  for (ClaimId c : g_.claimsAbout(*e, limit)) matches.push_back({c, 2.5, "entity"});
  for (ClaimId c : g_.claimsBy(*e, limit)) matches.push_back({c, 2.4, "entity"});
}

namespace {

// The claims on every posting list, in claim order, at most `enough` of them: the two shortest
// lists are merged step by step (a branch-free merge; a gallop when one is far longer), and each
// claim they share is looked for in the other lists with a cursor that only moves forward.
std::vector<ClaimId> intersectPostings(std::vector<std::span<const ClaimId>> lists, std::size_t enough) {
  std::stable_sort(lists.begin(), lists.end(), [](auto a, auto b) { return a.size() < b.size(); });
  std::vector<ClaimId> common;
  std::vector<const ClaimId*> cursors;
  for (auto list : lists) cursors.push_back(list.data());
  auto inRest = [&](ClaimId c) {
    for (std::size_t i = 2; i < lists.size(); ++i) {
      const ClaimId* end = lists[i].data() + lists[i].size();
      auto& at = cursors[i];
      at = gallop(at, end, c);
      if (at == end || *at != c) return false;
    }
    return true;
  };
  const std::span<const ClaimId> a = lists[0];
  if (lists.size() == 1) return {a.begin(), a.begin() + static_cast<std::ptrdiff_t>(std::min(enough, a.size()))};
  const std::span<const ClaimId> b = lists[1];
  if (b.size() / 32 > a.size()) {
    const ClaimId* at = b.data();
    const ClaimId* const bEnd = b.data() + b.size();
    for (ClaimId c : a) {
      at = gallop(at, bEnd, c);
      if (at == bEnd) break;
      if (*at == c && inRest(c)) {
        common.push_back(c);
        if (common.size() >= enough) break;
      }
    }
  } else {
    intersectSorted(a, b, [&](ClaimId c) {
      if (!inRest(c)) return true;
      common.push_back(c);
      return common.size() < enough;
    });
  }
  return common;
}

// Whether foldKey(text) holds `phrase` (a folded text), without folding an ASCII text for a phrase
// of one word: folding ASCII lowers its letters and makes each run of white space one space, so
// such a phrase is in the fold just where it is in the text, its letters in any case. Who-claimed
// asks it of the quote of every claim a word question finds (issue #16).
bool foldHolds(std::string_view text, std::string_view phrase) {
  const bool asciiText = std::none_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
  if (!asciiText || phrase.find(' ') != std::string_view::npos)
    return graph::foldKey(text).find(phrase) != std::string::npos;
  for (std::size_t i = 0; i + phrase.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < phrase.size() && graph::lowerAscii(text[i + k]) == phrase[k]) ++k;
    if (k == phrase.size()) return true;
  }
  return false;
}

}  // namespace

// Words of the claim or a quote fragment: every content word must be there. Word matches
// score at most 2.0, below every figure and entity match.
void Engine::wordMatches(std::string_view text, std::size_t limit, std::vector<Match>& matches) const {
  std::vector<std::string> words;
  for (auto& t : graph::foldTokens(text))
    if (!stopWords().count(t)) words.push_back(std::move(t));
  if (words.empty()) return;
  std::vector<std::span<const ClaimId>> lists;
  for (const auto& w : words) {
    auto claims = g_.claimsWithWord(w);
    if (claims.empty()) return;
    lists.push_back(claims);
  }
  // Results rank by kind and then claim order: more than 4 * limit would never be listed. The
  // words of a name have their common claims stored (the same claims, without the merge of two
  // lists that grow with the corpus).
  const std::size_t enough = 4 * limit;
  std::vector<ClaimId> merged;
  std::span<const ClaimId> common;
  if (auto named = g_.claimsWithNameWords(words))
    common = named->first(std::min(enough, named->size()));
  else
    common = merged = intersectPostings(std::move(lists), enough);
  std::string phrase = graph::foldKey(text);
  for (ClaimId c : common) {
    const Claim& claim = g_.claims()[c];
    bool inQuote = claim.quote && foldHolds(g_.str(claim.quote), phrase);
    matches.push_back(
        {c, inQuote ? 2.0 : 1.0 + (claim.kind == ClaimKind::kStatement ? 0 : 0.1), inQuote ? "quote" : "words"});
  }
}

namespace {

// How many distinct claims have a match above every word match's score.
std::size_t strongMatches(const std::vector<Engine::Match>& matches) {
  std::vector<ClaimId> strong;
  for (const auto& m : matches)
    if (m.score > 2.0) strong.push_back(m.claim);
  std::sort(strong.begin(), strong.end());
  return static_cast<std::size_t>(std::unique(strong.begin(), strong.end()) - strong.begin());
}

// The best `limit`, each claim once with its best score, by score then claim order (so the
// answer is deterministic).
std::vector<Hit> bestHits(std::vector<Engine::Match> matches, std::size_t limit) {
  std::sort(matches.begin(), matches.end(),
            [](const auto& a, const auto& b) { return a.claim != b.claim ? a.claim < b.claim : a.score > b.score; });
  matches.erase(
      std::unique(matches.begin(), matches.end(), [](const auto& a, const auto& b) { return a.claim == b.claim; }),
      matches.end());
  auto better = [](const auto& a, const auto& b) { return a.score != b.score ? a.score > b.score : a.claim < b.claim; };
  std::size_t keep = std::min(limit, matches.size());
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(keep), matches.end(), better);
  std::vector<Hit> out;
  out.reserve(keep);
  for (std::size_t i = 0; i < keep; ++i) out.push_back({matches[i].claim, matches[i].score, matches[i].what});
  return out;
}

}  // namespace

std::vector<Hit> Engine::whoClaimed(std::string_view text, std::size_t limit) const {
  std::vector<Match> matches;
  // Room for what a question of one kind usually finds (a figure's or the words' 4 * limit, an
  // entity's 2 * limit): grown a doubling at a time, the vector cost a malloc and a copy each step.
  matches.reserve(4 * std::min<std::size_t>(limit, 64));
  bool isFigure = figureMatches(text, limit, matches);
  entityMatches(text, limit, matches);
  // Once `limit` claims match more strongly than any word match could, the posting lists are
  // not walked: no word match could be shown.
  if (!isFigure && strongMatches(matches) < limit) wordMatches(text, limit, matches);
  return bestHits(std::move(matches), limit);
}

Provenance Engine::provenance(ClaimId claim, std::size_t relatedLimit) const {
  Provenance p;
  p.claim = claim;
  p.sources = g_.claimSources(claim);
  std::set<EntityId> publishers;
  std::set<ClaimId> related;
  for (SourceId s : p.sources) {
    for (EntityId e : g_.sourcePublishers(s)) publishers.insert(e);
    for (ClaimId other : g_.claimsBackedBy(s))
      if (other != claim && related.size() < relatedLimit) related.insert(other);
  }
  p.publishers.assign(publishers.begin(), publishers.end());
  p.related.assign(related.begin(), related.end());
  return p;
}

std::optional<EntityReport> Engine::entity(std::string_view nameOrId) const {
  auto e = g_.findEntity(nameOrId);
  if (!e) return std::nullopt;
  EntityReport r;
  r.entity = *e;
  r.about = g_.claimsAbout(*e);
  r.claimed = g_.claimsBy(*e);
  for (ClaimId c : r.about)
    if (g_.claims()[c].kind == ClaimKind::kRelation) {
      const graph::ClaimExtra& relation = g_.extra(c);
      r.relations.push_back({std::string(g_.str(relation.relation)), true, relation.object, c});
    }
  for (ClaimId c : g_.claimsWithObject(*e))
    r.relations.push_back({std::string(g_.str(g_.extra(c).relation)), false, g_.claims()[c].subject, c});
  r.contested = contested(*e);
  std::set<SourceId> sources;
  for (SourceId s : g_.sourcesPublishedBy(*e)) sources.insert(s);
  for (ClaimId c : r.about)
    for (SourceId s : g_.claimSources(c)) sources.insert(s);
  r.sources.assign(sources.begin(), sources.end());
  return r;
}

std::vector<ContestedId> Engine::contested(std::optional<EntityId> entity) const {
  if (!entity) {
    auto ids = g_.contested().ids();
    return {ids.begin(), ids.end()};
  }
  // The sets about it, then those of its claims and of the claims it makes: every set that
  // names it in a value holds one of them.
  std::vector<ContestedId> sets;
  const auto& bySubject = indices_->needSetsBySubject(g_).setsBySubject;
  for (auto at = std::lower_bound(bySubject.begin(), bySubject.end(), std::pair(*entity, ContestedId(0)));
       at != bySubject.end() && at->first == *entity; ++at)
    sets.push_back(at->second);
  for (const auto& claims : {g_.claimsAbout(*entity), g_.claimsBy(*entity)})
    for (ClaimId c : claims)
      if (isContested(c))
        for (ContestedId x : g_.contestedSetsOf(c)) sets.push_back(x);
  std::sort(sets.begin(), sets.end());
  sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
  return sets;
}

namespace {

// The words of a statement: runs of letters, digits and the marks names hold inside ("GPT-4o",
// "Character.AI", "S&P"), without a closing full stop or a possessive "'s" (which each records).
std::vector<Word> wordsOf(std::string_view text) {
  return ingest::wordSpans(text, {.marks = "-.&+", .cutClosingMarks = true, .readPossessive = true});
}

// The noun phrase a figure measures, when it stands right before "of", "is" or "was" and the figure
// ("a service ceiling of 44,000 feet", "its surface temperature is 7,740 kelvin"): up to three words
// in lower case, after a determiner, a possessive, a name or a function word, folded; empty when the
// words before the figure are not of that form.
std::vector<std::string> measurePhraseBefore(std::string_view text, std::size_t figureAt) {
  const std::vector<Word> words = wordsOf(text.substr(0, figureAt));
  if (words.size() < 2 || text.find_first_not_of(' ', words.back().end) != figureAt) return {};
  const std::string link = graph::lowerAscii(text.substr(words.back().begin, words.back().end - words.back().begin));
  if (link != "of" && !ingest::isFiniteBe(link)) return {};
  std::vector<std::string> phrase;
  for (std::size_t k = words.size() - 1; k-- > 0 && phrase.size() < 3;) {
    const Word& w = words[k];
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    const bool lowerWord =
        std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    if (w.possessive || !lowerWord || stopWords().contains(std::string(word)) ||
        ingest::lexicon().isFunctionWord(word) || ingest::lexicon().prepositions.contains(word))
      break;
    phrase.insert(phrase.begin(), std::string(word));
  }
  return phrase;
}

// Whether `word`, opening a statement, is an ordinary English word capitalised only by its place ("Time"
// in "Time series data has ...") where the name it matched is written in capitals ("TIME"): such a name
// is not found in that word where a longer term opens the statement with it (Engine::opensWithTerm).
bool capitalisedByPlace(std::string_view word, std::string_view name) {
  if (word.size() < 2 || !graph::isUpperAscii(word.front()) ||
      !std::all_of(word.begin() + 1, word.end(), graph::isLowerAscii))
    return false;
  if (name.size() < 2 || std::any_of(name.begin(), name.end(), graph::isLowerAscii) ||
      std::none_of(name.begin(), name.end(), graph::isUpperAscii))
    return false;
  return ingest::lexicon().isEnglishWord(graph::lowerAscii(word));
}

// A word that names nothing alone: "the", "in", "2025".
bool namesNothing(std::string_view word) {
  std::string lower = graph::foldKey(word);
  if (std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return true;
  return ingest::lexicon().isFunctionWord(lower) || ingest::lexicon().prepositions.count(lower) > 0 ||
         ingest::monthNumber(word) > 0;
}

// Half the last digit a statement's figure writes, or its hedge ("about": 3%). Trailing zeros
// count unless it is hedged: "$600 billion" is not 589 billion, "about $600 billion" may be (as
// contested sets read figures: reason::writtenInterval).
// A figure written with one digit ("$1 billion", "1 million users") reads to half of itself by its
// last digit, but it is a round figure, not a range that wide: $500 million is no "$1 billion". So
// no figure covers more than a quarter of itself either side ("$2 billion" still covers 1.5 to 2.5).
double tolerance(const graph::Quantity& figure) {
  constexpr double kRoundFigureShare = 0.25;
  // A year is a date: it is right to the year or wrong, however near ("1992" is no "1985").
  if (figure.unit == "year") return 0.5;
  const double v = std::fabs(*figure.value);
  return std::min(std::max(writtenPrecision(figure, !figure.approximate), v * (figure.approximate ? 0.03 : 0.005)),
                  v * kRoundFigureShare);
}

// "can fall as low as -1", "tops out at 1": the end of a range ("ranges from -1 to 1") that a
// statement's bound speaks of, its low end for a minimum, its high end for a maximum; kNone for any
// other measure, which a range speaks to as a whole.
enum class RangeEnd : std::uint8_t { kNone, kLow, kHigh };
RangeEnd rangeEndAsked(std::string_view measure) {
  if (measure == "minimum value") return RangeEnd::kLow;
  return measure == "maximum value" || measure == ingest::kScaleTop ? RangeEnd::kHigh : RangeEnd::kNone;
}

// The measure of the ranges whose end a bound's measure asks (rangeEndAsked): a rating scale's top
// ("out of ten") is the high end of a scale ("on a scale of 1 to 10"), a maximum that of any range.
std::string rangeMeasureOf(std::string_view boundMeasure) {
  return boundMeasure == ingest::kScaleTop ? "scale" : "range";
}

// The value of claim `c` that a statement of `measure` speaks to: the end of a range it asks for
// (rangeEndAsked), else the claim's point.
double askedPoint(const graph::ClaimGraph& g, ClaimId c, std::string_view measure) {
  const RangeEnd end = rangeEndAsked(measure);
  if (end == RangeEnd::kNone || !g.claims()[c].hasRange) return reason::claimPoint(g, c);
  const graph::ClaimExtra& range = g.extra(c);
  return end == RangeEnd::kLow ? range.low : range.high;
}

// A claim agrees when its interval meets the statement's. A one-sided bound ("over 300,000")
// agrees only with a value near it (within 10%): it does not support 50 million.
bool agreesWith(const graph::ClaimGraph& g, ClaimId c, double v, double tol) {
  const graph::Claim& claim = g.claims()[c];
  // A year is a date, right to the year or wrong: 2023 is no "2024", though half a year either
  // side of each (their written precision) touch.
  if (g.str(claim.unit) == "year" && claim.hasValue && !claim.hasRange)
    return std::lround(claim.value) == std::lround(v);
  auto [lo, hi] = reason::claimInterval(g, c);
  if (hi < v - tol || lo > v + tol) return false;
  // A figure rounded to its last significant digit stands for the values that round to it, half a unit
  // either side, the upper end left out as people round halves up: 350 is "roughly 400", not "roughly
  // 300". An exact point there is compared as written, not widened by its slack.
  if (claim.bound == graph::Bound::kExact && !claim.hasRange && claim.value >= v + tol && tol > 0) return false;
  if (claim.bound == graph::Bound::kExact || claim.hasRange) return true;
  return std::fabs(v - claim.value) <= std::max(tol, std::fabs(claim.value) * 0.1);
}

// Whether a claim agrees in each account it gives: a range its sentence says is a spread of
// accounts ("some sources reporting 700 to 4,000") agrees only where one of its ends does, so
// "about 1,200" is contested by it.
bool agreesWithEveryAccount(const graph::ClaimGraph& g, ClaimId c, double v, double tol) {
  if (!agreesWith(g, c, v, tol)) return false;
  auto readings = reason::writtenReadings(g, c);
  return readings.size() == 1 || std::any_of(readings.begin(), readings.end(),
                                             [&](const auto& r) { return r.first - tol <= v && v <= r.second + tol; });
}

// The undated values of a moving state placed within its dated series (reason::placedInSeries): of
// no period of their own, so context for any statement.
std::set<ClaimId> placedInSeries(const graph::ClaimGraph& g, const std::string& measure,
                                 const std::vector<ClaimId>& comparable) {
  std::set<ClaimId> placed;
  if (!reason::isMovingMeasure(measure)) return placed;
  const std::vector<bool> inSeries = reason::placedInSeries(g, comparable);
  for (std::size_t i = 0; i < comparable.size(); ++i)
    if (inSeries[i]) placed.insert(comparable[i]);
  return placed;
}

// The latest date among `claims`, or among those strictly before `before` when it is given.
std::string latestPeriod(const graph::ClaimGraph& g, const std::vector<ClaimId>& claims, std::string_view before) {
  std::string latest;
  for (ClaimId c : claims) {
    std::string_view d = reason::calendarPeriod(g.str(g.claims()[c].asOf));
    if (d.empty() || (!before.empty() && (!reason::laterPeriod(before, d) || reason::samePeriod(d, before)))) continue;
    if (latest.empty() || reason::laterPeriod(d, latest)) latest = std::string(d);
  }
  return latest;
}

std::string periodPhrase(std::string_view period, bool latest) {
  if (period.empty()) return "";
  return latest ? fmt::format(" at its latest ({})", period) : fmt::format(" for {}", period);
}

// Words for a test or its items ("benchmark", "tasks", "questions"): after a name, they make it a test
// (endsScopePhrase); after a share's "of", they say the share is of a test's items (pastTestItems).
bool isTestWord(std::string_view lower) {
  static const std::set<std::string, std::less<>> kTestWords{
      "benchmark", "test",   "exam",  "dataset", "leaderboard", "suite",   "questions", "problems",
      "tasks",     "issues", "items", "puzzles", "challenges",  "prompts", "right",     "correctly"};
  return kTestWords.contains(lower);
}

// Whether the lower-case word `w` stands at `at` in `text`, in any case, a space after it.
bool wordAt(std::string_view text, std::size_t at, std::string_view w) {
  return at + w.size() < text.size() && graph::lowerAscii(text.substr(at, w.size())) == w && text[at + w.size()] == ' ';
}

// "resolves 42% of the tasks in SWE-bench Verified": a share of a test's items is measured on the test.
// Where the "in" or "on" before the test stands, for the words right after a figure at `at`; npos when
// they are no "of (the) <items> in|on".
std::size_t pastTestItems(std::string_view text, std::size_t at) {
  if (at >= text.size() || !wordAt(text, at, "of")) return std::string_view::npos;
  std::size_t items = at + 3;
  if (wordAt(text, items, "the")) items += 4;
  const std::size_t itemsEnd = text.find(' ', items);
  if (itemsEnd == std::string_view::npos || !isTestWord(text.substr(items, itemsEnd - items)))
    return std::string_view::npos;
  return wordAt(text, itemsEnd + 1, "in") || wordAt(text, itemsEnd + 1, "on") ? itemsEnd + 1 : std::string_view::npos;
}

// Where a lower-case compound that modifies a score ends ("zero-shot", "top-1", "5-shot": letters or digits
// joined by hyphens) when one starts at `at`; `at` when none does.
std::size_t pastScoreCompound(std::string_view text, std::size_t at) {
  const std::size_t end = std::min(text.find(' ', at), text.size());
  const std::string_view w = text.substr(at, end - at);
  const bool joined = w.size() > 2 && w.find('-') != std::string_view::npos && w.front() != '-' && w.back() != '-';
  const bool plain = std::all_of(w.begin(), w.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-';
  });
  return joined && plain ? end : at;
}

// Where a name stands that a percentage is measured on: right after the figure and what a score is
// ("success rate", "accuracy", "accurate"), behind "on", "of" or "in" and an optional "the" ("85.7% on
// MMLU", "93.7% of HumanEval", "65% on the GPQA benchmark", "61.4% success rate on OSWorld", "is 88%
// accurate on KestrelQA"); npos when
// the words there are not of that form. `on` tells whether the word was "on".
std::size_t measuredOnAt(std::string_view text, std::size_t figureEnd, bool& on) {
  auto skipSpaces = [&](std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    return at;
  };
  auto word = [&](std::size_t at, std::string_view w) { return wordAt(text, at, w); };
  std::size_t at = skipSpaces(figureEnd);
  for (std::string_view score :
       {"overall", "success rate", "pass rate", "resolve rate", "accuracy", "accurate", "score"})
    if (word(at, score)) at = skipSpaces(at + score.size());
  if (const std::size_t test = pastTestItems(text, at); test != std::string_view::npos) at = test;
  on = word(at, "on");
  if (!(on || word(at, "of") || word(at, "in"))) return std::string_view::npos;
  at = skipSpaces(at + 2);
  return word(at, "the") ? skipSpaces(at + 3) : at;
}

// Past a metric's name written after a bare score as its unit ("34.8 BLEU on WMT14", "90.1 F1 on SQuAD"):
// a word of capitals and digits only, two at least, right after a number; `figureEnd` when none is there.
// The test the score is on is named after it, as after "score" ("a BLEU score of 34.8 on WMT14").
std::size_t pastMetricAfterScore(std::string_view text, std::size_t figureEnd) {
  if (figureEnd == 0 || figureEnd >= text.size() || !std::isdigit(static_cast<unsigned char>(text[figureEnd - 1])) ||
      text[figureEnd] != ' ')
    return figureEnd;
  std::size_t end = figureEnd + 1;
  while (end < text.size() && (graph::isUpperAscii(text[end]) || std::isdigit(static_cast<unsigned char>(text[end]))))
    ++end;
  const bool wordEnds = end == text.size() || text[end] == ' ';
  if (end - figureEnd - 1 < 2 || !graph::isUpperAscii(text[figureEnd + 1]) || !wordEnds) return figureEnd;
  return end;
}

// Where the test stands that a percentage is measured "on", compounds that modify its score perhaps between
// ("68.6% zero-shot top-1 accuracy on ImageNet", "78.2% top-1 on ImageNet": measuredOnAt past them); npos
// when no "on" follows them.
std::size_t testOnPastCompounds(std::string_view text, std::size_t figureEnd) {
  std::size_t at = figureEnd;
  while (at < text.size() && text[at] == ' ') ++at;
  for (std::size_t past = pastScoreCompound(text, at); past != at; past = pastScoreCompound(text, at))
    for (at = past; at < text.size() && text[at] == ' ';) ++at;
  bool on = false;
  const std::size_t name = measuredOnAt(text, at, on);
  return on ? name : std::string_view::npos;
}

// Where the name a score is measured on stands, past a possessor that says whose test it is ("on
// OpenAI's web-browsing test BrowseComp" is on BrowseComp): the next known name of the phrase; `at`
// when the words there are no possessor or no known name follows.
std::size_t pastPossessor(std::string_view text, std::size_t at, const std::vector<Engine::Named>& found) {
  if (at == std::string_view::npos) return at;
  const std::size_t apostrophe = text.find_first_of("'\xE2", at);
  const std::size_t phraseEnd = text.find_first_of(".,;", at);
  if (apostrophe == std::string_view::npos || apostrophe > phraseEnd) return at;
  const std::string_view mark = text.substr(apostrophe);
  if (!mark.starts_with("'s ") && !mark.starts_with("\u2019s ")) return at;
  const std::string_view owner = text.substr(at, apostrophe - at);  // capitalised words only: a name
  for (std::size_t space = owner.find(' '); space != std::string_view::npos; space = owner.find(' ', space + 1))
    if (space + 1 < owner.size() && std::islower(static_cast<unsigned char>(owner[space + 1]))) return at;
  for (const Engine::Named& n : found)
    if (n.begin > apostrophe && n.begin < phraseEnd) return n.begin;
  return at;
}

// Whether a name ending at `end` closes its phrase, or a word for a test or for its items follows
// it: "of HumanEval.", "in the GPQA benchmark", "49.8% of SWE-bench Verified issues" and "78% of
// GPQA right" name a benchmark, "of the AI coding assistant market" and "of Google searches" do not.
bool endsScopePhrase(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != ' ') return true;
  return isTestWord(graph::lowerAscii(text.substr(end + 1, text.find_first_of(" .,;", end + 1) - end - 1)));
}

// Whether a word for a test or its items follows a name ending at `end` ("of Ferrow Test items"): what
// makes words after "of" or "in" that the graph knows by no entity a benchmark ("in October 2024" is none).
bool testWordFollows(std::string_view text, std::size_t end) {
  return end < text.size() && text[end] == ' ' && endsScopePhrase(text, end);
}

// The words written as a title from `at` ("Ferrow Test" in "on the Ferrow Test."): the first
// starts with a capital (a year is a date, not a name), the others with a capital or a digit; a
// word in lower case or a mark other than a hyphen ends them.
std::string titleWordsAt(std::string_view text, std::size_t at) {
  if (at >= text.size() || !std::isupper(static_cast<unsigned char>(text[at]))) return {};
  std::size_t end = at;
  while (end < text.size() &&
         (std::isupper(static_cast<unsigned char>(text[end])) || std::isdigit(static_cast<unsigned char>(text[end])))) {
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    if (end + 1 >= text.size() || text[end] != ' ') break;
    if (!std::isupper(static_cast<unsigned char>(text[end + 1])) &&
        !std::isdigit(static_cast<unsigned char>(text[end + 1])))
      break;
    ++end;
  }
  return std::string(text.substr(at, end - at));
}

// "Zorblax scores 78.2% on ImageNet", "Sable 2 scores 71% on MMLU": the name that opens the statement, before its
// figure, when the graph knows it by no name: capitalised words (and a version number) up to a word in lower
// case, written as a name (two words or more, or one that is no English word; none opening with a word that may open
// a sentence before a number, data/function_words.txt), no known name among them but
// one that only a version number follows ("Sable" of "Sable 2": another model). Empty when it opens otherwise.
std::string unknownOpeningName(std::string_view statement, std::size_t figureAt,
                               const std::vector<Engine::Named>& found) {
  const std::string title = titleWordsAt(statement, 0);
  if (title.empty() || title.size() >= figureAt || statement[title.size()] != ' ' ||
      !graph::isLowerAscii(statement[title.size() + 1]))
    return {};
  const auto& lex = ingest::lexicon();
  // "In 2022 the best AI systems scored ...": a word that may open a sentence before a number opens no name.
  if (lex.isFunctionWord(graph::lowerAscii(title.substr(0, title.find(' '))))) return {};
  if (title.find(' ') == std::string::npos && lex.isEnglishWord(graph::lowerAscii(title))) return {};
  for (const Engine::Named& n : found) {
    if (n.begin >= title.size()) continue;
    const std::string_view rest = std::string_view(title).substr(std::min(n.end, title.size()));
    const bool version = n.begin == 0 && rest.size() > 1 && rest[0] == ' ' &&
                         std::all_of(rest.begin() + 1, rest.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
    if (!version) return {};
  }
  return title;
}

// "On AIME 2024, DeepSeek-V3 gets 39.2% ...": where the name stands that an opening "On NAME," gives
// as what the statement's figure at `figureAt` is measured on; npos when the statement does not open so.
std::size_t openingScopeAt(std::string_view text, std::size_t figureAt) {
  if (text.size() < 4 || graph::lowerAscii(text.substr(0, 3)) != "on ") return std::string_view::npos;
  const std::size_t at = wordAt(text, 3, "the") ? 7 : 3;
  const std::string title = titleWordsAt(text, at);
  if (title.empty() || !text.substr(at + title.size()).starts_with(", ") || at + title.size() > figureAt ||
      ingest::monthNumber(title.substr(0, title.find(' '))) != 0)  // "On January 27, 2025" is a date
    return std::string_view::npos;
  return at;
}

// The name a figure ending at `figureEnd` is measured on in its own part of a coordinated sentence:
// "on NAME" after at most a label of two words ("90.2% EM on MATH-500 and 39.2% Pass@1 on AIME 2024":
// MATH-500 for 90.2%, AIME 2024 for 39.2%); empty when no "on" follows before a comma or "and".
std::string ownScopeAfter(std::string_view text, std::size_t figureEnd) {
  const std::size_t on = text.find(" on ", figureEnd);
  if (on == std::string_view::npos) return {};
  const std::string_view between = text.substr(figureEnd, on - figureEnd);
  if (between.find_first_of(",;()") != std::string_view::npos || std::count(between.begin(), between.end(), ' ') > 2 ||
      graph::lowerAscii(between).find(" and") != std::string_view::npos)
    return {};
  return titleWordsAt(text, wordAt(text, on + 4, "the") ? on + 8 : on + 4);
}

// A name written as an English word in lower case ("benchmark", "agent") names a concept, whatever
// type the graph gave the article of that title, never whose figure it is. (A capital at the
// statement's start says nothing: "Windsurf had ..." names the company.)
bool writtenAsWord(std::string_view text, const Word& w) {
  std::string_view word = text.substr(w.begin, w.end - w.begin);
  return graph::lowerAscii(word) == word && ingest::lexicon().isEnglishWord(word);
}

// Whether words[first..last] are all written as English words in lower case, each part of a hyphenated
// one too ("supervised fine-tuning", "training set"): a term, not a proper name. A possessive before
// it says whose the term is ("DeepSeek-V3's supervised fine-tuning"), as before a single word.
bool writtenAsWords(std::string_view text, const std::vector<Word>& words, std::size_t first, std::size_t last) {
  const auto& lex = ingest::lexicon();
  for (std::size_t k = first; k <= last; ++k) {
    const std::string_view word = text.substr(words[k].begin, words[k].end - words[k].begin);
    if (graph::lowerAscii(word) != word) return false;
    for (std::size_t at = 0; at <= word.size();) {
      const std::size_t hyphen = std::min(word.find('-', at), word.size());
      if (!lex.isEnglishWord(word.substr(at, hyphen - at))) return false;
      at = hyphen + 1;
    }
  }
  return true;
}

// Whether a word opens a proper name as written: a capital or a digit first ("Safety", "3DMark").
bool writtenAsName(std::string_view text, const Word& w) {
  const auto c = static_cast<unsigned char>(text[w.begin]);
  return std::isupper(c) || std::isdigit(c);
}

// Whether a word is written as a product's identifier rather than as English: letters and digits
// together in lower case ("clip-vit-large-patch14", "llama3"), as model and package ids are
// written; a name though no capital opens it.
bool writtenAsIdentifier(std::string_view text, const Word& w) {
  const std::string_view word = text.substr(w.begin, w.end - w.begin);
  const bool letter = std::any_of(word.begin(), word.end(), graph::isLowerAscii);
  return letter && graph::hasAsciiDigit(word) && graph::lowerAscii(word) == word;
}

// Whether words[first..last] are a proper name written whole: the first opens a name as written
// (writtenAsName), no such word follows the last one space after it ("Open" of "MathArena's Open
// Proof Corpus" is a first part of a longer name), and they are not one English word capitalised, as
// a headline's words are ("Replit's Path to $100M ARR"). (A possessive closes a name: the mark after
// the last word keeps the next from following one space after it.)
bool wholeProperName(std::string_view text, const std::vector<Word>& words, std::size_t first, std::size_t last) {
  if (!writtenAsName(text, words[first])) return false;
  if (first == last && ingest::lexicon().isEnglishWord(
                           graph::lowerAscii(text.substr(words[first].begin, words[first].end - words[first].begin))))
    return false;
  return !(last + 1 < words.size() && writtenAsName(text, words[last + 1]) &&
           text.substr(words[last].end, words[last + 1].begin - words[last].end) == " ");
}

// "OpenAI Gym's MountainCar-v0 environment": the proper name written right after the possessive that
// closes the name ending at `nameEnd` (perhaps after more capitalised words of the possessor's name:
// "OpenAI" of "OpenAI Gym's"), before the figure at `figureAt`. It is a thing of the possessor's own,
// whose figures are not the possessor's (Reading::partName). Empty when no such name follows.
std::string possessedProperName(std::string_view text, std::size_t nameEnd, std::size_t figureAt) {
  const std::vector<Word> words = wordsOf(text.substr(0, std::min(figureAt, text.size())));
  auto joined = [&](std::size_t k) { return text.substr(words[k - 1].end, words[k].begin - words[k - 1].end) == " "; };
  std::size_t k = 0;
  while (k < words.size() && words[k].end < nameEnd) ++k;
  if (k == words.size() || words[k].end != nameEnd) return {};
  while (!words[k].possessive && k + 1 < words.size() && writtenAsName(text, words[k + 1]) && joined(k + 1)) ++k;
  if (!words[k].possessive) return {};
  std::size_t end = k + 1;
  if (end < words.size() && writtenAsIdentifier(text, words[end]))
    return std::string(text.substr(words[end].begin, words[end].end - words[end].begin));
  while (end < words.size() && writtenAsName(text, words[end]) &&
         (end == k + 1 || (!words[end - 1].possessive && joined(end))))
    ++end;
  if (end == k + 1 || !wholeProperName(text, words, k + 1, end - 1)) return {};
  return std::string(text.substr(words[k + 1].begin, words[end - 1].end - words[k + 1].begin));
}

// Whether words[first, end) are a name as such, no phrase that holds one: no function word or
// preposition ("In August 2024 Codeium", "The ... Generator"), no number ("August 2024").
bool plainName(std::string_view text, const std::vector<Word>& words, std::size_t first, std::size_t end) {
  const auto& lex = ingest::lexicon();
  for (std::size_t k = first; k < end; ++k) {
    const std::string word = graph::lowerAscii(text.substr(words[k].begin, words[k].end - words[k].begin));
    if (lex.isFunctionWord(word) || lex.prepositions.contains(word) ||
        std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
  }
  return true;
}

// "Meta has committed $10 million to its Purple Llama project": the proper name that "to" (or "into",
// "toward") and "its" or "their" put right after the figure ending at `figureEnd`; the figure is of that thing of the
// subject's own (Reading::partName), not of the subject. Empty when no such name follows.
std::string ownNameAfterFigure(std::string_view text, std::size_t figureEnd) {
  if (figureEnd >= text.size()) return {};
  const std::vector<Word> words = wordsOf(text.substr(figureEnd));
  auto lower = [&](std::size_t k) {
    return graph::lowerAscii(text.substr(figureEnd + words[k].begin, words[k].end - words[k].begin));
  };
  if (words.size() < 3 || (lower(0) != "to" && lower(0) != "into" && lower(0) != "toward" && lower(0) != "towards") ||
      (lower(1) != "its" && lower(1) != "their"))
    return {};
  const std::string_view rest = text.substr(figureEnd);
  std::size_t end = 2;
  while (end < words.size() && writtenAsName(rest, words[end]) && !words[end - 1].possessive &&
         (end == 2 || rest.substr(words[end - 1].end, words[end].begin - words[end - 1].end) == " "))
    ++end;
  if (end == 2 || !wholeProperName(rest, words, 2, end - 1) || !plainName(rest, words, 2, end)) return {};
  return std::string(rest.substr(words[2].begin, words[end - 1].end - words[2].begin));
}

// Whether a phrase between commas after a name describes it (an appositive): it opens with an article
// ("the math and science tutor GPT") or holds a possessive ("Andrew McGregor's custom GPT").
bool describesName(std::string_view phrase) {
  const std::string lower = graph::lowerAscii(phrase);
  return lower.starts_with("a ") || lower.starts_with("an ") || lower.starts_with("the ") ||
         phrase.find("'s ") != std::string_view::npos || phrase.find("\u2019s ") != std::string_view::npos;
}

// Where an appositive stands after the name that opens a statement: the name's end, and the phrase between
// the commas; open == close when there is none.
struct Appositive {
  std::size_t nameBegin = 0, nameEnd = 0, open = 0, close = 0;
};

// "OpenAI's first GPT paper, Improving Language Understanding by Generative Pre-Training, trains in ...", "the
// Transformer model, Switch-C, contained ...": a noun phrase whose head is a common noun in lower case, then a
// proper name between commas (its words capitalised, function words and prepositions between them), then the
// clause's verb in lower case before the figure at `figureAt`. The name says which thing the phrase means; a
// name inside the phrase ("GPT" of "GPT paper") only modifies its noun. The name as nameBegin..nameEnd, the
// phrase before it as open..close; empty (open == close) when the statement is not of that form. Not a list:
// "and" or "or" after the second comma ("Claude apps, Claude Code, and ...") makes the name an item of one.
Appositive nameAfterNounPhrase(std::string_view text, std::size_t figureAt) {
  const std::size_t open = text.find(", ");
  const std::size_t close = open == std::string_view::npos ? open : text.find(", ", open + 2);
  if (close == std::string_view::npos || close >= figureAt) return {};
  const ingest::Lexicon& lex = ingest::lexicon();
  auto grammar = [&](std::string_view word) { return lex.isFunctionWord(word) || lex.prepositions.contains(word); };
  const std::vector<Word> head = wordsOf(text.substr(0, open));
  const std::string_view noun =
      head.empty() ? std::string_view() : text.substr(head.back().begin, head.back().end - head.back().begin);
  if (noun.size() < 3 || graph::lowerAscii(noun) != noun || grammar(noun) || !lex.isEnglishWord(noun)) return {};
  const std::string_view name = text.substr(open + 2, close - open - 2);
  const std::vector<Word> words = wordsOf(name);
  if (words.empty() || !writtenAsName(name, words.front()) || !writtenAsName(name, words.back())) return {};
  for (const Word& w : words)
    if (!writtenAsName(name, w) && !grammar(name.substr(w.begin, w.end - w.begin))) return {};
  const std::vector<Word> after = wordsOf(text.substr(close + 2, figureAt - close - 2));
  const std::string_view verb =
      after.empty() ? std::string_view() : text.substr(close + 2 + after[0].begin, after[0].end - after[0].begin);
  if (verb.empty() || graph::lowerAscii(verb) != verb || lex.isFunctionWord(verb)) return {};
  return {open + 2, close, 0, open};
}

// "AG2, the community fork of AutoGen, has 3,900 stars": the proper name that opens the statement before
// an appositive, a phrase between commas that describes it (describesName) or names what it is of
// ("maker of the GPT Customizer, ..."), ending before the figure at `figureAt`. The names inside the
// appositive say what the subject is, not whose figure it is. Empty when the statement is not of that form.
Appositive appositiveAfterName(std::string_view text, std::size_t figureAt) {
  const std::vector<Word> words = wordsOf(text.substr(0, std::min(figureAt, text.size())));
  // "The Eiffel Tower, the tallest structure in Paris, is ...": a name may open with "The".
  const std::size_t first = !words.empty() && text.substr(words[0].begin, words[0].end - words[0].begin) == "The";
  std::size_t end = first;
  while (end < words.size() && writtenAsName(text, words[end]) && !words[end].possessive &&
         (end == 0 || text.substr(words[end - 1].end, words[end].begin - words[end - 1].end) == " "))
    ++end;
  if (end == first || end >= words.size() || !text.substr(words[end - 1].end).starts_with(", ") ||
      !wholeProperName(text, words, first, end - 1) || !plainName(text, words, first, end))
    return {};
  const std::size_t open = words[end - 1].end + 2, close = text.rfind(", ", figureAt);
  if (close == std::string_view::npos || close <= open) return {};
  const std::string_view phrase = text.substr(open, close - open);
  const std::size_t space = phrase.find(' ');
  const std::string_view head = phrase.substr(0, space);
  const bool ofThing = space != std::string_view::npos && phrase.substr(space).starts_with(" of ") &&
                       graph::lowerAscii(head) == head && ingest::lexicon().isEnglishWord(head);
  if (!describesName(phrase) && !ofThing) return {};
  return {words[first].begin, words[end - 1].end, open, close};
}

// Whether the key an article file of a title has keeps a byte of its lower case: letters, digits
// and '-'; each run of the others is one '_' ("Character.AI" -> "character_ai"). (The "C" locale's
// isalnum, which no program of ours changes, written out: asked of every byte of every statement.)
bool keptInArticleKey(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// The article key of a span that holds bytes past ASCII: as keptInArticleKey's, but a letter or digit
// of any script is kept too (in lower case), as the files of such titles keep it ("AI算命 GPT" ->
// "ai算命_gpt", "科技文章翻译 (GPT)" -> "科技文章翻译_gpt"); a mark ("“", "·") is a gap. The byte
// predicate would cut "AI算命 GPT" to "ai_gpt" and "GPT 科技文章翻译" to "gpt", names of other pages.
std::string articleKeyAnyScript(std::string_view span) {
  std::string key;
  bool gap = false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(span.data());
  for (std::int32_t i = 0, length = static_cast<std::int32_t>(span.size()); i < length;) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const bool kept = c < 0x80 ? keptInArticleKey(static_cast<unsigned char>(c)) : c > 0 && u_isalnum(c);
    if (!kept) {
      gap = true;
      continue;
    }
    if (gap && !key.empty()) key.push_back('_');
    gap = false;
    if (c < 0x80) {
      key.push_back(graph::lowerAscii(static_cast<char>(c)));
    } else {
      key.append(span.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at)));
    }
  }
  return key;
}

// Where the name of what a cost made stands: right after "train", "training" or "trained" (a
// training cost), or "build", "building", "develop", "developing" (what it cost to make), and an
// optional "the"; npos when no such word is there. `training` says which kind of verb it was.
std::size_t trainedThingAt(std::string_view text, bool& training) {
  const std::string lower = graph::lowerAscii(text);
  for (std::string_view verb :
       {"training ", "trained ", "train ", "building ", "build ", "developing ", "develop ", "built "}) {
    for (std::size_t at = lower.find(verb); at != std::string::npos; at = lower.find(verb, at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) continue;
      std::size_t thing = at + verb.size();
      if (lower.compare(thing, 4, "the ") == 0) thing += 4;
      training = verb.starts_with("train");
      return thing;
    }
  }
  return std::string_view::npos;
}

// The words that make a model's name a class of performance ("GPT-4-level", "GPT-4-class",
// "GPT-4-equivalent", "at GPT-4 level").
constexpr std::array<std::string_view, 5> kClassWords{"level", "class", "equivalent", "grade", "caliber"};

// The name a statement makes a class of ("GPT-4-level inference", "inference at GPT-4 level"): the
// written word before the hyphen or, after "at", before the space, and the phrase with its class word;
// empty when there is none. Engine::read keeps it only where it names a product the graph knows
// ("human-level", "entry-level", "PhD-level" name none).
std::pair<std::string_view, std::string_view> classNameAt(std::string_view text) {
  const std::string lower = graph::lowerAscii(text);
  for (std::string_view word : kClassWords)
    for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
      const std::size_t after = at + word.size();
      if (at < 2 || (after < text.size() && std::isalnum(static_cast<unsigned char>(text[after])))) continue;
      const std::size_t nameEnd = at - 1;  // the hyphen, or the space of "at GPT-4 level"
      if (text[nameEnd] != '-' && text[nameEnd] != ' ') continue;
      const std::size_t space = text.find_last_of(' ', nameEnd - 1);
      const std::size_t begin = space == std::string_view::npos ? 0 : space + 1;
      if (begin >= nameEnd) continue;
      if (text[nameEnd] == ' ' && !std::string_view(lower).substr(0, begin).ends_with("at ")) continue;
      return {text.substr(begin, nameEnd - begin), text.substr(begin, after - begin)};
    }
  return {};
}

// Who a statement says gives its figure: "According to X, ..." or a statement that opens with "X
// says", "X reports", "X estimated" (an optional "The" before X): its first reporting verb of
// data/speech_verbs.txt before any comma, in a finite form (a participle, "reporting", takes the
// speaker of another clause), not passive ("Acme was valued at" names no one who says it), after
// a name (capitalised words, no possessive: "Acme's round valued it at" is no one's word). `mind`
// tells whether the verb has other senses ("finds", "asks"; data/speech_verbs.txt), so that only a
// person or organisation says it. Empty when it names no one.
std::string claimantAt(std::string_view text, bool& mind) {
  mind = false;
  const std::string lower = graph::lowerAscii(text);
  if (lower.starts_with("according to ")) {
    std::size_t begin = 13, end = text.find(',', begin);
    if (end == std::string_view::npos) return {};
    if (lower.compare(begin, 4, "the ") == 0) begin += 4;
    return std::string(text.substr(begin, end - begin));
  }
  const std::size_t begin = lower.starts_with("the ") ? 4 : 0;
  const std::vector<Word> words = wordsOf(text.substr(0, text.find(',')));
  const ingest::Lexicon& lex = ingest::lexicon();
  auto lowerWord = [&](const Word& w) { return std::string_view(lower).substr(w.begin, w.end - w.begin); };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].begin < begin) continue;
    const auto verb = lex.speechVerbs.find(lowerWord(words[i]));
    if (i > 0 && words[i - 1].begin >= begin && verb != lex.speechVerbs.end() &&
        !lowerWord(words[i]).ends_with("ing")) {
      if (ingest::isBeAuxiliary(lowerWord(words[i - 1]))) return {};
      mind = lex.mindVerbs.contains(verb->second);
      return std::string(text.substr(begin, words[i].begin - 1 - begin));
    }
    const unsigned char first = static_cast<unsigned char>(text[words[i].begin]);
    if (words[i].possessive || !(std::isupper(first) || std::isdigit(first))) return {};
  }
  return {};
}

// Whether a name is a leaderboard's ("the MathArena Apex leaderboard", "the LMArena rankings"): what
// the scores on it are measured on.
bool namesLeaderboard(std::string_view text, std::size_t nameEnd) {
  const std::string after = graph::lowerAscii(text.substr(nameEnd, 14));
  return after.starts_with(" leaderboard") || after.starts_with(" rankings") || after.starts_with(" ranking");
}

// Whether a name before a score is written as a setting: after "at", "on" or "in" (and "the"), as
// what its holder tops or leads ("tops GEOBench-VLM with an accuracy of"), before "score" ("an
// overall DeepResearch Bench score of 73.5"), or, before the holder
// only, as a possessor ("At AA-LCR's launch", "On the QuillBench table"; after it, "OpenAI's" is a maker).
bool introducesScope(std::string_view text, std::size_t begin, std::size_t end, bool possessive) {
  const std::string after = graph::lowerAscii(text.substr(end, 3));
  if (possessive && (after.starts_with("'s") || text.substr(end).starts_with("\u2019s"))) return true;
  if (graph::lowerAscii(text.substr(end, 7)) == " score ") return true;  // "an overall DeepResearch Bench score of"
  std::string before = graph::lowerAscii(text.substr(0, begin));
  if (before.ends_with("the ")) before.resize(before.size() - 4);
  for (std::string_view p : {"at ", "on ", "in ", "tops ", "leads ", "topped ", "led "})
    if (before.ends_with(p) && (before.size() == p.size() || before[before.size() - p.size() - 1] == ' ')) return true;
  return false;
}

// A score written as a bare number right after its word ("a score of 48.92", "score is 88", "scores
// 80.4 overall"): points out of 100, as the graph reads a leaderboard's bare cells (ingest::bareScore).
std::optional<graph::Quantity> bareScoreFigure(std::string_view text) {
  const std::string lower = graph::lowerAscii(text);
  for (std::size_t at = lower.find("scor"); at != std::string::npos; at = lower.find("scor", at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
    std::size_t p = at;
    while (p < lower.size() && std::isalpha(static_cast<unsigned char>(lower[p]))) ++p;
    const std::string_view word = std::string_view(lower).substr(at, p - at);
    if (word != "score" && word != "scores" && word != "scored" && word != "scoring") continue;
    for (std::string_view joiner : {" of", " is", " was", " at"})
      if (std::string_view(lower).substr(p).starts_with(joiner)) p += joiner.size();
    if (p >= lower.size() || lower[p] != ' ') continue;
    const std::size_t begin = p + 1;
    std::size_t end = begin;
    while (end < lower.size() &&
           (std::isdigit(static_cast<unsigned char>(lower[end])) ||
            (lower[end] == '.' && end + 1 < lower.size() && std::isdigit(static_cast<unsigned char>(lower[end + 1])))))
      ++end;
    if (end == begin || (end < lower.size() && lower[end] != ' ' && lower[end] != '.' && lower[end] != ',')) continue;
    const double value = std::stod(lower.substr(begin, end - begin));
    if (value > 100 || std::string_view(lower).substr(end).starts_with(" percent")) continue;
    graph::Quantity q;
    q.value = value;
    q.unit = "percent";
    q.text = std::string(text.substr(begin, end - begin));
    return q;
  }
  return std::nullopt;
}

// "About 77,400 of DROP's questions", "9,500 of its questions": a bare count that is a part of a
// possessed plural counts that plural ("number of questions"). Empty when the words after the figure
// are not " of", a possessive (a name's "'s" or a possessive determiner) and a counted plural.
std::string partitiveCountMeasure(std::string_view statement, std::size_t figureEnd) {
  const std::string_view rest = statement.substr(std::min(figureEnd, statement.size()));
  const std::vector<Word> words = wordsOf(rest);
  const auto lower = [&](std::size_t k) {
    return graph::lowerAscii(rest.substr(words[k].begin, words[k].end - words[k].begin));
  };
  constexpr std::size_t kPossessorWords = 4;  // "of the DROP benchmark's questions"
  if (words.size() < 3 || lower(0) != "of") return {};
  for (std::size_t i = 1; i + 1 < words.size() && i <= kPossessorWords; ++i) {
    if (!words[i].possessive && !ingest::isPossessiveDeterminer(lower(i))) continue;
    const std::string noun = lower(i + 1);
    return ingest::isCountedPlural(noun) ? ingest::countMeasure(noun) : std::string();
  }
  return {};
}

// "an F1 score of 87.1", "an EM score of 85": a metric's score that the statement reader gave as
// a statistic (MeasureNames.h: the metric's name before "score") written as a bare number above 1 and
// up to 100 is a benchmark score in points out of 100, as the graph reads a leaderboard's bare cells
// (a fraction, "an F1 score of 0.8", stays the statistic). The metric's name; empty when none.
std::string metricScore(ingest::StatementReading& s) {
  if (!s.figure || !s.figure->value || s.measure.empty() || (!s.figure->unit.empty() && s.figure->unit != "count"))
    return {};
  const double value = *s.figure->value;
  if (value <= 1 || value > 100) return {};
  // The figure's text is the phrase ("an F1 score of 87.1"): the metric's name, "score of", the number.
  const std::string phrase = graph::lowerAscii(s.figure->text), cue = graph::lowerAscii(s.measure) + " score of ";
  const std::size_t at = phrase.find(cue);
  if (at == std::string::npos || phrase.find_first_not_of("0123456789.,", at + cue.size()) != std::string::npos)
    return {};
  std::string metric = std::move(s.measure);
  s.figure->unit = "percent";
  s.measure = "benchmark score";
  return metric;
}

// The end of a number that starts at `begin` ("1,500", "1450", "8.5") after a space, "~" or "(", or
// `begin` when none does or it runs into a letter or a percent sign (a scale or a percentage).
std::size_t numberEnd(std::string_view text, std::size_t begin) {
  auto digit = [&](std::size_t at) { return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); };
  if (!digit(begin) || (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '~' && text[begin - 1] != '('))
    return begin;
  std::size_t end = begin;
  while (digit(end) || (end < text.size() && (text[end] == ',' || text[end] == '.') && digit(end + 1))) ++end;
  if (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '%')) return begin;
  return end;
}

// Where a number that ends right before `end` (spaces aside) begins, or npos.
std::size_t numberBefore(std::string_view text, std::size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && (std::isdigit(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == ',' ||
                       text[begin - 1] == '.'))
    --begin;
  while (begin < end && !std::isdigit(static_cast<unsigned char>(text[begin]))) ++begin;
  return begin < end && numberEnd(text, begin) == end ? begin : std::string_view::npos;
}

// Whether a word between a rating word and its number only links the two ("an Elo score of 1,500",
// "a rating of about 1,450").
bool linksRating(std::string_view lower) {
  const ingest::Lexicon& lex = ingest::lexicon();
  return lower == "score" || lower == "scores" || lex.isFunctionWord(lower) || lex.prepositions.contains(lower) ||
         lex.isHeader(ingest::HeaderRole::kRating, lower);
}

// A number that a rating word stands beside (data/table_headers.tsv's `rating` role, the words
// ingest reads a leaderboard's rating column by: "Elo", "Glicko-2", "rating"): "200 on the EQ-Bench
// 3 Elo scale", "about 1,450 Elo", "an Elo score of 1,500". A rating in points, as the graph stores
// a rating cell; its text runs through a rating word right after it, so that the scope after that
// word is read ("1,450 Elo on EQ-Bench 3").
std::optional<graph::Quantity> ratingFigure(std::string_view text) {
  const std::vector<Word> words = wordsOf(text);
  auto lowerOf = [&](std::size_t i) {
    return graph::lowerAscii(text.substr(words[i].begin, words[i].end - words[i].begin));
  };
  auto startsLower = [&](std::size_t i) { return std::islower(static_cast<unsigned char>(text[words[i].begin])) != 0; };
  auto figure = [&](std::size_t begin, std::size_t textEnd) {
    graph::Quantity q;
    std::string digits(text.substr(begin, numberEnd(text, begin) - begin));
    std::erase(digits, ',');
    q.value = std::stod(digits);
    q.unit = "points";
    q.text = std::string(text.substr(begin, std::max(textEnd, numberEnd(text, begin)) - begin));
    return q;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!ingest::lexicon().isHeader(ingest::HeaderRole::kRating, lowerOf(i))) continue;
    // "200 on the EQ-Bench 3 Elo scale": the rating word closes the name of what the number is on.
    std::size_t k = i;
    while (k > 0 && i - k < 4 && !startsLower(k - 1)) --k;
    if (k < i && k > 0 && lowerOf(k - 1) == "the") --k;
    if (k < i && k > 0 && (lowerOf(k - 1) == "on" || lowerOf(k - 1) == "in"))
      if (const std::size_t begin = numberBefore(text, words[k - 1].begin); begin != std::string_view::npos)
        return figure(begin, 0);
    // "1,450 Elo": the number right before the word, unless it ends a name ("EQ-Bench 3 Elo").
    if (const std::size_t begin = numberBefore(text, words[i].begin);
        begin != std::string_view::npos &&
        (begin == 0 || !std::isupper(static_cast<unsigned char>(text[text.find_last_of(' ', begin - 2) + 1]))))
      return figure(begin, words[i].end);
    // "an Elo score of 1,500": the number after the word and a few linking words.
    for (std::size_t n = i + 1; n < words.size() && n <= i + 4; ++n) {
      if (numberEnd(text, words[n].begin) != words[n].begin) return figure(words[n].begin, 0);
      if (!linksRating(lowerOf(n))) break;
    }
  }
  return std::nullopt;
}

// A name without the rating word that closes it ("Ferrow Test Elo" is "Ferrow Test").
std::string withoutRatingWord(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos ||
      !ingest::lexicon().isHeader(ingest::HeaderRole::kRating, graph::lowerAscii(name.substr(space + 1))))
    return name;
  return name.substr(0, space);
}

// A rating beside its word is read as one, in place of the bare count (or the year) the extractor
// makes of its number: "an Elo score of 1,500" is no count of 1,500 things.
void readRating(std::string_view statement, ingest::StatementReading& s) {
  std::optional<graph::Quantity> rating = ratingFigure(statement);
  if (!rating) return;
  if (s.figure && !(ingest::isCountUnit(s.figure->unit) && s.figure->value == rating->value)) return;
  if (s.asOf == std::to_string(static_cast<long>(*rating->value))) s.asOf.clear();  // "1500" is no year
  if (s.figure) rating->approximate = s.figure->approximate;                        // "about 1,450 Elo"
  s.figure = std::move(rating);
  s.measure = "benchmark score";
}

// Whether `initials` (two to five capitals) are the first letters of the words of `name`, its
// words of one or two letters ("and", "of") left out or not: "SAM" of "Segment Anything Model",
// "KNN" of "K-nearest neighbors", "LASSO" of "Least Absolute Shrinkage and Selection Operator";
// not "MIT" of "Michael Carbin" nor "SGD" of "Singapore Dollar".
bool isInitialsOf(std::string_view initials, std::string_view name) {
  if (initials.size() < 2 || initials.size() > 5 || !std::all_of(initials.begin(), initials.end(), graph::isUpperAscii))
    return false;
  std::string all, content;
  for (const Word& w : wordsOf(name)) {
    const char first = static_cast<char>(std::toupper(static_cast<unsigned char>(name[w.begin])));
    all += first;
    if (w.end - w.begin > 3 || !std::islower(static_cast<unsigned char>(name[w.begin]))) content += first;
  }
  return initials == all || initials == content;
}

// Whether `inner` stands in `outer` as whole words, in order (folded tokens).
bool containsWords(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  if (inner.empty()) return false;
  return std::search(outer.begin(), outer.end(), inner.begin(), inner.end()) != outer.end();
}

// Whether words name an entity by its name or one of its aliases ("xAI Grok 4" names Grok-4).
bool namesEntity(const graph::ClaimGraph& g, const std::vector<std::string>& words, EntityId e) {
  const graph::Entity& entity = g.entities()[e];
  return containsWords(words, graph::foldTokens(g.str(entity.name))) ||
         std::any_of(entity.aliases.begin(), entity.aliases.end(),
                     [&](graph::StrId a) { return containsWords(words, graph::foldTokens(g.str(a))); });
}

}  // namespace

// A statement's word spans in every form knownName tries them in. A span of plain ASCII (single
// spaces) folds to its lower case, so its fold and slug are cut out of the whole statement's; any
// other span's are made for it (valid until the next span's). A statement with an accented name
// or a double space thus folds afresh only the spans that hold one. The whole statement's forms
// are made at the first span asked for (most spans are told by mayName that they name nothing).
class Engine::StatementForms {
 public:
  explicit StatementForms(std::string_view text) : text_(text) {}

  // Whether the graph may know a name the span writes, told from its first word before any of its
  // forms is made (ClaimGraph::mayFindEntityByHeads): the word as written, and the first word of its
  // article key. The spans tried at one word share that word, so it is asked once.
  [[nodiscard]] bool mayName(const graph::ClaimGraph& g, std::size_t begin, std::size_t end) {
    const std::string_view head = graph::nameHead(text_.substr(begin, end - begin));
    if (head.data() != lastHead_.data() || head.size() != lastHead_.size()) {
      lastHead_ = head;
      lastMayName_ = mayNameByHead(g, head);
    }
    return lastMayName_;
  }

  // The span's forms, valid until the next call.
  [[nodiscard]] SpanForms of(std::size_t begin, std::size_t end) {
    const Cuts& cuts = this->cuts();
    const std::string_view span = text_.substr(begin, end - begin);
    std::string_view fold, slug;
    const bool plainSpan = plain(begin, end);
    std::size_t hashed = 0;
    hashes_[hashed++] = {span, writtenHashes_.of(span)};
    if (plainSpan) {
      fold = std::string_view(cuts.lower).substr(begin, end - begin), slug = cuts.slugs.of(begin, end);
      hashes_[hashed++] = {fold, lowerHashes_.of(fold)};
      hashes_[hashed++] = {slug, slugHashes_.of(slug)};
    } else {
      fold = fold_ = graph::foldKey(span), slug = slug_ = graph::slugifyFolded(fold_);
    }
    const std::string_view articleKey =
        plainSpan ? cuts.articleKeys.of(begin, end) : std::string_view(articleKey_ = articleKeyAnyScript(span));
    if (plainSpan) hashes_[hashed++] = {articleKey, articleKeyHashes_.of(articleKey)};
    // A plain span's fold is its lower case, which folds to itself.
    return {{.written = span,
             .folded = fold,
             .slug = slug,
             .foldedIsOwnFold = plainSpan,
             .hashes = std::span(hashes_.data(), hashed)},
            articleKey,
            isOwnSlug(articleKey)};
  }

 private:
  // mayName of a head not asked before. The article key's first word is the head's first run of
  // bytes an article key keeps, lowered (into otherHead_: no string is made a head); most heads are
  // that word already but for their capitals, and are asked once.
  [[nodiscard]] bool mayNameByHead(const graph::ClaimGraph& g, std::string_view head) {
    auto kept = [](char c) { return keptInArticleKey(static_cast<unsigned char>(c)); };
    const auto runBegin = std::find_if(head.begin(), head.end(), kept);
    const auto runEnd = std::find_if_not(runBegin, head.end(), kept);
    if (runBegin == head.begin() && runEnd == head.end()) return g.mayFindEntityByHeads(head, std::nullopt);
    // A longer first word is let by, as mayFindEntityByHeads lets by a head longer than it reads.
    if (runEnd - runBegin > static_cast<std::ptrdiff_t>(otherHead_.size())) return true;
    const auto otherEnd =
        std::transform(runBegin, runEnd, otherHead_.begin(), [](char c) { return graph::lowerAscii(c); });
    return g.mayFindEntityByHeads(head, std::string_view(otherHead_.begin(), otherEnd));
  }

  // Whether text[i] keeps a span plain: ASCII, no white space but a single space (foldKey of a
  // span of such bytes that starts and ends with a word is its lower case).
  static bool plainAt(std::string_view text, std::size_t i) {
    const char c = text[i];
    return !((c & 0x80) || c == '\t' || c == '\n' || c == '\r' ||
             (c == ' ' && i + 1 < text.size() && text[i + 1] == ' '));
  }
  // Whether an article key (letters and digits in lower case, '-', single '_' between) is its own
  // fold and slug: when it holds no '-' (which a slug drops) and no byte past ASCII.
  static bool isOwnSlug(std::string_view articleKey) {
    return std::none_of(articleKey.begin(), articleKey.end(), [](char c) { return c == '-' || (c & 0x80); });
  }
  // A double space counts at its first byte: a span, which starts and ends with a word, holds the
  // space pair exactly when it holds that byte.
  [[nodiscard]] bool plain(std::size_t begin, std::size_t end) const {
    return cuts_->notPlain.empty() || cuts_->notPlain[end] == cuts_->notPlain[begin];
  }

  // The whole statement's forms, which a plain span's are cut from.
  struct Cuts {
    explicit Cuts(std::string_view text)
        : lower(graph::lowerAscii(text)), slugs(lower, graph::keptInSlug), articleKeys(text, keptInArticleKey) {
      // notPlain[i]: how many bytes before i are not plain (plainAt); empty when none is.
      for (std::size_t i = 0; i < text.size(); ++i)
        if (!plainAt(text, i)) {
          notPlain.assign(text.size() + 1, 0);
          for (std::size_t k = 0; k < text.size(); ++k) notPlain[k + 1] = notPlain[k] + (plainAt(text, k) ? 0 : 1);
          break;
        }
    }
    std::string lower;
    graph::SpanKeys slugs, articleKeys;
    std::vector<std::uint32_t> notPlain;
  };
  const Cuts& cuts() {
    if (!cuts_) cuts_.emplace(text_);
    return *cuts_;
  }

  // The stableHash of a view of one string that does not change (the statement, its lower case, its
  // slug and article key) and of the views at its address that are shorter: the spans tried at one
  // word are prefixes of one another, the longest first, so their bytes are hashed once a word.
  class PrefixHashes {
   public:
    [[nodiscard]] std::uint64_t of(std::string_view view) {
      if (view.data() != start_ || view.size() >= hashes_.size()) {
        start_ = view.data();
        graph::stableHashPrefixes(view, hashes_);
      }
      return hashes_[view.size()];
    }

   private:
    const char* start_ = nullptr;
    std::vector<std::uint64_t> hashes_;  // [k]: stableHash of the k bytes at start_
  };

  std::string_view text_;
  std::optional<Cuts> cuts_;
  std::string fold_, slug_, articleKey_;
  PrefixHashes writtenHashes_, lowerHashes_, slugHashes_, articleKeyHashes_;
  std::array<std::pair<std::string_view, std::uint64_t>, 4> hashes_;  // of the last span's forms
  std::string_view lastHead_;                                         // mayName's last head, and its answer
  std::array<char, 64> otherHead_;                                    // mayNameByHead's article-key word
  bool lastMayName_ = true;
};

namespace {

// Whether a possessed name ending at `nameEnd` is an organisation that only modifies the head noun after
// it (headNounAfter): the platform or the partner of what its possessor did.
bool possessedModifier(const graph::ClaimGraph& g, std::string_view text, std::size_t nameEnd, EntityId e) {
  return g.entities()[e].type == graph::EntityType::kOrganization && !headNounAfter(text, nameEnd, "").empty();
}

// Whether the word at `i` opens a noun phrase that is the object of a preposition other than "of" ("In
// the widely used European credit-card fraud dataset, ..."), read back over the phrase's determiners,
// adverbs and participles ("the", "widely", "used"): a proper adjective there says where the thing the
// clause is set in comes from, not whose figure the clause gives. After "of" the phrase is what the
// figure counts ("20% of Irish schools": the place's schools).
bool inPrepositionalObject(std::string_view text, const std::vector<Word>& words, std::size_t i) {
  const auto& lex = ingest::lexicon();
  while (i > 0) {
    const Word& w = words[--i];
    const std::string lower = graph::lowerAscii(text.substr(w.begin, w.end - w.begin));
    if (lower == "of") return false;
    if (lex.prepositions.contains(lower)) return true;
    const bool modifier = ingest::isDeterminer(lower) || lower.ends_with("ly") || lower.ends_with("ed");
    if (!modifier || w.possessive || graph::isUpperAscii(text[w.begin])) return false;
  }
  return false;
}

}  // namespace

// A name the graph knows over words [first, last] of a statement (namedEntities).
struct Engine::NameAt {
  EntityId entity;
  std::size_t first, last;
};

// How many of the words from i on a name of six words at most may span: words a slash joins count as
// one ("Practice Exam/Quiz/Test Creator For School" is a name of five words).
namespace {
std::size_t wordsInSixNameWords(std::string_view text, const std::vector<Word>& words, std::size_t i) {
  std::size_t n = 1;
  for (std::size_t nameWords = 1; i + n < words.size(); ++n) {
    const Word& before = words[i + n - 1];
    const bool slash = words[i + n].begin == before.end + 1 && text[before.end] == '/';
    if (!slash && ++nameWords > 6) break;
  }
  return n;
}
}  // namespace

// "Earth Mover's Distance", "Humanity's Last Exam", "Income Stream Surfer's SEO Content Writer": words
// across a possessive are one name, not a possessor and a thing of its own ("Anthropic's Claude"), where
// they are, as written, the name or an alias of the topic of a page with figures (an eponym's term, a
// work's title). Other entities named across a possessive are often a sentence's words the page reader
// took for a name ("xAI's stated mission is to"), so only a page's topic is taken.
std::optional<EntityId> Engine::pageTitledAcrossPossessive(std::string_view span) const {
  const auto e = g_.findEntity(span);
  if (!e || !hasFigures(*e) || !g_.findDocument(g_.str(g_.entities()[*e].key))) return std::nullopt;
  return e;
}

// The longest name the graph knows that starts at word i, of six words at most (wordsInSixNameWords).
std::optional<Engine::NameAt> Engine::longestNameAt(std::string_view text, const std::vector<Word>& words,
                                                    StatementForms& forms, std::size_t i) const {
  std::optional<NameAt> best;
  for (std::size_t n = wordsInSixNameWords(text, words, i); n >= 1 && !best; --n) {
    const Word& last = words[i + n - 1];
    bool crossesPossessive = false;
    for (std::size_t k = i; k + 1 < i + n; ++k) crossesPossessive |= words[k].possessive;
    // A name with a bracketed qualifier ("Alsea (company)", "Prompt Helper (V6)") ends with its
    // closing bracket, which is no word.
    std::size_t end = last.end;
    if (end < text.size() && text[end] == ')' &&
        text.substr(words[i].begin, end - words[i].begin).find('(') != std::string_view::npos)
      ++end;
    // "the 2024 U.S. elections": initials keep their last full stop, as the graph's names do.
    end = ingest::endWithInitialsStop(text, words[i].begin, end);
    std::string_view span = text.substr(words[i].begin, end - words[i].begin);
    if (n == 1 && namesNothing(span)) continue;
    if (crossesPossessive) {
      if (auto e = pageTitledAcrossPossessive(span)) best = NameAt{*e, i, i + n - 1};
      continue;
    }
    const bool mayName = forms.mayName(g_, words[i].begin, end);
    if (auto e = mayName ? knownName(forms.of(words[i].begin, end), n == 1) : knownByInitials(span, n == 1);
        e && !(n == 1 && i == 0 && capitalisedByPlace(span, g_.str(g_.entities()[*e].name)) && opensWithTerm(text)))
      best = NameAt{*e, i, i + n - 1};
  }
  return best;
}

namespace {

// Whether words[first..last] are written as one name: the first is no determiner ("The", "This"), one
// at least opens with a capital or a digit, and the others are no English words nor compounds
// ("invideo" of "invideo AI"; not "red-teaming" of "AI red-teaming", nor "dataset").
bool writtenAsOneName(std::string_view text, const std::vector<Word>& words, std::size_t first, std::size_t last) {
  bool capital = false;
  for (std::size_t k = first; k <= last; ++k) {
    const std::string_view word = text.substr(words[k].begin, words[k].end - words[k].begin);
    const std::string lower = graph::lowerAscii(word);
    if (k == first && ingest::isDeterminer(lower)) return false;
    if (writtenAsName(text, words[k])) {
      capital = true;
      continue;
    }
    if (ingest::lexicon().isEnglishWord(lower) || word.find('-') != std::string_view::npos) return false;
  }
  return capital;
}

}  // namespace

// The longest name of two words or more at word i that the graph knows by its name alone ("invideo AI",
// the developer a GPT's page names), written as one name, where a name with figures stands inside it (AI).
// That shorter name is not what the statement speaks of: "invideo AI ... has more than 25 million users" is
// no figure of AI's, and the graph, having none of invideo AI's, has nothing to say of it.
std::optional<Engine::NameAt> Engine::figurelessNameAt(std::string_view text, const std::vector<Word>& words,
                                                       StatementForms& forms, std::size_t i) const {
  for (std::size_t n = wordsInSixNameWords(text, words, i); n >= 2; --n) {
    const std::size_t last = i + n - 1;
    bool crossesPossessive = false;
    for (std::size_t k = i; k < last; ++k) crossesPossessive |= words[k].possessive;
    if (crossesPossessive || !writtenAsOneName(text, words, i, last)) continue;
    if (!forms.mayName(g_, words[i].begin, words[last].end)) return std::nullopt;
    const auto known = g_.findEntityForms(forms.of(words[i].begin, words[last].end).graphForms);
    const auto e = known.asWritten ? known.asWritten : known.folded;
    if (e && knownByNameAlone(*e) && namesInside(text, words, forms, i, last)) return NameAt{*e, i, last};
  }
  return std::nullopt;
}

// Whether the graph knows entity `e` by its name alone: no claims about it or by it, no aliases, no
// page of its own, as a page box's Developer cell ("invideo AI") is known. A longer name the graph
// knows more of (a page, a claimant: "Google Search", "NVIDIA P100") is left to the name reader; the
// forty-third session's rule without this bound lost a held-out statement.
bool Engine::knownByNameAlone(EntityId e) const {
  const auto& entity = g_.entities()[e];
  return !hasFigures(e) && g_.claimsBy(e, 1).empty() && entity.aliases.empty() && !g_.findDocument(g_.str(entity.key));
}

// Whether a name with figures stands within words[first..last] (longestNameAt).
bool Engine::namesInside(std::string_view text, const std::vector<Word>& words, StatementForms& forms,
                         std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k <= last; ++k)
    if (const auto inner = longestNameAt(text, words, forms, k); inner && inner->last <= last) return true;
  return false;
}

// The longer name the graph gives no figure that holds every place the statement names `subject`
// (figurelessNameAt): "invideo AI, the company behind the VideoMaker GPT, has more than 25 million users"
// names AI only inside "invideo AI". Empty where the statement names the subject on its own.
std::optional<EntityId> Engine::figurelessNameAround(std::string_view text, EntityId subject) const {
  const std::vector<Word> words = wordsOf(text);
  StatementForms forms(text);
  std::optional<EntityId> around;
  for (std::size_t i = 0; i < words.size();) {
    const std::optional<NameAt> best = longestNameAt(text, words, forms, i);
    const std::optional<NameAt> whole = figurelessNameAt(text, words, forms, i);
    if (whole && whole->last > (best ? best->last : i)) {
      for (std::size_t k = i; k <= whole->last; ++k)
        if (const auto inner = longestNameAt(text, words, forms, k); inner && inner->entity == subject)
          around = whole->entity;
      i = whole->last + 1;
      continue;
    }
    if (best && best->entity == subject) return std::nullopt;
    i = best ? best->last + 1 : i + 1;
  }
  return around;
}

// "Irish primary schools ...": a proper adjective at word i names the entity of the noun it pertains to,
// where the graph knows that noun, tried after the names the statement writes ("Scottish" may
// name an entity "Scottish people" too: Scotland is tried after it).
// An adjective before a capitalised word is part of a name ("the British Grand Prix", "Irish
// Sea"), not the statement's subject.
std::vector<Engine::NameAt> Engine::pertainingNames(std::string_view text, const std::vector<Word>& words,
                                                    std::size_t i) const {
  std::vector<NameAt> pertaining;
  const bool beforeName = i + 1 < words.size() && std::isupper(static_cast<unsigned char>(text[words[i + 1].begin]));
  // Nor is one in a preposition's object ("In the widely used European ... dataset,": inPrepositionalObject).
  if (!words[i].possessive && !beforeName) {
    const auto& pertainyms = ingest::lexicon().pertainyms;
    const auto noun = pertainyms.find(text.substr(words[i].begin, words[i].end - words[i].begin));
    if (noun != pertainyms.end() && !inPrepositionalObject(text, words, i)) {
      StatementForms nounForms(noun->second);
      if (auto e = knownName(nounForms.of(0, noun->second.size()), false)) {
        pertaining.push_back(NameAt{*e, i, i});
        // "Ireland" is the island's name and the state's alias ("Republic of Ireland"): the
        // entity whose alias the noun is, with figures of its own, is tried after the named one.
        const auto& aliases = indices_->needAliases(g_);
        if (auto it = aliases.find(graph::foldKey(noun->second));
            it != aliases.end() && it->second && *it->second != *e)
          pertaining.push_back(NameAt{*it->second, i, i});
      }
    }
  }
  return pertaining;
}

// The names found, in their order, as the statement names them. A possessor of the next name is not a
// subject: "Elon Musk's xAI" names xAI.
std::vector<Engine::Named> Engine::namedOfFound(std::string_view text, const std::vector<Word>& words,
                                                const std::vector<NameAt>& found,
                                                const std::vector<std::size_t>& adjectives) const {
  std::vector<Named> out;
  for (std::size_t k = 0; k < found.size(); ++k) {
    // ... unless the next name is written in English words in lower case ("MNIST's training set",
    // "DeepSeek-V3's supervised fine-tuning": a part, measure or process of the possessor's).
    // A name written whole as a proper name ("OpenAI's Safety Gym") is a thing of its own whatever
    // the graph types it, as an owner of figures is.
    bool possessor =
        words[found[k].last].possessive && k + 1 < found.size() && found[k + 1].first == found[k].last + 1 &&
        (isOwner(found[k + 1].entity) || wholeProperName(text, words, found[k + 1].first, found[k + 1].last)) &&
        !writtenAsWords(text, words, found[k + 1].first, found[k + 1].last);
    // ... nor where the next name, an organisation, only modifies a noun after it ("Unstable Diffusion's
    // Kickstarter campaign" is Unstable Diffusion's campaign, not Kickstarter's). A product before such a
    // noun is what the noun is of ("OpenAI's ChatGPT launch drew 1 million users").
    if (possessor && possessedModifier(g_, text, words[found[k + 1].last].end, found[k + 1].entity)) possessor = false;
    // The possessor of a name of no owner's type stays, tried after it (Named::ownsNext).
    const bool ownsNext = possessor && !isOwner(found[k + 1].entity);
    bool seen = std::any_of(out.begin(), out.end(), [&](const Named& n) { return n.entity == found[k].entity; });
    if ((possessor && !ownsNext) || seen) continue;
    const Word& first = words[found[k].first];
    out.push_back({found[k].entity, first.begin, words[found[k].last].end,
                   found[k].first == found[k].last && writtenAsWord(text, first)});
    out.back().fallback = ownsNext || std::find(adjectives.begin(), adjectives.end(), k) != adjectives.end();
    out.back().ownsNext = ownsNext;
    out.back().modifiesHead = k > 0 && words[found[k - 1].last].possessive && found[k - 1].last + 1 == found[k].first &&
                              possessedModifier(g_, text, out.back().end, found[k].entity);
  }
  return out;
}

// The names a statement gives that the graph knows, in any case, as written ("Nvidia",
// "anthropic", "Anthropic's"), longest first at each word, in their order, with where they
// stand, less the possessors of the next name (namedOfFound).
std::vector<Engine::Named> Engine::namedEntities(std::string_view text) const {
  const std::vector<Word> words = wordsOf(text);
  StatementForms forms(text);
  std::vector<NameAt> found;
  std::vector<std::size_t> adjectives;  // which of found are named by a proper adjective
  for (std::size_t i = 0; i < words.size();) {
    std::optional<NameAt> best = longestNameAt(text, words, forms, i);
    std::vector<NameAt> pertaining;
    if (!best || best->first == best->last) pertaining = pertainingNames(text, words, i);
    if (!best && !pertaining.empty()) {
      best = pertaining.front();
      pertaining.erase(pertaining.begin());
      adjectives.push_back(found.size());
    }
    i = best ? best->last + 1 : i + 1;
    if (best) found.push_back(*best);
    for (const NameAt& f : pertaining) {
      adjectives.push_back(found.size());
      found.push_back(f);
    }
  }
  return namedOfFound(text, words, found, adjectives);
}

// An entity the graph knows by this name and has figures about: by id, name or alias, then by
// its folded name ("Character.AI" is also "character ai"). A single word written in lower case
// that is a common English word ("rose", "figure") names only the topic of an article of its own.
std::optional<EntityId> Engine::knownName(const SpanForms& forms, bool singleWord) const {
  const std::string_view span = forms.graphForms.written;
  bool lower = std::none_of(span.begin(), span.end(), graph::isUpperAscii);
  bool commonWord = singleWord && lower && ingest::lexicon().isEnglishWord(span);
  // As written, then folded, then by its article key (a common word is not looked up by that).
  graph::ClaimGraph::NameForms asked = forms.graphForms;
  if (!commonWord) {
    asked.otherKey = forms.articleKey;
    if (forms.articleKeyIsSlug) asked.otherSlug = forms.articleKey;
  }
  const auto candidates = g_.findEntityForms(asked);
  for (const auto& e : {candidates.asWritten, candidates.folded}) {
    if (!e || !hasFigures(*e)) continue;
    if (commonWord && !g_.findDocument(g_.str(g_.entities()[*e].key))) continue;
    return e;
  }
  // Two entities of one name, the figures under the other: "Character.AI" is also the topic of
  // character_ai.md, found by its slug.
  // (A common word is not looked up by slug at all: most of a statement's words are.)
  if (commonWord) return std::nullopt;
  if (auto bySlug = candidates.byOtherKey; bySlug && hasFigures(*bySlug)) return bySlug;
  // A name that is the alias of one entity with figures, where the graph's own entity of that name
  // has none ("Punjabi" of "Punjabi language").
  if (candidates.asWritten || candidates.folded) {
    const auto& aliases = indices_->needAliases(g_);
    if (auto it = aliases.find(std::string(forms.graphForms.folded)); it != aliases.end() && it->second)
      return it->second;
  }
  return knownByInitials(span, singleWord);
}

// What knownName finds of a span by initials: all it finds where the graph knows no name the span
// writes (and the span is no common word, which names nothing by initials: it has no capitals).
std::optional<EntityId> Engine::knownByInitials(std::string_view span, bool singleWord) const {
  if (singleWord && writtenAsInitials(span)) return byInitials(span);
  // A name written out that the graph holds only by its initials ("Tshwane University of
  // Technology" of a page that says "TUT" after it): the entity named by exactly those capitals.
  if (const std::string initials = singleWord ? std::string() : initialsOfTitle(span); !initials.empty())
    if (auto e = g_.findEntity(initials); e && g_.str(g_.entities()[*e].name) == initials && hasFigures(*e)) return e;
  return std::nullopt;
}

namespace {

// Whether `form` stands in `said` (folded words) at i, its last word also in the plural ("multimodal
// models" for the page "Multimodal model", "decision boundaries" for "Decision boundary"), and whether it
// was the plural; npos when not.
struct TermForm {
  std::size_t at = std::string::npos;
  bool plural = false;
};
TermForm termFormFrom(const std::vector<std::string>& said, std::size_t i, const std::vector<std::string>& form) {
  if (i + form.size() > said.size()) return {};
  std::size_t k = 0;
  while (k + 1 < form.size() && said[i + k] == form[k]) ++k;
  if (k + 1 != form.size()) return {};
  const std::string& w = said[i + k];
  if (w == form[k]) return {i, false};
  if (w == form[k] + "s" || w == form[k] + "es" || w == ingest::regularPlural(form[k])) return {i, true};
  return {};
}

// The forms termTitled looks for (TermTitles): each page's title, of two words or more and with
// figures, less its bracketed parts, then less each inner word in turn.
TermTitles termTitlesOf(const graph::ClaimGraph& g, const std::function<bool(EntityId)>& hasFigures) {
  TermTitles titles;
  auto add = [&](std::vector<std::string> words, EntityId e, bool headless = false) {
    titles.byFirstWord[words.front()].push_back(static_cast<std::uint32_t>(titles.forms.size()));
    titles.forms.push_back({std::move(words), e, headless});
  };
  for (const graph::Document& doc : g.documents()) {
    std::string title(g.str(doc.title));
    for (std::size_t open = title.find('('); open != std::string::npos; open = title.find('(')) {
      const std::size_t close = title.find(')', open);
      if (close == std::string::npos) break;
      title.erase(open, close + 1 - open);
    }
    const std::vector<std::string> words = graph::foldTokens(title);
    if (words.size() < 2) continue;
    const auto e = g.findEntity(g.str(doc.slug));
    if (!e || !hasFigures(*e)) continue;
    add(words, *e);
    if (words.size() >= 3) add({words.begin(), words.end() - 1}, *e, true);
    for (std::size_t k = 1; k + 1 < words.size(); ++k) {
      std::vector<std::string> shorter = words;
      shorter.erase(shorter.begin() + static_cast<std::ptrdiff_t>(k));
      add(std::move(shorter), *e);
    }
  }
  return titles;
}

}  // namespace

// Whether a term page's title form (termTitled) opens `statement`: "Time series data ..." of "Time series
// analysis". "Bloom has 176 billion parameters" opens with no term, and "Bloom" still names BLOOM.
bool Engine::opensWithTerm(std::string_view statement) const {
  const std::optional<TermTitle> term = termTitled(statement);
  return term && term->opensStatement;
}

// The topic of a term page whose title the statement writes short, where no name is found: the
// title without its bracketed parts ("Gradient boosted (decision) trees (GBT)": "gradient boosted
// trees"), or less one inner word ("Unsupervised machine learning": "unsupervised learning"), its last
// word also in the plural ("Multimodal models"). The words must stand together in `subjectSide` (the
// statement before its figure), two at least; the longest such form decides, and two pages that it
// fits equally name nothing.
std::optional<Engine::TermTitle> Engine::termTitled(std::string_view subjectSide) const {
  const std::vector<std::string> said = graph::foldTokens(subjectSide);
  const bool article = !said.empty() && (said[0] == "a" || said[0] == "an" || said[0] == "the");
  // Each form the statement writes, at the first place it does (a form starts with its first word).
  std::call_once(indices_->termTitlesBuilt,
                 [&] { indices_->termTitles = termTitlesOf(g_, [this](EntityId e) { return hasFigures(e); }); });
  const TermTitles& titles = indices_->termTitles;
  std::vector<std::pair<std::uint32_t, TermForm>> written;
  for (std::size_t i = 0; i < said.size(); ++i)
    if (const auto it = titles.byFirstWord.find(said[i]); it != titles.byFirstWord.end())
      for (std::uint32_t n : it->second)
        if (const TermForm at = termFormFrom(said, i, titles.forms[n].words); at.at != std::string::npos)
          written.emplace_back(n, at);
  std::stable_sort(written.begin(), written.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  written.erase(
      std::unique(written.begin(), written.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
      written.end());
  // In the order of the pages and their forms: the longest form decides, and two pages that it fits
  // equally name nothing.
  std::optional<TermTitle> best;
  std::size_t bestLength = 0;
  bool tie = false, bestHeadless = false;
  for (const auto& [n, form] : written) {
    const TermTitles::Form& title = titles.forms[n];
    if (title.words.size() < bestLength) continue;
    const bool opens = form.at == 0 || (form.at == 1 && article);
    // A plural title inside a phrase names a class of things, not the page ("Finnish upper
    // secondary schools" is no page "Upper secondary school"): only one that opens the statement.
    if (form.plural && !opens) continue;
    // The title less its head noun ("Time series data has four key components" of the page "Time series
    // analysis", whose figures are of the thing its modifiers name) only where the statement opens with
    // it, and after every whole form of its length.
    if (title.headless && !opens) continue;
    if (title.words.size() > bestLength || (title.words.size() == bestLength && bestHeadless && !title.headless)) {
      best = TermTitle{title.entity, opens}, bestLength = title.words.size(), tie = false;
      bestHeadless = title.headless;
    } else if (best->entity != title.entity && title.headless == bestHeadless) {
      tie = true;
    }
  }
  return tie ? std::nullopt : best;
}

// The one entity with figures whose name has these initials ("UK" of "United Kingdom"); none
// when two have (the short form does not say which). Two letters stand for too many names ("FC",
// "DC", "II"): they name only the topic of a page of its own.
std::optional<EntityId> Engine::byInitials(std::string_view initials) const {
  const bool twoLetters =
      initials.size() == 2 || (initials.size() > 2 && !std::isupper(static_cast<unsigned char>(initials[2])));
  std::optional<EntityId> found;
  for (EntityId e : indices_->needInitials(g_).named(initials)) {
    if (!hasFigures(e) || (twoLetters && !g_.findDocument(g_.str(g_.entities()[e].key)))) continue;
    if (found) return std::nullopt;
    found = e;
  }
  return found;
}

bool Engine::isOwner(EntityId e) const {
  graph::EntityType t = g_.entities()[e].type;
  // A place owns its figures as an organisation does ("Pakistan's 58 million speakers", "Piedmont's
  // population"): places were typed organisations until their types came from definitions.
  return t == graph::EntityType::kOrganization || t == graph::EntityType::kProduct || t == graph::EntityType::kPerson ||
         t == graph::EntityType::kPlace;
}

bool Engine::hasFigures(EntityId e) const {
  const Indices& idx = indices_->needFamily(g_);
  return !g_.claimsAbout(e, 1).empty() || (e.value() < idx.familyHasFigures.size() && idx.familyHasFigures[e.value()]);
}

// The entities one name stands for as people shorten it: "Perplexity" and "Perplexity AI",
// "Acme" and "Acme Labs" (a last word that is an acronym of up to three capitals, an
// organisation suffix or a legal form is left out in speech).
std::vector<EntityId> Engine::sameNamed(EntityId e) const {
  std::vector<EntityId> out{e};
  const std::string name(g_.str(g_.entities()[e].name));
  auto add = [&](std::string_view n) {
    if (auto other = g_.findEntity(n); other && std::find(out.begin(), out.end(), *other) == out.end())
      out.push_back(*other);
  };
  const auto& lex = ingest::lexicon();
  const std::string folded = graph::foldKey(name);
  add(folded);  // two entities of one name ("GPT-5" twice) are one subject
  // Two entities whose names differ in case, hyphens or spaces, an acronym's plural or a trailing
  // class word ("Chain-of-Thought Prompting", "Chain of Thought Prompting") are one subject; not a
  // person and a thing ("Adam", "the Adam algorithm").
  // So are all entities of one name as folded: the line above finds only the one the name table holds.
  const bool person = g_.entities()[e].type == graph::EntityType::kPerson;
  for (EntityId other : indices_->needNameKeys(g_).sameKey(e))
    if ((g_.entities()[other].type == graph::EntityType::kPerson) == person &&
        std::find(out.begin(), out.end(), other) == out.end())
      out.push_back(other);
  // "OpenAI o3" is "o3": a product written with its maker in front.
  if (auto product = reason::withoutMaker(g_, e)) add(*product);
  // "Segment Anything Model (SAM)": its initials, given as its alias, may be an entity of their own.
  for (graph::StrId alias : g_.entities()[e].aliases)
    if (isInitialsOf(g_.str(alias), name)) add(graph::foldKey(g_.str(alias)));
  // And back: "CNN" is the one entity with figures whose alias it is, or its plural ("Convolutional neural
  // networks (CNNs)"), where that entity's name has these initials.
  if (std::all_of(name.begin(), name.end(), graph::isUpperAscii) && name.size() >= 2) {
    const auto& aliases = indices_->needAliases(g_);
    for (const std::string& form : {folded, folded + "s"})
      if (const auto it = aliases.find(form); it != aliases.end() && it->second &&
                                              isInitialsOf(name, g_.str(g_.entities()[*it->second].name)) &&
                                              std::find(out.begin(), out.end(), *it->second) == out.end())
        out.push_back(*it->second);
  }
  for (const std::string& suffix : {std::string("AI"), std::string("Inc"), std::string("Labs")})
    add(name + " " + suffix);
  // "Bloom by BigScience" is "BLOOM": a name with its maker after "by" is written without it.
  const auto& heads = indices_->needMakerHeads(g_).byMakerHeads;
  if (const auto it = heads.find(folded); it != heads.end())
    for (EntityId other : it->second)
      if (sameNameButStyle(headBeforeBy(g_.str(g_.entities()[other].name)), name) &&
          std::find(out.begin(), out.end(), other) == out.end())
        out.push_back(other);
  std::size_t space = name.rfind(' ');
  if (space != std::string::npos) {
    std::string_view last = std::string_view(name).substr(space + 1);
    std::string lastFolded = graph::foldKey(last);
    bool acronym = last.size() <= 3 && std::all_of(last.begin(), last.end(), graph::isUpperAscii);
    if (acronym || lex.orgSuffixes.count(lastFolded) || lex.legalForms.count(lastFolded)) add(name.substr(0, space));
  }
  return out;
}

// Where the statement's figure stands (`at` npos without one), and whether it counts things.
struct Engine::FigureSpan {
  std::size_t at = std::string_view::npos, end = std::string_view::npos;
  bool counts = false;  // of a count unit: a name right after it is what is counted
  std::string unit;     // the figure's unit ("percent", "points"): a scope's own scores are in it
  // A name inside the figure's phrase, or between a count and its noun ("100,000 H100 GPUs"),
  // says what is counted, not whose count it is; so does a name an amount is "of" (ofMaterial).
  [[nodiscard]] bool holds(std::string_view statement, std::size_t nameBegin) const {
    if (at == std::string_view::npos) return false;
    if (nameBegin >= at && nameBegin < end) return true;
    if (ofMaterial(statement, nameBegin)) return true;
    return counts && nameBegin > end && statement.find_first_not_of(' ', end) == nameBegin;
  }
  // A name inside an amount's own words after its number ("GB" of "144 GB") writes its unit: it is never
  // whose amount it is. (One before the number is a measure's name: "an AUC of 0.5".)
  [[nodiscard]] bool writesUnit(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd) const {
    if (at == std::string_view::npos || counts || nameBegin < at || nameEnd > end) return false;
    const std::size_t digit = statement.find_first_of("0123456789", at);
    return digit != std::string_view::npos && digit < nameBegin;
  }
  // "2.5 terabytes of filtered CommonCrawl text", "64 GB of high-bandwidth memory": a name right after an
  // amount and "of" (lower-case modifiers between) is the stuff the amount measures. A percentage is
  // left out: the name after its "of" is the whole it is a share of ("42% of the AI coding market").
  [[nodiscard]] bool ofMaterial(std::string_view statement, std::size_t nameBegin) const {
    if (unit == "percent" || nameBegin <= end) return false;
    const std::string_view between = statement.substr(end, nameBegin - end);
    if (!between.starts_with(" of ")) return false;
    for (const ingest::LetterWord& w : ingest::letterWords(between.substr(4)))
      if (between.substr(4 + w.begin, w.end - w.begin) != w.lower || ingest::lexicon().isFunctionWord(w.lower))
        return false;
    return between.find_first_not_of("abcdefghijklmnopqrstuvwxyz- ", 4) == std::string_view::npos;
  }
};

namespace {

// "Jerome Friedman introduced gradient boosting machines in 2001": a term the graph knows, written in
// lower case ("boosting", "attention", "neural networks"), right after a lower-case English word that
// is no function word, names a narrower kind ("gradient boosting", "additive attention", "bidirectional
// recurrent neural networks"): the event is that kind's, not the broader term's. The narrower term as
// written, from its first modifier after `phraseBegin` (the verb's end, for an active verb) through the
// name; empty when the name stands alone or is a proper name.
std::string narrowerTerm(std::string_view statement, std::size_t phraseBegin, std::size_t nameBegin,
                         std::size_t nameEnd) {
  const std::string_view name = statement.substr(nameBegin, nameEnd - nameBegin);
  // (A name read from a span that opens with no letter, "& deep learning", is no term written out.)
  if (name.empty() || !std::isalpha(static_cast<unsigned char>(name.front())) || graph::lowerAscii(name) != name ||
      phraseBegin > nameBegin)
    return {};
  std::vector<ingest::LetterWord> words = ingest::letterWords(statement.substr(phraseBegin, nameBegin - phraseBegin));
  for (ingest::LetterWord& w : words) w.begin += phraseBegin, w.end += phraseBegin;
  std::size_t first = nameBegin;
  for (auto w = words.rbegin(); w != words.rend(); ++w) {
    const std::string_view written = statement.substr(w->begin, w->end - w->begin);
    const bool opens = w->begin == 0;  // a sentence's first word is capitalised whatever it is
    if (statement.substr(w->end, first - w->end) != " " || (written != w->lower && !opens) ||
        ingest::lexicon().isFunctionWord(w->lower) || ingest::lexicon().prepositions.contains(w->lower) ||
        !ingest::lexicon().isEnglishWord(w->lower))
      break;
    first = w->begin;
  }
  return first == nameBegin ? std::string() : std::string(statement.substr(first, nameEnd - first));
}

// The name that heads the noun phrase a lower-case name opens: in "bidirectional recurrent neural
// networks" (the names "bidirectional" and "neural networks", lower-case English words between) the last,
// which the first only modifies. The name itself when no such name follows.
using Span = std::pair<std::size_t, std::size_t>;
Span phraseHead(std::string_view statement, const std::vector<Span>& names, std::size_t begin, std::size_t end) {
  auto lowerWords = [&](std::string_view between) {
    for (const ingest::LetterWord& w : ingest::letterWords(between))
      if (between.substr(w.begin, w.end - w.begin) != w.lower || ingest::lexicon().isFunctionWord(w.lower) ||
          ingest::lexicon().prepositions.contains(w.lower) || !ingest::lexicon().isEnglishWord(w.lower))
        return false;
    return between.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") == std::string_view::npos &&
           between.find("  ") == std::string_view::npos;
  };
  auto lowerCase = [&](std::size_t b, std::size_t e) {
    return graph::lowerAscii(statement.substr(b, e - b)) == statement.substr(b, e - b);
  };
  if (!lowerCase(begin, end)) return {begin, end};
  for (bool grown = true; grown;) {
    grown = false;
    for (const auto& [b, e] : names)
      if (b > end && lowerCase(b, e) && lowerWords(statement.substr(end, b - end))) {
        begin = b, end = e, grown = true;
        break;
      }
  }
  return {begin, end};
}

// "Facebook's hubert-large-ls960-ft transcribes ... with a 1.9% word error rate": a page named like the
// statement's measure (Word Error Rate) and written in the figure's own phrase (right after the figure, or
// right before "of" and the figure: "a word error rate of 1.9%") names what is measured, not whose measure
// it is. Behind a subject tried before it, it is no subject at all: where that subject has no such figure,
// the measure's page's figures are other things' ("the model achieves an average word error rate of under
// 30%"). Tried first, it stays the subject ("A classifier that guesses at random gets an AUC of 0.5"), as it
// does where it heads the clause's subject ("the picker's precision comes to about 83%").
// `figureAt` and `figureEnd`: where the statement writes its figure.
void dropMeasureTerms(const graph::ClaimGraph& g, std::string_view statement, std::size_t figureAt,
                      std::size_t figureEnd, const std::vector<Engine::Named>& found, const Reading& r,
                      std::vector<EntityId>& named) {
  if (named.size() < 2 || r.measure.empty() || figureEnd == std::string_view::npos) return;
  const std::vector<std::string> measureWords = graph::foldTokens(r.measure);
  auto inFigurePhrase = [&](const Engine::Named& n) {
    if (n.begin >= figureEnd) return ingest::trim(statement.substr(figureEnd, n.begin - figureEnd)).empty();
    return n.end <= figureAt && ingest::trim(statement.substr(n.end, figureAt - n.end)) == "of";
  };
  for (const Engine::Named& n : found)
    if (n.entity != named.front() && inFigurePhrase(n) &&
        graph::foldTokens(g.str(g.entities()[n.entity].name)) == measureWords)
      std::erase(named, n.entity);
}
}  // namespace

namespace {

// The statement's figure, measure and date as the extractor reads them, or a bare score read here.
ingest::StatementReading statementFigure(std::string_view statement) {
  ingest::StatementReading s = ingest::readStatement(statement);
  // A bare score is read here, not by the extractor, so the date the statement gives is read here too
  // ("In 2020, the best F1 score on DROP was 79.1"): its one date, where it gives one.
  if (!s.figure && (s.figure = bareScoreFigure(statement))) {
    s.measure = "benchmark score";
    if (const auto dates = ingest::findDates(statement); dates.size() == 1) s.asOf = dates.front().iso;
  }
  return s;
}

// What a count is of where a partitive names it, a count of a classical plural the extractor reads no
// figure in, and a rating (partitiveCountMeasure, classicalPluralCount, readRating).
void readCountAndRating(std::string_view statement, ingest::StatementReading& s) {
  if (s.figure && s.measure == "count")
    if (const std::size_t at = statement.find(s.figure->text); at != std::string_view::npos)
      if (std::string counted = partitiveCountMeasure(statement, at + s.figure->text.size()); !counted.empty())
        s.measure = std::move(counted);
  if (!s.figure)
    if (auto counted = classicalPluralCount(statement)) s.figure = counted->figure, s.measure = counted->measure;
  readRating(statement, s);
}

}  // namespace

// What read has made of a statement so far, handed from one of its steps to the next.
struct Engine::ReadState {
  std::string_view statement;
  ingest::StatementReading s;
  std::vector<Named> found;     // the names the graph knows, in the order they are tried as the subject
  std::string unknownName;      // a page named with its class that the graph does not know (readHeadedNames)
  std::size_t phraseBegin = 0;  // where the phrase naming the event's thing may begin
  std::size_t eventSubjectAt = std::string_view::npos;  // where the thing an event year is of is named
  FigureSpan figure;
  std::optional<MakerModel> model;  // a model named by its maker's possessive and its id
};

// The statement's figure, measure and date as the extractor reads them, and the names it gives
// that the graph knows, in the order they are tried as its subject: owners of figures (an
// organisation, a product, a person) before concepts; the subject the extractor found first
// among them; a name inside the figure's own phrase ("200,000 Nvidia H100 GPUs") last, since it
// says what is counted, not whose count it is.
Reading Engine::read(std::string_view statement, std::vector<EntityId>& named) const {
  ReadState st;
  st.statement = statement;
  st.s = statementFigure(statement);
  std::string metric = metricScore(st.s);
  readCountAndRating(statement, st.s);
  Reading r;
  r.figure = st.s.figure;
  r.measure = st.s.measure;
  r.metric = std::move(metric);
  r.asOf = st.s.asOf;
  r.subjectName = st.s.subject;
  readNamesAndEventYear(st, r);
  readFigureScope(st, r);
  const std::string termSide = orderNames(st, r);
  chooseSubject(statement, st.figure, termSide, st.unknownName, st.found, r, named);
  readSubjectForms(st, r, named);
  readPart(st, r, named);
  readPartOwner(st, r);
  readModelClass(statement, r, st.found);
  r.claimantName = claimantOf(statement);
  if (st.figure.at != std::string_view::npos && (r.measure == "other" || r.measure.empty()))
    if (r.measureWords = measurePhraseBefore(statement, st.figure.at); !r.measureWords.empty())
      r.measure = fmt::format("{}", fmt::join(r.measureWords, " "));
  if (r.figure) r.measure = pluralCountMeasure(r.measure, r.figure->text);
  dropMeasureTerms(g_, statement, st.figure.at, st.figure.end, st.found, r, named);
  return r;
}

// The names the statement gives that the graph knows, and the year of an event it gives where it gives no other
// figure (readEventYear, readOriginYear, readHeldYear): the event's year is then the reading's figure, of no period.
void Engine::readNamesAndEventYear(ReadState& st, Reading& r) const {
  ingest::StatementReading& s = st.s;
  st.found = namesWithMakers(st.statement);
  // A page named with its class ("Midpage's caselaw plugin") is a name whose event year it can be.
  st.unknownName = readHeadedNames(st.statement, st.found);
  st.eventSubjectAt = s.figure ? std::string_view::npos : readEventYear(st.statement, st.found, s, st.phraseBegin);
  if (!s.figure) st.eventSubjectAt = readOriginYear(st.statement, st.found, s);
  if (!s.figure) st.eventSubjectAt = readHeldYear(st.statement, st.found, s);
  if (st.eventSubjectAt != std::string_view::npos) {
    r.figure = s.figure;
    r.measure = s.measure;
    r.asOf.clear();
    r.subjectName = s.subject;
  }
}

// Where the statement's figure stands, and the benchmark a score of it is on (readBenchmarkScope).
void Engine::readFigureScope(ReadState& st, Reading& r) const {
  const std::string_view statement = st.statement;
  const ingest::StatementReading& s = st.s;
  FigureSpan& figure = st.figure;
  if (s.figure && (figure.at = statement.find(s.figure->text)) != std::string_view::npos) {
    figure.end = figure.at + s.figure->text.size();
    figure.counts = ingest::isCountUnit(s.figure->unit);
    figure.unit = s.figure->unit;
  }
  // Only a percentage of no other measure: "42% of the AI coding assistant market" is a market share.
  // The extractor calls a percentage "on" a benchmark a benchmark score (ingest/Scores.h). Points
  // are one family with scores (MeasureNames.h): "earned 13 of the 42 available points" on a
  // benchmark is a score in points, as a leaderboard's "13 points" cell is.
  const bool countsPoints =
      figure.end != std::string_view::npos && ingest::countsScorePoints(s.measure, s.figure->text);
  if (countsPoints) figure.unit = "points";
  // A percentage of a test's items ("42% of the tasks in SWE-bench Verified") is a score on the test.
  const bool shareOfTest =
      figure.end != std::string_view::npos && s.measure == "percentage" &&
      pastTestItems(statement, statement.find_first_not_of(' ', figure.end)) != std::string_view::npos;
  if (figure.end != std::string_view::npos && (figure.unit == "percent" || figure.unit == "points") &&
      (ingest::isScoreMeasure(s.measure) || countsPoints || shareOfTest || s.measure == ingest::kScoreDifference ||
       openingScopeAt(statement, figure.at) != std::string_view::npos)) {
    std::string unknownHolder = unknownOpeningName(statement, figure.at, st.found);
    // A page of that title ("Vantor Lark", slug vantor_lark) is known, though no entity is named so.
    const std::string slug = graph::pageKey(unknownHolder);
    if (!slug.empty() && g_.findDocument(slug)) unknownHolder.clear();
    readBenchmarkScope(statement, figure, s.scope, unknownHolder, r, st.found);
    // "Zorblax scores 78.2% on ImageNet": the score is the unknown name's, of which the graph says nothing.
    if (!unknownHolder.empty() && (r.scope || !r.scopeName.empty()) && st.unknownName.empty())
      st.unknownName = unknownHolder;
    if (s.measure == ingest::kScoreDifference) r.measure = s.measure;  // on a benchmark, and still no score
  }
  if (countsPoints && !r.scopeName.empty()) r.figure->unit = "points";
  if (countsPoints && r.scopeName.empty()) figure.unit = s.figure->unit;
}

// The names in the order they are tried as the subject (rankSubjects; the thing an event year is of first),
// and the statement before its figure without the names that only modify its subject phrase: where a term
// page's title is looked for when no name is left.
std::string Engine::orderNames(ReadState& st, Reading& r) const {
  const std::string_view statement = st.statement;
  std::vector<Named>& found = st.found;
  std::string termSide(statement.substr(0, std::min(st.figure.at, statement.size())));
  for (const Named& n : dropModifiers(statement, st.figure, st.s.measure, found))
    if (n.begin < termSide.size())
      std::fill(termSide.begin() + n.begin, termSide.begin() + std::min(n.end, termSide.size()), ' ');
  rankSubjects(statement, st.figure, st.s.subject, found);
  // The thing an event year is of is whose year it is, whatever else the statement names.
  std::stable_partition(found.begin(), found.end(), [&](const Named& n) { return n.begin == st.eventSubjectAt; });
  if (st.s.figure && st.s.figure->unit.size() == 3)
    readTrainedThing(statement, r, found);
  else if (st.s.figure)
    readMadeThing(statement, found);
  return termSide;
}

// The forms of a statement's words that name its subject over the name chooseSubject took: a model by its
// maker's possessive and id, an appositive, an opening participle, an event of a narrower kind, a sized version.
void Engine::readSubjectForms(ReadState& st, Reading& r, std::vector<EntityId>& named) const {
  st.model = makerModelId(st.statement);
  if (st.model) {
    // The model is an owner outside the figure: beside it, a name inside the counted noun ("stacks 24
    // transformer layers") is what is counted, never tried as whose count it is (chooseSubject's rule);
    // nor is the test its score is measured on ("reaches 68.6% zero-shot top-1 accuracy on ImageNet").
    const std::size_t testAt = st.figure.end == std::string_view::npos
                                   ? std::string_view::npos
                                   : testOnPastCompounds(st.statement, st.figure.end);
    for (const Named& n : st.found)
      if (st.figure.holds(st.statement, n.begin) || n.begin == testAt) std::erase(named, n.entity);
    takeAsSubject(st.model->model, r, named);
  }
  readAppositive(st.statement, st.figure, st.found, r, named);
  readOpeningParticiple(st.statement, st.figure, st.found, r, named);
  readNarrowerEvent(st, r, named);
  if (const auto version = sizedVersion(st.statement, r.subjectName)) takeAsSubject(*version, r, named);
}

void Engine::takeAsSubject(EntityId e, Reading& r, std::vector<EntityId>& named) const {
  std::erase(named, e);
  named.insert(named.begin(), e);
  r.subject = e;
  r.subjectName = std::string(g_.str(g_.entities()[e].name));
}

// An event of a narrower kind than any term the graph knows (narrowerTerm) is of nothing it knows;
// the kind is read at the head of the thing's noun phrase (phraseHead).
void Engine::readNarrowerEvent(const ReadState& st, Reading& r, std::vector<EntityId>& named) {
  const std::vector<Named>& found = st.found;
  const auto thing =
      std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == st.eventSubjectAt; });
  if (thing == found.end()) return;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Named& n : found) spans.emplace_back(n.begin, n.end);
  const auto [headBegin, headEnd] = phraseHead(st.statement, spans, thing->begin, thing->end);
  if (std::string narrower = narrowerTerm(st.statement, st.phraseBegin, headBegin, headEnd); !narrower.empty()) {
    named.clear();
    r.subject.reset();
    r.subjectName = std::move(narrower);
  }
}

// The part of the subject that a possessive after the subject's name names (possessedPart,
// possessedProperName), or the subject's own name after the figure (ownNameAfterFigure).
void Engine::readPart(const ReadState& st, Reading& r, std::vector<EntityId>& named) const {
  if (!r.subject) return;
  const std::string_view statement = st.statement;
  const FigureSpan& figure = st.figure;
  const auto own =
      std::find_if(st.found.begin(), st.found.end(), [&](const Named& n) { return n.entity == *r.subject; });
  if (own == st.found.end() || (figure.at != std::string_view::npos && own->end >= figure.at)) return;
  if (r.partName = partBeforeWhole(statement, own->begin, r.measure); !r.partName.empty()) return;
  if (r.partName = possessedPart(statement, own->end, r.measure); !r.partName.empty()) return;
  r.partName = possessedProperName(statement, own->end, figure.at);
  // An organisation that only modifies a head noun ("Unstable Diffusion's Kickstarter campaign") is no part.
  const auto part = r.partName.empty() ? std::nullopt : g_.findEntity(r.partName);
  if (part && possessedModifier(g_, statement, statement.find(r.partName, own->end) + r.partName.size(), *part))
    r.partName.clear();
  if (r.partName.empty() && figure.end != std::string_view::npos)
    dropNamesWithin(statement, r.partName = ownNameAfterFigure(statement, figure.end), figure.end, st.found, named);
}

// The maker of a model named "maker's id" owns the id: its figures speak only where they name it.
void Engine::readPartOwner(const ReadState& st, Reading& r) const {
  const std::optional<MakerModel>& model = st.model;
  auto owner = std::find_if(st.found.begin(), st.found.end(),
                            [&](const Named& n) { return model ? n.end == model->makerEnd : n.ownsNext; });
  if (owner != st.found.end() && (!r.subject || *r.subject != owner->entity)) {
    r.partOwner = owner->entity;
    r.ownedName = model ? model->id : possessedProperName(st.statement, owner->end, st.figure.at);
  }
}

// "AG2, the community fork of AutoGen, has 3,900 stars" (appositiveAfterName): the opening name is the
// subject, the names inside the appositive and the words of the opening one ("Software" of "Webcafe
// Software") are not; when the graph knows it by no name, nothing in the graph speaks of it. So too the name
// between the commas after a noun phrase ("OpenAI's first GPT paper, Improving Language Understanding by
// Generative Pre-Training, trains ...": nameAfterNounPhrase), which says which thing the phrase means.
void Engine::readAppositive(std::string_view statement, const FigureSpan& figure, const std::vector<Named>& found,
                            Reading& r, std::vector<EntityId>& named) const {
  if (figure.at == std::string_view::npos) return;
  Appositive a = appositiveAfterName(statement, figure.at);
  if (a.open == a.close) a = nameAfterNounPhrase(statement, figure.at);
  if (a.open == a.close) return;
  for (const Named& n : found)
    if (n.begin >= a.open && n.end <= a.close) std::erase(named, n.entity);
  const auto whole = std::find_if(found.begin(), found.end(),
                                  [&](const Named& n) { return n.begin <= a.nameBegin && n.end == a.nameEnd; });
  const std::string_view name = statement.substr(a.nameBegin, a.nameEnd - a.nameBegin);
  named.clear();
  r.subject = whole != found.end() ? std::optional(whole->entity) : g_.findEntity(name);
  r.subjectName = std::string(name);
  if (!r.subject) return;
  named.push_back(*r.subject);
  r.subjectName = std::string(g_.str(g_.entities()[*r.subject].name));
}

// "Paired with Gemini 2.5 Pro, ReasoningBank resolved 57.4% ...": an opening participle's phrase ("Paired
// with", "Using", "Compared to") up to its comma says with what or against what; a known name right after
// the comma is the clause's subject, and the names inside the phrase are not.
void Engine::readOpeningParticiple(std::string_view statement, const FigureSpan& figure,
                                   const std::vector<Named>& found, Reading& r, std::vector<EntityId>& named) const {
  const std::size_t comma = statement.find(", ");
  if (figure.at == std::string_view::npos || comma == std::string_view::npos || comma > figure.at) return;
  const std::string first = graph::lowerAscii(statement.substr(0, statement.find(' ')));
  if (first.size() < 5 || !(first.ends_with("ed") || first.ends_with("ing")) || !ingest::lexicon().isEnglishWord(first))
    return;
  const auto after = std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == comma + 2; });
  if (after == found.end() || after->commonWord) return;
  for (const Named& n : found)
    if (n.end <= comma) std::erase(named, n.entity);
  takeAsSubject(after->entity, r, named);
}

// The part's name ("Purple Llama") is one thing of the subject's own: a name the graph knows inside it
// ("Llama") is no other subject for the figure.
void Engine::dropNamesWithin(std::string_view statement, std::string_view partName, std::size_t from,
                             const std::vector<Named>& found, std::vector<EntityId>& named) {
  if (partName.empty()) return;
  const std::size_t at = statement.find(partName, from);
  if (at == std::string_view::npos) return;
  for (const Named& n : found)
    if (n.begin >= at && n.end <= at + partName.size()) std::erase(named, n.entity);
}

// The term page a name's head noun is the title of, in either number ("targets" of "Machine learning targets
// fall ...": the page Target), where it stands in the statement; nullopt when the noun after the name heads
// no subject phrase (headNounAfter, pluralHeadAfter) or names no page with figures.
std::optional<Engine::Named> Engine::headTermAfter(std::string_view statement, std::size_t nameEnd,
                                                   std::string_view measure) const {
  std::string head = headNounAfter(statement, nameEnd, measure);
  if (head.empty()) head = pluralHeadAfter(statement, nameEnd);
  if (head.empty()) return std::nullopt;
  for (const std::string& form : {head, ingest::otherGrammaticalNumber(head)}) {
    const std::string key = graph::pageKey(form);
    if (key.empty() || !g_.findDocument(key)) continue;
    if (const auto e = g_.findEntity(key); e && hasFigures(*e))
      return Named{*e, nameEnd + 1, nameEnd + 1 + head.size()};
  }
  return std::nullopt;
}

// Names that stand in the subject phrase only as modifiers, or in the list the figure counts, are not
// tried as its subject: an item after a colon that follows the figure ("a five-element tuple: state,
// action, ..."), a term written in lower case that is the first part of a longer one ("the root mean
// square error"; a term without an article of its own), and the domain of a noun ("baseline models in
// machine learning"), and a name between "its" and a noun ("on its Hugging Face card"). A possessed name that
// modifies a noun of the figure's measure ("OpenAI's ChatGPT
// revenue") is the subject after all, in place of its possessor. The names dropped, in their order.
std::vector<Engine::Named> Engine::dropModifiers(std::string_view statement, const FigureSpan& figure,
                                                 const std::string& measure, std::vector<Named>& found) const {
  std::vector<Named> dropped;
  // A term with an article of its own is named with the noun of its kind after it ("the attention
  // mechanism", "k-means clustering"); one the graph knows only from mentions is not the longer term.
  // But a head noun that is a term page's title itself ("Machine learning targets fall into ...": the page
  // Target) is that page's term, whatever page its modifier has: the head's page is tried as the subject.
  std::vector<Named> heads;
  auto partOfLongerTerm = [&](const Named& n) {
    if (!writtenAsTerm(statement, n.begin, n.end)) return false;
    if (const auto head = headTermAfter(statement, n.end, measure)) return heads.push_back(*head), true;
    return insideLongerTerm(statement, n.begin, n.end, measure) &&
           !g_.findDocument(g_.str(g_.entities()[n.entity].key));
  };
  std::erase_if(found, [&](const Named& n) {
    const bool modifier = enumeratedAfterFigure(statement, figure.end, n.begin) || partOfLongerTerm(n) ||
                          domainOfNoun(statement, n.begin, n.end, figure.at) ||
                          modifiesOwnedNoun(statement, n.begin, n.end);
    if (modifier) dropped.push_back(n);
    return modifier;
  });
  for (const Named& head : heads)
    if (std::none_of(found.begin(), found.end(), [&](const Named& n) { return n.entity == head.entity; }))
      found.push_back(head);
  const auto ofMeasure = std::find_if(found.begin(), found.end(), [&](const Named& n) {
    return n.modifiesHead && headNounAfter(statement, n.end, measure).empty();
  });
  if (ofMeasure == found.end()) return dropped;
  ofMeasure->modifiesHead = false;
  const std::size_t possessed = ofMeasure->begin;
  // The possessor ends right before the possessed name, but for its "'s " (or "’s ").
  std::erase_if(found, [&](const Named& owner) {
    return owner.end < possessed && possessed - owner.end <= std::string_view("\u2019s ").size() &&
           statement[possessed - 1] == ' ' &&
           statement.substr(owner.end, possessed - owner.end).find(' ') + 1 == possessed - owner.end;
  });
  return dropped;
}

// What a percentage is a score on: a known name after "on" (or closing its phrase after "of" or
// "in") beside a name that can hold a score, a benchmark the graph knows by no entity, or a known
// name before the figure. The name taken is no longer a candidate subject.
void Engine::readBenchmarkScope(std::string_view statement, const FigureSpan& figure, const std::string& extractedScope,
                                std::string_view unknownHolder, Reading& r, std::vector<Named>& found) const {
  bool afterOn = false;
  const std::size_t scopeAt =
      pastPossessor(statement, measuredOnAt(statement, pastMetricAfterScore(statement, figure.end), afterOn), found);
  auto on = std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == scopeAt; });
  // Only beside a name that can hold a score ("Top models reached 15% on MATH" keeps MATH): an owner, or a
  // name written before the figure ("Quill Pro scores 62.4% on WARBLE": a leaderboard's row, typed no owner).
  auto holder = std::find_if(found.begin(), found.end(),
                             [&](const Named& n) { return ownerNamed(n) || (!n.commonWord && n.end <= figure.at); });
  // "on" names what a score is measured on; after "of" or "in" only a known name that closes its
  // phrase does ("93.7% of HumanEval", not "60% of Google searches").
  const bool onWord = scopeAt != std::string_view::npos && afterOn;
  // A name the graph does not know that opens the statement holds it too ("Zorblax scores 78.2% on ImageNet").
  const bool held = holder != found.end() || !unknownHolder.empty();
  if (on != found.end() && held && holder != on && (onWord || endsScopePhrase(statement, on->end))) {
    r.scope = on->entity;
    r.scopeName = std::string(g_.str(g_.entities()[on->entity].name));
    std::erase_if(found, [begin = on->begin](const Named& n) { return n.begin == begin; });
  } else if (const std::string title = scopeAt == std::string_view::npos ? "" : titleWordsAt(statement, scopeAt);
             held && (onWord || (!title.empty() && testWordFollows(statement, scopeAt + title.size())))) {
    // A benchmark the graph knows by no entity ("on the Ferrow Test", "of Ferrow Test items"), its
    // scale's word aside ("on the Ferrow Test Elo scale").
    r.scopeName = withoutRatingWord(title);
  } else if (auto before = scopeBefore(statement, found, figure); before != found.end()) {
    r.scope = before->entity;  // "At AA-LCR's launch, o3 led with a score of 69%"
    r.scopeName = std::string(g_.str(g_.entities()[before->entity].name));
    found.erase(before);
  }
  // "tops the MathArena Apex leaderboard with an accuracy of 5.21 percent": the leaderboard's name.
  if (r.scopeName.empty() && !r.scope && holder != found.end())
    if (auto board = std::find_if(found.begin(), found.end(),
                                  [&](const Named& n) { return namesLeaderboard(statement, n.end); });
        board != found.end() && board != holder) {
      r.scope = board->entity;
      r.scopeName = std::string(statement.substr(board->begin, board->end - board->begin));
      found.erase(board);
    }
  if (r.scopeName.empty() && !r.scope) readOpeningScope(statement, figure, r, found);
  // A benchmark the graph knows by no entity, as the extractor reads it after "on".
  if (r.scopeName.empty() && !r.scope) r.scopeName = extractedScope;
  if (!r.scopeName.empty()) r.measure = "benchmark score";
}

// "On AIME 2024, DeepSeek-V3 gets 39.2% of problems right" (openingScopeAt): the opening name is the
// statement's scope, a known one or as written; a year inside it ("2024") names the test, not the date.
void Engine::readOpeningScope(std::string_view statement, const FigureSpan& figure, Reading& r,
                              std::vector<Named>& found) const {
  const std::size_t at = figure.unit == "percent" ? openingScopeAt(statement, figure.at) : std::string_view::npos;
  if (at == std::string_view::npos) return;
  const std::string title = titleWordsAt(statement, at);
  if (auto on = std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == at; });
      on != found.end() && on->end == at + title.size()) {
    r.scope = on->entity;
    r.scopeName = std::string(g_.str(g_.entities()[on->entity].name));
    found.erase(on);
  } else {
    r.scopeName = title;
  }
  if (!r.asOf.empty() && title.find(r.asOf) != std::string::npos && statement.find(r.asOf) == statement.rfind(r.asOf))
    r.asOf.clear();
}

// The known names in the order they are tried as the subject: last those that say who reports or set
// the scene, what a product runs on, or what modifies or describes another name; then names without their
// class, fallbacks, names inside the figure, English words, non-owners; the extractor's subject
// first among equals.
namespace {

// Whether the name at `nameAt` is introduced by a member cue after the phrase of a count that ends at
// `figureEnd`, a comma or a bracket opening the aside ("Two PDF files, among them the ReAct paper",
// "three models (including GPT-4)", "several labs, such as DeepMind"), or a range of them after a comma ("six
// libraries, from PyTorch to Rust": endsAtRangeOfMembers): the name is one of the things counted.
bool namesMember(std::string_view statement, std::size_t figureEnd, std::size_t nameAt) {
  if (figureEnd == std::string_view::npos || nameAt <= figureEnd) return false;
  std::string before = graph::lowerAscii(statement.substr(figureEnd, nameAt - figureEnd));
  if (before.ends_with("the ")) before.resize(before.size() - 4);
  if (endsAtRangeOfMembers(before)) return true;
  for (std::string_view cue : {"among them ", "among which ", "including ", "such as ", "e.g. ", "e.g., "})
    if (before.ends_with(cue)) {
      const std::string_view opener = std::string_view(before).substr(0, before.size() - cue.size());
      return opener.ends_with(", ") || opener.ends_with(" (") || opener.ends_with("(");
    }
  return false;
}

// Where the object of the preposition that opens a statement begins, past an article: "In reinforcement
// learning the epsilon-greedy policy ...", "On Hugging Face the opus-mt-en-es model ...". npos when the
// statement opens with no preposition of the lexicon (data/prepositions.txt), or with "of", whose object is
// the whole the figure is part of ("Of its 3,000 employees, ...").
std::size_t openingObjectAt(std::string_view statement) {
  const std::size_t firstEnd = statement.find(' ');
  const std::string first = graph::lowerAscii(statement.substr(0, firstEnd));
  if (firstEnd == std::string_view::npos || first == "of" || !ingest::lexicon().prepositions.count(first))
    return std::string_view::npos;
  std::size_t objectAt = firstEnd + 1;
  for (std::string_view article : {"the ", "a ", "an "})
    if (graph::lowerAscii(statement.substr(objectAt, article.size())) == article) objectAt += article.size();
  return objectAt;
}

// "According to Gartner, synthetic data ...": the name of who says it, tried last as whose figure it is.
bool namesSayer(std::string_view statement, const Engine::Named& n) {
  return graph::lowerAscii(statement.substr(0, n.begin)).ends_with("according to ");
}

// "IBM's CUGA agent, running on GPT-4.1, scores ...": what a product runs on (data/platform_phrases.txt) is not
// whose score it is.
bool namesPlatform(std::string_view statement, const Engine::Named& n) {
  const std::string lower = graph::lowerAscii(statement.substr(0, n.begin));
  std::string_view before = lower;
  if (!before.ends_with(' ')) return false;
  before.remove_suffix(1);
  const std::vector<std::string>& phrases = ingest::lexicon().platformPhrases;
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& phrase) { return before.ends_with(phrase); });
}

// "The Large Probe that Pioneer Venus dropped ... weighed 300 kilograms": a name inside a relative clause
// ("that", "which", "who", "whom", "whose" right after an earlier name, before the figure at `figureAt`)
// modifies that name; the earlier name is what the clause's sentence is about.
bool inRelativeClause(std::string_view statement, std::size_t figureAt, const std::vector<Engine::Named>& found,
                      const Engine::Named& n) {
  if (figureAt == std::string_view::npos || n.begin >= figureAt) return false;
  return std::any_of(found.begin(), found.end(), [&](const Engine::Named& head) {
    if (head.end >= n.begin) return false;
    const std::string between = graph::lowerAscii(statement.substr(head.end, n.begin - head.end));
    for (std::string_view pronoun : {" that ", " which ", " who ", " whom ", " whose "})
      if (between.starts_with(pronoun)) return true;
    return false;
  });
}

// "MJ Prompt Assistant Generator (V6) has had 6,000 chats": a name in brackets right after another is an
// aside to it (another name, a version), not the clause's subject.
bool inAside(std::string_view statement, const std::vector<Engine::Named>& found, const Engine::Named& n) {
  if (n.begin < 2 || statement.substr(n.begin - 2, 2) != " (") return false;
  return std::any_of(found.begin(), found.end(), [&](const Engine::Named& head) { return head.end == n.begin - 2; });
}

// "CK-12 Flexi, the math and science tutor GPT, has ...", "Language Learner, Andrew McGregor's custom GPT,
// ...": a noun phrase after a name and a comma that opens with an article or holds a possessive, and closes
// with a comma before the figure at `figureAt`, describes that name; a name inside it is not the subject.
bool inAppositive(std::string_view statement, std::size_t figureAt, const std::vector<Engine::Named>& found,
                  const Engine::Named& n) {
  const std::size_t close = statement.find(',', n.end);
  if (close == std::string_view::npos || (figureAt != std::string_view::npos && close > figureAt)) return false;
  return std::any_of(found.begin(), found.end(), [&](const Engine::Named& head) {
    // A name that closes with its bracketed part ("AutoExpert (Academic)") ends before the bracket.
    const std::size_t headEnd = head.end + (statement.substr(head.end, 1) == ")" ? 1 : 0);
    if (headEnd >= n.begin || statement.substr(headEnd, 2) != ", ") return false;
    const std::string_view phrase = statement.substr(headEnd + 2, close - headEnd - 2);
    return phrase.find(',') == std::string_view::npos && describesName(phrase);
  });
}

// "In reinforcement learning the epsilon-greedy policy has three disadvantages": the name the opening
// preposition takes (at `sceneAt`, openingObjectAt) sets the clause's scene; the clause's own name is whose
// figure it is. Not before "each" or "every", which name a part of the scene's thing: "In stochastic gradient
// descent, each iteration processes just one training example" is a figure of stochastic gradient descent.
bool namesScene(std::string_view statement, std::size_t sceneAt, std::size_t figureAt, const Engine::Named& n) {
  if (n.begin != sceneAt || n.end >= figureAt) return false;
  std::string_view rest = statement.substr(n.end);
  rest = ingest::trim(rest.substr(rest.starts_with(",") ? 1 : 0));
  const std::string next = graph::lowerAscii(rest.substr(0, rest.find(' ')));
  return next != "each" && next != "every";
}

}  // namespace

void Engine::rankSubjects(std::string_view statement, const FigureSpan& figure, const std::string& extractedSubject,
                          std::vector<Named>& found) const {
  const auto extracted = extractedSubject.empty() ? std::nullopt : g_.findEntity(extractedSubject);
  const std::size_t sceneAt = openingObjectAt(statement);
  // "A pair of PDF files, among them the ReAct paper, are uploaded to X": a name that a member cue
  // introduces after a count names one of the things counted, as a name inside the count's phrase does
  // (FigureSpan::holds), not whose count it is.
  auto counted = [&](const Named& n) { return figure.counts && namesMember(statement, figure.end, n.begin); };
  auto rank = [&](const Named& n) {
    return std::tuple(namesSayer(statement, n) || namesScene(statement, sceneAt, figure.at, n),
                      namesPlatform(statement, n), inRelativeClause(statement, figure.at, found, n),
                      inAside(statement, found, n) || inAppositive(statement, figure.at, found, n) || counted(n),
                      n.modifiesHead, !n.headed, figure.holds(statement, n.begin), n.fallback, n.commonWord,
                      !ownerNamed(n), !(extracted && *extracted == n.entity));
  };
  std::stable_sort(found.begin(), found.end(), [&](const Named& a, const Named& b) { return rank(a) < rank(b); });
}

// "PaLM-E's largest version", "the smallest Llama 3 model": of the entities named as the subject with a
// size after it ("PaLM-E-562B", "Llama 3 8B"), the largest or the smallest.
std::optional<EntityId> Engine::sizedVersion(std::string_view statement, std::string_view subjectName) const {
  const std::string text = graph::lowerAscii(statement);
  int want = 0;  // +1 the largest, -1 the smallest
  for (std::string_view w : {"largest ", "biggest "})
    if (text.find(w) != std::string::npos) want = 1;
  if (text.find("smallest ") != std::string::npos) want = want ? 0 : -1;
  if (!want || subjectName.empty()) return std::nullopt;
  const bool ofVersion = std::any_of(std::begin(kVersionWords), std::end(kVersionWords),
                                     [&](std::string_view w) { return text.find(w) != std::string::npos; });
  if (!ofVersion) return std::nullopt;
  const std::string stem = nameKey(subjectName) + ' ';
  std::optional<EntityId> best;
  double bestSize = 0;
  for (EntityId e : g_.entities().ids()) {
    const std::string key = nameKey(g_.str(g_.entities()[e].name));
    if (!key.starts_with(stem) || !hasFigures(e)) continue;
    const double size = parameterSize(std::string_view(key).substr(stem.size()));
    if (size > 0 && (!best || (want > 0 ? size > bestSize : size < bestSize))) {
      best = e;
      bestSize = size;
    }
  }
  return best;
}

namespace {

// "Multinomial, or multi-class, classification": the words without an aside that gives a modifier's other
// name, ", or " and up to two words then a comma, so that the term is read as written ("Multinomial
// classification"). The words as they are when they hold no such aside.
std::string withoutOtherName(std::string_view words) {
  constexpr std::string_view kOr = ", or ";
  const std::size_t at = words.find(kOr);
  if (at == std::string_view::npos) return std::string(words);
  const std::size_t close = words.find(',', at + kOr.size());
  if (close == std::string_view::npos || close + 1 >= words.size() || words[close + 1] != ' ')
    return std::string(words);
  const std::string_view other = words.substr(at + kOr.size(), close - at - kOr.size());
  if (other.empty() || std::count(other.begin(), other.end(), ' ') > 1) return std::string(words);
  return std::string(words.substr(0, at)) + std::string(words.substr(close + 1));
}

}  // namespace

namespace {

// Whether a name's words hold a possessive before its last word ("Earth Mover's Distance").
bool possessiveInside(std::string_view name) {
  const std::vector<Word> words = wordsOf(name);
  return words.size() > 1 && std::any_of(words.begin(), words.end() - 1, [](const Word& w) { return w.possessive; });
}

}  // namespace

// The names tried as the subject, in rank order, and the first of them as the reading's subject.
void Engine::chooseSubject(std::string_view statement, const FigureSpan& figure, std::string_view termSide,
                           const std::string& unknownName, const std::vector<Named>& found, Reading& r,
                           std::vector<EntityId>& named) const {
  // Beside an owner outside the figure, a concept ("training") or what is counted ("H100") is
  // never tried as the subject: its figures are not the owner's.
  auto inFigure = [&](const Named& n) { return figure.holds(statement, n.begin); };
  const bool anOwner = r.trainedName.empty() && !found.empty() && !inFigure(found.front()) && ownerNamed(found.front());
  named.clear();
  for (const Named& n : found)
    if ((!anOwner || (ownerNamed(n) && !inFigure(n))) && !figure.writesUnit(statement, n.begin, n.end))
      named.push_back(n.entity);
  // A name the graph does not know, written with its class ("The Access PDF & Docs plugin"), that
  // stands before every name left is the subject: nothing in the graph is about it.
  if (const std::size_t unknownAt = unknownName.empty() ? std::string_view::npos : statement.find(unknownName);
      unknownAt != std::string_view::npos &&
      std::none_of(found.begin(), found.end(), [&](const Named& n) { return n.begin < unknownAt && !n.commonWord; })) {
    named.clear();
    r.subjectName = unknownName;
  }
  // "Sampling with replacement brings four advantages to machine learning": a term page's title that
  // opens the statement is its subject, before any name the rest of the statement writes.
  if (r.subjectName.empty())
    if (const auto term = termTitled(withoutOtherName(termSide)); term && (named.empty() || term->opensStatement)) {
      std::erase(named, term->entity);
      // Opening the statement, it is an owner outside the figure as a name is: what the figure counts
      // or measures ("2.5 terabytes of filtered CommonCrawl text") is not tried beside it.
      if (term->opensStatement)
        for (const Named& n : found)
          if (inFigure(n)) std::erase(named, n.entity);
      named.insert(named.begin(), term->entity);
    }
  // "By their shape, decision boundaries fall into two types": a term page's title that opens the clause
  // after an opening prepositional phrase is its subject, as one opening the statement is.
  if (const auto term = termAfterOpeningPhrase(termSide); term && r.subjectName.empty()) {
    std::erase(named, *term);
    named.insert(named.begin(), *term);
  }
  // "a neural network's output layer usually has just one neuron": a term page's title right after a
  // possessive is the subject, whatever the possessor is (possessedTerm); not where the possessive
  // is inside a name ("Tamsin Wave's Article Writer", pageTitledAcrossPossessive).
  const bool possessiveInName = std::any_of(found.begin(), found.end(), [&](const Named& n) {
    return possessiveInside(statement.substr(n.begin, n.end - n.begin));
  });
  if (const auto term = possessiveInName ? std::nullopt : possessedTerm(termSide)) {
    std::erase(named, *term);
    named.insert(named.begin(), *term);
  }
  if (!named.empty()) {
    r.subject = named.front();
    r.subjectName = std::string(g_.str(g_.entities()[named.front()].name));
  }
}

// "For a regression problem, a neural network's output layer usually has just one neuron": the term page
// whose title (termTitled) opens the words right after a possessive in `subjectSide`. The thing possessed
// is what the statement is about; its possessor says only what it is a part of.
std::optional<EntityId> Engine::possessedTerm(std::string_view subjectSide) const {
  for (const Word& w : wordsOf(subjectSide)) {
    if (!w.possessive) continue;
    const std::size_t after = subjectSide.find(' ', w.end);
    if (after == std::string_view::npos) break;
    if (const auto term = termTitled(subjectSide.substr(after + 1)); term && term->opensStatement) return term->entity;
  }
  return std::nullopt;
}

// "By their shape, decision boundaries fall into two broad types": the term page whose title (termTitled)
// opens the clause after a phrase that a preposition opens and a comma closes, the statement's first. The
// phrase says how or where; the clause's subject comes after it, in the plural too as one opening a statement.
std::optional<EntityId> Engine::termAfterOpeningPhrase(std::string_view subjectSide) const {
  const std::string first = graph::lowerAscii(subjectSide.substr(0, subjectSide.find(' ')));
  const std::size_t comma = subjectSide.find(", ");
  if (comma == std::string_view::npos || !ingest::lexicon().prepositions.contains(first)) return std::nullopt;
  if (const auto term = termTitled(subjectSide.substr(comma + 2)); term && term->opensStatement) return term->entity;
  return std::nullopt;
}

// "Microsoft's resnet-18 image classifier", "Facebook's bart-large-cnn summarization model": a model id in
// lower case after its maker's possessive is the model the graph names "maker/id" (a Hugging Face model
// card's title, "Microsoft/resnet-18 model"), not the maker, nor the site the card is on. The card's
// page first, then the bare id; none when the graph names no such model. The maker stays the id's owner
// (Reading::partOwner): its own figures speak only where they name the id, so OpenAI's parameter counts
// of other models do not refute "OpenAI's clip-vit-large-patch14 model has about 428 million parameters".
// A maker Hugging Face writes in lower case ("deepset's sentence_bert model") is one too, since the graph
// must name the path; and the card's title writes an id's underscores as spaces ("Deepset/sentence bert
// model"), as the wiki writes every title.
std::optional<Engine::MakerModel> Engine::makerModelId(std::string_view statement) const {
  const std::vector<Word> words = wordsOf(statement);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (!words[k].possessive) continue;
    const std::string_view maker = statement.substr(words[k].begin, words[k].end - words[k].begin);
    // An id's underscores join it ("sentence_bert"), as its hyphens do.
    std::size_t idEnd = words[k + 1].end;
    for (std::size_t j = k + 2; j < words.size() && words[j].begin == idEnd + 1 && statement[idEnd] == '_'; ++j)
      idEnd = words[j].end;
    const std::string_view id = statement.substr(words[k + 1].begin, idEnd - words[k + 1].begin);
    if (graph::lowerAscii(id) != id) continue;
    const std::string path = fmt::format("{}/{}", maker, id);
    std::string titled = path;
    std::replace(titled.begin(), titled.end(), '_', ' ');
    for (const std::string& name : {path + " model", path, titled + " model"}) {
      if (!writtenAsName(statement, words[k]) && name == path) continue;  // a lower-case maker's card only
      if (const auto model = g_.findEntity(name)) return MakerModel{*model, std::string(id), words[k].end};
    }
  }
  return std::nullopt;
}

// Who the statement says gives its figure (claimantAt). A verb of other senses ("FiNER asks a model
// to ...", "found") reports only for a person or organisation the graph knows.
std::string Engine::claimantOf(std::string_view statement) const {
  bool mindVerb = false;
  std::string name = claimantAt(statement, mindVerb);
  if (!mindVerb) return name;
  const auto who = g_.findEntity(name);
  const auto type = who ? g_.entities()[*who].type : graph::EntityType::kOther;
  return type == graph::EntityType::kOrganization || type == graph::EntityType::kPerson ? name : std::string();
}

// "GPT-4-level inference cost ...": a figure of whatever performs at a product's level, when the
// statement names no other owner whose figure it could be ("Meta planned 500,000 H100-equivalent
// GPUs" is Meta's count of a kind of GPU).
void Engine::readModelClass(std::string_view statement, Reading& r, const std::vector<Named>& found) const {
  const auto [name, phrase] = classNameAt(statement);
  if (name.empty()) return;
  const auto model = g_.findEntity(name);
  if (!model || g_.entities()[*model].type != graph::EntityType::kProduct) return;
  if (std::any_of(found.begin(), found.end(), [&](const Named& n) { return ownerNamed(n) && n.entity != *model; }))
    return;
  r.modelClass = graph::foldTokens(name);
  r.subjectName = std::string(phrase);
}

// "Shap-E was introduced in 2023", "Leo Breiman introduced bagging in 1994": a statement whose only
// number is the year of an event that a verb of data/event_years.tsv names states that year as its
// figure, of the measure the table gives, as the extractor reads an article's sentence
// (ingest::eventVerbOf): about the thing the event happened to, here the nearest name the graph
// knows before a passive verb, or the first between an active verb and the date. The event's date
// is the figure, so the reading speaks for no period. Where the reading's figure stands (the
// thing's name); npos, and `s` unchanged, when the statement states no such year of a known name.
std::size_t Engine::readEventYear(std::string_view statement, std::vector<Named>& found, ingest::StatementReading& s,
                                  std::size_t& phraseBegin) const {
  const std::vector<ingest::LetterWord> words = ingest::letterWords(statement);
  for (const ingest::DateMatch& d : ingest::findDates(statement)) {
    const bool since = d.iso.ends_with("/..");
    if (d.iso.starts_with("..") || (d.iso.find('/') != std::string::npos && !since)) continue;
    const std::optional<graph::Quantity> year = ingest::yearFigure(d);
    if (!year) continue;
    const ingest::EventVerb verb = ingest::eventVerbOf(statement, words, d, {});
    if (verb.measure.empty()) continue;
    const Named* thing = nullptr;
    const std::size_t clauseAt = verb.passive ? subjectClauseEnd(statement, verb.verbAt) : 0;
    for (const Named& n : found) {
      const bool before = verb.passive && n.end <= verb.verbAt && !modifierName(statement, n, clauseAt);
      const bool between =
          !verb.passive && verb.word < words.size() && n.begin >= words[verb.word].end && n.end <= d.begin;
      if (before && (!thing || n.begin > thing->begin)) thing = &n;   // the nearest before
      if (between && (!thing || n.begin < thing->begin)) thing = &n;  // the first after
    }
    if (!thing) continue;
    s.figure = *year;
    s.measure = verb.measure;
    s.asOf.clear();
    s.subject = std::string(g_.str(g_.entities()[thing->entity].name));
    const std::size_t at = thing->begin;
    phraseBegin = verb.passive ? 0 : words[verb.lastWord].end;
    // "The Access PDF plugin for ChatGPT was released": the names that only modify the subject are
    // never tried as whose year it is.
    if (verb.passive)
      std::erase_if(found,
                    [&](const Named& n) { return n.end <= verb.verbAt && modifierName(statement, n, clauseAt); });
    return at;
  }
  return std::string_view::npos;
}

namespace {

// Where a verb of origin stands that the year at `dateAt` completes, right before it: "dates back to",
// "dated from", "can be traced back to", "goes back to", "originated in" (any inflection of date, trace
// and go before "back to", of date before "from", of originate before "in"); npos when none does.
std::size_t originVerbBefore(std::string_view statement, const std::vector<ingest::LetterWord>& words,
                             std::size_t dateAt) {
  std::size_t k = words.size();
  while (k > 0 && words[k - 1].end > dateAt) --k;
  if (k < 2 ||
      statement.substr(words[k - 1].end, dateAt - words[k - 1].end).find_first_not_of(' ') != std::string_view::npos)
    return std::string_view::npos;
  const std::string& last = words[k - 1].lower;
  const std::string& verb = words[k - 2].lower;
  auto inflectionOf = [&](const std::string& w, std::string_view stem) {
    return w == stem || w == std::string(stem) + "s" || w == std::string(stem) + "d" ||
           w == std::string(stem) + "ing" ||
           (stem.ends_with('e') && w == std::string(stem.substr(0, stem.size() - 1)) + "ing");
  };
  if (last == "from" && inflectionOf(verb, "date")) return words[k - 2].begin;
  if (last == "in" && inflectionOf(verb, "originate")) return words[k - 2].begin;
  if (last != "to" || verb != "back" || k < 3) return std::string_view::npos;
  const std::string& head = words[k - 3].lower;
  const bool go = head == "go" || head == "goes" || head == "went" || head == "gone" || head == "going";
  return go || inflectionOf(head, "date") || inflectionOf(head, "trace") ? words[k - 3].begin : std::string_view::npos;
}

}  // namespace

// "The Pearl Index dates back to 1933, when Raymond Pearl introduced it": a verb of origin right
// before a year (originVerbBefore) states the year the thing began as the statement's figure, about
// the nearest name the graph knows before the verb, as a passive event verb's year is (readEventYear).
// Which beginning the year is (year introduced, founding year, year opened) is what the graph records
// of that thing (originMeasure). Where the thing's name stands; npos, and `s` unchanged, when none.
std::size_t Engine::readOriginYear(std::string_view statement, std::vector<Named>& found,
                                   ingest::StatementReading& s) const {
  const std::vector<ingest::LetterWord> words = ingest::letterWords(statement);
  for (const ingest::DateMatch& d : ingest::findDates(statement)) {
    if (d.iso.find('/') != std::string::npos) continue;
    const std::optional<graph::Quantity> year = ingest::yearFigure(d);
    const std::size_t verbAt = year ? originVerbBefore(statement, words, d.begin) : std::string_view::npos;
    if (verbAt == std::string_view::npos) continue;
    const std::size_t clauseAt = subjectClauseEnd(statement, verbAt);
    const Named* thing = nullptr;
    for (const Named& n : found)
      if (n.end <= verbAt && !modifierName(statement, n, clauseAt) && (!thing || n.begin > thing->begin)) thing = &n;
    if (!thing) continue;
    s.figure = *year;
    s.measure = originMeasure(thing->entity);
    s.asOf.clear();
    s.subject = std::string(g_.str(g_.entities()[thing->entity].name));
    return thing->begin;
  }
  return std::string_view::npos;
}

// "Andrew Ng gave his Stanford talk "Opportunities in AI" in 2023": a statement whose only figure is one
// year, and that names in quotes an event the graph dates (datedEventTitled: a talk whose page box gives
// the year it was held), states that year as the event's year held, whatever verb says so. The quoted
// title is added to `found` as the event's name; where it stands, npos (and `s` unchanged) when none.
std::size_t Engine::readHeldYear(std::string_view statement, std::vector<Named>& found,
                                 ingest::StatementReading& s) const {
  const std::vector<ingest::DateMatch> dates = ingest::findDates(statement);
  if (dates.size() != 1 || dates.front().iso.find('/') != std::string::npos) return std::string_view::npos;
  const std::optional<graph::Quantity> year = ingest::yearFigure(dates.front());
  if (!year) return std::string_view::npos;
  for (const auto& [open, close] : {std::pair{"\"", "\""}, std::pair{"\u201c", "\u201d"}}) {
    const std::size_t begin = statement.find(open);
    const std::size_t end = begin == std::string_view::npos ? begin : statement.find(close, begin + 1);
    if (end == std::string_view::npos) continue;
    const std::size_t titleAt = begin + std::string_view(open).size();
    const auto event = datedEventTitled(statement.substr(titleAt, end - titleAt));
    if (!event) continue;
    s.figure = *year;
    s.measure = "year held";
    s.asOf.clear();
    s.subject = std::string(g_.str(g_.entities()[*event].name));
    found.push_back(Named{*event, titleAt, end});
    return titleAt;
  }
  return std::string_view::npos;
}

// The event the graph dates (a claim of its year held) whose name holds `title`'s words in a row,
// whole ("Opportunities in AI" of the talk "Andrew Ng: Opportunities in AI - 2023"); the first such,
// nullopt when none or the title is a single word.
std::optional<EntityId> Engine::datedEventTitled(std::string_view title) const {
  const std::vector<std::string> words = graph::foldTokens(title);
  if (words.size() < 2) return std::nullopt;
  std::call_once(indices_->datedEventsBuilt, [&] {
    for (EntityId id : g_.entities().ids()) {
      const auto& entity = g_.entities()[id];
      if (entity.type != graph::EntityType::kEvent) continue;
      for (ClaimId c : g_.claimsAbout(id))
        if (g_.claims()[c].kind == ClaimKind::kFigure && g_.str(g_.claims()[c].measure) == "year held") {
          indices_->datedEvents.emplace_back(id, graph::foldTokens(g_.str(entity.name)));
          break;
        }
    }
  });
  for (const auto& [id, name] : indices_->datedEvents)
    if (std::search(name.begin(), name.end(), words.begin(), words.end()) != name.end()) return id;
  return std::nullopt;
}

// The measure of the year a thing began, as the graph records it of `thing`: its founding year (an
// organisation), the year it opened (a place) or, by default, the year it was introduced.
std::string Engine::originMeasure(EntityId thing) const {
  static constexpr std::array<std::string_view, 3> kBeginnings = {"year introduced", "founding year", "year opened"};
  for (ClaimId c : g_.claimsAbout(thing)) {
    const Claim& claim = g_.claims()[c];
    if (claim.kind != ClaimKind::kFigure || g_.str(claim.unit) != "year") continue;
    const std::string_view measure = g_.str(claim.measure);
    if (std::find(kBeginnings.begin(), kBeginnings.end(), measure) != kBeginnings.end()) return std::string(measure);
  }
  return std::string(kBeginnings[0]);
}

// Where the subject of a passive or intransitive verb at `verbAt` ends: before an appositive that
// closes with a comma right before the verb group ("Scholar Assist, the arXiv search plugin for
// ChatGPT, was released"), else at the verb. Only the words of the verb group ("was", "first") may
// stand between the closing comma and the verb.
std::size_t Engine::subjectClauseEnd(std::string_view statement, std::size_t verbAt) {
  static const std::set<std::string_view> kGroup = {
      "was", "were", "is", "are", "has", "have", "been", "first", "initially", "originally", "officially", "publicly"};
  const std::size_t close = statement.rfind(',', verbAt);
  if (close == std::string_view::npos) return verbAt;
  for (const ingest::LetterWord& w : ingest::letterWords(statement.substr(close + 1, verbAt - close - 1)))
    if (!kGroup.count(w.lower)) return verbAt;
  const std::size_t open = close == 0 ? std::string_view::npos : statement.rfind(',', close - 1);
  return open == std::string_view::npos ? verbAt : open;
}

// Whether a name before a passive verb only modifies the verb's subject: the object of a
// preposition ("The Scholar Assist plugin for ChatGPT came out") or inside an appositive (after
// `clauseEnd`, subjectClauseEnd), so that the year is not that name's. The prepositions are the
// lexicon's (data/prepositions.txt), after which a name is no clause subject anywhere.
bool Engine::modifierName(std::string_view statement, const Named& n, std::size_t clauseEnd) {
  if (n.begin >= clauseEnd) return true;
  std::string_view lead = statement.substr(0, n.begin);
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  return ingest::lexicon().prepositions.count(graph::lowerAscii(ingest::lastWord(lead))) > 0;
}

// The names a statement gives, each after the maker's name for it where the graph knows one:
// "Meta's Llama 3.1 405B" first as "Meta Llama 3.1 405B", since the graph may hold its figures under
// either; "IBM's CUGA agent" as "IBM CUGA" before "IBM".
std::vector<Engine::Named> Engine::namesWithMakers(std::string_view statement) const {
  std::vector<Named> found;
  for (const Named& n : namedEntities(statement)) {
    const auto product = possessedForm(statement, n.begin, n.end);
    if (product && *product != n.entity) found.push_back({*product, n.begin, n.end, n.commonWord});
    const auto owned = product ? std::nullopt : ownedForm(statement, n.begin, n.end);
    if (owned) found.push_back({owned->first, n.begin, owned->second, false, false, true});
    found.push_back(n);
    found.back().fallback = n.fallback || (product && *product != n.entity) || owned;
  }
  return found;
}

namespace {

// Whether a word holds a letter of a script without case (Han, Kana, Hangul, Arabic): in an English
// statement such a word is a name ("AI算命", "科技文章翻译"), as a capital would make it in Latin letters.
bool uncasedName(std::string_view text, const Word& w) {
  return graph::hasCaselessLetter(text.substr(w.begin, w.end - w.begin));
}

// A word that may stand in a name a statement writes before a class word: it starts with a capital
// or a digit ("CK-12", "Flexi", "API"), it is "&" ("Access PDF & Docs"), or it is written in a script
// without case ("科技文章翻译").
bool nameWord(std::string_view text, const Word& w) {
  const auto c = static_cast<unsigned char>(text[w.begin]);
  return std::isupper(c) || std::isdigit(c) || text.substr(w.begin, w.end - w.begin) == "&" || uncasedName(text, w);
}

// Whether the text between two words holds a mark that ends a noun phrase (a comma, a bracket).
bool markBetween(std::string_view text, std::size_t from, std::size_t to) {
  return text.substr(from, to - from).find_first_of(",;:()") != std::string_view::npos;
}

// Whether word `w` is "the" or "this", in any case: a definite determiner, whose noun phrase refers to a thing
// the text has given.
bool definiteArticleAt(std::string_view text, const Word& w) {
  const std::string lower = graph::lowerAscii(text.substr(w.begin, w.end - w.begin));
  return lower == "the" || lower == "this";
}

// Whether the word after words[h] is a noun of a made thing (isThingNoun), in either number: "GPT models".
bool thingNounFollows(std::string_view text, const std::vector<Word>& words, std::size_t h) {
  if (h + 1 >= words.size()) return false;
  const std::string next = graph::lowerAscii(text.substr(words[h + 1].begin, words[h + 1].end - words[h + 1].begin));
  const std::string other = ingest::otherGrammaticalNumber(next);
  return ingest::isThingNoun(next) || (!other.empty() && ingest::isThingNoun(other));
}

// Whether words[h] modifies a noun after it in its noun phrase: a name ("the GPT Builder") or a noun of a made
// thing ("the GPT model").
bool modifiesNextNoun(std::string_view text, const std::vector<Word>& words, std::size_t h) {
  if (h + 1 >= words.size() || markBetween(text, words[h].end, words[h + 1].begin)) return false;
  return nameWord(text, words[h + 1]) || thingNounFollows(text, words, h);
}

// Where the run of name words (nameWord) before words[end] starts, past an article that opens it
// ("the CK-12 Flexi"); `end` when there is none.
std::size_t nameRunStart(std::string_view statement, const std::vector<Word>& words, std::size_t end) {
  auto folded = [&](std::size_t k) {
    return graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin));
  };
  std::size_t start = end;
  while (start > 0 && nameWord(statement, words[start - 1]) && !words[start - 1].possessive &&
         !markBetween(statement, words[start - 1].end, words[start].begin))
    --start;
  for (std::string_view article : {"the", "a", "an"})
    if (start < end && folded(start) == article) ++start;
  return start;
}

// Drops the names inside the phrase words[start..h] (a name and its class word) and those that only
// modify it: its possessor ("AI Fever's") and a name after the class word and a preposition.
void dropNamesOfPhrase(std::string_view statement, const std::vector<Word>& words, std::size_t start, std::size_t h,
                       std::vector<Engine::Named>& found) {
  auto folded = [&](std::size_t k) {
    return graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin));
  };
  const std::size_t begin = words[start].begin, last = words[h].end;
  // "plugin for ChatGPT": a name right after the class word and a preposition modifies the phrase.
  std::size_t modifierAt = std::string_view::npos;
  if (h + 2 < words.size() && ingest::lexicon().prepositions.count(folded(h + 1))) modifierAt = words[h + 2].begin;
  std::erase_if(found, [&](const Engine::Named& n) {
    const bool inside = n.begin < last && n.end > begin;
    const bool possessor =
        n.end <= begin && words[start > 0 ? start - 1 : 0].possessive && start > 0 && n.end == words[start - 1].end;
    return inside || possessor || n.begin == modifierAt;
  });
}

// Headed titles' pages by folded name and class word (Indices::HeadedTitles::byNameAndClass): none where two share a
// key.
using PagesByNameAndClass = std::unordered_map<std::string, std::optional<EntityId>>;

// Whether the name `n` of the statement is the page of class `cls` that its words name ("Bio To Schema" of
// "Bio To Schema (GPT)", "NEO" of "NEO - Ultimate AI (GPT)"), or a page named with that class word.
bool namesPageOfClass(std::string_view statement, const Engine::Named& n, const std::string& cls,
                      const PagesByNameAndClass& byNameAndClass) {
  const std::string_view span = statement.substr(n.begin, n.end - n.begin);
  if (n.headed && graph::foldKey(ingest::lastWord(span)) == cls) return true;
  const auto it = byNameAndClass.find(graph::foldKey(span) + '\x1f' + cls);
  return it != byNameAndClass.end() && it->second == n.entity;
}

// "The system prompt of Bio To Schema walks the GPT through ten numbered steps", "NEO's system prompt promises
// the GPT a $200 tip": a class word after "the" or "this", with no name before it, takes up the page of that
// class that the statement names elsewhere (a definite noun phrase refers back to a thing already given), so
// the class's own page ("GPT") is no name of the statement. Where the statement names two pages of the class,
// the class word could mean either and stays, and the check says it names a class of many things. Nothing
// changes where it names none, or where the class word modifies a noun after it ("the GPT model").
void classTakesUpPage(std::string_view statement, const std::vector<Word>& words, std::size_t h, std::size_t end,
                      const std::string& cls, const PagesByNameAndClass& byNameAndClass,
                      std::vector<Engine::Named>& found) {
  if (end == 0 || !definiteArticleAt(statement, words[end - 1]) || modifiesNextNoun(statement, words, h)) return;
  const std::size_t begin = words[end - 1].begin, last = words[h].end;
  auto inPhrase = [&](const Engine::Named& n) { return n.begin >= begin && n.end <= last; };
  std::set<EntityId> pages;
  for (const Engine::Named& n : found)
    if (!inPhrase(n) && namesPageOfClass(statement, n, cls, byNameAndClass)) pages.insert(n.entity);
  if (pages.size() == 1)
    std::erase_if(found, [&](const Engine::Named& n) { return inPhrase(n) && !pages.count(n.entity); });
}

}  // namespace

// The class word inside a longer known name ("Chat GPT", "GPT Store") is part of that name; a
// known name that ends with it and is the page of that name and class ("Transcript Thief GPT",
// found by the page's slug) is that page, written with its class. False when no known name holds it.
bool Engine::classInLongerName(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                               bool qualified, const std::string& cls, std::vector<Named>& found) const {
  if (auto longer = std::find_if(found.begin(), found.end(),
                                 [&](const Named& n) {
                                   return n.begin <= words[h].begin && n.end >= words[h].end &&
                                          (n.begin < words[h].begin || n.end > words[h].end);
                                 });
      longer != found.end()) {
    if (longer->end == words[h].end && longer->begin < words[h].begin &&
        pageBeforeClass(statement, words, {longer->begin, qualified ? h - 1 : h}, cls) == longer->entity)
      longer->owned = longer->headed = true;
    return true;
  }
  return false;
}

// The page of a name and the class word words[h] ("CK-12 Flexi GPT"), tried at each start up to
// eight words back, longest first, with or without the class's qualifier; `start` gets the name's
// first word where one is found.
std::optional<EntityId> Engine::pageOfClassName(std::string_view statement, const std::vector<Word>& words,
                                                std::size_t h, bool qualified, const std::string& cls,
                                                std::size_t& start) const {
  std::optional<EntityId> page;
  for (std::size_t s = h >= 8 ? h - 8 : 0; s < h && !page; ++s)
    for (std::size_t end : classNameEnds(statement, words, h, qualified))
      if (end > s && !markBetween(statement, words[s].begin, words[end - 1].end))
        if ((page = pageBeforeClass(statement, words, {words[s].begin, end}, cls)) ||
            (end < (qualified ? h - 1 : h) &&
             (page = titledWithClass(statement.substr(words[s].begin, words[end - 1].end - words[s].begin), cls)))) {
          start = s;
          break;
        }
  return page;
}

// "CK-12 Flexi GPT", "ABCmouse's ChatGPT plugin", "The There's An API For That GPT": a class word
// that pages share (Indices::HeadedTitles) after a name says what kind of thing the name is; the class
// (GPT, ChatGPT) is not the subject, nor are the words of the name that the graph knows alone ("API",
// "PDF"). The page of that name and class is the subject where the graph has it (tried at each start,
// longest first, with or without the class's qualifier "ChatGPT"); else the name, written as a run of
// capitalised words, is an unknown subject, returned, and none of the names inside it stands for it.
// Names that only modify the phrase go too: its possessor ("AI Fever's") and what follows the class
// word after a preposition ("plugin for ChatGPT").
std::string Engine::readHeadedNames(std::string_view statement, std::vector<Named>& found) const {
  const auto& headed = indices_->needHeadedTitles(g_);
  const std::vector<Word> words = wordsOf(statement);
  std::string unknown;
  auto folded = [&](std::size_t k) {
    return graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin));
  };
  for (std::size_t h = 1; h < words.size(); ++h) {
    const std::string cls = folded(h);
    if (!headed.classWords.count(cls)) continue;
    const bool qualified = headed.classQualifiers.count(folded(h - 1)) > 0;
    if (classInLongerName(statement, words, h, qualified, cls, found)) continue;
    if (appositiveClass(statement, words, h, qualified ? h - 1 : h, cls, found, unknown)) continue;
    if (classBeforeName(statement, words, h, qualified ? h - 1 : h, cls, found, unknown)) continue;
    std::size_t start = h;
    const std::optional<EntityId> page = pageOfClassName(statement, words, h, qualified, cls, start);
    std::size_t end = qualified ? h - 1 : h;
    if (!page && readClassByMaker(statement, words, h, found, unknown)) continue;
    if (!page) {
      start = nameRunStart(statement, words, end);
      if (start == end) {
        (void)readMakerClass(statement, words, h, end, cls, found, unknown);
        continue;
      }
      // A run that is one name the graph knows is the subject as written: only the class goes.
      const bool known = std::any_of(found.begin(), found.end(), [&](const Named& n) {
        return n.begin == words[start].begin && n.end == words[end - 1].end;
      });
      if (known) {
        std::erase_if(found, [&](const Named& n) { return n.begin >= words[end].begin && n.end <= words[h].end; });
        continue;
      }
      unknown = std::string(statement.substr(words[start].begin, words[end - 1].end - words[start].begin));
    }
    const std::size_t begin = words[start].begin, last = words[h].end;
    dropNamesOfPhrase(statement, words, start, h, found);
    if (page) {
      Named n{*page, begin, last};
      n.owned = n.headed = true;
      found.insert(std::find_if(found.begin(), found.end(), [&](const Named& o) { return o.begin > begin; }), n);
    }
  }
  readBareHeadedNames(statement, words, found);
  // Once every page the statement names is found: "the GPT" takes up the one of its class.
  for (std::size_t h = 1; h < words.size(); ++h)
    if (const std::string cls = folded(h); headed.classWords.count(cls))
      classTakesUpPage(statement, words, h, headed.classQualifiers.count(folded(h - 1)) ? h - 1 : h, cls,
                       headed.byNameAndClass, found);
  return unknown;
}

// "Typeframes' video GPT", "Zapier's calendar GPT": a class word after a maker's possessive and up to two
// words in lower case that describe the thing (classNameEnds) names a page of that class by that maker,
// titled "<name> by <Maker> (<Class>)" or "<name> - by <Maker> (<Class>)": the one such page with
// figures, or the one whose title holds every describing word. Else the phrase names a thing the graph
// does not know, returned in `unknown`: the class's own names ("GPT") and the maker are not its subject.
// `end` is where the words before the class (its qualifier aside) end. True when read so.
bool Engine::readMakerClass(std::string_view statement, const std::vector<Word>& words, std::size_t h, std::size_t end,
                            const std::string& cls, std::vector<Named>& found, std::string& unknown) const {
  const std::vector<std::size_t> ends = classNameEnds(statement, words, h, end != h);
  const std::size_t described = ends.back();
  if (described == 0 || !words[described - 1].possessive ||
      markBetween(statement, words[described - 1].end, words[described].begin))
    return false;
  // "OpenAI's GPT models": a class word that modifies a noun of a made thing after it heads no name.
  if (thingNounFollows(statement, words, h)) return false;
  std::size_t maker = described - 1;
  while (maker > 0 && nameWord(statement, words[maker - 1]) && !words[maker - 1].possessive &&
         !markBetween(statement, words[maker - 1].end, words[maker].begin))
    --maker;
  if (!nameWord(statement, words[maker])) return false;
  const std::string makerKey =
      graph::foldKey(statement.substr(words[maker].begin, words[described - 1].end - words[maker].begin));
  std::vector<std::string> describing;
  for (std::size_t k = described; k < end; ++k)
    describing.push_back(graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin)));
  std::vector<EntityId> pages, describedPages;
  for (const graph::Document& doc : g_.documents()) {
    const std::string title = graph::foldKey(g_.str(doc.title));
    const std::size_t by = title.rfind(" by " + makerKey + " (");
    if (by == std::string::npos || !title.ends_with(")")) continue;
    const std::vector<std::string> bracket = graph::foldTokens(title.substr(by + 5 + makerKey.size()));
    if (bracket.empty() || bracket.back() != cls) continue;
    const auto e = g_.findEntity(g_.str(doc.slug));
    if (!e || !hasFigures(*e)) continue;
    pages.push_back(*e);
    const std::vector<std::string> named = graph::foldTokens(title.substr(0, by));
    if (std::all_of(describing.begin(), describing.end(),
                    [&](const std::string& w) { return std::find(named.begin(), named.end(), w) != named.end(); }))
      describedPages.push_back(*e);
  }
  const std::size_t begin = words[maker].begin, last = words[h].end;
  const auto& chosen = pages.size() == 1 ? pages : describedPages;
  // A maker the graph has figures of, or a product it names with its maker ("Keymate.AI's GPT" is
  // "Keymate.AI GPT"), is read as before: only the class's own name is no subject.
  if (chosen.size() != 1 && std::any_of(found.begin(), found.end(), [&](const Named& n) {
        return n.begin < last && n.end > begin && graph::foldKey(g_.str(g_.entities()[n.entity].name)) != cls;
      }))
    return false;
  namePhrase(statement, begin, last, chosen.size() == 1 ? std::optional(chosen.front()) : std::nullopt, found, unknown);
  return true;
}

void Engine::namePhrase(std::string_view statement, std::size_t begin, std::size_t last, std::optional<EntityId> page,
                        std::vector<Named>& found, std::string& unknown) {
  std::erase_if(found, [&](const Named& n) { return n.begin < last && n.end > begin; });
  if (!page) {
    unknown = std::string(statement.substr(begin, last - begin));
    return;
  }
  Named n{*page, begin, last};
  n.owned = n.headed = true;
  found.insert(std::find_if(found.begin(), found.end(), [&](const Named& o) { return o.begin > begin; }), n);
}

// "The I Ching divination GPT by uniart.io": a class word with its maker after "by" names a page of that
// class whose title holds every word written before the class (two or more, in any order: the title is
// "易经占卜师(Divination with I Ching; 周易算命) (GPT)"), where one such page has figures. The class's own
// name ("GPT") and the maker are then not the subject; where no page holds them, the phrase names a thing
// the graph does not know, returned in `unknown`. False, and nothing changed, where several pages do.
bool Engine::readClassByMaker(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                              std::vector<Named>& found, std::string& unknown) const {
  auto folded = [&](std::size_t k) {
    return graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin));
  };
  // The maker may be written in lower case ("uniart.io"): only the words before the class decide.
  if (h + 2 >= words.size() || folded(h + 1) != "by") return false;
  const std::string cls = folded(h);
  std::size_t start = h;
  while (start > 0 && !words[start - 1].possessive &&
         !markBetween(statement, words[start - 1].end, words[start].begin)) {
    const std::string w = folded(start - 1);
    if (w == "the" || w == "a" || w == "an" || ingest::lexicon().prepositions.count(w)) break;
    --start;
  }
  if (h - start < 2) return false;
  std::vector<std::string> describing;
  for (std::size_t k = start; k < h; ++k) describing.push_back(folded(k));
  std::vector<EntityId> pages;
  for (const graph::Document& doc : g_.documents()) {
    const auto [name, docClass] = nameAndClass(g_.str(doc.title));
    const std::vector<std::string> classWords = graph::foldTokens(docClass);
    if (classWords.empty() || classWords.back() != cls) continue;
    const std::vector<std::string> named = graph::foldTokens(name);
    if (!std::all_of(describing.begin(), describing.end(),
                     [&](const std::string& w) { return std::find(named.begin(), named.end(), w) != named.end(); }))
      continue;
    if (const auto e = g_.findEntity(g_.str(doc.slug)); e && hasFigures(*e)) pages.push_back(*e);
  }
  if (pages.size() > 1) return false;
  const std::size_t begin = words[start].begin, last = words[h].end;
  namePhrase(statement, begin, last, pages.empty() ? std::nullopt : std::optional(pages.front()), found, unknown);
  return true;
}

// Where the name before the class word at `h` may end (one past its last word), longest first: before
// the class word, before its qualifier ("ChatGPT" of "plugin"), and before up to two describing words
// in lower case between the name and its class ("The Grimoire custom GPT", "Midpage's caselaw plugin"):
// English words of the lexicon that are no preposition or article.
std::vector<std::size_t> Engine::classNameEnds(std::string_view statement, const std::vector<Word>& words,
                                               std::size_t h, bool qualified) {
  std::vector<std::size_t> ends{h};
  std::size_t end = qualified ? h - 1 : h;
  if (end != h) ends.push_back(end);
  const auto& lex = ingest::lexicon();
  for (int describing = 0; describing < 2 && end > 1; ++describing) {
    const std::string_view w = statement.substr(words[end - 1].begin, words[end - 1].end - words[end - 1].begin);
    const std::string lower = graph::lowerAscii(w);
    if (w != lower || words[end - 1].possessive || !lex.isEnglishWord(lower) || lex.prepositions.count(lower) ||
        lower == "the" || lower == "a" || lower == "an" || markBetween(statement, words[end - 1].end, words[end].begin))
      break;
    ends.push_back(--end);
  }
  return ends;
}

// The page titled by a name and its class word after it ("Chrome Unlimited Search & Browse GPT", no
// brackets), where the statement writes describing words between them ("the Chrome Unlimited Search &
// Browse custom GPT", classNameEnds): the name with its class is what the statement names, not the
// class alone. Only an entity of that very name that is its own page's topic and has figures.
std::optional<EntityId> Engine::titledWithClass(std::string_view name, const std::string& cls) const {
  const std::string titled = std::string(name) + ' ' + cls;
  const auto e = g_.findEntity(titled);
  if (!e || graph::foldKey(g_.str(g_.entities()[*e].name)) != graph::foldKey(titled) || !hasFigures(*e) ||
      !g_.findDocument(g_.str(g_.entities()[*e].key)))
    return std::nullopt;
  return e;
}

// The page of a shared class named by the words from byte `span.first` to the word before `span.second`
// (an index of `words`) and the class word `cls`, where the graph has figures of it. A maker's
// possessive inside the name is also read as the title writes the name ("Midpage's caselaw plugin":
// "Midpage caselaw (ChatGPT Plugin)"), after the name as written ("There's An API For That").
std::optional<EntityId> Engine::pageBeforeClass(std::string_view statement, const std::vector<Word>& words,
                                                std::pair<std::size_t, std::size_t> span,
                                                const std::string& cls) const {
  const auto& byNameAndClass = indices_->needHeadedTitles(g_).byNameAndClass;
  auto pageOf = [&](std::string_view name) -> std::optional<EntityId> {
    const auto it = byNameAndClass.find(graph::foldKey(name) + '\x1f' + cls);
    if (it == byNameAndClass.end() || !it->second || !hasFigures(*it->second)) return std::nullopt;
    return it->second;
  };
  const std::size_t last = words[span.second - 1].end;
  if (auto page = pageOf(statement.substr(span.first, last - span.first))) return page;
  std::string name;
  bool possessive = false;
  for (std::size_t k = 0; k < span.second; ++k) {
    if (words[k].begin < span.first) continue;
    if (!name.empty()) name += ' ';
    name += statement.substr(words[k].begin, words[k].end - words[k].begin);
    possessive |= words[k].possessive;
  }
  return possessive ? pageOf(name) : std::nullopt;
}

// "Cold Mail keeps each email's title to ...": a capitalised run with no class word after it that no
// name the graph knows covers, but that is the name of exactly one page of a shared class (its title
// before the class, or the name before its maker, "Cold Mail by DoMore.ai (GPT)"), names that page.
// Names of the graph inside the run ("Mail") are not the subject.
void Engine::readBareHeadedNames(std::string_view statement, const std::vector<Word>& words,
                                 std::vector<Named>& found) const {
  const auto& byName = indices_->needHeadedTitles(g_).byName;
  for (std::size_t k = 0; k < words.size();) {
    if (!nameWord(statement, words[k])) {
      ++k;
      continue;
    }
    std::size_t end = k + 1;
    while (end < words.size() && !words[end - 1].possessive && nameWord(statement, words[end]) &&
           !markBetween(statement, words[end - 1].end, words[end].begin))
      ++end;
    std::size_t start = k;
    const std::string first = graph::foldKey(statement.substr(words[k].begin, words[k].end - words[k].begin));
    if (start + 1 < end && (first == "the" || first == "a" || first == "an")) ++start;
    const std::size_t begin = words[start].begin, last = words[end - 1].end;
    k = end;
    // A run that a name of the graph already covers, or that lies inside one, is that name's.
    if (std::any_of(found.begin(), found.end(), [&](const Named& n) {
          return (n.begin <= begin && n.end >= last) || (n.begin < begin && n.end > begin) ||
                 (n.begin < last && n.end > last);
        }))
      continue;
    std::string_view run = statement.substr(begin, last - begin);
    if (run.ends_with("'s") || run.ends_with("\u2019s")) run.remove_suffix(run.ends_with("'s") ? 2 : 4);
    const auto it = byName.find(graph::foldKey(run));
    if (it == byName.end() || !it->second || !hasFigures(*it->second)) continue;
    std::erase_if(found, [&](const Named& n) { return n.begin >= begin && n.end <= last; });
    Named n{*it->second, begin, begin + run.size()};
    n.owned = n.headed = true;
    found.insert(std::find_if(found.begin(), found.end(), [&](const Named& o) { return o.begin > begin; }), n);
  }
}

// "The fortune-telling GPT AI算命 counts ...", "the translation GPT 科技文章翻译": a class word right before
// a name stands in apposition to it and says what kind of thing the name is; the class's own names
// ("GPT") are not the subject. The name is the page of that name and class where the graph has one
// (longest first); else, so as not to take "the GPT API" for a page, only a name written in a script
// without case (Han, Kana, Hangul: a title in such letters names a page, not a class of thing) is read
// so: the name the graph knows there, or an unknown subject returned in `unknown`. True when read so.
bool Engine::classBeforeName(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                             std::size_t first, const std::string& cls, std::vector<Named>& found,
                             std::string& unknown) const {
  const std::size_t next = h + 1;
  if (next >= words.size() || words[h].possessive || markBetween(statement, words[h].end, words[next].begin))
    return false;
  std::size_t end = next;
  while (end < words.size() && nameWord(statement, words[end]) &&
         (end == next || (!words[end - 1].possessive && !markBetween(statement, words[end - 1].end, words[end].begin))))
    ++end;
  if (end == next) return false;
  auto dropBetween = [&](std::size_t from, std::size_t to) {
    std::erase_if(found, [&](const Named& n) { return n.begin >= from && n.end <= to; });
  };
  for (std::size_t e = end; e > next; --e)
    if (const auto page = pageBeforeClass(statement, words, {words[next].begin, e}, cls)) {
      std::erase_if(found, [&](const Named& n) { return n.begin < words[e - 1].end && n.end > words[first].begin; });
      Named n{*page, words[next].begin, words[e - 1].end};
      n.owned = n.headed = true;
      found.insert(std::find_if(found.begin(), found.end(), [&](const Named& o) { return o.begin > n.begin; }), n);
      return true;
    }
  std::size_t uncasedEnd = next;
  while (uncasedEnd < end && uncasedName(statement, words[uncasedEnd])) ++uncasedEnd;
  const auto known =
      std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == words[next].begin; });
  if (known != found.end()) {
    if (!uncasedName(statement, {known->begin, known->end})) return false;
  } else if (uncasedEnd == next) {
    return false;
  } else {
    unknown = std::string(statement.substr(words[next].begin, words[uncasedEnd - 1].end - words[next].begin));
  }
  dropBetween(words[first].begin, words[h].end);
  return true;
}

// "Ai PDF, a custom GPT for reading PDF files, has ...": a class word inside an appositive (an article or
// a possessive opens it, a comma closes it) says which page the name before it is ("Ai PDF (GPT)", not
// "Ai PDF (ChatGPT Plugin)"); the class's own names ("GPT", "ChatGPT") are not the subject. True when
// the class word stands in such an appositive. `first` is where the class's words begin.
bool Engine::appositiveClass(std::string_view statement, const std::vector<Word>& words, std::size_t h,
                             std::size_t first, const std::string& cls, std::vector<Named>& found,
                             std::string& unknown) const {
  const std::size_t open = statement.rfind(", ", words[h].begin), close = statement.find(',', words[h].end);
  if (open == std::string_view::npos || close == std::string_view::npos) return false;
  if (!describesName(statement.substr(open + 2, close - open - 2))) return false;
  // The name right before the comma, perhaps closing with its bracketed part ("AutoExpert (Academic), the ...").
  auto name = std::find_if(found.begin(), found.end(), [&](const Named& n) {
    return n.end == open || (n.end + 1 == open && statement[n.end] == ')');
  });
  const auto& byName = indices_->needHeadedTitles(g_).byNameAndClass;
  if (name == found.end()) {
    // "Cold Mail, DoMore.ai's cold-email GPT, has ...": a name the graph knows only as a page's title
    // ("Cold Mail by DoMore.ai (GPT)"), the capitalised run before the comma.
    std::size_t k = 0;
    while (k < words.size() && words[k].end <= open) ++k;
    std::size_t start = k;
    while (start > 0 && nameWord(statement, words[start - 1]) && !words[start - 1].possessive &&
           (start == k || !markBetween(statement, words[start - 1].end, words[start].begin)))
      --start;
    if (start == k || words[k - 1].end != open) return false;
    const std::string_view run = statement.substr(words[start].begin, open - words[start].begin);
    const auto it = byName.find(graph::foldKey(run) + '\x1f' + cls);
    if (it == byName.end() || !it->second || !hasFigures(*it->second)) {
      // "科技文章翻译, a GPT that ...": a name in a script without case is a name, though the graph has
      // no page of it; the class word is still not the subject.
      if (!std::all_of(words.begin() + static_cast<std::ptrdiff_t>(start),
                       words.begin() + static_cast<std::ptrdiff_t>(k),
                       [&](const Word& w) { return uncasedName(statement, w); }))
        return false;
      unknown = std::string(run);
      std::erase_if(found, [&](const Named& n) { return n.begin >= words[first].begin && n.end <= words[h].end; });
      return true;
    }
    Named page{*it->second, words[start].begin, open};
    page.owned = page.headed = true;
    std::erase_if(found, [&](const Named& n) { return n.begin < open && n.end > words[start].begin; });
    name = found.insert(std::find_if(found.begin(), found.end(), [&](const Named& o) { return o.begin > open; }), page);
    std::erase_if(found, [&](const Named& n) { return n.begin >= words[first].begin && n.end <= words[h].end; });
    return true;
  }
  const auto it = byName.find(graph::foldKey(statement.substr(name->begin, name->end - name->begin)) + '\x1f' + cls);
  if (it != byName.end() && it->second && hasFigures(*it->second) && *it->second != name->entity) {
    Named page{*it->second, name->begin, name->end};
    page.owned = page.headed = true;
    found.insert(name, page);
  }
  std::erase_if(found, [&](const Named& n) { return n.begin >= words[first].begin && n.end <= words[h].end; });
  return true;
}

// What was trained is whose training cost it is: "OpenAI spent $3 million training Whisper",
// "Training LaMDA cost Google ..." speak of Whisper's and LaMDA's, not of the payer's other costs.
void Engine::readTrainedThing(std::string_view statement, Reading& r, std::vector<Named>& found) const {
  if (!reason::isCostMeasure(r.measure)) return;
  bool training = false;
  const std::size_t trainedAt = trainedThingAt(statement, training);
  auto trained = std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == trainedAt; });
  const std::string title = titleWordsAt(statement, trainedAt);
  if (trained == found.end() && title.empty()) return;
  // It is tried first, and the payer's figures count only where they name it (Engine::check).
  if (training) r.measure = "training cost";
  r.subjectName = r.trainedName = title;
  const auto thing = trained != found.end() ? std::optional(trained->entity) : g_.findEntity(title);
  std::erase_if(found, [&](const Named& n) { return n.begin == trainedAt; });
  if (thing) found.insert(found.begin(), {*thing, trainedAt, trainedAt + title.size()});
}

// "DeepSeek-AI trained DeepSeek 3.0 on a cluster of 2,048 GPUs": where a name is followed by "trained",
// "built" or "developed" and a thing the graph knows, the figure is of that thing (the made one), not of
// its maker; it is tried first. Only the finite verb right after the maker's name: "Lockheed employed
// 90,000 workers to build the P-38" is Lockheed's, and "One training iteration" makes nothing.
void Engine::readMadeThing(std::string_view statement, std::vector<Named>& found) const {
  for (const Named& maker : found)
    for (std::string_view verb : {" trained ", " built ", " developed "}) {
      if (graph::lowerAscii(statement.substr(maker.end, verb.size())) != verb) continue;
      std::size_t madeAt = maker.end + verb.size();
      if (wordAt(statement, madeAt, "the")) madeAt += 4;
      const auto made = std::find_if(found.begin(), found.end(), [&](const Named& n) { return n.begin == madeAt; });
      if (made == found.end()) return;
      std::rotate(found.begin(), made, made + 1);
      return;
    }
}

// A product the statement names with its maker as possessor, as the graph names it with the maker
// in front: "OpenAI's o3" is "OpenAI o3" when the graph knows that name (one to three words of
// possessor).
std::optional<EntityId> Engine::possessedForm(std::string_view statement, std::size_t nameBegin,
                                              std::size_t nameEnd) const {
  std::string_view before = statement.substr(0, nameBegin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool possessive = false;
  for (std::string_view mark : {"'s", "\u2019s"})
    if (before.ends_with(mark)) {
      before.remove_suffix(mark.size());
      possessive = true;
      break;
    }
  if (!possessive) return std::nullopt;
  const std::string name(statement.substr(nameBegin, nameEnd - nameBegin));
  std::size_t start = before.size();
  for (int words = 0; words < 3 && start > 0; ++words) {
    std::size_t space = before.rfind(' ', start - 1);
    start = space == std::string_view::npos ? 0 : space + 1;
    auto e = g_.findEntity(std::string(before.substr(start)) + " " + name);
    if (e && hasFigures(*e)) return e;
    if (start == 0) break;
    start = space;
  }
  return std::nullopt;
}

// A product the statement names after its maker's possessive, as the graph names it with the maker
// in front: "IBM's CUGA agent" is "IBM CUGA" when the graph knows that name and figures of it (the
// product's name alone may be no name the graph knows). The product and where its name ends.
std::optional<std::pair<EntityId, std::size_t>> Engine::ownedForm(std::string_view statement, std::size_t makerBegin,
                                                                  std::size_t makerEnd) const {
  std::string_view maker = statement.substr(makerBegin, makerEnd - makerBegin);
  for (std::string_view mark : {"'s", "\u2019s"})  // the name as found may hold its possessive mark
    if (maker.ends_with(mark)) maker.remove_suffix(mark.size());
  const std::size_t makerName = makerBegin + maker.size();
  const std::string_view after = statement.substr(makerName);
  std::size_t at = after.starts_with("'s ") ? 3 : after.starts_with("\u2019s ") ? 5 : 0;
  if (at == 0) return std::nullopt;
  at += makerName;
  const std::string title = titleWordsAt(statement, at);
  if (title.empty()) return std::nullopt;
  auto e = g_.findEntity(std::string(maker) + " " + title);
  // "Zapier's Automation Consultant GPT" is "Automation Consultant by Zapier" (a GPT's page): a name
  // after its maker's possessive, with or without a class word pages share, is the name by the maker.
  if (!e || !hasFigures(*e)) {
    std::string name = title;
    const std::size_t space = name.rfind(' ');
    const auto& classWords = indices_->needHeadedTitles(g_).classWords;
    if (space != std::string::npos && classWords.count(graph::lowerAscii(name.substr(space + 1)))) name.resize(space);
    e = g_.findEntity(name + " by " + std::string(maker));
  }
  if (!e || !hasFigures(*e)) return std::nullopt;
  return std::pair(*e, at + title.size());
}

// A name before a bare percentage, before its holder ("At AA-LCR's launch, o3 ...") or between the
// two ("GPT-4o's accuracy on the CharXiv chart benchmark is 47.1 percent"), whose own article gives
// a percentage in words that name the holder (a benchmark's table of results): what the score is
// measured on. (Entity types do not tell a benchmark: many are typed as organisations.)
std::vector<Engine::Named>::iterator Engine::scopeBefore(std::string_view text, std::vector<Named>& found,
                                                         const FigureSpan& figure) const {
  for (const Named& holder : found)
    if (ownerNamed(holder)) {
      if (auto scope = scopeBefore(text, found, {0, std::min(figure.at, holder.begin)}, holder.entity, figure.unit);
          scope != found.end())
        return scope;
      if (auto scope = scopeBefore(text, found, {holder.end, figure.at}, holder.entity, figure.unit);
          scope != found.end())
        return scope;
    }
  return found.end();
}

std::vector<Engine::Named>::iterator Engine::scopeBefore(std::string_view text, std::vector<Named>& found,
                                                         std::pair<std::size_t, std::size_t> span, EntityId holder,
                                                         std::string_view unit) const {
  auto namesHolder = [&](ClaimId c) {
    const Claim& claim = g_.claims()[c];
    if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || g_.str(claim.unit) != unit) return false;
    return namesEntity(g_, graph::foldTokens(g_.str(claim.text)), holder);
  };
  return std::find_if(found.begin(), found.end(), [&](const Named& n) {
    if (n.begin < span.first || n.end > span.second || n.commonWord || n.entity == holder ||
        !introducesScope(text, n.begin, n.end, span.first == 0))
      return false;
    const auto doc = g_.findDocument(g_.str(g_.entities()[n.entity].key));
    if (!doc) return false;
    const auto claims = graph::ClaimGraph::claimsIn(g_.documents()[*doc]);
    return std::any_of(claims.begin(), claims.end(), namesHolder);
  });
}

// Whether a claim's own part of its sentence says its figure is measured on another name than the
// statement's scope (ownScopeAfter): "90.2% EM on MATH-500 and 39.2% Pass@1 on AIME 2024" gives 90.2%
// on MATH-500, whatever else the sentence names.
bool Engine::measuredOnOther(ClaimId c, const Reading& reading) const {
  const Claim& claim = g_.claims()[c];
  const std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
  const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos) return false;
  const std::string own = ownScopeAfter(text, at + figure.size());
  if (own.empty()) return false;
  const std::vector<std::string> ownWords = reason::benchmarkWords(own);
  if (ownWords == reason::benchmarkWords(reading.scopeName)) return false;
  if (!reading.scope) return true;
  const graph::Entity& on = g_.entities()[*reading.scope];
  return std::none_of(on.aliases.begin(), on.aliases.end(),
                      [&](graph::StrId alias) { return ownWords == reason::benchmarkWords(g_.str(alias)); });
}

// Whether a claim's figure is a score on the statement's scope: its sentence or row names it, or
// it stands in the article about it (a benchmark's own table of results).
bool Engine::scoreOn(ClaimId c, const Reading& reading) const {
  const Claim& claim = g_.claims()[c];
  // A claim that carries its own scope (a table's column or row header, "on GPQA Diamond") is a
  // score on that benchmark and no other, whatever else its row names ("MMLU Pro | 74.3" is not MMLU).
  if (graph::StrId own = g_.extra(c).scope) {
    const std::vector<std::string> scope = reason::benchmarkWords(g_.str(own));
    if (scope == reason::benchmarkWords(reading.scopeName)) return true;
    // A leaderboard that its article gives under a heading naming a variant of the article's
    // benchmark ("MathArena Apex Results" in "MathArena"): the cell's scope is the article's, the
    // heading says which of its leaderboards it is.
    if (claim.section.isValid() && !reading.scopeName.empty() &&
        g_.str(own) == g_.str(g_.documents()[claim.document].title) &&
        containsWords(graph::foldTokens(g_.str(g_.sections()[claim.section].title)),
                      graph::foldTokens(reading.scopeName)))
      return true;
    if (!reading.scope) return false;
    const graph::Entity& on = g_.entities()[*reading.scope];
    return std::any_of(on.aliases.begin(), on.aliases.end(),
                       [&](graph::StrId alias) { return scope == reason::benchmarkWords(g_.str(alias)); });
  }
  const std::vector<std::string> words = graph::foldTokens(g_.str(claim.text));
  if (measuredOnOther(c, reading)) return false;
  if (containsWords(words, graph::foldTokens(reading.scopeName))) return true;
  if (!reading.scope) return false;
  const graph::Entity& on = g_.entities()[*reading.scope];
  if (auto doc = g_.findDocument(g_.str(on.key)); doc && *doc == claim.document) return true;
  return std::any_of(on.aliases.begin(), on.aliases.end(),
                     [&](graph::StrId alias) { return containsWords(words, graph::foldTokens(g_.str(alias))); });
}

// The subject's percentages (or ratings in points, as the statement's figure is) under any of its
// names that are scores on the statement's scope, whatever measure their own words gave them: a
// score is compared only with scores on the same benchmark, a difference of scores with differences.
std::vector<ClaimId> Engine::comparableScores(EntityId subject, const Reading& reading) const {
  std::vector<ClaimId> found;
  // A change beside a score in its row ("| 81.5% | +6% |", typed a rise) is no score.
  auto isPercentage = [&](ClaimId c) {
    const Claim& claim = g_.claims()[c];
    const std::string_view measure = g_.str(claim.measure);
    const bool difference = reading.measure == ingest::kScoreDifference;
    return claim.kind == ClaimKind::kFigure && claim.hasQuantity && g_.str(claim.unit) == reading.figure->unit &&
           (difference ? measure == ingest::kScoreDifference : measure.empty() || ingest::isScoreMeasure(measure));
  };
  const std::vector<EntityId> names = sameNamed(subject);
  for (EntityId e : names)
    for (ClaimId c : g_.claimsAbout(e))
      if (isPercentage(c) && scoreOn(c, reading)) found.push_back(c);
  // A benchmark's own table of results is about the benchmark, or in its article about nothing
  // the reader named, each row naming its model (by its name or an alias).
  std::vector<ClaimId> ofScope = reading.scope ? g_.claimsAbout(*reading.scope) : std::vector<ClaimId>{};
  if (reading.scope)
    if (auto doc = g_.findDocument(g_.str(g_.entities()[*reading.scope].key)))
      for (ClaimId c : graph::ClaimGraph::claimsIn(g_.documents()[*doc])) ofScope.push_back(c);
  // So does a benchmark's row under a heading that names the model ("Gemini 2.5 Pro Benchmarks":
  // "GPQA Diamond | 84.0%").
  for (ClaimId c : ofScope) {
    if (!isPercentage(c)) continue;
    const Claim& claim = g_.claims()[c];
    const std::vector<std::string> words = graph::foldTokens(g_.str(claim.text));
    const std::vector<std::string> heading = claim.section.isValid()
                                                 ? graph::foldTokens(g_.str(g_.sections()[claim.section].title))
                                                 : std::vector<std::string>{};
    if (std::any_of(names.begin(), names.end(),
                    [&](EntityId e) { return namesEntity(g_, words, e) || namesEntity(g_, heading, e); }))
      found.push_back(c);
  }
  // "an F1 score of 87.1": a score under another metric's column ("EM Score") is no F1.
  if (!reading.metric.empty()) std::erase_if(found, [&](ClaimId c) { return !underMetric(c, reading); });
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// Whether a score is one in the statement's metric (Reading::metric): its own scope, where it has one,
// is that metric or the statement's benchmark, not another metric's column.
bool Engine::underMetric(ClaimId c, const Reading& reading) const {
  const graph::StrId own = g_.extra(c).scope;
  if (!own) return true;
  const std::vector<std::string> scope = reason::benchmarkWords(g_.str(own));
  return scope == reason::benchmarkWords(reading.metric) || scope == reason::benchmarkWords(reading.scopeName);
}

// A money figure of a market the statement names by its words ("The edge AI hardware market was
// worth ..."): no entity stands for the market, so its words decide which claims speak to it.
bool Engine::readMarket(std::string_view statement, Reading& r) {
  if (!r.figure || r.figure->unit != "USD") return false;
  const reason::MarketWords m = reason::marketAt(statement, statement.find(r.figure->text));
  if (m.words.empty()) return false;
  r.market = m.words;
  r.subject.reset();
  r.subjectName = std::string(statement.substr(m.begin, m.end - m.begin));
  r.measure = "market size";
  r.scope.reset();
  r.scopeName.clear();
  return true;
}

// The money figures that size the same market: their sentence names it by the same words, or as
// "the market" in an article whose title does ("Agentic AI": "the market will surge from ...").
// Only sizes: a funding round or a price beside a market's name is a company's.
std::vector<ClaimId> Engine::marketClaims(const std::vector<std::string>& market) const {
  std::vector<ClaimId> found;
  for (ClaimId c : g_.claimsWithWord("market")) {
    const Claim& claim = g_.claims()[c];
    const std::string_view measure = g_.str(claim.measure);
    if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || g_.str(claim.unit) != "USD" ||
        !(measure.empty() || measure == "amount" || measure == "valuation" || measure == "cost" ||
          measure == "revenue"))
      continue;
    const std::string_view text = g_.str(claim.text);
    const reason::MarketWords m = reason::marketAt(text, text.find(g_.str(claim.quantityText)));
    if (!m.found) continue;
    if (m.words == market ||
        (m.words.empty() && reason::marketTitleWords(g_.str(g_.documents()[claim.document].title)) == market))
      found.push_back(c);
  }
  return found;
}

namespace {

// Whether a claim is a figure of the statement's unit and of its measure (or one of the same quantity).
bool ofMeasure(const graph::ClaimGraph& g, ClaimId c, const Reading& reading) {
  const Claim& claim = g.claims()[c];
  if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || g.str(claim.unit) != reading.figure->unit) return false;
  const auto measures = reason::measuresOfOneQuantity(reading.measure);
  return std::find(measures.begin(), measures.end(), g.str(claim.measure)) != measures.end();
}

}  // namespace

// The figures of the statement's measure whose sentence names the same model class, in any of its
// words ("GPT-4-equivalent performance dropping from $20 per million tokens" for "GPT-4-level inference").
std::vector<ClaimId> Engine::classClaims(const Reading& reading) const {
  std::vector<ClaimId> found;
  for (std::string_view word : kClassWords) {
    std::vector<std::string> phrase = reading.modelClass;
    phrase.emplace_back(word);
    for (ClaimId c : g_.claimsWithWord(word))
      if (ofMeasure(g_, c, reading) && containsWords(graph::foldTokens(g_.str(g_.claims()[c].text)), phrase))
        found.push_back(c);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The figures of the statement's measure that its claimant gives, about what the statement counts:
// their sentence holds the first word after the figure that is no stop word ("35 percent of
// projects succeed": "projects"), since a claimant gives figures of many things.
std::vector<ClaimId> Engine::claimantClaims(EntityId claimant, std::string_view statement,
                                            const Reading& reading) const {
  std::string counted;
  const std::size_t figureAt = statement.find(reading.figure->text);
  if (figureAt != std::string_view::npos)
    for (const std::string& w : graph::foldTokens(statement.substr(figureAt + reading.figure->text.size())))
      if (!stopWords().contains(w)) {
        counted = w;
        break;
      }
  std::vector<ClaimId> found;
  for (ClaimId c : g_.claimsBy(claimant))
    if (ofMeasure(g_, c, reading) &&
        (counted.empty() || containsWords(graph::foldTokens(g_.str(g_.claims()[c].text)), {counted})))
      found.push_back(c);
  return found;
}

namespace {

// Sorts the claims from `runBegin` on, a run just appended (a figure index's run is sorted already),
// and merges them into the sorted claims before: claims gathered run by run stay sorted in linear
// time a run, where sorting them all at the end cost n log n (issue #16: a tenth of a check at 10^6
// claims, whose subject has hundreds of comparable figures in a few runs).
void mergeRun(std::vector<ClaimId>& claims, std::size_t runBegin) {
  const auto mid = claims.begin() + static_cast<std::ptrdiff_t>(runBegin);
  if (!std::is_sorted(mid, claims.end())) std::sort(mid, claims.end());
  if (mid != claims.begin() && mid != claims.end() && *mid < *(mid - 1))
    std::inplace_merge(claims.begin(), mid, claims.end());
}

// The units whose figures compare with a statement's figure in `unit` (comparableClaims).
std::vector<std::string_view> comparableUnits(const std::string& measure, const std::string& unit) {
  // A bare number of a count measure is a count ("| Total Parameters | 1 trillion |"), whichever
  // side writes it bare ("a population of 58 million" against an infobox's "65,648,100").
  // So is a count of tokens against a bare count ("a context window of 256,000 tokens" against
  // "| Context window | 256K |"): the measure says what is counted, which its unit names.
  // A count of other things than tokens ("number of skills") is none of tokens ("40 tokens per skill").
  std::vector<std::string_view> units{unit};
  if (ingest::isCountUnit(unit)) units.push_back("");
  if (unit.empty() || unit == "tokens") units.push_back("count");
  const bool countsOtherThings = measure.starts_with("number of ") && !measure.starts_with("number of token");
  if ((unit.empty() || unit == "count") && !countsOtherThings) units.push_back("tokens");
  return units;
}

// The measures whose figures compare with a statement's figure of `measure` (comparableClaims);
// `labelledMeasures`: the measures a label typed, by the catch-all measure of their unit.
std::vector<std::string> comparableMeasures(
    const std::string& measure, const std::string& unit,
    const std::map<std::string, std::vector<std::string>, std::less<>>& labelledMeasures) {
  // A count's measure in either grammatical number of its noun ("number of pixel", "number of pixels").
  std::vector<std::string> measures;
  for (const std::string& form : reason::countedNounForms(measure))
    for (std::string_view m : reason::measuresOfOneQuantity(form)) measures.emplace_back(m);
  // "a sampling temperature of 0.7" against "Temperature: 0.7": a bare value of the noun the statement narrows.
  if (unit.empty())
    if (std::string head = ingest::valueNounHead(measure); !head.empty()) measures.push_back(std::move(head));
  // A statement of the catch-all measure ("X scored 85%") names no label: the figures a label typed
  // (accuracy, win rate; speedup) are as comparable to it as they were before they had one.
  if (measure == ingest::labelledUnder(unit))
    if (const auto labelled = labelledMeasures.find(measure); labelled != labelledMeasures.end())
      measures.insert(measures.end(), labelled->second.begin(), labelled->second.end());
  // A statement of a bare change ("Constellation Energy fell about 45%") names no more than its direction:
  // the subject's figures of that change made precise by their words (a price fall) weigh with it.
  // Percentages only: a funding round's refinement, a crowdfunding total, is another campaign than a round.
  if (unit == "percent")
    for (std::string& narrower : ingest::measureRefinements(measure)) measures.push_back(std::move(narrower));
  return measures;
}

}  // namespace

// A title of the form "HEAD of PLACE" ("Senate of Pakistan", "Bank of England", "University of
// Leeds") is its head noun phrase restricted by a prepositional phrase, and the article writes the
// topic by its head alone once the title has been given ("the Senate", "the Bank"). The subject's own
// article and the entity its title's head names there; none when the subject has no article, its
// title has no such head, or the graph knows no entity of that name.
std::optional<std::pair<graph::DocumentId, EntityId>> Engine::titleHeadEntity(EntityId subject) const {
  const auto doc = g_.findDocument(g_.str(g_.entities()[subject].key));
  if (!doc) return std::nullopt;
  const std::string_view title = g_.str(g_.documents()[*doc].title);
  const std::size_t of = title.find(" of ");
  if (of == std::string_view::npos || of == 0) return std::nullopt;
  const auto head = g_.findEntity(title.substr(0, of));
  if (!head || *head == subject) return std::nullopt;
  return std::pair(*doc, *head);
}

// In the subject's own article, its title's head names it ("the Senate" in "Senate of Pakistan"):
// the figures given there to that entity are the subject's (elsewhere "Senate" is another's).
void Engine::titleHeadFigures(EntityId subject, const std::vector<std::string_view>& units,
                              const std::vector<std::string>& measures, std::vector<ClaimId>& found) const {
  if (const auto head = titleHeadEntity(subject)) {
    const std::size_t runBegin = found.size();
    for (ClaimId c : graph::ClaimGraph::claimsIn(g_.documents()[head->first])) {
      const Claim& claim = g_.claims()[c];
      if (claim.subject == head->second && claim.kind == ClaimKind::kFigure && claim.hasQuantity &&
          std::find(units.begin(), units.end(), g_.str(claim.unit)) != units.end() &&
          std::find(measures.begin(), measures.end(), g_.str(claim.measure)) != measures.end())
        found.push_back(c);
    }
    mergeRun(found, runBegin);
  }
}

std::vector<ClaimId> Engine::comparableClaims(EntityId subject, const std::string& measure,
                                              const std::string& unit) const {
  // The same subject under any of its names (a product counts for its maker) and unit; the same
  // measure, or for costs every cost figure, since scope is what such statements get wrong.
  const Indices& idx = indices_->needMeasures(g_);
  std::vector<ClaimId> found;
  const std::vector<std::string_view> units = comparableUnits(measure, unit);
  const std::vector<std::string> measures = comparableMeasures(measure, unit, idx.labelledMeasures);
  auto add = [&](const Indices::FigureIndex& index, EntityId e) {
    for (std::string_view u : units)
      for (const std::string& m : measures)
        if (const auto run = idx.figuresOf(index, e, u, m); !run.empty()) {
          const std::size_t runBegin = found.size();
          for (const Indices::Figure& f : run) found.push_back(f.claim);
          mergeRun(found, runBegin);
        }
  };
  // The figures under a name that only a name key joins to the subject's ("TPUs" to "TPU") come last:
  // they are counted, but do not say the subject's own article gives the measure.
  const std::string ownFolded = graph::foldKey(g_.str(g_.entities()[subject].name));
  const std::vector<EntityId> names = sameNamed(subject);
  // (Asked once a name: folding a name is most of this function's cost. Two names of one key are
  // two entities of one name group, which sameNamed has made.)
  const std::span<const EntityId> ownKey = indices_->needNameKeys(g_).sameKey(subject);
  std::vector<bool> byKeyOnly;
  byKeyOnly.reserve(names.size());
  for (EntityId e : names)
    byKeyOnly.push_back(graph::foldKey(g_.str(g_.entities()[e].name)) != ownFolded &&
                        std::find(ownKey.begin(), ownKey.end(), e) != ownKey.end());
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!byKeyOnly[i]) add(idx.figuresBySubject, names[i]);
  titleHeadFigures(subject, units, measures, found);
  if (reason::isCostMeasure(measure)) add(idx.figuresByMaker, idx.family[subject.value()]);
  const bool ownFigures = !found.empty();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (byKeyOnly[i]) add(idx.figuresBySubject, names[i]);
  // A maker whose own article gives none: the figures of what it makes ("Replit" -> "Replit Agent").
  // Whether it gives any is asked of the subject's own names: a name-key sibling's one figure ("TPUs"
  // beside "TPU") does not stand for the figures of what the subject makes (TPU v1, v2, v3).
  if (!ownFigures) add(idx.figuresByMaker, subject);
  // A count of a part ("| Company Reports | 63 |" of a benchmark's questions, its scope) is not
  // the count of the whole that a statement gives.
  if (measure.starts_with("number of ")) std::erase_if(found, [&](ClaimId c) { return g_.extra(c).scope != 0; });
  found.erase(std::unique(found.begin(), found.end()), found.end());  // sorted run by run (mergeRun)
  return found;
}

// The subject's counts of the statement's noun in a part that the statement names: a table row's part
// kept as the claim's scope ("| Training | ~77,400 |" under "Number of Questions") whose words the
// statement writes ("77,400 of DROP's questions sit in its training split"). comparableClaims leaves
// such counts of a part out, as a count of the whole is what a statement of no part gives.
std::vector<ClaimId> Engine::namedPartCounts(EntityId subject, const Reading& reading,
                                             const std::vector<std::string>& statementWords) const {
  if (!reading.figure || !ingest::isCountUnit(reading.figure->unit) || !reading.measure.starts_with("number of "))
    return {};
  const std::vector<std::string> forms = reason::countedNounForms(reading.measure);
  std::vector<ClaimId> found;
  for (EntityId e : sameNamed(subject))
    for (ClaimId c : g_.claimsAbout(e)) {
      const Claim& claim = g_.claims()[c];
      const graph::StrId part = g_.extra(c).scope;
      if (!part || claim.kind != ClaimKind::kFigure || !claim.hasQuantity || !ingest::isCountUnit(g_.str(claim.unit)) ||
          std::find(forms.begin(), forms.end(), g_.str(claim.measure)) == forms.end())
        continue;
      if (containsWords(statementWords, graph::foldTokens(g_.str(part)))) found.push_back(c);
    }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The ranges of `measure` the graph gives of `subject` ("ranges from -1 to 1"), in `unit` or none.
std::vector<ClaimId> Engine::rangesOf(EntityId subject, const std::string& measure, const std::string& unit) const {
  std::vector<ClaimId> found = comparableClaims(subject, measure, unit);
  std::erase_if(found, [&](ClaimId c) { return !g_.claims()[c].hasRange; });
  return found;
}

// The period a claim's figure is given per, read after its figure in its sentence (ratePeriodAfter).
std::string Engine::claimRatePeriod(ClaimId c) const {
  const Claim& claim = g_.claims()[c];
  const std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
  const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  // "monthly downloads": a rate the extractor measured as one, wherever its sentence writes the period.
  if (std::string period = ingest::measurePeriod(g_.str(claim.measure)); !period.empty()) return period;
  return at == std::string_view::npos ? std::string() : ingest::ratePeriodAfter(text, at + figure.size());
}

// The figures the subject's own article gives per `period` of the noun the statement counts ("number of
// pages": "200k+ pages/day"), whoever the extractor gave them to.
namespace {
std::vector<ClaimId> ratesOnPage(const graph::ClaimGraph& g, EntityId subject, const Reading& reading,
                                 const std::string& period) {
  std::vector<ClaimId> found;
  constexpr std::string_view kCountOf = "number of ";
  const auto doc = g.findDocument(g.str(g.entities()[subject].key));
  if (!doc || !reading.measure.starts_with(kCountOf)) return found;
  const std::string unit = reading.measure.substr(kCountOf.size()) + "/" + period;
  for (ClaimId c : graph::ClaimGraph::claimsIn(g.documents()[*doc])) {
    const Claim& claim = g.claims()[c];
    if (claim.kind == ClaimKind::kFigure && claim.hasQuantity && g.str(claim.unit) == unit) found.push_back(c);
  }
  return found;
}

// "ORIGINALL-E, the companion GPT that ...": an entity named by a class word that pages share (e:gpt;
// Indices::HeadedTitles, whose `classWords` are given) holds figures from many pages of that class ("LINE
// Sticker Creator (GPT)": "the first image should be resized to 240x240 pixels"), each about the page's
// own GPT. None speaks for another thing the statement calls by the class alone: they neither refute nor
// support it. `found` without them.
std::vector<ClaimId> withoutClassPages(const graph::ClaimGraph& g, const std::set<std::string>& classWords,
                                       EntityId subject, std::vector<ClaimId> found) {
  const std::string cls = graph::foldKey(g.str(g.entities()[subject].name));
  if (!classWords.contains(cls)) return found;
  std::erase_if(found, [&](ClaimId c) {
    const std::vector<std::string> words =
        graph::foldTokens(nameAndClass(g.str(g.documents()[g.claims()[c].document].title)).second);
    return !words.empty() && words.back() == cls;
  });
  return found;
}

}  // namespace

// The figures of the part a statement names by a possessive (Reading::partName): of the subject's
// figures `found`, those whose sentence names the part ("decoder", "decoders"); and those of the
// subject's own article whose sentence names it, whoever the extractor gave them to ("The decoder is
// DeepSeek-3B-MoE-A570M, a 3B-parameter MoE that activates ~570M parameters"). The whole's other
// figures ("a ~380M-parameter DeepEncoder") say nothing of the part.
std::vector<ClaimId> Engine::partClaims(EntityId subject, const Reading& reading, std::vector<ClaimId> found) const {
  const std::string other = ingest::otherGrammaticalNumber(reading.partName);
  // A part named by a proper name of several words ("MountainCar-v0", "Safety Gym") is named by them in order.
  const std::vector<std::string> partWords = graph::foldTokens(reading.partName);
  auto namesPart = [&](ClaimId c) {
    const auto words = graph::foldTokens(g_.str(g_.claims()[c].text));
    if (partWords.size() > 1)
      return std::search(words.begin(), words.end(), partWords.begin(), partWords.end()) != words.end();
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return (!partWords.empty() && w == partWords.front()) || (!other.empty() && w == other);
    });
  };
  std::erase_if(found, [&](ClaimId c) { return !namesPart(c); });
  const auto doc = g_.findDocument(g_.str(g_.entities()[subject].key));
  if (!doc) return found;
  std::vector<EntityId> holders;
  for (ClaimId c : graph::ClaimGraph::claimsIn(g_.documents()[*doc])) {
    const Claim& claim = g_.claims()[c];
    if (claim.kind == ClaimKind::kFigure && claim.subject.isValid() && claim.subject != subject && namesPart(c) &&
        std::find(holders.begin(), holders.end(), claim.subject) == holders.end())
      holders.push_back(claim.subject);
  }
  for (EntityId holder : holders)
    for (ClaimId c : comparableClaims(holder, reading.measure, reading.figure->unit))
      if (g_.claims()[c].document == *doc && namesPart(c)) found.push_back(c);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The subject's figures of a measure the statement names by its words (Reading::measureWords): those
// the extractor gave that measure, and those it gave none ("other") whose words name its head word
// ("ceiling", "ceilings"), such as an infobox row "P-38 | Ceiling | 44,000 ft".
std::vector<ClaimId> Engine::namedMeasureClaims(EntityId subject, const Reading& reading) const {
  std::vector<ClaimId> found = comparableClaims(subject, reading.measure, reading.figure->unit);
  const std::string& head = reading.measureWords.back();
  for (ClaimId c : comparableClaims(subject, "other", reading.figure->unit)) {
    const auto words = graph::foldTokens(g_.str(g_.claims()[c].text));
    if (std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w == head || w == head + "s"; }))
      found.push_back(c);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The subject's counts (under any of its names) whose sentence writes the noun the statement counts
// ("number of members": "members") in the figure or among the words right after it, whatever measure the
// extractor gave them ("with nearly 500 million members" read as users, "32 council areas"): both
// count the same things. Only for a count the statement names by one noun ("number of members").
std::vector<ClaimId> Engine::countsOfNoun(EntityId subject, const Reading& reading) const {
  constexpr std::string_view kCountOf = "number of ";
  constexpr std::size_t kFromFigure = 5;  // the figure's own words ("80", "million") and three after it
  if (!reading.figure || !ingest::isCountUnit(reading.figure->unit) || !reading.measure.starts_with(kCountOf))
    return {};
  const std::string noun = reading.measure.substr(kCountOf.size());
  if (noun.find(' ') != std::string::npos || noun.size() < 3) return {};
  // The noun in either grammatical number ("five-element" counts elements).
  const std::string other = ingest::otherGrammaticalNumber(noun);
  std::vector<ClaimId> found;
  for (EntityId e : sameNamed(subject))
    for (ClaimId c : g_.claimsAbout(e)) {
      const Claim& claim = g_.claims()[c];
      if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || !ingest::isCountUnit(g_.str(claim.unit))) continue;
      // "240x240 pixels (main image)": a figure the record counts another noun by counts that noun, not
      // the one a few words on.
      if (const std::string_view counted = g_.str(claim.measure); counted.starts_with(kCountOf) &&
                                                                  counted.substr(kCountOf.size()) != noun &&
                                                                  counted.substr(kCountOf.size()) != other)
        continue;
      const std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
      const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
      if (at == std::string_view::npos) continue;
      // From the figure's start: its text may hold the noun ("80 million members").
      const std::vector<std::string> words = graph::foldTokens(text.substr(at));
      const auto end = words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), kFromFigure));
      if (std::find(words.begin(), end, noun) != end || (!other.empty() && std::find(words.begin(), end, other) != end))
        found.push_back(c);
    }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// Whether a contested set holds `agreeing` beside a value the statement does not agree with:
// the graph's own sources disagree on it.
// When the statement gives a date, the other value must speak for it by a date of its own, its
// section's or its sources': an article's own date says when it was written, not that its figure
// is of that period (an undated "valued at $300 billion" in a list is no contest with October
// 2025's value). An undated statement pins no period: any other value of the set counts.
bool Engine::contestedAgainst(ClaimId agreeing, const CheckResult& r, std::string_view period) const {
  if (!isContested(agreeing)) return false;
  const double v = *r.reading.figure->value, tol = tolerance(*r.reading.figure);
  // The sets about the agreeing claim's own subject: the statement may name it otherwise
  // ("Perplexity" for "Perplexity AI"); a claim without a subject is weighed by the statement's.
  const EntityId own = g_.claims()[agreeing].subject;
  const EntityId about = own.isValid() ? own : *r.reading.subject;
  auto disagreesThen = [&](ClaimId c) {
    const Claim& claim = g_.claims()[c];
    bool dated = claim.asOfFrom != graph::AsOfFrom::kDocument && claim.asOfFrom != graph::AsOfFrom::kNone;
    // The period first: it is a compare of dates, the other reads the claim's words again.
    return (period.empty() || (dated && reason::samePeriod(period, g_.str(claim.asOf)))) &&
           !agreesWithEveryAccount(g_, c, v, tol);
  };
  // The sets that hold `agreeing`, among the subject's.
  for (ContestedId x : g_.contestedSetsOf(agreeing)) {
    if (!involves(g_, x, about)) continue;
    auto values = g_.values(g_.contested()[x]);
    if (std::any_of(values.begin(), values.end(), [&](const auto& val) { return disagreesThen(val.claim); }))
      return true;
  }
  return false;
}

namespace {

// A claim dated loosely (by its section, its sources, its document or not at all) that gives the
// statement's value, where a claim dated by its own words gives that value for a clearly different
// period and none so dated gives it for the statement's, is that claim restated ("OpenAI's claimed
// 25%" in a 2025 article beside "~25% | December 2024"): it speaks for that other period, so it
// is context, and the right number at the wrong date is refuted.
void restatedAsContext(const graph::ClaimGraph& g, std::vector<Evidence>& evidence, std::string_view asOf) {
  auto ownDate = [&](const Evidence& e) { return g.claims()[e.claim].asOfFrom == graph::AsOfFrom::kText; };
  const bool elsewhen = std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& e) {
    return e.agrees && ownDate(e) && reason::clearlyDifferentPeriods(asOf, g.str(g.claims()[e.claim].asOf));
  });
  const bool then = std::any_of(evidence.begin(), evidence.end(),
                                [&](const Evidence& e) { return e.agrees && !e.context && ownDate(e); });
  if (!elsewhen || then) return;
  for (Evidence& e : evidence) e.context |= e.agrees && !ownDate(e);
}

// A moving state's value that a claim dated by its own words gives for the statement's very period
// (as precise as the statement's date, "$100 million (reached April 2025)" for April 2025) decides
// it: a claim dated only more loosely (its section's year, its sources', none) may speak of another
// part of that period ("$82 million" in a section of 2025, at July's acquisition), so it is context.
void looserThanExact(const graph::ClaimGraph& g, std::vector<Evidence>& evidence, std::string_view asOf) {
  const std::size_t precision = reason::calendarPeriod(asOf).size();
  auto exact = [&](const Evidence& e) {
    const Claim& c = g.claims()[e.claim];
    return !e.context && c.asOfFrom == graph::AsOfFrom::kText &&
           reason::calendarPeriod(g.str(c.asOf)).size() >= precision;
  };
  if (std::none_of(evidence.begin(), evidence.end(), exact)) return;
  for (Evidence& e : evidence) e.context |= !exact(e);
}

// A claim with no date anywhere (not in its words, its table or section, its sources or its
// document) states what its article holds now: no earlier than the latest period for which the
// same article dates that measure of that subject. A statement dated clearly before that period
// speaks of a time the undated claim does not ("Total degrees of freedom: 82" in an article whose
// dated figures of the robot's degrees of freedom reach 2025 says nothing of November 2024), so it
// does not support it: an agreeing one is context there. It still counts for a statement of that
// period or later. (A disagreeing one is left counted: made context, it would leave statements
// whose only other evidence is of another event without a verdict, as C83's undated earlier crowd.)
// (The documents that date some evidence after the statement are found once, at the first undated
// agreeing claim, not once such a claim: a subject at 10^6 claims has hundreds of either.)
void undatedBeforeSeries(const graph::ClaimGraph& g, std::vector<Evidence>& evidence, std::string_view asOf) {
  auto datedAfter = [&](const Evidence& d) {
    const std::string_view period = reason::periodOf(g, d.claim);
    return !period.empty() && reason::laterPeriod(period, asOf) && reason::clearlyDifferentPeriods(asOf, period);
  };
  std::optional<std::vector<graph::DocumentId>> datingAfter;  // sorted
  for (Evidence& e : evidence) {
    const Claim& c = g.claims()[e.claim];
    if (!e.agrees || e.context || c.asOfFrom != graph::AsOfFrom::kNone) continue;
    if (!datingAfter) {
      datingAfter.emplace();
      for (const Evidence& d : evidence)
        if (datedAfter(d)) datingAfter->push_back(g.claims()[d.claim].document);
      std::sort(datingAfter->begin(), datingAfter->end());
    }
    e.context = std::binary_search(datingAfter->begin(), datingAfter->end(), c.document);
  }
}

// A claim with no date of its own whose value its own article gives elsewhere with a date ("The
// original paper's prediction that achieving 40% accuracy would require ..." below "Theoretical 10³⁵× |
// 40% (prediction)" of 2021; "trained on 512x512 images", Borgi 2022, beside an undated "512x512
// image"): it is that dated value restated, so for a statement of another period it is context, and
// the value given for another date refutes the date the statement gives.
void datedOnItsPage(const graph::ClaimGraph& g, std::vector<Evidence>& evidence, std::string_view asOf) {
  auto datedElsewhen = [&](const Evidence& d, graph::DocumentId page) {
    const std::string_view period = reason::periodOf(g, d.claim);
    return d.agrees && g.claims()[d.claim].document == page && !period.empty() &&
           reason::clearlyDifferentPeriods(asOf, period);
  };
  for (Evidence& e : evidence) {
    const Claim& c = g.claims()[e.claim];
    if (!e.agrees || e.context || c.asOfFrom != graph::AsOfFrom::kNone) continue;
    e.context =
        std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& d) { return datedElsewhen(d, c.document); });
  }
}

// The year the thing of a page began, as its categories give it (ingest::originYearOfCategory): the
// earliest such year; none when no category gives one.
std::optional<int> pageOriginYear(const graph::ClaimGraph& g, graph::DocumentId page) {
  std::optional<int> first;
  for (graph::StrId category : g.documents()[page].categories)
    if (const auto year = ingest::originYearOfCategory(g.str(category)); year && (!first || *year < *first))
      first = year;
  return first;
}

// A claim with no date anywhere, on the page of a thing that began in a year its categories give
// ("2025 software": Claude Sonnet 4.5's "OSWorld | 61.4%"), speaks of no time before that thing
// existed: for a statement of a period wholly before that year (Claude "in October 2024") it is
// context, agreeing or not. The page's own dated claims say what held then, if anything does.
void beforeItsPage(const graph::ClaimGraph& g, std::vector<Evidence>& evidence, std::string_view asOf) {
  const auto asked = reason::periodMonths(reason::calendarPeriod(asOf));
  if (!asked) return;
  for (Evidence& e : evidence) {
    const Claim& c = g.claims()[e.claim];
    if (e.context || c.asOfFrom != graph::AsOfFrom::kNone) continue;
    if (const auto year = pageOriginYear(g, c.document)) e.context = asked->second < *year * 12L;
  }
}

// A count of a thing a noun names ("684 tasks"), of a state that does not move: two articles that give
// it differently for the same subject and period disagree on it, as on a benchmark's score.
bool isCountOfNoun(const Reading& reading) {
  return reason::isStateReading(reading.measure, reading.figure->unit) && !reason::isMovingMeasure(reading.measure) &&
         ingest::isCountUnit(reading.figure->unit) && reading.measure.starts_with("number of ");
}

// Whether `other` is another account of the count `a` gives ("812 tasks" of WebArena against "684
// tasks"): the same subject, each an exact count written with the statement's noun, neither hedged,
// and within a factor of three of each other (a part of a breakdown, "shopping (187 tasks)", is no
// other account of the whole). A figure joined to its noun by a hyphen modifies another noun
// ("16-bit floats", "a 512-pixel image"): it names a kind, one example of several, not how many the
// subject has.
bool otherAccountOfCount(const graph::ClaimGraph& g, const Reading& reading, const Claim& a, const Claim& other) {
  const auto forms = reason::countedNounForms(reading.measure);
  auto ofNoun = [&](const Claim& c) {
    const std::string_view figure = g.str(c.quantityText);
    const std::size_t hyphen = figure.find('-');
    const bool compound =
        hyphen != std::string_view::npos && hyphen > 0 && std::isdigit(static_cast<unsigned char>(figure[hyphen - 1]));
    return c.hasValue && !c.approximate && !compound &&
           std::find(forms.begin(), forms.end(), g.str(c.measure)) != forms.end();
  };
  const double pa = std::fabs(a.value), pb = std::fabs(other.value);
  return a.subject == other.subject && ofNoun(a) && ofNoun(other) && std::max(pa, pb) <= 3 * std::min(pa, pb);
}

// Whether a claim's text is a table row as the reader writes one ("Cache reduction | 98.2% | 98.2%").
bool writtenAsRow(std::string_view text) { return text.find(" | ") != std::string_view::npos; }

// The date a claim's own words give it; empty when it has its date from elsewhere (its section,
// its sources, its document) or none.
std::string_view ownDate(const graph::ClaimGraph& g, const Claim& c) {
  return c.asOfFrom == graph::AsOfFrom::kText ? g.str(c.asOf) : std::string_view();
}

// The measure a table row names for its figures: the words of its first cell, when that cell is a
// label of common words naming a quantity ("Cache reduction | 98.2% | 98.2%", "Memory Bandwidth |
// 3,350 GB/s") rather than a figure, a rank, a name ("1 | GPT-4o | 47.1%", "Exscientia | 70%", "Deep
// Research | 85%": the graph knows it) or one vague word ("Total | $650M"); empty for prose and for
// any other row.
std::vector<std::string> rowLabel(const graph::ClaimGraph& g, ClaimId c) {
  constexpr std::size_t kFewestLabelWords = 2;
  const std::string_view text = g.str(g.claims()[c].text);
  if (!writtenAsRow(text)) return {};
  const std::string_view cell = text.substr(0, text.find(" | "));
  if (std::any_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) || g.findEntity(cell))
    return {};
  const ingest::Lexicon& lex = ingest::lexicon();
  std::vector<std::string> label;
  for (std::string& w : graph::foldTokens(cell)) {
    if (lex.isFunctionWord(w) || lex.prepositions.contains(w)) continue;
    if (!lex.isEnglishWord(w)) return {};
    label.push_back(std::move(w));
  }
  if (label.size() < kFewestLabelWords) return {};
  return label;
}

// Whether `words` hold each of `label`'s words, as written or in its plural ("reduction",
// "reductions").
bool holdsLabel(const std::vector<std::string>& words, const std::vector<std::string>& label) {
  return !label.empty() && std::all_of(label.begin(), label.end(), [&](const std::string& l) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w == l || w == l + "s"; });
  });
}

// The words of a prose claim's sentence next to its figure (a few either side): the phrase that
// says what the figure measures ("a 93.3% reduction in key-value cache").
std::vector<std::string> wordsNearFigure(const graph::ClaimGraph& g, ClaimId c) {
  constexpr std::size_t kNearWords = 5;
  const Claim& claim = g.claims()[c];
  const std::string_view text = g.str(claim.text), figure = g.str(claim.quantityText);
  const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos) return {};
  std::vector<std::string> before = graph::foldTokens(text.substr(0, at));
  std::vector<std::string> after = graph::foldTokens(text.substr(at + figure.size()));
  std::vector<std::string> near(before.end() - static_cast<std::ptrdiff_t>(std::min(before.size(), kNearWords)),
                                before.end());
  near.insert(near.end(), after.begin(),
              after.begin() + static_cast<std::ptrdiff_t>(std::min(after.size(), kNearWords)));
  return near;
}

// What a count's verb says happened to the things it counts: they were made ("produced three",
// "turned out 10,037", "engines were produced") or lost ("lost eleven", "seven Lightnings were lost").
// The extractor types a count by its noun ("number of lightnings"), so the aircraft a maker built and
// those a raid lost are one measure to it; the verb tells them apart. Only a verb in the figure's own
// clause counts: right before the figure (past a hedge, "manufactured over 4,000") or in a passive
// right after it; "built-in", "built up, numbering 28,644" and "are now lost, but more than 50 of
// them have survived" are not. kNone when there is no such verb.
enum class CountEvent { kNone, kMade, kLost };

CountEvent eventOfVerb(std::string_view w, std::string_view next) {
  if (w == "built" || w == "produced" || w == "manufactured" || ((w == "turned" || w == "rolled") && next == "out"))
    return CountEvent::kMade;
  if (w == "lost" || w == "destroyed" || w == "downed" || (w == "shot" && next == "down")) return CountEvent::kLost;
  return CountEvent::kNone;
}

// The phrases that may stand between a count's verb and its figure, as folded words: the hedges the figure
// reader takes before a number (data/value_hedges.tsv: "manufactured over 4,000", "lost nearly 40"), and "a
// total of", a noun phrase no reader takes for a hedge (it says nothing of how the value stands to the
// number), so it is this reader's alone.
const std::vector<std::vector<std::string>>& phrasesBeforeCount() {
  static const std::vector<std::vector<std::string>> phrases = [] {
    std::vector<std::vector<std::string>> out{{"a", "total", "of"}};
    for (const ingest::ValueHedge& h : ingest::lexicon().valueHedges) out.push_back(graph::foldTokens(h.phrase));
    return out;
  }();
  return phrases;
}

// `words` less the phrases of phrasesBeforeCount() that end it, one after another ("built a total of over").
void dropPhrasesBeforeCount(std::vector<std::string>& words) {
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (const std::vector<std::string>& phrase : phrasesBeforeCount())
      if (!phrase.empty() && phrase.size() <= words.size() &&
          std::equal(phrase.rbegin(), phrase.rend(), words.rbegin())) {
        words.resize(words.size() - phrase.size());
        dropped = true;
        break;
      }
  }
}

CountEvent countEventAround(std::string_view text, std::size_t figureAt, std::size_t figureEnd) {
  std::vector<std::string> before = graph::foldTokens(text.substr(0, figureAt));
  dropPhrasesBeforeCount(before);
  if (before.size() >= 2 && before.back() == "out")
    if (CountEvent e = eventOfVerb(before[before.size() - 2], "out"); e != CountEvent::kNone) return e;
  if (!before.empty())
    if (CountEvent e = eventOfVerb(before.back(), ""); e != CountEvent::kNone) return e;
  constexpr std::size_t kAfterWords = 5;
  const std::vector<std::string> after = graph::foldTokens(text.substr(figureEnd));
  for (std::size_t i = 0; i + 1 < std::min(after.size(), kAfterWords); ++i)
    if (after[i] == "were" || after[i] == "was" || after[i] == "been")
      return eventOfVerb(after[i + 1], i + 2 < after.size() ? std::string_view(after[i + 2]) : "");
  return CountEvent::kNone;
}

// The event a claim's verb gives its count (countEventAround).
CountEvent countEventOf(const graph::ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  const std::string_view text = g.str(claim.text), figure = g.str(claim.quantityText);
  const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos) return CountEvent::kNone;
  return countEventAround(text, at, at + figure.size());
}

// The measures an extractor gives a figure when its words name none of its own (ingest::isCatchAllMeasure):
// the statement's measure is then only what its words say, and a page's own figures are matched by those
// words: "cuts memory by 76.9%" is matched by its words as "76.9% of memory" was.
bool genericMeasure(std::string_view measure) { return ingest::isCatchAllMeasure(measure); }

// A page that labels a value in a table row ("Cache reduction | 98.2%") and gives the same label's
// words another value next to a figure of its prose ("a 93.3% reduction in key-value cache")
// disagrees with itself on it, whichever of the statement's names the extractor gave each figure to:
// the two make the statement conflicting, whichever of them it agrees with. Only for a measure the
// extractor could name no better than by its unit (genericMeasure: the label is what names it),
// only where the statement speaks of the label (one of its words), only of one period as their own
// words date them, and not where one line gives both values (its figures are then of two things,
// told apart by its words: "reached 91.5% expert utilization, against 60.0% for dense routing",
// "| Human performance | 60% (average), 66% (public evaluation set) |"). The pair's claims join the
// counted evidence. Whether it found such a pair.
bool labelledOtherwise(const graph::ClaimGraph& g, CheckResult& r) {
  const Reading& reading = r.reading;
  if (!genericMeasure(reading.measure) || !reading.subject) return false;
  const double v = *reading.figure->value, tol = tolerance(*reading.figure);
  const auto statementWords = graph::foldTokens(r.statement);
  const auto isRow = [&](ClaimId c) { return writtenAsRow(g.str(g.claims()[c].text)); };
  const auto exactFigure = [&](ClaimId c) {
    const Claim& claim = g.claims()[c];
    return claim.kind == ClaimKind::kFigure && claim.bound == graph::Bound::kExact && !claim.hasRange;
  };
  // Whether `agreeing` (that gives the statement's value) and `other` (that does not) are such a pair.
  const auto pair = [&](ClaimId agreeing, ClaimId other) {
    const Claim& a = g.claims()[agreeing];
    const Claim& o = g.claims()[other];
    if (o.document != a.document || o.line == a.line || o.unit != a.unit || !exactFigure(agreeing) ||
        !exactFigure(other))
      return false;
    for (EntityId e : {a.subject, o.subject})
      if (e != *reading.subject && !(e.isValid() && namesEntity(g, statementWords, e))) return false;
    const std::string_view da = ownDate(g, a), dother = ownDate(g, o);
    if (da.empty() != dother.empty() || (!da.empty() && !reason::samePeriod(da, dother))) return false;
    const double pa = std::fabs(reason::claimPoint(g, agreeing)), po = std::fabs(reason::claimPoint(g, other));
    if (std::min(pa, po) <= 0 || std::max(pa, po) > 3 * std::min(pa, po)) return false;
    const bool rowFirst = isRow(agreeing);
    const ClaimId row = rowFirst ? agreeing : other, prose = rowFirst ? other : agreeing;
    const std::vector<std::string> label = rowLabel(g, row);
    if (label.empty() || isRow(prose) || !holdsLabel(wordsNearFigure(g, prose), label)) return false;
    if (std::none_of(label.begin(), label.end(), [&](const std::string& l) { return holdsLabel(statementWords, {l}); }))
      return false;
    // Neither line gives both values (the other's sentence, or the row with its qualifiers: "60%
    // (average), 66% (public evaluation set)").
    const auto lineGives = [&](std::uint32_t line, double value, double within) {
      for (ClaimId n : graph::ClaimGraph::claimsIn(g.documents()[a.document]))
        if (g.claims()[n].line == line && g.claims()[n].kind == ClaimKind::kFigure && agreesWith(g, n, value, within))
          return true;
      return false;
    };
    const double otherValue = reason::claimPoint(g, other);
    return !lineGives(o.line, v, tol) && !lineGives(a.line, otherValue, std::fabs(otherValue) * 0.005);
  };
  std::set<graph::DocumentId> documents;
  for (const Evidence& e : r.evidence)
    if (!e.context) documents.insert(g.claims()[e.claim].document);
  for (graph::DocumentId d : documents) {
    const auto claims = graph::ClaimGraph::claimsIn(g.documents()[d]);
    for (ClaimId a : claims) {
      if (g.claims()[a].kind != ClaimKind::kFigure || !agreesWith(g, a, v, tol)) continue;
      for (ClaimId o : claims) {
        if (agreesWith(g, o, v, tol) || !pair(a, o)) continue;
        for (auto [c, agrees] : {std::pair{a, true}, std::pair{o, false}}) {
          auto it = std::find_if(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) { return e.claim == c; });
          if (it == r.evidence.end())
            r.evidence.push_back({c, agrees, false});
          else
            it->context = false;
        }
        return true;
      }
    }
  }
  return false;
}

// Whether an adverbial of an earlier stage (data/earlier_stage_phrases.txt) places a prose claim's
// figure before its subject's own time: one that opens the sentence as a phrase of its own, a comma
// after it ("In its early stages, X processed 10 trillion tokens"), or one in the figure's clause
// a few words before it ("was initially trained with an 8K context", "which was originally 45").
// ("Originally developed in 2021, LoRA has ... 60,000 adapters" opens a clause of its own: not it.)
bool earlierStage(const graph::ClaimGraph& g, ClaimId c) {
  constexpr std::size_t kWordsBetween = 3;
  const Claim& claim = g.claims()[c];
  const std::string_view text = g.str(claim.text), figure = g.str(claim.quantityText);
  const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
  if (at == std::string_view::npos || writtenAsRow(text)) return false;
  const std::string lower = graph::lowerAscii(text.substr(0, at));
  const std::size_t clauseStart = lower.find_last_of(",;:(");
  const auto clause = graph::foldTokens(clauseStart == std::string::npos ? lower : lower.substr(clauseStart + 1));
  for (const auto& phrase : ingest::lexicon().earlierStagePhrases) {
    std::string written;
    for (const std::string& w : phrase) written += (written.empty() ? "" : " ") + w;
    if (lower.starts_with(written + ",")) return true;
    for (std::size_t i = 0; i + phrase.size() <= clause.size(); ++i)
      if (std::equal(phrase.begin(), phrase.end(), clause.begin() + static_cast<std::ptrdiff_t>(i)) &&
          clause.size() - (i + phrase.size()) <= kWordsBetween)
        return true;
  }
  return false;
}

// Whether one of `claims` is dated, by more than its document, within the period `asOf` (always
// true for an undated statement, which speaks of no period in particular).
bool speaksForPeriod(const graph::ClaimGraph& g, const std::vector<ClaimId>& claims, std::string_view asOf) {
  return asOf.empty() || std::any_of(claims.begin(), claims.end(), [&](ClaimId c) {
           const std::string_view period = reason::periodOf(g, c);
           return !period.empty() && reason::samePeriod(asOf, period);
         });
}

// Each comparable claim as evidence: whether it agrees with the statement's value, and whether it
// speaks of the statement's period (else it is context). The period the statement speaks of decides
// which claims count: its own date; without one, a state's latest value or any of an event's. A
// state that stays put (a price, a context window) with no value in the statement's period is
// weighed against the latest value before it, which still held then; a moving one (valuation,
// users, employees, ...) is not: its earlier values are context, and the graph does not say what it
// was then. The rest is context.
// The first month of each claim's period, for the claims whose period is a date or starts with one.
std::vector<std::pair<ClaimId, long>> firstMonths(const graph::ClaimGraph& g, const std::vector<ClaimId>& claims) {
  std::vector<std::pair<ClaimId, long>> out;
  for (ClaimId c : claims) {
    const std::string_view p = reason::periodOf(g, c);
    if (p.empty() || p.starts_with("..")) continue;
    if (const auto months = reason::periodMonths(p)) out.emplace_back(c, months->first);
  }
  return out;
}

std::vector<Evidence> placedEvidence(const graph::ClaimGraph& g, const Reading& reading,
                                     const std::vector<ClaimId>& comparable) {
  const bool state = reason::isStateReading(reading.measure, reading.figure ? reading.figure->unit : "");
  std::string period = reading.asOf;
  // "was lowered from 21 to 18 in the 1970s", "has been $12 since 1990": a value whose words say
  // it holds from a date on, open-ended, is what holds now; an undated statement speaks of now, of
  // any measure, and a value that ended ("until the 1970s") is context.
  auto openEnded = [&](ClaimId c) { return reason::periodOf(g, c).ends_with("/.."); };
  const bool holdsNow = reading.asOf.empty() && std::any_of(comparable.begin(), comparable.end(), openEnded);
  if (period.empty() && state) period = latestPeriod(g, comparable, "");
  const std::set<ClaimId> placed = placedInSeries(g, reading.measure, comparable);
  // "was raised to 63 in 1977 and to 87 in 1985": a value that holds from a date on holds until
  // the next value of the same measure and subject; at a date after that one it is context.
  // (The first month of each comparable value that has one, read once, when first asked: superseded
  // asks it of every other value for each open-ended one, and a subject at 10^6 claims has hundreds.)
  std::optional<std::vector<std::pair<ClaimId, long>>> startMonths;
  auto superseded = [&](ClaimId c) {
    if (period.empty() || !openEnded(c)) return false;
    const auto own = reason::periodMonths(reason::periodOf(g, c));
    const auto asked = reason::periodMonths(period);
    if (!own || !asked) return false;
    if (!startMonths) startMonths = firstMonths(g, comparable);
    return std::any_of(startMonths->begin(), startMonths->end(), [&](const std::pair<ClaimId, long>& later) {
      return later.first != c && later.second > own->first && later.second <= asked->first;
    });
  };
  auto inPeriod = [&](ClaimId c) {
    if (holdsNow) return reason::periodOf(g, c).empty() || openEnded(c);
    return !placed.count(c) && !superseded(c) &&
           (period.empty() || reason::samePeriod(period, g.str(g.claims()[c].asOf)));  // (any date is of no period)
  };
  const bool staysPut = state && !reason::isMovingMeasure(reading.measure);
  if (staysPut && !reading.asOf.empty() && std::none_of(comparable.begin(), comparable.end(), inPeriod))
    if (std::string before = latestPeriod(g, comparable, reading.asOf); !before.empty()) period = before;
  const double v = *reading.figure->value, tol = tolerance(*reading.figure);
  // An undated statement of a state asks for its latest value: a value the text places at an earlier
  // stage of its subject ("initially", "in its early stages") is context beside one it does not.
  std::set<ClaimId> earlier;
  if (state && reading.asOf.empty())
    for (ClaimId c : comparable)
      if (earlierStage(g, c)) earlier.insert(c);
  if (earlier.size() == comparable.size()) earlier.clear();
  std::vector<Evidence> evidence;
  // A bound against a range agrees with the range's end only ("as low as -3" is no end of -1 to 1).
  const bool endAsked = rangeEndAsked(reading.measure) != RangeEnd::kNone;
  auto agrees = [&](ClaimId c) {
    return endAsked && g.claims()[c].hasRange ? std::fabs(askedPoint(g, c, reading.measure) - v) <= tol
                                              : agreesWith(g, c, v, tol);
  };
  for (ClaimId c : comparable) evidence.push_back({c, agrees(c), !inPeriod(c) || earlier.count(c)});
  if (!reading.asOf.empty()) undatedBeforeSeries(g, evidence, reading.asOf);
  if (!reading.asOf.empty()) datedOnItsPage(g, evidence, reading.asOf);
  if (!reading.asOf.empty()) beforeItsPage(g, evidence, reading.asOf);
  if (!staysPut && !reading.asOf.empty()) restatedAsContext(g, evidence, reading.asOf);
  if (reason::isMovingMeasure(reading.measure) && !reading.asOf.empty()) looserThanExact(g, evidence, reading.asOf);
  return evidence;
}

// A score on a benchmark that another article gives differently for the same period: the graph's
// sources disagree on it, whether or not a contested set holds the two; so with a market named by
// its words, and with a count of a thing a noun names (isCountOfNoun). (Only these: a measure read
// from looser words has too many stray figures of other articles.)
bool disputedElsewhere(const graph::ClaimGraph& g, const CheckResult& r, const Evidence& agreeing) {
  const Reading& reading = r.reading;
  const bool countOnly = reading.scopeName.empty() && reading.market.empty() && isCountOfNoun(reading);
  if (reading.scopeName.empty() && reading.market.empty() && !countOnly) return false;
  const Claim& a = g.claims()[agreeing.claim];
  return std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) {
    const Claim& other = g.claims()[e.claim];
    return !e.agrees && !e.context && other.document != a.document && other.bound == graph::Bound::kExact &&
           !other.hasRange && (!countOnly || otherAccountOfCount(g, reading, a, other)) &&
           reason::samePeriod(reason::periodOf(g, agreeing.claim), reason::periodOf(g, e.claim));
  });
}

// Two exact values, neither a range, within a factor of three of each other: two accounts of one
// quantity rather than figures of two different things.
bool accountsOfOne(const graph::ClaimGraph& g, ClaimId a, ClaimId b) {
  const Claim &ca = g.claims()[a], &cb = g.claims()[b];
  const double pa = std::fabs(reason::claimPoint(g, a)), pb = std::fabs(reason::claimPoint(g, b));
  return ca.bound == graph::Bound::kExact && cb.bound == graph::Bound::kExact && !ca.hasRange && !cb.hasRange &&
         std::max(pa, pb) <= 3 * std::min(pa, pb);
}

// One page that gives the value and, attributed to someone other than the subject ("According to
// historian X, 9,800 ..."), another value of the same measure of the same subject: the page's own
// sources disagree on it. Only a quantity that does not move (a war's prisoners, not a valuation),
// only of one period as their own words date them (dates of publication, of the page or its
// sources, say when it was reported, not of what period: so they make no claim context here).
// The pairs found go to `disagreeing`: each speaks for the statement's period.
bool reportedOtherwise(const graph::ClaimGraph& g, const CheckResult& r, const Evidence& agreeing,
                       std::set<ClaimId>& disagreeing) {
  const Claim& a = g.claims()[agreeing.claim];
  const auto thirdParty = [&](ClaimId c, EntityId s1, EntityId s2) {
    const auto claimants = g.claimClaimants(c);
    return !claimants.empty() &&
           std::none_of(claimants.begin(), claimants.end(), [&](EntityId x) { return x == s1 || x == s2; });
  };
  return std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) {
    const Claim& other = g.claims()[e.claim];
    if (e.agrees || other.document != a.document) return false;
    const auto ca = g.claimClaimants(agreeing.claim), cb = g.claimClaimants(e.claim);
    if (std::equal(ca.begin(), ca.end(), cb.begin(), cb.end())) return false;
    if (!thirdParty(agreeing.claim, a.subject, other.subject) && !thirdParty(e.claim, a.subject, other.subject))
      return false;
    const bool pair = accountsOfOne(g, agreeing.claim, e.claim) && reason::samePeriod(ownDate(g, a), ownDate(g, other));
    if (pair) disagreeing.insert({agreeing.claim, e.claim});
    return pair;
  });
}

// The first cells of the rows of claim c's page, in its unit, that give `value` ("Human performance" for
// 96.0 on DROP's page): the things the page files that value under.
std::set<std::string> cellsGiving(const graph::ClaimGraph& g, const Claim& c, double value) {
  std::set<std::string> cells;
  for (ClaimId n : graph::ClaimGraph::claimsIn(g.documents()[c.document])) {
    const Claim& row = g.claims()[n];
    const std::string_view text = g.str(row.text);
    if (row.kind != ClaimKind::kFigure || row.unit != c.unit || !writtenAsRow(text)) continue;
    if (agreesWith(g, n, value, std::fabs(value) * 0.005))
      cells.insert(graph::foldKey(text.substr(0, text.find(" | "))));
  }
  return cells;
}

// Whether two rows of a page's tables, headed by different first cells, give the values of `a` and
// `b` ("| Human performance | 96.0% F1 |" and "| SOTA score | 87.1% F1 |" on DROP's page): the page
// files the two under two things, so they are two quantities, not two accounts of one. `cellsOfA`:
// cellsGiving a's value, on a's page.
bool rowsTellApart(const graph::ClaimGraph& g, ClaimId a, const std::set<std::string>& cellsOfA, ClaimId b) {
  if (cellsOfA.empty()) return false;
  const std::set<std::string> cellsOfB = cellsGiving(g, g.claims()[a], reason::claimPoint(g, b));
  return std::any_of(cellsOfA.begin(), cellsOfA.end(), [&](const std::string& cell) {
    return std::any_of(cellsOfB.begin(), cellsOfB.end(), [&](const std::string& other) { return other != cell; });
  });
}

// One page that gives the value once in a row of its infobox or a table ("Procyon | B−V colour
// index | 0.40") and once in its prose ("Its color index is 0.42"), neither dated otherwise by its
// own words: the page disagrees with itself on a quantity that does not move. Not when the page's
// rows give the two values to two things (rowsTellApart).
bool rowAgainstProse(const graph::ClaimGraph& g, const CheckResult& r, const Evidence& agreeing,
                     std::set<ClaimId>& disagreeing) {
  const Claim& a = g.claims()[agreeing.claim];
  const auto row = [&](const Claim& c) { return !c.section.isValid() && writtenAsRow(g.str(c.text)); };
  std::optional<std::set<std::string>> cellsOfA;  // the agreeing claim's, found once, when first asked
  return std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) {
    const Claim& other = g.claims()[e.claim];
    if (e.agrees || other.document != a.document || other.subject != a.subject || row(a) == row(other)) return false;
    if (!cellsOfA) cellsOfA = cellsGiving(g, a, reason::claimPoint(g, agreeing.claim));
    if (rowsTellApart(g, agreeing.claim, *cellsOfA, e.claim)) return false;
    const bool pair = accountsOfOne(g, agreeing.claim, e.claim) && ownDate(g, a).empty() && ownDate(g, other).empty();
    if (pair) disagreeing.insert({agreeing.claim, e.claim});
    return pair;
  });
}

// A year is the date of an event that happens once to its thing (its introduction, its founding):
// it does not move, so no series holds two of them, and two years the graph's claims give it are
// two accounts of one date ("introduced in 2023" in one article, a timeline row "2024 | Direct
// Preference Optimization" in another): a statement of either is conflicting. Only exact years
// of the statement's measure on other lines, neither of them context.
bool otherYear(const graph::ClaimGraph& g, const CheckResult& r, const Evidence& agreeing) {
  const Claim& a = g.claims()[agreeing.claim];
  return std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) {
    const Claim& other = g.claims()[e.claim];
    return !e.agrees && !e.context && g.str(other.unit) == "year" && other.bound == graph::Bound::kExact &&
           !other.hasRange && (other.document != a.document || other.line != a.line);
  });
}

// Whether a page, or the graph's years, give the statement's value and another of one quantity
// (reportedOtherwise, rowAgainstProse, otherYear, labelledOtherwise); the claims of such pairs
// count whatever their period.
bool sourcesDisagree(const graph::ClaimGraph& g, CheckResult& r) {
  const Reading& reading = r.reading;
  const bool state = reason::isStateReading(reading.measure, reading.figure ? reading.figure->unit : "");
  const bool fixedState = state && !reason::isMovingMeasure(reading.measure);
  // rowAgainstProse only of a quantity that is no state either (a count, a population: their rows
  // and prose speak of different dates) and no score on a benchmark (a table of scores ranks other
  // runs), and only the lead's box rows, asked with no date.
  const bool rowsAsked =
      !state && !reason::isMovingMeasure(reading.measure) && reading.scopeName.empty() && reading.asOf.empty();
  std::set<ClaimId> disagreeing;
  bool reported = false;
  for (const Evidence& e : r.evidence)
    reported |= e.agrees && ((fixedState && reportedOtherwise(g, r, e, disagreeing)) ||
                             (rowsAsked && rowAgainstProse(g, r, e, disagreeing)));
  for (const Evidence& e : r.evidence)
    reported |= e.agrees && !e.context && reading.figure->unit == "year" && otherYear(g, r, e);
  for (Evidence& e : r.evidence) e.context &= !disagreeing.count(e.claim);
  return labelledOtherwise(g, r) || reported;
}

// Whether a table row gives its figure to a combination that its subject's name opens ("| ReAct + ICL |
// ✓ | 64.3 |", "| GPT-4 + RAG | ... |"): the figure is the combination's, not the subject's alone,
// unless the statement writes a combination too.
bool combinationRow(const graph::ClaimGraph& g, const Claim& claim, std::string_view statement) {
  if (!claim.subject.isValid() || statement.find('+') != std::string_view::npos) return false;
  const std::string_view text = g.str(claim.text), name = g.str(g.entities()[claim.subject].name);
  if (!writtenAsRow(text) || name.empty()) return false;
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const std::size_t after = text.find_first_not_of(' ', at + name.size());
    if (after != std::string_view::npos && text[after] == '+' && text.find(" | ", at) > after) return true;
  }
  return false;
}

// Whether claim c's line of its page also gives the statement's value, in the same measure, to no
// subject the extractor could name: "if the data set is divided into four equal parts, the quantiles
// are called quartiles, and if it is divided into 100 equal parts, ... percentiles" (100 read as
// quartiles', four as no one's). Such a line gives two values to two things its words tell apart, and
// which is the subject's it does not say plainly. (A line that names the holder of each value, "Sable
// sells 40 models and Tarn 25", is no such line: its subjects are read.)
bool lineGivesValueToNoOne(const graph::ClaimGraph& g, const CheckResult& r, ClaimId c) {
  const Claim& claim = g.claims()[c];
  const double v = *r.reading.figure->value, tol = tolerance(*r.reading.figure);
  for (ClaimId n : graph::ClaimGraph::claimsIn(g.documents()[claim.document])) {
    const Claim& other = g.claims()[n];
    if (n != c && other.line == claim.line && other.kind == ClaimKind::kFigure && !other.subject.isValid() &&
        other.unit == claim.unit && other.measure == claim.measure && agreesWith(g, n, v, tol))
      return true;
  }
  return false;
}

// A figure whose own line gives the statement's value to no named subject (lineGivesValueToNoOne)
// is not plainly the subject's other value: it does not refute it (CONTRACT.md: refuted where the graph
// gives a clearly different value for the same measure). Those that disagree become context.
void setAsideSharedLines(const graph::ClaimGraph& g, CheckResult& r) {
  for (Evidence& e : r.evidence)
    if (!e.agrees && !e.context && lineGivesValueToNoOne(g, r, e.claim)) e.context = true;
}

// Whether a money claim's figure is the size of a market it modifies, the words between them only
// ("Projected $25 billion AI inference market in 2025", "$15 billion addressable market"): the
// figure is the market's, whatever its section's heading ("Revenue and Growth") typed it.
bool sizesMarketAfter(const graph::ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  if (!claim.hasQuantity || g.str(claim.unit) != "USD") return false;
  const std::string_view text = g.str(claim.text);
  const std::size_t figureAt = text.find(g.str(claim.quantityText));
  if (figureAt == std::string_view::npos) return false;
  const reason::MarketWords m = reason::marketAt(text, figureAt);
  return m.found && m.begin > figureAt;
}

// A statement that names no market ("OpenRouter's revenue reached $30 million") is not weighed
// against a market's size that its subject's page gives (sizesMarketAfter): that figure is of
// another thing than the subject's revenue, valuation or cost (CONTRACT.md: refuted only by a
// clearly different value of the same measure and subject). Those become context.
void setAsideMarketSizes(const graph::ClaimGraph& g, CheckResult& r) {
  if (!r.reading.market.empty()) return;
  for (Evidence& e : r.evidence)
    if (!e.context && sizesMarketAfter(g, e.claim)) e.context = true;
}

// Whether the statement reports what a claimant said ("SemiAnalysis put DeepSeek's GPU-server capital
// spending at about $1.6 billion"): it names a claimant of a counted claim that gives its value, a third
// party to the figure: neither the subject nor a name within the subject's ("DeepSeek spent $5.6
// million to train DeepSeek V3" is the maker's own account, asserted, not reported). Such a report is
// true of what that claimant said, whatever others give. `words`: the statement's, folded (Engine::check).
bool reportsClaimant(const graph::ClaimGraph& g, const CheckResult& r, const std::vector<std::string>& words) {
  const std::vector<std::string> subjectWords = graph::foldTokens(r.reading.subjectName);
  const auto thirdParty = [&](EntityId x) {
    return (!r.reading.subject || x != *r.reading.subject) &&
           !containsWords(subjectWords, graph::foldTokens(g.str(g.entities()[x].name)));
  };
  return std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& e) {
    if (!e.agrees || e.context) return false;
    const auto claimants = g.claimClaimants(e.claim);
    return std::any_of(claimants.begin(), claimants.end(),
                       [&](EntityId x) { return thirdParty(x) && namesEntity(g, words, x); });
  });
}

// The items a statement lists after its count and a colon ("Two approaches dominate ...: one-hot encoding
// and label encoding"), each as its folded words less function words; the list is split at its commas and
// at "and" and "or". Empty unless it holds as many items as the count says: then it names what it counts.
std::vector<std::vector<std::string>> listedItems(std::string_view statement, const graph::Quantity& figure) {
  const std::size_t at = statement.find(figure.text);
  const std::size_t colon = at == std::string_view::npos ? at : statement.find(':', at + figure.text.size());
  if (colon == std::string_view::npos || !figure.value || !ingest::isCountUnit(figure.unit)) return {};
  const ingest::Lexicon& lex = ingest::lexicon();
  std::vector<std::vector<std::string>> items(1);
  auto endItem = [&] {
    if (!items.back().empty()) items.emplace_back();
  };
  for (std::string_view rest = statement.substr(colon + 1); !rest.empty();) {
    const std::size_t comma = std::min(rest.find(','), rest.size());
    for (std::string& w : graph::foldTokens(rest.substr(0, comma)))
      if (w == "and" || w == "or")
        endItem();
      else if (!lex.isFunctionWord(w))
        items.back().push_back(std::move(w));
    endItem();
    rest.remove_prefix(std::min(comma + 1, rest.size()));
  }
  items.pop_back();  // the empty one endItem opened last
  if (static_cast<double>(items.size()) != *figure.value) return {};
  return items;
}

// A count whose statement lists its items ("three GPTs: Ethosify, Morning Momentum and Tech Guru GPT") is
// of that set: a claim of another count whose sentence names none of the items ("With 11,000+ GPTs
// Available!", "three primary methods: filter methods, wrapper methods and embedded methods") may count
// another set of the subject's, so it is shown as context and refutes nothing. Whether the statement lists
// its items so (the explanation says why such counts were set aside).
bool setAsideOtherLists(const graph::ClaimGraph& g, CheckResult& r) {
  const std::vector<std::vector<std::string>> items = listedItems(r.statement, *r.reading.figure);
  if (items.empty()) return false;
  for (Evidence& e : r.evidence) {
    if (e.agrees) continue;
    const std::vector<std::string> words = graph::foldTokens(g.str(g.claims()[e.claim].text));
    if (std::none_of(items.begin(), items.end(), [&](const auto& item) { return holdsLabel(words, item); }))
      e.context = true;
  }
  return true;
}

// "30% of Claude Code users", "about 60% of the passages in DROP": the plural a percentage is a share
// of, when the words right after the figure are "of" and, within a few words (a determiner, a name
// before it), a counted plural, lower case. Empty for any other percentage ("60% of the data", "80
// percent of the time": a mass or a span, no population) and where a preposition comes first.
std::string shareWholeAfter(std::string_view statement, std::size_t figureEnd) {
  constexpr std::size_t kWholeWords = 4;  // "of the DROP benchmark's passages"
  const std::string_view rest = statement.substr(std::min(figureEnd, statement.size()));
  const std::vector<Word> words = wordsOf(rest);
  const auto lower = [&](std::size_t k) {
    return graph::lowerAscii(rest.substr(words[k].begin, words[k].end - words[k].begin));
  };
  if (words.size() < 2 || lower(0) != "of") return {};
  for (std::size_t i = 1; i < words.size() && i <= kWholeWords; ++i) {
    const std::string w = lower(i);
    if (ingest::lexicon().prepositions.contains(w)) return {};
    if (ingest::isCountedPlural(w) && w == rest.substr(words[i].begin, words[i].end - words[i].begin)) return w;
  }
  return {};
}

// The statement's words that may name the part a share is of ("branch", "pp" of "the pp I branch accounts
// for 86 per cent"): not function words, prepositions, numbers, the figure's own words or the subject's name
// (`nameWords`, folded).
std::vector<std::string> shareWordsOf(const std::vector<std::string>& statementWords, const graph::Quantity& figure,
                                      const std::vector<std::string>& nameWords) {
  const ingest::Lexicon& lex = ingest::lexicon();
  const std::vector<std::string> figureWords = graph::foldTokens(figure.text);
  const auto among = [](const std::vector<std::string>& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  std::vector<std::string> words;
  for (const std::string& w : statementWords)
    if (!lex.isFunctionWord(w) && !lex.prepositions.contains(w) && !among(figureWords, w) && !among(nameWords, w) &&
        std::none_of(w.begin(), w.end(), [](unsigned char ch) { return std::isdigit(ch); }))
      words.push_back(w);
  return words;
}

// What a statement's percentage is a share of, as givesShareOf asks it of each claim of one subject: the
// plural (shareWholeAfter) in both its numbers, the part the statement names (shareWordsOf) and the subject's
// name, each folded once for all of the subject's claims.
struct ShareAsked {
  std::string whole, otherNumber;
  std::vector<std::string> partWords, nameWords;
};

ShareAsked shareAsked(std::string whole, const std::vector<std::string>& statementWords, const graph::Quantity& figure,
                      std::string_view subjectName) {
  ShareAsked share;
  share.otherNumber = ingest::otherGrammaticalNumber(whole);
  share.whole = std::move(whole);
  share.nameWords = graph::foldTokens(subjectName);
  share.partWords = shareWordsOf(statementWords, figure, share.nameWords);
  return share;
}

// Whether a claim gives its share of the statement's whole ("passages"), or of the part the statement
// names (shareWordsOf): a prose claim names either among the words next to its figure ("78 percent of
// Americans", "branch pp I takes place with a frequency of 86%"); a table row, whose column header names
// the whole and is not in its text, names the part in its first cell ("Both bad | ~18%" of "users judged
// both generated apps bad"). A percentage of anything else ("at 20% usage", "SOTA score | 87.1% F1") is
// another quantity: it neither supports nor refutes.
bool givesShareOf(const graph::ClaimGraph& g, ClaimId c, const ShareAsked& share) {
  const std::string_view text = g.str(g.claims()[c].text);
  const auto namesPart = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return holdsLabel(share.partWords, {w}); });
  };
  // A row headed by the subject's name ("Plume | - | 63.7 | 52.6", "Plume + Memo | ...") gives its figures by column.
  if (writtenAsRow(text)) {
    const std::vector<std::string> label = graph::foldTokens(text.substr(0, text.find(" | ")));
    return namesPart(label) || (!share.nameWords.empty() && containsWords(label, share.nameWords));
  }
  const std::vector<std::string> near = wordsNearFigure(g, c);
  return namesPart(near) || std::any_of(near.begin(), near.end(), [&](const std::string& w) {
           return w == share.whole || w == share.otherNumber;
         });
}

}  // namespace

// How many figures each line of a page gives in each unit, counted once a page for one check, where
// rowOfOtherPage asks it of each piece of evidence.
struct Engine::RowFigures {
  const graph::ClaimGraph& g;
  std::set<graph::DocumentId> counted;
  std::map<std::tuple<graph::DocumentId, std::uint32_t, graph::StrId>, std::size_t> figures;  // (page, line, unit)

  // The figures in claim c's unit on its line of its page, c among them when it is one.
  std::size_t inRowOf(ClaimId c) {
    const Claim& claim = g.claims()[c];
    if (counted.insert(claim.document).second)
      for (ClaimId o : graph::ClaimGraph::claimsIn(g.documents()[claim.document]))
        if (const Claim& other = g.claims()[o]; other.kind == ClaimKind::kFigure)
          ++figures[{claim.document, other.line, other.unit}];
    const auto it = figures.find({claim.document, claim.line, claim.unit});
    return it == figures.end() ? 0 : it->second;
  }
};

// The page a claim stands on is about another thing than the statement's subject, and the statement
// does not name it: a table row of results there ("| GPT-4 Turbo | ~78% | 87% | 75% |" in IFBench, "| ReAct | - |
// 63.7 | 42.9 |" under Agentic Context Engineering's "Results on Agent Benchmark") gives its subject a
// figure under a column of that page's own scope (a benchmark, a study's test suite).
bool Engine::rowOfOtherPage(ClaimId c, RowFigures& rows, const std::vector<std::string>& statementWords,
                            EntityId subject) const {
  const Claim& claim = g_.claims()[c];
  if (!writtenAsRow(g_.str(claim.text))) return false;
  // A row of several figures in one unit is a row of results under columns that name what each is on;
  // a row of one ("| FakeCatcher | Intel | ... | Up to 96% |" in Deepfake detection) is its thing's own.
  if (rows.inRowOf(c) < 2) return false;
  const std::string_view slug = g_.str(g_.documents()[claim.document].slug);
  const auto topic = g_.findEntity(slug);
  if (!topic || g_.str(g_.entities()[*topic].key) != slug) return false;
  const std::vector<EntityId> names = sameNamed(subject);
  return std::find(names.begin(), names.end(), *topic) == names.end() && !namesEntity(g_, statementWords, *topic);
}

// A statement whose measure is only its unit (genericMeasure: "percentage", "other") says what its
// figure is of by its words alone. Its subject's figures of another scope, a table row on another
// thing's page that the statement does not name (rowOfOtherPage) or a combination's row
// (combinationRow), are not the same measure: they do not refute it (CONTRACT.md: refuted where the graph
// gives a clearly different value for the same measure, subject and date). Those that disagree become
// context; a combination's row neither refutes nor supports.
void Engine::setAsideOtherScopes(CheckResult& r, const std::vector<std::string>& statementWords) const {
  const Reading& reading = r.reading;
  if (!genericMeasure(reading.measure) || !reading.measureWords.empty() || !reading.subject) return;
  RowFigures rows{g_, {}, {}};
  for (Evidence& e : r.evidence) {
    if (e.context) continue;
    const Claim& claim = g_.claims()[e.claim];
    if (combinationRow(g_, claim, r.statement) ||
        (!e.agrees && rowOfOtherPage(e.claim, rows, statementWords, *reading.subject)))
      e.context = true;
  }
}

// The year the graph says `thing` was introduced (its earliest "year introduced"), if it says one.
std::optional<int> Engine::yearIntroduced(EntityId thing) const {
  std::optional<int> first;
  for (ClaimId c : g_.claimsAbout(thing)) {
    const Claim& claim = g_.claims()[c];
    if (claim.kind != ClaimKind::kFigure || !claim.hasValue || g_.str(claim.unit) != "year" ||
        g_.str(claim.measure) != "year introduced")
      continue;
    if (const int year = static_cast<int>(claim.value); !first || year < *first) first = year;
  }
  return first;
}

// "Google's TPU had 64 GB of high-bandwidth memory in 2018": a dated statement of a maker or a family
// whose figures are its members' ("TPU v2", "TPU v3"), each figure undated, speaks of the member that
// was the family's newest then. A member the graph says was introduced after the statement's period did
// not exist yet, and one that a member introduced later, but not after the statement's year, had
// succeeded is of an earlier time: their figures are context, agreeing or not (TPU v2's 64 GB of 2017
// beside TPU v3's 128 GB of 2018). A member of no known year is weighed as before.
void Engine::setAsideOtherGenerations(CheckResult& r) const {
  const Reading& reading = r.reading;
  const auto asked = reason::periodMonths(reason::calendarPeriod(reading.asOf));
  if (reading.asOf.empty() || !reading.subject || !asked) return;
  const Indices& idx = indices_->needFamily(g_);
  std::map<EntityId, int> introduced;  // the members the evidence is of, with the year each came
  for (const Evidence& e : r.evidence) {
    const EntityId about = g_.claims()[e.claim].subject;
    if (!about.isValid() || about == *reading.subject || idx.family[about.value()] != *reading.subject) continue;
    if (const auto year = yearIntroduced(about)) introduced.emplace(about, *year);
  }
  // (A year of introduction is a whole year: a successor counts only if all of its year lies within the
  // statement's period or before it, so "2018-03" is not taken as after TPU v3 of 2018.)
  const long lastMonth = asked->second;
  auto ofAnotherTime = [&](int year) {
    if (year * 12L > lastMonth) return true;
    return std::any_of(introduced.begin(), introduced.end(),
                       [&](const auto& m) { return m.second > year && m.second * 12L + 11 <= lastMonth; });
  };
  for (Evidence& e : r.evidence) {
    const Claim& c = g_.claims()[e.claim];
    const auto member = introduced.find(c.subject);
    if (member != introduced.end() && reason::periodOf(g_, e.claim).empty() && ofAnotherTime(member->second))
      e.context = true;
  }
}

// Whether the statement's subject is named by a class word that many page titles share ("GPT",
// Indices::HeadedTitles) and its counted figures come from several pages with unlike values ("Chats |
// 14,000" of "GPT-4.5 (Unofficial) - Best General Purpose GPT", "Chats | 8,000" of "GPT Finder"): each is
// another thing of the class, and none says which the statement means.
bool Engine::classOfMany(const CheckResult& r) const {
  const Reading& reading = r.reading;
  if (!reading.subject) return false;
  const std::string cls = graph::foldKey(g_.str(g_.entities()[*reading.subject].name));
  if (!indices_->needHeadedTitles(g_).classWords.contains(cls)) return false;
  std::set<graph::DocumentId> pages;
  double low = INFINITY, high = -INFINITY;
  for (const Evidence& e : r.evidence) {
    if (e.context) continue;
    pages.insert(g_.claims()[e.claim].document);
    const double p = reason::claimPoint(g_, e.claim);
    low = std::min(low, p);
    high = std::max(high, p);
  }
  return pages.size() > 1 && low < high;
}

// Weighs the statement against the claims comparable with it: their evidence, the pages that
// disagree with themselves or others, and the verdict. A class of many things decides nothing.
void Engine::weigh(CheckResult& r, const std::vector<std::string>& statementWords,
                   const std::vector<ClaimId>& comparable, bool unlabelled) const {
  r.evidence = placedEvidence(g_, r.reading, comparable);
  const bool reported = sourcesDisagree(g_, r);
  setAsideOtherScopes(r, statementWords);
  setAsideOtherGenerations(r);
  setAsideSharedLines(g_, r);
  setAsideMarketSizes(g_, r);
  const bool listsItems = setAsideOtherLists(g_, r);
  if (unlabelled) {
    weighUnlabelled(r, statementWords, {reported, listsItems});
    return;
  }
  if (classOfMany(r)) {
    for (Evidence& e : r.evidence) e.context = true;
    r.verdict = Verdict::kNotEnoughEvidence;
    r.explanation = fmt::format(
        "{} names a class of many things: the graph's figures of it come from several pages with unlike values, "
        "each of another thing of the class.",
        r.reading.subjectName);
    return;
  }
  settleVerdict(r, statementWords, {reported, listsItems});
}

// A statement of a labelled measure ("an accuracy of 85%") weighed against its subject's figures that
// no label typed ("percentage"): one of the same value supports it, weakly; one of another value may
// be another quantity (a win rate, a share of the data), so it is shown, not counted, and the
// statement is never refuted by them (docs/MEASURES.md, "Labelled measures").
void Engine::weighUnlabelled(CheckResult& r, const std::vector<std::string>& statementWords, Weighed weighed) const {
  for (Evidence& e : r.evidence)
    if (!e.agrees) e.context = true;
  settleVerdict(r, statementWords, weighed);
  if (r.verdict != Verdict::kRefuted) return;
  r.verdict = Verdict::kNotEnoughEvidence;
  r.explanation =
      fmt::format("The graph gives no {} of {}; its figures in {} that no label types are shown, not weighed.",
                  r.reading.measure, r.reading.subjectName, r.reading.figure->unit);
}

// The verdict from the evidence: refuted or not enough evidence when nothing counts; else
// conflicting when the sources disagree on an agreeing value, supported when any agrees,
// refuted when none does.
void Engine::settleVerdict(CheckResult& r, const std::vector<std::string>& statementWords, Weighed weighed) const {
  const Reading& reading = r.reading;
  const double v = *reading.figure->value;
  double nearest = NAN;
  bool anyCounted = false, anyAgree = false, contested = weighed.reported;
  for (const Evidence& e : r.evidence) anyCounted |= !e.context;
  for (const Evidence& e : r.evidence) {
    // An undated statement's value that only an earlier claim gives is still conflicting when a
    // contested set holds that claim against another value: the sources disagree on which holds.
    contested |= e.agrees && e.context && reading.asOf.empty() && contestedAgainst(e.claim, r, reading.asOf);
    if (e.context && anyCounted) continue;
    anyAgree |= e.agrees;
    contested |= e.agrees && !e.context && (contestedAgainst(e.claim, r, reading.asOf) || disputedElsewhere(g_, r, e));
  }
  // The nearest value, among those that agree when any does ("700 to 4,000" agrees with 700).
  for (const Evidence& e : r.evidence) {
    if ((e.context && anyCounted) || (anyAgree && !e.agrees)) continue;
    double p = askedPoint(g_, e.claim, reading.measure);
    if (std::isnan(nearest) || std::fabs(p - v) < std::fabs(nearest - v)) nearest = p;
  }
  r.difference = v - nearest;
  // Nothing of its period: its value given for a clearly different date refutes the date it states.
  auto agreesElsewhen = [&](const Evidence& e) {
    return e.agrees && reason::clearlyDifferentPeriods(reading.asOf, g_.str(g_.claims()[e.claim].asOf));
  };
  if (!anyCounted)
    r.verdict = std::any_of(r.evidence.begin(), r.evidence.end(), agreesElsewhen) ? Verdict::kRefuted
                                                                                  : Verdict::kNotEnoughEvidence;
  else
    r.verdict = contested && !reportsClaimant(g_, r, statementWords) ? Verdict::kConflicting
                : anyAgree                                           ? Verdict::kSupported
                                                                     : Verdict::kRefuted;
  r.explanation = explainVerdict(r, nearest, weighed.listsItems);
}

namespace {

// Why nothing counted for or against a statement (every figure set aside, or of another period): a value of
// another date, a line that gives the value to no one, a market's size, a count of another set, another scope.
std::string explainNothingCounted(const graph::ClaimGraph& g, const CheckResult& r, const std::string& what,
                                  bool listsItems) {
  const Reading& reading = r.reading;
  auto shown = [&](double x) { return reason::formatValue(x, reading.figure->unit); };
  const double v = *reading.figure->value;
  for (const Evidence& e : r.evidence)
    if (e.agrees && r.verdict == Verdict::kRefuted && !g.str(g.claims()[e.claim].asOf).empty())
      return fmt::format("The graph gives {} as the {} of {} for {}, not for {}.", shown(v), what, reading.subjectName,
                         g.str(g.claims()[e.claim].asOf), reading.asOf);
  // Figures set aside because their line gives the statement's value to an unnamed thing
  // (setAsideSharedLines), or because they size a market (setAsideMarketSizes): say which.
  for (const Evidence& e : r.evidence)
    if (!e.agrees && lineGivesValueToNoOne(g, r, e.claim))
      return fmt::format(
          "The graph gives no {} of {} plainly its own: the line that gives {} also gives {} to a thing it names "
          "no subject for, so it does not say which value is that of {}.",
          what, reading.subjectName, shown(reason::claimPoint(g, e.claim)), shown(v), reading.subjectName);
  for (const Evidence& e : r.evidence)
    if (sizesMarketAfter(g, e.claim))
      return fmt::format("The graph gives no {} of {}: its figure of {} is the size of a market, not {}'s {}.", what,
                         reading.subjectName, shown(reason::claimPoint(g, e.claim)), reading.subjectName, what);
  // Counts set aside because they name none of the items the statement lists (setAsideOtherLists).
  if (listsItems)
    return fmt::format(
        "The graph gives no {} of {} that names any of the items the statement lists: its "
        "other counts may be of another set.",
        what, reading.subjectName);
  // An undated statement whose figures were all set aside (setAsideOtherScopes): of other scopes.
  if (reading.asOf.empty())
    return fmt::format("The graph gives no {} of {} in the statement's scope: its figures are of other scopes.", what,
                       reading.subjectName);
  return fmt::format("The graph has no {} of {} for {}, only for other periods.", what, reading.subjectName,
                     reading.asOf);
}

}  // namespace

std::string Engine::explainVerdict(const CheckResult& r, double nearest, bool listsItems) const {
  const Reading& reading = r.reading;
  const std::string& unit = reading.figure->unit;
  auto shown = [&](double x) { return reason::formatValue(x, unit); };
  const double v = *reading.figure->value;
  const std::string what = reading.measure.empty() ? "figure" : reading.measure;
  const bool latest = reading.asOf.empty() && reason::isStateReading(reading.measure, unit);
  std::string_view latestDate;  // an undated state's: the first counted claim's date
  std::size_t agree = 0, counted = 0;
  for (const Evidence& e : r.evidence)
    if (!e.context) {
      ++counted;
      agree += e.agrees;
      if (latest && latestDate.empty()) latestDate = g_.str(g_.claims()[e.claim].asOf);
    }
  // The statement's own date; an undated state's latest; nothing for an undated event.
  const std::string when = !reading.asOf.empty() ? periodPhrase(reading.asOf, false)
                           : latest              ? periodPhrase(latestDate, true)
                                                 : std::string();
  if (counted == 0) return explainNothingCounted(g_, r, what, listsItems);
  if (r.verdict == Verdict::kSupported)
    return fmt::format("{} claim{} in the graph agree{} with {} for the {} of {}{} (nearest {}, {:.2g}% apart).", agree,
                       agree == 1 ? "" : "s", agree == 1 ? "s" : "", shown(v), what, reading.subjectName, when,
                       shown(nearest), nearest ? std::fabs(v - nearest) / std::fabs(nearest) * 100 : 0.0);
  if (r.verdict == Verdict::kRefuted)
    return fmt::format("The graph gives a different {} for {}{}: the nearest claimed value is {}, {} away from {}.",
                       what, reading.subjectName, when, shown(nearest), shown(std::fabs(v - nearest)), shown(v));
  // The other value: a counted one, else one of another period that the set holds against it.
  auto valuePer = [&](ClaimId c) {
    std::string shownValue = shown(reason::claimPoint(g_, c));
    auto who = g_.claimClaimants(c);
    if (!who.empty()) shownValue += " (per " + std::string(g_.str(g_.entities()[who.front()].name)) + ")";
    return shownValue;
  };
  std::string other;
  for (bool context : {false, true})
    for (const auto& e : r.evidence)
      if (!e.agrees && e.context == context && other.empty() &&
          (isContested(e.claim) || !reading.scopeName.empty() || !reading.market.empty()))
        other = valuePer(e.claim);
  // Else the value one page reports otherwise (Engine::weigh, reportedOtherwise): any that disagrees.
  for (const auto& e : r.evidence)
    if (!e.agrees && !e.context && other.empty()) other = valuePer(e.claim);
  return fmt::format("The sources disagree on the {} of {}{}: {} claim{} with {}, but others give {}.", what,
                     reading.subjectName, when, agree, agree == 1 ? " agrees" : "s agree", shown(v), other);
}

// What narrows a named subject's claims to those a statement's figure speaks of (check): the event its verb
// gives a count ("turned out", "lost") and the span of time a count is given per ("200,000 pages a day").
struct Engine::FigureFilter {
  std::size_t figureAt = std::string_view::npos;  // where the statement writes its figure
  CountEvent event = CountEvent::kNone;
  std::string period;
};

namespace {

// Makes `e` the subject of the reading.
void takeSubject(const graph::ClaimGraph& g, Reading& r, EntityId e) {
  r.subject = e;
  r.subjectName = std::string(g.str(g.entities()[e].name));
}

// The claims `find` gives of the first of `named` that has any, that one made the reading's subject.
template <class Find>
std::vector<ClaimId> ofFirstWithAny(const graph::ClaimGraph& g, const std::vector<EntityId>& named, Reading& r,
                                    Find find) {
  for (EntityId e : named)
    if (std::vector<ClaimId> found = find(e); !found.empty()) {
      takeSubject(g, r, e);
      return found;
    }
  return {};
}

}  // namespace

Engine::FigureFilter Engine::figureFilter(std::string_view statement, const Reading& reading) {
  FigureFilter f;
  f.figureAt = statement.find(reading.figure->text);
  if (!ingest::isCountUnit(reading.figure->unit) || f.figureAt == std::string_view::npos) return f;
  const std::size_t figureEnd = f.figureAt + reading.figure->text.size();
  f.event = countEventAround(statement, f.figureAt, figureEnd);
  f.period = ingest::ratePeriodAfter(statement, figureEnd);
  return f;
}

// "Lockheed turned out 10,037 P-38 Lightnings": a count of things made is weighed against counts of
// things made or of no event, never against those its sentence says were lost ("seven Lightnings were
// lost"), and the other way round (countEventAround).
void Engine::dropOtherCountEvents(std::vector<ClaimId>& found, const FigureFilter& filter) const {
  if (filter.event == CountEvent::kNone) return;
  std::erase_if(found, [&](ClaimId c) {
    const CountEvent other = countEventOf(g_, c);
    return other != CountEvent::kNone && other != filter.event;
  });
}

// Of the subject whose part the statement names ("DeepSeek-OCR's decoder"), the part's figures only;
// of a count given per a span of time ("200,000 pages a day"), the counts given per that span only.
std::vector<ClaimId> Engine::ofPartAndPeriod(EntityId e, const Reading& reading, const FigureFilter& filter,
                                             std::vector<ClaimId> found) const {
  found = withoutClassPages(g_, indices_->needHeadedTitles(g_).classWords, e, std::move(found));
  if (!reading.partName.empty() && reading.subject && e == *reading.subject) found = partClaims(e, reading, found);
  if (reading.partOwner && e == *reading.partOwner && !reading.ownedName.empty()) {
    Reading owned = reading;
    owned.partName = reading.ownedName;
    found = partClaims(e, owned, found);
  }
  if (!filter.period.empty()) std::erase_if(found, [&](ClaimId c) { return claimRatePeriod(c) != filter.period; });
  return found;
}

// A statement about the size of a market ("the AI inference market reached $25 billion"): weighed
// against the sizes the graph gives that market. False when the statement names no market.
bool Engine::checkedAsMarket(std::string_view statement, const std::vector<std::string>& statementWords,
                             CheckResult& r) const {
  if (!readMarket(statement, r.reading)) return false;
  const std::vector<ClaimId> sizes = marketClaims(r.reading.market);
  if (sizes.empty()) {
    r.explanation = "The graph has no size of the " + r.reading.subjectName + ".";
    return true;
  }
  weigh(r, statementWords, sizes);
  return true;
}

// A statement about a class of models (Reading::modelClass): weighed against the figures of the class's
// models. False when the statement names no class.
bool Engine::checkedAsClass(const std::vector<std::string>& statementWords, CheckResult& r) const {
  if (r.reading.modelClass.empty()) return false;
  const std::vector<ClaimId> ofClass = classClaims(r.reading);
  r.reading.subject.reset();
  if (ofClass.empty()) {
    r.explanation = "The graph has no " + r.reading.measure + " figure of " + r.reading.subjectName + " models.";
    return true;
  }
  weigh(r, statementWords, ofClass);
  return true;
}

// A count of people or of times says what it counts by its verb ("290 people had contributed to
// AutoGen", "seats 390 people"): the subject's counts of the verb's agents or of its own noun, before
// the measure the statement's noun alone gives ("people": employees), when it has any.
std::vector<ClaimId> Engine::countsByVerb(std::string_view statement, const std::vector<EntityId>& named,
                                          const FigureFilter& filter, CheckResult& r) const {
  const Reading& reading = r.reading;
  if (filter.figureAt == std::string_view::npos || !ingest::isCountUnit(reading.figure->unit)) return {};
  const std::vector<std::string> verbCounts = ingest::verbMeasures(
      statement, filter.figureAt, filter.figureAt + reading.figure->text.size(), ingest::VerbReach::kClause);
  for (EntityId e : named)
    for (const std::string& measure : verbCounts) {
      std::vector<ClaimId> found =
          ofPartAndPeriod(e, reading, filter, comparableClaims(e, measure, reading.figure->unit));
      dropOtherCountEvents(found, filter);
      if (found.empty()) continue;
      takeSubject(g_, r.reading, e);
      r.reading.measure = measure;
      return found;
    }
  return {};
}

// The first named subject with claims of the statement's measure, unless a later one has a claim dated in
// the statement's period and it has none: "In August 2024 Codeium, the maker of Windsurf, was valued at
// ..." is checked against the valuation series that reaches that date.
std::vector<ClaimId> Engine::claimsOfMeasure(const std::vector<EntityId>& named, const FigureFilter& filter,
                                             const std::vector<std::string>& statementWords, CheckResult& r) const {
  const Reading& reading = r.reading;
  // A percentage the reader could type no better than by its unit, said to be of a plural ("of the
  // passages"): only figures that give a share of that plural speak to it (givesShareOf).
  const std::string whole = reading.measure == "percentage" && filter.figureAt != std::string_view::npos
                                ? shareWholeAfter(r.statement, filter.figureAt + reading.figure->text.size())
                                : std::string();
  std::vector<ClaimId> comparable;
  for (EntityId e : named) {
    std::vector<ClaimId> found = !reading.scopeName.empty() ? comparableScores(e, reading)
                                 : !reading.measureWords.empty()
                                     ? namedMeasureClaims(e, reading)
                                     : comparableClaims(e, reading.measure, reading.figure->unit);
    // "77,400 of DROP's questions sit in its training split": the counts of the part it names, alone.
    if (std::vector<ClaimId> parts = namedPartCounts(e, reading, statementWords); !parts.empty())
      found = std::move(parts);
    found = ofPartAndPeriod(e, reading, filter, std::move(found));
    const auto trainedWords = graph::foldTokens(reading.trainedName);
    if (!trainedWords.empty() && !containsWords(graph::foldTokens(g_.str(g_.entities()[e].name)), trainedWords))
      std::erase_if(found, [&](ClaimId c) {
        return !containsWords(graph::foldTokens(g_.str(g_.claims()[c].text)), trainedWords);
      });
    dropOtherCountEvents(found, filter);
    if (!whole.empty()) {
      const ShareAsked share = shareAsked(whole, statementWords, *reading.figure, g_.str(g_.entities()[e].name));
      std::erase_if(found, [&](ClaimId c) { return !givesShareOf(g_, c, share); });
    }
    if (found.empty()) continue;
    const bool first = comparable.empty(), ofPeriod = speaksForPeriod(g_, found, reading.asOf);
    if (first || ofPeriod) {
      comparable = std::move(found);
      takeSubject(g_, r.reading, e);
    }
    if (ofPeriod) break;
  }
  return comparable;
}

// No figure of the statement's labelled measure ("an accuracy of 85%"): its subject's figures that no
// label typed ("percentage") may be of it; they support, never refute (weighUnlabelled).
std::vector<ClaimId> Engine::unlabelledClaims(const std::vector<EntityId>& named, const FigureFilter& filter,
                                              CheckResult& r) const {
  const Reading& reading = r.reading;
  if (!ingest::isLabelledMeasure(reading.measure, reading.figure->unit)) return {};
  const std::string_view under = ingest::labelledUnder(reading.figure->unit);
  return ofFirstWithAny(g_, named, r.reading, [&](EntityId e) {
    std::vector<ClaimId> found =
        ofPartAndPeriod(e, reading, filter, comparableClaims(e, std::string(under), reading.figure->unit));
    std::erase_if(found, [&](ClaimId c) { return g_.str(g_.claims()[c].measure) != under; });
    return found;
  });
}

// A count per a span of time given as a rate of the same noun ("200k+ pages/day"): the subject's own, or
// one its own article gives, whatever the extractor made that one's subject (the machine it runs on).
std::vector<ClaimId> Engine::ratesOf(EntityId e, const Reading& reading, const std::string& period) const {
  std::vector<ClaimId> found = ratesOnPage(g_, e, reading, period);
  if (reading.measure.starts_with("number of "))
    for (ClaimId c : comparableClaims(e, "other", reading.measure.substr(10) + "/" + period)) found.push_back(c);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The claims a named subject's figure is weighed against, its subject (and, for a count read by its verb,
// its measure) made the reading's; `unlabelled` when they are of the catch-all measure that the
// statement's labelled one refines. Each way is tried only when the ones before it found nothing.
std::vector<ClaimId> Engine::comparableOfNamed(std::string_view statement, const std::vector<EntityId>& named,
                                               const std::vector<std::string>& statementWords, CheckResult& r,
                                               bool& unlabelled) const {
  const Reading& reading = r.reading;
  const FigureFilter filter = figureFilter(statement, reading);
  if (std::vector<ClaimId> byVerb = countsByVerb(statement, named, filter, r); !byVerb.empty()) return byVerb;
  std::vector<ClaimId> comparable = claimsOfMeasure(named, filter, statementWords, r);
  if (comparable.empty()) {
    comparable = unlabelledClaims(named, filter, r);
    unlabelled = !comparable.empty();
  }
  // No figure under the statement's measure: a count whose own sentence counts the same noun right
  // after its figure ("nearly 500 million members", which the extractor called users) is one.
  if (comparable.empty())
    comparable = ofFirstWithAny(g_, named, r.reading, [&](EntityId e) {
      std::vector<ClaimId> found = ofPartAndPeriod(e, reading, filter, countsOfNoun(e, reading));
      dropOtherCountEvents(found, filter);
      return found;
    });
  if (comparable.empty() && !filter.period.empty())
    comparable = ofFirstWithAny(g_, named, r.reading, [&](EntityId e) { return ratesOf(e, reading, filter.period); });
  // "can fall as low as -1": a bound is an end of the ranges the graph gives its subject ("ranges from
  // -1 to 1"), where it gives no bound of that measure.
  if (comparable.empty() && rangeEndAsked(reading.measure) != RangeEnd::kNone)
    comparable = ofFirstWithAny(g_, named, r.reading, [&](EntityId e) {
      return rangesOf(e, rangeMeasureOf(reading.measure), reading.figure->unit);
    });
  return comparable;
}

CheckResult Engine::check(std::string_view written) const {
  CheckResult r;
  r.statement = std::string(written);
  // Read without the names of the wikis claimgraph reads where they say where the figure is written
  // (WikiSources.h), for a wiki the graph gives no figures of: "Wikipedia's 2.5B words" keeps its subject.
  std::string asRead(written);
  for (const std::string& wiki : wikiNames())
    if (const auto e = g_.findEntity(wiki); !e || !hasFigures(*e)) asRead = withoutWikiAsSource(asRead, wiki);
  const std::string_view statement = asRead;
  std::vector<EntityId> named;
  r.reading = read(statement, named);
  const Reading& reading = r.reading;
  if (!reading.figure) {
    r.explanation = "The statement holds no figure that the graph could be checked against.";
    return r;
  }
  const std::vector<std::string> statementWords = graph::foldTokens(statement);
  if (checkedAsMarket(statement, statementWords, r) || checkedAsClass(statementWords, r)) return r;
  if (named.empty()) {
    if (checkedByClaimant(statement, statementWords, named, r)) return r;
    r.explanation =
        reading.subjectName.empty()
            ? "The statement's figure is about nothing the reader could name, so nothing in the graph speaks to it."
            : "Nothing in the graph is about " + reading.subjectName + ".";
    return r;
  }
  bool unlabelled = false;
  const std::vector<ClaimId> comparable = comparableOfNamed(statement, named, statementWords, r, unlabelled);
  // The subject whose figures were found (comparableOfNamed makes it the reading's), named only inside a
  // longer name of no figures: its figures are another thing's.
  if (const auto whole =
          reading.subject && !comparable.empty() ? figurelessNameAround(statement, *reading.subject) : std::nullopt) {
    r.explanation = fmt::format("The statement names {} only inside the name {}, of which the graph gives no figure.",
                                reading.subjectName, g_.str(g_.entities()[*whole].name));
    return r;
  }
  if (comparable.empty()) {
    if (checkedByClaimant(statement, statementWords, named, r)) return r;
    // A figure of no unit ("an F1 score of 87.1") names none: "no F1 figure for X", not "in  for X".
    const std::string in = reading.figure->unit.empty() ? std::string() : " in " + reading.figure->unit;
    r.explanation = fmt::format("The graph has no {} figure{} for {}.",
                                reading.measure.empty() ? "such" : reading.measure, in, reading.subjectName);
    return r;
  }
  weigh(r, statementWords, comparable, unlabelled);
  return r;
}

// A statement that names no one but who gives its figure ("According to the Standish Group, just 35
// percent of projects succeed", "Gartner says ..."), or whose own figures say nothing of it: the
// figure is of what that claimant measured, so the figures it gives of the same measure are what
// speak to it. False when that is not the case or it gives none.
bool Engine::checkedByClaimant(std::string_view statement, const std::vector<std::string>& statementWords,
                               const std::vector<EntityId>& named, CheckResult& r) const {
  if (r.reading.claimantName.empty()) return false;
  const auto claimant = g_.findEntity(r.reading.claimantName);
  if (!claimant || !std::all_of(named.begin(), named.end(), [&](EntityId e) { return e == *claimant; })) return false;
  const std::vector<ClaimId> given = claimantClaims(*claimant, statement, r.reading);
  if (given.empty()) return false;
  r.reading.subject.reset();
  r.reading.subjectName = r.reading.claimantName;
  weigh(r, statementWords, given);
  return true;
}

std::vector<DraftCheck> Engine::checkDraft(std::string_view utf8, const std::string& path) const {
  std::vector<DraftCheck> out;
  for (auto& sentence : ingest::draftSentences(utf8, path)) {
    // A sentence the figure finder passes over may still state what a check reads: a bare score ("a
    // score of 73.5"), an event's year ("was founded in 1824"), a count of times. Checked as `check` would.
    CheckResult r = check(sentence.text);
    if (sentence.figure || r.reading.figure) {
      out.push_back({sentence.line, std::move(r)});
      continue;
    }
    CheckResult unread;
    unread.statement = std::move(sentence.text);
    out.push_back({sentence.line, std::move(unread), false});
  }
  return out;
}

const char* toString(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kRefuted:
      return "refuted";
    case Verdict::kConflicting:
      return "conflicting";
    case Verdict::kNotEnoughEvidence:
      return "not_enough_evidence";
  }
  return "not_enough_evidence";
}

}  // namespace cg::query
