#pragma once
// The answers of the query commands, for people (short aligned text) and for machines
// (JSON in the shapes of CONTRACT.md and schemas/).

#include <string>
#include <string_view>
#include <vector>

#include "query/Query.h"

namespace cg::query {

[[nodiscard]] std::string whoClaimedJson(const Engine& e, const std::string& query, const std::vector<Hit>& hits);
[[nodiscard]] std::string whoClaimedText(const Engine& e, const std::vector<Hit>& hits);
[[nodiscard]] std::string sourcesJson(const Engine& e, const Provenance& p);
[[nodiscard]] std::string sourcesText(const Engine& e, const Provenance& p);
[[nodiscard]] std::string entityJson(const Engine& e, const EntityReport& r);
[[nodiscard]] std::string entityText(const Engine& e, const EntityReport& r);
[[nodiscard]] std::string contestedJson(const Engine& e, const std::vector<ContestedId>& sets);
[[nodiscard]] std::string contestedText(const Engine& e, const std::vector<ContestedId>& sets);
[[nodiscard]] std::string checkJson(const Engine& e, const CheckResult& r);
[[nodiscard]] std::string checkText(const Engine& e, const CheckResult& r);
// Why a sentence of a draft was not checked: `check --file`'s "not checked: ..." and its JSON's
// not_checked reason, and the serve page's.
inline constexpr std::string_view kNotCheckedReason = "no figure or checkable claim read";
// `check --file`: each sentence of a draft with its line, checked or not.
[[nodiscard]] std::string checkDraftJson(const Engine& e, const std::string& path,
                                         const std::vector<DraftCheck>& checks);
[[nodiscard]] std::string checkDraftText(const Engine& e, const std::string& path,
                                         const std::vector<DraftCheck>& checks);

}  // namespace cg::query
