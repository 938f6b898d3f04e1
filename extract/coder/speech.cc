// Speech: inverted and trailing reports used as attribution, and speech
// coded by what was said (demands, intents, threats) with the targets the
// reported content names.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

bool SentenceCoder::InvertedSpeech(int p) const {
  if (!coder::IsSpeechLemma(Lower(T(p).lemma))) return false;
  if (T(p).deprel == "parataxis") return true;
  if (FrontedReport(p)) return true;
  if (TrailingAclReport(p)) return true;
  if (TrailingReport(p)) return true;
  if (T(p).deprel != "conj" && T(p).deprel != "ccomp") return false;
  if (!s_.Children(p, "ccomp").empty()) return false;
  for (int c : s_.Children(p)) {
    std::string_view d = T(c).deprel;
    if (c < p && (d == "nsubj" || d == "obj")) return false;
    if (c > p && (d == "nsubj" || d == "obj")) return T(p).head < p;
  }
  return false;
}

bool SentenceCoder::FrontedReport(int p) const {
  int content = -1;
  for (int c : s_.Children(p)) {
    std::string_view d = T(c).deprel;
    if (d != "ccomp" && d != "advcl" && d != "parataxis") continue;
    // "After the talks ended, Obama said …" is no report.
    if (d == "advcl" &&
        (!s_.Children(c, "mark").empty() || T(c).upos != "VERB" ||
         s_.Children(c, "nsubj").empty()))
      continue;
    if (c > p) return false;
    content = c;
  }
  if (content < 0 || roles_.InQuotes(content)) return false;
  if (s_.Children(p, "nsubj").empty()) return false;
  auto [a, b] = s_.Span(content);
  for (int k = b; k < p; ++k)
    if (T(k).text == ",") return true;
  return false;
}

bool SentenceCoder::TrailingAclReport(int p) const {
  if (T(p).deprel != "acl" && T(p).deprel != "acl:relcl") return false;
  const int speaker = T(p).head;
  if (speaker < 0 || speaker > p) return false;
  for (int c : s_.Children(p)) {
    std::string_view d = T(c).deprel;
    if (d == "obj" || d == "ccomp" || d == "xcomp" || d == "nsubj")
      return false;
  }
  // Only punctuation after it, or its own date or manner ("…, the
  // Kremlin said on Thursday", "…, it said in a statement").
  for (int k = p + 1; k < static_cast<int>(s_.tokens.size()); ++k)
    if (T(k).upos != "PUNCT" &&
        (Depth(k, p) < 0 || T(k).upos == "VERB" || T(k).upos == "AUX"))
      return false;
  auto [a, b] = s_.Span(speaker);
  return T(a).text == "," || (a > 0 && T(a - 1).text == ",");
}

bool SentenceCoder::TrailingReport(int p) const {
  std::string_view d = T(p).deprel;
  if (T(p).head < 0 || T(p).head > p ||
      (d != "advcl" && d != "acl:relcl" && d != "parataxis" && d != "conj" &&
       d != "ccomp"))
    return false;
  // Only punctuation after it, or its own date or manner ("…, the
  // Kremlin said on Thursday", "…, it said in a statement").
  for (int k = p + 1; k < static_cast<int>(s_.tokens.size()); ++k)
    if (T(k).upos != "PUNCT" &&
        (Depth(k, p) < 0 || T(k).upos == "VERB" || T(k).upos == "AUX"))
      return false;
  int subj = -1;
  for (int c : s_.Children(p)) {
    std::string_view r = T(c).deprel;
    // (A clause before it is what it reports, hung on it by the parser:
    // "told Netanyahu that Israel must …, the White House said".)
    if (r == "obj" || (r == "ccomp" && c > p) || r == "xcomp") return false;
    if (r == "nsubj" && c < p) subj = c;
  }
  if (subj < 0) return false;
  const int comma = ReportComma(p);
  return comma >= 0;
}

int SentenceCoder::ReportComma(int p) const {
  for (int k = p - 1; k >= 0 && p - k <= 8; --k) {
    if (T(k).text == ",") return k;
    if (T(k).upos == "VERB" || T(k).upos == "AUX" || T(k).upos == "PUNCT")
      return -1;
  }
  return -1;
}

