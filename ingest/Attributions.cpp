#include "ingest/Attributions.h"

#include <algorithm>
#include <cctype>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/Quantity.h"
#include "ingest/Speakers.h"
#include "ingest/Subjects.h"
#include "ingest/Words.h"

namespace cg::ingest {

using graph::ClaimKind;
using graph::ClaimRecord;
using graph::EntityType;
using graph::kNone;

namespace {

// Whether a bare verb form ("say", "argue") agrees with the word before it: a subject pronoun it
// agrees with ("they", "we", "I", "you"), or a word a bare infinitive follows (a modal, "do",
// "does", "did", "to").
bool agreesWithBareVerb(std::string_view lower) {
  return isModal(lower) || isFormOfDo(lower) || lower == "to" || lower == "they" || lower == "we" || lower == "i" ||
         lower == "you";
}

// text.rfind(mark, pos), not looking before `from`: npos where the last mark lies before it. The
// searches back from a name give up past its sentence's start or a few words back; read from there
// only, a paragraph with no such mark is not read again for each of its sentences (N^2).
std::size_t rfindFrom(std::string_view text, std::string_view mark, std::size_t pos, std::size_t from) {
  const std::size_t end = pos < text.size() ? pos + mark.size() : text.size();
  if (from >= end || from > text.size()) return std::string_view::npos;
  const std::string_view window = text.substr(from, end - from);
  // By the mark's first byte (a byte search, not a compare at every place), then the rest.
  for (std::size_t at = window.rfind(mark.front()); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : window.rfind(mark.front(), at - 1))
    if (window.substr(at).starts_with(mark)) return from + at;
  return std::string_view::npos;
}

// The lowest place a search back from `at` that gives up past `window` bytes or before `floor` reads.
std::size_t windowFrom(std::size_t at, std::size_t window, std::size_t floor) {
  return std::max(floor, at > window ? at - window : 0);
}

}  // namespace

Attributions::Attributions(const Article& a) : a_(a), lex_(lexicon()), tokens_(a), ents_(findEntities(a, tokens_)) {}

std::vector<const Mention*> Attributions::mentionsIn(std::size_t b, std::size_t begin, std::size_t end) const {
  std::vector<const Mention*> out;
  const auto& all = ents_.mentions[b];
  auto it =
      std::lower_bound(all.begin(), all.end(), begin, [](const Mention& m, std::size_t pos) { return m.begin < pos; });
  for (; it != all.end() && it->begin < end; ++it)
    if (it->end <= end) out.push_back(&*it);
  return out;
}

const std::string& Attributions::nameOf(int e) const { return ents_.entities[static_cast<std::size_t>(e)].name; }

EntityType Attributions::typeOf(int e) const {
  return e == kNone ? EntityType::kOther : ents_.entities[static_cast<std::size_t>(e)].type;
}

bool Attributions::isAgent(int e) const {
  EntityType t = typeOf(e);
  return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kPublication ||
         t == EntityType::kOther;
}

int Attributions::makerOf(int product) const {
  auto organization = [&](std::string_view name) -> std::optional<int> {
    int e = ents_.find(name);
    return e != kNone && typeOf(e) == EntityType::kOrganization ? std::optional<int>(e) : std::nullopt;
  };
  return makerNamedIn(ents_.entities[static_cast<std::size_t>(product)].name, organization).value_or(kNone);
}

std::vector<std::string> Attributions::wordsBefore(std::string_view text, std::size_t begin, std::size_t pos,
                                                   std::size_t n) {
  std::vector<Token> tokens = tokenize(text.substr(begin, pos - begin));
  std::vector<std::string> out;
  for (std::size_t k = tokens.size() > n ? tokens.size() - n : 0; k < tokens.size(); ++k)
    out.push_back(lowerAscii(text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin)));
  return out;
}

std::size_t Attributions::pronounEnd(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const {
  std::size_t end = pos;
  for (int guard = 0; guard < 3; ++guard) {
    std::vector<Token> tokens = tokenize(text.substr(sentenceBegin, end - sentenceBegin));
    if (tokens.size() < 2) break;
    const std::string word =
        lowerAscii(text.substr(sentenceBegin + tokens.back().begin, tokens.back().end - tokens.back().begin));
    if (word != "also" && word != "later" && word != "then" && !adverbBeforeVerb(word)) break;
    end = sentenceBegin + tokens.back().begin;
  }
  return end;
}

int Attributions::resolveReference(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const {
  auto words = wordsBefore(text, sentenceBegin, pos, 3);
  auto ends = [&](std::initializer_list<std::string_view> tail) {
    if (words.size() < tail.size()) return false;
    std::size_t k = words.size() - tail.size();
    for (auto w : tail)
      if (words[k++] != w) return false;
    return true;
  };
  // "the company", "its developer": data/company_nouns.txt.
  if (words.size() >= 2 && (words[words.size() - 2] == "the" || words[words.size() - 2] == "its") &&
      lex_.companyNouns.count(words.back()))
    return lastCompany();
  // "the research company", "the Chinese firm": one word describing it between (not "the
  // parent company" or "the new company", which name another).
  if (words.size() >= 3 && words[words.size() - 3] == "the" && lex_.companyNouns.count(words.back()) &&
      !lex_.companyNouns.count(words[words.size() - 2]) && !otherCompanyWord(words[words.size() - 2]))
    return lastCompany();
  // "the union", "the agency", "the bank": the organisation whose name ends in that word.
  if (words.size() >= 2 && (words[words.size() - 2] == "the" || words[words.size() - 2] == "its")) {
    int found = organizationNamed(words.back());
    if (found != kNone) return found;
  }
  if (ends({"it"}) || ends({"itself"})) return itReferent();
  if (ends({"he"}) || ends({"she"})) return discourse_.person;
  return kNone;
}

bool Attributions::otherCompanyWord(std::string_view w) {
  for (std::string_view other : {"parent", "new", "other", "holding", "acquiring", "acquired", "rival", "former",
                                 "same", "sister", "subsidiary", "merged", "target", "combined", "owning"})
    if (w == other) return true;
  return false;
}

bool Attributions::companyModifiesNoun(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                       std::size_t k) const {
  if (k + 1 >= tokens.size()) return false;
  const std::string_view modifier = text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin);
  const std::string_view noun = text.substr(begin + tokens[k + 1].begin, tokens[k + 1].end - tokens[k + 1].begin);
  if (modifier.empty() || noun.empty() || tokens[k + 1].begin != tokens[k].end + 1 ||
      text[begin + tokens[k].end] != ' ' || std::isupper(static_cast<unsigned char>(modifier.front())) != 0)
    return false;
  if (!std::all_of(noun.begin(), noun.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }))
    return false;
  const std::string lower(noun);
  return !lex_.companyNouns.count(lower) && !lex_.prepositions.count(lower) && !lex_.functionWords.count(lower);
}

void Attributions::indexLastWords() const {
  if (lastWords_.size() == ents_.entities.size()) return;
  lastWords_.clear();
  organizationByLastWord_.clear();
  for (std::size_t e = 0; e < ents_.entities.size(); ++e) {
    std::vector<std::string> w = graph::foldTokens(ents_.entities[e].name);
    lastWords_.push_back(w.empty() ? std::string() : w.back());
    if (typeOf(static_cast<int>(e)) != EntityType::kOrganization) continue;
    auto [it, added] = organizationByLastWord_.emplace(lastWords_.back(), static_cast<int>(e));
    if (!added) it->second = kNone;  // two organisations end in that word: ambiguous
  }
}

const std::string& Attributions::lastWordOf(int e) const {
  indexLastWords();
  return lastWords_[static_cast<std::size_t>(e)];
}

int Attributions::organizationNamed(std::string_view noun) const {
  if (noun.size() < 3) return kNone;
  int running = discourse_.organization;
  if (running != kNone && lastWordOf(running) == noun && typeOf(running) == EntityType::kOrganization) return running;
  indexLastWords();
  auto it = organizationByLastWord_.find(std::string(noun));
  return it == organizationByLastWord_.end() ? kNone : it->second;
}

bool Attributions::topicIsOrganization() const {
  return ents_.topic != kNone && typeOf(ents_.topic) == EntityType::kOrganization;
}

int Attributions::lastCompany() const {
  // The last few only: a section that names thousands of public bodies must not make each
  // "the company" a walk over all of them.
  const auto& orgs = discourse_.organizations;
  auto company = [&](std::size_t from) {
    std::size_t looked = 0;
    for (std::size_t k = orgs.size(); k > from && looked++ < 32; --k) {
      const std::string& last = lastWordOf(orgs[k - 1]);
      // "According to VentureBeat, '... The company claims ...'": the outlet reports on the
      // company; it is not it.
      if (discourse_.outlets.count(orgs[k - 1])) continue;
      if (last.empty() || !lex_.publicBodies.count(last)) return orgs[k - 1];
    }
    return kNone;
  };
  int inParagraph = company(discourse_.paragraphOrganizations);
  if (inParagraph != kNone) return inParagraph;
  if (topicIsOrganization()) return ents_.topic;
  int earlier = company(0);
  return earlier != kNone ? earlier : discourse_.organization;
}

int Attributions::itReferent() const {
  if (discourse_.organizations.size() > discourse_.paragraphOrganizations) return discourse_.organization;
  return defaultSubject() != kNone ? defaultSubject() : discourse_.organization;
}

bool Attributions::qualifiesNext(std::string_view text, const Mention* m) const {
  return lex_.startsWithRole(graph::foldKey(graph::utf8Prefix(text.substr(m->end), 40)));
}

bool Attributions::qualifiesPeople(std::string_view text, const Mention* m) const {
  std::vector<Token> next = tokenize(graph::utf8Prefix(text.substr(m->end), 40), 1);
  if (next.empty() || next.front().begin > 1) return false;
  std::string word = lowerAscii(text.substr(m->end + next.front().begin, next.front().end - next.front().begin));
  return word.size() > 3 && word.back() == 's' && lex_.isRole(word.substr(0, word.size() - 1));
}

bool Attributions::followedByMention(std::string_view text, const Mention* m,
                                     const std::vector<const Mention*>& mentions) {
  if (!m->possessor) return false;
  std::size_t next = m->end;
  while (next < text.size() && text[next] != ' ') ++next;
  ++next;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), next,
                             [](const Mention* other, std::size_t pos) { return other->begin < pos; });
  return it != mentions.end() && (*it)->begin == next;
}

const Mention* Attributions::nearestSpeaker(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                            const std::vector<const Mention*>& mentions) const {
  std::size_t cursor = pos;
  for (int guard = 0; guard < 8; ++guard) {
    while (cursor > sentenceBegin && text[cursor - 1] == ' ') --cursor;
    const Mention* here = nullptr;
    for (const Mention* m : mentions)
      if (m->end == cursor || (m->end + 2 == cursor && text.substr(m->end, 2) == "'s")) here = m;
    // "LangChain, Inc. recommends": a legal form after a comma ends the name before it.
    if (here && isLegalForm(nameOf(here->entity)))
      for (const Mention* m : mentions)
        if (m->end + 2 == here->begin && text[m->end] == ',') here = m;
    if (here) return workTitle(text, sentenceBegin, here) ? authorBefore(text, sentenceBegin, *here, mentions) : here;
    if (cursor > sentenceBegin && text[cursor - 1] == ')')
      return nameBeforeAside(text, sentenceBegin, cursor, mentions);
    if (cursor > sentenceBegin && text[cursor - 1] == ',') {
      // An aside between commas (", speaking the same week,") stands between a name and its verb.
      std::size_t open = rfindFrom(text, ",", cursor - 2, windowFrom(cursor, 90, sentenceBegin));
      if (open == std::string_view::npos || open < sentenceBegin || cursor - open > 90) return nullptr;
      if (const Mention* named = appositiveName(text, sentenceBegin, open, cursor - 1, mentions)) return named;
      cursor = open;
      continue;
    }
    // "Vaswani et al. showed": the first author before "et al." stands for the authors.
    if (const std::size_t etAl = etAlSuffix(text.substr(sentenceBegin, cursor - sentenceBegin)); etAl > 0) {
      cursor -= etAl;
      continue;
    }
    std::size_t start = cursor;
    while (start > sentenceBegin && text[start - 1] != ' ' && text[start - 1] != ',') --start;
    std::string word = lowerAscii(text.substr(start, cursor - start));
    if (word.empty()) return nullptr;
    // "his sister Myra, who often says": a relative clause's verb is the name's before its comma.
    if (word == "who" && start >= sentenceBegin + 2 && text.substr(start - 2, 2) == ", ")
      for (const Mention* m : mentions)
        if (m->end == start - 2 && !m->possessor && typeOf(m->entity) != EntityType::kProduct) return m;
    // "Rowan Cheung of The Rundown AI newsletter described": a noun of a work or publication right
    // after a name that says where a person works says what kind of thing that name is; the
    // name speaks (affiliatedPerson then gives the person).
    const auto affiliation =
        !isWorkNoun(word) ? mentions.end() : std::find_if(mentions.begin(), mentions.end(), [&](const Mention* m) {
          // "The Rundown AI newsletter": capitalised words the name's mention left out may come between.
          if (m->end >= start || start - m->end > 12 || text[m->end] != ' ') return false;
          const std::string_view between = trim(text.substr(m->end, start - m->end));
          for (std::size_t i = 0; i < between.size(); ++i)
            if ((i == 0 || between[i - 1] == ' ') && std::isupper(static_cast<unsigned char>(between[i])) == 0)
              return false;
          const std::string lead =
              lowerAscii(text.substr(m->begin >= 9 ? m->begin - 9 : 0, m->begin >= 9 ? 9 : m->begin));
          return lead.ends_with(" of ") || lead.ends_with(" of the ") || lead.ends_with(" at ") ||
                 lead.ends_with(" from ");
        });
    if (affiliation != mentions.end() &&
        affiliatedPerson(text, *affiliation, mentions)) {  // not "types of DDoS attacks"
      cursor = (*affiliation)->end;
      continue;
    }
    // "Kropotkin thus wrote", "Amalric famously replied": an adverb stands between name and verb.
    if (!lex_.skippableBeforeVerb.count(word) && !adverbBeforeVerb(word))
      return appositiveHead(text, sentenceBegin, pos, mentions);
    cursor = start;
  }
  return nullptr;
}

