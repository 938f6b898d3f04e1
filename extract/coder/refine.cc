// Codes refined by what an act is about: the content of a statement or an
// appeal ("urged restraint" 0256, "accused of war crimes" 1124), the kind of
// aid, the tone of what was said.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

std::string SentenceCoder::Refined(std::string_view outer,
                                   std::string_view inner, bool deescalate) {
  const std::string_view root = outer.substr(0, 2);
  auto pick = [&](const char* appeal, const char* intent, const char* demand,
                  const char* reject) -> std::string {
    const char* c = root == "02"   ? appeal
                    : root == "03" ? intent
                    : root == "10" ? demand
                    : root == "12" ? reject
                                   : nullptr;
    return c ? c : "";
  };
  if (root == "13") {
    if (inner.starts_with("191")) return "1381";
    if (inner.starts_with("192")) return "1382";
    if (inner.starts_with("18")) return "1383";
    if (inner.starts_with("19") || inner.starts_with("20")) return "138";
    if (inner.starts_with("163")) return "1312";
    if (inner.starts_with("161")) return "1313";
    if (inner.starts_with("162")) return "1311";
    if (inner.starts_with("16")) return "131";
    return "";
  }
  if (deescalate || inner.starts_with("087"))
    return pick("0256", "0356", "1056", "1246");
  if (inner.starts_with("081")) return pick("0251", "0351", "1051", "1241");
  if (inner.starts_with("082")) return pick("0252", "0352", "1052", "1242");
  if (inner.starts_with("084")) return pick("0253", "0353", "1053", "1243");
  if (inner.starts_with("085")) return pick("0254", "0354", "1054", "1244");
  if (inner.starts_with("086")) return pick("0255", "0355", "1055", "1245");
  // (The table's 105 is "Demand mediation"; a demand to yield with no
  // sub-code of its own is a plain demand.)
  if (inner.starts_with("08")) return pick("025", "035", "100", "124");
  if (inner.starts_with("04")) return pick("026", "036", "108", "125");
  if (inner.starts_with("05")) return pick("022", "032", "102", "");
  if (inner.starts_with("07")) return pick("023", "033", "103", "122");
  if (inner.starts_with("06")) return pick("021", "031", "", "121");
  return "";
}

std::string SentenceCoder::ByContentWord(std::string_view outer,
                                         const std::string& w) {
  static const std::map<std::string, std::string, std::less<>> kAbout = {
      {"meet", "6"},       {"talk", "6"},         {"negotiate", "6"},
      {"discuss", "6"},    {"talks", "6"},        {"negotiation", "6"},
      {"dialogue", "6"},   {"stop", "56"},        {"halt", "56"},
      {"end", "56"},       {"cease", "56"},       {"avoid", "56"},
      {"ceasefire", "56"}, {"truce", "56"},       {"de-escalate", "56"},
      {"withdraw", "56"},  {"release", "53"},     {"free", "53"},
      {"allow", "55"},     {"let", "5"},          {"reinstate", "41"},
      {"deliver", "3"},    {"send", "3"},         {"provide", "3"},
      {"supply", "3"},     {"help", "3"},         {"aid", "3"},
      {"assistance", "3"}, {"honour", "7"},       {"honor", "7"},
      {"respect", "7"},    {"implement", "7"},    {"approve", "2"},
      {"support", "2"},    {"back", "2"},         {"recognise", "2"},
      {"recognize", "2"},  {"consultation", "2"}, {"mediate", "8"},
      {"mediation", "8"}};
  auto it = kAbout.find(w);
  if (it == kAbout.end()) return "";
  const std::string_view root = outer.substr(0, 2);
  // Appeals (02x), intents (03x) and demands (10x) share the pattern;
  // demands number some of theirs differently.
  if (root == "02" || root == "03") return std::string(root) + it->second;
  if (root == "10") {
    const std::string& a = it->second;
    if (w == "withdraw") return "106";  // the table's "Demand withdrawal"
    if (a == "8") return "105";         // the table's "Demand mediation"
    if (a == "6") return "108";
    if (a == "3") return "103";
    if (a == "2") return "102";
    if (a.size() == 2 && a[0] == '5') return "105" + a.substr(1);
    if (a == "41") return "1041";
  }
  return "";
}