int SentenceCoder::InvertedSpeaker(int p) const {
  if (TrailingAclReport(p)) return T(p).head;
  for (const char* rel : {"nsubj", "obj"})
    for (int c : s_.Children(p, rel)) return c;
  return -1;
}

std::string SentenceCoder::Attribution(int i) const {
  int top = i;
  while (T(top).head >= 0) top = T(top).head;
  if (top != i && InvertedSpeech(top)) {
    int subj = InvertedSpeaker(top);
    if (subj >= 0) {
      auto [a, b] = s_.Span(subj);
      return s_.SpanText(a, b);
    }
  }
  for (int k = 0; k < static_cast<int>(s_.tokens.size()); ++k)
    if (coder::IsPredicate(T(k)) && coder::IsSpeechLemma(Lower(T(k).lemma)) &&
        TrailingReport(k))
      return s_.SpanText(ReportComma(k) + 1, k - 1);
  for (int c : s_.Children(top)) {
    if (!InvertedSpeech(c)) continue;
    int subj = InvertedSpeaker(c);
    if (subj < 0) continue;
    auto [a, b] = s_.Span(subj);
    return s_.SpanText(a, b);
  }
  for (int k = 0; k < static_cast<int>(s_.tokens.size()); ++k) {
    if (!coder::IsPredicate(T(k)) || !TrailingAclReport(k) ||
        !coder::IsSpeechLemma(Lower(T(k).lemma)))
      continue;
    const int speaker = T(k).head;
    auto [a, b] = s_.Span(speaker);
    while (a < speaker && T(a).upos == "PUNCT") ++a;
    return s_.SpanText(a, std::min(b, k - 1));
  }
  for (int k = 0; k < static_cast<int>(s_.tokens.size()); ++k) {
    if (Lower(T(k).text) == "according" &&
        k + 2 < static_cast<int>(s_.tokens.size())) {
      int head = T(k).head;
      if (head >= 0) {
        auto [a, b] = s_.Span(head);
        return s_.SpanText(std::max(a, k + 2), b);
      }
    }
  }
  return "";
}

bool SentenceCoder::HasToMark(int verb) const {
  for (int mk : s_.Children(verb, "mark"))
    if (Lower(T(mk).text) == "to") return true;
  return false;
}

bool SentenceCoder::HasTo(int clause) const {
  const std::string lemma = Lower(T(clause).lemma);
  if (lemma != "have" && lemma != "need") return false;
  for (int x : s_.Children(clause, "xcomp"))
    if (HasToMark(x)) return true;
  return false;
}

