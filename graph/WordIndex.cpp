#include "graph/WordIndex.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "graph/Fold.h"

namespace cg::graph {
namespace {

// Each distinct text's words, as word numbers (deduplicated), and the vocabulary they number.
struct Tokenised {
  std::unordered_map<std::string, std::uint32_t> numbers;                   // word -> its number
  std::vector<const std::string*> words;                                    // number -> word (the map's keys stay put)
  std::unordered_map<StrId, std::pair<std::uint32_t, std::uint32_t>> runs;  // text -> (first, count) in `all`
  std::vector<std::uint32_t> all;

  std::span<const std::uint32_t> of(const ClaimGraph& g, StrId text) {
    auto [run, added] = runs.try_emplace(text);
    if (added) {
      const auto first = static_cast<std::uint32_t>(all.size());
      for (auto& token : foldTokens(g.str(text))) {
        auto [it, isNew] = numbers.try_emplace(std::move(token), static_cast<std::uint32_t>(words.size()));
        if (isNew) words.push_back(&it->first);
        all.push_back(it->second);
      }
      std::sort(all.begin() + first, all.end());
      all.erase(std::unique(all.begin() + first, all.end()), all.end());
      run->second = {first, static_cast<std::uint32_t>(all.size() - first)};
    }
    return std::span<const std::uint32_t>(all).subspan(run->second.first, run->second.second);
  }
};

}  // namespace

// By counting: each word's claims, then their starts, then the claims in claim order, so each
// list comes out sorted without a sort.
WordIndex WordIndex::build(const ClaimGraph& g) {
  Tokenised t;
  std::vector<std::uint64_t> counts;
  for (const Claim& claim : g.claims())
    for (std::uint32_t w : t.of(g, claim.text)) {
      if (w >= counts.size()) counts.resize(w + 1, 0);
      ++counts[w];
    }
  counts.resize(t.words.size(), 0);
  const std::uint64_t total = std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
  if (total >= UINT32_MAX) throw std::length_error("the word index exceeds 2^32 postings");
  WordIndex index;
  index.starts_.resize(t.words.size() + 1);
  for (std::size_t w = 0; w < t.words.size(); ++w)
    index.starts_.mut(w + 1) = index.starts_[w] + static_cast<std::uint32_t>(counts[w]);
  index.postings_.resize(total);
  std::vector<std::uint32_t> next(index.starts_.span().begin(), index.starts_.span().end() - 1);
  for (ClaimId c : g.claims().ids())
    for (std::uint32_t w : t.of(g, g.claims()[c].text)) index.postings_.mut(next[w]++) = c;
  index.ownedWords_.push_back('\0');
  SlotsBuilder slots(t.words.size());
  for (std::uint32_t w = 0; w < t.words.size(); ++w) {
    const std::string& word = *t.words[w];
    const auto at = static_cast<std::uint32_t>(index.ownedWords_.size());
    index.ownedWords_.insert(index.ownedWords_.end(), word.begin(), word.end());
    index.ownedWords_.push_back('\0');
    slots.add(word, at, w, std::string_view(index.ownedWords_.data(), index.ownedWords_.size()));
  }
  std::vector<LookupSlot> built = slots.slots();
  Column<LookupSlot> column;
  column.append(built.begin(), built.end());
  index.vocabulary_ =
      LookupTable(std::move(column), std::string_view(index.ownedWords_.data(), index.ownedWords_.size()));
  return index;
}

WordIndex WordIndex::view(const Parts& parts) {
  WordIndex index;
  index.vocabulary_ = LookupTable(Column<LookupSlot>::view(parts.slots), parts.words);
  index.starts_ = Column<std::uint32_t>::view(parts.starts);
  index.postings_ = Column<ClaimId>::view(parts.postings);
  return index;
}

std::span<const ClaimId> WordIndex::find(std::string_view token) const {
  auto w = vocabulary_.find(token);
  if (!w) return {};
  return postings_.span().subspan(starts_[*w], starts_[*w + 1] - starts_[*w]);
}

WordIndex::Parts WordIndex::parts() const {
  return {vocabulary_.keys(), vocabulary_.slots(), starts_.span(), postings_.span()};
}

}  // namespace cg::graph
