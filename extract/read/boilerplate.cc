#include "extract/read/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.h"
#include "extract/read/dates.h"

namespace dipgraph {
namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool Capitalized(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// ", October 12, 2023." at the end of a lower-cased sentence.
bool EndsWithCaptionDate(std::string_view low) {
  while (!low.empty() && (low.back() == '.' || low.back() == ' '))
    low.remove_suffix(1);
  std::vector<std::string_view> w;
  for (int k = 0; k < 3; ++k) {
    size_t sp = low.rfind(' ');
    if (sp == std::string_view::npos) return false;
    w.push_back(low.substr(sp + 1));
    low = low.substr(0, sp);
  }
  // w: year, "12,", month; before the month a comma.
  std::string_view day = w[1];
  if (day.empty() || day.back() != ',') return false;
  day.remove_suffix(1);
  return w[0].size() == 4 && AllDigits(w[0]) && day.size() <= 2 &&
         AllDigits(day) &&
         std::find(kMonthNames.begin(), kMonthNames.end(), w[2]) !=
             kMonthNames.end() &&
         !low.empty() && low.back() == ',';
}

}  // namespace

std::string BoilerplateKind(std::string_view sentence) {
  std::string low = AsciiLower(sentence);
  size_t a = low.find_first_not_of(" \t\n(");
  if (a == std::string::npos) return "empty";
  low = low.substr(a);
  for (std::string_view p :
       {"file photo", "photo:", "photo by", "image:", "picture:", "caption:",
        "pictured:", "video:", "watch:", "photograph:"})
    if (StartsWith(low, p)) return "caption";
  for (std::string_view p :
       {"follow us", "share this", "share on", "click here", "read more",
        "related:", "subscribe", "sign up", "all rights reserved", "copyright",
        "\xC2\xA9", "advertisement", "listen to this", "print this"})
    if (StartsWith(low, p)) return "share bar";
  for (std::string_view p : {"reporting by", "editing by", "writing by",
                             "additional reporting", "compiled by"})
    if (StartsWith(low, p)) return "credit";
  std::vector<std::string_view> words = Words(sentence);
  // "By Jane Doe", "By Jane Doe and John Roe, Reuters".
  if (words.size() >= 2 && words.size() <= 9 && AsciiLower(words[0]) == "by") {
    bool names = true;
    for (size_t i = 1; i < words.size(); ++i)
      names &= Capitalized(words[i]) || words[i] == "and" || words[i] == "in";
    if (names) return "byline";
  }
  // "TBP and Agencies", "Reuters", "AFP/Agencies".
  if (words.size() <= 4) {
    std::string last = AsciiLower(words.back());
    if (last == "agencies" || last == "agencies." || low == "ap" ||
        low == "afp" || low == "reuters" || low == "xinhua")
      return "credit";
  }
  // A photo caption ending in its date: "Smoke rises over Gaza City after
  // an Israeli strike, October 12, 2023."
  if (EndsWithCaptionDate(low)) return "caption";
  // "July 7, 2016, 4:51 am", "Updated 10:32 GMT".
  if (words.size() <= 8 &&
      (ParseDate(sentence).has_value() || StartsWith(low, "updated") ||
       StartsWith(low, "published")))
    return "timestamp";
  return "";
}

}  // namespace dipgraph
