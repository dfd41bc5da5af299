#include "graph/WordTable.h"

namespace cg::graph {

void WordSlots::add(std::uint32_t hash, std::size_t position) {
  if (2 * (used_ + 1) > slots_.size()) {  // at most half full: grow first
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.position != 0) place(slot);
  }
  place(Slot{hash, static_cast<std::uint32_t>(position + 1)});
  ++used_;
}

void WordSlots::place(Slot slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = slot.hash & mask;
  while (slots_[at].position != 0) at = (at + 1) & mask;
  slots_[at] = slot;
}

}  // namespace cg::graph