void SentenceCoder::RecodeSpeech() {
  static const Pattern kDemand = SpeechPattern("100", "say $T must $C");
  static const Pattern kIntent = SpeechPattern("030", "say will $C");
  static const Pattern kThreat = SpeechPattern("130", "say will $C");
  static const Pattern kWarn = SpeechPattern("130", "warn $T will $C");
  static const Pattern kReject = SpeechPattern("120", "say will not $C");
  static const Pattern kBlame = SpeechPattern("111", "say $T responsible");
  static const Pattern kDefend = SpeechPattern("052", "say $T right");
  // Demands of several addressees are added after the loop: a push_back
  // here would move the candidates that `c` and `inner` refer to.
  std::vector<Candidate> added;
  const size_t n = out_.size();
  for (size_t i = 0; i < n; ++i) {
    Candidate& c = out_[i];
    // A trailing statement ("…, the Kremlin said") reports a clause whose
    // acts are coded on their own (S5): what that clause will do stays its
    // own event, but a demand, a criticism or a defence in it makes the
    // statement one, as "X said that …" would (tests/gold/news/README.md,
    // R9).
    const bool trailing = c.trailing;
    const std::string_view root =
        std::string_view(c.pattern->code).substr(0, 2);
    const bool warn_clause =
        root == "13" && !c.target && Lower(T(c.trigger).lemma) == "warn";
    if (c.content_head < 0 || (root != "01" && !warn_clause) ||
        !coder::IsSpeechLemma(Lower(T(c.trigger).lemma)))
      continue;
    if (c.target && trailing) continue;
    if (c.target) {
      // "told Obama that Washington must …": a demand of the addressee.
      if (T(c.content_head).deprel != "ccomp") continue;
      bool must = HasTo(c.content_head);
      for (int a : s_.Children(c.content_head, "aux")) {
        const std::string w = Lower(T(a).text);
        must |= w == "must" || w == "should";
      }
      std::vector<Resolved> subj =
          roles_.Actors(roles_.Subject(c.content_head));
      if (must && !subj.empty() &&
          subj.front().actor.country == c.target->actor.country) {
        c.pattern = &kDemand;
        Trace("'" + T(c.trigger).text + "': a demand of the addressee");
      }
      // "Kim told Moon that he would close the site": an intent (or a
      // threat) addressed to the hearer.
      bool will = false;
      for (int a : s_.Children(c.content_head, "aux")) {
        const std::string w = Lower(T(a).text);
        will |= w == "will" || w == "would" || w == "'ll";
      }
      if (!must && will && !subj.empty() &&
          (subj.front().actor.id == c.source.actor.id ||
           subj.front().actor.country == c.source.actor.country)) {
        // A threat when the act to come is a conflict aimed at the
        // hearer's side.
        bool threat = false;
        for (size_t j = 0; j < n; ++j) {
          const Candidate& x = out_[j];
          if (j == i || !x.target || Depth(x.trigger, c.content_head) < 0 ||
              x.target->actor.country != c.target->actor.country)
            continue;
          Action a;
          a.cameo = x.pattern->code;
          book_.FillAction(&a);
          threat |= a.quad_class >= 3;
        }
        c.pattern = threat ? &kThreat : &kIntent;
        Trace("'" + T(c.trigger).text + "': tells of an act to come, so " +
              c.pattern->code);
      }
      continue;
    }
    const int ch = c.content_head;
    if (T(ch).deprel != "ccomp" && !trailing) continue;
    // "told Netanyahu that Israel must …, the White House said": the
    // clause is another statement's content, coded there once.
    if (trailing &&
        std::any_of(out_.begin(), out_.begin() + n, [&](const Candidate& x) {
          return &x != &c && !x.trailing && x.content_head == ch;
        }))
      continue;
    std::string modal;
    for (int a : s_.Children(ch, "aux")) {
      const std::string w = Lower(T(a).text);
      if (w == "must" || w == "should") modal = "must";
      if (w == "will" || w == "would" || w == "'ll" || w == "shall")
        modal = "will";
    }
    if (modal.empty() && HasTo(ch)) modal = "must";
    // "said Ukraine could not accept a ceasefire": what one cannot do is
    // what one will not do.
    if (modal.empty() && roles_.Negated(ch))
      for (int a : s_.Children(ch, "aux")) {
        const std::string w = Lower(T(a).text);
        if (w == "can" || w == "could" || w == "ca") modal = "will";
      }
    std::vector<Resolved> subjects = roles_.Actors(roles_.Subject(ch));
    auto same_side = [&](const Resolved& r) {
      return r.actor.id == c.source.actor.id ||
             (!r.actor.country.empty() &&
              r.actor.country == c.source.actor.country);
    };
    std::vector<Resolved> others;
    for (const Resolved& r : subjects)
      if (!same_side(r)) others.push_back(r);
    // "said the decision by Washington was wrong", "said the opposition's
    // stance represented a problem": the author of what the clause is
    // about is the one found fault with.
    std::vector<Resolved> authors;
    if (subjects.empty() && roles_.Subject(ch) >= 0)
      for (int k : s_.Children(roles_.Subject(ch))) {
        const std::string& d = T(k).deprel;
        const std::string prep = roles_.Case(k);
        if (d != "nmod:poss" && (d != "nmod" || (prep != "by" && prep != "of")))
          continue;
        for (const Resolved& r : roles_.Actors(k))
          if (!same_side(r)) authors.push_back(r);
      }
    // "said Moscow was responsible for the attack", "said the rebels were
    // behind it", "said Kyiv was to blame": the statement blames the
    // other side (111).
    if (!roles_.Negated(ch) && !others.empty() &&
        others.size() == subjects.size() && Blames(ch)) {
      c.pattern = &kBlame;
      c.target = others.front();
      Trace("'" + T(c.trigger).text + "': what was said blames " +
            others.front().text + ", so 111");
      continue;
    }
    // "said Washington had violated the deal", "said the move by Ankara
    // was illegal", "said the US did not abide by international law": what
    // was said finds fault with the other side, a criticism (111).
    const std::vector<Resolved>& faulted = others.empty() ? authors : others;
    if (!faulted.empty() && others.size() == subjects.size() && modal.empty()) {
      if (const char* fault = Disparages(ch)) {
        c.pattern = &kBlame;
        c.target = faulted.front();
        Trace("'" + T(c.trigger).text + "': what was said finds fault with " +
              faulted.front().text + " (" + fault + "), so 111");
        continue;
      }
    }
    // "said the Israelis were entitled to …", "argued that Sharon was
    // committed to the peace plan": what was said takes the other side's
    // part, a verbal defence (052).
    if (!others.empty() && others.size() == subjects.size() && modal.empty() &&
        !roles_.Negated(ch)) {
      if (const char* good = Vindicates(ch)) {
        c.pattern = &kDefend;
        c.target = others.front();
        Trace("'" + T(c.trigger).text + "': what was said takes the part of " +
              others.front().text + " (" + good + "), so 052");
        continue;
      }
    }
    // A plain statement has the addressee as its target, or none: "Seoul
    // said the North had not halted work" is about the North, not
    // addressed to it (tests/gold/README.md, S2).
    if (modal.empty() || (trailing && modal != "must")) continue;
    const bool warn = Lower(T(c.trigger).lemma) == "warn";
    if ((modal == "must" || (modal == "will" && warn)) && !others.empty() &&
        others.size() == subjects.size()) {
      c.pattern = modal == "must" ? &kDemand : &kWarn;
      c.target = others.front();
      for (size_t k = 1; k < others.size(); ++k) {
        Candidate more = c;
        more.target = others[k];
        added.push_back(std::move(more));
      }
      Trace("'" + T(c.trigger).text + "': what was said makes it " +
            c.pattern->code + " (" + c.pattern->text + ")");
      continue;
    }
    if (trailing) continue;
    if (modal != "will" || subjects.empty() ||
        !std::all_of(subjects.begin(), subjects.end(), same_side))
      continue;
    // The event announced: the nearest one inside the reported clause.
    const Candidate* inner = nullptr;
    int best = 1 << 30;
    for (size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      const int d = Depth(out_[j].trigger, ch);
      if (d >= 0 && d < best) inner = &out_[j], best = d;
    }
    if (inner == nullptr) continue;
    Action a;
    a.cameo = inner->pattern->code;
    book_.FillAction(&a);
    if (a.quad_class <= 0) continue;
    if (inner->source.actor.country != c.source.actor.country) {
      // "would respond militarily to any Russian attack": the act is the
      // other side's, so the statement threatens that side (a conflict)
      // or promises it something (cooperation).
      c.pattern = a.quad_class >= 3 ? &kThreat : &kIntent;
      c.target = inner->source;
      Trace("'" + T(c.trigger).text + "': answers '" + T(inner->trigger).text +
            "' by " + inner->source.text + ", so " + c.pattern->code);
      continue;
    }
    // An act to come aimed at no one leaves a plain statement (an intent
    // without a target would be dropped, and the statement with it),
    // unless acts without a target are kept.
    if (!inner->target && !options_.keep_targetless) continue;
    // "said Ukraine would not accept a ceasefire": refusing one's own act
    // of cooperation is a rejection (made specific by the act).
    if (inner->negated && a.quad_class <= 2) {
      c.pattern = &kReject;
      c.target = inner->target;
      Trace("'" + T(c.trigger).text + "': will not '" + T(inner->trigger).text +
            "', so 120");
      continue;
    }
    // "warned that it would take resolute measures": a warning about
    // one's own act to come is a threat whatever the act.
    const bool warns = Lower(T(c.trigger).lemma) == "warn";
    c.pattern = a.quad_class >= 3 || warns ? &kThreat : &kIntent;
    c.target = inner->target;
    Trace("'" + T(c.trigger).text + "': announces '" + T(inner->trigger).text +
          "', so " + c.pattern->code + " (" + c.pattern->text + ")");
  }
  for (Candidate& c : added) out_.push_back(std::move(c));
}

