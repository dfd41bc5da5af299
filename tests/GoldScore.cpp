#include "GoldScore.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <set>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "ScoreText.h"
#include "graph/Error.h"

// Each piece below names the part of ../shared/tools/score.py it mirrors. Where score.py
// would stop with a Python exception (a gold without "unit", a label that is not a
// string), this throws cg::Error; for the rest it gives what score.py prints.

namespace cg::test {
namespace {

using rapidjson::Value;
using Names = std::set<std::string>;

// d.get(key): the last member of that name (json.load keeps the last), or nullptr.
const Value* get(const Value* object, std::string_view key) {
  if (object == nullptr || !object->IsObject()) return nullptr;
  const Value* found = nullptr;
  for (const auto& m : object->GetObject())
    if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == key) found = &m.value;
  return found;
}

// d[key], which raises KeyError in score.py when the member is missing.
const Value& need(const Value& object, std::string_view key) {
  const Value* v = get(&object, key);
  if (v == nullptr) throw Error("no \"" + std::string(key) + "\" in " + py::repr(object).substr(0, 200));
  return *v;
}

// A string score.py joins with "+" (a TypeError for anything else).
std::string text(const Value& v) {
  if (!v.IsString()) throw Error("not a string where score.py joins text: " + py::repr(v));
  return {v.GetString(), v.GetStringLength()};
}

// `for x in v or []`: the items of a list; none for None or a missing member.
std::vector<const Value*> items(const Value* v) {
  std::vector<const Value*> out;
  if (v == nullptr || v->IsNull() || (v->IsBool() && !v->GetBool())) return out;
  if (!v->IsArray()) throw Error("not a list where score.py iterates one: " + py::repr(*v));
  for (const auto& item : v->GetArray()) out.push_back(&item);
  return out;
}

bool intersects(const Names& a, const Names& b) {
  for (const auto& x : a)
    if (b.count(x)) return true;
  return false;
}

// x in set(refs) for an int x from source_refs(): Python's == between int and a JSON value.
bool equalsRef(const Value& gold, long long n) {
  if (gold.IsInt64()) return gold.GetInt64() == n;
  if (gold.IsNumber()) return gold.GetDouble() == static_cast<double>(n);
  if (gold.IsBool()) return (gold.GetBool() ? 1 : 0) == n;
  return false;
}

bool meets(const std::set<long long>& refs, const std::vector<const Value*>& gold) {
  for (long long n : refs)
    for (const Value* g : gold)
      if (equalsRef(*g, n)) return true;
  return false;
}

// "%d" % v.
std::string decimal(const Value& v) {
  if (!v.IsNumber() && !v.IsBool()) throw Error("%d of a value that is not a number: " + py::repr(v));
  auto n = py::toInt(v);
  if (!n) throw Error("%d of a value that is not finite: " + py::repr(v));
  return std::to_string(*n);
}

// str(d.get(key) or "").startswith(prefix) -- the date test of a source.
bool dateStartsWith(const Value* date, const Value& prefix) {
  std::string have = py::truthy(date) ? py::str(*date) : "";
  return have.rfind(text(prefix), 0) == 0;
}

// {x["id"]: x for x in list}: insertion order of first keys, the last value for a key.
class ById {
 public:
  void put(const Value& key, const Value* value) {
    auto [it, fresh] = byKey_.emplace(py::hashKey(key), value);
    if (fresh)
      order_.push_back(it->first);
    else
      it->second = value;
  }
  [[nodiscard]] const Value* find(const Value* key) const {
    auto it = byKey_.find(key == nullptr ? "~" : py::hashKey(*key));
    return it == byKey_.end() ? nullptr : it->second;
  }
  [[nodiscard]] std::vector<const Value*> values() const {
    std::vector<const Value*> out;
    for (const auto& k : order_) out.push_back(byKey_.at(k));
    return out;
  }
  [[nodiscard]] std::size_t size() const { return order_.size(); }

