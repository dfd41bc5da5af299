#include "query/ClaimReview.h"

#include <algorithm>
#include <set>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace cg::query {
namespace {

using Out = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void text(Out& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out.Key(key);
  out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// A source as a schema.org CreativeWork where the claim appeared.
void appearance(Out& out, const graph::ClaimGraph& g, SourceId s) {
  const graph::Source& source = g.sources()[s];
  out.StartObject();
  text(out, "@type", "CreativeWork");
  text(out, "headline", g.str(source.title));
  text(out, "url", g.str(source.url));
  text(out, "datePublished", g.str(source.date));
  if (source.publisher) {
    out.Key("publisher");
    out.StartObject();
    text(out, "@type", "Organization");
    text(out, "name", g.str(source.publisher));
    out.EndObject();
  }
  out.EndObject();
}

}  // namespace

std::string claimReviewJson(const Engine& e, const CheckResult& r) {
  const auto& g = e.graph();
  rapidjson::StringBuffer buffer;
  Out out(buffer);
  out.SetIndent(' ', 2);
  out.StartObject();
  text(out, "@context", "https://schema.org");
  text(out, "@type", "ClaimReview");
  text(out, "claimReviewed", r.statement);
  out.Key("reviewRating");
  out.StartObject();
  text(out, "@type", "Rating");
  text(out, "alternateName", toString(r.verdict));
  text(out, "ratingExplanation", r.explanation);
  out.EndObject();
  out.Key("itemReviewed");
  out.StartObject();
  text(out, "@type", "Claim");
  out.Key("appearance");
  out.StartArray();
  std::set<SourceId> seen;  // a source behind several evidence claims appears once, in evidence order
  // The evidence the verdict counts; where it counts none (the value belongs to another date),
  // the evidence that says so.
  const bool anyCounted = std::any_of(r.evidence.begin(), r.evidence.end(), [](const auto& ev) { return !ev.context; });
  for (const auto& ev : r.evidence)
    if (anyCounted ? !ev.context : ev.agrees)
      for (SourceId s : g.claimSources(ev.claim))
        if (seen.insert(s).second) appearance(out, g, s);
  out.EndArray();
  out.EndObject();
  out.Key("author");
  out.StartObject();
  text(out, "@type", "Organization");
  text(out, "name", "claimgraph");
  out.EndObject();
  out.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace cg::query