bool SentenceCoder::Blames(int clause) const {
  const std::string lemma = Lower(T(clause).lemma);
  // "was responsible for", "was guilty of", "was behind the attack".
  if ((lemma == "responsible" || lemma == "guilty" || lemma == "culpable") &&
      !s_.Children(clause, "cop").empty())
    return true;
  if (lemma == "behind" && !s_.Children(clause, "cop").empty()) return true;
  // "was to blame".
  if (lemma == "be")
    for (int x : s_.Children(clause, "xcomp"))
      if (Lower(T(x).lemma) == "blame" && HasToMark(x)) return true;
  return lemma == "blame" && HasToMark(clause) &&
         (!s_.Children(clause, "cop").empty() ||
          !s_.Children(clause, "aux").empty());
}

const char* SentenceCoder::Disparages(int clause) const {
  // Predicates that find fault with their subject, by the head of the
  // reported clause: an adjective or noun after a copula ("was illegal",
  // "was a mistake"), or a verb ("had violated", "misled").
  static constexpr std::string_view kAdjectives[] = {
      "wrong",         "unacceptable", "illegal",       "unlawful",
      "irresponsible", "dangerous",    "reckless",      "provocative",
      "hypocritical",  "unjustified",  "unjustifiable", "outrageous",
      "absurd",        "ridiculous",   "unfair",        "biased",
      "untrue",        "inaccurate",   "misguided",     "mistaken",
      "deplorable",    "shameful",     "disgraceful",   "counterproductive",
      "incompetent",   "unreliable",   "unhelpful",     "illegitimate",
      "baseless",      "groundless",   "unfounded",     "unreasonable",
      "intransigent",  "inflexible",   "arrogant",      "cynical"};
  static constexpr std::string_view kNouns[] = {
      "mistake",  "error",       "disgrace",  "scandal",   "lie",
      "failure",  "farce",       "sham",      "fiasco",    "blunder",
      "obstacle", "provocation", "violation", "hypocrisy", "problem",
      "threat",   "danger",      "menace"};
  // Verbs that make their object a predicate of the subject: "posed a
  // threat", "represented a huge problem", "remains an obstacle".
  static constexpr std::string_view kBeing[] = {
      "pose", "represent", "constitute", "remain", "become"};
  static constexpr std::string_view kVerbs[] = {
      "violate",    "breach",   "mislead",     "betray",      "forfeit",
      "undermine",  "sabotage", "obstruct",    "renege",      "flout",
      "distort",    "deceive",  "destabilize", "destabilise", "jeopardize",
      "jeopardise", "endanger", "mismanage",   "lie"};
  // Not doing what one is bound to: "did not abide by", "has not
  // honoured", "failed to live up to".
  static constexpr std::string_view kDuties[] = {
      "abide", "comply", "honour", "honor", "respect", "fulfil", "fulfill"};
  auto in = [](const auto& list, const std::string& w) -> const char* {
    for (std::string_view x : list)
      if (x == w) return x.data();
    return nullptr;
  };
  const std::string lemma = Lower(T(clause).lemma);
  const bool cop = !s_.Children(clause, "cop").empty();
  const bool negated = roles_.Negated(clause);
  if (negated) return T(clause).upos == "VERB" ? in(kDuties, lemma) : nullptr;
  if (cop && T(clause).upos == "ADJ") return in(kAdjectives, lemma);
  // Not "was under threat", "is in danger": a place, not a predicate.
  if (cop && T(clause).upos == "NOUN")
    return s_.Children(clause, "case").empty() ? in(kNouns, lemma) : nullptr;
  if (T(clause).upos != "VERB") return nullptr;
  if (const char* v = in(kVerbs, lemma)) return v;
  // The object may be parsed as a clause when it is quoted ("represented
  // \"a huge problem\"").
  if (in(kBeing, lemma) != nullptr)
    for (int o : s_.Children(clause))
      if (const std::string& d = T(o).deprel;
          d == "obj" || d == "ccomp" || d == "xcomp")
        if (const char* n = in(kNouns, Lower(T(o).lemma))) return n;
  // "failed to honour the accord", "failed to live up to it".
  if (lemma == "fail")
    for (int x : s_.Children(clause, "xcomp")) {
      const std::string w = Lower(T(x).lemma);
      if (in(kDuties, w) != nullptr || w == "live" || w == "keep" ||
          w == "meet" || w == "deliver")
        return "fail";
    }
  return nullptr;
}