const Mention* Attributions::nameBeforeAside(std::string_view text, std::size_t sentenceBegin, std::size_t close,
                                             const std::vector<const Mention*>& mentions) const {
  const std::size_t open = rfindFrom(text, "(", close - 1, windowFrom(close, 40, sentenceBegin));
  if (open == std::string_view::npos || open < sentenceBegin || close - open > 40) return nullptr;
  std::size_t name = open;
  while (name > sentenceBegin && text[name - 1] == ' ') --name;
  // "Vaswani et al. (2017) describes": the first author before "et al." stands for the authors.
  name -= etAlSuffix(text.substr(sentenceBegin, name - sentenceBegin));
  auto m = std::find_if(mentions.begin(), mentions.end(), [name](const Mention* m) { return m->end == name; });
  const std::string_view aside = text.substr(open + 1, close - open - 2);
  const bool year = writtenAsYear(aside);
  const bool acronym = aside.size() >= 2 && std::all_of(aside.begin(), aside.end(), graph::isUpperAscii);
  if (m == mentions.end()) {
    // "the Italian national institute of statistics (ISTAT) estimated": the words before an
    // acronym spell out what it names, so an organisation's acronym alone in the brackets speaks.
    if (!acronym) return nullptr;
    auto inside = std::find_if(mentions.begin(), mentions.end(), [&](const Mention* x) {
      return x->begin == open + 1 && x->end == close - 1 && typeOf(x->entity) == EntityType::kOrganization;
    });
    return inside == mentions.end() ? nullptr : *inside;
  }
  const EntityType type = typeOf((*m)->entity);
  // "Pierre-Carl Langlais (co-founder of AI startup Pleias) criticized": an aside that gives a
  // role makes a name the entity finder could not type a person.
  const bool role = type == EntityType::kOther && lex_.startsWithRole(graph::foldKey(aside));
  const bool speaks = type == EntityType::kPerson || role || (year && type != EntityType::kProduct) ||
                      (acronym && type == EntityType::kOrganization);
  return speaks ? *m : nullptr;
}

std::vector<int> Attributions::speakerList(std::string_view text, const Mention* nearest,
                                           const std::vector<const Mention*>& mentions) {
  std::vector<int> speakers{nearest->entity};
  std::size_t at = nearest->begin;
  std::string joinAfterAside;  // the joiner after an aside that closes right before `at`
  for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
    const Mention* m = *it;
    if (m->end > at || m == nearest) continue;
    if (m->possessor) {
      at = m->begin;  // "Google's Sundar Pichai": the possessor qualifies, it does not speak
      continue;
    }
    std::string g = lowerAscii(trim(text.substr(m->end, at - m->end)));
    // "Dana Ricks (Lumen Daily) and Oskar Vale (AI researcher) reported": a name inside a
    // member's aside says where the member works; the list goes on before the aside.
    if (g.starts_with(')') && joinAfterAside.empty()) {
      const std::size_t open = text.rfind('(', m->begin);
      joinAfterAside = trim(std::string_view(g).substr(1));
      if (open == std::string_view::npos || open < nearest->begin - std::min<std::size_t>(nearest->begin, 200) ||
          (joinAfterAside != "and" && joinAfterAside != ", and" && joinAfterAside != ","))
        break;
      at = open;
      continue;
    }
    if (const std::size_t close = g.find(')'); g.starts_with('(') && close != std::string::npos)
      g = trim(std::string_view(g).substr(close + 1));  // "Kyle Wiggers (journalist) and": an aside with no name
    if (g.empty() && !joinAfterAside.empty()) g = joinAfterAside;
    joinAfterAside.clear();
    if (g == "&") g = "and";  // "Li & Huang (2020) identified": a pair of authors
    if (g != "," && g != "and" && g != ", and" && g != "'s") break;
    // A list's last member follows "and": in "Although ... HTTP cookies, Anthony Miyazaki ...
    // warns" the comma closes a clause, it joins no list.
    if (g == "," && speakers.size() == 1) break;
    // "In collaboration with UCLA, Moonshot AI researchers": a comma ends a phrase led by a
    // preposition; "researchers at UC Berkeley and Microsoft" joins both.
    if (m->prepositional && g == ",") break;
    speakers.insert(speakers.begin(), m->entity);
    at = m->begin;
  }
  return speakers;
}

const Mention* Attributions::affiliatedPerson(std::string_view text, const Mention* nearest,
                                              const std::vector<const Mention*>& mentions) const {
  // The words between name the affiliation: "of", "at", "from", "of the" ("of The Rundown"; a
  // name after "the" is not marked prepositional).
  if (typeOf(nearest->entity) == EntityType::kPerson) return nullptr;
  const Mention* before = nullptr;
  for (const Mention* m : mentions)
    if (m->end <= nearest->begin) before = m;
  // A name the entity finder could not type ("Anatole Broyard") is as likely a person.
  const EntityType type = before ? typeOf(before->entity) : EntityType::kOrganization;
  if ((type != EntityType::kPerson && type != EntityType::kOther) || before->possessor) return nullptr;
  std::string between = lowerAscii(text.substr(before->end, nearest->begin - before->end));
  return between == " of " || between == " at " || between == " from " || between == " of the " ? before : nullptr;
}

const Mention* Attributions::bodyOfWebsite(std::string_view text, const Mention* nearest, std::size_t pos,
                                           const std::vector<const Mention*>& mentions) {
  std::string_view between = text.substr(nearest->end, pos - nearest->end);
  if (between.find("website") == std::string_view::npos && between.find(" site") == std::string_view::npos)
    return nullptr;
  for (const Mention* m : mentions)
    if (m->end + 1 == nearest->begin && text[m->end] == ' ' && !m->possessor) return m;
  return nullptr;
}

void Attributions::reportSpeaksForMaker(std::string_view between, std::vector<int>& speakers) const {
  for (int& s : speakers)
    if (typeOf(s) == EntityType::kProduct) {
      std::string lower = lowerAscii(between);
      if (lower.find("report") != std::string::npos || lower.find("paper") != std::string::npos) {
        int maker = makerOf(s);
        if (maker != kNone) s = maker;
      }
    }
}

int Attributions::leadingReferent(std::string_view text, std::size_t sentenceBegin, std::size_t pos) const {
  std::vector<Token> lead = tokenize(text.substr(sentenceBegin, std::min<std::size_t>(pos - sentenceBegin, 30)), 2);
  for (std::size_t n = 1; n <= 2 && n <= lead.size(); ++n)
    if (int e = resolveReference(text, sentenceBegin, sentenceBegin + lead[n - 1].end); e != kNone) return e;
  return kNone;
}

std::vector<int> Attributions::speakersBefore(std::size_t b, std::size_t sentenceBegin, std::size_t pos,
                                              const std::vector<const Mention*>& mentions) const {
  std::string_view text = a_.blocks[b].text;
  if (const Mention* nearest = nearestSpeaker(text, sentenceBegin, pos, mentions)) {
    // "Research conducted by the Migration Policy Institute for the Commission suggests": the verb's
    // subject is a study made by someone; a name after its maker is inside its phrase. ("Mary
    // Okonjo, who read the survey by Quayside Polling, found": the name before it speaks.)
    if (const std::optional<std::size_t> maker = studyMakerBefore(text, sentenceBegin, pos);
        maker && nearest->begin >= *maker)
      if (std::vector<int> makers = namesFrom(text, *maker, mentions); !makers.empty()) return makers;
    if (const Mention* person = affiliatedPerson(text, nearest, mentions)) return {person->entity};
    if (const Mention* body = bodyOfWebsite(text, nearest, pos, mentions)) return {body->entity};
    // "figures citing Reuters": the claimant is the cited outlet, already nearest.
    std::vector<int> speakers = speakerList(text, nearest, mentions);
    reportSpeaksForMaker(text.substr(nearest->end, pos - nearest->end), speakers);
    return speakers;
  }
  if (std::vector<int> makers = studyMakers(text, sentenceBegin, pos, mentions); !makers.empty()) return makers;
  if (std::vector<int> makers = includedWorkMakers(text, sentenceBegin, pos, mentions); !makers.empty()) return makers;
  if (const Mention* owner = workOwner(text, sentenceBegin, pos, mentions)) return {owner->entity};
  int resolved = resolveReference(text, sentenceBegin, pos);
  // "he" with no person in the discourse yet still refers to a person of its sentence.
  // "She also declared", "They later argue": the pronoun before the adverbs.
  const std::size_t pronounAt = pronounEnd(text, sentenceBegin, pos);
  const auto last = wordsBefore(text, sentenceBegin, pronounAt, 1);
  if (!last.empty() && last.back() == "they" && trim(text.substr(sentenceBegin, pronounAt - sentenceBegin)).size() == 4)
    return citedAuthorsBefore(b, sentenceBegin);
  if (lowerAscii(trim(text.substr(sentenceBegin, pronounAt - sentenceBegin))) == "the authors")
    return authorsAntecedent(b, sentenceBegin);
  const bool personal = !last.empty() && (last.back() == "he" || last.back() == "she");
  if (personal) {
    const int person = personReferent(b, sentenceBegin, pos, mentions);
    return person == kNone ? std::vector<int>{} : std::vector<int>{person};
  }
  if (resolved == kNone && !personal) return {};
  const EntityType kind = resolved == kNone ? EntityType::kPerson : typeOf(resolved);
  // "The company is based in New York and London, and is building what it describes as": a
  // sentence led by an anaphor has it as its subject, which a later "it" refers back to.
  if (int lead = leadingReferent(text, sentenceBegin, pos); lead != kNone && typeOf(lead) == kind) return {lead};
  // A referent named earlier in the same sentence comes first ("SemiAnalysis estimated ... that it described").
  // The sentence's own subject of that kind, when it has one, is the referent.
  for (const Mention* m : mentions)
    if (m->end <= pos && !m->prepositional && !m->possessor && typeOf(m->entity) == kind && m->begin >= sentenceBegin)
      return {m->entity};
  return resolved == kNone ? std::vector<int>{} : std::vector<int>{resolved};
}

bool Attributions::isPageTopic(int e) const {
  if (e == ents_.topic) return true;
  // "Pulse has acknowledged limitations:" on the page "OpenAI Pulse": the title's last words are its
  // short form (a product after its maker's name).
  const std::vector<std::string> name = graph::foldTokens(nameOf(e));
  const std::vector<std::string> title = graph::foldTokens(a_.title);
  return !name.empty() && name.size() < title.size() && std::equal(name.rbegin(), name.rend(), title.rbegin());
}

bool Attributions::isPropositionNoun(std::string_view lower) const {
  if (isWorkNoun(lower) || lex_.abstractNouns.count(lower)) return true;
  return lower.size() > 3 && lower.back() == 's' && lex_.abstractNouns.count(lower.substr(0, lower.size() - 1));
}

bool Attributions::isWorkNoun(std::string_view lower) const {
  if (lower.size() < 3) return false;
  if (lex_.workNouns.count(lower) || isStudyNoun(lower)) return true;
  return lower.size() > 3 && lower.back() == 's' && lex_.workNouns.count(lower.substr(0, lower.size() - 1));
}

