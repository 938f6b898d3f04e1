// A matched pattern with its sources and target phrase becomes candidate
// events: targets found through owners, partners, places and earlier
// mentions; pairwise and reciprocal acts.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

void SentenceCoder::EmitWith(int trigger, const Match& m,
                             const std::vector<Resolved>& sources,
                             const std::string& text, int clause,
                             bool force_pairwise) {
  const Pattern& pat = *m.pattern;
  if (sources.empty()) {
    Trace("'" + T(trigger).text + "' (" + pat.text + "): no source actor");
    return;
  }
  std::vector<Resolved> targets = roles_.Actors(m.target);
  if (m.target >= 0 && trigger >= 0 && T(trigger).head == m.target &&
      T(trigger).deprel == "acl") {
    // "The proposal, strongly backed by Britain and West Germany": the
    // noun the participle modifies is not its own doers (through the
    // participle's by-phrase): not Britain, backed by West Germany.
    // (The same phrase: "The city of Grozny, pounded by Russian planes"
    // stays Grozny, though Russia is a doer too.)
    std::erase_if(targets, [&](const Resolved& t) {
      return std::any_of(sources.begin(), sources.end(),
                         [&](const Resolved& s) {
                           return s.actor.id == t.actor.id && s.text == t.text;
                         });
    });
  }
  if (m.target < 0 && m.object >= 0) {
    // "seized a British tanker" for "seize tanker", "expelled 60 Russian
    // diplomats" for "expel diplomat of $T": whose tanker, whose diplomats.
    targets = roles_.Actors(m.object);
  }
  int accord = m.target >= 0 ? m.target : m.object;
  if (accord < 0 && trigger >= 0 && !pat.words.empty()) {
    // "withdraw from treaty": the word the pattern names.
    for (int c : s_.Children(trigger))
      if (accord < 0 && NameIs(c, pat.words.back())) accord = c;
  }
  if (targets.empty() && accord >= 0) {
    // "withdrew from the INF Treaty with Russia", "quit the talks with
    // Kyiv": an accord or talks stand for the partner they are with.
    static constexpr std::string_view kAccords[] = {
        "treaty",       "deal",        "agreement", "accord",
        "pact",         "talk",        "truce",     "negotiation",
        "ceasefire",    "cooperation", "tie",       "relation",
        "coordination", "partnership", "dialogue",  "contact"};
    const std::string head = Lower(T(accord).lemma);
    if (std::find(std::begin(kAccords), std::end(kAccords), head) !=
        std::end(kAccords)) {
      int with = PrepChild(accord, "with");
      if (with < 0) with = PrepChild(accord, "between");
      if (with < 0 && trigger >= 0) {
        with = PrepChild(trigger, "with");
        if (with >= 0 && with < accord) with = -1;
      }
      if (with >= 0) {
        targets = roles_.Actors(with);
        if (!targets.empty())
          Trace("'" + T(trigger).text + "': the partner of '" + T(accord).text +
                "' is the target");
      }
    }
  }
  if (targets.empty() && !pat.has_target && accord >= 0 && !pat.words.empty() &&
      NameIs(accord, pat.words.back())) {
    // "respond to Iran's missile attack" for "respond to attack": whose
    // the word the pattern names is.
    for (Resolved& r : ModifierActors(accord))
      if (sources.empty() || r.actor.country != sources.front().actor.country)
        targets.push_back(std::move(r));
    if (!targets.empty())
      Trace("'" + T(trigger).text + "': '" + T(accord).text + "' is " +
            targets.front().text + "'s, the target");
  }
  // "Kyiv urged its allies", "ordered its troops": a target found through
  // a possessive pronoun of the source's own side is no target.
  std::erase_if(targets, [&](const Resolved& t) {
    if (!t.via_pronoun) return false;
    for (const Resolved& src : sources)
      if (src.actor.country == t.actor.country) return true;
    return false;
  });
  {
    // One meets, visits or hosts actors, not things: "receiving Russian
    // gas" has no target.
    const std::string_view r = std::string_view(pat.code).substr(0, 2);
    if (r == "04" && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(),
                    [](const Resolved& t) { return t.thing; }))
      targets.clear();
  }
  if (m.target >= 0 && sources.size() >= 2 && Reciprocal(m.target)) {
    // "India and China accused each other": each side the other's target.
    Match each = m;
    each.target = -1;
    EmitWith(trigger, each, sources, text, clause, /*pairwise=*/true);
    return;
  }
  if (m.target >= 0 && targets.empty()) {
    // "the decision by Washington", "the authorities in Kabul": a target
    // phrase naming no actor takes the actor of its modifiers.
    for (int c : s_.Children(m.target)) {
      std::string_view d = T(c).deprel;
      // Only whose it is: "Washington's decision", "the decision by
      // Washington", "the referendums organised by Moscow" (not "reports
      // of a US proposal").
      // (… and who does it: "repel the advances of the rebels".)
      static constexpr std::string_view kDoings[] = {
          "advance",   "attack", "offensive", "assault", "push",
          "incursion", "raid",   "invasion",  "failure", "refusal"};
      const bool doing =
          std::find(std::begin(kDoings), std::end(kDoings),
                    Lower(T(m.target).lemma)) != std::end(kDoings);
      int owner = -1;
      if (d == "nmod:poss" ||
          (d.substr(0, 4) == "nmod" &&
           (roles_.Case(c) == "by" || (doing && roles_.Case(c) == "of"))))
        owner = c;
      if (d == "acl" && T(c).upos == "VERB") owner = roles_.PassiveAgent(c);
      if (owner < 0) continue;
      targets = roles_.Actors(owner);
      // "suspended Russia's participation" by Putin: one's own thing is
      // no target.
      std::erase_if(targets, [&](const Resolved& t) {
        for (const Resolved& src : sources)
          if (src.actor.country == t.actor.country) return true;
        return false;
      });
      if (!targets.empty()) {
        Trace("'" + T(trigger).text + "': target from the modifier '" +
              T(c).text + "' of '" + T(m.target).text + "'");
        break;
      }
    }
  }
  if (targets.empty() && !force_pairwise && T(trigger).upos == "NOUN" &&
      pat.code.starts_with("04") && roles_.coref() != nullptr &&
      sources.size() == 1) {
    // "Putin placed the call": the call, the talks, the meeting already
    // told of, with the other side named last.
    bool definite = false;
    for (int d : s_.Children(trigger, "det"))
      definite |= Lower(T(d).text) == "the";
    const auto& recent = roles_.coref()->recent;
    for (auto it = recent.rbegin(); definite && it != recent.rend(); ++it)
      if (!it->country.empty() &&
          it->country != sources.front().actor.country) {
        targets.push_back({*it, T(trigger).text, 0.6});
        Trace("'" + T(trigger).text + "': the other side is '" + it->name +
              "', named before");
        break;
      }
  }
  bool pairwise = force_pairwise ||
                  (targets.empty() && pat.symmetric && sources.size() >= 2);
  const std::string_view agree_root = std::string_view(pat.code).substr(0, 2);
  if (!pairwise && targets.empty() && sources.size() >= 2 &&
      agree_root == "03" && m.content >= 0 &&
      sources.front().actor.country != sources.back().actor.country) {
    // "Moon and Kim pledged to end the war": a pledge to each other;
    // "Biden and Xi agreed to resume contacts": an intent to each other,
    // made specific by what they agreed to do. (Not "Spain and Portugal
    // backed the plan": support for a thing, not for each other.)
    EmitWith(trigger, m, sources, text, clause, /*pairwise=*/true);
    return;
  }
  if (!pairwise && targets.empty() && sources.size() >= 2 &&
      Lower(T(trigger).lemma) == "agree" && T(trigger).upos == "VERB" &&
      agree_root != "01" && agree_root != "03") {
    // "India and Pakistan agreed to a ceasefire": the pattern's act,
    // between them.
    EmitWith(trigger, m, sources, text, clause, /*pairwise=*/true);
    return;
  }
  if (!pairwise && targets.empty() && sources.size() >= 2 &&
      Lower(T(trigger).lemma) == "agree" && T(trigger).upos == "VERB") {
    // "Biden and Xi agreed": an agreement between them.
    static const Pattern kMutual = [] {
      Pattern p = SpeechPattern("057", "$S and $S agree to $C");
      p.speech = false;
      p.symmetric = true;
      return p;
    }();
    Match mutual = m;
    mutual.pattern = &kMutual;
    mutual.target = -1;
    Trace("'" + T(trigger).text + "': several sides agree, so 057");
    EmitWith(trigger, mutual, sources, text, clause, /*pairwise=*/true);
    return;
  }
  const std::string_view pat_root = std::string_view(pat.code).substr(0, 2);
  // (Withdrawing from a place, 0874, is aimed at its country too.)
  const bool force = pat_root == "17" || pat_root == "18" || pat_root == "19" ||
                     pat_root == "20" || pat.code == "0874";
  if (m.target >= 0 && targets.empty() && force &&
      (T(m.target).upos == "NOUN" || T(m.target).upos == "PROPN")) {
    // Force against a place: "bombed rebel positions north of Homs",
    // with the place on the thing or, as parsed, on the verb.
    targets = roles_.PlaceOfThing(m.target);
    if (targets.empty() && T(trigger).upos == "VERB")
      targets = roles_.PlaceOfThing(m.target, trigger);
    if (!targets.empty())
      Trace("'" + T(trigger).text + "': target '" + targets.front().text +
            "' from the place of '" + T(m.target).text + "'");
  }
  if (targets.empty() && m.target < 0 && force && T(trigger).upos == "NOUN") {
    // "launched its first air strikes in Syria": strikes at a place.
    targets = roles_.PlaceOfThing(trigger);
    if (targets.empty() && clause != trigger)
      targets = roles_.PlaceOfThing(trigger, clause);
    for (Resolved& t : targets) t.thing = true;
    if (!targets.empty())
      Trace("'" + T(trigger).text + "': aimed at the place '" +
            targets.front().text + "'");
  }
  std::vector<Resolved> armed;  // "Iranian missiles hit …": the military
  const std::vector<Resolved>* doers = &sources;
  if (force && std::any_of(sources.begin(), sources.end(),
                           [](const Resolved& r) { return r.thing; })) {
    static const ActorRef kMilitary{"", "military", "", "MIL", "military"};
    armed = sources;
    // (Not an event noun: "American air strikes hit Raqqa" are the
    // state's, tests/gold/README.md, A1.)
    for (Resolved& r : armed)
      if (r.thing && r.actor.role.empty() && r.head >= 0 &&
          lex_.NounPatterns(Lower(T(r.head).lemma)).empty()) {
        r.actor = lex_.Combine(r.actor, kMilitary);
        r.thing = false;
      }
    doers = &armed;
  }
  if (force || pat_root == "15") {
    // "Russia pounded Kyiv", "marched toward Moscow": a capital attacked,
    // taken or marched on is a place, its country, not its government.
    for (Resolved& t : targets)
      if (lex_.IsPlace(t.actor)) {
        Trace("'" + T(trigger).text + "': '" + t.text +
              "' is a place here, its country " + t.actor.country);
        t.actor = lex_.State(t.actor.country);
      }
  }
  // A target phrase that names no actor ("rejected the plan") leaves the
  // event without a target, at lower confidence; a pattern that needs a
  // target and found no phrase at all codes nothing.
  double penalty = 1.0;
  if (m.target >= 0 && targets.empty() && !pairwise) {
    auto [a, b] = s_.Span(m.target);
    Trace("'" + T(trigger).text + "' (" + pat.text + "): target '" +
          s_.SpanText(a, b) + "' is not an actor; coded without a target");
    penalty = 0.6;
  } else if (targets.empty() && !pairwise && pat.has_target && !pat.speech &&
             pat.content == Pattern::kNone) {
    if (T(trigger).upos != "NOUN") {
      Trace("'" + T(trigger).text + "' (" + pat.text + "): no target");
      return;
    }
    // A nominal event names its target less often ("a US proposal").
    Trace("'" + T(trigger).text + "' (" + pat.text +
          "): no target; coded without one");
    penalty = 0.6;
  }
  Candidate base;
  base.trigger = trigger;
  base.clause = clause;
  base.pattern = &pat;
  base.negated = roles_.Negated(clause);
  base.modality = roles_.Modality(clause);
  if (base.modality == "asserted" && clause == trigger &&
      T(trigger).upos == "NOUN" && T(trigger).head >= 0 &&
      coder::IsPredicate(T(T(trigger).head)))
    // "would respond to any Russian attack": the act named in a
    // hypothetical or future clause shares its modality.
    base.modality = roles_.Modality(T(trigger).head);
  if (base.modality == "asserted" && T(trigger).upos == "NOUN" &&
      T(trigger).deprel == "obj" && T(trigger).head >= 0) {
    // "approved military strikes", "is weighing sanctions": an act
    // decided on, planned or considered has not happened yet.
    static constexpr std::string_view kPlanned[] = {
        "approve",  "authorize", "authorise", "plan",    "consider",
        "weigh",    "prepare",   "propose",   "discuss", "study",
        "threaten", "mull",      "order",     "seek",    "want"};
    const std::string h = Lower(T(T(trigger).head).lemma);
    if (std::find(std::begin(kPlanned), std::end(kPlanned), h) !=
        std::end(kPlanned))
      base.modality = "hypothetical";
  }
  base.content_head = m.content;
  if (m.target >= 0 && targets.empty()) base.object_head = m.target;
  if (m.target < 0 && m.object >= 0 && targets.empty())
    base.object_head = m.object;  // "reject accusation"
  if (m.content >= 0) {
    auto [a, b] = s_.Span(m.content);
    // Without the leading "to" / "that" / "of" of the complement.
    while (a < m.content && (T(a).deprel == "mark" || T(a).deprel == "punct"))
      ++a;
    // "a proposal that would see X conduct …": what it would see.
    if (T(m.content).deprel == "acl:relcl") a = std::max(a, m.content + 1);
    // Nor a trailing attribution misattached inside it ("…, the
    // ministry announced").
    for (int k = a; k <= b; ++k)
      if (coder::IsPredicate(T(k)) && TrailingAclReport(k) &&
          coder::IsSpeechLemma(Lower(T(k).lemma))) {
        auto [sa, sb] = s_.Span(T(k).head);
        if (sa > a) b = std::min(b, sa - 1);
      }
    while (b > m.content && T(b).deprel == "punct") --b;
    base.content = s_.SpanText(a, b);
  } else if (pat.speech && pat.content != Pattern::kNone &&
             T(trigger).upos == "VERB") {
    // "stressed on 'the start of a real dialogue …'", "spoke about the
    // truce": what was said is the topic phrase.
    for (int c : s_.Children(trigger)) {
      const std::string cs = roles_.Case(c);
      const bool topic = T(c).deprel.starts_with("obl") &&
                         (cs == "on" || cs == "about" || cs == "upon");
      // "stressed the importance of …": an object that names no actor.
      const bool object = T(c).deprel == "obj" && T(c).upos == "NOUN" &&
                          c != m.target && roles_.Actors(c).empty();
      if (!topic && !object) continue;
      auto [a, b] = s_.Span(c);
      while (a < c && (T(a).deprel == "case" || T(a).upos == "PUNCT")) ++a;
      while (b > c && T(b).upos == "PUNCT") --b;
      base.content = s_.SpanText(a, b);
      break;
    }
  }
  base.action_text = text;
  // Force used on, or troops pulled out of, a place inside the state is
  // listed ("Iraqi troops were attacking the city of Arbil", "Russian
  // troops began to pull out from southern Chechnya"), unless the place is
  // the state's own name: the same for every pair of sides below.
  static constexpr std::string_view kPlaces[] = {
      "city",         "town",       "village", "province", "region",
      "area",         "border",     "capital", "enclave",  "district",
      "suburb",       "camp",       "base",    "position", "stronghold",
      "territory",    "island",     "port",    "airport",  "neighbourhood",
      "neighborhood", "university", "church",  "mosque",   "school",
      "hospital",     "market",     "quarter", "valley"};
  const bool place_target =
      force && m.target >= 0 &&
      (T(m.target).upos == "PROPN" ||
       std::find(std::begin(kPlaces), std::end(kPlaces),
                 Lower(T(m.target).lemma)) != std::end(kPlaces)) &&
      std::none_of(roles_.spans().begin(), roles_.spans().end(),
                   [&](const ActorSpan& sp) {
                     // (A region the dictionary files under its state,
                     // "Chechnya", is a place, not the state's name.)
                     return sp.kind == ActorSpan::kCountry &&
                            sp.first <= m.target && m.target <= sp.last &&
                            sp.actor.name == lex_.State(sp.actor.country).name;
                   });
  auto add = [&](const Resolved& s, const Resolved* t, bool symmetric) {
    // "told reporters", "said in an interview with journalists": the
    // press is the audience, not a side.
    // (Any newspaper or broadcaster: "told Reuters", "told the BBC", R13.)
    if (t && pat.speech &&
        (t->actor.role == "MED" || t->actor.type == "media")) {
      Trace("'" + T(trigger).text + "': '" + t->text +
            "' is the audience; no target");
      t = nullptr;
    }
    // "Putin suspended Russia's participation": the source's own state
    // as the target is no relation between two sides.
    // (Rebels, insurgents and the opposition do act on their own state:
    // "Taliban fighters seized the Afghan capital".)
    const std::string srole = s.actor.role.substr(0, 3);
    const bool challenger = srole == "REB" || srole == "INS" ||
                            srole == "OPP" || srole == "SEP" ||
                            srole == "UAF" || srole == "RAD";
    const bool at_place = place_target && !s.actor.role.empty();
    if (t && !challenger && !at_place &&
        ((t->actor.id.size() == 3 && t->actor.id == s.actor.country) ||
         (s.actor.id.size() == 3 && s.actor.id == t->actor.country &&
          t->actor.role.empty()))) {
      Trace("'" + T(trigger).text + "': '" + t->text + "' is " + s.text +
            "'s own state; no event");
      return;
    }
    if (t && t->actor.id == s.actor.id) {
      Trace("'" + T(trigger).text + "': '" + s.text + "' and '" + t->text +
            "' are the same actor (" + s.actor.id + "); no event");
      return;
    }
    Candidate c = base;
    c.source = s;
    if (t) c.target = *t;
    c.symmetric = symmetric;
    c.confidence = std::min(s.confidence, t ? t->confidence : 0.8) *
                   (m.score >= 2 ? 0.95 : 0.85) * penalty;
    out_.push_back(std::move(c));
  };
  if (pairwise) {
    for (const Resolved& a : *doers)
      for (const Resolved& b : *doers) add(a, &b, true);
  } else if (targets.empty()) {
    for (const Resolved& a : *doers) add(a, nullptr, false);
  } else {
    // A meeting, a clash, an agreement with a named partner ("Israel
    // signed accords with the UAE") go both ways. ("Russia and Turkey
    // signed a deal" is pairwise above.)
    // (Consultations, negotiations, agreements, joint operations and
    // truces are mutual whatever the pattern says.)
    static constexpr std::string_view kMutual[] = {"040", "041", "044", "046",
                                                   "057", "062", "0871"};
    // (Other diplomatic cooperation and yielding are the subject's acts:
    // "Turkey restored ties with Israel".)
    const std::string_view code = pat.code;
    const bool own = (code.starts_with("05") || code.starts_with("08")) &&
                     code != "057" && code != "0871";
    const bool reverse = (pat.symmetric && !own) ||
                         std::find(std::begin(kMutual), std::end(kMutual),
                                   code) != std::end(kMutual);
    for (const Resolved& a : *doers)
      for (const Resolved& b : targets) {
        add(a, &b, reverse);
        if (reverse) add(b, &a, true);
      }
  }
  Trace("'" + T(trigger).text + "' coded with pattern \"" + pat.text + "\" (" +
        pat.code + ")");
}