 private:
  std::vector<std::string> order_;
  std::unordered_map<std::string, const Value*> byKey_;
};

// unit_key(u): the unit's family and the factor to its base unit.
struct UnitKey {
  std::string unit;
  double scale = 1.0;
};

// COUNT_UNITS, TIME_UNITS, LENGTH_UNITS and AREA_UNITS of score.py.
const std::set<std::string_view> kCountUnits = {"count", "parameters", "gpus",   "devices", "flights", "patients",
                                                "sites", "fields",     "people", "shares",  "units",   "items"};
const std::map<std::string_view, double> kTimeUnits = {
    {"minutes", 60.0}, {"minute", 60.0}, {"min", 60.0}, {"seconds", 1.0},  {"second", 1.0}, {"s", 1.0},
    {"hours", 3600.0}, {"hour", 3600.0}, {"h", 3600.0}, {"days", 86400.0}, {"day", 86400.0}};
const std::map<std::string_view, double> kLengthUnits = {
    {"mm", 0.001},    {"millimetres", 0.001}, {"millimeters", 0.001},
    {"cm", 0.01},     {"centimetres", 0.01},  {"centimeters", 0.01},
    {"m", 1.0},       {"metres", 1.0},        {"meters", 1.0},
    {"km", 1000.0},   {"kilometres", 1000.0}, {"kilometers", 1000.0},
    {"mi", 1609.344}, {"miles", 1609.344},    {"ft", 0.3048},
    {"feet", 0.3048}, {"in", 0.0254},         {"inches", 0.0254}};
const std::map<std::string_view, double> kAreaUnits = {{"km2", 1e6},
                                                       {"km\u00b2", 1e6},
                                                       {"sq km", 1e6},
                                                       {"square kilometres", 1e6},
                                                       {"square kilometers", 1e6},
                                                       {"sqmi", 2589988.110336},
                                                       {"sq mi", 2589988.110336},
                                                       {"square miles", 2589988.110336},
                                                       {"acres", 4046.8564224},
                                                       {"acre", 4046.8564224},
                                                       {"ha", 1e4},
                                                       {"hectares", 1e4},
                                                       {"m2", 1.0},
                                                       {"m\u00b2", 1.0}};

UnitKey unitKey(const Value* raw) {
  std::string u = py::fold(raw);
  auto among = [&](std::initializer_list<std::string_view> names) {
    for (auto n : names)
      if (u == n) return true;
    return false;
  };
  if (among({"usd", "$", "dollars", "us$"})) return {"USD"};
  if (among({"eur", "\u20ac", "euros"})) return {"EUR"};
  if (among({"percent", "%", "pct", "percentage"})) return {"percent"};
  if (among({"gpu-hours", "gpu hours", "gpu_hours", "gpuhours"})) return {"GPU-hours"};
  if (kCountUnits.count(u)) return {"count"};
  for (const auto& [family, table] :
       {std::pair{"seconds", &kTimeUnits}, std::pair{"m", &kLengthUnits}, std::pair{"m2", &kAreaUnits}})
    if (auto it = table->find(u); it != table->end()) return {family, it->second};
  return {u};
}

// close(a, b, tol=0.01); an absent a is never close.
bool close(std::optional<double> a, double b) {
  if (!a) return false;
  if (b == 0) return std::fabs(*a) < 1e-9;
  return std::fabs(*a - b) <= 0.01 * std::fabs(b);
}

// float(x), which raises for what is not a number.
double number(const Value& v) {
  auto d = py::toFloat(v);
  if (!d) throw Error("float() of a value that is not a number: " + py::repr(v));
  return *d;
}

// claim_values(q): the claim's unit, and its value, low and high in that unit's base.
struct ClaimValues {
  UnitKey unit;
  std::optional<double> value, low, high;
};

ClaimValues claimValues(const Value& q) {
  ClaimValues out{unitKey(get(&q, "unit")), {}, {}, {}};
  auto scaled = [&](const char* key) -> std::optional<double> {
    const Value* x = get(&q, key);
    if (x == nullptr || x->IsNull()) return std::nullopt;
    return number(*x) * out.unit.scale;
  };
  out.value = scaled("value");
  out.low = scaled("low");
  out.high = scaled("high");
  return out;
}

// figure_matches(fig, q) with the gold unit `unit` (fig["unit"] or one of its alt_units).
bool figureMatchesIn(const Value& fig, const Value& unit, const Value& q) {
  UnitKey gold = unitKey(&unit);
  ClaimValues claim = claimValues(q);
  if (claim.unit.unit != gold.unit) return false;
  if (get(&fig, "value") != nullptr) {
    double gv = number(need(fig, "value")) * gold.scale;
    return close(claim.value, gv) || close(claim.low, gv) || close(claim.high, gv);
  }
  double low = number(need(fig, "value_low")) * gold.scale;
  double high = number(need(fig, "value_high")) * gold.scale;
  return close(claim.low, low) && close(claim.high, high);
}

// figure_matches(fig, q): any of "unit" and "alt_units" when the gold gives alternatives.
bool figureMatches(const Value& fig, const Value* q) {
  if (!py::truthy(q)) return false;
  const Value& unit = need(fig, "unit");
  if (!py::truthy(get(&fig, "alt_units"))) return figureMatchesIn(fig, unit, *q);
  if (figureMatchesIn(fig, unit, *q)) return true;
  for (const Value* alt : items(get(&fig, "alt_units")))
    if (figureMatchesIn(fig, *alt, *q)) return true;
  return false;
}

}  // namespace
}  // namespace cg::test

