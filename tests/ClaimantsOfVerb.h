#pragma once
// The claimants a verb's claim got, as one string: what the claimant tests compare.

#include <cstddef>
#include <string>

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

}  // namespace cg::test
