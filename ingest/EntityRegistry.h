#pragma once
// One thing, one entity across articles. Each article finds its entities alone (Entities.h), keyed
// by a link's page slug or by its name slugified; the graph then merges records by key. Alone, an
// article cannot know that its unlinked "BLEU" is the page "BLEU (Bilingual Evaluation
// Understudy)", that its red link "GPT-5" spells the page "gpt-5" with another separator, or that
// "[Education](/wiki/education_chatgpt_plugins)" is not the page "Education". The registry knows
// the corpus's pages (read from their front matter before any article is extracted) and the keys
// given so far, and rewrites each bundle's entity records before the graph merges them:
//   - a key spelled like a page's slug or an earlier key, but for '-', '.', '_' or an encoded dash,
//     is that slug or that earlier key (ids normalised one way: the page's, else the first given);
//   - a mention whose name is one page's name (its title, or the title's long or short form:
//     "BLEU", "Bilingual Evaluation Understudy") is that page's entity, unless two pages share the
//     name; a link to a page that does not exist whose target qualifies the name ("Quantization
//     (signal processing)") only when the page's title, categories or lead use the qualifier's
//     words, and only such a link reaches a page whose own title qualifies its name ("Zapier
//     (ChatGPT Plugin)" is not the company an unlinked "Zapier" names);
//   - a link to a page whose words are another page's name is named by its own page's title, and a
//     link whose words are a page's name but whose target is another thing by its target;
//   - a product written with its maker in front ("OpenAI o1", "xAI Grok 4") is the product its bare
//     name names ("o1", "Grok 4"): keyed as the bare name, or its page, whichever article comes
//     first. The maker is a page filed as a company, or any capitalised words before a model
//     named in lower case ("o1", "o3-mini"); the bare name must be a name on its own (a word from
//     a letter, holding a digit, not a version "v2"), so "OpenAI Gym" and "Claude 3" keep theirs;
//   - a key that is the name and a legal form is the name's key, when the record shows the form is
//     no part of the name ("[Tesla](Tesla,_Inc.)"; "Apple Inc." that the article calls "Apple");
//   - a redirect page ("False negative": "Redirect to: False negative (FN)") is the page it sends its
//     reader to, when its title names that page (the target's name, a plural, an acronym or long form
//     of it, or its words among the other's): its slug keys the target, and its title, unless two
//     letters or fewer, names it and is an alias of its entity ("GPT4" of GPT-4). A redirect to
//     itself ("Bert" to "bert") is the one other page of its name ("BERT (Bidirectional Encoder
//     Representations from Transformers)");
//   - of two pages of one name, one titled with its long or short form ("GPT (Generative Pre-trained
//     Transformer)") and one with the name alone ("GPT"), the first is the second;
//   - of two pages whose slugs are spelled alike but for the joins of their words ("VideoMaker - by
//     invideo AI (GPT)", "Video Maker - by invideo AI (GPT)"), the second is the first when the two say
//     one thing: more than half of the words of their texts are shared. Twins that share fewer are two
//     things the wiki named alike ("Deep Research Bench" of FutureSearch, "DeepResearch Bench" of USTC);
//   - a key that spells the name and its own acronym ("gated_recurrent_unit_gru" of "gated recurrent
//     unit (GRU)", written so in running text) is the name's key, or its page's.
// Types are left as the articles gave them: a term page's topic typed "organization" by a cue
// ("Adam", "Datasets") is still wrong, but the statement reader leans on that type (docs/ACCURACY.md).
// Merging bundles in path order, the result is the same for any number of threads.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/Records.h"

namespace cg::ingest {

class EntityRegistry {
 public:
  // A page as its front matter describes it.
  struct Page {
    std::string slug, title;
    std::vector<std::string> categories;
    std::string lead;  // the first line of prose after the front matter (its words qualify the name)
    // The slug a redirect page sends its reader to ("Redirect to: - [False negative (FN)](/wiki/false_negative_fn)"),
    // or "".
    std::string redirect;
    // The words of the text after the front matter (hashes of their folds, sorted, each once), read
    // for a page with a twin (twinKey) only; empty for the others.
    std::vector<std::uint64_t> textWords;
  };