namespace cg::test {
namespace {

// main() of score.py, its nested helpers as members and each block of it as a method.
class Scorer {
 public:
  Scorer(const Value& gold, const Value& graph);
  GoldScore run();

 private:
  // names_of, gold_names, subject_ok, claimant_ok.
  const Names& namesOf(const Value* entityId);
  Names goldNames(const Value& name, const Value* aliases);
  Names wantedNames(const Value& name);
  bool subjectOk(const Value& claim, const Value* name);
  bool claimantOk(const Value& claim, const Value* name, const Value* alternatives = nullptr);
  // source_refs, claim_refs, is_ref, url_refs_ok, sourced_ok.
  std::set<long long> sourceRefs(const Value& source);
  std::set<long long> claimRefs(const Value& claim);
  bool isRef(const Value& source, const Value& n);
  std::vector<const Value*> claimSources(const Value& claim);
  bool urlRefsOk(const Value& claim, const Value* refs, const Value* urls, bool every);
  bool sourcedOk(const Value& claim, const Value* refs, const Value* urls);
  // count() and the blocks of main() in its order.
  void count(const std::string& key, bool ok, const std::string& what);
  void scoreEntities();
  bool sourceOkByUrl(const Value& goldSource);
  void scoreSources();
  void scoreFigure(const Value& fig);
  void scoreQuotes();
  void scoreAttributions();
  void scoreContested();
  const std::string& fold(const Value* v);

