// Which statements are listed: the statement test (S2: what was said
// names another actor), unnamed speakers (R14), addresses to a body, and
// the statements of news media (R9). Split from speech.cc, which codes
// speech by what was said.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

bool SentenceCoder::ContentInvolvesOthers(const Candidate& c) const {
  if (c.content_head < 0) return false;
  auto [a, b] = s_.Span(c.content_head);
  auto [ta, tb] = s_.Span(c.trigger);
  // The statement's own verb and speaker are not its content: a trailing
  // report hung inside its clause is cut out of it (when the report heads
  // the sentence, "'…,' Ravenel said", the clause is a child of the verb).
  const bool cut = c.trailing && ta >= a && tb <= b;
  // Structured bindings are captured by copy: clang 14 (the fuzz preset)
  // cannot capture them by reference.
  auto inside = [&c, cut, a = a, b = b, ta = ta, tb = tb](int k) {
    if (k < a || k > b) return false;
    return !(cut && k >= ta && k <= tb) && k != c.trigger;
  };
  const ActorRef& src = c.source.actor;
  const std::string country =
      src.country.empty() ? src.id.substr(0, 3) : src.country;
  for (const ActorSpan& sp : roles_.spans()) {
    if (!inside(sp.first)) continue;
    if (sp.kind == ActorSpan::kAgent) {
      // "police said students were hurt": another role.
      // (Not people at large: "at least people understood the reason
      // for them, he said" is about no one in particular.)
      const std::string lemma = Lower(T(sp.last).lemma);
      if (lemma == "people" || lemma == "person" || lemma == "public") continue;
      if (!sp.actor.role.empty() && sp.actor.role != src.role) return true;
      continue;
    }
    // Where something is, not who: "the free flow of oil in the gulf and
    // through the Straits of Hormuz" (a place; "pressures in the
    // Congress" still names Congress).
    {
      int h = sp.last;
      while (T(h).head >= sp.first && T(h).head <= sp.last) h = T(h).head;
      const std::string where = roles_.Case(h);
      if ((sp.kind == ActorSpan::kCountry || lex_.IsPlace(sp.actor)) &&
          (Base(T(h), "obl") || Base(T(h), "nmod")) &&
          (where == "in" || where == "at" || where == "near" ||
           where == "inside" || where == "outside" || where == "across" ||
           where == "throughout" || where == "through"))
        continue;
    }
    const std::string sc =
        sp.actor.country.empty() ? sp.actor.id.substr(0, 3) : sp.actor.country;
    if (sc != country) return true;
    if (sp.kind == ActorSpan::kNamed && sp.actor.id != src.id &&
        sp.actor.id != country)
      return true;
  }
  for (const Candidate& x : out_) {
    if (&x == &c || !inside(x.trigger)) continue;
    if (x.source.actor.id != src.id ||
        (x.target && x.target->actor.id != src.id))
      return true;
  }
  return false;
}

bool SentenceCoder::ContentNamesAnyoneElse(const Candidate& c) const {
  if (ContentInvolvesOthers(c)) return true;
  // Real news also names others the dictionaries do not know ("Labour",
  // "Mr Keith") or as groups ("many countries", "the rebels").
  static constexpr std::string_view kGroups[] = {
      "country",    "nation",  "government", "ally",     "rebel",
      "militant",   "force",   "troop",      "party",    "opposition",
      "minister",   "leader",  "president",  "official", "army",
      "parliament", "court",   "police",     "soldier",  "militia",
      "union",      "company", "bank",       "state",    "regime"};
  auto [a, b] = s_.Span(c.content_head);
  auto [sa, sb] =
      c.source_head >= 0 ? s_.Span(c.source_head) : std::pair<int, int>{-1, -1};
  for (int k = a; k <= b; ++k) {
    if (k == c.trigger || (k >= sa && k <= sb)) continue;
    if (T(k).upos == "PROPN") return true;
    if (T(k).upos == "NOUN" &&
        std::find(std::begin(kGroups), std::end(kGroups), Lower(T(k).lemma)) !=
            std::end(kGroups))
      return true;
  }
  return false;
}

bool SentenceCoder::AnonymousSource(const Candidate& c) const {
  return c.source_head >= 0 && AnonymousHead(c.source_head);
}

