// Internal to the coder: pronouns and descriptions ("he", "the two
// presidents", "the militant group", "his guest") resolved to the actors a
// document named before, and domestic agents without a country word ("the
// rebels", "police") placed in one.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coder/roles.h"

namespace dipgraph::coder {

bool Roles::Nameless(int head) const {
  for (const Resolved& r : Actors(head))
    if (!r.actor.id.empty()) return false;
  return true;
}

std::vector<Resolved> Roles::PronounActors(int head) const {
  const ParsedToken& h = s_.tokens[head];
  const std::string low = Lower(h.text);
  std::vector<Resolved> out;
  bool person = low == "he" || low == "she" || low == "him" || low == "her";
  bool group = low == "it" || low == "they" || low == "them";
  const ParsedToken* gov =
      h.head >= 0 ? &s_.tokens[static_cast<size_t>(h.head)] : nullptr;
  // "It's no good just exhorting people …", "it is hard to see …": an
  // "it" that only holds the place of the clause after it stands for no
  // one (the parser does not always call it expl).
  if (low == "it" && gov != nullptr && Base(h, "nsubj") &&
      !s_.Children(h.head, "cop").empty()) {
    static constexpr std::string_view kPlaceHolding[] = {
        "good",      "hard",     "difficult",  "easy",      "clear",
        "unclear",   "possible", "impossible", "important", "necessary",
        "likely",    "unlikely", "true",       "obvious",   "vital",
        "essential", "crucial",  "time",       "shame",     "pity",
        "use",       "wise",     "unwise",     "worth",     "enough"};
    bool clause_after = false;
    for (int c : s_.Children(h.head)) {
      const std::string& d = s_.tokens[c].deprel;
      clause_after |=
          c > h.head && (Base(s_.tokens[c], "advcl") || d == "xcomp" ||
                         Base(s_.tokens[c], "csubj") || d == "ccomp");
    }
    if (clause_after &&
        std::find(std::begin(kPlaceHolding), std::end(kPlaceHolding),
                  Lower(gov->lemma)) != std::end(kPlaceHolding))
      return out;
  }
  // "Trump said he would …", "Germany said it had …": the subject of a
  // reported clause is the speaker of the verb that reports it.
  if ((person || group || low == "we") && gov != nullptr && Base(h, "nsubj") &&
      gov->deprel == "ccomp" && gov->head >= 0 &&
      IsSpeechLemma(Lower(s_.tokens[gov->head].lemma))) {
    for (int c : s_.Children(gov->head, "nsubj")) {
      if (s_.tokens[c].upos == "PRON") break;
      std::vector<Resolved> speaker = ActorsOfPhrase(c);
      if (speaker.size() == 1) {
        out.push_back({speaker.front().actor, h.text, 0.75});
        return out;
      }
      // "But officials here said they hope …": an unnamed speaker's "they"
      // is that speaker (sourcing only, R14), not a group named before.
      if (speaker.empty() && IsUnnamedSpeakerNoun(Lower(s_.tokens[c].lemma)))
        return out;
      // "Goncharova said she was sceptical": a speaker no dictionary or
      // title gives an actor is still the one "she" stands for.
      if (speaker.empty() && person && s_.tokens[c].upos == "PROPN" &&
          Nameless(c))
        return out;
    }
  }
  // "ousted Omar al-Bashir and placed him under arrest": the object of
  // a conjoined verb is the first verb's object.
  // "picked out the environment secretary, Michael Gove, accusing him of
  // …": so is the object of a participle clause without a subject of its
  // own.
  const bool participle = gov != nullptr && gov->deprel == "advcl" &&
                          gov->upos == "VERB" && gov->text.ends_with("ing") &&
                          s_.Children(h.head, "nsubj").empty() &&
                          s_.Children(h.head, "mark").empty();
  if ((low == "him" || low == "her" || low == "them") && gov != nullptr &&
      (h.deprel == "obj" || h.deprel == "iobj") &&
      (gov->deprel == "conj" || participle) && gov->head >= 0) {
    for (int c : s_.Children(gov->head, "obj")) {
      std::vector<Resolved> first = ActorsOfPhrase(c);
      if (first.empty()) break;
      for (Resolved& r : first) r.text = h.text, r.confidence *= 0.9;
      return first;
    }
  }
  // "talks with Moscow, which it accused of …", "Obama said that when he
  // met Putin …": the subject pronoun of a dependent clause is the
  // nearest governing clause's named subject of the same kind.
  if ((person || group) && gov != nullptr && Base(h, "nsubj") &&
      gov->head >= 0) {
    int v = gov->head;
    for (int steps = 0; v >= 0 && steps < 6; ++steps, v = s_.tokens[v].head) {
      if (s_.tokens[v].upos != "VERB") continue;
      bool done = false;
      for (int c : s_.Children(v, "nsubj")) {
        if (c == head || s_.tokens[c].upos == "PRON") continue;
        std::vector<Resolved> r = ActorsOfPhrase(c);
        if (r.size() != 1) continue;
        const bool is_person =
            r.front().actor.type == "person" || r.front().actor.role == "GOV";
        if (person ? !is_person : r.front().actor.type == "person") continue;
        out.push_back({r.front().actor, h.text, 0.7});
        done = true;
        break;
      }
      if (done) return out;
      // (Through a clause whose subject is another pronoun: "Mr Sharon
      // said he had not seen … though he acknowledged …".)
      // (Not through a relative clause: "Evo Morales, who resigned …, while
      // Bolivia's military said it would not fire" is not about Morales's
      // side.)
      bool other_subject = false;
      for (int c : s_.Children(v, "nsubj")) {
        const std::string w = Lower(s_.tokens[c].text);
        other_subject |=
            s_.tokens[c].upos != "PRON" ||
            (w != "he" && w != "she" && w != "it" && w != "they" && w != "we");
      }
      if (other_subject) break;
    }
  }
  // "…, officials said." then "They said …": the anonymous speaker again.
  if ((person || group || low == "we") && low != "it" && gov != nullptr &&
      Base(h, "nsubj") && IsSpeechLemma(Lower(gov->lemma)) &&
      coref_->anonymous_speaker)
    return out;
  if (group && gov != nullptr && Base(h, "nsubj") &&
      IsSpeechLemma(Lower(gov->lemma)) && coref_->group_speaker) {
    out.push_back({*coref_->group_speaker, h.text, 0.7});
    return out;
  }
  // "… but Goncharova said she was sceptical … \"We have to try it,\" she
  // said": "she" is the last speaker named before it in the sentence, not
  // anyone named in an earlier one (none when no dictionary or title
  // places that speaker).
  if (person && gov != nullptr && Base(h, "nsubj") &&
      IsSpeechLemma(Lower(gov->lemma))) {
    int last = -1;  // the last named subject of a speech verb before it
    for (int k = 0; k < head; ++k) {
      const ParsedToken& t = s_.tokens[k];
      if (!Base(t, "nsubj") || t.upos == "PRON" || t.head < 0 ||
          !IsSpeechLemma(Lower(s_.tokens[t.head].lemma)))
        continue;
      last = k;
    }
    // (A name no dictionary or title gives an actor: none.)
    if (last >= 0 && s_.tokens[last].upos == "PROPN") {
      if (Nameless(last)) return out;
      std::vector<Resolved> who = Actors(last);
      if (who.size() == 1 && who.front().actor.type == "person") {
        out.push_back({who.front().actor, h.text, 0.7});
        return out;
      }
    }
  }
  // "…, he said" after "Mr Blair said …" in answer to a student named in
  // the same sentence: "he said" is the one who spoke last, when the last
  // sentence that named people named the speaker among them
  // (tests/gold/news/README.md, R8).
  if (person && gov != nullptr && Base(h, "nsubj") &&
      IsSpeechLemma(Lower(gov->lemma)) && coref_->speaker &&
      coref_->speaker->type == "person" && !coref_->speaker->id.empty()) {
    const ActorRef& spoke = *coref_->speaker;
    const bool named_last =
        coref_->topic.empty() ||
        std::any_of(coref_->topic.begin(), coref_->topic.end(),
                    [&](const ActorRef& a) {
                      return a.id == spoke.id && a.name == spoke.name;
                    });
    if (named_last) {
      out.push_back({spoke, h.text, 0.7});
      return out;
    }
  }
  if (person || group) {
    if (const ActorRef* a = coref_->Last(person))
      out.push_back({*a, h.text, 0.7});
  }
  return out;
}

std::vector<Resolved> Roles::DescribedActors(
    int head, const ActorSpan& agent_span, const std::vector<int>& core) const {
  const ParsedToken& h = s_.tokens[head];
  const ActorSpan* agent = &agent_span;
  std::vector<Resolved> out;
  auto text_of = [&](const ActorSpan& sp) {
    return s_.SpanText(sp.first, sp.last);
  };
  // "the two presidents", "both sides", "the militant group".
  bool pair = false;
  for (int k : core) {
    std::string w = Lower(s_.tokens[k].text);
    // (Not "both … and …", which joins two phrases.)
    pair |= (w == "two" || w == "both") && s_.tokens[k].deprel != "cc:preconj";
  }
  if (pair) {
    const bool people =
        agent->actor.role == "GOV" || agent->actor.type == "government";
    for (const ActorRef& a : coref_->LastPair(people))
      out.push_back({a, h.text, 0.6});
    return out;
  }
  // A description does not stand for a side the same sentence names
  // ("The junta accused Paris" after Macron spoke: not France's).
  auto named_here = [&](const ActorRef& a) {
    const std::string c = a.country.empty() ? a.id.substr(0, 3) : a.country;
    for (const ActorSpan& sp : spans_) {
      if (sp.kind == ActorSpan::kAgent) continue;
      const std::string sc = sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                                      : sp.actor.country;
      if (sc == c) return true;
    }
    return false;
  };
  // An indefinite description ("a second aircraft carrier", "two
  // soldiers") introduces someone new; only definite ones refer back.
  bool indefinite = false;
  for (int c : s_.Children(head)) {
    const std::string w = Lower(s_.tokens[c].text);
    // ("the new rulers" are someone not named before either.)
    indefinite |= (s_.tokens[c].deprel == "det" &&
                   (w == "a" || w == "an" || w == "another" || w == "some" ||
                    w == "any" || w == "several")) ||
                  s_.tokens[c].deprel == "nummod" ||
                  (s_.tokens[c].deprel == "amod" && w == "new");
  }
  // "Syria state media said air defences had downed two missiles": a
  // state's own forces, police or officials with no country word, subject
  // of what a voice of that state reports, are that state's.
  static constexpr std::string_view kOrgans[] = {"MIL", "COP", "GOV", "SPY"};
  if (Base(h, "nsubj") && h.head >= 0 &&
      std::find(std::begin(kOrgans), std::end(kOrgans), agent->actor.role) !=
          std::end(kOrgans)) {
    const ParsedToken& clause = s_.tokens[static_cast<size_t>(h.head)];
    if (clause.deprel == "ccomp" && clause.head >= 0 &&
        IsSpeechLemma(Lower(s_.tokens[static_cast<size_t>(clause.head)].lemma)))
      for (int c : s_.Children(clause.head, "nsubj")) {
        if (s_.tokens[c].upos == "PRON") break;
        std::vector<Resolved> voice = ActorsOfPhrase(c);
        if (voice.size() != 1) break;
        const ActorRef& a = voice.front().actor;
        const std::string sc =
            a.country.empty() ? a.id.substr(0, 3) : a.country;
        if (sc.size() != 3 || sc == "IGO" || sc == "IMG" || sc == "NGO" ||
            sc == "MNC" || sc == "---" || lex_.State(sc).country.empty())
          break;
        out.push_back(
            {lex_.Combine(lex_.State(sc), agent->actor), text_of(*agent), 0.6});
        return out;
      }
  }
  // "the government", "the army": with no country word, the state the
  // article is about (its dateline, else the state it names most), not
  // the last government it named (often the other side).
  static constexpr std::string_view kOwnState[] = {
      "government", "regime",   "administration", "authority",
      "cabinet",    "junta",    "leadership",     "presidency",
      "army",       "military", "force"};
  bool the = false;
  for (int c : s_.Children(head, "det"))
    the |= Lower(s_.tokens[c].text) == "the";
  const std::string head_lemma = Lower(h.lemma);
  if (the && !indefinite &&
      (agent->actor.role == "GOV" || agent->actor.role == "MIL") &&
      std::find(std::begin(kOwnState), std::end(kOwnState), head_lemma) !=
          std::end(kOwnState) &&
      (head_lemma != "force" || agent->actor.role == "MIL")) {
    const std::string state = coref_->MainState();
    if (!state.empty()) {
      out.push_back({lex_.Combine(lex_.State(state), agent->actor),
                     text_of(*agent), 0.6});
      return out;
    }
  }
  // "Kyiv accused the rebels", "police detained Navalny": rebels,
  // opposition, police, separatists, courts and parliaments with no
  // country of their own belong to the country the sentence is about
  // (its first actor with a country), else the document's last one.
  static constexpr std::string_view kDomestic[] = {"REB", "OPP", "COP", "SEP",
                                                   "JUD", "LEG", "INS", "CVL"};
  const std::string& role = agent->actor.role;
  const bool domestic = std::find(std::begin(kDomestic), std::end(kDomestic),
                                  role) != std::end(kDomestic);
  // "between Kyiv and the separatists", "the rebel forces and the Syrian
  // army": the actor it is conjoined with, before anyone named earlier.
  std::string country;
  if (domestic) {
    const ParsedToken& ht = s_.tokens[head];
    std::vector<int> partners = s_.Children(head, "conj");
    if (ht.deprel == "conj" && ht.head >= 0) partners.push_back(ht.head);
    for (int p : partners) {
      const int si = span_of_[p];
      if (si < 0 || spans_[si].kind == ActorSpan::kAgent) continue;
      const ActorRef& a = spans_[si].actor;
      country = a.country.empty() ? a.id.substr(0, 3) : a.country;
      break;
    }
  }
  // "The minister also said …" after Sourrouille spoke: a description
  // that says something is the last speaker when it fits him (R8), not
  // the last minister named (the other side's, quoted by him).
  if (!indefinite && the && country.empty() && Base(h, "nsubj") &&
      h.head >= 0 &&
      IsSpeechLemma(Lower(s_.tokens[static_cast<size_t>(h.head)].lemma)) &&
      coref_->speaker && coref_->speaker->type == "person" &&
      !coref_->speaker->id.empty() &&
      coref_->speaker->role == agent->actor.role) {
    out.push_back({*coref_->speaker, text_of(*agent), 0.6});
    return out;
  }
  // "Kurdish forces", "Sunni militants": a group qualified by a people or
  // a faith is that group, not the last armed group named (Isis).
  static constexpr std::string_view kPeoples[] = {
      "kurdish", "sunni",     "shia",     "shiite",   "alawite",  "druze",
      "yazidi",  "christian", "muslim",   "islamist", "jihadist", "arab",
      "turkmen", "pashtun",   "tamil",    "sikh",     "hindu",    "jewish",
      "baloch",  "uighur",    "uyghur",   "berber",   "tuareg",   "hutu",
      "tutsi",   "chechen",   "albanian", "serb",     "croat",    "bosniak"};
  bool qualified = false;
  for (int c : s_.Children(head, "amod"))
    qualified |= std::find(std::begin(kPeoples), std::end(kPeoples),
                           Lower(s_.tokens[c].text)) != std::end(kPeoples);
  for (auto it = coref_->recent.rbegin();
       !indefinite && !qualified && country.empty() &&
       it != coref_->recent.rend();
       ++it)
    if ((it->role == agent->actor.role || it->type == agent->actor.type) &&
        !named_here(*it)) {
      out.push_back({*it, text_of(*agent), 0.6});
      return out;
    }
  if (domestic) {
    // "civilians were executed … in Bucha": the place the sentence
    // names as where it happened.
    for (const ActorSpan& sp : spans_) {
      if (!country.empty()) break;
      if (sp.kind == ActorSpan::kAgent) continue;
      int h = sp.last;
      while (s_.tokens[h].head >= sp.first && s_.tokens[h].head <= sp.last)
        h = s_.tokens[h].head;
      const std::string c = Case(h);
      if (c != "in" && c != "near" && c != "around" && c != "outside") continue;
      country = sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                         : sp.actor.country;
      if (country.size() != 3 || country == "IGO" || country == "IMG")
        country.clear();
    }
    // The dateline's country, when the article has one.
    if (country.empty() && coref_->home.size() == 3) country = coref_->home;
    // Civilians are where it happened, not with whoever the sentence
    // names first (most often the side that harmed them).
    const bool civilians = role == "CVL";
    // Rebels and militants belong with the armed groups the sentence
    // names ("persuade moderate rebels to leave areas held by al-Nusra"),
    // before the states and governments that talk about them.
    const bool armed = role == "REB" || role == "INS" || role == "SEP";
    for (const ActorSpan& sp : spans_) {
      if (!country.empty() || !armed) break;
      if (sp.kind == ActorSpan::kAgent || sp.actor.type != "armed_group")
        continue;
      const std::string c = sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                                     : sp.actor.country;
      if (c.size() == 3 && c != "IGO" && c != "IMG") country = c;
    }
    for (const ActorSpan& sp : spans_) {
      if (!country.empty() || civilians) break;
      if (sp.kind == ActorSpan::kAgent || Backer(sp)) continue;
      country = sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                         : sp.actor.country;
      if (country.size() == 3 && country.substr(0, 3) != "IGO" &&
          country != "IMG")
        break;
      country.clear();
    }
    // Else the state the article is about.
    if (country.empty() && !civilians) country = coref_->MainState();
    // "Kurdish forces … backed by US-led airstrikes": Kurds fight in Syria,
    // Iraq, Turkey and Iran; the state of theirs the sentence names, else
    // the one the article is about, not another side of the sentence.
    bool kurdish = false;
    for (int c : s_.Children(head, "amod"))
      kurdish |= Lower(s_.tokens[c].text) == "kurdish";
    static constexpr std::string_view kKurdish[] = {"SYR", "IRQ", "TUR", "IRN"};
    auto kurdish_state = [&](const std::string& c) {
      return std::find(std::begin(kKurdish), std::end(kKurdish), c) !=
             std::end(kKurdish);
    };
    if (kurdish && !kurdish_state(country)) {
      std::string named;
      for (const ActorSpan& sp : spans_) {
        if (sp.kind == ActorSpan::kAgent) continue;
        const std::string c = sp.actor.country.empty()
                                  ? sp.actor.id.substr(0, 3)
                                  : sp.actor.country;
        if (kurdish_state(c)) {
          named = c;
          break;
        }
      }
      if (named.empty() && kurdish_state(coref_->MainState()))
        named = coref_->MainState();
      if (!named.empty()) country = named;
    }
    if (country.size() == 3) {
      ActorRef where{country, "", country, "", "state"};
      out.push_back({lex_.Combine(where, agent->actor), text_of(*agent), 0.5});
    }
  }
  return out;
}

}  // namespace dipgraph::coder