  const Value& gold_;
  ById entities_, sources_;
  std::vector<const Value*> claims_, contested_;
  std::map<std::string, Names> goldEntityAliases_;
  ById goldSources_;  // gold_src: gold sources by "ref"
  bool byUrl_ = false;
  std::map<std::string, std::vector<std::string>> figureClaims_;  // fig_claims, by hashKey
  std::unordered_map<const Value*, std::string> folded_;
  std::unordered_map<const Value*, Names> names_;
  GoldScore score_;
};

Scorer::Scorer(const Value& gold, const Value& graph) : gold_(gold) {
  for (const Value* e : items(get(&graph, "entities"))) entities_.put(need(*e, "id"), e);
  for (const Value* s : items(get(&graph, "sources"))) sources_.put(need(*s, "id"), s);
  claims_ = items(get(&graph, "claims"));
  contested_ = items(get(&graph, "contested"));
  for (const Value* e : items(get(&gold, "entities")))
    goldEntityAliases_[fold(&need(*e, "name"))] = goldNames(need(*e, "name"), get(e, "aliases"));
  for (const Value* s : items(get(&gold, "sources"))) {
    (void)need(*s, "ref");  // ref_url[s["ref"]]: every gold source has a number
    goldSources_.put(need(*s, "ref"), s);
  }
  byUrl_ = py::truthy(get(&gold, "refs_by_url"));
}

const std::string& Scorer::fold(const Value* v) {
  auto it = folded_.find(v);
  if (it == folded_.end()) it = folded_.emplace(v, py::fold(v)).first;
  return it->second;
}

const Names& Scorer::namesOf(const Value* entityId) {
  static const Names kNone;
  const Value* e = entities_.find(entityId);
  if (e == nullptr) return kNone;
  auto it = names_.find(e);
  if (it != names_.end()) return it->second;
  Names names{fold(get(e, "name"))};
  for (const Value* a : items(get(e, "aliases"))) names.insert(fold(a));
  return names_.emplace(e, std::move(names)).first->second;
}

Names Scorer::goldNames(const Value& name, const Value* aliases) {
  Names names{fold(&name)};
  for (const Value* a : items(aliases)) names.insert(fold(a));
  return names;
}

// gold_entity_aliases.get(fold(n), {fold(n)})
Names Scorer::wantedNames(const Value& name) {
  auto it = goldEntityAliases_.find(fold(&name));
  return it != goldEntityAliases_.end() ? it->second : Names{fold(&name)};
}

bool Scorer::subjectOk(const Value& claim, const Value* name) {
  if (!py::truthy(name)) return true;
  return intersects(namesOf(get(&claim, "subject")), wantedNames(*name));
}

bool Scorer::claimantOk(const Value& claim, const Value* name, const Value* alternatives) {
  if (name == nullptr || name->IsNull()) return true;
  Names wanted = wantedNames(*name);
  for (const Value* alt : items(alternatives)) wanted.merge(wantedNames(*alt));
  for (const Value* id : items(get(&claim, "claimants")))
    if (intersects(namesOf(id), wanted)) return true;
  return false;
}

// The article's numbers for a source: its "refs" when the graph lists them, else its "ref".
std::set<long long> Scorer::sourceRefs(const Value& source) {
  std::vector<const Value*> numbers = items(get(&source, "refs"));
  if (numbers.empty()) numbers = {get(&source, "ref")};
  std::set<long long> out;
  for (const Value* r : numbers) {
    if (r == nullptr || r->IsNull()) continue;
    auto n = py::toInt(*r);
    if (!n) throw Error("int() of a reference number that is not one: " + py::repr(*r));
    out.insert(*n);
  }
  return out;
}

std::vector<const Value*> Scorer::claimSources(const Value& claim) {
  std::vector<const Value*> out;
  for (const Value* id : items(get(&claim, "sources")))
    if (const Value* s = sources_.find(id)) out.push_back(s);
  return out;
}

std::set<long long> Scorer::claimRefs(const Value& claim) {
  std::set<long long> refs;
  for (const Value* s : claimSources(claim)) refs.merge(sourceRefs(*s));
  return refs;
}

// is_ref(s, n): graph source s is gold reference n, by url, else title, else number.
bool Scorer::isRef(const Value& source, const Value& n) {
  const Value* gs = goldSources_.find(&n);
  if (py::truthy(gs) && py::truthy(get(gs, "url")) && py::truthy(get(&source, "url")))
    return py::normUrl(get(&source, "url")) == py::normUrl(&need(*gs, "url"));
  if (py::truthy(gs) && !py::truthy(get(gs, "url")) && py::truthy(get(gs, "title")) &&
      py::truthy(get(&source, "title")))
    return fold(get(&source, "title")).find(fold(&need(*gs, "title"))) != std::string::npos;
  std::string wanted = py::str(n);
  for (long long r : sourceRefs(source))
    if (std::to_string(r) == wanted) return true;
  return false;
}

// url_refs_ok: every (or, not `every`, at least one) source of the claim is among the gold
// refs or urls, and the claim has a source.
bool Scorer::urlRefsOk(const Value& claim, const Value* refs, const Value* urls, bool every) {
  std::vector<const Value*> got = claimSources(claim);
  std::set<std::string> wanted;
  for (const Value* u : items(urls)) wanted.insert(py::normUrl(u));
  std::vector<const Value*> goldRefs = items(refs);
  std::size_t hits = 0;
  for (const Value* s : got) {
    bool hit = false;
    for (const Value* n : goldRefs) hit = hit || isRef(*s, *n);
    hits += hit || wanted.count(py::normUrl(get(s, "url")));
  }
  return !got.empty() && (every ? hits == got.size() : hits > 0);
}

// sourced_ok: by url (Wikipedia golds, or "ref_urls" given), else every numbered source of
// the claim carries one of the gold numbers.
bool Scorer::sourcedOk(const Value& claim, const Value* refs, const Value* urls) {
  if (byUrl_ || py::truthy(urls)) return urlRefsOk(claim, refs, urls, true);
  std::vector<const Value*> goldRefs = items(refs);
  bool numbered = false;
  for (const Value* s : claimSources(claim)) {
    std::set<long long> numbers = sourceRefs(*s);
    if (numbers.empty()) continue;
    numbered = true;
    if (!meets(numbers, goldRefs)) return false;
  }
  return numbered;
}

void Scorer::count(const std::string& key, bool ok, const std::string& what) {
  Tally& t = score_.tallies[key];
  t.hit += ok ? 1 : 0;
  t.total += 1;
  if (!ok) score_.missed.push_back(key + ": " + what);
}

void Scorer::scoreEntities() {
  Names graphNames;
  for (const Value* e : entities_.values()) {
    const Names& names = namesOf(&need(*e, "id"));
    graphNames.insert(names.begin(), names.end());
  }
  for (const Value* ge : items(get(&gold_, "entities"))) {
    const Value& name = need(*ge, "name");
    count("entities", intersects(goldNames(name, get(ge, "aliases")), graphNames), text(name));
  }
}

// The gold "publisher": a list of acceptable names, or one.
std::vector<const Value*> publishers(const Value& goldSource) {
  const Value& p = need(goldSource, "publisher");
  return p.IsArray() ? items(&p) : std::vector<const Value*>{&p};
}

// source_ok_by_url(gs): a graph source that is this reference, with one of the publishers
// in its publisher or work, and the date when the gold gives one.
bool Scorer::sourceOkByUrl(const Value& goldSource) {
  std::vector<const Value*> pubs = publishers(goldSource);
  for (const Value* s : sources_.values()) {
    if (!isRef(*s, need(goldSource, "ref"))) continue;
    std::string names = fold(get(s, "publisher")) + "\n" + fold(get(s, "work"));
    bool named = false;
    for (const Value* p : pubs) named = named || names.find(fold(p)) != std::string::npos;
    if (!named) continue;
    const Value* date = get(&goldSource, "date");
    if (py::truthy(date) && !dateStartsWith(get(s, "date"), *date)) continue;
    return true;
  }
  return false;
}

void Scorer::scoreSources() {
  std::map<std::string, const Value*> graphUrls;  // graph_urls: the last source of a folded url
  for (const Value* s : sources_.values()) graphUrls[fold(get(s, "url"))] = s;
  for (const Value* gs : items(get(&gold_, "sources"))) {
    std::string ref = "ref " + decimal(need(*gs, "ref")) + " ";
    if (byUrl_) {
      bool ok = sourceOkByUrl(*gs);
      std::vector<const Value*> pubs = publishers(*gs);
      if (pubs.empty()) throw Error("a gold source with no publisher: " + py::repr(*gs));
      count("sources", ok, ref + py::str(*pubs.front()));
      continue;
    }
    auto it = graphUrls.find(fold(&need(*gs, "url")));
    bool ok = it != graphUrls.end() &&
              fold(get(it->second, "publisher")).find(fold(&need(*gs, "publisher"))) != std::string::npos;
    const Value* date = get(gs, "date");
    if (ok && py::truthy(date)) ok = dateStartsWith(get(it->second, "date"), *date);
    count("sources", ok, ref + py::str(need(*gs, "publisher")));
  }
}

// One gold figure: the claims it matches, the best of them by (sourced, claimant, subject),
// and the four tallies score.py keeps for it.
void Scorer::scoreFigure(const Value& fig) {
  struct Rank {
    bool sourced, claimant, subject;
    auto operator<=>(const Rank&) const = default;
  };
  std::optional<Rank> best;
  std::vector<std::string> candidates;
  for (const Value* c : claims_) {
    if (!figureMatches(fig, get(c, "quantity"))) continue;
    Rank rank{sourcedOk(*c, get(&fig, "refs"), get(&fig, "ref_urls")), claimantOk(*c, get(&fig, "claimant")),
              subjectOk(*c, get(&fig, "subject"))};
    if (!best || rank > *best) best = rank;
    candidates.push_back(py::hashKey(need(*c, "id")));
  }
  figureClaims_[py::hashKey(need(fig, "id"))] = candidates;
  const Value* value = get(&fig, "value") ? get(&fig, "value") : get(&fig, "value_low");
  std::string label =
      py::str(need(fig, "id")) + " (" + (value ? py::str(*value) : "None") + " " + py::str(need(fig, "unit")) + ")";
  const Value* refs = get(&fig, "refs") ? get(&fig, "refs") : get(&fig, "ref_urls");
  count("figures", best.has_value(), label);
  count("sourced", best && best->sourced, label + " refs " + (refs ? py::str(*refs) : "None"));
  if (py::truthy(get(&fig, "claimant")))
    count("claimants", best && best->claimant, label + " claimant " + text(need(fig, "claimant")));
  if (py::truthy(get(&fig, "subject")) && best)
    count("subjects", best->subject, label + " subject " + text(need(fig, "subject")));
}

void Scorer::scoreQuotes() {
  for (const Value* q : items(get(&gold_, "quotes"))) {
    const std::string& want = fold(&need(*q, "contains"));
    bool byUrl = byUrl_ || py::truthy(get(q, "ref_urls"));
    bool ok = false;
    for (const Value* c : claims_) {
      if (fold(get(c, "quote")).find(want) == std::string::npos ||
          !claimantOk(*c, &need(*q, "speaker"), get(q, "alt_speakers")))
        continue;
      ok = byUrl ? urlRefsOk(*c, get(q, "refs"), get(q, "ref_urls"), false)
                 : meets(claimRefs(*c), items(&need(*q, "refs")));
      if (ok) break;
    }
    count("quotes", ok, text(need(*q, "speaker")) + ": " + text(need(*q, "contains")));
  }
}

// Attributions: a claim of any kind by the claimant whose text holds the fragment.
void Scorer::scoreAttributions() {
  for (const Value* a : items(get(&gold_, "attributions"))) {
    const std::string& want = fold(&need(*a, "contains"));
    bool ok = false;
    for (const Value* c : claims_)
      if (fold(get(c, "text")).find(want) != std::string::npos && claimantOk(*c, &need(*a, "claimant"))) {
        ok = true;
        break;
      }
    count("attributions", ok, text(need(*a, "claimant")) + ": " + text(need(*a, "contains")));
  }
}

// A gold contested group is found when one graph group holds a claim of each of its
// figures; graph groups no gold group found are other_contested.
void Scorer::scoreContested() {
  std::set<std::size_t> matched;
  for (const Value* g : items(get(&gold_, "contested"))) {
    bool ok = false;
    for (std::size_t i = 0; i < contested_.size() && !ok; ++i) {
      std::set<std::string> members;
      for (const Value* id : items(get(contested_[i], "claims"))) members.insert(py::hashKey(*id));
      bool all = true;
      for (const Value* f : items(&need(*g, "figures"))) {
        auto it = figureClaims_.find(py::hashKey(*f));
        bool any = false;
        for (const auto& c : it == figureClaims_.end() ? std::vector<std::string>{} : it->second)
          any = any || members.count(c);
        all = all && any;
      }
      if (all) ok = true, matched.insert(i);
    }
    count("contested", ok, text(need(*g, "id")));
  }
  score_.otherContested = static_cast<int>(contested_.size() - matched.size());
}

GoldScore Scorer::run() {
  scoreEntities();
  scoreSources();
  for (const Value* fig : items(get(&gold_, "figures"))) scoreFigure(*fig);
  scoreQuotes();
  scoreAttributions();
  scoreContested();
  score_.claims = static_cast<int>(claims_.size());
  return score_;
}

// The key order of score.py's summary line.
constexpr const char* kKeys[] = {"entities",  "sources", "figures",      "sourced",  "subjects",
                                 "claimants", "quotes",  "attributions", "contested"};

}  // namespace

std::ostream& operator<<(std::ostream& out, const Tally& t) { return out << t.hit << "/" << t.total; }

Tally GoldScore::tally(const std::string& key) const {
  auto it = tallies.find(key);
  return it == tallies.end() ? Tally{} : it->second;
}

std::vector<std::string> GoldScore::belowBars(const Bars& bars) const {
  std::vector<std::string> out;
  for (const char* key : kKeys) {
    auto t = tallies.find(key);
    auto bar = bars.find(key);
    if (t == tallies.end() || bar == bars.end() || t->second.total == 0) continue;
    double ratio = static_cast<double>(t->second.hit) / t->second.total;
    if (!(ratio < bar->second)) continue;
    char line[128];
    std::snprintf(line, sizeof line, "%s %.2f < %.2f", key, ratio, bar->second);
    out.emplace_back(line);
  }
  return out;
}

std::string GoldScore::report(const Bars& bars) const {
  std::string out;
  for (const auto& m : missed) out += "missed " + m + "\n";
  std::string parts;
  for (const char* key : kKeys)
    if (auto t = tallies.find(key); t != tallies.end())
      parts += std::string(key) + " " + std::to_string(t->second.hit) + "/" + std::to_string(t->second.total) + ", ";
  parts += "other_contested " + std::to_string(otherContested) + ", claims " + std::to_string(claims);
  std::string failed;
  for (const auto& f : belowBars(bars)) failed += (failed.empty() ? "" : ", ") + f;
  if (!failed.empty()) out += "below the bar: " + failed + "\n";
  return out + "score: " + parts + "\n";
}

rapidjson::Document parseJson(std::string_view json, const std::string& name) {
  rapidjson::Document d;
  constexpr unsigned kFlags =
      rapidjson::kParseFullPrecisionFlag | rapidjson::kParseNanAndInfFlag | rapidjson::kParseValidateEncodingFlag;
  d.Parse<kFlags>(json.data(), json.size());
  if (d.HasParseError())
    throw Error(name, 0,
                std::string("not JSON at byte ") + std::to_string(d.GetErrorOffset()) + ": " +
                    rapidjson::GetParseError_En(d.GetParseError()));
  if (!d.IsObject()) throw Error(name, 0, "not a JSON object");
  return d;
}

GoldScore scoreGold(const rapidjson::Value& gold, const rapidjson::Value& graph) { return Scorer(gold, graph).run(); }

GoldScore scoreGold(std::string_view goldJson, std::string_view graphJson, const std::string& goldName,
                    const std::string& graphName) {
  rapidjson::Document gold = parseJson(goldJson, goldName);
  rapidjson::Document graph = parseJson(graphJson, graphName);
  return Scorer(gold, graph).run();
}

}  // namespace cg::test
