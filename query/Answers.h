#pragma once
// The answers of the query commands, for people (short aligned text) and for machines
// (JSON in the shapes of CONTRACT.md and schemas/).

#include <string>
#include <vector>

#include "query/Query.h"

namespace cg::query {

[[nodiscard]] std::string whoClaimedJson(const Engine& e, const std::string& query, const std::vector<Hit>& hits);
[[nodiscard]] std::string whoClaimedText(const Engine& e, const std::vector<Hit>& hits);
[[nodiscard]] std::string sourcesJson(const Engine& e, const Provenance& p);
[[nodiscard]] std::string sourcesText(const Engine& e, const Provenance& p);
[[nodiscard]] std::string entityJson(const Engine& e, const EntityReport& r);
[[nodiscard]] std::string entityText(const Engine& e, const EntityReport& r);
[[nodiscard]] std::string contestedJson(const Engine& e, const std::vector<Id>& sets);
[[nodiscard]] std::string contestedText(const Engine& e, const std::vector<Id>& sets);
[[nodiscard]] std::string checkJson(const Engine& e, const CheckResult& r);
[[nodiscard]] std::string checkText(const Engine& e, const CheckResult& r);
// `check --file`: each checked sentence of a draft with its line.
[[nodiscard]] std::string checkDraftJson(const Engine& e, const std::string& path,
                                         const std::vector<DraftCheck>& checks);
[[nodiscard]] std::string checkDraftText(const Engine& e, const std::string& path,
                                         const std::vector<DraftCheck>& checks);

}  // namespace cg::query
