#pragma once
// Scores a graph against a hand-made gold file the way ../shared/tools/score.py does
// (figures, sourced, claimants, quotes, attributions, entities, contested), so the
// extraction bars are asserted in the test suite and what was missed is listed.

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "graph/ClaimGraph.h"
#include "graph/Fold.h"

namespace cg::test {

struct Tally {
  int hit = 0, total = 0;
  [[nodiscard]] double ratio() const { return total ? static_cast<double>(hit) / total : 1.0; }
};

struct GoldScore {
  std::map<std::string, Tally> tallies;
  std::vector<std::string> missed;
  int otherContested = 0;
  void count(const std::string& key, bool ok, const std::string& what) {
    auto& t = tallies[key];
    t.total++;
    if (ok)
      t.hit++;
    else
      missed.push_back(key + ": " + what);
  }
  [[nodiscard]] std::string summary() const {
    std::string s;
    for (const auto& [k, t] : tallies) s += k + " " + std::to_string(t.hit) + "/" + std::to_string(t.total) + ", ";
    s += "other_contested " + std::to_string(otherContested);
    for (const auto& m : missed) s += "\n  missed " + m;
    return s;
  }
};

inline GoldScore scoreAgainstGold(const graph::ClaimGraph& g, const rapidjson::Document& gold) {
  using graph::ClaimId;
  using graph::EntityId;
  GoldScore score;
  auto fold = [](std::string_view s) { return graph::foldKey(s); };
  auto namesOf = [&](EntityId e) {
    std::set<std::string> names{fold(g.str(g.entities()[e].name))};
    for (auto a : g.entities()[e].aliases) names.insert(fold(g.str(a)));
    return names;
  };
  std::map<std::string, std::set<std::string>> goldAliases;
  for (const auto& e : gold["entities"].GetArray()) {
    std::set<std::string> names{fold(e["name"].GetString())};
    if (e.HasMember("aliases"))
      for (const auto& a : e["aliases"].GetArray()) names.insert(fold(a.GetString()));
    goldAliases[fold(e["name"].GetString())] = names;
  }
  std::set<std::string> graphNames;
  for (EntityId e : g.entities().ids())
    for (const auto& n : namesOf(e)) graphNames.insert(n);
  for (const auto& e : gold["entities"].GetArray()) {
    bool ok = false;
    for (const auto& n : goldAliases[fold(e["name"].GetString())]) ok = ok || graphNames.count(n);
    score.count("entities", ok, e["name"].GetString());
  }
  auto claimantOk = [&](ClaimId c, const rapidjson::Value& who) {
    if (who.IsNull()) return true;
    std::set<std::string> wanted = goldAliases.count(fold(who.GetString()))
                                       ? goldAliases[fold(who.GetString())]
                                       : std::set<std::string>{fold(who.GetString())};
    for (EntityId e : g.claimClaimants(c))
      for (const auto& n : namesOf(e))
        if (wanted.count(n)) return true;
    return false;
  };
  auto refsOf = [&](ClaimId c) {
    std::set<int> refs;
    for (graph::SourceId s : g.claimSources(c)) refs.insert(g.sources()[s].ref);
    return refs;
  };
  auto unitKey = [](std::string u) {
    std::string f = graph::foldKey(u);
    if (f == "usd") return std::string("USD");
    if (f == "eur") return std::string("EUR");
    if (f == "gbp") return std::string("GBP");
    if (f == "jpy") return std::string("JPY");
    if (f == "cny") return std::string("CNY");
    if (f == "count" || f == "parameters") return std::string("count");
    return u;
  };
  auto close = [](double a, double b) {
    return b == 0 ? std::fabs(a) < 1e-9 : std::fabs(a - b) <= 0.01 * std::fabs(b);
  };
  std::map<std::string, std::set<ClaimId>> figureClaims;
  for (const auto& f : gold["figures"].GetArray()) {
    double v = f["value"].GetDouble();
    std::string unit = unitKey(f["unit"].GetString());
    std::set<int> wantRefs;
    for (const auto& r : f["refs"].GetArray()) wantRefs.insert(r.GetInt());
    int best = -1;  // 0: found, 1: sourced, 2: sourced + claimant (claimant alone ranks below sourced)
    bool sourced = false, claimant = false;
    for (ClaimId c : g.claims().ids()) {
      const auto& claim = g.claims()[c];
      if (!claim.hasQuantity || unitKey(std::string(g.str(claim.unit))) != unit) continue;
      bool match = (claim.hasValue && close(claim.value, v)) ||
                   (claim.hasRange && (close(g.extra(c).low, v) || close(g.extra(c).high, v)));
      if (!match) continue;
      figureClaims[f["id"].GetString()].insert(c);
      auto refs = refsOf(c);
      bool s = !refs.empty() && std::includes(wantRefs.begin(), wantRefs.end(), refs.begin(), refs.end());
      bool k = claimantOk(c, f["claimant"]);
      int rank = (s ? 2 : 0) + (k ? 1 : 0);
      if (rank > best) best = rank, sourced = s, claimant = k;
    }
    std::string label = std::string(f["id"].GetString());
    score.count("figures", best >= 0, label);
    score.count("sourced", best >= 0 && sourced, label);
    if (!f["claimant"].IsNull())
      score.count("claimants", best >= 0 && claimant, label + " by " + f["claimant"].GetString());
  }
  for (const auto& q : gold["quotes"].GetArray()) {
    std::string want = fold(q["contains"].GetString());
    std::set<int> wantRefs;
    for (const auto& r : q["refs"].GetArray()) wantRefs.insert(r.GetInt());
    bool ok = false;
    for (ClaimId c : g.claims().ids()) {
      if (ok) break;
      if (fold(g.str(g.claims()[c].quote)).find(want) == std::string::npos || !claimantOk(c, q["speaker"])) continue;
      for (int r : refsOf(c)) ok = ok || wantRefs.count(r);
    }
    score.count("quotes", ok, std::string(q["speaker"].GetString()) + ": " + q["contains"].GetString());
  }
  for (const auto& a : gold["attributions"].GetArray()) {
    std::string want = fold(a["contains"].GetString());
    bool ok = false;
    for (ClaimId c : g.claims().ids())
      ok = ok || (fold(g.str(g.claims()[c].text)).find(want) != std::string::npos && claimantOk(c, a["claimant"]));
    score.count("attributions", ok, std::string(a["claimant"].GetString()) + ": " + a["contains"].GetString());
  }
  std::set<graph::ContestedId> matched;
  for (const auto& set : gold["contested"].GetArray()) {
    bool ok = false;
    for (graph::ContestedId x : g.contested().ids()) {
      if (ok) break;
      std::set<ClaimId> members;
      for (const auto& v : g.values(g.contested()[x])) members.insert(v.claim);
      bool all = true;
      for (const auto& f : set["figures"].GetArray()) {
        bool any = false;
        for (ClaimId c : figureClaims[f.GetString()]) any = any || members.count(c);
        all = all && any;
      }
      if (all) ok = true, matched.insert(x);
    }
    score.count("contested", ok, set["id"].GetString());
  }
  score.otherContested = static_cast<int>(g.contested().size() - matched.size());
  return score;
}

}  // namespace cg::test
