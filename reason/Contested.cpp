#include "reason/Contested.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <boost/pending/disjoint_sets.hpp>

#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/LabelledMeasures.h"
#include "ingest/Lexicon.h"
#include "ingest/ListCounts.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "reason/ClaimValues.h"
#include "reason/Markets.h"

namespace cg::reason {
namespace {

using graph::Claim;
using graph::ClaimExtra;
using graph::ClaimGraph;
using graph::ClaimId;
using graph::ClaimKind;
using graph::ContestedSetDraft;
using graph::ContestKind;
using graph::Document;
using graph::DocumentId;
using graph::EntityId;
using graph::foldKey;
using graph::kInvalid;
using graph::Source;
using graph::SourceId;
using graph::StrId;

// The figures a source's title states ("loses record $589 billion"), as (value, unit): a
// headline that states a claim's value counts for it.
std::vector<std::pair<double, std::string>> titleFigures(std::string_view title) {
  std::vector<std::pair<double, std::string>> out;
  for (const ingest::Figure& f : ingest::findFigures(title))
    if (f.quantity.value) out.emplace_back(*f.quantity.value, f.quantity.unit);
  return out;
}

class Finder {
 public:
  explicit Finder(ClaimGraph& g) : g_(g) {}

  std::vector<ContestedSetDraft> run() {
    discrepancies();
    scopes();
    disputes();
    for (auto& set : sets_) weigh(set);
    return std::move(sets_);
  }

 private:
  std::vector<EntityId> claimants(ClaimId c) const { return g_.claimClaimants(c); }

  // Who speaks for a claim: the claimants its text names, the sentence or row and the article
  // it stands in.
  struct Voice {
    std::vector<EntityId> claimants;
    DocumentId document;
    StrId text = 0;
    bool accountsVary = false;  // its sentence says its figures are different accounts
    bool boxBest = false;       // a best score the box that heads its article gives, with its holder (boxHolder)
    bool leads = false;         // the best score its section gives on its benchmark (leadsSection)
  };

  Voice voice(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const bool boxBest = boxHolder(c).isValid();
    return {claimants(c), claim.document, claim.text, accountsVary(g_, c), boxBest, !boxBest && leadsSection(c)};
  }

  // Whether a score is the highest its section gives on its benchmark (the first of a leaderboard:
  // "| 1 | Gemini-2.5-Pro Deep Research | 82.3 | 78.5 | 80.4 |" under "Overall").
  bool leadsSection(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const StrId scope = g_.extra(c).scope;
    if (!scope || !claim.hasValue) return false;
    for (ClaimId other : ClaimGraph::claimsIn(g_.documents()[claim.document])) {
      const Claim& o = g_.claims()[other];
      if (o.section == claim.section && o.hasValue && o.unit == claim.unit && g_.extra(other).scope == scope &&
          o.value > claim.value)
        return false;
    }
    return true;
  }

  // Two claims are one voice, and so no contest however their values differ, when they repeat or
  // summarise one account. Within one article: the same claimants; or one names a claimant and
  // the other none, unless one sentence or row sets them side by side ("CNBC reported 589
  // billion ...; the starting figure of about 593 billion"): its table and its prose, cited or
  // not, and a figure it attributes against one it states elsewhere (a round a company
  // announced, the total in its infobox) are its author's one account. Two different named
  // claimants are two voices wherever the article puts them. Across articles: the same named
  // claimants; two articles that name none are two voices, even when they cite one URL: values
  // that differ beyond their precision cannot both be that source's ("684 tasks" and "812 tasks",
  // each citing the benchmark's paper), so the articles disagree on what it says, and a reader
  // checking either wants to know. A sentence that says its figures are different accounts
  // ("estimates vary, with some sources reporting ...") speaks with as many voices as figures.
  static bool sameVoice(const Voice& a, const Voice& b) {
    if (a.text == b.text && a.accountsVary) return false;
    if (a.document == b.document) {
      // The box's best score and its section's best, both the holder's ("SOTA score | 48.92" over a
      // leaderboard whose first row gives 80.4 Overall): the box states another account of it.
      if ((a.boxBest && b.leads) || (b.boxBest && a.leads)) return false;
      if (a.claimants == b.claimants) return true;
      bool oneUnnamed = a.claimants.empty() || b.claimants.empty();
      return oneUnnamed && a.text != b.text;
    }
    return !a.claimants.empty() && a.claimants == b.claimants;
  }

  EntityId family(EntityId e) const { return familyOf(g_, e); }

  // Groups: (subject's folded name, measure, unit, scope). By name, so that two entities one name
  // stands for (a linked and an unlinked "GPT-5") are one subject; a figure whose text names no
  // subject ("The Guardian put losses at £1.2 billion") is of its document's, named by the
  // document's id (a control character first, so it is no entity's name). The scope by its
  // benchmark's words ("SWE-bench Verified" and "SWE-Bench Verified" are one benchmark, and so are
  // a "GPQA" column and "GPQA Diamond": benchmarkWords): scores on different benchmarks are
  // different quantities.
  using GroupKey = std::tuple<std::string, std::string, std::string, std::string>;

  std::string scopeKey(ClaimId c) const { return benchmarkKey(g_.str(g_.extra(c).scope)); }

  static std::string benchmarkKey(std::string_view name) {
    std::string key;
    for (const std::string& w : benchmarkWords(name)) key += (key.empty() ? "" : " ") + w;
    return key;
  }

  void discrepancies() {
    ambiguous_ = ambiguousFigures();
    totalOwners_ = partsOfStatedTotals();
    markVariantRows(ambiguous_);
    for (auto& [key, members] : figureGroups()) {
      if (isMovingMeasure(std::get<1>(key))) dropPlacedUndated(members);
      if (members.size() < 2) continue;
      for (const auto& claimsOf : conflictingRuns(members))
        if (claimsOf.size() >= 2) sets_.push_back(discrepancy(key, claimsOf));
    }
  }

  // An undated value placed within its group's dated series contests none of it (placedInSeries).
  void dropPlacedUndated(std::vector<ClaimId>& members) const {
    const std::vector<bool> placed = placedInSeries(g_, members);
    std::vector<ClaimId> kept;
    for (std::size_t i = 0; i < members.size(); ++i)
      if (!placed[i]) kept.push_back(members[i]);
    members.swap(kept);
  }

  // The figure claims that may disagree, by group. Generic measures ("amount", "percentage", a
  // count named only by its noun: "number of problems" says what is counted, not
  // which set of it, solved or set, public or all) say too little to set two figures against
  // each other, except a benchmark's own size that names it (isBenchmarkSize); a measure is
  // compared only with itself.
  std::map<GroupKey, std::vector<ClaimId>> figureGroups() const {
    // A row of benchmark scores ("GPT-4o | 69.1% | 26.9% | -42.2%"): its other percentages are
    // derived from the scores (a drop, a gap), of that table only.
    std::set<std::pair<DocumentId, StrId>> scoreRows;
    for (ClaimId c : g_.claims().ids())
      if (g_.extra(c).scope) scoreRows.insert({g_.claims()[c].document, g_.claims()[c].text});
    std::map<GroupKey, std::vector<ClaimId>> groups;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || !claim.measure) continue;
      if (!g_.extra(c).scope && g_.str(claim.unit) == "percent" && scoreRows.count({claim.document, claim.text}))
        continue;
      std::string measure(g_.str(claim.measure));
      // The year of an event a subject has several of (a publication, a start of a state): two
      // values are two events, not two accounts of one (data/event_years.tsv).
      // Not the year of the first of them, which its words say ("first introduced"): a subject has one.
      if (g_.str(claim.unit) == "year" &&
          (ingest::lexicon().manyEventYears.count(measure) || measure == "start year") &&
          !saysFirstEvent(g_.str(claim.text)))
        continue;
      // A money figure that sizes a market its sentence names is of that market, whatever its words
      // typed it as ("the agentic AI market ... $5.25 billion" and, in the article "Agentic AI",
      // "the market will surge from $7.8 billion").
      const std::string market = marketKey(c);
      if (!market.empty()) measure = "market size";
      // An investment its own words do not date ("Via $13B OpenAI investment", "Google: $2 billion
      // investment") is the investor's stake as the article knows it, its total: one quantity with a
      // "total investment" elsewhere. One its words date is a tranche ("In July 2019, ... $1 billion").
      if (measure == "investment" && claim.asOfFrom != graph::AsOfFrom::kText) measure = "total investment";
      const EntityId rowModel = modelAfterScore(c), holder = boxHolder(c);
      if (rowModel.isValid() || holder.isValid()) measure = "benchmark score";
      // A catch-all ("percentage", "amount"; a bare change: "74% less memory" and "70% less VRAM usage" of one
      // library are two quantities) says too little, and a measure a percentage's own label gave ("accuracy",
      // "win rate", "speedup") no more than its catch-all did (of which task, which setting): no group
      // (LabelledMeasures.h).
      if (ingest::isCatchAllMeasure(measure) || ingest::isLabelledMeasure(measure, g_.str(claim.unit)) ||
          (measure.starts_with("number of ") && !isBenchmarkSize(c) && !countsNamedPart(c) && !countsKindsOfNamed(c) &&
           !countsTupleOfNamed(c) && !countsBoxField(c)) ||
          (ambiguous_[c.value()] && !rowModel.isValid()) || isPart(c) || isUnrealised(c) || isDiscounted(c) ||
          isRateUnclear(c) || namesOtherInCell(c))
        continue;
      std::string subject = market.empty() ? subjectKey(c, measure) : market, scope = scopeKey(c);
      if (const auto total = totalOwners_.find(c); total != totalOwners_.end()) subject = modelKey(total->second);
      if (rowModel.isValid() || holder.isValid()) {
        subject = modelKey(rowModel.isValid() ? rowModel : holder);
        scope = benchmarkKey(g_.str(g_.entities()[claim.subject].name));
      }
      // A score whose subject is its own benchmark ("MMLU | >90% | 89.8%" in a table of benchmarks)
      // names no model, unless its heading does ("Gemini 2.5 Pro Benchmarks": scoredModel); else it
      // is the benchmark's top score, a human baseline, a threshold, not one quantity.
      if (!scope.empty() && namesOwnBenchmark(c)) {
        const EntityId model = scoredModel(c);
        if (!model.isValid()) continue;
        subject = modelKey(model);
      }

