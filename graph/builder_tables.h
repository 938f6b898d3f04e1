// Tables of the network builder (network_build.cc): inline hashing and
// comparison of short strings, an open-addressing index, a string pool and
// a growing array that never moves what it holds. Internal to graph/.
#ifndef DIPGRAPH_GRAPH_BUILDER_TABLES_H_
#define DIPGRAPH_GRAPH_BUILDER_TABLES_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::builder_internal {

inline constexpr uint32_t kNone = UINT32_MAX;

// Hashing and comparing the short strings of events, inline: std::hash (a
// call per string) and memcmp calls were a fifth of the folding thread's
// time on 200,000 events.
inline uint64_t Mix(uint64_t h, uint64_t v) {
  __uint128_t m = static_cast<__uint128_t>(h ^ v) * 0x9E3779B97F4A7C15ull;
  return static_cast<uint64_t>(m >> 64) ^ static_cast<uint64_t>(m);
}

inline uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// s mixed into h, eight bytes at a time.
inline uint64_t Combine(uint64_t h, std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  h = Mix(h, n);
  for (; n >= 8; p += 8, n -= 8) h = Mix(h, Load8(p));
  if (n > 0) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    h = Mix(h, v);
  }
  return h;
}

inline uint64_t HashText(std::string_view s) { return Combine(0, s); }

// a == b; strings of 8 to 16 bytes by two loads each.
inline bool Same(std::string_view a, std::string_view b) {
  size_t n = a.size();
  if (n != b.size()) return false;
  if (n == 0) return true;  // (an empty view's data may be null)
  if (n >= 8 && n <= 16)
    return Load8(a.data()) == Load8(b.data()) &&
           Load8(a.data() + n - 8) == Load8(b.data() + n - 8);
  return std::memcmp(a.data(), b.data(), n) == 0;
}

// Open addressing from a 64-bit hash to the index of an item kept by the
// caller; `eq(index)` tells whether that item is the one looked for.
class FlatIndex {
 public:
  FlatIndex() : slots_(16) {}

  template <typename Eq>
  uint32_t FindOrAdd(uint64_t hash, const Eq& eq, uint32_t next, bool* added) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = Home(hash);; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.index == kNone) {
        s = {hash, next};
        ++size_;
        *added = true;
        return next;
      }
      if (s.hash == hash && eq(s.index)) {
        *added = false;
        return s.index;
      }
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kNone;
  };
  size_t Home(uint64_t hash) const {  // Fibonacci hashing: the high bits
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.index == kNone) continue;
      size_t i = Home(s.hash);
      while (slots_[i].index != kNone) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  int shift_ = 60;  // 64 - log2(slots)
};

// Strings by index. A deque keeps them in place as the pool grows.
class StringPool {
 public:
  uint32_t Intern(std::string_view s) {
    bool added = false;
    uint32_t i = index_.FindOrAdd(
        HashText(s), [&](uint32_t k) { return Same(strings_[k], s); },
        static_cast<uint32_t>(strings_.size()), &added);
    if (added) strings_.emplace_back(s);
    return i;
  }
  const std::string& operator[](uint32_t i) const { return strings_[i]; }

 private:
  FlatIndex index_;
  std::deque<std::string> strings_;
};

// A growing array that never moves what it holds: blocks of a fixed size.
// A vector of the edges' accumulators (about 300 bytes each, tens of
// thousands of them) copied itself at each doubling, and every copy landed
// in memory the process had not touched before, which the kernel must zero
// (zeroing fresh pages: 20 % of the CPU samples of `graph` on 200,000
// events before, 14 % after).
template <typename T>
class Blocks {
 public:
  size_t size() const { return size_; }
  T& operator[](size_t i) { return blocks_[i / kBlock][i % kBlock]; }
  const T& operator[](size_t i) const {
    return blocks_[i / kBlock][i % kBlock];
  }
  T& emplace_back() {
    if (size_ == blocks_.size() * kBlock)
      blocks_.push_back(std::make_unique<T[]>(kBlock));
    return (*this)[size_++];
  }

 private:
  static constexpr size_t kBlock = 4096;
  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t size_ = 0;
};

}  // namespace dipgraph::builder_internal

#endif  // DIPGRAPH_GRAPH_BUILDER_TABLES_H_
