#pragma once
// A one-article bundle the graph tests build graphs from: NVIDIA (linked) and Reuters, one
// source, one figure claim "NVIDIA lost 589 billion dollars." claimed by Reuters.

#include <string>

#include "graph/Records.h"

namespace cg::test {

using namespace cg::graph;

inline cg::graph::DocumentBundle bundle(const std::string& slug, const std::string& url) {
  DocumentBundle b;
  b.document.slug = slug;
  b.document.title = slug;
  b.sections.push_back({"Overview", 2, kNone, 3});
  b.entities.push_back({"nvidia", "NVIDIA", EntityType::kOrganization, {}, 1, true});
  b.entities.push_back({"reuters", "Reuters", EntityType::kOrganization, {}, 1, false});
  b.sources.push_back({1, "Reuters", "A story", "2025-01-27", url, "", 10, 1, "", {}});
  ClaimRecord c;
  c.kind = ClaimKind::kFigure;
  c.section = 0;
  c.line = 5;
  c.text = "NVIDIA lost 589 billion dollars.";
  c.subject = 0;
  c.claimants = {1};
  c.sources = {0};
  c.quantity = Quantity{589e9, std::nullopt, std::nullopt, "USD", false, Bound::kExact, "589 billion dollars"};
  b.claims.push_back(c);
  return b;
}

}  // namespace cg::test