  EntityRegistry() = default;
  explicit EntityRegistry(const std::vector<Page>& pages);

  // The registry of the Markdown pages among `files` (other files add no page). A file that cannot
  // be read adds none: ingest reports it when it reads it.
  [[nodiscard]] static EntityRegistry ofFiles(const std::vector<std::filesystem::path>& files);
  // The pages ofFiles reads: the Markdown files' front matter, in the files' order.
  [[nodiscard]] static std::vector<Page> pagesOfFiles(const std::vector<std::filesystem::path>& files);
  // One Markdown text's page (its front matter), or a page with an empty slug when it has none.
  [[nodiscard]] static Page pageOf(std::string_view markdown, std::string_view fallbackSlug);

  // Rewrites the bundle's entity records as the header says, and remembers their keys.
  void resolve(graph::DocumentBundle& bundle);

  // How a key is compared: lower case, every run of separators ('-', '.', '_', brackets, an
  // encoded dash, a punctuation mark past ASCII: '·') one '_'. "GPT-5", "gpt_5", "gpt-5" and "GPT·5"
  // are spelled alike.
  [[nodiscard]] static std::string spelling(std::string_view key);
  // A slug's spelling without the joins of its words: "videomaker_by_invideo_ai_gpt" of both
  // "videomaker_-_by_invideo_ai_gpt" and "video_maker_-_by_invideo_ai_gpt". Pages of one twin key are twins.
  [[nodiscard]] static std::string twinKey(std::string_view slug);
  // The words of a Markdown page's text after its front matter, as Page::textWords holds them.
  [[nodiscard]] static std::vector<std::uint64_t> textWordsOf(std::string_view markdown);

 private:
  struct Known {
    std::string slug, name;
    std::string words;                     // spelled title, categories and lead, '_' around each word
    std::string redirect;                  // the slug it redirects to, or ""
    std::string qualifier;                 // the spelled bracket closing its title, or ""
    std::vector<std::uint64_t> textWords;  // Page::textWords
  };
  [[nodiscard]] int redirectTarget(int page) const;
  [[nodiscard]] bool namesPage(int redirect, int target) const;
  [[nodiscard]] std::vector<int> joinedPages() const;
  void joinTwins(std::vector<int>& joined) const;
  void joinPages();
  [[nodiscard]] static std::optional<std::string> withoutOwnAcronym(const std::string& spelledKey,
                                                                    const std::string& spelledName);
  [[nodiscard]] int pageNamed(const std::string& spelledName, std::string_view qualifier) const;
  [[nodiscard]] int pageKeyed(const std::string& spelledKey) const;
  [[nodiscard]] bool ownQualifiedName(const std::string& name, int page) const;
  [[nodiscard]] std::optional<std::string> bareProductKey(const graph::EntityRecord& record,
                                                          const std::string& spelledKey) const;
  [[nodiscard]] static std::optional<std::string> withoutLegalForm(const graph::EntityRecord& record,
                                                                   const std::string& spelledKey,
                                                                   const std::string& spelledName);
  [[nodiscard]] int pageOfName(const std::string& spelledKey, const std::string& spelledName,
                               const graph::EntityRecord& record) const;
  void addJoinedTitles(graph::EntityRecord& record, int page) const;
  void resolveRecord(graph::EntityRecord& record);

  std::vector<Known> pages_;
  std::unordered_map<std::string, int> pageBySpelling_;                     // spelled slug -> page
  std::unordered_map<std::string, std::vector<int>> pagesByName_;           // spelled name -> pages titled so
  std::unordered_map<std::string, std::vector<int>> pagesByQualifiedName_;  // "zapier" -> "Zapier (ChatGPT Plugin)"
  std::unordered_map<std::string, std::string> keyBySpelling_;              // spelled key -> the first key given
  std::unordered_map<std::string, std::string> redirectTitles_;  // spelled slug of a joined page -> its spelled title
  std::unordered_map<int, std::vector<std::string>> joinedTitles_;  // page -> the titles of the pages joined to it
  std::unordered_set<std::string> makers_;  // spelled titles of the pages filed as companies ("openai")
};

}  // namespace cg::ingest
