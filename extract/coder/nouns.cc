// Event nouns matched against their dictionary patterns ("talks with
// $T", "sanctions on $T"): which pattern fits, whose act it is and what
// it is about; background and non-acts ("a trade war", "an accord named")
// give nothing.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

std::vector<Resolved> SentenceCoder::ModifierActors(int n) const {
  std::vector<Resolved> out;
  for (int c : s_.Children(n)) {
    std::string_view d = T(c).deprel;
    if (d == "nmod:poss" && T(c).upos == "PRON") {
      // "his visit", "their attack": the owner of the act.
      std::optional<Resolved> owner = PossessiveOwner(c);
      if (owner) out.push_back(*owner);
      continue;
    }
    if (d == "nmod:poss" || d == "compound" || d == "amod") {
      auto found = roles_.Actors(c);
      if (found.empty()) {
        for (const ActorSpan& sp : roles_.spans())
          if (sp.first <= c && c <= sp.last && sp.kind != ActorSpan::kAgent)
            found.push_back({sp.actor, s_.SpanText(sp.first, sp.last), 0.8});
      }
      out.insert(out.end(), found.begin(), found.end());
    }
  }
  return out;
}

std::optional<Resolved> SentenceCoder::PossessiveOwner(int k) const {
  const std::string w = Lower(T(k).text);
  const bool person = w == "his" || w == "her";
  if (!person && w != "its" && w != "their") return std::nullopt;
  auto fits = [&](const Resolved& r) {
    return (r.actor.type == "person") == person;
  };
  // The subject of the clause the act noun is in: "Russia said its
  // attack …", "Putin ended his visit".
  int clause = T(k).head;
  while (clause >= 0 && !coder::IsPredicate(T(clause))) clause = T(clause).head;
  for (int v = clause, steps = 0; v >= 0 && steps < 3; v = T(v).head, ++steps) {
    if (!coder::IsPredicate(T(v))) continue;
    for (int subj : s_.Children(v, "nsubj")) {
      std::vector<Resolved> r = roles_.Actors(subj);
      if (r.size() == 1 && fits(r.front()))
        return Resolved{r.front().actor, T(k).text, 0.6, false, true};
      // "Channon made his remarks", Channon known to no dictionary: the
      // remarks are his, not those of a person named before.
      if (r.empty() && T(subj).upos == "PROPN") return std::nullopt;
    }
    if (!s_.Children(v, "nsubj").empty()) break;
  }
  // Else the nearest actor named before it, else the document's last.
  for (int j = k - 1; j >= 0; --j)
    for (const ActorSpan& sp : roles_.spans())
      if (sp.last == j && sp.kind == ActorSpan::kNamed &&
          (sp.actor.type == "person") == person)
        return Resolved{sp.actor, T(k).text, 0.6, false, true};
  if (coref_ != nullptr)
    if (const ActorRef* a = coref_->Last(person))
      return Resolved{*a, T(k).text, 0.5, false, true};
  return std::nullopt;
}