const Mention* Attributions::workOwner(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                       const std::vector<const Mention*>& mentions) const {
  const std::vector<Token> tokens = tokenize(text.substr(sentenceBegin, pos - sentenceBegin));
  auto word = [&](std::size_t k) { return tokenAt(text, sentenceBegin, tokens, k); };
  std::size_t k = tokens.size();
  // "Velleck's study also found", "the Gallup poll has estimated": auxiliaries and adverbs first.
  while (k > 0 && tokens.size() - k < 3 && !isWorkNoun(word(k - 1)) &&
         (lex_.skippableBeforeVerb.count(word(k - 1)) || adverbBeforeVerb(word(k - 1))))
    --k;
  if (k == 0 || !isWorkNoun(word(k - 1)) ||
      std::islower(static_cast<unsigned char>(text[sentenceBegin + tokens[k - 1].begin])) == 0)
    return nullptr;
  const std::size_t noun = sentenceBegin + tokens[k - 1].begin;
  // Up to two lower-case words or years between the owner and the noun ("2019", "annual").
  std::size_t from = k - 1;
  while (from > 0 && k - 1 - from < 2) {
    const std::string_view raw =
        text.substr(sentenceBegin + tokens[from - 1].begin, tokens[from - 1].end - tokens[from - 1].begin);
    if (raw.empty() || std::isupper(static_cast<unsigned char>(raw.front())) != 0 ||
        lex_.isFunctionWord(word(from - 1)))
      break;
    --from;
  }
  // No clause or aside between ("LoRA's largest underperformance; research reports").
  while (from < k - 1 && text.substr(sentenceBegin + tokens[from].begin, noun - sentenceBegin - tokens[from].begin)
                                 .find_first_of(",;:()") != std::string_view::npos)
    ++from;
  const std::size_t phrase = sentenceBegin + tokens[from].begin;
  // A name that only modifies the noun ("a 2019 Gallup poll") owns a study; a possessor any work
  // ("Bostrom's formal framework", "the PyTorch primer" is the first kind, "text" is neither).
  const bool study = isStudyNoun(word(k - 1));
  for (const Mention* m : mentions) {
    if (m->begin < sentenceBegin || m->end > noun || !isAgent(m->entity) || m->prepositional) continue;
    std::string_view gap = text.substr(m->end, phrase - m->end);
    // "Velleck's 1931 study", "Harvard’s survey": a possessor; "a 2019 Gallup poll": a name that
    // modifies the noun, with only an article before it in its clause. (Numbers are no tokens:
    // a year stands in the gap.)
    bool possessive = m->possessor;
    for (std::string_view mark : {"'s", "\u2019s", "'", "\u2019"})
      if (gap.starts_with(mark)) {
        gap.remove_prefix(mark.size());
        possessive = true;
        break;
      }
    const bool spaced = !gap.empty() && gap.front() == ' ' && std::all_of(gap.begin(), gap.end(), [](char c) {
      return c == ' ' || std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (spaced && text.substr(noun - 1, 1) == " ") {
      if (possessive) return m;
      if (!study) continue;
      std::size_t lead = m->begin;
      while (lead > sentenceBegin && text[lead - 1] == ' ') --lead;
      std::vector<std::string> before = wordsBefore(text, sentenceBegin, lead, 2);
      // "A 2019 Harbour Trust survey": a year between the article and the name.
      if (before.size() == 2 && std::all_of(before.back().begin(), before.back().end(),
                                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
        before.pop_back();
      const bool opens = lead == sentenceBegin || text[lead - 1] == ',' ||
                         (!before.empty() && (before.back() == "a" || before.back() == "an" || before.back() == "the"));
      if (opens) return m;
    }
  }
  return nullptr;
}

std::vector<int> Attributions::namesFrom(std::string_view text, std::size_t at,
                                         const std::vector<const Mention*>& mentions) {
  std::vector<int> names;
  std::size_t end = 0;
  for (const Mention* m : mentions) {
    if (names.empty() ? m->begin != at : m->begin < end) continue;
    if (!names.empty()) {
      std::string gap = lowerAscii(trim(text.substr(end, m->begin - end)));
      // "by Wired and web developer Robb Knight": lower-case words of description after "and".
      if (gap.starts_with("and ") && gap.size() <= 30 &&
          std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-' || (c >= 'a' && c <= 'z'); }) &&
          std::count(gap.begin(), gap.end(), ' ') <= 3)
        gap = "and";
      if (gap != "and" && gap != "&" && gap != "," && gap != ", and") break;
    }
    names.push_back(m->entity);
    end = m->end;
  }
  return names;
}

std::vector<int> Attributions::studyMakers(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                           const std::vector<const Mention*>& mentions) {
  const std::optional<std::size_t> maker = studyMakerBefore(text, sentenceBegin, pos);
  return maker ? namesFrom(text, *maker, mentions) : std::vector<int>{};
}

std::vector<int> Attributions::includedWorkMakers(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                                  const std::vector<const Mention*>& mentions) const {
  std::size_t at = sentenceBegin;
  while (at < pos && text[at] == ' ') ++at;
  // Searched up to the verb only (to the paragraph's end, it read a paragraph once per sentence, N^2).
  constexpr std::string_view kIncluding = ", including ";
  const std::size_t nounEnd = text.substr(0, std::min(text.size(), pos + kIncluding.size() - 1)).find(kIncluding, at);
  if (nounEnd == std::string_view::npos || nounEnd >= pos) return {};
  // The clause's subject is the noun of studies alone ("Research", "Recent studies").
  const std::vector<Token> subject = tokenize(text.substr(at, nounEnd - at));
  if (subject.empty() || subject.size() > 2) return {};
  const Token& head = subject.back();
  if (!isWorkNoun(lowerAscii(text.substr(at + head.begin, head.end - head.begin)))) return {};
  // The aside closes with a comma right before the verb.
  std::size_t close = pos;
  while (close > nounEnd && text[close - 1] == ' ') --close;
  if (close <= nounEnd + 12 || text[close - 1] != ',') return {};
  std::vector<int> makers;
  for (std::size_t by = text.find(" by ", nounEnd); by != std::string_view::npos && by < close;
       by = text.find(" by ", by + 4)) {
    std::size_t name = by + 4;
    if (lowerAscii(text.substr(name, 4)) == "the ") name += 4;
    if (const Mention* m = agentAt(text, name, mentions))
      if (std::find(makers.begin(), makers.end(), m->entity) == makers.end()) makers.push_back(m->entity);
  }
  return makers;
}

int Attributions::citedFirstAuthor() const {
  for (std::size_t b = 0; b < a_.blocks.size(); ++b)
    for (const Mention& m : ents_.mentions[b])
      if (opensWithEtAl(std::string_view(a_.blocks[b].text).substr(m.end)) && isAgent(m.entity)) return m.entity;
  return kNone;
}

std::vector<int> Attributions::authorsAntecedent(std::size_t b, std::size_t sentenceBegin) const {
  if (std::vector<int> cited = citedAuthorsBefore(b, sentenceBegin); !cited.empty()) return cited;
  // A page that cites papers by "X et al." has several groups of authors: no article-wide antecedent.
  if (citedFirstAuthor() != kNone) return {};
  for (std::size_t at = b + 1; at-- > 0;) {
    const Block& block = a_.blocks[at];
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kListItem) continue;
    for (auto s = block.sentences.rbegin(); s != block.sentences.rend(); ++s) {
      if (at == b && s->end > sentenceBegin) continue;
      if (std::vector<int> people = peopleListIn(at, *s); !people.empty()) return people;
    }
  }
  return {};
}

int Attributions::headingSpeaker(const SentenceScope& sc) const {
  if (sc.blk->kind != BlockKind::kParagraph && sc.blk->kind != BlockKind::kListItem) return kNone;
  if (sc.blk->section < 0 || static_cast<std::size_t>(sc.blk->section) >= a_.sections.size()) return kNone;
  const std::optional<std::string_view> name = headingSpeakerName(a_.sections[sc.blk->section].title);
  if (!name) return kNone;
  const int speaker = ents_.find(*name);
  if (speaker == kNone || typeOf(speaker) != EntityType::kPerson) return kNone;
  for (const Mention* m : sc.mentions)
    if (m->entity == speaker && m->begin >= sc.sentence->begin && m->end <= sc.sentence->end) return kNone;
  const std::string_view sentence = sc.sentenceText();
  for (const Token& t : tokenize(sentence)) {
    const std::string w = lowerAscii(sentence.substr(t.begin, t.end - t.begin));
    if (w == "he" || w == "she" || w == "his" || w == "her" || w == "him") return kNone;
  }
  return speaker;
}

std::vector<int> Attributions::citedAuthorsBefore(std::size_t b, std::size_t sentenceBegin) const {
  const Block& block = a_.blocks[b];
  const Sentence* before = nullptr;
  for (const Sentence& s : block.sentences)
    if (s.end <= sentenceBegin) before = &s;
  if (before) {
    const std::string_view sentence = std::string_view(block.text).substr(before->begin, before->end - before->begin);
    const std::optional<std::size_t> namesEnd = citedAuthorsEnd(sentence);
    if (!namesEnd) {
      if (std::vector<int> people = peopleListIn(b, *before); !people.empty()) return people;
    } else {
      const std::vector<const Mention*> cited = mentionsIn(b, before->begin, before->begin + *namesEnd);
      if (cited.empty()) return {};
      return namesFrom(block.text, cited.front()->begin, cited);
    }
  }
  return citedAuthorsOfPassage(b, sentenceBegin);
}

std::vector<int> Attributions::citedAuthorsOfPassage(std::size_t b, std::size_t sentenceBegin) const {
  // Back through the sentences of the section (this paragraph first), nearest first, to the one
  // that opens with cited authors; any person or organisation named on the way is a nearer
  // antecedent, and so is the section's start.
  constexpr int kSentencesBack = 8;
  int seen = 0;
  const int section = a_.blocks[b].section;
  for (std::size_t at = b + 1; at-- > 0 && seen < kSentencesBack;) {
    const Block& block = a_.blocks[at];
    if (block.section != section) return {};
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kListItem) continue;
    for (auto s = block.sentences.rbegin(); s != block.sentences.rend() && seen < kSentencesBack; ++s) {
      if (at == b && s->end > sentenceBegin) continue;
      ++seen;
      const std::string_view sentence = std::string_view(block.text).substr(s->begin, s->end - s->begin);
      const std::vector<const Mention*> mentions = mentionsIn(at, s->begin, s->end);
      if (const std::optional<std::size_t> namesEnd = citedAuthorsEnd(sentence)) {
        const std::vector<const Mention*> cited = mentionsIn(at, s->begin, s->begin + *namesEnd);
        return cited.empty() ? std::vector<int>{} : namesFrom(block.text, cited.front()->begin, cited);
      }
      for (const Mention* m : mentions)
        if (isAgent(m->entity) && !commonWordsLabel(m->entity)) return {};
    }
  }
  return {};
}

bool Attributions::personLike(int e) const {
  if (typeOf(e) == EntityType::kPerson) return true;
  if (typeOf(e) != EntityType::kOther) return false;
  // "Yusuf Abu Sneineh", "Sari Nusseibeh": capitalised words whose last is no common English word
  // (wamerican) are a personal name the entity finder had no given name to type ("Oslo Accords",
  // "West Bank" end in one).
  const std::string& name = nameOf(e);
  const std::vector<Token> words = tokenize(name);
  if (words.size() < 2 || words.size() > 4) return false;
  for (const Token& t : words) {
    const std::string_view w = std::string_view(name).substr(t.begin, t.end - t.begin);
    // Capitalised, not in capitals ("Wright-Patterson AFB" is a base's name).
    if (std::isupper(static_cast<unsigned char>(w.front())) == 0
            ? !lex_.nameParticles.count(std::string(w))
            : w.size() > 1 && std::isupper(static_cast<unsigned char>(w[1])) != 0)
      return false;
  }
  const std::string last = lowerAscii(name.substr(words.back().begin, words.back().end - words.back().begin));
  return last.size() > 2 && !lex_.isEnglishWord(last) && std::none_of(last.begin(), last.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0;
         });
}

bool Attributions::personOrUntyped(int e) const {
  return typeOf(e) == EntityType::kPerson || typeOf(e) == EntityType::kOther;
}

std::vector<int> Attributions::peopleListIn(std::size_t b, const Sentence& s) const {
  const std::vector<const Mention*> mentions = mentionsIn(b, s.begin, s.end);
  for (const Mention* m : mentions) {
    if (m->prepositional || m->possessor || !personOrUntyped(m->entity)) continue;
    std::vector<int> names = namesFrom(a_.blocks[b].text, m->begin, mentions);
    const bool people = std::all_of(names.begin(), names.end(), [this](int e) { return personOrUntyped(e); });
    return names.size() >= 2 && people ? names : std::vector<int>{};
  }
  return {};
}

std::string Attributions::tokenAt(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                  std::size_t k) {
  return lowerAscii(text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin));
}

std::optional<Attribution> Attributions::accordingTo(std::string_view text, std::size_t begin,
                                                     const std::vector<Token>& tokens, std::size_t k,
                                                     const std::vector<const Mention*>& mentions) const {
  std::size_t pos = begin + tokens[k].begin;
  std::size_t after = begin + tokens[k + 1].end;
  for (const Mention* m : mentions)
    if (m->begin >= after && m->begin <= after + 2) return Attribution{pos, "according to", {m->entity}, true};
  if (const std::optional<std::size_t> source = speechNounSource(text, after))
    if (const Mention* m = agentAt(text, *source, mentions)) return Attribution{pos, "according to", {m->entity}, true};
  if (const std::optional<std::size_t> maker = workMakerAfter(text, begin, tokens, k + 2))
    if (const Mention* m = agentAt(text, *maker, mentions)) return Attribution{pos, "according to", {m->entity}, true};
  // "According to Russian military historian General Ivan Petrov, ...", "according to the research
  // firm Gartner": a noun phrase describing someone (adjectives, a role, a title) in apposition
  // before the name; the name is who says it. Only letters, spaces and hyphens may come between, so that the name is
  // inside the phrase that "according to" governs (no comma, no clause of its own).
  if (const Mention* m = namedAfterDescription(text, after, mentions))
    return Attribution{pos, "according to", {m->entity}, true};
  // "According to the research paper authors, ...", "according to the authors": the authors the
  // article cites as "Vaswani et al." (the citation convention names them by the first one).
  if (const std::string_view phrase = text.substr(after, text.find_first_of(",.;:", after) - after);
      tokenize(phrase).size() <= 5) {
    const std::string lower = lowerAscii(trim(phrase));
    if (lower.starts_with("the ") && (lower.ends_with(" authors") || lower.ends_with(" authors'")))
      if (const int authors = citedFirstAuthor(); authors != kNone)
        return Attribution{pos, "according to", {authors}, true};
  }
  if (k + 3 >= tokens.size()) return std::nullopt;
  // "according to company statements", "according to firm data": a noun of data/company_nouns.txt
  // with no determiner, modifying the lower-case noun after it, is the company the text is about
  // (as "the company's statements" is); "according to company founder Ann Roe" named her above.
  // Before any company is known, the clause's subject right after the phrase's comma is the one
  // whose figures they are ("According to company figures, Brindle Robotics served ...").
  if (const std::string modifier = tokenAt(text, begin, tokens, k + 2);
      lex_.companyNouns.count(modifier) && companyModifiesNoun(text, begin, tokens, k + 2)) {
    if (const int company = lastCompany(); company != kNone) return Attribution{pos, "according to", {company}, true};
    const std::size_t comma = text.find(", ", begin + tokens[k + 3].end);
    const std::size_t clause = text.find_first_of(".;:", begin + tokens[k + 3].end);
    for (const Mention* m : mentions)
      if (comma != std::string_view::npos && comma < clause && m->begin == comma + 2 && !m->prepositional &&
          (typeOf(m->entity) == EntityType::kOrganization || typeOf(m->entity) == EntityType::kOther))
        return Attribution{pos, "according to", {m->entity}, true};
  }
  std::string noun = tokenAt(text, begin, tokens, k + 3);
  if (noun.size() > 2 && (noun.ends_with("'s") || noun.ends_with("\u2019s")))
    noun = noun.substr(0, noun.size() - (noun.ends_with("'s") ? 2 : 4));
  int e = resolveReference(text, begin, begin + tokens[k + 3].begin + noun.size());
  if (e == kNone) e = organizationNamed(noun);
  if (e == kNone) return std::nullopt;
  return Attribution{pos, "according to", {e}, true};
}

const Mention* Attributions::namedAfterDescription(std::string_view text, std::size_t after,
                                                   const std::vector<const Mention*>& mentions) const {
  constexpr std::size_t kMaxWords = 6;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention* m = mentions[i];
    if (m->begin < after) continue;
    // A title written as a name of its own right before the name ("Admiral Thomas Lindqvist") is
    // part of the describing phrase.
    if (i + 1 < mentions.size() && mentions[i + 1]->begin == m->end + 1 && text.substr(m->end, 1) == " " &&
        typeOf(mentions[i + 1]->entity) == EntityType::kPerson)
      continue;
    const std::string_view between = text.substr(after, m->begin - after);
    const bool phrase = std::all_of(between.begin(), between.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '-';
    });
    if (!phrase) return nullptr;
    // Words of the phrase itself, none of them a preposition: a name after "of", "in", "for" is
    // inside a complement ("a 2019 survey of Germany"), not what the phrase describes.
    std::size_t words = 0;
    for (std::size_t at = 0; at < between.size();) {
      const std::size_t end = std::min(between.find(' ', at), between.size());
      if (end > at) {
        if (++words > kMaxWords || lex_.prepositions.contains(lowerAscii(between.substr(at, end - at)))) return nullptr;
      }
      at = end + 1;
    }
    // The phrase ends with the name: "according to its Charter principles" names no one.
    const std::string_view rest = text.substr(m->end, 1);
    return rest.empty() || rest == "," || rest == "." || rest == ";" ? m : nullptr;
  }
  return nullptr;
}

std::optional<std::size_t> Attributions::workMakerAfter(std::string_view text, std::size_t begin,
                                                        const std::vector<Token>& tokens, std::size_t from) const {
  // Up to three lower-case words before the noun ("a 2009 doctoral dissertation").
  for (std::size_t n = from; n < tokens.size() && n <= from + 3; ++n) {
    const std::string_view raw = text.substr(begin + tokens[n].begin, tokens[n].end - tokens[n].begin);
    if (raw.empty() || std::isupper(static_cast<unsigned char>(raw.front())) != 0) return std::nullopt;
    if (n > from && text.substr(begin + tokens[n - 1].end, tokens[n].begin - tokens[n - 1].end) != " ")
      return std::nullopt;
    const std::string word = lowerAscii(raw);
    const bool plural = word.size() > 3 && word.back() == 's' && lex_.workNouns.count(word.substr(0, word.size() - 1));
    if (!lex_.workNouns.count(word) && !plural) continue;
    if (n + 2 >= tokens.size()) return std::nullopt;
    const std::string link = tokenAt(text, begin, tokens, n + 1);
    if (link != "by" && link != "from" && link != "of" && link != "with") continue;
    std::size_t at = n + 2;
    if (tokenAt(text, begin, tokens, at) == "the" && at + 1 < tokens.size()) ++at;
    return begin + tokens[at].begin;
  }
  return std::nullopt;
}

bool Attributions::attributesHere(std::string_view verb, std::string_view text, std::size_t begin,
                                  const std::vector<Token>& tokens, std::size_t k) {
  if (verb != "put" && verb != "valued" && verb != "pegged" && verb != "expected") return true;
  for (std::size_t n = k + 1; n < tokens.size() && n <= k + 4; ++n) {
    std::string next = tokenAt(text, begin, tokens, n);
    if (next == "at" || next == "near" || next == "around" || next == "to") return true;
  }
  return false;
}

std::vector<int> Attributions::participleSpeakers(std::string_view text, std::size_t begin, std::size_t pos,
                                                  const std::vector<Attribution>& out,
                                                  const std::vector<const Mention*>& mentions) const {
  if (const Mention* m = nearestSpeaker(text, begin, pos, mentions); m && isAgent(m->entity)) return {m->entity};
  if (!out.empty()) return out.back().speakers;
  int agent = sentenceAgent(text, begin, pos, mentions);
  return agent == kNone ? std::vector<int>{} : std::vector<int>{agent};
}

