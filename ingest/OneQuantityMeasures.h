#pragma once
// Measures that name one quantity (data/one_quantity_measures.tsv): "number of chats" and "number of
// conversations" are both what a chat product counts. Read by reason::measuresOfOneQuantity.

#include <string>
#include <vector>

namespace cg::ingest {

// The classes of the file, each its measures as the record names them, in the file's order.
[[nodiscard]] const std::vector<std::vector<std::string>>& oneQuantityMeasures();

}  // namespace cg::ingest