std::string SentenceCoder::OfAidKind(const std::string& code, int head) const {
  // Aid asked for, promised, demanded or refused (023, 033, 103, 122): of
  // what kind, by the words of the phrase ("deliver air defences" 0232,
  // "the delivery of aid at scale to Gaza" with "humanitarian", "food",
  // "medicine" 0233, "a loan" 0231).
  if (head < 0 ||
      (code != "023" && code != "033" && code != "103" && code != "122"))
    return code;
  static const std::map<std::string, char, std::less<>> kKind = {
      {"loan", '1'},         {"economic", '1'}, {"financial", '1'},
      {"money", '1'},        {"fund", '1'},     {"funding", '1'},
      {"weapon", '2'},       {"arm", '2'},      {"ammunition", '2'},
      {"military", '2'},     {"defence", '2'},  {"defense", '2'},
      {"missile", '2'},      {"tank", '2'},     {"jet", '2'},
      {"humanitarian", '3'}, {"food", '3'},     {"medicine", '3'},
      {"medical", '3'},      {"refugee", '3'},  {"fuel", '3'},
      {"water", '3'},        {"shelter", '3'}};
  auto [a, b] = s_.Span(head);
  for (int k = a; k <= b; ++k) {
    auto it = kKind.find(Lower(T(k).lemma));
    if (it == kKind.end() || Depth(k, head) < 0) continue;
    const std::string specific = code + it->second;
    if (book_.Find(specific) != nullptr) return specific;
  }
  return code;
}

std::string SentenceCoder::Tone(int content) const {
  static constexpr std::string_view kGood[] = {
      "progress",   "breakthrough", "constructive", "productive",
      "optimistic", "positive",     "hopeful",      "encouraging"};
  static constexpr std::string_view kBad[] = {
      "fail",    "failure",     "deadlock", "stalemate",
      "impasse", "pessimistic", "stall",    "collapse"};
  auto listed = [&](auto& list, const std::string& w) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  bool good = false, bad = false;
  auto [a, b] = s_.Span(content);
  for (int k = a; k <= b; ++k) {
    if (Depth(k, content) < 0) continue;
    const std::string w = Lower(T(k).lemma);
    good |= listed(kGood, w);
    bad |= listed(kBad, w);
  }
  // ("no progress had been made" is pessimistic.)
  if (good && !bad && roles_.Negated(content)) return "012";
  if (good == bad) return "";
  return good ? "013" : "012";
}