void SentenceCoder::CodeNoun(int n) {
  const std::string lemma = Lower(T(n).lemma);
  const std::vector<Pattern>& pats = lex_.NounPatterns(lemma);
  if (pats.empty()) return;
  // A noun that names an actor ("the Syrian opposition") is no event.
  for (const ActorSpan& sp : roles_.spans()) {
    if (sp.first <= n && n <= sp.last) {
      Trace("'" + T(n).text + "': names an actor, not an event");
      return;
    }
  }
  if (T(n).deprel == "obj" && T(n).head >= 0) {
    // "would pose a threat to Russia", "represents a danger": a danger
    // named, not a threat made.
    static constexpr std::string_view kPose[] = {"pose", "represent",
                                                 "constitute"};
    const std::string verb = Lower(T(T(n).head).lemma);
    if (std::find(std::begin(kPose), std::end(kPose), verb) !=
        std::end(kPose)) {
      Trace("'" + T(n).text + "': " + T(T(n).head).text + " a " + T(n).text +
            " names a danger; no event");
      return;
    }
  }
  // "took charge of the battalions", "assumed charge", "in charge of":
  // command held, not a charge laid.
  if (lemma == "charge") {
    const int h = T(n).head;
    const std::string verb = h >= 0 ? Lower(T(h).lemma) : "";
    if ((T(n).deprel == "obj" && (verb == "take" || verb == "assume")) ||
        roles_.Case(n) == "in") {
      Trace("'" + T(n).text + "': in charge, not a charge laid; no event");
      return;
    }
  }
  {
    // "a trade war", "a price war", "a war of words": no fighting.
    static constexpr std::string_view kNotFighting[] = {
        "trade",   "price",   "currency", "tariff", "propaganda",
        "culture", "bidding", "turf",     "word",   "legal",
        "media",   "chip",    "subsidy",  "tax",    "sanction"};
    if (lemma == "war" || lemma == "battle" || lemma == "fight")
      for (int c : s_.Children(n)) {
        const std::string_view d = T(c).deprel;
        if (d != "compound" && d != "amod" && d != "nmod") continue;
        if (d == "nmod" && roles_.Case(c) != "of") continue;
        if (std::find(std::begin(kNotFighting), std::end(kNotFighting),
                      Lower(T(c).lemma)) == std::end(kNotFighting))
          continue;
        Trace("'" + T(n).text + "': a " + T(c).text + " " + T(n).text +
              " is no fighting; no event");
        return;
      }
  }
  for (int d : s_.Children(n, "det")) {
    // "would respond to any Russian attack": no act in particular.
    const std::string w = Lower(T(d).text);
    if (w == "any" || w == "every" || w == "whatever") {
      Trace("'" + T(n).text + "': '" + T(d).text + "' " + T(n).text +
            " names no act in particular; no event");
      return;
    }
  }
  std::string why;
  if (lex_.Discard(lemma, s_, &why)) {
    Trace("'" + T(n).text + "': dropped by discard " + why);
    return;
  }
  {
    // "Hungary blocked a package of EU military aid", "vetoed the
    // resolution's sanctions": what is blocked, vetoed or called off does
    // not happen.
    static constexpr std::string_view kPrevents[] = {
        "block", "veto", "cancel", "postpone", "delay",   "scrap",   "abandon",
        "halt",  "stop", "freeze", "call off", "suspend", "prevent", "bar"};
    int k = n;
    while (k >= 0 && T(k).head >= 0 &&
           (T(k).deprel == "nmod" || T(k).deprel == "compound" ||
            T(k).deprel == "conj") &&
           T(T(k).head).upos != "VERB")
      k = T(k).head;
    if (k >= 0 && T(k).deprel == "obj" && T(k).head >= 0 &&
        std::find(std::begin(kPrevents), std::end(kPrevents),
                  Lower(T(T(k).head).lemma)) != std::end(kPrevents)) {
      Trace("'" + T(n).text + "': inside what '" + T(T(k).head).text +
            "' prevents; no event");
      return;
    }
  }
  Match best;
  for (const Pattern& pat : pats) {
    Match m;
    m.pattern = &pat;
    m.score = 0;
    if (!WordsInSubtree(n, pat.words)) continue;
    m.score += static_cast<int>(pat.words.size());
    for (const std::string& mod : pat.modifiers) {
      bool found = false;
      for (int c : s_.Children(n)) {
        std::string_view d = T(c).deprel;
        if ((d == "compound" || d == "amod" || d == "nmod") && NameIs(c, mod))
          found = true;
      }
      if (!found) m.score = -100;
      m.score += 3;
    }
    if (m.score < 0) continue;
    if (pat.has_target && !pat.target_prep.empty()) {
      m.target = PrepChild(n, pat.target_prep);
      // "waive sanctions on Iran" with "on Iran" attached to the verb.
      const bool for_obl = T(n).deprel == "obl" && roles_.Case(n) == "for";
      if (m.target < 0 && T(n).head >= 0 &&
          ((T(n).deprel == "obj" && pat.target_prep != "with") || for_obl)) {
        // ("visited Moscow for talks with Putin", "with Putin" hung on
        // the verb.)
        // ("coordinated the strikes with Moscow": a partner of the verb.)
        int c = PrepChild(T(n).head, pat.target_prep);
        if (c > n) m.target = c;
      }
      if (m.target >= 0) {
        m.score += 2;
      } else {
        // "a siege on Gaza" for "siege of $T": another preposition that
        // names an actor will do, for less.
        // (Not "against" for help or cooperation: "appealed for help
        // against Russian troops" is no help to them.)
        const int quad = std::atoi(pat.code.substr(0, 2).c_str());
        for (const char* prep :
             {"against", "on", "of", "with", "to", "in", "between", "into"}) {
          if (std::string_view(prep) == "against" && quad <= 8) continue;
          // (Nor "with" for force: "coordinated the strikes with Moscow"
          // names a partner; clashes with someone have patterns of their
          // own.)
          if (std::string_view(prep) == "with" && quad >= 18) continue;
          // (Nor "in" for a meeting or an agreement: "a summit in
          // Hiroshima", "talks in Antalya" name the venue, not a side.)
          if (std::string_view(prep) == "in" && (quad == 4 || quad == 5))
            continue;
          int c = PrepChild(n, prep);
          if (c >= 0 && m.target < 0 && !roles_.Actors(c).empty()) m.target = c;
        }
        m.score += m.target >= 0 ? 1 : -1;
      }
    }
    if (m.score > best.score || best.pattern == nullptr) best = m;
  }
  if (best.pattern != nullptr) best.content = NounContent(n, *best.pattern);
  if (best.pattern != nullptr && best.target < 0 && T(n).deprel == "obj" &&
      T(n).head >= 0) {
    // "carrying out bombing campaigns to destroy the Islamic State group":
    // force aimed at what its purpose names.
    const std::string_view r =
        std::string_view(best.pattern->code).substr(0, 2);
    if (r == "18" || r == "19" || r == "20")
      for (int x : s_.Children(T(n).head, "xcomp"))
        if (HasToMark(x))
          for (int o : s_.Children(x, "obj"))
            if (best.target < 0 && !roles_.Actors(o).empty()) best.target = o;
  }
  if (best.pattern == nullptr) {
    Trace("'" + T(n).text + "': no pattern of '" + lemma +
          "' matches (modifiers missing)");
    return;
  }
  if (best.pattern->code == "057") {
    // "a security pact between Canberra and Washington", "ratification of
    // a treaty between …", "a new agreement … would pave the way": an
    // accord named is background unless this sentence makes it ("signed
    // an agreement", "the deal was reached").
    static constexpr std::string_view kConclude[] = {
        "sign",     "reach",     "conclude", "strike", "seal",   "finalize",
        "finalise", "ink",       "clinch",   "forge",  "agree",  "complete",
        "initial",  "negotiate", "broker",   "hammer", "secure", "make",
        "join",     "produce",   "yield",    "end",    "result", "enter",
        "ratify",   "approve",   "adopt",    "accept"};
    const bool made =
        T(n).head >= 0 &&
        (T(n).deprel == "obj" || T(n).deprel == "nsubj:pass" ||
         T(n).deprel == "obl") &&
        std::find(std::begin(kConclude), std::end(kConclude),
                  Lower(T(T(n).head).lemma)) != std::end(kConclude);
    if (!made) {
      Trace("'" + T(n).text + "': an accord named, not made here; no event");
      return;
    }
  }
  if (lemma == "war" || lemma == "hostility") {
    // "the war between Iran and Iraq", "Riyadh's war in Yemen", "winning
    // the war": a state of war named is background (R4, R17) unless this
    // sentence starts it ("declared war on", "war broke out between").
    static constexpr std::string_view kStart[] = {
        "declare",  "wage",    "launch", "start",  "begin",    "unleash",
        "spark",    "trigger", "break",  "erupt",  "resume",   "provoke",
        "escalate", "ignite",  "open",   "reopen", "intensify"};
    const bool started =
        T(n).head >= 0 &&
        (T(n).deprel == "obj" || Base(T(n), "nsubj") ||
         T(n).deprel == "nsubj:pass") &&
        std::find(std::begin(kStart), std::end(kStart),
                  Lower(T(T(n).head).lemma)) != std::end(kStart);
    if (!started) {
      Trace("'" + T(n).text + "': a war named, not begun here; background");
      return;
    }
  }
  std::vector<Resolved> sources = ModifierActors(n);
  const std::string_view best_root =
      std::string_view(best.pattern->code).substr(0, 2);
  if (best_root == "04" || best_root == "05") {
    // "the Paris climate agreement", "the Minsk talks": a city before a
    // meeting or an accord is where it was made, not a side.
    std::vector<ActorRef> venues;
    for (int c : s_.Children(n, "compound"))
      if (T(c).upos == "PROPN")
        for (const ActorSpan& sp : roles_.spans())
          if (sp.first <= c && c <= sp.last && sp.kind == ActorSpan::kNamed &&
              !lex_.IsCountry(sp.actor) && sp.actor.id.ends_with("GOV"))
            venues.push_back(sp.actor);
    std::erase_if(sources, [&](const Resolved& r) {
      return std::find(venues.begin(), venues.end(), r.actor) != venues.end();
    });
  }
  if (sources.empty() && best.target >= 0 &&
      roles_.Case(best.target) == "between") {
    // "talks between Putin and Obama": each side with the other.
    std::vector<Resolved> sides = roles_.Actors(best.target);
    if (sides.size() >= 2) {
      Match m = best;
      m.target = -1;
      EmitWith(n, m, sides, Lower(T(n).text), n, /*pairwise=*/true);
      return;
    }
  }
  int light = -1;
  if (sources.empty() && T(n).head >= 0 && coder::IsPredicate(T(T(n).head)) &&
      (T(n).deprel == "obj" || T(n).deprel == "obl")) {
    // "Talks between Putin and Erdogan produced a deal", "Putin's visit to
    // Pyongyang ended with a defence pact": an accord that came of an
    // event between two sides is theirs, both ways.
    const std::string_view r =
        std::string_view(best.pattern->code).substr(0, 2);
    const int event = roles_.Subject(T(n).head);
    if ((r == "05" || r == "08") && event >= 0 && T(event).upos == "NOUN") {
      std::vector<Resolved> sides;
      for (const Candidate& c : out_)
        if (c.trigger == event && c.target &&
            c.source.actor.country != c.target->actor.country) {
          sides = {c.source, *c.target};
          break;
        }
      if (!sides.empty()) {
        Trace("'" + T(n).text + "': came of '" + T(event).text +
              "', between its sides");
        Match m = best;
        m.target = -1;
        EmitWith(n, m, sides, Lower(T(n).text), T(n).head, /*pairwise=*/true);
        return;
      }
    }
  }
  if (sources.empty() && T(n).head >= 0 && coder::IsPredicate(T(T(n).head)) &&
      (T(n).deprel == "obj" || T(n).deprel == "nsubj:pass" ||
       (T(n).deprel == "obl" && roles_.Case(n) == "for"))) {
    // (… and "travelled to Kyiv for talks with Zelenskiy".)
    light = T(n).head;
    // "opposed closer cooperation", "suspended talks": the subject of a
    // verb against the act does not do it.
    if (Opposes(Lower(T(light).lemma))) {
      Trace("'" + T(n).text + "': the object of '" + T(light).text +
            "', not an act of its subject");
      return;
    }
    sources = SubjectActors(light, roles_.Subject(light));
  }
  EmitWith(n, best, sources, Lower(T(n).text), light >= 0 ? light : n);
}

int SentenceCoder::NounContent(int n, const Pattern& pat) const {
  const std::string_view root = std::string_view(pat.code).substr(0, 2);
  if (root != "02" && root != "03" && root != "10" && root != "12" &&
      root != "13")
    return -1;
  static constexpr std::string_view kSee[] = {"see",  "allow",   "let",
                                              "give", "require", "make"};
  for (int c : s_.Children(n)) {
    if (T(c).upos != "VERB") continue;
    // "Trump's demand that NATO allies double …", "a plan to …".
    if (T(c).deprel == "acl") {
      for (int mk : s_.Children(c, "mark")) {
        const std::string w = Lower(T(mk).text);
        if (w == "to" || w == "that") return c;
      }
    }
    // "a proposal that would see Russian and US jets conduct …".
    if (T(c).deprel == "acl:relcl" &&
        std::find(std::begin(kSee), std::end(kSee), Lower(T(c).lemma)) !=
            std::end(kSee)) {
      for (int sb : s_.Children(c, "nsubj")) {
        const std::string w = Lower(T(sb).text);
        if (w != "that" && w != "which") continue;
        return c;
      }
    }
  }
  return -1;
}

}  // namespace dipgraph::coder
