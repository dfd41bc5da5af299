#pragma once
// The graph as JSON (schemas/graph.schema.json, the shape of CONTRACT.md), and the
// pieces of it that query answers reuse, so a claim or a source looks the same in
// every JSON that claimgraph writes.

#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/ClaimGraph.h"

namespace cg::graph {

using JsonOut = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// The whole graph; deterministic: the same graph gives the same bytes.
[[nodiscard]] std::string toJson(const ClaimGraph& g);

// {"id","text","kind","quantity","quote", "document","section","line","measure","as_of","as_of_from"}
void writeClaimBrief(JsonOut& out, const ClaimGraph& g, ClaimId claim);
// {"id","ref","publisher","title","date","url"}
void writeSourceBrief(JsonOut& out, const ClaimGraph& g, SourceId source);
// {"id","name","type"}
void writeEntityBrief(JsonOut& out, const ClaimGraph& g, EntityId entity);
// null or {"value","low","high","unit","approximate","text"}
void writeQuantity(JsonOut& out, const ClaimGraph& g, ClaimId claim);
// The same for a quantity as read, not in a graph (a check's reading), without "bound".
void writeQuantity(JsonOut& out, const std::optional<Quantity>& q);
// A string, or null when empty.
void writeStringOrNull(JsonOut& out, std::string_view s);
// "as_of" and "as_of_from" of a claim.
void writeAsOf(JsonOut& out, const ClaimGraph& g, const Claim& c);

}  // namespace cg::graph
