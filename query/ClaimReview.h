#pragma once
// `check --claimreview`: a verdict as schema.org ClaimReview JSON-LD, the form fact-checking sites
// publish and search engines read: claimReviewed (the statement), reviewRating (the verdict as
// alternateName, the explanation as ratingExplanation), and itemReviewed, a Claim whose
// appearances are the evidence's sources.

#include <string>

#include "query/Query.h"

namespace cg::query {

[[nodiscard]] std::string claimReviewJson(const Engine& e, const CheckResult& r);

}  // namespace cg::query