const char* SentenceCoder::Vindicates(int clause) const {
  // Predicates that speak for their subject: "was right", "were entitled
  // to", "is committed to", "was justified".
  static constexpr std::string_view kAdjectives[] = {
      "right",     "correct",     "justified",   "entitled",
      "committed", "sincere",     "innocent",    "legitimate",
      "reliable",  "trustworthy", "constructive"};
  static constexpr std::string_view kPassives[] = {"entitle", "commit",
                                                   "justify"};
  auto in = [](const auto& list, const std::string& w) -> const char* {
    for (std::string_view x : list)
      if (x == w) return x.data();
    return nullptr;
  };
  const std::string lemma = Lower(T(clause).lemma);
  if (T(clause).upos == "ADJ" && !s_.Children(clause, "cop").empty())
    return in(kAdjectives, lemma);
  // The participle is tagged as a verb, its "were" as a passive auxiliary
  // or as a copula.
  if (T(clause).upos == "VERB" && (!s_.Children(clause, "aux:pass").empty() ||
                                   !s_.Children(clause, "cop").empty()))
    return in(kPassives, lemma);
  return nullptr;
}

void SentenceCoder::InheritTargets() {
  const size_t n = out_.size();
  for (size_t i = 0; i < n; ++i) {
    Candidate& c = out_[i];
    const std::string_view r = std::string_view(c.pattern->code).substr(0, 2);
    if (!c.target && c.object_head >= 0 && coref_ != nullptr &&
        (r == "12" || r == "01")) {
      // "rejected the accusation", "denied the claims": aimed at whoever
      // last made one in the document.
      static const std::map<std::string, std::string, std::less<>> kActs = {
          {"accusation", "11"}, {"allegation", "11"}, {"charge", "11"},
          {"criticism", "11"},  {"claim", "11"},      {"demand", "10"},
          {"call", "02"},       {"appeal", "02"},     {"request", "02"},
          {"proposal", "03"},   {"offer", "03"},      {"plan", "03"},
          {"threat", "13"},     {"ultimatum", "13"},  {"warning", "13"}};
      auto act = kActs.find(Lower(T(c.object_head).lemma));
      if (act != kActs.end()) {
        auto who = coref_->last_by_root.find(act->second);
        if (who != coref_->last_by_root.end() &&
            who->second.country != c.source.actor.country) {
          c.target = Resolved{who->second, T(c.object_head).text, 0.6};
          Trace("'" + T(c.trigger).text + "': the " + T(c.object_head).text +
                " was " + who->second.name + "'s");
          continue;
        }
      }
    }
    if (!c.target && T(c.trigger).deprel == "conj" &&
        (r == "13" || r == "12" || r == "11" || r == "10" || r == "03")) {
      // "accused Azerbaijan of shelling … and vowed to respond": a
      // conjoined verb of the same speaker without a target of its own
      // is aimed where the first one was.
      const int first = T(c.trigger).head;
      for (size_t j = 0; j < n && !c.target; ++j)
        if (j != i && out_[j].trigger == first && out_[j].target &&
            out_[j].source.actor == c.source.actor)
          c.target = out_[j].target;
      if (c.target) {
        Trace("'" + T(c.trigger).text + "': aimed like '" + T(first).text +
              "', at '" + c.target->text + "'");
        continue;
      }
    }
    if (!c.target && (r == "03" || r == "07") && T(c.trigger).upos == "VERB") {
      // "Germany pledged air defence systems to Ukraine", "promised more
      // weapons for Kyiv": the side it is pledged to.
      std::vector<int> heads{c.trigger};
      for (int o : s_.Children(c.trigger, "obj")) {
        heads.push_back(o);
        // "promised more weapons and training for Kyiv".
        for (int k : s_.Children(o, "conj")) heads.push_back(k);
      }
      for (int h : heads)
        for (const char* prep : {"to", "for"}) {
          int k = PrepChild(h, prep);
          if (k < 0 || c.target) continue;
          for (const Resolved& a : roles_.Actors(k))
            if (!c.target && a.actor.country != c.source.actor.country)
              c.target = a;
        }
      if (c.target) {
        Trace("'" + T(c.trigger).text + "': pledged to '" + c.target->text +
              "'");
        continue;
      }
    }
    if (!c.target && c.content_head >= 0 && (r == "10" || r == "02") &&
        (T(c.content_head).deprel == "ccomp" ||
         T(c.content_head).deprel == "acl")) {
      // "Kyiv demanded that Russian troops withdraw": a demand of them.
      std::vector<Resolved> subj =
          roles_.Actors(roles_.Subject(c.content_head));
      if (!subj.empty() &&
          subj.front().actor.country != c.source.actor.country) {
        c.target = subj.front();
        Trace("'" + T(c.trigger).text + "': demanded of '" + subj.front().text +
              "'");
        continue;
      }
    }
    const std::string_view root =
        std::string_view(c.pattern->code).substr(0, 2);
    if (c.target || c.content_head < 0 ||
        (root != "03" && root != "12" && root != "13" && root != "11"))
      continue;
    const Candidate* inner = nullptr;
    int best = 1 << 30;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || !out_[j].target) continue;
      const int d = Depth(out_[j].trigger, c.content_head);
      if (d >= 0 && d < best && out_[j].source.actor == c.source.actor)
        inner = &out_[j], best = d;
    }
    if (inner == nullptr) {
      // "offered to help rebuild Syria", "refused to free an American
      // pastor": no coded act inside, but the other side it names.
      auto [a, b] = s_.Span(c.content_head);
      for (int k = a; k <= b && !c.target; ++k) {
        const std::string_view d = T(k).deprel;
        if ((T(k).upos != "PROPN" && T(k).upos != "NOUN") ||
            (d != "obj" && d != "obl" && d != "iobj" && d != "nsubj"))
          continue;
        if (Depth(k, c.content_head) < 0) continue;
        for (const Resolved& r : roles_.Actors(k))
          if (!c.target && !r.via_pronoun &&
              r.actor.country != c.source.actor.country)
            c.target = r;
      }
      if (c.target)
        Trace("'" + T(c.trigger).text + "': target '" + c.target->text +
              "' named in what it is about");
      continue;
    }
    c.target = inner->target;
    Trace("'" + T(c.trigger).text + "': target '" + inner->target->text +
          "' from '" + T(inner->trigger).text + "'");
  }
}