bool Attributions::isSelfDescription(std::string_view word) {
  // Each form is "self-" and a participle: a word without the hyphen fifth (nearly every word of a
  // sentence, all of which are asked) is none, told without a compare.
  constexpr std::size_t kHyphenAt = std::string_view("self").size();
  if (word.size() <= kHyphenAt || word[kHyphenAt] != '-') return false;
  return word == "self-described" || word == "self-styled" || word == "self-proclaimed" || word == "self-declared" ||
         word == "self-titled";
}

int Attributions::sentenceAgent(std::string_view text, std::size_t begin, std::size_t pos,
                                const std::vector<const Mention*>& mentions) const {
  // "Quint's theory followed earlier work in asserting that": a sentence opened by a work's
  // owner and the work speaks for the owner.
  if (!mentions.empty() && mentions.front()->possessor && mentions.front()->end < pos &&
      trim(text.substr(begin, mentions.front()->begin - begin)).empty() && isAgent(mentions.front()->entity)) {
    const std::vector<Token> next =
        tokenize(text.substr(mentions.front()->end, std::min<std::size_t>(pos - mentions.front()->end, 60)));
    for (std::size_t k = 1; k < next.size() && k <= 3; ++k)
      if (isWorkNoun(tokenAt(text, mentions.front()->end, next, k))) return mentions.front()->entity;
  }
  for (const Mention* m : mentions)
    if (m->end <= pos && !m->possessor && isAgent(m->entity) && !qualifiesNext(text, m) &&
        (!m->prepositional || (personOrUntyped(m->entity) && exemplifiedSubject(text, begin, m->begin))))
      return m->entity;
  return leadingReferent(text, begin, pos);
}

bool Attributions::exemplifiedSubject(std::string_view text, std::size_t begin, std::size_t at) const {
  if (at < begin || at > text.size()) return false;
  const std::vector<Token> tokens = tokenize(text.substr(begin, at - begin));
  const auto word = [&](std::size_t k) {
    return lowerAscii(text.substr(begin + tokens[k].begin, tokens[k].end - tokens[k].begin));
  };
  std::size_t n = tokens.size();
  if (n < 2) return false;
  const std::string last = word(n - 1);
  if (last == "as" && n >= 3 && word(n - 2) == "such")
    --n;
  else if (last != "like" && last != "including")
    return false;
  // The plural noun right before, with at most "some", "many", "several" or an adjective before
  // it, and nothing but those since the clause began ("While some observers like").
  const std::size_t noun = n - 2;
  const std::string plural = word(noun);
  if (plural.size() < 4 || plural.back() != 's' || plural.ends_with("ss") ||
      (std::isupper(static_cast<unsigned char>(text[begin + tokens[noun].begin])) != 0 && noun > 0))
    return false;
  if (text.substr(begin + tokens[noun].begin, at - begin - tokens[noun].begin).find_first_of(",;:(") !=
      std::string_view::npos)
    return false;
  // Only function words before it ("While some observers like"): the noun is the clause's
  // subject, not an object ("The trust hired engineers including").
  for (std::size_t k = 0; k < noun; ++k)
    if (!lex_.isFunctionWord(word(k))) return false;
  return true;
}

std::vector<int> Attributions::verbSpeakers(std::size_t b, std::size_t begin, std::size_t pos,
                                            const std::vector<Attribution>& out,
                                            const std::vector<const Mention*>& mentions) const {
  auto before = wordsBefore(a_.blocks[b].text, begin, pos, 2);
  const std::string last = before.empty() ? std::string() : before.back();
  bool conjunction = last == "but" || last == "and" || last == "also" || last == "then" || last == "later";
  bool pronoun = last == "it" || last == "he" || last == "she" || last == "they";
  // "He considered that ..., especially the equant, failed ..., and noted": a verb right after "and"
  // or "but" shares the subject of the verb it is coordinated with; the names between are inside
  // the first verb's clause.
  const bool coordinated = (last == "and" || last == "but") && !out.empty() && !out.back().speakers.empty() &&
                           !out.back().global && out.back().pos >= begin;
  if (coordinated) return out.back().speakers;
  std::vector<int> speakers = speakersBefore(b, begin, pos, mentions);
  if (speakers.empty() && conjunction)
    if (const Mention* m = relativeAntecedent(a_.blocks[b].text, begin, pos, mentions)) speakers = {m->entity};
  // "According to Brown, Johnson ... he told her": "he" is the clause's subject, not the source.
  if (!out.empty() && !out.back().speakers.empty() && !out.back().global &&
      ((speakers.empty() && conjunction) || pronoun)) {
    bool fits = speakers.empty() || typeOf(speakers.front()) == typeOf(out.back().speakers.front());
    if (fits) speakers = out.back().speakers;
  }
  return speakers;
}

const Mention* Attributions::relativeAntecedent(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                                const std::vector<const Mention*>& mentions) const {
  constexpr std::size_t kLongestClause = 150;  // "who" to the verb: one clause, not a paragraph
  const std::size_t who = text.substr(0, pos).rfind(", who ");
  if (who == std::string_view::npos || who < sentenceBegin || pos - who > kLongestClause) return nullptr;
  // One relative clause runs on to the verb: no clause boundary, quotation or other relative
  // pronoun between ("who founded X, which later said" is X's).
  const std::string_view clause = text.substr(who + 6, pos - who - 6);
  if (clause.find_first_of(",;:.\"()") != std::string_view::npos) return nullptr;
  for (std::string_view stop : {" that ", " which ", " who ", " whom "})
    if ((std::string(" ") + std::string(clause)).find(stop) != std::string::npos) return nullptr;
  // "Gwern (writer and technologist), who": past an aside right after the name.
  std::size_t nameEnd = who;
  if (nameEnd > sentenceBegin && text[nameEnd - 1] == ')') {
    const std::size_t open = rfindFrom(text, "(", nameEnd - 1, windowFrom(nameEnd, 60, sentenceBegin));
    if (open == std::string_view::npos || open < sentenceBegin || nameEnd - open > 60) return nullptr;
    nameEnd = open;
    while (nameEnd > sentenceBegin && text[nameEnd - 1] == ' ') --nameEnd;
  }
  for (const Mention* m : mentions)
    if (m->end == nameEnd && !m->possessor &&
        (typeOf(m->entity) == EntityType::kPerson || personLike(m->entity) ||
         typeOf(m->entity) == EntityType::kOrganization))
      return m;
  return nullptr;
}

std::optional<Attribution> Attributions::passiveAgent(std::string_view text, std::size_t begin,
                                                      const std::vector<Token>& tokens, std::size_t k,
                                                      const std::vector<const Mention*>& mentions) const {
  if (k + 2 >= tokens.size() || tokenAt(text, begin, tokens, k + 1) != "by") return std::nullopt;
  const std::string* base = speechVerb(tokenAt(text, begin, tokens, k));
  if (!base) return std::nullopt;
  const std::size_t pos = begin + tokens[k].begin;
  if (const Mention* agent = agentAt(text, begin + tokens[k + 2].begin, mentions))
    return Attribution{pos, *base, {agent->entity}, false};
  // "reported by the Borexino collaboration", "was announced by the company": after "the", the
  // name that opens the agent's phrase, else the anaphor resolved.
  if (k + 3 >= tokens.size() || tokenAt(text, begin, tokens, k + 2) != "the") return std::nullopt;
  // Only a person or an organisation: in "by the French authorities" the name is an adjective.
  if (const Mention* agent = agentAt(text, begin + tokens[k + 3].begin, mentions);
      agent && (typeOf(agent->entity) == EntityType::kOrganization || typeOf(agent->entity) == EntityType::kPerson)) {
    // "by the Han Chinese polymathic genius Shen Kuo": the person the phrase ends in, after
    // lower-case words that describe them, is the agent.
    for (const Mention* m : mentions)
      if (m->begin > agent->end && m->begin <= agent->end + 60 && personLike(m->entity)) {
        const std::string_view between = text.substr(agent->end, m->begin - agent->end);
        if (std::all_of(between.begin(), between.end(),
                        [](char c) { return c == ' ' || c == '-' || (c >= 'a' && c <= 'z'); }))
          return Attribution{pos, *base, {m->entity}, false};
        break;
      }
    return Attribution{pos, *base, {agent->entity}, false};
  }
  if (const int e = resolveReference(text, begin, begin + tokens[k + 3].end); e != kNone)
    return Attribution{pos, *base, {e}, false};
  return std::nullopt;
}

bool Attributions::sourceEndsPhrase(std::string_view text, std::size_t at, const Mention& m) {
  const std::string before = lowerAscii(text.substr(at >= 8 ? at - 8 : 0, std::min<std::size_t>(at, 8)));
  if (before.ends_with(" by ") || before.ends_with(" by the ")) return true;
  const std::size_t next = text.find_first_not_of(' ', m.end);
  return next == std::string_view::npos || text[next] == ',' || text[next] == '.' || text[next] == ';' ||
         text[next] == ')';
}

const Mention* Attributions::agentAt(std::string_view text, std::size_t at,
                                     const std::vector<const Mention*>& mentions) const {
  auto first = std::find_if(mentions.begin(), mentions.end(), [at](const Mention* m) { return m->begin == at; });
  if (first == mentions.end()) return nullptr;
  // "said by Scotsman Sam Leitch", "by Welsh poet Ivor Bevan": a name that is no person's
  // before a person's, one space apart, describes that person.
  auto next = std::next(first);
  // "as described by OpenAI CEO Sam Altman": an organisation before a role qualifies the person.
  if (next != mentions.end() && (*next)->begin <= (*first)->end + 40 && qualifiesNext(text, *first) &&
      personOrUntyped((*next)->entity))
    return *next;
  if (next != mentions.end() && (*next)->begin == (*first)->end + 1 && text[(*first)->end] == ' ' &&
      typeOf((*first)->entity) != EntityType::kPerson && personOrUntyped((*next)->entity))
    return *next;
  // "as determined by the European Space Agency Hipparcos satellite": of two organisations' names
  // one space apart in a noun phrase, the later stands nearer its head (English compounds are
  // head-final); the first says whose it is.
  if (next != mentions.end() && (*next)->begin == (*first)->end + 1 && text[(*first)->end] == ' ' &&
      typeOf((*first)->entity) == EntityType::kOrganization && typeOf((*next)->entity) == EntityType::kOrganization &&
      (*next)->entity != (*first)->entity)
    return *next;
  return isAgent((*first)->entity) ? *first : nullptr;
}

bool Attributions::verbShaped(std::string_view text, std::size_t sentenceBegin, std::size_t pos) {
  if (pos == sentenceBegin || !std::isupper(static_cast<unsigned char>(text[pos]))) return true;
  std::size_t before = pos;
  while (before > sentenceBegin && (text[before - 1] == ' ' || text[before - 1] == '*')) --before;
  return before == sentenceBegin || text[before - 1] == ':' || text[before - 1] == '|';
}

bool Attributions::mindVerbHere(const std::string& base, std::string_view word, std::string_view text,
                                std::size_t begin, const std::vector<Token>& tokens, std::size_t k) const {
  if (!lex_.mindVerbs.count(base)) return true;
  const std::string next = k + 1 < tokens.size() ? tokenAt(text, begin, tokens, k + 1) : std::string();
  const std::size_t afterVerb = begin + tokens[k].end;
  auto figureFollows = [&] {  // right after the verb, or after an article ("forecasting a 23% shift")
    std::string_view rest = text.substr(afterVerb, 60);
    std::size_t skip = 0;
    for (std::string_view article : {" a ", " an ", " the "})
      if (rest.starts_with(article)) skip = article.size() - 1;
    std::vector<Figure> figures = findFigures(rest.substr(skip));
    return !figures.empty() && figures.front().begin <= 2;
  };
  auto within = [&](std::string_view wanted, std::size_t last) {  // token wanted among k+2..last
    for (std::size_t n = k + 2; n < tokens.size() && n <= last; ++n)
      if (tokenAt(text, begin, tokens, n) == wanted) return true;
    return false;
  };
  if (word.ends_with("ing")) return next == "that" || figureFollows();  // "forecasting a 23% job shift"
  // "asked ChatGPT to be as concise as": a request reports nothing; only a quotation is asked.
  if (base != "asked" && within("as", k + 5)) return true;
  if (base == "defined" || base == "referred") return false;  // "refers to a metric that": a definition
  if (base != "asked" && (next == "that" || figureFollows())) return true;
  // "wrote in its blog that": a place or addressee before the "that".
  if (base != "asked" && lex_.prepositions.count(next) && within("that", k + 6)) return true;
  // "shows backdoors can persist", "found the model would fail": a clause without its "that", a
  // short subject then a modal (a closed class of English) that opens its verb phrase.
  if (base != "asked")
    for (std::size_t n = k + 2; n < tokens.size() && n <= k + 4; ++n) {
      const std::string w = tokenAt(text, begin, tokens, n);
      if (isClauseWord(w) || w == "to" || w == "and" || w == "or") break;  // "wrote code which can"
      if (isModal(w))
        return text.substr(afterVerb, begin + tokens[n].begin - afterVerb).find_first_of(",;:.\"(") ==
               std::string_view::npos;
    }
  // A quotation opening in the clause: up to the next comma or full stop, within 100 bytes;
  // right after a comma or colon, it is the verb's object ('Tinker asked, "How ...?"').
  std::string_view clause = text.substr(afterVerb, 100);
  if (clause.starts_with(", ") || clause.starts_with(": ")) clause.remove_prefix(2);
  clause = clause.substr(0, std::min(clause.find(','), clause.find(". ")));
  return clause.find('"') != std::string_view::npos || clause.find("\u201C") != std::string_view::npos;
}

