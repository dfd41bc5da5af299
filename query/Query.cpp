#include "query/Query.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "graph/ClaimValues.h"
#include "graph/Fold.h"
#include "ingest/Ingest.h"
#include "ingest/Quantity.h"
#include "ingest/Statement.h"

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

// Half a unit of the last significant digit a written figure gives: "590 billion" -> 5 billion.
double writtenPrecision(const graph::Quantity& q) {
  double v = std::fabs(q.value.value_or(0));
  if (v == 0) return 0;
  std::string digits;
  for (char ch : q.text)
    if ((ch >= '0' && ch <= '9') || ch == '.') digits.push_back(ch);
  std::size_t dot = digits.find('.');
  std::string whole = digits.substr(0, dot);
  int significantDecimals = dot == std::string::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
  int trailingZeros = 0;
  for (auto it = whole.rbegin(); it != whole.rend() && *it == '0' && significantDecimals == 0; ++it) ++trailingZeros;
  double number = std::stod(digits.empty() || digits == "." ? "0" : digits);
  if (number == 0) return 0;
  double unitOfLast = std::pow(10.0, trailingZeros - significantDecimals);
  return v * (unitOfLast / 2) / number;
}

// The first position in [at, end) whose claim is not below `target`: doubling steps from
// `at`, then a binary search within the last step, so a short move costs a few probes.
std::vector<Id>::const_iterator gallop(std::vector<Id>::const_iterator at, std::vector<Id>::const_iterator end,
                                       Id target) {
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
void intersectSorted(const std::vector<Id>& a, const std::vector<Id>& b, F&& found) {
  const Id* x = a.data();
  const Id* y = b.data();
  const Id* const xEnd = x + a.size();
  const Id* const yEnd = y + b.size();
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
    const Id xLast = x[3], yLast = y[3];
    x += xLast <= yLast ? 4 : 0;
    y += yLast <= xLast ? 4 : 0;
  }
#endif
  while (x < xEnd && y < yEnd) {
    const Id u = *x, v = *y;
    if (u == v && !found(u)) return;
    x += u <= v;
    y += v <= u;
  }
}

}  // namespace

struct Engine::Indices {
  // Folded token -> claims (sorted, unique). Built on the first word query, over each distinct
  // sentence once (claims of one sentence share its interned text), so loading a graph to ask
  // for a figure or an entity does not pay for tokenising every sentence.
  std::unordered_map<std::string, std::vector<Id>> tokens;
  std::once_flag tokensBuilt;
  struct Value {
    double value;
    Id claim;
    bool range = false;  // the claim is a range (it ranks below a point); fills the padding
    bool operator<(const Value& o) const { return value < o.value || (value == o.value && claim < o.claim); }
  };
  std::unordered_map<std::string, std::vector<Value>> figures;  // unit -> sorted values (points, lows, highs)
  std::vector<bool> contested;                                  // per claim
  std::vector<Id> family;  // entity -> its maker ("DeepSeek V3" -> DeepSeek), or itself
  std::unordered_map<Id, std::vector<Id>> figuresByFamily;    // family -> figure claims about any member
  std::unordered_map<Id, std::vector<Id>> contestedByEntity;  // entity -> sets about it or naming it in a value
};

Engine::Engine(const graph::ClaimGraph& g) : g_(g) {
  auto idx = std::make_shared<Indices>();
  idx->contested.assign(g.claims().size(), false);
  for (Id x = 0; x < g.contested().size(); ++x) {
    const auto& set = g.contested()[x];
    std::vector<Id> involved;
    if (set.subject != graph::kInvalid) involved.push_back(set.subject);
    for (const auto& v : g.values(set)) {
      idx->contested[v.claim] = true;
      if (g.claims()[v.claim].subject != graph::kInvalid) involved.push_back(g.claims()[v.claim].subject);
      for (Id e : g.claimClaimants(v.claim)) involved.push_back(e);
    }
    std::sort(involved.begin(), involved.end());
    involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
    for (Id e : involved) idx->contestedByEntity[e].push_back(x);
  }
  idx->family.resize(g.entities().size());
  for (Id e = 0; e < g.entities().size(); ++e) idx->family[e] = graph::familyOf(g, e);
  for (Id c = 0; c < g.claims().size(); ++c) {
    const Claim& claim = g.claims()[c];
    if (claim.kind == ClaimKind::kFigure && claim.subject != graph::kInvalid)
      idx->figuresByFamily[idx->family[claim.subject]].push_back(c);
    if (claim.hasQuantity) {
      auto& values = idx->figures[std::string(g.str(claim.unit))];
      if (claim.hasValue) values.push_back({claim.value, c, claim.hasRange});
      if (claim.hasRange) {
        const graph::ClaimExtra& range = g.extra(c);
        values.push_back({range.low, c, true});
        values.push_back({range.high, c, true});
      }
    }
  }
  for (auto& [unit, values] : idx->figures) std::sort(values.begin(), values.end());
  indices_ = std::move(idx);
}