bool SentenceCoder::AnonymousHead(int head) const {
  if (head < 0) return false;
  // "a 27-year-old Idlib activist, who refused to be named": whoever asks
  // not to be named or identified is unnamed — unless an institution is
  // named with them ("Pentagon officials, who asked not to be
  // identified": the Pentagon's, as "a US military spokesman" is).
  bool unnamed = coder::IsUnnamedSpeakerNoun(Lower(T(head).lemma));
  for (int r : s_.Children(head, "acl:relcl")) {
    auto [ra, rb] = s_.Span(r);
    bool named = false, refusal = false;
    for (int k = ra; k <= rb; ++k) {
      const std::string l = Lower(T(k).lemma);
      named |= l == "name" || l == "identify";
      refusal |= l == "not" || l == "decline" || l == "refuse";
    }
    unnamed |= named && refusal;
  }
  if (!unnamed) return false;
  // "a spokesman for the State Department", "Lebed's spokesman": someone
  // named speaks through them.
  auto [a, b] = s_.Span(head);
  for (const ActorSpan& sp : roles_.spans())
    if (sp.first >= a && sp.last <= b && sp.kind == ActorSpan::kNamed)
      return false;
  // "a spokesman for Israel's civil administration": an institution.
  for (int k : s_.Children(head))
    if (roles_.Case(k) == "for" && !roles_.Actors(k).empty()) return false;
  return true;
}

void SentenceCoder::DropEmptyStatements() {
  std::vector<bool> drop(out_.size(), false);
  for (size_t i = 0; i < out_.size(); ++i) {
    const Candidate& c = out_[i];
    const std::string& code = c.code.empty() ? c.pattern->code : c.code;
    if (!code.starts_with("01") || c.target) continue;
    if (c.source.actor.role == "MED") {
      // "Al-Akhbar newspapers said …", "state media said": a news
      // medium's report is sourcing only (tests/gold/news/README.md, R9).
      drop[i] = true;
      Trace("'" + T(c.trigger).text +
            "': a news medium's report is sourcing only (R9)");
      continue;
    }
    if (code != "010") continue;
    if (AnonymousSource(c)) {
      drop[i] = true;
      Trace("'" + T(c.trigger).text +
            "': an unnamed speaker's statement is "
            "sourcing only (R14)");
    } else if (c.trailing ? !ContentInvolvesOthers(c)
                          : c.content_head >= 0 && !ContentNamesAnyoneElse(c)) {
      drop[i] = true;
      Trace("'" + T(c.trigger).text + "': says nothing of another actor (S2)");
    }
  }
  EraseMarked(drop);
}

void SentenceCoder::Addresses() {
  static const Pattern kAddress = SpeechPattern("010", "speak to $T");
  // A body one addresses: a parliament, a court, an international body,
  // or a meeting, committee or conference of one.
  auto body = [&](const Candidate& c) {
    if (!c.target) return false;
    const ActorRef& t = c.target->actor;
    if (t.role == "LEG" || t.id.starts_with("IGO")) return true;
    return false;
  };
  std::vector<bool> drop(out_.size(), false);
  for (size_t i = 0; i < out_.size(); ++i) {
    Candidate& c = out_[i];
    if (Lower(T(c.trigger).lemma) != "speak" ||
        !std::string_view(c.pattern->code).starts_with("04"))
      continue;
    // The mirrored side ("Parliament consulted Mr Clarke") goes.
    if (c.source.actor.role == "LEG" || c.source.actor.id.starts_with("IGO")) {
      bool other = false;
      for (size_t j = 0; j < out_.size(); ++j)
        other |= j != i && out_[j].trigger == c.trigger && body(out_[j]);
      if (other) {
        drop[i] = true;
        continue;
      }
    }
    if (!body(c)) continue;
    // "Speaking to Parliament, Mr Clarke said: …": the addressee of the
    // statement it frames.
    const int head = T(c.trigger).head;
    bool framed = false;
    if (T(c.trigger).deprel == "advcl" && head >= 0 &&
        coder::IsSpeechLemma(Lower(T(head).lemma)))
      for (Candidate& x : out_)
        if (x.trigger == head &&
            std::string_view(x.pattern->code).starts_with("01") && !x.target &&
            x.source.actor.id == c.source.actor.id) {
          x.target = c.target;
          framed = true;
          Trace("'" + T(c.trigger).text + "': an address to " + c.target->text +
                ", the addressee of '" + T(head).text + "'");
        }
    if (framed) {
      drop[i] = true;
    } else {
      c.pattern = &kAddress;
      Trace("'" + T(c.trigger).text + "': speaking to " + c.target->text +
            " is an address, a statement (010)");
    }
  }
  EraseMarked(drop);
}

}  // namespace dipgraph::coder