      groups[{std::move(subject), measure, std::string(g_.str(claim.unit)), std::move(scope)}].push_back(c);
    }
    return groups;
  }

  // Whether a count is a field of the box that heads its article ("| **Chats** | 91,000 |" on a custom
  // GPT's page): a row of two cells before the first heading, labelled with the counted noun or the
  // measure itself and holding the count alone. The box gives its topic's count whole, so two pages
  // whose boxes give one topic two values disagree (the twin pages of one GPT, 91,000 and 71,000 chats).
  // Prose counts stay out, and so do rows whose label names a part ("Test split | 700 tasks").
  bool countsBoxField(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    if (claim.section.isValid()) return false;
    const std::string_view text = g_.str(claim.text), measure = g_.str(claim.measure);
    const std::size_t bar = text.find(" | ");
    if (bar == std::string_view::npos || text.find('|', bar + 3) != std::string_view::npos ||
        text.substr(bar + 3) != g_.str(claim.quantityText))
      return false;
    const std::string label = graph::foldKey(text.substr(0, bar));
    constexpr std::string_view kCountOf = "number of ";
    return label == measure || (measure.starts_with(kCountOf) && label == measure.substr(kCountOf.size()));
  }

  // Whether a count is the size of a benchmark, said of it by name: its subject is a benchmark (the
  // graph scores some model on a benchmark of that name) and the count's own sentence names it whole,
  // or its table row is headed by it ("WebArena: Tests web navigation across 684 tasks", "| WebArena
  // | ... | 812 tasks |"). Not a count that only its article's context gives the benchmark ("4-6
  // problems correct", "Test Set | 14,079": solved items, a split), nor one of a variant the text
  // names ("HumanEval-X | ... | 820").
  bool isBenchmarkSize(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    if (!isBenchmark(claim.subject) || g_.str(claim.unit) != "count") return false;
    const std::string_view name = g_.str(g_.entities()[claim.subject].name);
    const std::string text = foldKey(g_.str(claim.text)), key = foldKey(name);
    const std::size_t bar = text.find('|');
    if (bar != std::string::npos) return ingest::trim(std::string_view(text).substr(0, bar)) == key;
    return namesWhole(text, key);
  }

  // Whether an event's sentence says it was its thing's first of its kind: "TPUs were first introduced
  // by Google in 2016" (the adverb right before a verb of data/event_years.tsv), "The first generation of
  // TPUs, released in 2015," (an opening "The first" and a noun of data/edition_nouns.txt).
  static bool saysFirstEvent(std::string_view text) {
    const ingest::Lexicon& lex = ingest::lexicon();
    const std::vector<std::string> words = graph::foldTokens(text);
    if (words.size() > 3 && words[0] == "the" && words[1] == "first" && lex.editionNouns.count(words[2])) return true;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
      if (words[i] == "first" && lex.eventYears.count(words[i + 1])) return true;
    return false;
  }

  // Whether a count is of a part its row or heading names (its scope: "| STEM | 18 |" under "Number of
  // Subjects", "### STEM (22 subjects)"): the part says which set of the noun it counts, so two values
  // of one part of one subject disagree.
  bool countsNamedPart(ClaimId c) const { return g_.extra(c).scope && g_.str(g_.claims()[c].unit) == "count"; }

  // Whether a count is of the kinds a named thing comes in ("Outliers can be classified into two
  // categories", measure "number of categories", about Outliers): how many kinds a thing comes in is one
  // quantity of it, as a benchmark's size is (measuresOfOneQuantity). Not one of no subject: two such
  // counts on one page may count kinds of two things.
  bool countsKindsOfNamed(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const std::string_view measure = g_.str(claim.measure);
    return claim.subject.isValid() && g_.str(claim.unit) == "count" && measure.starts_with("number of ") &&
           std::find(ingest::kindNouns().begin(), ingest::kindNouns().end(), measure.substr(10)) !=
               ingest::kindNouns().end();
  }

  // Whether a count is the number of elements of a named thing's tuple ("An MDP is defined by a tuple (S, A,
  // P, R)", ListCounts.h, tupleCountOf): a thing defined by a tuple has one size of it, as a benchmark has
  // one size. Not one of no subject (whose tuple it is the text did not say). The claim's own figure is
  // the tuple written out (its quantityText, "tuple (S, A, P, R)"): that is read, not its whole sentence.
  bool countsTupleOfNamed(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    return claim.subject.isValid() && g_.str(claim.unit) == "count" && g_.str(claim.measure) == "number of elements" &&
           ingest::tupleCountOf(g_.str(claim.quantityText)).has_value();
  }

