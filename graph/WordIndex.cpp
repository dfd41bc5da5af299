#include "graph/WordIndex.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "graph/Fold.h"
#include "graph/WordTable.h"

namespace cg::graph {
namespace {

// Each distinct text's words, as word numbers (deduplicated), and the vocabulary they number.
struct Tokenised {
  // word -> its number, the words in the order numbered (open addressing: one probe per token of
  // every claim's text, where a node-based map followed a chain to a cache miss)
  WordMap<std::uint32_t> numbers;
  std::unordered_map<StrId, std::pair<std::uint32_t, std::uint32_t>> runs;  // text -> (first, count) in `all`
  std::vector<std::uint32_t> all;
  // A text's folding and its tokens as views into it, kept across texts: no string is made a token.
  std::string folded;
  std::vector<std::string_view> tokens;

  std::span<const std::uint32_t> of(const ClaimGraph& g, StrId text) {
    auto [run, added] = runs.try_emplace(text);
    if (added) {
      const auto first = static_cast<std::uint32_t>(all.size());
      foldTokenViews(g.str(text), folded, tokens);
      for (std::string_view token : tokens) {
        all.push_back(numbers.emplace(token, static_cast<std::uint32_t>(numbers.size())).first->second);
      }
      std::sort(all.begin() + first, all.end());
      all.erase(std::unique(all.begin() + first, all.end()), all.end());
      run->second = {first, static_cast<std::uint32_t>(all.size() - first)};
    }
    return std::span<const std::uint32_t>(all).subspan(run->second.first, run->second.second);
  }
};

// The word lists by counting: each word's claims, then their starts, then the claims in claim
// order, so each list comes out sorted without a sort.
PostingLists buildWords(const ClaimGraph& g) {
  Tokenised t;
  std::vector<std::uint64_t> counts;
  for (const Claim& claim : g.claims())
    for (std::uint32_t w : t.of(g, claim.text)) {
      if (w >= counts.size()) counts.resize(w + 1, 0);
      ++counts[w];
    }
  const std::size_t vocabulary = t.numbers.size();
  counts.resize(vocabulary, 0);
  const std::uint64_t total = std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
  if (total >= UINT32_MAX) throw std::length_error("the word index exceeds 2^32 postings");
  std::vector<std::uint32_t> starts(vocabulary + 1, 0);
  for (std::size_t w = 0; w < vocabulary; ++w) starts[w + 1] = starts[w] + static_cast<std::uint32_t>(counts[w]);
  std::vector<ClaimId> postings(total);
  std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
  for (ClaimId c : g.claims().ids())
    for (std::uint32_t w : t.of(g, g.claims()[c].text)) postings[next[w]++] = c;
  std::vector<const std::string*> words;  // number -> word: the map's entries are in number order
  words.reserve(vocabulary);
  for (const auto& [word, number] : t.numbers) words.push_back(&word);
  return PostingLists::build(words, std::move(starts), std::move(postings));
}

// The claims on every one of `lists`, rising: the shortest list, narrowed by each other list in
// turn (a merge, or binary searches from a cursor when the other list is far longer).
std::vector<ClaimId> claimsOnAll(std::vector<std::span<const ClaimId>> lists) {
  std::sort(lists.begin(), lists.end(), [](auto a, auto b) { return a.size() < b.size(); });
  std::vector<ClaimId> common(lists.front().begin(), lists.front().end()), kept;
  for (std::size_t i = 1; i < lists.size() && !common.empty(); ++i) {
    kept.clear();
    if (lists[i].size() / 16 < common.size()) {
      std::set_intersection(common.begin(), common.end(), lists[i].begin(), lists[i].end(), std::back_inserter(kept));
    } else {
      auto at = lists[i].begin();
      for (ClaimId c : common) {
        at = std::lower_bound(at, lists[i].end(), c);
        if (at == lists[i].end()) break;
        if (*at == c) kept.push_back(c);
      }
    }
    common.swap(kept);
  }
  return common;
}

// nameKey of the words, whichever way they are held.
std::string keyOfWords(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (words.size() < 2) return {};
  std::string key(words.front());
  for (std::size_t i = 1; i < words.size(); ++i) key.append(" ").append(words[i]);
  return key;
}

// The name lists: for each entity's name and then aliases (two words or more, each in some
// claim), the claims holding all its words. A key is listed once, at its first name.
PostingLists buildNames(const ClaimGraph& g, const PostingLists& words) {
  std::vector<std::string> keys;
  WordSet seen;
  std::vector<std::uint32_t> starts{0};
  std::vector<ClaimId> postings;
  // A name's folding and its tokens as views into it, kept across names: no string is made a token.
  std::string folded;
  std::vector<std::string_view> tokens;
  auto add = [&](StrId name) {
    foldTokenViews(g.str(name), folded, tokens);
    std::string key = nameKey(tokens);
    if (key.empty() || seen.count(key)) return;
    std::vector<std::span<const ClaimId>> lists;
    for (std::string_view token : tokens) {
      auto list = words.find(token);
      if (!list) return;  // a word of no claim: the query finds that out at once
      lists.push_back(*list);
    }
    const std::vector<ClaimId> common = claimsOnAll(std::move(lists));
    if (postings.size() + common.size() >= UINT32_MAX) throw std::length_error("the name index exceeds 2^32 postings");
    postings.insert(postings.end(), common.begin(), common.end());
    starts.push_back(static_cast<std::uint32_t>(postings.size()));
    seen.insert(key);
    keys.push_back(std::move(key));
  };
  for (const Entity& e : g.entities()) add(e.name);
  for (const Entity& e : g.entities())
    for (StrId alias : e.aliases) add(alias);
  std::vector<const std::string*> numbered;
  for (const std::string& key : keys) numbered.push_back(&key);
  return PostingLists::build(numbered, std::move(starts), std::move(postings));
}

}  // namespace

std::string nameKey(std::span<const std::string> tokens) { return keyOfWords({tokens.begin(), tokens.end()}); }

std::string nameKey(std::span<const std::string_view> tokens) { return keyOfWords({tokens.begin(), tokens.end()}); }

PostingLists PostingLists::build(const std::vector<const std::string*>& keys, std::vector<std::uint32_t> starts,
                                 std::vector<ClaimId> postings) {
  PostingLists lists;
  lists.starts_.append(starts.begin(), starts.end());
  lists.postings_.append(postings.begin(), postings.end());
  lists.ownedKeys_.push_back('\0');
  SlotsBuilder slots(keys.size());
  for (std::uint32_t n = 0; n < keys.size(); ++n) {
    const std::string& key = *keys[n];
    const auto at = static_cast<std::uint32_t>(lists.ownedKeys_.size());
    lists.ownedKeys_.insert(lists.ownedKeys_.end(), key.begin(), key.end());
    lists.ownedKeys_.push_back('\0');
    slots.add(key, at, n, std::string_view(lists.ownedKeys_.data(), lists.ownedKeys_.size()));
  }
  Column<LookupSlot> column;
  column.append(slots.slots().begin(), slots.slots().end());
  lists.table_ = LookupTable(std::move(column), std::string_view(lists.ownedKeys_.data(), lists.ownedKeys_.size()));
  return lists;
}

PostingLists PostingLists::view(const Parts& parts) {
  PostingLists lists;
  lists.table_ = LookupTable(Column<LookupSlot>::view(parts.slots), parts.keys);
  lists.starts_ = Column<std::uint32_t>::view(parts.starts);
  lists.postings_ = Column<ClaimId>::view(parts.postings);
  return lists;
}

std::optional<std::span<const ClaimId>> PostingLists::find(std::string_view key) const {
  auto n = table_.find(key);
  if (!n) return std::nullopt;
  return postings_.span().subspan(starts_[*n], starts_[*n + 1] - starts_[*n]);
}

PostingLists::Parts PostingLists::parts() const {
  return {table_.keys(), table_.slots(), starts_.span(), postings_.span()};
}

WordIndex WordIndex::build(const ClaimGraph& g) {
  WordIndex index;
  index.words_ = buildWords(g);
  index.names_ = buildNames(g, index.words_);
  return index;
}

WordIndex WordIndex::view(const PostingLists::Parts& words, const PostingLists::Parts& names) {
  WordIndex index;
  index.words_ = PostingLists::view(words);
  index.names_ = PostingLists::view(names);
  return index;
}

std::span<const ClaimId> WordIndex::find(std::string_view token) const {
  return words_.find(token).value_or(std::span<const ClaimId>{});
}

std::optional<std::span<const ClaimId>> WordIndex::findAll(std::span<const std::string> tokens) const {
  const std::string key = nameKey(tokens);
  if (key.empty()) return std::nullopt;
  return names_.find(key);
}

}  // namespace cg::graph
