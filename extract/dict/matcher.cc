#include "extract/dict/matcher.h"

#include <algorithm>

#include "extract/dict/text.h"

namespace dipgraph::dict {
namespace {

// Marks vocabulary entries that match only in capitals.
constexpr char kExactMark = '\x01';

bool HasUpperNoLower(std::string_view s) {
  bool upper = false;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

// A capital after a small letter ("LeT", "JuD"): such short tokens may
// match an alias that matches only as written (text.h, IsCapitalsOnly).
bool HasInnerCapital(std::string_view s) {
  bool lower = false;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z' && lower) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> Matcher::KeyTokens(std::string_view alias) {
  bool exact = IsCapitalsOnly(alias);
  std::vector<std::string> keys;
  for (const Token& t : Tokenize(alias)) {
    std::vector<std::string> parts;
    SplitHyphens(exact ? ExactToken(t.text) : FoldToken(t.text), &parts);
    for (std::string& p : parts)
      keys.push_back(exact ? kExactMark + p : std::move(p));
  }
  return keys;
}

std::string Matcher::Key(std::string_view alias) {
  std::string key;
  for (const std::string& k : KeyTokens(alias)) {
    if (!key.empty()) key += ' ';
    key += k;
  }
  return key;
}

void Matcher::Add(std::string_view alias, int payload) {
  std::vector<std::string> keys = KeyTokens(alias);
  if (keys.empty()) return;
  ++aliases_;
  AddPath(keys, payload);
  if (keys.size() > 1 && keys[0] == "the") {
    keys.erase(keys.begin());
    AddPath(keys, payload);
  }
}

void Matcher::AddPath(const std::vector<std::string>& keys, int payload) {
  int node = 0;
  for (const std::string& k : keys) {
    auto [it, fresh] = vocab_.try_emplace(k, static_cast<int>(vocab_.size()));
    uint64_t edge =
        (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(it->second);
    bool added = false;
    node = edges_.Insert(edge, static_cast<int>(payloads_.size()), &added);
    if (added) payloads_.emplace_back();
  }
  std::vector<int>& p = payloads_[node];
  if (std::find(p.begin(), p.end(), payload) == p.end()) p.push_back(payload);
}

int Matcher::Id(std::string_view s) const {
  auto it = vocab_.find(s);
  return it == vocab_.end() ? -1 : it->second;
}

int Matcher::Child(int node, int id) const {
  if (id < 0) return -1;
  return edges_.Find((static_cast<uint64_t>(node) << 32) |
                     static_cast<uint32_t>(id));
}

int Matcher::EdgeTable::Find(uint64_t key) const {
  for (size_t i = Index(key);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == key) return slots_[i].value;
    if (slots_[i].key == kEmpty) return -1;
  }
}

int Matcher::EdgeTable::Insert(uint64_t key, int fresh, bool* added) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  size_t i = Index(key);
  for (; slots_[i].key != kEmpty; i = (i + 1) & (slots_.size() - 1))
    if (slots_[i].key == key) return slots_[i].value;
  slots_[i] = {key, fresh};
  ++size_;
  *added = true;
  return fresh;
}

void Matcher::EdgeTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.size() * 2);
  for (const Slot& s : old) {
    if (s.key == kEmpty) continue;
    size_t i = Index(s.key);
    while (slots_[i].key != kEmpty) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = s;
  }
}

void Matcher::Split(const std::vector<std::string_view>& tokens,
                    const std::vector<std::string_view>* lemmas,
                    std::vector<SubToken>* subs) const {
  std::string folded, lemma;
  std::vector<std::string> parts, exact_parts;
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A hyphen the tokenizer split off inside a word ("Moon Jae - in", as
    // EWT does) is skipped, as the hyphens of aliases are.
    if (tokens[i] == "-" && i > 0 && i + 1 < tokens.size()) continue;
    FoldTokenInto(tokens[i], &folded);
    bool caps = HasUpperNoLower(tokens[i]) || HasInnerCapital(tokens[i]);
    if (folded.find('-') == std::string::npos && !caps) {
      // The common case: one part, no capitals-only form.
      SubToken s;
      s.folded = folded.empty() ? -1 : Id(folded);
      s.token = i;
      s.last = true;
      subs->push_back(s);
    } else {
      SplitParts(folded, tokens[i], caps, i, &parts, &exact_parts, subs);
    }
    if (lemmas && i < lemmas->size() && !(*lemmas)[i].empty() &&
        subs->back().token == i && subs->back().last &&
        (subs->size() == 1 || (*subs)[subs->size() - 2].token != i)) {
      FoldTokenInto((*lemmas)[i], &lemma);
      subs->back().lemma = Id(lemma);
    }
  }
}

void Matcher::SplitParts(const std::string& folded, std::string_view token,
                         bool caps, size_t index,
                         std::vector<std::string>* parts,
                         std::vector<std::string>* exact_parts,
                         std::vector<SubToken>* subs) const {
  parts->clear();
  exact_parts->clear();
  SplitHyphens(folded, parts);
  if (caps) SplitHyphens(ExactToken(token), exact_parts);
  if (parts->empty()) parts->emplace_back();  // punctuation: never matches
  for (size_t p = 0; p < parts->size(); ++p) {
    SubToken s;
    s.folded = (*parts)[p].empty() ? -1 : Id((*parts)[p]);
    if (caps && p < exact_parts->size())
      s.exact = Id(kExactMark + (*exact_parts)[p]);
    s.token = index;
    s.last = p + 1 == parts->size();
    subs->push_back(s);
  }
}

size_t Matcher::Longest(const std::vector<SubToken>& subs, size_t start,
                        int* best_node) const {
  int node = 0;
  size_t best_end = start;
  for (size_t j = start; j < subs.size(); ++j) {
    const SubToken& s = subs[j];
    int next = Child(node, s.exact);
    if (next < 0) next = Child(node, s.folded);
    if (next < 0) next = Child(node, s.lemma);
    if (next < 0) break;
    node = next;
    if (s.last && !payloads_[node].empty()) {
      best_end = j + 1;
      *best_node = node;
    }
  }
  return best_end;
}

std::vector<MatchSpan> Matcher::FindAll(
    const std::vector<std::string_view>& tokens,
    const std::vector<std::string_view>* lemmas) const {
  std::vector<SubToken> subs;
  subs.reserve(tokens.size() + 8);
  Split(tokens, lemmas, &subs);
  std::vector<MatchSpan> out;
  size_t i = 0;
  while (i < subs.size()) {
    bool first = i == 0 || subs[i - 1].token != subs[i].token;
    int node = -1;
    size_t end = first ? Longest(subs, i, &node) : i;
    if (end > i) {
      out.push_back({subs[i].token, subs[end - 1].token + 1, &payloads_[node]});
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

size_t Matcher::MatchAt(const std::vector<std::string_view>& tokens,
                        size_t start, const std::vector<int>** payloads) const {
  // Aliases are short: a few tokens from `start` are enough.
  constexpr size_t kWindow = 8;
  std::vector<std::string_view> window(
      tokens.begin() + static_cast<std::ptrdiff_t>(start),
      tokens.begin() + static_cast<std::ptrdiff_t>(
                           std::min(tokens.size(), start + kWindow)));
  std::vector<SubToken> subs;
  Split(window, nullptr, &subs);
  int node = -1;
  size_t end = subs.empty() ? 0 : Longest(subs, 0, &node);
  if (end == 0) return start;
  *payloads = &payloads_[static_cast<size_t>(node)];
  return start + subs[end - 1].token + 1;
}

}  // namespace dipgraph::dict