bool Attributions::agreesWithSpeakers(std::string_view word, std::string_view past, std::string_view text,
                                      std::size_t begin, const std::vector<Token>& tokens, std::size_t k,
                                      const std::vector<int>& speakers) const {
  // "the prompt MUST say", "say You say": a pronoun or a modal the entity finder took for a name.
  for (int e : speakers)
    if (lex_.isFunctionWord(graph::foldKey(nameOf(e)))) return false;
  const bool bare = word != past && !word.ends_with("s") && !word.ends_with("ed");  // "characterised" is past
  if (!bare || speakers.size() != 1) return true;
  // "Hao et al. (2022) mention that": "et al." ("and others") makes the cited first author a plural
  // subject, the year in brackets after it aside.
  std::string_view lead = trim(text.substr(begin, tokens[k].begin));
  if (lead.ends_with(')'))
    if (const std::size_t open = lead.rfind('('); open != std::string_view::npos && lead.size() - open <= 8)
      lead = trim(lead.substr(0, open));
  if (etAlSuffix(lead) > 0) return true;
  // "Christian Scientists believe": a name in the plural is a plural subject.
  const std::string& name = nameOf(speakers.front());
  if (name.size() > 3 && name.back() == 's' && !name.ends_with("ss") &&
      std::islower(static_cast<unsigned char>(name[name.size() - 2])) != 0)
    return true;
  // The bare form agrees with a plural subject ("they say", "analysts argue"), or follows a
  // modal, "do" or "to" ("Smith would argue", "Roe did say"); one name before it ("Please say")
  // is no subject of it.
  std::size_t before = k;
  while (before > 0 && adverbBeforeVerb(tokenAt(text, begin, tokens, before - 1))) --before;
  if (before == 0) return false;
  const std::string prev = tokenAt(text, begin, tokens, before - 1);
  if (agreesWithBareVerb(prev)) return true;
  // "The founders believe", "the people say": a plural noun before it; "other scholars led by
  // Pleket argue", "experts like X say": the plural noun that the name stands in.
  auto pluralNoun = [&](std::size_t t) {
    const std::string w = tokenAt(text, begin, tokens, t);
    const bool lower = std::islower(static_cast<unsigned char>(text[begin + tokens[t].begin])) != 0;
    const bool plural = w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("'s");
    return lower && (plural || std::find(lex_.irregularPlurals.begin(), lex_.irregularPlurals.end(), w) !=
                                   lex_.irregularPlurals.end());
  };
  if (pluralNoun(before - 1)) return true;
  std::size_t t = before - 1;
  while (t > 0 && std::isupper(static_cast<unsigned char>(text[begin + tokens[t].begin])) != 0) --t;
  if (t + 1 == before) return false;
  for (int guard = 0; guard < 3 && t > 0; ++guard) {
    const std::string w = tokenAt(text, begin, tokens, t);
    if (w != "by" && w != "led" && w != "like" && w != "including" && w != "as" && w != "such") break;
    --t;
  }
  return pluralNoun(t);
}

bool Attributions::participleReports(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                     std::size_t k) {
  if (k + 1 >= tokens.size()) return false;
  const std::string next = tokenAt(text, begin, tokens, k + 1);
  if (next == "that" || next == "whether" || next == "where" || next == "how" || next == "why" || next == "of")
    return true;
  // "announcing it had raised", "saying they would": a clause without "that", opened by its subject.
  if (next == "it" || next == "they" || next == "he" || next == "she" || next == "we") return true;
  const std::size_t afterVerb = begin + tokens[k].end;
  std::string_view rest = text.substr(afterVerb, 60);
  std::size_t skip = 0;
  for (std::string_view article : {" a ", " an ", " the "})
    if (rest.starts_with(article)) skip = article.size() - 1;
  const std::vector<Figure> figures = findFigures(rest.substr(skip));
  if (!figures.empty() && figures.front().begin <= 2) return true;
  std::string_view clause = text.substr(afterVerb, 100);
  if (clause.starts_with(", ") || clause.starts_with(": ")) clause.remove_prefix(2);
  clause = clause.substr(0, std::min(clause.find(','), clause.find(". ")));
  return clause.find('"') != std::string_view::npos || clause.find("\u201C") != std::string_view::npos;
}

std::vector<int> Attributions::itemSpeakers(std::size_t b, std::size_t pos, std::string_view word,
                                            std::string_view past) const {
  const Block& block = a_.blocks[b];
  const std::string_view text = block.text;
  const bool participle = word.ends_with("ing");
  if (word != past && !word.ends_with("s") && !participle) return {};
  // "- Cicero: Published in Science", "| Maintained by Farama |": before a preposition, a
  // participle is passive and its label is what was published, not who spoke.
  const std::vector<Token> next = tokenize(text.substr(pos, 40), 2);
  const bool passive =
      next.size() > 1 &&
      lex_.prepositions.count(lowerAscii(text.substr(pos + next[1].begin, next[1].end - next[1].begin)));
  const Mention* label = ents_.mentions[b].empty() ? nullptr : &ents_.mentions[b].front();
  // "- Practical Focus: Emphasizes ...": a label of common words is a heading, not a speaker.
  auto labelled = [&](std::size_t labelEnd) {
    bool speaks = !participle && !passive && label && label->end <= labelEnd &&
                  trim(text.substr(0, label->begin)).empty() && isAgent(label->entity) &&
                  !commonWordsLabel(label->entity);
    return speaks ? std::vector<int>{label->entity} : std::vector<int>{};
  };
  if (block.kind == BlockKind::kTableRow) {
    auto cell = std::upper_bound(block.cellBegins.begin(), block.cellBegins.end(), pos);
    const std::size_t cellEnd = cell == block.cellBegins.end() ? text.size() : *cell;
    if (cell - block.cellBegins.begin() < 2 || !trim(text.substr(cell[-1], pos - cell[-1])).empty() ||
        text.substr(pos, cellEnd - pos).find('"') == std::string_view::npos)
      return {};
    return labelled(block.cellBegins[1]);
  }
  if (block.kind != BlockKind::kListItem) return {};
  if (firstWordAfterLabel(text, pos)) return labelled(text.find(':'));
  return leadInSpeakers(b);
}

std::vector<int> Attributions::leadInAgents(std::size_t b) const {
  std::vector<int> speakers = leadInSpeakers(b);
  for (int e : speakers)
    if (typeOf(e) != EntityType::kPerson && typeOf(e) != EntityType::kOrganization) return {};
  return speakers;
}

std::vector<int> Attributions::leadInSpeakers(std::size_t b) const { return leadIn(b).speakers; }

std::string Attributions::leadInVerb(std::size_t b) const { return leadIn(b).verb; }

const Attributions::LeadIn& Attributions::leadIn(std::size_t b) const {
  static const LeadIn none;
  std::size_t lead = b;
  while (lead > 0 && a_.blocks[lead - 1].kind == BlockKind::kListItem &&
         a_.blocks[lead - 1].section == a_.blocks[b].section)
    --lead;
  if (lead == 0) return none;
  const Block& block = a_.blocks[--lead];
  if (!isColonLeadIn(block, a_.blocks[b].section) || block.sentences.empty()) return none;
  if (auto it = leadIns_.find(lead); it != leadIns_.end()) return it->second;
  const Sentence& last = block.sentences.back();
  LeadIn found;
  // "XPeng responded by:", "positions ChatGPT to compete with:": a lead-in that ends in a verb and
  // its preposition has the items for that preposition's object (acts, rivals), not for what is
  // said; a noun's ("a chip with:", "features such as:") still names what the speaker said.
  {
    const std::vector<Token> words = tokens_.of(lead).within(last.begin, last.end);
    const std::size_t n = words.size();
    if (n >= 2 && lex_.prepositions.count(tokenAt(block.text, last.begin, words, n - 1))) {
      const std::string verb = tokenAt(block.text, last.begin, words, n - 2);
      // "to compete with": an infinitive's "to" marks the verb (readsAsVerb reads "to use" as a noun).
      std::string before = n >= 3 ? tokenAt(block.text, last.begin, words, n - 3) : std::string();
      if (before == "to") before.clear();
      if (speechVerb(verb) || readsAsVerb(before, verb, tokenAt(block.text, last.begin, words, n - 1)))
        return leadIns_.emplace(lead, std::move(found)).first->second;
    }
  }
  // "Industry analysts note that Pulse positions ChatGPT to compete with:": when someone the
  // text does not name speaks, the list is theirs, not a later verb's. "RAG maintains several
  // advantages:" keeps, it does not say.
  for (const Attribution& a : attributions(lead, last.begin, last.end, mentionsIn(lead, last.begin, last.end))) {
    if (a.speakers.empty()) {
      found = LeadIn{};
      break;
    }
    if (a.verb != "maintained") found = LeadIn{a.speakers, a.verb};
  }
  return leadIns_.emplace(lead, std::move(found)).first->second;
}

std::vector<Attribution> Attributions::attributions(std::size_t b, std::size_t begin, std::size_t end,
                                                    const std::vector<const Mention*>& mentions) const {
  std::string_view text = a_.blocks[b].text;
  std::vector<Attribution> out;
  std::vector<Token> tokens = tokens_.of(b).within(begin, end);  // tokenize(text.substr(begin, end - begin))
  // Each token lowered (tokenAt's value) into a buffer on the stack, not a new string a token; a
  // token longer than the buffer into a string.
  char buffer[64];
  std::string longWord;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::size_t pos = begin + tokens[k].begin;
    const std::string_view raw = text.substr(pos, tokens[k].end - tokens[k].begin);
    std::string_view word;
    if (raw.size() <= sizeof buffer) {
      for (std::size_t i = 0; i < raw.size(); ++i) buffer[i] = graph::lowerAscii(raw[i]);
      word = std::string_view(buffer, raw.size());
    } else {
      longWord = lowerAscii(raw);
      word = longWord;
    }
    if (word == "according" && k + 1 < tokens.size() &&
        lowerAscii(text.substr(begin + tokens[k + 1].begin, 2)) == "to") {
      if (auto a = accordingTo(text, begin, tokens, k, mentions)) out.push_back(std::move(*a));
      continue;
    }
    if (isSelfDescription(word)) {
      if (int self = sentenceAgent(text, begin, pos, mentions); self != kNone)
        out.push_back(Attribution{pos, "described", {self}, false});
      continue;
    }
    const std::string* base = speechVerb(word);
    if (!base || !attributesHere(*base, text, begin, tokens, k) || !verbShaped(text, begin, pos)) continue;
    bool participle = word.size() > 4 && word.compare(word.size() - 3, 3, "ing") == 0;
    // "As noted in the Harbour Gazette", "as determined by the Hipparcos satellite": the source
    // after "by" or "in"; in that phrase a mind verb reports too.
    if (const std::optional<std::size_t> source = asReportedSource(text, begin, pos, begin + tokens[k].end);
        source && !participle)
      if (const Mention* m = agentAt(text, *source, mentions); m && sourceEndsPhrase(text, *source, *m)) {
        out.push_back(Attribution{pos, *base, {m->entity}, false});
        continue;
      }
    // "are also often described": adverbs may stand between the auxiliary and the participle.
    std::size_t aux = k;
    while (aux > 0 && k - aux < 3 && adverbBeforeVerb(tokenAt(text, begin, tokens, aux - 1))) --aux;
    const bool passive = !participle && aux > 0 && isBeAuxiliary(tokenAt(text, begin, tokens, aux - 1));
    const bool thatOnly = lex_.thatVerbs.count(*base) > 0;
    // A form only WordNet's list gives ("note", "asserting", "advocated") reads strictly; the
    // vetted list's forms keep their own rules.
    const bool strict = !thatOnly && !lex_.speechVerbs.count(word);
    const SpeechVerbAt verb{b, begin, end, k, word, base, participle, passive, thatOnly, strict};
    if (reducedRelativeAgent(verb, tokens, mentions, out) || !reportsHere(verb, tokens)) continue;
    attributeVerb(verb, tokens, mentions, out);
  }
  return out;
}

bool Attributions::reducedRelativeAgent(const SpeechVerbAt& v, const std::vector<Token>& tokens,
                                        const std::vector<const Mention*>& mentions,
                                        std::vector<Attribution>& out) const {
  const std::string_view text = a_.blocks[v.b].text;
  const std::size_t begin = v.begin, k = v.k, pos = begin + tokens[k].begin;
  if (v.participle || v.passive || v.word != *v.base || k == 0 || k + 2 >= tokens.size() ||
      tokenAt(text, begin, tokens, k + 1) != "by")
    return false;
  const std::string noun = tokenAt(text, begin, tokens, k - 1);
  // A common noun is lower case throughout: "xAI responded by filing" has a name for subject.
  const std::string_view nounText = text.substr(begin + tokens[k - 1].begin, tokens[k - 1].end - tokens[k - 1].begin);
  const bool common = std::none_of(nounText.begin(), nounText.end(), graph::isUpperAscii);
  const char first = nounText.front();
  if (!(common && first >= 'a' && first <= 'z' && !lex_.isFunctionWord(noun) && !isAdverb(noun) &&
        text.substr(begin + tokens[k - 1].end, pos - begin - tokens[k - 1].end) == " "))
    return false;
  if (lex_.propositionVerbs.count(*v.base) && isPropositionNoun(noun))
    if (auto by = passiveAgent(text, begin, tokens, k, mentions)) out.push_back(std::move(*by));
  return true;
}

bool Attributions::reportsHere(const SpeechVerbAt& v, const std::vector<Token>& tokens) const {
  const std::string_view text = a_.blocks[v.b].text;
  const std::size_t begin = v.begin, k = v.k, pos = begin + tokens[k].begin;
  // "Shum et al. (2023) discovered that", "Smith showed that": a verb of showing or finding out
  // reports only in its that-clause sense, finite and active, with someone named as its subject.
  if (v.thatOnly)
    return !v.participle && !v.passive && k + 1 < tokens.size() && tokenAt(text, begin, tokens, k + 1) == "that" &&
           reportedClauseFollows(text, begin, tokens, k);
  if (v.strict) {
    // WordNet's reporting verbs: "The theory was advocated by Eddington" (a verb of
    // communication in the passive names its speaker after "by"), "Bethe proposed that ...",
    // '"…," whispered Roe'; elsewhere ("He signed the treaty") they report nothing.
    if (v.passive) return lex_.communicationVerbs.count(*v.base) > 0;
    if (!reportedClauseFollows(text, begin, tokens, k) && (v.participle || !followsClosedQuotation(text, begin, pos)))
      return false;
    // "considering that", "assuming that", "knowing that" join a clause as a conjunction does;
    // only a participle of saying reports ("asserting that").
    if (v.participle && !lex_.communicationVerbs.count(*v.base)) return false;
  } else if (!mindVerbHere(*v.base, v.word, text, begin, tokens, k)) {
    return false;
  }
  return !v.participle || participleReports(text, begin, tokens, k);
}

void Attributions::attributeVerb(const SpeechVerbAt& v, const std::vector<Token>& tokens,
                                 const std::vector<const Mention*>& mentions, std::vector<Attribution>& out) const {
  const std::string_view text = a_.blocks[v.b].text;
  const std::size_t begin = v.begin, k = v.k, pos = begin + tokens[k].begin;
  if (v.passive) {
    // "Grok-1.5 was announced": the name before it is what was announced, not who spoke;
    // "was announced by xAI" names the speaker after "by".
    if (auto by = passiveAgent(text, begin, tokens, k, mentions)) out.push_back(std::move(*by));
    return;
  }
  // "called" as naming ("a lab called X") is not speech: it needs a speaker before it.
  Attribution a{pos, *v.base, {}, false};
  if (!v.participle && followsClosedQuotation(text, begin, pos)) {
    // '"…," opined Michael Dirda in The New York Review': the speaker after the verb, never a
    // name inside the quotation before it.
    if (const Mention* m = speakerAfterVerb(v.b, text, begin + tokens[k].end, v.end)) {
      a.speakers = {m->entity};
    } else if (k + 2 < tokens.size() && tokenAt(text, begin, tokens, k + 1) == "the") {
      // '"…," said the company': the anaphor after the verb, resolved as before one.
      if (int e = resolveReference(text, begin, begin + tokens[k + 2].end); e != kNone) a.speakers = {e};
    }
    if (!a.speakers.empty()) out.push_back(std::move(a));
    return;
  }
  a.speakers =
      v.participle ? participleSpeakers(text, begin, pos, out, mentions) : verbSpeakers(v.b, begin, pos, out, mentions);
  if (!v.participle && !agreesWithSpeakers(v.word, *v.base, text, begin, tokens, k, a.speakers)) a.speakers.clear();
  if (a.speakers.empty()) a.speakers = itemSpeakers(v.b, pos, v.word, *v.base);
  // A verb of belief that names no one holding the view may be no speech at all ("units
  // found missing", "We believe" inside a quotation): it must not take a figure's claimant.
  // WordNet's verbs take things for subjects too ("K-means assumes that", "Scaling implies
  // that"): only one who can speak, a person or an organisation named as one, says so.
  // The same holds for the verbs of showing ("Tennenbaum's theorem shows that", "it shows that"
  // of a metric): a theorem, a proof or a result shows; only a person or a body reports.
  if ((v.strict || v.thatOnly) && std::any_of(a.speakers.begin(), a.speakers.end(), [this](int e) {
        const EntityType t = typeOf(e);
        return commonWordsLabel(e) ||
               (t != EntityType::kOrganization && t != EntityType::kPublication && !personLike(e));
      }))
    a.speakers.clear();
  if (a.speakers.empty() && (lex_.mindVerbs.count(a.verb) || v.strict || v.thatOnly)) return;
  out.push_back(std::move(a));
}