  // Part counts (countsNamedPart) of one section and measure, two or more, that add up to a total of
  // that measure the text gives earlier in the section break that total down: "The benchmarks maintain
  // the original MMLU's 57 subjects across four major categories:" over "| STEM | 18 |", "| Humanities |
  // 14 |", ... (57 in all) on the page of MMMLU, whose rows are MMMLU's, count the parts of MMLU's 57
  // subjects too, so they are set against MMLU's own counts of those parts. Each such part and the
  // subject of its total, when that is another than its own.
  std::map<ClaimId, EntityId> partsOfStatedTotals() const {
    using Place = std::tuple<DocumentId, graph::SectionId, StrId>;
    std::map<Place, std::vector<ClaimId>> parts, wholes;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      if (claim.kind != ClaimKind::kFigure || !claim.hasValue || !g_.str(claim.measure).starts_with("number of "))
        continue;
      const Place place{claim.document, claim.section, claim.measure};
      if (countsNamedPart(c))
        parts[place].push_back(c);
      else if (!g_.extra(c).scope && claim.subject.isValid())
        wholes[place].push_back(c);
    }
    std::map<ClaimId, EntityId> owners;
    for (const auto& [place, members] : parts) {
      const auto whole = wholes.find(place);
      if (members.size() < 2 || whole == wholes.end()) continue;
      double sum = 0;
      std::uint32_t firstLine = UINT32_MAX;
      for (ClaimId c : members) {
        sum += g_.claims()[c].value;
        firstLine = std::min(firstLine, g_.claims()[c].line);
      }
      const EntityId owner = nearestTotal(whole->second, sum, firstLine);
      for (ClaimId c : members)
        if (owner.isValid() && owner != g_.claims()[c].subject) owners[c] = owner;
    }
    return owners;
  }

  // The subject of the nearest of `wholes` before line `before` whose value is `sum`; kInvalid when none.
  EntityId nearestTotal(const std::vector<ClaimId>& wholes, double sum, std::uint32_t before) const {
    EntityId owner = kInvalid;
    std::uint32_t at = 0;
    for (ClaimId c : wholes) {
      const Claim& claim = g_.claims()[c];
      if (claim.value == sum && claim.line < before && claim.line >= at) {
        owner = claim.subject;
        at = claim.line;
      }
    }
    return owner;
  }

  // The model a benchmark box's score is of, its object ("| SOTA score | 69% |" beside "| SOTA model |
  // OpenAI o3 |" in the box of the page on AA-LCR): the claim's subject is the benchmark the box heads,
  // so the score is that model's on it. kInvalid for other claims.
  EntityId boxHolder(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const EntityId object = g_.extra(c).object;
    const bool score = claim.kind == ClaimKind::kFigure && g_.str(claim.unit) == "percent";
    return score && object.isValid() && claim.subject.isValid() ? object : kInvalid;
  }

  // Whether an entity is a benchmark: the graph scores some model on a benchmark of its name.
  bool isBenchmark(EntityId e) const {
    if (!e.isValid()) return false;
    if (benchmarkNames_.empty()) {
      benchmarkNames_.insert({});  // filled: a graph without scores still has this one entry
      for (ClaimId other : g_.claims().ids())
        if (g_.extra(other).scope) {
          benchmarkNames_.insert(benchmarkWords(g_.str(g_.extra(other).scope)));
          if (g_.claims()[other].subject.isValid()) scoredModels_.insert(g_.claims()[other].subject);
        }
    }
    return benchmarkNames_.count(benchmarkWords(g_.str(g_.entities()[e].name))) > 0;
  }

  // The model a benchmark's own table row names in the cell right after a bare percentage ("Mid 2024
  // | 59.4% | Claude 3.5 Sonnet | +9%" in the article on GPQA, read as about GPQA): the row gives
  // that model's score on the benchmark. A model is an entity the graph scores on some benchmark.
  // kInvalid when the figure has a scope already, its cell holds more than the figure, or the next
  // cell names no scored model (a change, a baseline, a label).
  EntityId modelAfterScore(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    if (g_.str(claim.measure) != "percentage" || g_.extra(c).scope || !isBenchmark(claim.subject)) return kInvalid;
    const std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
    const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
    if (at == std::string_view::npos) return kInvalid;
    const std::size_t bar = text.rfind('|', at), cellStart = bar == std::string_view::npos ? 0 : bar + 1;
    const std::size_t cellEnd = text.find('|', at);
    if (cellEnd == std::string_view::npos || ingest::trim(text.substr(cellStart, cellEnd - cellStart)) != figure)
      return kInvalid;
    const std::string_view next = text.substr(cellEnd + 1);
    const auto model = g_.findEntity(ingest::trim(next.substr(0, next.find('|'))));
    return model && scoredModels_.count(*model) ? *model : kInvalid;
  }

  // Whether `text` holds `name` as a whole name: not inside a word, nor the start of a longer name
  // joined by a hyphen ("HumanEval-X").
  static bool namesWhole(std::string_view text, std::string_view name) {
    const auto joins = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-'; };
    for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at == 0 || !joins(text[at - 1])) && (end == text.size() || !joins(text[end]))) return true;
    }
    return false;
  }

  // Whom a figure's group belongs to, by folded name. A figure whose text names no subject is of
  // its document's (named by the document's id, a control character first, so it is no entity's
  // name); so is one whose subject is only the measure's own label ("Context window | 128K") and,
  // as one tier of the product its article is about, one whose subject is a tier name ("Pro |
  // $20/month"). A table row headed by a tier is that tier of its subject ("Plus | $20" in
  // OpenAI's price table); one headed by the subject's name and more is about that variant
  // ("Gemini 1.5 Pro | 2,000,000 tokens" under "Gemini"), keyed by the row's head, or, when the
  // head names an entity of the graph, as that entity is keyed: "OpenAI o1 | 2024 | 94.8%" read as
  // about OpenAI is the o1 that another article's "OpenAI o1" or "o1" names (modelKey).
  std::string subjectKey(ClaimId c, std::string_view measure) const {
    const Claim& claim = g_.claims()[c];
    // Made only when it is the answer: most figures are keyed by their subject's name.
    const auto ofDocument = [&] { return fmt::format("\x01{}", claim.document.value()); };
    if (!claim.subject.isValid()) {
      EntityId named = headingEntity(claim.section);
      return named.isValid() ? entityNameKey(named) : ofDocument();
    }
    const graph::Entity& subject = g_.entities()[claim.subject];
    std::string name = modelKey(claim.subject);
    if (isTierWord(name)) return ofDocument() + "\x02" + name;
    if (containsWord(nameKey(measure), name) || abbreviatesMeasure(g_.str(claim.text), g_.str(subject.name), measure))
      return ofDocument();
    std::string_view text = g_.str(claim.text);
    std::size_t bar = text.find('|');
    if (bar == std::string_view::npos) return name;
    std::string head = nameKey(text.substr(0, bar));
    if (isTierWord(head)) return name + "\x02" + head;
    std::vector<std::string> names{name, entityNameKey(claim.subject)};  // "OpenAI o1 (consensus)" under "o1"
    for (StrId alias : subject.aliases) names.push_back(nameKey(g_.str(alias)));
    for (const std::string& n : names)
      if (head.size() > n.size() && head.starts_with(n) && isVariantOf(std::string_view(head).substr(n.size()))) {
        const auto variant = g_.findEntity(ingest::trim(text.substr(0, bar)));
        return variant && *variant != claim.subject ? modelKey(*variant) : head;
      }
    return name;
  }

  // The subject the nearest heading above a figure names, whole, when the wiki has an article on it
  // ("### Perplexity AI" over "#### Growth and funding"): a survey article's section about one of
  // its subjects speaks of it ("| April 2024 | Raised $165 million |"). A heading that is only a
  // word some entity is also called ("## Guide") names no subject of an article. kInvalid when none.
  EntityId headingEntity(graph::SectionId section) const {
    for (int depth = 0; section.isValid() && depth < 8; ++depth) {
      const graph::Section& s = g_.sections()[section];
      if (auto e = g_.findEntity(g_.str(s.title)); e && speaksOf(s.document, *e)) return *e;
      section = s.parent;
    }
    return kInvalid;
  }

  // Whether an article speaks of `e` (by name) as the subject of some claim of its own, and the wiki
  // has an article on it: "Perplexity AI" in a survey of AI search engines, not "Guide" in a plugin's
  // page.
  bool speaksOf(DocumentId d, EntityId e) const {
    if (subjectsIn_.empty())
      for (ClaimId c : g_.claims().ids())
        if (const Claim& claim = g_.claims()[c]; claim.subject.isValid())
          subjectsIn_.insert({claim.document, entityNameKey(claim.subject)});
    const graph::Entity& entity = g_.entities()[e];
    return subjectsIn_.count({d, entityNameKey(e)}) > 0 &&
           (g_.findDocument(g_.str(entity.key)) || g_.findDocument(graph::pageKey(g_.str(entity.name))));
  }

  // Whom a figure speaks of: its subject, else the subject its heading names (headingEntity); a
  // score whose row names only its benchmark, the model its heading names (scoredModel); a part of
  // another subject's stated total, that subject (partsOfStatedTotals).
  EntityId ownerOf(ClaimId c) const {
    if (const auto total = totalOwners_.find(c); total != totalOwners_.end()) return total->second;
    const Claim& claim = g_.claims()[c];
    if (g_.extra(c).scope && namesOwnBenchmark(c)) return scoredModel(c);
    if (const EntityId model = modelAfterScore(c); model.isValid()) return model;
    if (const EntityId holder = boxHolder(c); holder.isValid()) return holder;
    return claim.subject.isValid() ? claim.subject : headingEntity(claim.section);
  }

  // An entity's name as a group key: "OpenAI o3" and "o3" are one subject written two ways.
  // Worked out once per entity: the figures of one subject ask it again and again, and withoutMaker
  // looks up the words of the name.
  const std::string& modelKey(EntityId e) const {
    return keptKey(modelKeys_, e, [&] {
      const std::optional<std::string> bare = withoutMaker(g_, e);
      return nameKey(bare ? std::string_view(*bare) : g_.str(g_.entities()[e].name));
    });
  }

  // nameKey of an entity's name, once per entity: each figure with a subject asks it (speaksOf).
  const std::string& entityNameKey(EntityId e) const {
    return keptKey(entityNameKeys_, e, [&] { return nameKey(g_.str(g_.entities()[e].name)); });
  }

  // The key `make` gives entity e, made when first asked and kept in `keys`, one slot per entity (the
  // entities do not change while the sets are found).
  template <typename Make>
  const std::string& keptKey(std::vector<std::optional<std::string>>& keys, EntityId e, Make make) const {
    if (keys.empty()) keys.resize(g_.entities().size());
    std::optional<std::string>& key = keys[e.value()];
    if (!key) key = make();
    return *key;
  }

  // Whether a score's subject is only the benchmark it is on ("GPQA Diamond | 84.0%" read as about
  // GPQA Diamond): its row names no model.
  bool namesOwnBenchmark(ClaimId c) const {
    const EntityId subject = g_.claims()[c].subject;
    return subject.isValid() && isBenchmarkOf(subject, c);
  }

  bool isBenchmarkOf(EntityId e, ClaimId c) const {
    return benchmarkWords(g_.str(g_.entities()[e].name)) == benchmarkWords(g_.str(g_.extra(c).scope));
  }

  // The model (a product) a heading above a score names, whole, once its asides and the words that say it heads
  // scores are gone ("### Gemini 2.5 Pro Benchmarks (March 2025)" -> Gemini 2.5 Pro): a table of
  // benchmark rows under it scores that model. kInvalid when the nearest heading names none.
  EntityId scoredModel(ClaimId c) const {
    static const std::set<std::string> kScoreWords = {"benchmark", "benchmarks", "performance", "results", "scores"};
    const graph::SectionId section = g_.claims()[c].section;
    if (!section.isValid()) return kInvalid;
    std::string title(g_.str(g_.sections()[section].title));
    title = title.substr(0, title.find('('));
    bool headsScores = false;
    for (;;) {
      while (!title.empty() && title.back() == ' ') title.pop_back();
      const std::size_t space = title.rfind(' ');
      if (space == std::string::npos || !kScoreWords.count(graph::lowerAscii(title.substr(space + 1)))) break;
      title.resize(space);
      headsScores = true;
    }
    if (!headsScores) return kInvalid;
    const auto e = g_.findEntity(title);
    // A product: "MathArena Apex Results" or "AI Performance" head a benchmark's or a field's table.
    const bool product = e && g_.entities()[*e].type == graph::EntityType::kProduct;
    return product && !isBenchmarkOf(*e, c) ? *e : kInvalid;
  }

  // Whether what follows a name in a row's head makes it a variant ("Gemini" + " 1.5 Pro",
  // "Qwen" + "2.5"), not a list that names it with others ("Grok-4 & Grok Heavy").
  static bool isVariantOf(std::string_view rest) {
    if (std::isalpha(static_cast<unsigned char>(rest.front()))) return false;  // "Open" in "OpenAI"
    std::size_t word = rest.find_first_not_of(' ');
    if (word == std::string_view::npos) return false;
    rest = rest.substr(word);
    return !rest.starts_with("&") && !rest.starts_with("and ");
  }

  // Whether `name` is the abbreviation the text gives for words that name the measure:
  // "compound annual growth rate (CAGR) of 18.8%" with measure "growth".
  static bool abbreviatesMeasure(std::string_view text, std::string_view name, std::string_view measure) {
    std::size_t at = text.find("(" + std::string(name) + ")");
    if (name.size() < 2 || at == std::string_view::npos) return false;
    std::vector<std::string> words = graph::foldTokens(text.substr(0, at));
    if (words.size() < name.size()) return false;
    std::vector<std::string> spelled(words.end() - static_cast<std::ptrdiff_t>(name.size()), words.end());
    for (std::size_t i = 0; i < name.size(); ++i)
      if (spelled[i].front() != graph::lowerAscii(name[i])) return false;
    const std::string m = nameKey(measure);
    return std::any_of(spelled.begin(), spelled.end(), [&](const std::string& w) { return containsWord(m, w); });
  }

  // A name as a key: folded, hyphens as spaces ("Grok-4" is "Grok 4").
  static std::string nameKey(std::string_view name) {
    std::string key = foldKey(name);
    std::replace(key.begin(), key.end(), '-', ' ');
    return key;
  }

  static bool containsWord(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      bool startOk = at == 0 || text[at - 1] == ' ';
      bool endOk = at + word.size() == text.size() || text[at + word.size()] == ' ';
      if (startOk && endOk) return true;
    }
    return false;
  }

  // The names of a product's tiers and plans: a figure of "Pro" is of some product's Pro plan.
  static bool isTierWord(const std::string& key) {
    static const std::set<std::string> kTiers = {"free",  "plus",       "pro",      "max",       "team",
                                                 "teams", "enterprise", "business", "premium",   "ultra",
                                                 "basic", "standard",   "starter",  "individual"};
    return kTiers.count(key) > 0;
  }

  // A figure of a deal its sentence says did not happen ("agreed to acquire Windsurf for $3
  // billion, though that deal ultimately collapsed"): an offer, not a price paid.
  bool isUnrealised(ClaimId c) const {
    static const std::vector<std::string> kCues = {"collapsed",      "fell through", "called off",     "was abandoned",
                                                   "were abandoned", "was blocked",  "never completed"};
    std::string text = graph::lowerAscii(g_.str(g_.claims()[c].text));
    return std::any_of(kCues.begin(), kCues.end(),
                       [&](const std::string& k) { return text.find(k) != std::string::npos; });
  }

  // A price its sentence gives after a discount ("a discount of over 50% off the Pro plan for
  // students, bringing the cost to about $7 to $8 per month"): a reduced price for some buyers, not
  // the price of the plan.
  bool isDiscounted(ClaimId c) const {
    static const std::vector<std::string> kCues = {"discount", "% off", " percent off", "reduced to", "promotional"};
    std::string text = graph::lowerAscii(g_.str(g_.claims()[c].text));
    return std::any_of(kCues.begin(), kCues.end(),
                       [&](const std::string& k) { return text.find(k) != std::string::npos; });
  }

  // A sum of money its sentence sets beside a rate ("$0.07-$0.27 per million tokens (vs $2.50 for
  // GPT-4o)") while its own unit is no rate: the rate may be its too, so it is a price per unit or a
  // total, and the text does not say which.
  bool isRateUnclear(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const std::string_view unit = g_.str(claim.unit);
    if (unit.size() != 3 || unit.find('/') != std::string_view::npos) return false;  // ISO 4217 codes only
    const std::string text = graph::lowerAscii(g_.str(claim.text));
    for (std::size_t at = text.find(" per "); at != std::string::npos; at = text.find(" per ", at + 1))
      if (at + 5 < text.size() && std::isalnum(static_cast<unsigned char>(text[at + 5]))) return true;
    return false;
  }

  // A table cell that gives its figure with a name in brackets ("| 70.8% (Code Fast 1) |" in a
  // Grok-4 column): the figure is of what the brackets name, not of the column's model. Asides of
  // lower-case words, one word or a date ("(est.)", "(5-shot)", "(API)", "(February 2026)") say how
  // or when, not whose.
  bool namesOtherInCell(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
    if (text.find('|') == std::string_view::npos || figure.empty()) return false;
    const std::size_t at = text.find(figure);
    if (at == std::string_view::npos) return false;
    std::string_view cell = text.substr(at + figure.size());
    cell = cell.substr(0, cell.find('|'));
    const std::size_t open = cell.find_first_not_of(' '), close = cell.find(')');
    if (open == std::string_view::npos || cell[open] != '(' || close == std::string_view::npos) return false;
    const std::string_view aside = cell.substr(open + 1, close - open - 1);
    const bool capital = !aside.empty() && std::isupper(static_cast<unsigned char>(aside.front()));
    const std::string_view first = aside.substr(0, aside.find_first_of(" .,"));
    return capital && aside.find(' ') != std::string_view::npos && ingest::monthNumber(first) == 0;
  }

  // A figure its sentence gives as an aim or a projection ("Reaching one billion users", "is
  // projected to reach"): set only against other aims, never against a report of the value. Not
  // the value a projection starts from ("projected to grow from $5.25 billion in 2024 to ..."):
  // that is a report.
  bool isAim(ClaimId c) const {
    static const std::vector<std::string> kCues = {"goal of",     "target of",   "aims to",      "aim to",
                                                   "aiming to",   "plans to",    "projected to", "expected to",
                                                   "forecast to", "forecasts of"};
    std::string text = graph::lowerAscii(g_.str(g_.claims()[c].text));
    if (startsProjection(c)) return false;
    return text.starts_with("reaching ") || std::any_of(kCues.begin(), kCues.end(), [&](const std::string& k) {
             return text.find(k) != std::string::npos;
           });
  }

  // Whether a figure is what its sentence says something grows or moves from ("from approximately
  // $7.8 billion in 2024 to over $52 billion by 2030").
  bool startsProjection(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
    const std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
    if (at == std::string_view::npos) return false;
    std::vector<std::string> before = graph::foldTokens(text.substr(0, at));
    static const std::set<std::string> kHedges = {"approximately", "about", "around",   "roughly",
                                                  "nearly",        "an",    "estimated"};
    while (!before.empty() && kHedges.count(before.back())) before.pop_back();
    return !before.empty() && before.back() == "from";
  }

  // The market a money figure sizes, as a group's subject key (a control character first, so it is
  // no entity's name): its words (marketAt), or for "the market" alone its article's title's. ""
  // when its sentence sizes no market, or the figure is no size (a funding round beside a market's
  // name is a company's).
  std::string marketKey(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    const std::string_view unit = g_.str(claim.unit), measure = g_.str(claim.measure);
    if (unit.size() != 3 || !std::isupper(static_cast<unsigned char>(unit.front()))) return "";
    if (measure != "amount" && measure != "cost" && measure != "revenue" && measure != "valuation" &&
        measure != "market size")
      return "";
    const std::string_view text = g_.str(claim.text);
    if (graph::lowerAscii(text).find("market") == std::string::npos) return "";
    const std::size_t at = text.find(g_.str(claim.quantityText));
    const MarketWords m = marketAt(text, at);
    // Another market named between (" the car market is $10 trillion, but the robotics market
    // potential could reach $20 trillion"): the sentence does not say which one the figure sizes.
    if (!m.found ||
        (m.end < at && graph::lowerAscii(text.substr(m.end, at - m.end)).find("market") != std::string::npos))
      return "";

    const std::vector<std::string> words =
        m.words.empty() ? marketTitleWords(g_.str(g_.documents()[claim.document].title)) : m.words;
    std::string key = "\x03";
    for (const std::string& w : words) key += w + " ";
    return words.empty() ? "" : key;
  }

  // A figure its sentence gives as a part of another ("over 1,200 employees, including 900
  // tutors"): not a value of the whole's measure.
  bool isPart(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    std::string_view text = g_.str(claim.text), figure = g_.str(claim.quantityText);
    std::size_t at = figure.empty() ? std::string_view::npos : text.find(figure);
    if (at == std::string_view::npos) return false;
    std::string before = graph::lowerAscii(text.substr(0, at));
    for (std::string_view cue : {"including ", "of which ", "among them "})
      if (before.ends_with(cue)) return true;
    // A bare count in a list of parts ("administration (182)") counts what its measure names.
    const std::string noun = countedNoun(c);
    return breaksDown(before, noun.empty() ? measuredNoun(c) : noun);
  }

  // What a count's measure counts, as countedNoun writes it ("number of tasks" -> "task"), or "".
  std::string measuredNoun(ClaimId c) const {
    constexpr std::string_view kCountOf = "number of ";
    const std::string_view measure = g_.str(g_.claims()[c].measure);
    if (!measure.starts_with(kCountOf) || measure.find(' ', kCountOf.size()) != std::string_view::npos) return "";
    std::string noun(measure.substr(kCountOf.size()));
    if (noun.size() > 3 && noun.ends_with('s')) noun.pop_back();
    return noun;
  }

  // Whether a count stands in brackets after the name of a part ("across 684 tasks spanning shopping
  // (187 tasks), administration (182)"), in a sentence that counts the same thing before (`before`:
  // its words up to the figure, lower case; `noun`: what the figure counts): one part of a
  // breakdown of that whole.
  static bool breaksDown(std::string_view before, std::string_view noun) {
    if (noun.empty() || !before.ends_with("(") || before.size() < 3 ||
        !std::isalpha(static_cast<unsigned char>(before[before.size() - 3])) || before[before.size() - 2] != ' ')
      return false;
    const std::string_view earlier = before.substr(0, before.size() - 2);
    for (std::size_t at = earlier.find(noun); at != std::string_view::npos; at = earlier.find(noun, at + 1))
      if (at >= 2 && earlier[at - 1] == ' ' && std::isdigit(static_cast<unsigned char>(earlier[at - 2]))) return true;
    return false;
  }

  // Figures whose own sentence or table row gives another value of their measure, with the same
  // claimants: the text tells them apart by something the measure does not hold (a tier, a
  // column, input against output), so none of them can be set against a figure elsewhere. Not
  // so a part the sentence names as one ("including 900 tutors"), nor the figures of a sentence
  // that says they are different accounts ("estimates vary").
  // Intervals on a line meet pairwise exactly when they share a point, so one pass per sentence.
  std::vector<bool> ambiguousFigures() const {
    // Scores on one benchmark in one row are the scores of the models its columns name
    // ("GPQA Diamond | 57.2 | 69.8"): siblings only when they are of one subject.
    // Figures its words date to different periods are a series ("from $7.8 billion in 2024 to over
    // $52 billion by 2030"), not alternatives.
    using Key = std::tuple<DocumentId, StrId, StrId, StrId, StrId, EntityId, std::vector<EntityId>, StrId>;
    std::map<Key, std::vector<ClaimId>> siblings;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      const StrId scope = g_.extra(c).scope;
      if (claim.kind == ClaimKind::kFigure && claim.hasQuantity && claim.measure && !isPart(c) && !accountsVary(g_, c))
        siblings[{claim.document, claim.text, claim.measure, claim.unit, scope, scope ? claim.subject : EntityId{},
                  claimants(c), claim.asOfFrom == graph::AsOfFrom::kText ? claim.asOf : StrId{}}]

            .push_back(c);
    }
    std::vector<bool> out(g_.claims().size(), false);
    for (const auto& [key, claims] : siblings) {
      double commonLow = -INFINITY, commonHigh = INFINITY;
      for (ClaimId c : claims) {
        auto [low, high] = writtenInterval(g_, c);
        commonLow = std::max(commonLow, low);
        commonHigh = std::min(commonHigh, high);
      }
      if (commonLow >= commonHigh)
        for (ClaimId c : claims) out[c.value()] = true;
    }
    return out;
  }

  // Rows of one table (one section of one article) that give one subject's measure different values
  // with no date in their own words (one subject as subjectKey reads it: a row headed by a variant
  // is the variant's): the table lists its tiers or variants, each row's head saying
  // which ("Prohibited practices | up to 7%", "High-risk obligations | up to 3%"), so no row can be
  // set against a figure elsewhere. A table whose rows are dated is a series, read by date instead.
  void markVariantRows(std::vector<bool>& out) const {
    using Key = std::tuple<DocumentId, graph::SectionId, std::string, StrId, StrId, StrId>;
    std::map<Key, std::vector<ClaimId>> rows;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      if (claim.kind == ClaimKind::kFigure && claim.hasQuantity && claim.measure &&
          claim.asOfFrom != graph::AsOfFrom::kText && g_.str(claim.text).find('|') != std::string_view::npos)
        rows[{claim.document, claim.section, subjectKey(c, g_.str(claim.measure)), claim.measure, claim.unit,
              g_.extra(c).scope}]
            .push_back(c);
    }
    for (const auto& [key, claims] : rows) {
      bool variants = false;
      for (std::size_t i = 0; i < claims.size() && !variants; ++i)
        for (std::size_t j = i + 1; j < claims.size() && !variants; ++j)
          variants = g_.claims()[claims[i]].text != g_.claims()[claims[j]].text && !sameValue(claims[i], claims[j]);
      if (variants)
        for (ClaimId c : claims) out[c.value()] = true;
    }
  }

  // Whether two figures' written intervals meet: one value written two ways, or within the
  // precision the text gives. A range of accounts is its ends: one value only when each of them
  // meets the other figure.
  bool sameValue(ClaimId a, ClaimId b) const {
    auto as = writtenReadings(g_, a), bs = writtenReadings(g_, b);
    auto meetsAny = [](const std::pair<double, double>& x, const std::vector<std::pair<double, double>>& ys) {
      return std::any_of(ys.begin(), ys.end(), [&](const auto& y) { return x.first < y.second && y.first < x.second; });
    };
    return std::all_of(as.begin(), as.end(), [&](const auto& x) { return meetsAny(x, bs); }) &&
           std::all_of(bs.begin(), bs.end(), [&](const auto& y) { return meetsAny(y, as); });
  }

  // The runs of conflicting members of a group, joined pair by pair (Boost's disjoint sets):
  // values that differ beyond their written precision, from different voices, of one period.
  // Each run sorted, runs in order of first claim.
  std::vector<std::vector<ClaimId>> conflictingRuns(std::vector<ClaimId> members) const {
    std::vector<Voice> who;  // voice of each member, looked up once
    for (ClaimId c : members) who.push_back(voice(c));
    if (members.size() > kWindow) sortByTimeAndValue(members, who);
    // Boost's find with path halving is iterative: a chain's length comes from the input.
    std::vector<std::size_t> rank(members.size()), parent(members.size());
    boost::disjoint_sets<std::size_t*, std::size_t*, boost::find_with_path_halving> unions(rank.data(), parent.data());
    for (std::size_t i = 0; i < members.size(); ++i) unions.make_set(i);
    std::vector<bool> inConflict(members.size(), false);
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size() && j <= i + kWindow; ++j)
        if (conflict(members[i], members[j], sameVoice(who[i], who[j]))) {
          unions.union_set(i, j);
          inConflict[i] = inConflict[j] = true;
        }
    std::map<std::size_t, std::vector<ClaimId>> byRoot;
    for (std::size_t i = 0; i < members.size(); ++i)
      if (inConflict[i]) byRoot[unions.find_set(i)].push_back(members[i]);
    // In the order of their first claims, which does not depend on how the sets were joined.
    std::vector<std::vector<ClaimId>> runs;
    for (auto& [root, run] : byRoot) {
      std::sort(run.begin(), run.end());
      runs.push_back(std::move(run));
    }
    std::sort(runs.begin(), runs.end());
    return runs;
  }

  // Pairs are compared within a window of the members sorted by time and value: in a very
  // large group (one subject across thousands of articles) that keeps the pass near linear
  // and still joins every run of conflicting values into one set.
  static constexpr std::size_t kWindow = 48;

  void sortByTimeAndValue(std::vector<ClaimId>& members, std::vector<Voice>& who) const {
    std::vector<std::size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tuple(periodOf(g_, members[a]), claimPoint(g_, members[a]), members[a]) <
             std::tuple(periodOf(g_, members[b]), claimPoint(g_, members[b]), members[b]);
    });
    std::vector<ClaimId> sortedMembers;
    std::vector<Voice> sortedWho;
    for (std::size_t k : order) {
      sortedMembers.push_back(members[k]);
      sortedWho.push_back(std::move(who[k]));
    }
    members.swap(sortedMembers);
    who.swap(sortedWho);
  }

  // A discrepancy among `claimsOf` (sorted), or a scope disagreement when they are far apart
  // and the text sets one scope against another; its reason says which and by how much.
  ContestedSetDraft discrepancy(const GroupKey& key, const std::vector<ClaimId>& claimsOf) {
    ContestedSetDraft set;
    set.kind = ContestKind::kDiscrepancy;
    set.subject = kInvalid;
    const std::string_view market = marketName(std::get<0>(key));  // a market is no entity
    for (std::size_t i = 0; i < claimsOf.size() && !set.subject.isValid() && market.empty(); ++i)
      set.subject = ownerOf(claimsOf[i]);
    // A score read from its benchmark's own row (modelAfterScore) has no scope: name another's.
    const auto scoped = std::find_if(claimsOf.begin(), claimsOf.end(), [&](ClaimId c) { return g_.extra(c).scope; });
    const std::string_view scope = scoped == claimsOf.end() ? std::string_view() : g_.str(g_.extra(*scoped).scope);
    const std::string measureName = std::get<1>(key) + (scope.empty() ? "" : " on " + std::string(scope));
    const std::string& unitName = std::get<2>(key);
    set.measure = scope.empty() ? g_.claims()[claimsOf.front()].measure : g_.stringsMutable().intern(measureName);
    double lo = INFINITY, hi = -INFINITY, overlapLo = -INFINITY, overlapHi = INFINITY;
    std::set<DocumentId> documents;
    for (ClaimId c : claimsOf) {
      // A range of accounts is its ends ("700 to 4,000": 700 and 4,000), which do not overlap.
      const auto readings = writtenReadings(g_, c);
      std::vector<double> points{claimPoint(g_, c)};
      std::vector<std::pair<double, double>> intervals{claimInterval(g_, c)};
      if (readings.size() > 1) points = {g_.extra(c).low, g_.extra(c).high}, intervals = readings;
      for (double v : points) lo = std::min(lo, v), hi = std::max(hi, v);
      for (auto [a, b] : intervals) overlapLo = std::max(overlapLo, a), overlapHi = std::min(overlapHi, b);
      documents.insert(g_.claims()[c].document);
      set.values.push_back({c, 0, {}});
    }
    set.spread = lo > 0 ? hi / lo - 1 : NAN;
    set.overlap = overlapLo <= overlapHi;
    std::string subject =
        set.subject.isValid() ? std::string(g_.str(g_.entities()[set.subject].name))
        : !market.empty()
            ? fmt::format("the {} market", market)
            : "the subject of " + std::string(g_.str(g_.documents()[g_.claims()[claimsOf.front()].document].title));
    std::string reason =
        fmt::format("{} claims give different values for the {} of {}, from {} to {} (spread {:.1f}%)", claimsOf.size(),
                    measureName, subject, formatValue(lo, unitName), formatValue(hi, unitName), set.spread * 100);
    // Far apart, with words that set one scope against another: a scope disagreement.
    bool scopeCue = std::any_of(claimsOf.begin(), claimsOf.end(), [&](ClaimId c) { return hasScopeCue(c); });
    if (scopeCue && hi >= 5 * lo) {
      set.kind = ContestKind::kScope;
      reason = "figures of different scope for the " + measureName + " of " + subject + ": " +
               formatValue(lo, unitName) + " against " + formatValue(hi, unitName) +
               "; the text says one covers only part of what the other does";
    }
    reason += documents.size() > 1 ? ", across " + std::to_string(documents.size()) + " documents" : "";
    reason += set.overlap ? "; their hedged ranges still overlap" : "; their ranges do not overlap even with hedges";
    set.reason = g_.stringsMutable().intern(reason);
    return set;
  }

  // The market words of a group's subject key (marketKey), or "" for any other subject.
  static std::string_view marketName(std::string_view subjectKey) {
    if (!subjectKey.starts_with('\x03')) return {};
    subjectKey.remove_prefix(1);
    return subjectKey.substr(0, subjectKey.find_last_not_of(' ') + 1);
  }

  // Words that say one figure covers only part of what another does ("covered only the final
  // run", "far above"). Loose words ("total", "only") say nothing of the kind: an article's own
  // table of investments, prices and totals would read as a scope dispute.
  // Asked for each pair of far-apart values, so each claim's answer is kept once found.
  bool hasScopeCue(ClaimId claim) const {
    static const std::vector<std::string> kStrict = {
        "far above",        "far below",       "far higher",    "far lower",      "covered only", "covers only",
        "cover only",       "excluded",        "excludes",      "left out",       "never meant",  "narrowly defined",
        "does not include", "did not include", "whole program", "entire program", "true cost",    "full cost"};
    if (scopeCue_.empty()) scopeCue_.assign(g_.claims().size(), kUnknown);
    std::int8_t& known = scopeCue_[claim.value()];
    if (known == kUnknown) {
      std::string text = foldKey(g_.str(g_.claims()[claim].text));
      known = std::any_of(kStrict.begin(), kStrict.end(),
                          [&](const std::string& k) { return text.find(k) != std::string::npos; });
    }
    return known == 1;
  }

  // Two claims contest each other when they speak for one period, with different voices, and
  // their values differ beyond the precision the text gives: a range and a point inside it, 128K
  // and 131,072 tokens, "about 600" and 589 are one value written two ways.
  bool conflict(ClaimId a, ClaimId b, bool sameVoice) const {
    return !sameVoice && isAim(a) == isAim(b) && oneDate(a, b) && comparable(a, b) && !sameValue(a, b);
  }

  // A change (growth, a rise, a fall, a decrease) over a span its words name ("growth between 2024 and early
  // 2026", "| ~800% | 2024-2025") is of that span: two changes whose words name different spans are
  // different quantities, though each is dated by the span's first year.
  bool sameSpan(ClaimId a, ClaimId b) const {
    static constexpr std::array<std::string_view, 5> kChangeWords{"growth", "rise", "fall", "increase", "decrease"};
    const std::string_view measure = g_.str(g_.claims()[a].measure);
    const auto inMeasure = [&](std::string_view w) { return measure.find(w) != std::string_view::npos; };
    if (std::none_of(kChangeWords.begin(), kChangeWords.end(), inMeasure)) return true;
    std::set<int> ya = yearsIn(g_.str(g_.claims()[a].text)), yb = yearsIn(g_.str(g_.claims()[b].text));
    return ya.size() < 2 || yb.size() < 2 || ya == yb;
  }

  // The years (1900-2099) a text writes as four digits of their own.
  static std::set<int> yearsIn(std::string_view text) {
    std::set<int> years;
    auto digit = [&](std::size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); };
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
      if ((i > 0 && digit(i - 1)) || digit(i + 4) || !digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3))
        continue;
      int year = std::stoi(std::string(text.substr(i, 4)));
      if (year >= 1900 && year < 2100) years.insert(year);
    }
    return years;
  }

  // Whether two figures speak for one date. A measure that moves from one report to the next
  // (valuation, revenue, users) may have moved within a year: "$14 billion in June 2025" and
  // "over $20 billion by late 2025" (read as 2025) are two dates, so its periods must be as precise
  // as each other. Others hold for a period: a year contains its months.
  // A score on a benchmark is of a model, which does not change: the date of the table or source
  // that reports it says when it was published, not of what period it speaks. A date in its own
  // words does ("o3 | 88.9 | April 2025 | Updated evaluation"), and is then weighed against the
  // other's table date too ("Feb 2025 | 57.6%" against a January 2025 table: a later evaluation).
  bool oneDate(ClaimId a, ClaimId b) const {
    const auto from = [&](ClaimId c) { return g_.claims()[c].asOfFrom; };
    const bool wordsDate = from(a) == graph::AsOfFrom::kText || from(b) == graph::AsOfFrom::kText;
    auto period = [&](ClaimId c) {
      const bool kept = from(c) == graph::AsOfFrom::kText || (wordsDate && from(c) == graph::AsOfFrom::kSection);
      return g_.extra(c).scope && !kept ? std::string_view() : periodOf(g_, c);
    };
    std::string_view pa = period(a), pb = period(b);
    if (!samePeriod(pa, pb) || !sameSpan(a, b)) return false;
    bool moving = isMovingMeasure(g_.str(g_.claims()[a].measure));
    return !moving || pa.empty() || pb.empty() || pa.size() == pb.size();
  }

  // Two reports of one quantity differ by a margin, not by an order of magnitude: values more
  // than 3x apart are different quantities (another funding round, another year) unless the
  // text says one covers only part of the other, which makes them a scope disagreement.
  // Not so when both figures' own words date them to one month: then they are one quantity
  // however far apart ("Grok-4 | July 2025 | 256,000 tokens" against 2 million tokens of July 9).
  bool comparable(ClaimId x, ClaimId y) const {
    double a = std::fabs(claimPoint(g_, x)), b = std::fabs(claimPoint(g_, y));
    double lo = std::min(a, b), hi = std::max(a, b);
    if (!(lo > 0) || countedOrMeasuredNoun(x) != countedOrMeasuredNoun(y)) return false;
    return hi <= 3 * lo || hasScopeCue(x) || hasScopeCue(y) || sameMonthByOwnWords(x, y);
  }

  // What a count counts, as its words end ("7,850 images" -> "image", "256,000-token" ->
  // "token"), or "" when they name nothing: counts of different things are different
  // quantities whatever measure they were typed with (images/sec against A100 chips).
  std::string countedNoun(ClaimId c) const {
    const Claim& claim = g_.claims()[c];
    if (g_.str(claim.unit) != "count" && g_.str(claim.unit) != "tokens") return "";
    std::string_view text = g_.str(claim.quantityText);
    std::size_t end = text.size();
    while (end > 0 && std::isalpha(static_cast<unsigned char>(text[end - 1]))) --end;
    if (end == text.size() || (end > 0 && text[end - 1] != ' ' && text[end - 1] != '-')) return "";
    std::string noun = graph::lowerAscii(text.substr(end));
    if (noun.size() > 3 && noun.ends_with('s')) noun.pop_back();
    return noun;
  }

  // What a count counts: as its words end, else, for a bare number under a header that names it ("| STEM
  // | 18 |" under "Number of Subjects"), as its measure names it.
  std::string countedOrMeasuredNoun(ClaimId c) const {
    std::string noun = countedNoun(c);
    return noun.empty() ? measuredNoun(c) : noun;
  }

  // Both exact figures that their own words date to one month.
  bool sameMonthByOwnWords(ClaimId x, ClaimId y) const {
    const Claim& a = g_.claims()[x];
    const Claim& b = g_.claims()[y];
    constexpr std::size_t kMonth = 7;  // "2025-07"
    return a.bound == graph::Bound::kExact && b.bound == graph::Bound::kExact && !a.hasRange && !b.hasRange &&
           a.asOfFrom == graph::AsOfFrom::kText && b.asOfFrom == graph::AsOfFrom::kText &&
           g_.str(a.asOf).size() >= kMonth && g_.str(b.asOf).size() >= kMonth &&
           g_.str(a.asOf).substr(0, kMonth) == g_.str(b.asOf).substr(0, kMonth);
  }

  // Scope: money figures about one subject (or a product and its maker) that measure
  // different things and that one article sets against each other ("far above", "covered
  // only"). The one kind that spans measures: it does not say the values contradict, it says
  // the text weighs one scope against another; across articles nothing sets them side by side.
  void scopes() {
    std::map<std::pair<EntityId, DocumentId>, std::vector<ClaimId>> bySubject;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || !claim.subject.isValid()) continue;
      std::string_view unit = g_.str(claim.unit);
      if (unit.size() != 3 || !isCostMeasure(g_.str(claim.measure))) continue;
      bySubject[{family(claim.subject), claim.document}].push_back(c);
    }
    for (auto& [key, members] : bySubject) {
      const EntityId subject = key.first;
      // One representative per (measure, value), preferring a claim with a claimant.
      std::map<std::pair<std::string, long long>, ClaimId> representative;
      bool cue = false;
      for (ClaimId c : members) {
        const Claim& claim = g_.claims()[c];
        cue = cue || hasScopeCue(c);
        auto key = std::make_pair(std::string(g_.str(claim.measure)), std::llround(std::log(claimPoint(g_, c)) * 200));
        auto it = representative.find(key);
        if (it == representative.end() || (claimants(it->second).empty() && !claimants(c).empty()))
          representative[key] = c;
      }
      std::set<std::string> measures;
      double lo = INFINITY, hi = -INFINITY;
      for (const auto& [key, c] : representative) {
        measures.insert(key.first);
        lo = std::min(lo, claimPoint(g_, c));
        hi = std::max(hi, claimPoint(g_, c));
      }
      if (!cue || measures.size() < 2 || !(hi >= 5 * lo)) continue;
      ContestedSetDraft set;
      set.kind = ContestKind::kScope;
      set.subject = subject;
      std::vector<ClaimId> chosen;
      for (const auto& [key, c] : representative) chosen.push_back(c);
      std::sort(chosen.begin(), chosen.end());
      std::string reason = "figures of different scope for " + std::string(g_.str(g_.entities()[subject].name)) +
                           " are set against each other: ";
      for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Claim& claim = g_.claims()[chosen[i]];
        if (i) reason += " vs ";
        reason +=
            formatValue(claimPoint(g_, chosen[i]), g_.str(claim.unit)) + " (" + std::string(g_.str(claim.measure));
        auto who = claimants(chosen[i]);
        if (!who.empty()) reason += ", per " + std::string(g_.str(g_.entities()[who.front()].name));
        reason += ")";
        set.values.push_back({chosen[i], 0, {}});
      }
      set.measure = g_.stringsMutable().intern("cost (scope differs)");
      set.spread = lo > 0 ? hi / lo - 1 : NAN;
      set.overlap = false;
      set.reason = g_.stringsMutable().intern(reason);
      sets_.push_back(std::move(set));
    }
  }

  // Dispute: "X disputed / rejected / denied / questioned Y's figure": the claim that says so
  // (a statement, or X's own figure) against Y's claims in the same document, figures of the
  // same unit first.
  void disputes() {
    static const std::vector<std::string> kVerbs = {"disputed", "rejected", "denied", "questioned", "challenged"};
    std::set<std::pair<EntityId, EntityId>> seen;
    for (ClaimId c : g_.claims().ids()) {
      const Claim& claim = g_.claims()[c];
      auto by = claimants(c);
      if (by.empty() || claim.kind == ClaimKind::kRelation) continue;
      std::string text = foldKey(g_.str(claim.text));
      std::string verb;
      for (const auto& v : kVerbs)
        if (text.find(" " + v + " ") != std::string::npos) verb = v;
      if (verb.empty()) continue;
      std::size_t verbAt = text.find(" " + verb + " ");
      std::string object = text.substr(verbAt + verb.size() + 2);
      const Document& doc = g_.documents()[claim.document];
      EntityId target = kInvalid;
      std::vector<ClaimId> theirs;
      for (ClaimId other : ClaimGraph::claimsIn(doc)) {
        if (other == c) continue;
        for (EntityId e : claimants(other)) {
          if (std::find(by.begin(), by.end(), e) != by.end()) continue;
          bool named = object.find(foldKey(g_.str(g_.entities()[e].name))) != std::string::npos;
          for (StrId alias : g_.entities()[e].aliases)
            named = named || object.find(foldKey(g_.str(alias))) != std::string::npos;
          if (!named || (target.isValid() && e != target)) continue;
          target = e;
          theirs.push_back(other);
        }
      }
      if (!target.isValid() || !seen.insert({by.front(), target}).second) continue;
      // Prefer the disputed party's figures in the unit of the disputing claim.
      std::vector<ClaimId> chosen;
      for (ClaimId other : theirs)
        if (claim.hasQuantity && g_.claims()[other].hasQuantity && g_.claims()[other].unit == claim.unit)
          chosen.push_back(other);
      if (chosen.empty())
        chosen.assign(theirs.begin(),
                      theirs.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(theirs.size(), 2)));
      ContestedSetDraft set;
      set.kind = ContestKind::kDispute;
      set.subject = target;
      set.measure = claim.measure ? claim.measure : (chosen.empty() ? 0 : g_.claims()[chosen.front()].measure);
      set.spread = NAN;
      for (ClaimId other : chosen) set.values.push_back({other, 0, {}});
      set.values.push_back({c, 0, {}});
      std::string reason = std::string(g_.str(g_.entities()[by.front()].name)) + " " + verb + " " +
                           std::string(g_.str(g_.entities()[target].name)) + "'s account";
      if (claim.hasQuantity && !chosen.empty() && g_.claims()[chosen.front()].hasQuantity) {
        const Claim& theirsClaim = g_.claims()[chosen.front()];
        const double theirs = claimPoint(g_, chosen.front()), ours = claimPoint(g_, c);
        reason +=
            ": " + formatValue(theirs, g_.str(theirsClaim.unit)) + " against " + formatValue(ours, g_.str(claim.unit));
        double lo = std::min(theirs, ours), hi = std::max(theirs, ours);
        set.spread = lo > 0 ? hi / lo - 1 : NAN;
      }
      set.reason = g_.stringsMutable().intern(reason);
      sets_.push_back(std::move(set));
    }
  }

  // The evidence behind one value of a set, as weighed.
  struct Score {
    double support = 0;
    bool headline = false;
    double precision = 0;
    std::string latest;
    std::vector<std::string> publishers;
    std::string headlineOf;
  };

  void weigh(ContestedSetDraft& set) {
    std::vector<Score> scores;
    for (auto& v : set.values) {
      scores.push_back(score(v.claim));
      v.support = scores.back().support;
      for (const auto& p : scores.back().publishers) v.publishers.push_back(g_.stringsMutable().intern(p));
    }
    if (std::none_of(set.values.begin(), set.values.end(), [&](const auto& v) { return supported(v.claim); })) {
      // Nothing to weigh: naming a value "best" would be a guess.
      set.best = kInvalid;
      set.bestReason =
          g_.stringsMutable().intern("the evidence does not decide: no value has a source or a claimant behind it");
      return;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < scores.size(); ++i) {
      const Score& a = scores[i];
      const Score& b = scores[best];
      if (std::tie(a.support, a.precision, a.latest) > std::tie(b.support, b.precision, b.latest)) best = i;
    }
    set.best = set.values[best].claim;
    set.bestReason = g_.stringsMutable().intern(bestReason(set, scores, best));
  }

  // Whether anyone stands behind a claim: a claimant its text names or a source it cites.
  bool supported(ClaimId c) const { return !claimants(c).empty() || !g_.claimSources(c).empty(); }

  // Independent publishers, once each, a headline that states the value, precision, recency.
  Score score(ClaimId c) const {
    Score s;
    const Claim& claim = g_.claims()[c];
    std::set<std::string> independent;
    // A claimant that is an outlet counts as that outlet (a figure "citing Reuters" is Reuters).
    for (EntityId e : claimants(c)) independent.insert(foldKey(g_.str(g_.entities()[e].name)));
    for (SourceId src : g_.claimSources(c)) {
      const Source& source = g_.sources()[src];
      if (source.publisher) independent.insert(foldKey(g_.str(source.publisher)));
      std::string date(g_.str(source.date));
      if (date > s.latest) s.latest = date;
      if (claim.hasQuantity && !s.headline && headlineStates(source, c)) {
        s.headline = true;
        s.headlineOf = std::string(g_.str(source.publisher));
      }
    }
    s.publishers.assign(independent.begin(), independent.end());
    s.support = static_cast<double>(independent.size()) + (s.headline ? 1.5 : 0);
    s.precision = claim.hasRange ? 0 : claim.approximate ? 1 : 2;
    return s;
  }

  // Whether the source's title states the claim's value (in its unit, or with none).
  bool headlineStates(const Source& source, ClaimId c) const {
    const double p = claimPoint(g_, c);
    for (const auto& [value, unit] : titleFigures(g_.str(source.title))) {
      bool unitOk = unit.empty() || unit == g_.str(g_.claims()[c].unit);
      if (unitOk && p != 0 && std::fabs(value - p) <= 0.002 * std::fabs(p)) return true;
    }
    return false;
  }

  std::string bestReason(const ContestedSetDraft& set, const std::vector<Score>& scores, std::size_t best) const {
    const Claim& claim = g_.claims()[set.best];
    std::string value =
        claim.hasQuantity ? formatValue(claimPoint(g_, set.best), g_.str(claim.unit)) : g_.claimId(set.best);
    const Score& s = scores[best];
    if (set.kind == ContestKind::kScope)  // values of different scope do not replace one another
      return fmt::format(
          "these figures measure different things, so none replaces another; the most strongly backed is {} "
          "(support {:g}{})",
          value, s.support, s.headline ? ", stated in " + s.headlineOf + "'s headline" : std::string());
    std::string reason = fmt::format("{} is best supported (support {:g}): {} independent publisher{}", value,
                                     s.support, s.publishers.size(), s.publishers.size() == 1 ? "" : "s");
    if (s.headline) reason += ", and " + s.headlineOf + "'s own headline states this value";
    if (scores.size() > 1) {
      std::size_t runnerUp = best == 0 ? 1 : 0;
      for (std::size_t i = 0; i < scores.size(); ++i)
        if (i != best && scores[i].support > scores[runnerUp].support) runnerUp = i;
      reason += fmt::format("; the next value has support {:g}", scores[runnerUp].support);
    }
    return reason;
  }

  ClaimGraph& g_;
  std::vector<ContestedSetDraft> sets_;
  std::vector<bool> ambiguous_;              // per claim: ambiguousFigures()
  std::map<ClaimId, EntityId> totalOwners_;  // part counts of another subject's total: partsOfStatedTotals()
  static constexpr std::int8_t kUnknown = -1;
  mutable std::set<std::pair<DocumentId, std::string>> subjectsIn_;  // speaksOf(): filled on first use
  mutable std::set<std::vector<std::string>> benchmarkNames_;        // isBenchmark(): filled on first use
  mutable std::set<EntityId> scoredModels_;                          // the subjects of scores, with benchmarkNames_
  mutable std::vector<std::int8_t> scopeCue_;  // per claim: 1 a scope cue, 0 none, kUnknown not yet read
  mutable std::vector<std::optional<std::string>> modelKeys_;       // per entity: modelKey(), once asked
  mutable std::vector<std::optional<std::string>> entityNameKeys_;  // per entity: entityNameKey(), once asked
};

}  // namespace

std::vector<ContestedSetDraft> findContested(ClaimGraph& g) { return Finder(g).run(); }

}  // namespace cg::reason