Pattern SentenceCoder::SpeechPattern(const char* code, const char* text) {
  Pattern p;
  p.code = code;
  p.text = text;
  p.speech = true;
  p.has_target = true;
  p.content = Pattern::kClause;
  return p;
}

void SentenceCoder::CodeTrailingStatement(int p) {
  static const Pattern kSay =
      SpeechPattern("010", "…, X said (a statement, and the attribution)");
  // The reported clause: the content child of a fronted report ("Putin
  // called, said the Kremlin" parsed with "said" as the root), else the
  // clause the verb hangs on, up to the comma before the speaker.
  int content = -1, first = -1, last = -1;
  if (FrontedReport(p)) {
    for (int c : s_.Children(p)) {
      std::string_view d = T(c).deprel;
      if (c < p && (d == "ccomp" || d == "advcl" || d == "parataxis"))
        content = c;
    }
    if (content < 0) return;
    std::tie(first, last) = s_.Span(content);
  } else {
    int top = p;
    while (T(top).head >= 0) top = T(top).head;
    if (top == p) return;
    content = top;
    first = 0;
    const int comma = ReportComma(p);
    last = comma > 0 ? comma - 1 : p - 1;
  }
  while (first < last && T(first).upos == "PUNCT") ++first;
  while (last > first && T(last).upos == "PUNCT") --last;
  if (last <= first) return;
  const int speaker = InvertedSpeaker(p);
  std::vector<Resolved> sources = SubjectActors(p, speaker);
  if (sources.empty()) {
    Trace("'" + T(p).text + "': the attribution names no actor");
    return;
  }
  Match m;
  m.pattern = &kSay;
  m.score = 1;
  m.content = content;
  if (Lower(T(p).lemma) == "tell")
    for (int o : s_.Children(p, "obj"))
      if (o != speaker) m.target = o;
  const size_t before = out_.size();
  EmitWith(p, m, sources, Lower(T(p).text), p);
  for (size_t i = before; i < out_.size(); ++i) {
    out_[i].trailing = true;
    out_[i].source_head = speaker;
    out_[i].content = s_.SpanText(first, last);
  }
  if (out_.size() > before)
    Trace("'" + T(p).text + "': " + sources.front().text +
          "'s statement, with the clause reported as content (R9)");
}

}  // namespace dipgraph::coder