bool SentenceCoder::Opposes(std::string_view lemma) {
  static constexpr std::string_view kAgainst[] = {
      "oppose",    "reject",   "deny",    "condemn",     "criticise",
      "criticize", "denounce", "block",   "veto",        "refuse",
      "decline",   "dismiss",  "suspend", "halt",        "end",
      "cancel",    "scrap",    "abandon", "postpone",    "delay",
      "boycott",   "question", "freeze",  "break",       "stop",
      "quit",      "abrogate", "revoke",  "violate",     "breach",
      "ignore",    "call",     "fear",    "warn",        "doubt",
      "welcome",   "praise",   "hail",    "support",     "back",
      "demand",    "seek",     "urge",    "investigate", "probe",
      "blame",     "waive",    "lift",    "ease",        "remove",
      "cut",       "withhold", "rescind", "drop",        "reduce",
      "rule"};  // "ruled out direct talks"
  return std::find(std::begin(kAgainst), std::end(kAgainst), lemma) !=
         std::end(kAgainst);
}

bool SentenceCoder::Reciprocal(int head) const {
  auto pair = [&](int a) {
    if (a < 0 || a + 1 >= static_cast<int>(s_.tokens.size())) return false;
    const std::string first = Lower(T(a).text), second = Lower(T(a + 1).text);
    return (first == "each" && second == "other") ||
           (first == "one" && second == "another");
  };
  return pair(head - 1) || pair(head);
}

}  // namespace dipgraph::coder
