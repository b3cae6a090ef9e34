// Sets and maps kept as sorted vectors. The lifetime state is copied at every CFG block: its
// containers should copy as one block of memory (or none, while small), not node by node.
// Elements are mostly inserted in increasing order (declarations are allocated in source order),
// so inserting stays cheap.
#ifndef TENSORLIFE_CORE_SORTEDVECTOR_H
#define TENSORLIFE_CORE_SORTEDVECTOR_H

#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <utility>

namespace tensorlife {

/// What sets and maps share: the sorted elements, walked and compared in order.
template <typename T, unsigned N> class SortedVector {
public:
  using iterator = typename llvm::SmallVector<T, N>::iterator;
  using const_iterator = typename llvm::SmallVector<T, N>::const_iterator;

  iterator erase(const_iterator It) { return Items.erase(It); }
  iterator begin() { return Items.begin(); }
  iterator end() { return Items.end(); }
  const_iterator begin() const { return Items.begin(); }
  const_iterator end() const { return Items.end(); }
  bool empty() const { return Items.empty(); }
  size_t size() const { return Items.size(); }
  bool operator==(const SortedVector &O) const { return Items == O.Items; }
  bool operator!=(const SortedVector &O) const { return !(*this == O); }

protected:
  llvm::SmallVector<T, N> Items;
};

template <typename T, unsigned N> class SortedSet : public SortedVector<T, N> {
  using Base = SortedVector<T, N>;
  using Base::Items;

public:
  SortedSet() = default;
  SortedSet(std::initializer_list<T> Init) { insert(Init.begin(), Init.end()); }

  /// Returns true when \p V was not there yet.
  bool insert(const T &V) {
    auto It = std::lower_bound(Items.begin(), Items.end(), V);
    if (It != Items.end() && *It == V)
      return false;
    Items.insert(It, V);
    return true;
  }
  template <typename It> void insert(It First, It Last) {
    for (; First != Last; ++First)
      insert(*First);
  }
  bool count(const T &V) const { return std::binary_search(Items.begin(), Items.end(), V); }
};

template <typename K, typename V> class SortedMap : public SortedVector<std::pair<K, V>, 0> {
  using Base = SortedVector<std::pair<K, V>, 0>;
  using Base::Items;

public:
  using typename Base::const_iterator;
  using typename Base::iterator;
  using Base::erase;

  iterator find(const K &Key) {
    iterator It = lowerBound(Key);
    return It != Items.end() && It->first == Key ? It : Items.end();
  }
  const_iterator find(const K &Key) const { return const_cast<SortedMap *>(this)->find(Key); }
  size_t count(const K &Key) const { return find(Key) != this->end(); }
  V &operator[](const K &Key) {
    iterator It = lowerBound(Key);
    if (It == Items.end() || !(It->first == Key))
      It = Items.insert(It, {Key, V()});
    return It->second;
  }
  /// Inserts unless \p Key is there already.
  void emplace(const K &Key, V Value) {
    iterator It = lowerBound(Key);
    if (It == Items.end() || !(It->first == Key))
      Items.insert(It, {Key, std::move(Value)});
  }
  size_t erase(const K &Key) {
    iterator It = find(Key);
    if (It == Items.end())
      return 0;
    Items.erase(It);
    return 1;
  }

private:
  iterator lowerBound(const K &Key) {
    // Most lookups and inserts are of the newest (largest) keys.
    if (Items.empty() || Items.back().first < Key)
      return Items.end();
    return std::lower_bound(Items.begin(), Items.end(), Key,
                            [](const std::pair<K, V> &Item, const K &K2) { return Item.first < K2; });
  }
};

} // namespace tensorlife

#endif