bool Engine::isContested(Id claim) const { return claim < indices_->contested.size() && indices_->contested[claim]; }

std::vector<Hit> Engine::whoClaimed(std::string_view text, std::size_t limit) const {
  // Every match as it is found; a claim found twice keeps its best score (below). Each score
  // belongs to one kind of match, so equal scores never disagree on what matched.
  struct Match {
    Id claim;
    double score;
    const char* what;
  };
  std::vector<Match> matches;
  auto add = [&](Id c, double score, const char* what) { matches.push_back({c, score, what}); };
  // A figure in any written form: "589 billion", "$589B", "589bn", "17%".
  // The tolerance is the precision the query is written with: "589 billion" is 588.5-589.5
  // billion, "592.7bn" is 592.65-592.75 billion. A point value ranks above a range's end.
  bool isFigure = false;
  if (auto q = ingest::parseFigure(text); q && q->value) {
    isFigure = true;
    double v = *q->value;
    double tol = std::max(std::fabs(v) * 0.0005, writtenPrecision(*q));
    for (const auto& [unit, values] : indices_->figures) {
      if (!q->unit.empty() && unit != q->unit) continue;
      auto lo = std::lower_bound(values.begin(), values.end(), Indices::Value{v - tol, 0});
      std::size_t taken = 0;  // results rank by kind, then claim order: more than `limit` per kind is never shown
      for (auto it = lo; it != values.end() && it->value <= v + tol && taken < 4 * limit; ++it, ++taken)
        add(it->claim, it->range ? 2.8 : 3.0, "figure");
    }
  }
  // An entity by name or alias: claims about it and claims it made.
  if (auto e = g_.findEntity(text)) {
    for (Id c : g_.inNeighbors({graph::NodeKind::kEntity, *e}, graph::EdgeKind::kAbout, limit)) add(c, 2.5, "entity");
    for (Id c : g_.inNeighbors({graph::NodeKind::kEntity, *e}, graph::EdgeKind::kClaimedBy, limit))
      add(c, 2.4, "entity");
  }
  // Words of the claim or a quote fragment: every content word must be there.
  std::vector<std::string> words;
  for (auto& t : graph::foldTokens(text))
    if (!stopWords().count(t)) words.push_back(std::move(t));
  // Word matches score at most 2.0, below every figure and entity match; once `limit` of those
  // are in hand, no word match could be shown, so the posting lists are not walked.
  std::vector<Id> strongClaims;
  for (const auto& m : matches)
    if (m.score > 2.0) strongClaims.push_back(m.claim);
  std::sort(strongClaims.begin(), strongClaims.end());
  const auto strong =
      static_cast<std::size_t>(std::unique(strongClaims.begin(), strongClaims.end()) - strongClaims.begin());
  if (!words.empty() && !isFigure && strong < limit) {
    std::call_once(indices_->tokensBuilt, [&] {
      auto& tokens = indices_->tokens;
      std::unordered_map<graph::StrId, std::vector<Id>> byText;
      std::vector<graph::StrId> order;
      for (Id c = 0; c < g_.claims().size(); ++c) {
        auto& list = byText[g_.claims()[c].text];
        if (list.empty()) order.push_back(g_.claims()[c].text);
        list.push_back(c);
      }
      for (graph::StrId text : order)
        for (const auto& t : graph::foldTokens(g_.str(text))) {
          auto& posting = tokens[t];
          for (Id c : byText[text])
            if (posting.empty() || posting.back() != c) posting.push_back(c);
        }
      for (auto& [t, posting] : tokens) {
        std::sort(posting.begin(), posting.end());
        posting.erase(std::unique(posting.begin(), posting.end()), posting.end());
      }
    });
    std::vector<const std::vector<Id>*> lists;
    bool missing = false;
    for (const auto& w : words) {
      auto it = indices_->tokens.find(w);
      if (it == indices_->tokens.end()) {
        missing = true;
        break;
      }
      lists.push_back(&it->second);
    }
    if (!missing) {
      std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });
      // The intersection in claim order: the two shortest lists are merged step by step (a
      // branch-free merge; a gallop when one is far longer), and each claim they share is looked
      // for in the other lists with a cursor that only moves forward. Stops once more matches
      // are found than can be shown: results rank by kind and then claim order, so later
      // matches would never be listed.
      std::vector<Id> common;
      const std::size_t enough = 4 * limit;
      std::vector<std::vector<Id>::const_iterator> cursors;
      for (const auto* list : lists) cursors.push_back(list->begin());
      auto inRest = [&](Id c) {
        for (std::size_t i = 2; i < lists.size(); ++i) {
          auto& at = cursors[i];
          at = gallop(at, lists[i]->end(), c);
          if (at == lists[i]->end() || *at != c) return false;
        }
        return true;
      };
      const std::vector<Id>& a = *lists[0];
      if (lists.size() == 1) {
        common.assign(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(std::min(enough, a.size())));
      } else {
        const std::vector<Id>& b = *lists[1];
        if (b.size() / 32 > a.size()) {
          auto at = b.begin();
          for (Id c : a) {
            at = gallop(at, b.end(), c);
            if (at == b.end()) break;
            if (*at == c && inRest(c)) {
              common.push_back(c);
              if (common.size() >= enough) break;
            }
          }
        } else {
          intersectSorted(a, b, [&](Id c) {
            if (!inRest(c)) return true;
            common.push_back(c);
            return common.size() < enough;
          });
        }
      }
      std::string phrase = graph::foldKey(text);
      for (Id c : common) {
        const Claim& claim = g_.claims()[c];
        bool inQuote = claim.quote && graph::foldKey(g_.str(claim.quote)).find(phrase) != std::string::npos;
        add(c, inQuote ? 2.0 : 1.0 + (claim.kind == ClaimKind::kStatement ? 0 : 0.1), inQuote ? "quote" : "words");
      }
    }
  }
  // The best `limit`, by score then claim order (so the answer is deterministic).
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.claim != b.claim ? a.claim < b.claim : a.score > b.score; });
  matches.erase(
      std::unique(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.claim == b.claim; }),
      matches.end());
  auto better = [](const Match& a, const Match& b) {
    return a.score != b.score ? a.score > b.score : a.claim < b.claim;
  };
  std::size_t keep = std::min(limit, matches.size());
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(keep), matches.end(), better);
  std::vector<Hit> out;
  out.reserve(keep);
  for (std::size_t i = 0; i < keep; ++i) out.push_back({matches[i].claim, matches[i].score, matches[i].what});
  return out;
}

