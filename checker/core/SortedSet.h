// A set kept as a sorted small vector: the per-object sets of the lifetime state hold a handful
// of elements and are copied at every CFG block, so they should cost no allocation while small.
#ifndef TENSORLIFE_CORE_SORTEDSET_H
#define TENSORLIFE_CORE_SORTEDSET_H

#include "llvm/ADT/SmallVector.h"

#include <algorithm>

namespace tensorlife {

template <typename T, unsigned N> class SortedSet {
public:
  using iterator = typename llvm::SmallVector<T, N>::iterator;
  using const_iterator = typename llvm::SmallVector<T, N>::const_iterator;

  SortedSet() = default;
  SortedSet(std::initializer_list<T> Items) { insert(Items.begin(), Items.end()); }

  /// Returns true when \p V was not there yet.
  bool insert(const T &V) {
    iterator It = std::lower_bound(Items.begin(), Items.end(), V);
    if (It != Items.end() && *It == V)
      return false;
    Items.insert(It, V);
    return true;
  }
  template <typename It> void insert(It First, It Last) {
    for (; First != Last; ++First)
      insert(*First);
  }
  iterator erase(const_iterator It) { return Items.erase(It); }
  bool count(const T &V) const { return std::binary_search(Items.begin(), Items.end(), V); }

  iterator begin() { return Items.begin(); }
  iterator end() { return Items.end(); }
  const_iterator begin() const { return Items.begin(); }
  const_iterator end() const { return Items.end(); }
  bool empty() const { return Items.empty(); }
  size_t size() const { return Items.size(); }
  bool operator==(const SortedSet &O) const { return Items == O.Items; }
  bool operator!=(const SortedSet &O) const { return !(*this == O); }

private:
  llvm::SmallVector<T, N> Items;
};

} // namespace tensorlife

#endif
