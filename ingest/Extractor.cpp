#include "ingest/Extractor.h"

#include <map>

#include "graph/Fold.h"

namespace cg::ingest {

graph::DocumentBundle extract(const Article& article) {
  graph::DocumentBundle bundle;
  bundle.document = {article.slug, article.title, article.path, article.sourceUrl, article.updated, article.format,
                     article.categories};
  for (const auto& s : article.sections) bundle.sections.push_back({s.title, s.level, s.parent, s.line});

  std::map<std::string, int> byKey;
  auto entity = [&](const std::string& key, const std::string& name, graph::EntityType type, bool linked) {
    auto [it, fresh] = byKey.emplace(key, static_cast<int>(bundle.entities.size()));
    if (fresh) bundle.entities.push_back({key, name, type, {}, 0, linked});
    bundle.entities[static_cast<std::size_t>(it->second)].mentions++;
    return it->second;
  };
  for (const auto& b : article.blocks)
    for (const auto& l : b.links)
      if (l.kind != LinkKind::kExternal && !l.key.empty() && !l.text.empty())
        entity(l.key, l.text, graph::EntityType::kOther, true);
  for (const auto& r : article.references) {
    graph::SourceRecord s{r.number, r.publisher, r.title, r.date, r.url, r.accessed, r.line, graph::kNone};
    if (!r.publisher.empty()) s.publisherEntity = entity(graph::slugify(r.publisher), r.publisher, graph::EntityType::kOrganization, false);
    bundle.sources.push_back(std::move(s));
  }
  return bundle;
}

}  // namespace cg::ingest