Provenance Engine::provenance(Id claim, std::size_t relatedLimit) const {
  Provenance p;
  p.claim = claim;
  p.sources = g_.claimSources(claim);
  std::set<Id> publishers, related;
  for (Id s : p.sources) {
    for (Id e : g_.outNeighbors({graph::NodeKind::kSource, s}, graph::EdgeKind::kPublishedBy)) publishers.insert(e);
    for (Id other : g_.claimsBackedBy(s))
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
  for (Id c : r.about)
    if (g_.claims()[c].kind == ClaimKind::kRelation) {
      const graph::ClaimExtra& relation = g_.extra(c);
      r.relations.push_back({std::string(g_.str(relation.relation)), true, relation.object, c});
    }
  for (Id c : g_.inNeighbors({graph::NodeKind::kEntity, *e}, graph::EdgeKind::kObject))
    r.relations.push_back({std::string(g_.str(g_.extra(c).relation)), false, g_.claims()[c].subject, c});
  r.contested = contested(*e);
  std::set<Id> sources;
  for (Id s : g_.inNeighbors({graph::NodeKind::kEntity, *e}, graph::EdgeKind::kPublishedBy)) sources.insert(s);
  for (Id c : r.about)
    for (Id s : g_.claimSources(c)) sources.insert(s);
  r.sources.assign(sources.begin(), sources.end());
  return r;
}

std::vector<Id> Engine::contested(std::optional<Id> entity) const {
  if (!entity) {
    std::vector<Id> all(g_.contested().size());
    std::iota(all.begin(), all.end(), Id{0});
    return all;
  }
  auto it = indices_->contestedByEntity.find(*entity);
  return it == indices_->contestedByEntity.end() ? std::vector<Id>{} : it->second;
}

namespace {

// "589 billion USD": a value as an explanation shows it.
std::string shownValue(double x, const std::string& unit) {
  double a = std::fabs(x);
  std::string number = a >= 1e9   ? fmt::format("{:.4g} billion", x / 1e9)
                       : a >= 1e6 ? fmt::format("{:.4g} million", x / 1e6)
                                  : fmt::format("{:.4g}", x);
  return number + " " + unit;
}

// The reason a statement could not be weighed, when it could not.
std::optional<std::string> unweighable(const ingest::StatementReading& reading) {
  if (!reading.figure) return "The statement holds no figure that the graph could be checked against.";
  if (reading.subject.empty())
    return "The statement's figure is about nothing the reader could name, so nothing in the graph speaks to it.";
  return std::nullopt;
}

}  // namespace

std::vector<Id> Engine::comparableClaims(Id subject, const std::string& measure, const std::string& unit) const {
  // The same subject (a product counts for its maker) and unit; the same measure, or for costs
  // every cost figure, since scope is what such statements get wrong.
  std::vector<Id> candidates = g_.claimsAbout(subject);
  if (graph::isCostMeasure(measure)) {
    auto it = indices_->figuresByFamily.find(indices_->family[subject]);
    if (it != indices_->figuresByFamily.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::vector<Id> matching;
  for (Id c : candidates) {
    const Claim& claim = g_.claims()[c];
    if (claim.kind != ClaimKind::kFigure || !claim.hasQuantity || g_.str(claim.unit) != unit) continue;
    std::string_view m = g_.str(claim.measure);
    if (m == measure || (graph::isCostMeasure(measure) && graph::isCostMeasure(m))) matching.push_back(c);
  }
  std::sort(matching.begin(), matching.end());
  matching.erase(std::unique(matching.begin(), matching.end()), matching.end());
  return matching;
}

std::string Engine::explainVerdict(const CheckResult& r, const ingest::StatementReading& reading,
                                   const std::string& subjectName, double nearest) const {
  const std::string& unit = reading.figure->unit;
  const std::string& measure = reading.measure;
  double v = *reading.figure->value;
  auto shown = [&](double x) { return shownValue(x, unit); };
  std::size_t agree = std::count_if(r.evidence.begin(), r.evidence.end(), [](const Evidence& e) { return e.agrees; });
  if (r.verdict == Verdict::kSupported)
    return fmt::format("{} claim{} in the graph agree{} with {} for the {} of {} (nearest {}, {:.2g}% apart).", agree,
                       agree == 1 ? "" : "s", agree == 1 ? "s" : "", shown(v), measure, subjectName, shown(nearest),
                       nearest ? std::fabs(v - nearest) / std::fabs(nearest) * 100 : 0.0);
  if (r.verdict == Verdict::kRefuted)
    return fmt::format("The graph gives a different {} for {}: the nearest claimed value is {}, {} away from {}.",
                       measure, subjectName, shown(nearest), shown(std::fabs(v - nearest)), shown(v));
  std::string other;
  for (const auto& e : r.evidence)
    if (!e.agrees) {
      other = shown(graph::claimPoint(g_, e.claim)) + " (" + std::string(g_.str(g_.claims()[e.claim].measure));
      auto who = g_.claimClaimants(e.claim);
      if (!who.empty()) other += ", per " + std::string(g_.str(g_.entities()[who.front()].name));
      other += ")";
      break;
    }
  return fmt::format("The sources disagree: {} claim{} with {} for {}, but others give {}.", agree,
                     agree == 1 ? " agrees" : "s agree", shown(v), subjectName, other);
}

CheckResult Engine::check(std::string_view statement) const {
  CheckResult r;
  r.statement = std::string(statement);
  ingest::StatementReading reading = ingest::readStatement(statement);
  if (auto why = unweighable(reading)) {
    r.explanation = *why;
    return r;
  }
  auto subject = g_.findEntity(reading.subject);
  if (!subject) {
    r.explanation = "Nothing in the graph is about " + reading.subject + ".";
    return r;
  }
  const graph::Quantity& figure = *reading.figure;
  std::vector<Id> matching = comparableClaims(*subject, reading.measure, figure.unit);
  if (matching.empty()) {
    r.explanation =
        "The graph has no " + reading.measure + " figure in " + figure.unit + " for " + reading.subject + ".";
    return r;
  }
  // Within the precision the statement is written with, or its hedge ("about": 3%).
  double v = *figure.value;
  graph::Quantity written;
  written.value = v;
  written.text = figure.text;
  double tol = std::max(writtenPrecision(written), std::fabs(v) * (figure.approximate ? 0.03 : 0.005));
  std::size_t agree = 0;
  double nearest = NAN;
  for (Id c : matching) {
    auto [lo, hi] = graph::claimInterval(g_, c);
    bool ok = !(hi < v - tol || lo > v + tol);
    agree += ok;
    r.evidence.push_back({c, ok});
    double p = graph::claimPoint(g_, c);
    if (std::isnan(nearest) || std::fabs(p - v) < std::fabs(nearest - v)) nearest = p;
  }
  r.difference = v - nearest;
  r.verdict = agree == matching.size() ? Verdict::kSupported : agree == 0 ? Verdict::kRefuted : Verdict::kConflicting;
  r.explanation = explainVerdict(r, reading, reading.subject, nearest);
  return r;
}

std::vector<DraftCheck> Engine::checkDraft(std::string_view utf8, const std::string& path) const {
  std::vector<DraftCheck> out;
  for (const auto& sentence : ingest::figureSentences(utf8, path)) out.push_back({sentence.line, check(sentence.text)});
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
