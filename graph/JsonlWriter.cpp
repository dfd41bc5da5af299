#include "graph/JsonlWriter.h"

#include <rapidjson/document.h>
#include <rapidjson/writer.h>

#include "graph/JsonWriter.h"

namespace cg::graph {
namespace {

void writeLine(JsonOut& out, const ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  out.StartObject();
  out.Key("claim");
  writeClaimBrief(out, g, c);
  writeAsOf(out, g, claim);
  out.Key("subject");
  if (claim.subject == kInvalid)
    out.Null();
  else
    writeEntityBrief(out, g, claim.subject);
  out.Key("claimants");
  out.StartArray();
  for (EntityId e : g.claimClaimants(c)) writeEntityBrief(out, g, e);
  out.EndArray();
  out.Key("sources");
  out.StartArray();
  for (SourceId s : g.claimSources(c)) writeSourceBrief(out, g, s);
  out.EndArray();
  out.Key("document");
  out.StartObject();
  out.Key("id");
  out.String(g.documentId(claim.document).c_str());
  out.Key("title");
  writeStringOrNull(out, g.str(g.documents()[claim.document].title));
  out.EndObject();
  std::vector<ContestedId> sets = g.contestedSetsOf(c);
  out.Key("contested");
  out.Bool(!sets.empty());
  out.Key("contested_sets");
  out.StartArray();
  for (ContestedId x : sets) out.String(g.contestedId(x).c_str());
  out.EndArray();
  out.EndObject();
}

}  // namespace

std::string claimLine(const ClaimGraph& g, ClaimId claim) {
  // The brief writers take the pretty writer that every other JSON answer uses; the line is
  // written with it and then compacted, so a claim reads the same here as in those answers.
  rapidjson::StringBuffer pretty;
  JsonOut out(pretty);
  writeLine(out, g, claim);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(pretty.GetString(), pretty.GetSize());
  rapidjson::StringBuffer compact;
  rapidjson::Writer<rapidjson::StringBuffer> writer(compact);
  doc.Accept(writer);
  return std::string(compact.GetString(), compact.GetSize());
}

std::string toJsonl(const ClaimGraph& g) {
  std::string out;
  for (ClaimId c : g.claims().ids()) out.append(claimLine(g, c)).push_back('\n');
  return out;
}

}  // namespace cg::graph