bool Attributions::insideClosedAside(std::string_view text, std::size_t from, std::size_t at, std::size_t limit) {
  std::size_t open = text.substr(from, at - from + 1).rfind('(');
  if (open == std::string_view::npos) return false;
  std::size_t close = text.substr(0, limit).find(')', from + open);
  return close != std::string_view::npos && close > at;
}

const Attribution* Attributions::attributionFor(const std::vector<Attribution>& all, std::string_view text,
                                                std::size_t sentenceBegin, std::size_t pos, std::size_t after) const {
  if (after == std::string_view::npos) after = pos;
  const Attribution* best = nullptr;
  for (const auto& a : all)
    if (!a.global && a.pos < pos && !insideClosedAside(text, sentenceBegin, a.pos, pos)) best = &a;
  if (best) {
    std::string between = lowerAscii(text.substr(best->pos, pos - best->pos));
    if (between.find(';') != std::string::npos || between.find(" while ") != std::string::npos ||
        between.find(" but ") != std::string::npos || between.find(" whereas ") != std::string::npos)
      best = nullptr;
  }
  if (!best)
    for (const auto& a : all)
      if (!a.global && a.pos > after) {
        std::string between = lowerAscii(text.substr(after, a.pos - after));
        // Nor a verb inside or after another quotation: in '"..." after pinpointing "the way in
        // which she writes"' the verb is the second quotation's words. (`after` is the quotation's
        // own closing mark.)
        if (between.find(';') == std::string::npos && between.find(" while ") == std::string::npos &&
            between.find(" that ") == std::string::npos && between.find(" but ") == std::string::npos &&
            between.find('"', 1) == std::string::npos && between.find("\u201C") == std::string::npos)
          best = &a;
        break;
      }
  if (!best)
    for (const auto& a : all)
      if (a.global) best = &a;
  return best;
}

int Attributions::bodyBehind(int speaker, const std::vector<int>& refs) const {
  const std::string& name = nameOf(speaker);
  const std::size_t space = name.rfind(' ');
  const std::size_t headAt = space == std::string::npos ? 0 : space + 1;
  const std::string& head = lastWordOf(speaker);
  // A common English word written in lower case ("census", not "inclusionAI").
  if (headAt >= name.size() || name.compare(headAt, std::string::npos, head) != 0 || !lex_.isEnglishWord(head))
    return speaker;
  // The body is a public one ("U.S. Census Bureau"), not a book that has the word in its title.
  auto publicBody = [this](const std::vector<std::string>& words) {
    return !words.empty() && lex_.publicBodies.count(words.back());
  };
  int other = kNone;
  if (publisherWords_.size() != a_.references.size())
    for (std::size_t r = publisherWords_.size(); r < a_.references.size(); ++r)
      publisherWords_.push_back(ents_.publisherOf[r] == kNone ? std::vector<std::string>{}
                                                              : graph::foldTokens(nameOf(ents_.publisherOf[r])));
  for (std::size_t r = 0; r < a_.references.size(); ++r) {
    const int publisher = ents_.publisherOf[r];
    const std::vector<std::string>& words = publisherWords_[r];
    if (publisher == speaker || typeOf(publisher) != EntityType::kOrganization || !publicBody(words) ||
        std::find(words.begin(), words.end(), head) == words.end())
      continue;
    if (std::find(refs.begin(), refs.end(), a_.references[r].number) != refs.end()) return publisher;
    if (other == kNone) other = publisher;
  }
  return other != kNone ? other : speaker;
}

const Attribution* Attributions::speakerAfterQuote(std::size_t b, std::string_view text, const Quote& q,
                                                   const Attribution* a) {
  std::size_t tail = std::min(text.size(), q.end + 60);
  std::size_t stop = text.find('.', q.end);
  if (stop != std::string_view::npos && stop < tail) tail = stop;
  auto after = attributions(b, q.end, tail, mentionsIn(b, q.end, tail));
  if (after.empty() || after.front().speakers.empty()) {
    after.clear();
    if (std::optional<Attribution> inverted = invertedAttribution(b, text, q, tail)) after.push_back(*inverted);
  }
  if (after.empty() || after.front().speakers.empty()) return a;
  blockAfter_ = std::move(after);
  return &blockAfter_.front();
}

std::optional<Attribution> Attributions::invertedAttribution(std::size_t b, std::string_view text, const Quote& q,
                                                             std::size_t tail) const {
  // '"…," wrote Coubertin', '"…," writes law professor Ann Roe': a verb of saying right after the
  // quotation and its comma, then its speaker, after at most a few lower-case words of role.
  // '"…", responded Auster': the comma may also stand after the closing mark.
  std::size_t at = q.end;
  while (at < tail &&
         (text[at] == '"' || text[at] == ' ' || text[at] == ',' || static_cast<unsigned char>(text[at]) >= 0x80))
    ++at;
  const std::vector<Token> tokens = tokenize(text.substr(at, tail - at), 1);
  if (tokens.empty() || tokens[0].begin != 0) return std::nullopt;
  const std::string* verb = speechVerb(lowerAscii(text.substr(at, tokens[0].end)));
  if (!verb) return std::nullopt;
  const Mention* m = speakerAfterVerb(b, text, at + tokens[0].end, tail);
  if (!m) return std::nullopt;
  return Attribution{at, *verb, {m->entity}, false};
}

const Mention* Attributions::speakerAfterVerb(std::size_t b, std::string_view text, std::size_t verbEnd,
                                              std::size_t tail) const {
  if (verbEnd >= tail) return nullptr;
  const std::vector<Token> tokens = tokenize(text.substr(verbEnd, tail - verbEnd));
  const std::vector<const Mention*> mentions = mentionsIn(b, verbEnd, tail);
  std::size_t last = 0;  // where the words before token k end, relative to verbEnd
  for (std::size_t k = 0; k < tokens.size() && k <= 5; ++k) {
    const std::size_t begin = verbEnd + tokens[k].begin;
    if (text.substr(verbEnd + last, tokens[k].begin - last).find_first_of(",;:\"") != std::string_view::npos)
      return nullptr;
    for (const Mention* m : mentions)
      if (m->begin == begin && isAgent(m->entity)) return m;
    if (std::isupper(static_cast<unsigned char>(text[begin])) != 0) return nullptr;
    last = tokens[k].end;
  }
  return nullptr;
}

bool Attributions::spokenWord(std::string_view text, const Quote& q, std::string_view word, const Attribution* a) {
  if (!a || a->speakers.empty() || a->global || isNameWord(word)) return false;
  constexpr std::size_t kReach = 100;  // bytes from the verb to the quote
  if (a->pos >= q.end) return text[q.end - 1] == ',';
  // No other quotation between the verb and the word: '"notes": {"type": "string"}' is data.
  const std::size_t open = q.begin - openingMarkLength(text, q.begin);
  if (a->pos >= open || open - a->pos > kReach) return false;
  // Nor a clause boundary: in 'start writing Python code, as scripts begin with "import"' the
  // word is named, not said.
  std::string_view between = text.substr(a->pos, open - a->pos);
  return between.find_first_of("\",;") == std::string_view::npos && between.find("\u201D") == std::string_view::npos;
}

std::vector<int> Attributions::possessorOfQuote(const SentenceScope& sc, const Quote& q) const {
  std::string_view text = sc.text;
  const std::size_t begin = sc.sentence->begin;
  std::optional<std::size_t> at = possessiveBefore(text, begin, q.begin);
  if (!at) {
    auto words = wordsBefore(text, begin, q.begin - openingMarkLength(text, q.begin), 1);
    if (words.empty() || words.back() != "its") return {};
    int e = itReferent();
    return e == kNone ? std::vector<int>{} : std::vector<int>{e};
  }
  for (const Mention* m : sc.mentions)
    if (m->end == *at && isAgent(m->entity)) return {m->entity};
  int resolved = resolveReference(text, begin, *at);
  return resolved == kNone ? std::vector<int>{} : std::vector<int>{resolved};
}

std::vector<int> Attributions::citedPublisherNamed(const SentenceScope& sc) const {
  const std::vector<int>& refs = sc.sentence->refs;
  if (refs.size() != 1) return {};
  for (std::size_t r = 0; r < a_.references.size(); ++r) {
    if (a_.references[r].number != refs.front()) continue;
    const int publisher = ents_.publisherOf[r];
    for (const Mention* m : sc.mentions)
      if (publisher != kNone && m->entity == publisher && isAgent(publisher)) return {publisher};
    return {};
  }
  return {};
}

std::vector<int> Attributions::speakersOfQuote(SentenceScope& sc, const Quote& q, std::size_t wordCount,
                                               const Attribution*& a) {
  std::string_view text = sc.text;
  // '“…” — Ann Roe': the attribution line a quotation template or a block quotation shows.
  if (std::vector<int> signer = attributionLineOf(sc, q); !signer.empty()) {
    a = nullptr;
    return signer;
  }
  a = attributionFor(sc.attrs, text, sc.sentence->begin, q.begin, q.end);
  // A title before a verb ('In his paper "On the Measure of Intelligence," Chollet defined') is
  // what the verb's speaker wrote, not what the verb says.
  if (isTitleCase(trim(text.substr(q.begin, q.end - q.begin))) && (!a || a->pos > q.end)) {
    a = nullptr;
    return {};
  }
  const char lastInside = q.end > q.begin ? text[q.end - 1] : ' ';
  if ((!a || a->speakers.empty()) && (lastInside == ',' || lastInside == '?' || lastInside == '!'))
    a = speakerAfterQuote(sc.block, text, q, a);
  if (a && !a->speakers.empty()) return a->speakers;
  if (a) {
    std::vector<int> possessor = possessorOfQuote(sc, q);
    return possessor.empty() ? leadInSubjectOf(sc, q) : possessor;
  }
  if (std::vector<int> label = labelOfQuote(sc, q); !label.empty()) return label;
  if (std::vector<int> owner = speechNounOwner(sc, q); !owner.empty()) return owner;
  if (std::vector<int> person = asComplementSpeaker(sc, q); !person.empty()) return person;
  if (std::vector<int> later = speakerNamedNext(sc, q); !later.empty()) return later;
  if (std::vector<int> lead = leadInParagraphSpeakers(sc, q); !lead.empty()) return lead;
  if (std::vector<int> split = splitQuotationSpeakers(sc, q); !split.empty()) return split;
  if (wordCount < 4) return {};
  if (std::vector<int> lead = leadInSubjectOf(sc, q); !lead.empty()) return lead;
  std::vector<int> publisher = citedPublisherNamed(sc);
  if (!publisher.empty()) return publisher;
  return firstPersonSpeaker(text.substr(q.begin, q.end - q.begin));
}

std::vector<int> Attributions::attributionLineOf(const SentenceScope& sc, const Quote& q) const {
  const std::optional<std::size_t> name = dashAttributionAfter(sc.text, q.end);
  if (!name) return {};
  for (const Mention* m : mentionsIn(sc.block, *name, std::min(sc.text.size(), *name + 200)))
    // "—Official Description" names a kind of text, not who wrote it: common words are no name.
    if (m->begin == *name && isAgent(m->entity) && !commonWordsLabel(m->entity)) return {m->entity};
  return {};
}

std::vector<int> Attributions::leadInSubjectOf(const SentenceScope& sc, const Quote& q) const {
  const std::size_t begin = sc.sentence->begin;
  const std::optional<std::size_t> colon =
      introducingColon(sc.text, begin, q.begin - openingMarkLength(sc.text, q.begin));
  if (!colon) return {};
  // The quotation ends its sentence: in 'X has changed everything: "…," writes Y' the words after
  // it name the speaker, and speakerAfterQuote reads them.
  std::size_t after = q.end;
  while (after < sc.text.size() && (sc.text[after] == '"' || static_cast<unsigned char>(sc.text[after]) >= 0x80))
    ++after;
  const std::size_t sentenceEnd = sc.sentence->end;
  if (after < sentenceEnd &&
      trim(sc.text.substr(after, sentenceEnd - after)).find_first_not_of(".,;!?") != std::string_view::npos)
    return {};
  // The clause's subject: a person or an organisation (or a name written as a person's) right
  // before a word that reads as its verb ("Alhazen presented", "Roe later described", "critic
  // Ober Quill, however, offers ... in his piece:"), not one inside a phrase ("In Doubts
  // Concerning Ptolemy:", "Regarding God:").
  for (const Mention* m : sc.mentions) {
    if (m->end > *colon || m->possessor || m->prepositional) continue;
    const EntityType type = typeOf(m->entity);
    if (!personLike(m->entity) && type != EntityType::kOrganization) continue;
    std::size_t verbFrom = m->end;
    // "Ann Roe, the harbour's keeper, described": an aside between commas after the name.
    if (sc.text.compare(verbFrom, 2, ", ") == 0)
      if (const std::size_t close = sc.text.find(", ", verbFrom + 2); close < *colon && close - verbFrom <= 90)
        verbFrom = close + 1;
    const std::string_view rest = sc.text.substr(verbFrom, *colon - verbFrom);
    const std::vector<Token> after = tokenize(rest);
    if (after.empty() || !trim(rest.substr(0, after[0].begin)).empty()) continue;
    auto word = [&](std::size_t i) { return lowerAscii(rest.substr(after[i].begin, after[i].end - after[i].begin)); };
    std::size_t k = 0;
    while (k + 1 < after.size() && isAdverb(word(k))) ++k;
    if (std::isupper(static_cast<unsigned char>(rest[after[k].begin])) != 0) continue;
    // "set out his views", "summed up the case": the object follows the verb's particle.
    std::size_t object = k + 1;
    if (object + 1 < after.size() && isParticle(word(object))) ++object;
    // "offers Auster little praise": a name after the verb is its object ("^" reads as one).
    std::string objectWord = object < after.size() ? word(object) : std::string();
    if (object < after.size() && std::isupper(static_cast<unsigned char>(rest[after[object].begin])) != 0)
      objectWord = "^";
    if (readsAsVerb("^", word(k), objectWord)) return {m->entity};
  }
  return {};
}

