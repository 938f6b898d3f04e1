// Longest-match alias matcher over tokens: a trie whose edges are folded
// token ids (see text.h for the folding).
//
//   Matcher m;
//   m.Add("the Kremlin", 7);              // payload: any int the caller picks
//   for (const MatchSpan& s : m.FindAll(tokens)) ...
//
// Rules: case- and diacritic-insensitive; aliases in capitals with at most
// five letters ("US", "DPR") match only in capitals; hyphens and spaces are
// interchangeable; periods are ignored ("U.S." = "US"); a leading "the" in
// an alias is optional in text. A match starts and ends at token boundaries.
#ifndef DIPGRAPH_EXTRACT_DICT_MATCHER_H_
#define DIPGRAPH_EXTRACT_DICT_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dipgraph::dict {

struct MatchSpan {
  size_t begin = 0;                            // first token
  size_t end = 0;                              // one past the last token
  const std::vector<int>* payloads = nullptr;  // what Add() stored, in order
};

class Matcher {
 public:
  // The key of an alias: its vocabulary tokens joined by spaces; two aliases
  // with the same key are the same alias for matching.
  static std::string Key(std::string_view alias);

  // Adds an alias with a payload. Empty aliases are ignored.
  void Add(std::string_view alias, int payload);

  // Every longest, non-overlapping match, left to right. `lemmas`, when given,
  // has one entry per token ("" for none) and is tried where a token's own
  // form does not continue a match.
  std::vector<MatchSpan> FindAll(
      const std::vector<std::string_view>& tokens,
      const std::vector<std::string_view>* lemmas = nullptr) const;

  // The end of the longest match that starts at token `start` (`start` when
  // there is none), with its payloads in *payloads.
  size_t MatchAt(const std::vector<std::string_view>& tokens, size_t start,
                 const std::vector<int>** payloads) const;

  size_t aliases() const { return aliases_; }

 private:
  struct SubToken {
    int folded = -1, exact = -1, lemma = -1;
    size_t token = 0;
    bool last = false;  // the last part of its token
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };

  static std::vector<std::string> KeyTokens(std::string_view alias);
  void AddPath(const std::vector<std::string>& keys, int payload);
  int Id(std::string_view s) const;
  int Child(int node, int id) const;
  void Split(const std::vector<std::string_view>& tokens,
             const std::vector<std::string_view>* lemmas,
             std::vector<SubToken>* subs) const;
  void SplitParts(const std::string& folded, std::string_view token, bool caps,
                  size_t index, std::vector<std::string>* parts,
                  std::vector<std::string>* exact_parts,
                  std::vector<SubToken>* subs) const;
  size_t Longest(const std::vector<SubToken>& subs, size_t start,
                 int* node) const;

  // Trie edges (node << 32 | token id) -> child, open addressing with
  // linear probing: one cache line per lookup, unlike a node-based map.
  class EdgeTable {
   public:
    int Find(uint64_t key) const;
    // Returns the child for `key`, inserting `fresh` when absent.
    int Insert(uint64_t key, int fresh, bool* added);

   private:
    struct Slot {
      uint64_t key = kEmpty;
      int value = 0;
    };
    static constexpr uint64_t kEmpty = ~uint64_t{0};
    size_t Index(uint64_t key) const {
      return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) &
             (slots_.size() - 1);
    }
    void Grow();
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    size_t size_ = 0;
  };

  std::unordered_map<std::string, int, StringHash, std::equal_to<>> vocab_;
  EdgeTable edges_;
  std::vector<std::vector<int>> payloads_{1};  // per node; node 0 is the root
  size_t aliases_ = 0;
};

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_MATCHER_H_
