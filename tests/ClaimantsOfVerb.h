#pragma once
// The claimants a verb's claim got, and a quotation's speakers, as strings: what the claimant and
// quote tests compare.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/Records.h"

namespace cg::test {

// The claimants (names, joined by ",") of the first claim whose verb is `verb`; "none" when no
// claim has that verb.
inline std::string claimantsOfVerb(const graph::DocumentBundle& bundle, const std::string& verb) {
  for (const graph::ClaimRecord& c : bundle.claims) {
    if (c.verb != verb) continue;
    std::string joined;
    for (int e : c.claimants) joined += (joined.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
    return joined;
  }
  return "none";
}

// The names of `claimants` joined by ","; "-" for none.
inline std::string claimantNames(const graph::DocumentBundle& bundle, const std::vector<int>& claimants) {
  std::string joined;
  for (int e : claimants) joined += (joined.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
  return joined.empty() ? "-" : joined;
}

// "speaker: quote" for every quote claim, in order.
inline std::vector<std::string> quoteLines(const graph::DocumentBundle& bundle) {
  std::vector<std::string> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kQuote) out.push_back(claimantNames(bundle, c.claimants) + ": " + c.quote);
  return out;
}

}  // namespace cg::test