std::vector<int> Attributions::leadInParagraphSpeakers(const SentenceScope& sc, const Quote& q) const {
  // The quotation is its block's whole start: a block quotation ({{quote}}, <blockquote>, "> ").
  const std::size_t open = q.begin - openingMarkLength(sc.text, q.begin);
  if (!trim(sc.text.substr(0, open)).empty() || sc.block == 0) return {};
  const std::size_t lead = sc.block - 1;
  const Block& block = a_.blocks[lead];
  if (!isColonLeadIn(block, sc.blk->section) || block.sentences.empty()) return {};
  const Sentence& last = block.sentences.back();
  const std::vector<const Mention*> mentions = mentionsIn(lead, last.begin, last.end);
  std::vector<int> speakers;
  for (const Attribution& a : attributions(lead, last.begin, last.end, mentions))
    if (!a.speakers.empty() && !a.global) speakers = a.speakers;
  return speakers;
}

std::vector<int> Attributions::splitQuotationSpeakers(const SentenceScope& sc, const Quote& q) const {
  if (quoteSpeakers_.empty() || quoteBlock_ != sc.block) return {};
  const auto& [before, speakers] = quoteSpeakers_.back();
  const std::size_t open = q.begin - openingMarkLength(sc.text, q.begin);
  if (before.end >= open || before.end == before.begin || sc.text[before.end - 1] != ',') return {};
  // '"A," wrote Coubertin, "B."': the words between end in a comma and hold no sentence's end.
  const std::string_view between = trim(sc.text.substr(before.end, open - before.end));
  // '"A," he says. "B."': a quotation that opens its sentence right after the speaker's tag (a
  // speech verb in a few words that end the sentence before) goes on with the same speaker's
  // words, as a quoted passage does across sentences.
  if (between.ends_with(".") && between.size() <= 40 &&
      trim(sc.text.substr(sc.sentence->begin, open - sc.sentence->begin)).empty()) {
    const std::vector<Token> words = tokenize(between);
    const bool tag = words.size() <= 5 && std::any_of(words.begin(), words.end(), [&](const Token& t) {
                       return speechVerb(lowerAscii(between.substr(t.begin, t.end - t.begin))) != nullptr;
                     });
    if (tag && between.find_first_of(";:!?") == std::string_view::npos) return speakers;
  }
  if (between.size() > 80 || !between.ends_with(",") || between.find_first_of(".;:!?") != std::string_view::npos)
    return {};
  return speakers;
}

std::vector<int> Attributions::speakerNamedNext(const SentenceScope& sc, const Quote& q) const {
  const std::string_view text = sc.text;
  const Sentence& here = *sc.sentence;
  // The quotation must be its sentence's last, so "this" can only point back to it.
  const std::string_view rest =
      text.substr(std::min(q.end + 1, text.size()), here.end > q.end + 1 ? here.end - q.end - 1 : 0);
  if (rest.find('"') != std::string_view::npos || rest.find("\u201C") != std::string_view::npos) return {};
  const std::vector<Sentence>& sentences = sc.blk->sentences;
  auto next = std::find_if(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.begin >= here.end; });
  if (next == sentences.end()) return {};
  const std::vector<Token> tokens = tokenize(text.substr(next->begin, next->end - next->begin));
  const std::vector<const Mention*> mentions = mentionsIn(sc.block, next->begin, next->end);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!speechVerb(tokenAt(text, next->begin, tokens, k)) ||
        !anaphoricPassiveSubject(text.substr(next->begin, tokens[k].begin)))
      continue;
    if (auto by = passiveAgent(text, next->begin, tokens, k, mentions)) return by->speakers;
  }
  return {};
}

std::vector<int> Attributions::labelOfQuote(const SentenceScope& sc, const Quote& q) const {
  const std::string_view text = sc.text;
  const std::optional<std::size_t> end = labelBeforeQuote(text);
  const std::size_t open = q.begin - openingMarkLength(text, q.begin);
  if (!end || sc.sentence->begin > *end || !firstWordAfterLabel(text, open)) return {};
  // "Google payments platform": common words, the first of which opens a name the article links.
  auto opensLinkedName = [this](int e) {
    const std::vector<std::string> words = graph::foldTokens(nameOf(e));
    return words.size() > 1 && std::any_of(ents_.entities.begin(), ents_.entities.end(), [&](const auto& other) {
             return other.linked && graph::foldTokens(other.name).front() == words.front();
           });
  };
  for (const Mention* m : sc.mentions)
    if (m->end == *end && trim(text.substr(0, m->begin)).empty() && isAgent(m->entity) &&
        (!commonWordsLabel(m->entity) || opensLinkedName(m->entity)))
      return {m->entity};
  return {};
}

std::vector<int> Attributions::speechNounOwner(const SentenceScope& sc, const Quote& q) const {
  const std::string_view text = sc.text;
  const std::size_t begin = sc.sentence->begin;
  const std::optional<std::size_t> noun = speechNounBefore(text, begin, q.begin - openingMarkLength(text, q.begin));
  if (!noun) return {};
  // "Chollet's definition", "Gretzky’s famous quote": a possessor right before (one word between).
  for (const Mention* m : sc.mentions)
    if (m->possessor && m->end < *noun && *noun - m->end <= 20 && isAgent(m->entity) &&
        tokenize(text.substr(m->end, *noun - m->end)).size() <= 2)
      return {m->entity};
  const std::vector<std::string> before = wordsBefore(text, begin, *noun, 2);
  for (std::size_t k = before.size(); k > 0 && k + 2 > before.size(); --k) {
    const std::string& w = before[k - 1];
    // "its mission", "their motto" on an organisation's page: the page's organisation first.
    if (w == "its" || w == "their") {
      const int owner = topicIsOrganization() ? ents_.topic : itReferent();
      return owner == kNone ? std::vector<int>{} : std::vector<int>{owner};
    }
    if (w == "his" || w == "her") {
      const int person = personReferent(sc.block, begin, *noun, sc.mentions);
      return person == kNone ? std::vector<int>{} : std::vector<int>{person};
    }
  }
  // "the mission of the club": the name after "of", or the topic named by its noun.
  const std::size_t of = text.find(" of ", *noun);
  if (of == std::string_view::npos || of > q.begin) return {};
  for (const Mention* m : sc.mentions)
    if ((m->begin == of + 4 || m->begin == of + 8) && isAgent(m->entity)) return {m->entity};
  const std::vector<Token> owner = tokenize(text.substr(of + 4, std::min<std::size_t>(q.begin - of - 4, 20)), 2);
  if (owner.size() < 2 || lowerAscii(text.substr(of + 4 + owner[0].begin, 4)) != "the " || ents_.topic == kNone)
    return {};
  const std::string head = lowerAscii(text.substr(of + 4 + owner[1].begin, owner[1].end - owner[1].begin));
  const std::vector<std::string> topicWords = graph::foldTokens(nameOf(ents_.topic));
  const bool topicNoun = std::find(topicWords.begin(), topicWords.end(), head) != topicWords.end();
  return topicNoun && isAgent(ents_.topic) ? std::vector<int>{ents_.topic} : std::vector<int>{};
}

std::vector<int> Attributions::firstPersonSpeaker(std::string_view words) const {
  const int subject = biographySubject();
  if (subject == kNone) return {};
  for (const Token& t : tokenize(words)) {
    std::string_view w = words.substr(t.begin, t.end - t.begin);
    if (w == "I" || w == "my" || w == "My" || w == "me" || w.starts_with("I’") || w.starts_with("I'")) return {subject};
  }
  return {};
}

int Attributions::biographySubject() const {
  if (ents_.topic != kNone)
    return typeOf(ents_.topic) == EntityType::kPerson || filedAsPerson(a_.categories) ? ents_.topic : kNone;
  auto most = std::max_element(ents_.entities.begin(), ents_.entities.end(),
                               [](const auto& a, const auto& b) { return a.mentions < b.mentions; });
  if (most == ents_.entities.end() || most->type != EntityType::kPerson) return kNone;
  return static_cast<int>(most - ents_.entities.begin());
}

std::vector<int> Attributions::quotedSpeakersAt(std::size_t block, std::size_t pos) const {
  if (quoteBlock_ != block) return {};
  for (const auto& [q, speakers] : quoteSpeakers_)
    if (q.begin <= pos && pos < q.end) return speakers;
  return {};
}

void Attributions::readBlockQuotes(const SentenceScope& sc) {
  if (quoteBlock_ == sc.block) return;
  blockQuotes_ = quoteSpans(sc.text);
  std::vector<Quote> single = singleQuoteSpans(sc.text, blockQuotes_);
  if (std::optional<Quote> open = unclosedQuote(sc.text, blockQuotes_)) single.push_back(*open);
  if (!single.empty()) {
    blockQuotes_.insert(blockQuotes_.end(), single.begin(), single.end());
    std::sort(blockQuotes_.begin(), blockQuotes_.end(),
              [](const Quote& x, const Quote& y) { return x.begin < y.begin; });
  }
  // A string in program text ("`role=\"Analyst\"`") is no quotation (ProgramText.h).
  std::erase_if(blockQuotes_, [&](const Quote& q) { return sc.blk->inCode(q.begin, q.begin + 1); });
  quoteBlock_ = sc.block;
  quoteSpeakers_.clear();
}

const Attribution* Attributions::quotationAttribution(SentenceScope& sc, std::size_t pos) {
  readBlockQuotes(sc);
  auto q = std::find_if(blockQuotes_.begin(), blockQuotes_.end(),
                        [&](const Quote& quote) { return quote.begin <= pos && pos < quote.end; });
  if (q == blockQuotes_.end() || q->begin < sc.sentence->begin) return nullptr;
  const bool closedDouble =
      q->end < sc.text.size() && (sc.text[q->end] == '"' || sc.text.compare(q->end, 3, "\u201D") == 0);
  if (!closedDouble) return nullptr;
  const Attribution* a = attributionFor(sc.attrs, sc.text, sc.sentence->begin, q->begin, q->end);
  // Only a verb outside the quotation: one inside it is the speaker's own report.
  if (!a || a->global || a->speakers.empty() || (a->pos >= q->begin && a->pos < q->end)) return nullptr;
  return a;
}

std::vector<int> Attributions::asComplementSpeaker(const SentenceScope& sc, const Quote& q) const {
  const std::string_view text = sc.text;
  const std::size_t open = q.begin - openingMarkLength(text, q.begin);
  if (openingMarkLength(text, q.begin) == 0 || open < sc.sentence->begin) return {};
  // "as", or "as" and an article, right before the mark.
  std::size_t asAt = std::string_view::npos;
  for (std::string_view tail : {" as ", " as a ", " as an ", " as the "})
    if (open >= sc.sentence->begin + tail.size() && text.substr(open - tail.size(), tail.size()) == tail)
      asAt = open - tail.size();
  if (asAt == std::string_view::npos) return {};
  const Mention* subject = nullptr;
  for (const Mention* m : sc.mentions)
    if (m->begin >= sc.sentence->begin && m->end <= asAt) {
      subject = m;
      break;
    }
  if (!subject || subject->prepositional || subject->possessor || typeOf(subject->entity) != EntityType::kPerson)
    return {};
  // One clause from the name to "as": no comma, semicolon, colon or bracket between.
  const std::string_view between = text.substr(subject->end, asAt - subject->end);
  if (between.find_first_of(",;:()") != std::string_view::npos) return {};
  // The word right after the name is a verb in the past tense ("introduced", "described").
  std::size_t w = subject->end;
  while (w < asAt && text[w] == ' ') ++w;
  std::size_t e = w;
  while (e < asAt && std::islower(static_cast<unsigned char>(text[e])) != 0) ++e;
  const std::string_view verb = text.substr(w, e - w);
  if (e == w || e >= asAt || text[e] != ' ' || verb.size() < 5 || !verb.ends_with("ed")) return {};
  return {subject->entity};
}

std::vector<int> Attributions::unattributedQuoteSpeakers(const SentenceScope& sc, std::size_t pos) {
  readBlockQuotes(sc);
  auto q = std::find_if(blockQuotes_.begin(), blockQuotes_.end(),
                        [&](const Quote& quote) { return quote.begin <= pos && pos < quote.end; });
  if (q == blockQuotes_.end() || q->begin < sc.sentence->begin) return {};
  // Single marks and a quotation never closed are quotations only where a verb says so (quoteClaims).
  const bool closedDouble =
      q->end < sc.text.size() && (sc.text[q->end] == '"' || sc.text.compare(q->end, 3, "\u201D") == 0);
  if (!closedDouble) return {};
  if (std::vector<int> label = labelOfQuote(sc, *q); !label.empty()) return label;
  return sc.attrs.empty() ? firstPersonSpeaker(sc.text.substr(q->begin, q->end - q->begin)) : std::vector<int>{};
}

void Attributions::quoteClaims(SentenceScope& sc) {
  const Sentence& s = *sc.sentence;
  std::string_view text = sc.text;
  readBlockQuotes(sc);
  auto firstQuote = std::lower_bound(blockQuotes_.begin(), blockQuotes_.end(), s.begin,
                                     [](const Quote& q, std::size_t pos) { return q.begin < pos; });
  for (auto quote = firstQuote; quote != blockQuotes_.end() && quote->begin < s.end; ++quote) {
    const Quote& q = *quote;
    std::string words(trim(text.substr(q.begin, q.end - q.begin)));
    while (!words.empty() && (words.back() == ',' || words.back() == '.')) words.pop_back();
    const std::size_t wordCount = tokenize(words).size();
    const Attribution* a = nullptr;
    std::vector<int> speakers = speakersOfQuote(sc, q, wordCount, a);
    if (speakers.empty() && wordCount < 6) continue;  // scare quotes: "efficient AI"
    // A Markdown block quotation whose lead-in names no speaker is an example or a note ("For
    // instance:" then "> Q: Roger has 5 balls ..."), no one's words.
    if (speakers.empty() && a_.format != "wikitext" &&
        trim(text.substr(0, q.begin - openingMarkLength(text, q.begin))).empty() && sc.block > 0 &&
        isColonLeadIn(a_.blocks[sc.block - 1], sc.blk->section))
      continue;
    // Single marks also set off terms and titles: only words someone is said to say are quoted.
    const bool singleMarks = openingMarkLength(text, q.begin) > 0 &&
                             (text[q.begin - 1] == '\'' || text[q.begin - 1] == '\x98');  // ' or U+2018
    const bool unclosed = trim(text.substr(q.end)).empty();  // unclosedQuote's: no mark after it
    if ((singleMarks || unclosed) && (!a || a->speakers.empty())) continue;
    if (wordCount < 2 && !spokenWord(text, q, words, a)) continue;
    sc.markUsed(a);
    ClaimRecord c = sc.base(ClaimKind::kQuote);
    c.quote = words;
    if (a) c.verb = a->verb;
    if (!speakers.empty()) quoteSpeakers_.emplace_back(q, speakers);
    c.claimants = std::move(speakers);
    c.subject = c.claimants.empty() ? kNone : c.claimants.front();
    claims_.push_back(std::move(c));
  }
}