void SentenceCoder::RefineByContent() {
  for (size_t i = 0; i < out_.size(); ++i) {
    Candidate& c = out_[i];
    const std::string& code = c.pattern->code;
    if (code == "010" && c.content_head >= 0) {
      // "said progress had been made": an optimistic comment (013); "said
      // the talks had failed": a pessimistic one (012).
      const std::string tone = Tone(c.content_head);
      if (!tone.empty()) {
        c.code = tone;
        Trace("'" + T(c.trigger).text + "': the tone of what was said, " +
              tone);
        continue;
      }
    }
    if (code.starts_with("12") && c.content_head >= 0 &&
        T(c.content_head).deprel == "xcomp") {
      // "refused to say how many soldiers died", "declined to comment":
      // declining comment (011), not a rejection.
      static constexpr std::string_view kComment[] = {
          "say",    "comment", "disclose",  "confirm",
          "reveal", "specify", "elaborate", "discuss"};
      const std::string w = Lower(T(c.content_head).lemma);
      if (std::find(std::begin(kComment), std::end(kComment), w) !=
          std::end(kComment)) {
        c.code = "011";
        Trace("'" + T(c.trigger).text + "' to " + T(c.content_head).text +
              ": declines comment (011)");
        continue;
      }
    }
    if (code == "112" && c.content_head >= 0) {
      // "accused Russia of shelling a maternity hospital": of war crimes
      // (1124) when the force was against civilians, hospitals, schools
      // or dams; of aggression (1123) otherwise.
      static constexpr std::string_view kProtected[] = {
          "hospital", "school", "civilian", "dam",    "child",
          "church",   "mosque", "shelter",  "convoy", "market"};
      for (size_t j = 0; j < out_.size(); ++j) {
        const Candidate& x = out_[j];
        const std::string_view xr =
            std::string_view(x.pattern->code).substr(0, 2);
        if (j == i || Depth(x.trigger, c.content_head) < 0 ||
            (xr != "17" && xr != "18" && xr != "19" && xr != "20"))
          continue;
        bool protected_target = xr == "18" || xr == "20" ||
                                (x.target && (x.target->actor.role == "CVL" ||
                                              x.target->actor.role == "HLH" ||
                                              x.target->actor.role == "EDU"));
        auto [a, b] = s_.Span(x.trigger);
        for (int k = a; k <= b && !protected_target; ++k)
          protected_target |=
              std::find(std::begin(kProtected), std::end(kProtected),
                        Lower(T(k).lemma)) != std::end(kProtected);
        c.code = protected_target ? "1124" : "1123";
        Trace("'" + T(c.trigger).text + "': of '" + T(x.trigger).text +
              "', so " + c.code);
        break;
      }
      if (!c.code.empty()) continue;
    }
    if (c.content_head < 0 && !c.target && code.size() == 3 && code[2] == '0' &&
        (code[0] == '0' || code[0] == '1') && c.object_head >= 0) {
      // "called for an immediate ceasefire": the thing asked for.
      std::string refined = ByContentWord(code, Lower(T(c.object_head).lemma));
      refined = OfAidKind(refined, c.object_head);
      if (!refined.empty() && book_.Find(refined) != nullptr) {
        c.code = refined;
        Trace("'" + T(c.trigger).text + "': about '" + T(c.object_head).text +
              "', so " + refined);
      }
      continue;
    }
    if (c.content_head < 0 || code.size() != 3 || code[2] != '0') continue;
    const std::string_view root = std::string_view(code).substr(0, 2);
    if (root != "02" && root != "03" && root != "10" && root != "12" &&
        root != "13")
      continue;
    // "to stop fighting", "to show restraint", "to end the offensive".
    bool deescalate = false;
    auto [a, b] = s_.Span(c.content_head);
    for (int k = a; k <= b; ++k) {
      const std::string w = Lower(T(k).lemma);
      deescalate |= w == "restraint" || w == "de-escalate" ||
                    w == "deescalate" || w == "ceasefire" || w == "truce";
      if ((w == "stop" || w == "halt" || w == "end" || w == "cease") &&
          k == c.content_head)
        deescalate = true;
    }
    const Candidate* inner = nullptr;
    int best = 1 << 30;
    for (size_t j = 0; j < out_.size(); ++j) {
      if (j == i) continue;
      // The act asked for, promised or refused is the complement's own
      // verb, or a noun it takes: in "must persuade rebels to leave …" the
      // leaving is the rebels' act, not what is demanded of the US.
      const int d = Depth(out_[j].trigger, c.content_head);
      const bool own = d == 0 || (d == 1 && T(out_[j].trigger).upos == "NOUN");
      if (own && d < best) inner = &out_[j], best = d;
    }
    const std::string inner_code = inner == nullptr      ? ""
                                   : inner->code.empty() ? inner->pattern->code
                                                         : inner->code;
    if (deescalate && inner != nullptr &&
        !(inner_code.starts_with("18") || inner_code.starts_with("19") ||
          inner_code.starts_with("20") || inner_code.starts_with("087")))
      deescalate = root != "13" && inner_code.empty();
    std::string refined = Refined(code, inner_code, deescalate);
    if (refined.empty() && inner == nullptr)
      refined = ByContentWord(code, Lower(T(c.content_head).lemma));
    refined = OfAidKind(refined, c.content_head);
    if (refined.empty() || book_.Find(refined) == nullptr) continue;
    c.code = refined;
    Trace("'" + T(c.trigger).text + "': made specific by what it is about, " +
          refined);
  }
}

}  // namespace dipgraph::coder