void Attributions::statementClaims(const SentenceScope& sc, std::size_t before) {
  const auto& attrs = sc.attrs;
  // "Anthropic strongly recommends:" then "- Maintaining comprehensive backup strategies": an item
  // that names no speaker, under a lead-in where a person or an organisation speaks, says what
  // they say, unless a claim of its own already gives them (a figure takes them in figureClaims).
  if (sc.blk->kind == BlockKind::kListItem &&
      std::none_of(attrs.begin(), attrs.end(), [](const Attribution& a) { return !a.speakers.empty(); }) &&
      std::none_of(claims_.begin() + static_cast<std::ptrdiff_t>(before), claims_.end(),
                   [](const ClaimRecord& c) { return !c.claimants.empty(); })) {
    // "- Describe the font style": an item that opens with a verb's bare form is an instruction
    // (an imperative), which no one in the text speaks.
    const std::vector<Token> words = tokenize(sc.sentenceText().substr(0, 60), 2);
    const std::string first = words.empty() ? std::string() : tokenAt(sc.sentenceText(), 0, words, 0);
    const std::string second = words.size() > 1 ? tokenAt(sc.sentenceText(), 0, words, 1) : std::string();
    const bool imperative = !first.empty() && !first.ends_with("ing") && !first.ends_with("ed") &&
                            !first.ends_with("s") && readsAsVerb("", first, second);
    // The page's own topic "speaking" in a lead-in is mostly a benchmark or a product that the page
    // describes in its own voice ("SimpleBench acknowledges several limitations:", "Research using
    // MGSM revealed:"): its items are the page's, unless the topic is a person.
    std::vector<int> lead = imperative ? std::vector<int>{} : leadInAgents(sc.block);
    if (lead.size() == 1 && isPageTopic(lead.front()) && typeOf(lead.front()) != EntityType::kPerson) lead.clear();
    if (!lead.empty()) {
      ClaimRecord c = sc.base(ClaimKind::kStatement);
      c.claimants = lead;
      c.verb = leadInVerb(sc.block);
      c.subject = c.claimants.front();
      claims_.push_back(std::move(c));
      return;
    }
  }
  // "## Yann LeCun Response" then "Please ignore the deluge of complete nonsense about Q*.": the
  // section's sentences that attribute nothing are the words of the person its heading names.
  if (std::none_of(attrs.begin(), attrs.end(), [](const Attribution& a) { return !a.speakers.empty(); }) &&
      std::none_of(claims_.begin() + static_cast<std::ptrdiff_t>(before), claims_.end(),
                   [](const ClaimRecord& c) { return !c.claimants.empty(); }))
    if (const int speaker = headingSpeaker(sc); speaker != kNone) {
      ClaimRecord c = sc.base(ClaimKind::kStatement);
      c.claimants = {speaker};
      c.subject = speaker;
      claims_.push_back(std::move(c));
      return;
    }
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (sc.attributionUsed[i] || attrs[i].speakers.empty()) continue;
    bool duplicate = false;
    for (std::size_t j = 0; j < i; ++j)
      if (!sc.attributionUsed[j] && attrs[j].speakers == attrs[i].speakers) duplicate = true;
    if (duplicate) continue;
    ClaimRecord c = sc.base(ClaimKind::kStatement);
    c.claimants = attrs[i].speakers;
    c.verb = attrs[i].verb;
    c.subject = c.claimants.front();
    claims_.push_back(std::move(c));
  }
}

// "The anarcho-syndicalist, Fernand Pelloutier, argued", "the President of the IOC, Jacques Rogge,
// stated": an aside between the commas at `open` and `close` that is a name whole names the one
// the words before describe: a person, or an organisation not itself after a name ("Paris, France,").
const Mention* Attributions::appositiveName(std::string_view text, std::size_t sentenceBegin, std::size_t open,
                                            std::size_t close, const std::vector<const Mention*>& mentions) const {
  std::size_t begin = open + 1;
  while (begin < close && text[begin] == ' ') ++begin;
  // "Infosys, and YC Research, collectively pledged": the last member of a list, which speakerList
  // reads whole.
  const bool lastOfList = text.substr(begin, close - begin).starts_with("and ");
  if (lastOfList) begin += 4;
  for (const Mention* m : mentions) {
    if (m->begin != begin || m->end != close) continue;
    if (typeOf(m->entity) == EntityType::kPerson || (lastOfList && isAgent(m->entity))) return m;
    const bool afterName =
        std::any_of(mentions.begin(), mentions.end(), [open](const Mention* o) { return o->end == open; });
    if (typeOf(m->entity) == EntityType::kOrganization && !afterName) return m;
    // Any name after a noun phrase with a determiner that opens its clause ("The
    // anarcho-syndicalist,", "in 2012, the President of the IOC,"); not "Paris, France,".
    std::size_t clause = text.substr(0, open).rfind(',');
    clause = clause == std::string_view::npos || clause < sentenceBegin ? sentenceBegin : clause + 1;
    const std::vector<Token> lead = tokenize(text.substr(clause, open - clause));
    if (lead.empty() || lead.size() > 6 || !isAgent(m->entity)) return nullptr;  // a phrase, not a clause
    const std::string first = lowerAscii(text.substr(clause + lead[0].begin, lead[0].end - lead[0].begin));
    return isDeterminer(first) ? m : nullptr;
  }
  return nullptr;
}

// "Rashid Abu Shbak, a senior PA security official declared", "James Franck, the director of the
// institute reported": a name (a person, an organisation) that opens the clause, a comma, and a description up to the
// verb at `pos` (an article or a role first; no comma, no clause word, no other verb of saying).
const Mention* Attributions::appositiveHead(std::string_view text, std::size_t sentenceBegin, std::size_t pos,
                                            const std::vector<const Mention*>& mentions) const {
  const std::size_t comma =
      pos >= 2 ? rfindFrom(text, ", ", pos - 2, windowFrom(pos, 90, sentenceBegin)) : std::string_view::npos;
  if (comma == std::string_view::npos || comma < sentenceBegin || pos - comma > 90) return nullptr;
  const std::string_view description = text.substr(comma + 2, pos - comma - 2);
  const std::vector<Token> words = tokenize(description);
  if (words.empty()) return nullptr;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string w = lowerAscii(description.substr(words[k].begin, words[k].end - words[k].begin));
    if (k == 0 && w != "a" && w != "an" && w != "the" && !lex_.isRole(w)) return nullptr;
    if (isClauseWord(w) || lex_.speechVerbs.count(w)) return nullptr;
  }
  for (const Mention* m : mentions) {
    if (m->end != comma || m->possessor || m->prepositional || !isAgent(m->entity)) continue;
    const std::string_view before = trim(text.substr(sentenceBegin, m->begin - sentenceBegin));
    return before.empty() || before.back() == ',' ? m : nullptr;
  }
  return nullptr;
}

// "Carl Landauer, in his book European Socialism argued": a name in a work's title, after "in",
// a determiner and a noun ("in his book", "in the essay"), is what the speaker wrote.
bool Attributions::workTitle(std::string_view text, std::size_t sentenceBegin, const Mention* m) {
  std::vector<Token> before = tokenize(text.substr(sentenceBegin, m->begin - sentenceBegin));
  std::size_t k = before.size();
  auto word = [&](std::size_t n) {
    return text.substr(sentenceBegin + before[n].begin, before[n].end - before[n].begin);
  };
  while (k > 0 && before.size() - k < 4 && std::isupper(static_cast<unsigned char>(word(k - 1)[0])) != 0) --k;
  if (k < 3) return false;
  const std::string det = lowerAscii(word(k - 2));
  const std::string_view noun = word(k - 1);
  return lowerAscii(word(k - 3)) == "in" && isDeterminer(det) && std::islower(static_cast<unsigned char>(noun[0])) != 0;
}

// The author before a work's title: the person named right before "in" (and a comma), or nobody.
const Mention* Attributions::authorBefore(std::string_view text, std::size_t sentenceBegin, const Mention& title,
                                          const std::vector<const Mention*>& mentions) const {
  std::size_t in = text.substr(0, title.begin).rfind(" in ");
  if (in == std::string_view::npos || in < sentenceBegin) return nullptr;
  while (in > sentenceBegin && (text[in - 1] == ',' || text[in - 1] == ' ')) --in;
  for (const Mention* m : mentions)
    if (m->end == in && typeOf(m->entity) == EntityType::kPerson) return m;
  return nullptr;
}

// "He said", "she told": the person the paragraph named last before the sentence at
// `sentenceBegin`, a clause's subject first ("Etzioni believes ... He claims"), else any
// ("Coubertin's advocacy ... He believed"); with none, the section's running person. A person
// that is the sentence's own subject comes first, and on a biography, the person it is about.
int Attributions::previousSubject(std::size_t b, std::size_t sentenceBegin) const {
  const Block& block = a_.blocks[b];
  const Sentence* before = nullptr;
  for (const Sentence& s : block.sentences)
    if (s.end <= sentenceBegin) before = &s;
  if (!before) return kNone;
  const std::vector<const Mention*> mentions = mentionsIn(b, before->begin, before->end);
  auto first = std::find_if(mentions.begin(), mentions.end(),
                            [](const Mention* m) { return !m->prepositional && !m->possessor; });
  if (first == mentions.end() || typeOf((*first)->entity) != EntityType::kPerson) return kNone;
  // The first name of the sentence is its subject only when no other name is possessed before it.
  if (first != mentions.begin()) return kNone;
  const bool he = subjectPronoun() == "he";
  for (const std::string& w : graph::foldTokens(block.text.substr(before->begin, before->end - before->begin)))
    if (he ? (w == "he" || w == "him" || w == "his" || w == "himself")
           : (w == "she" || w == "her" || w == "hers" || w == "herself"))
      return kNone;
  return (*first)->entity;
}

int Attributions::personReferent(std::size_t b, std::size_t sentenceBegin, std::size_t pos,
                                 const std::vector<const Mention*>& mentions) const {
  for (const Mention* m : mentions)
    if (m->end <= pos && m->begin >= sentenceBegin && !m->prepositional && !m->possessor && personLike(m->entity))
      return m->entity;
  // A biography's "he" is its subject, whoever else the paragraph names ("he suggested to the
  // King"), when the page speaks of its subject so ("He cites" in a page about a woman is another's).
  const auto pronoun =
      wordsBefore(a_.blocks[b].text, sentenceBegin, pronounEnd(a_.blocks[b].text, sentenceBegin, pos), 1);
  if (const int biography = biographySubject(); biography != kNone && subjectPronoun() == pronoun.back()) {
    // "A trained physician, Brookes believed ... In 1850, he had initiated": right after a sentence
    // whose subject is another person and that never refers to the biography's subject, "he" continues
    // that sentence's subject.
    if (const int previous = previousSubject(b, sentenceBegin); previous != kNone && previous != biography)
      return previous;
    return biography;
  }
  int subject = kNone, any = kNone;
  for (const Mention& m : ents_.mentions[b]) {
    if (m.end > sentenceBegin) break;
    if (!personLike(m.entity)) continue;
    any = m.entity;
    if (!m.prepositional && !m.possessor) subject = m.entity;
  }
  if (subject == kNone) subject = any;
  if (subject == kNone) subject = discourse_.person;
  return subject;
}

// "he" or "she": the one the article uses more (with "his", "him", "her"...), read once.
const std::string& Attributions::subjectPronoun() const {
  if (!subjectPronoun_.empty()) return subjectPronoun_;
  long balance = 0;  // masculine minus feminine
  for (const Block& block : a_.blocks)
    for (const Token& t : tokenize(block.text)) {
      const std::string w = lowerAscii(std::string_view(block.text).substr(t.begin, t.end - t.begin));
      if (w == "he" || w == "his" || w == "him" || w == "himself") ++balance;
      if (w == "she" || w == "her" || w == "hers" || w == "herself") --balance;
    }
  subjectPronoun_ = balance >= 0 ? "he" : "she";
  return subjectPronoun_;
}

const std::string* Attributions::speechVerb(std::string_view word) const {
  const auto it = lex_.speechForms.find(word);
  return it != lex_.speechForms.end() ? &it->second : nullptr;
}

bool Attributions::reportedClauseFollows(std::string_view text, std::size_t begin, const std::vector<Token>& tokens,
                                         std::size_t k) const {
  const std::size_t afterVerb = begin + tokens[k].end;
  if (objectEndsLeadIn(text, afterVerb)) return true;
  if (k + 1 < tokens.size() && tokenAt(text, begin, tokens, k + 1) == "that") {
    // "that" opens a clause, not a noun phrase ("signed that treaty"): what follows it is a word
    // that can open a clause (a function word, a name, a number, a plural noun) or a quotation.
    if (k + 2 >= tokens.size()) return false;
    const std::size_t at = begin + tokens[k + 2].begin;
    const std::string next = tokenAt(text, begin, tokens, k + 2);
    const std::string_view gap = text.substr(begin + tokens[k + 1].end, at - begin - tokens[k + 1].end);
    if (gap.find_first_of("\"\xE2") != std::string_view::npos) return true;
    // "Broadway shows that are based on movies": a finite verb right after "that" makes it the
    // subject of a relative clause, of a noun before it, not the opening of a reported clause: an
    // auxiliary or a form of "do".
    if (isAuxiliary(next) || isFormOfDo(next)) return false;
    const unsigned char first = static_cast<unsigned char>(text[at]);
    return lex_.isFunctionWord(next) || std::isupper(first) != 0 || std::isdigit(first) != 0 ||
           (next.size() > 3 && next.back() == 's' && !next.ends_with("ss"));
  }
  // '... asserted, "The struggle ..."', 'declared: "…"': the quotation is the verb's object.
  std::string_view rest = text.substr(afterVerb, 6);
  if (rest.starts_with(",") || rest.starts_with(":")) rest.remove_prefix(1);
  rest = trim(rest);
  return rest.starts_with("\"") || rest.starts_with("\u201C");
}

bool Attributions::objectEndsLeadIn(std::string_view text, std::size_t afterVerb) const {
  std::string_view rest = trim(text.substr(afterVerb));
  constexpr std::size_t kLongestObject = 100;  // a noun phrase, not a clause of its own
  if (rest.empty() || rest.back() != ':' || rest.size() > kLongestObject) return false;
  rest.remove_suffix(1);
  if (rest.find_first_of(".;:!?\"") != std::string_view::npos) return false;
  // The object is something said or thought ("three facts", "four principles"), not an act or a
  // thing ("has filed six lawsuits against X:" lists the suits): a proposition noun before the
  // object's first preposition.
  for (const Token& t : tokenize(rest)) {
    const std::string w = lowerAscii(rest.substr(t.begin, t.end - t.begin));
    if (lex_.prepositions.count(w)) break;
    if (isPropositionNoun(w)) return true;
  }
  return false;
}

// An adverb that may stand before a verb and leave its speaker the one named before it: not a
// preposition WordNet also lists as an adverb ("error between predicted", "within Gemini by
// describing"), nor a negation ("OpenAI has not disclosed" says nothing).
bool Attributions::adverbBeforeVerb(const std::string& word) const {
  return isAdverb(word) && !lex_.prepositions.count(word) && word != "not" && word != "never";
}

// A name that is only a legal form ("Inc.", "GmbH"), data/legal_forms.txt.
bool Attributions::isLegalForm(std::string_view name) const {
  std::string folded = graph::foldKey(name);
  while (!folded.empty() && folded.back() == '.') folded.pop_back();
  return lex_.legalForms.count(folded) > 0;
}

}  // namespace cg::ingest
