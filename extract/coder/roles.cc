#include "extract/coder/roles.h"

#include <algorithm>
#include <optional>

#include "extract/coder/names.h"

namespace dipgraph::coder {
namespace {

// Relations whose subtrees are not part of the phrase's own naming.
bool OutsidePhrase(std::string_view rel) {
  return rel == "acl" || rel == "acl:relcl" || rel == "advcl:relcl" ||
         rel == "conj" || rel == "cc" || rel == "parataxis" || rel == "advcl" ||
         rel == "ccomp" || rel == "punct" || rel == "dep" || rel == "list";
}

}  // namespace

bool IsPredicate(const ParsedToken& t) { return t.upos == "VERB"; }

bool IsUnnamedSpeakerNoun(std::string_view lemma) {
  static constexpr std::string_view kUnnamed[] = {
      "spokesman", "spokeswoman", "spokesperson", "official",  "diplomat",
      "source",    "analyst",     "delegate",     "aide",      "observer",
      "expert",    "witness",     "resident",     "insider",   "person",
      "people",    "someone",     "officer",      "economist", "dealer",
      "trader",    "banker",      "strategist"};
  return std::find(std::begin(kUnnamed), std::end(kUnnamed), lemma) !=
         std::end(kUnnamed);
}

bool IsSpeechLemma(std::string_view l) {
  static constexpr std::string_view kSpeech[] = {
      "say",       "add",   "tell",    "state",     "announce",
      "declare",   "note",  "stress",  "claim",     "insist",
      "report",    "write", "confirm", "reiterate", "emphasize",
      "emphasise", "warn",  "explain", "comment",   "argue"};
  return std::find(std::begin(kSpeech), std::end(kSpeech), l) !=
         std::end(kSpeech);
}

Roles::Roles(const ParsedSentence& s, const Lexicon& lex,
             const std::string& date, CorefState* coref)
    : s_(s),
      lex_(lex),
      coref_(coref),
      spans_(lex.FindActors(s, date)),
      span_of_(s.tokens.size(), -1) {
  AddTextPeople(s, lex, coref, &spans_);
  for (size_t i = 0; i < spans_.size(); ++i)
    for (int k = spans_[i].first; k <= spans_[i].last; ++k)
      if (k >= 0 && k < static_cast<int>(span_of_.size()))
        span_of_[k] = static_cast<int>(i);
}

// Tokens of the phrase of `head` without clauses, conjuncts and other
// phrases hanging off it (but with possessors, "of" phrases and appositions).
bool Roles::ReportingAppos(int appos) const {
  for (int v : s_.Children(appos))
    if (s_.tokens[v].deprel.starts_with("acl") &&
        IsSpeechLemma(Lower(s_.tokens[v].lemma)))
      return true;
  return false;
}

std::vector<int> Roles::CoreTokens(int head) const {
  std::vector<int> out{head}, todo{head};
  while (!todo.empty()) {
    int h = todo.back();
    todo.pop_back();
    for (int c : s_.Children(h)) {
      const ParsedToken& t = s_.tokens[c];
      if (OutsidePhrase(t.deprel)) continue;
      if (t.deprel == "appos" && ReportingAppos(c)) continue;
      if (Base(t, "nmod") && t.deprel != "nmod:poss" && Case(c) != "of" &&
          !Case(c).empty())
        continue;
      // "an opponent of the Tehran government" is not that government.
      if (Base(t, "nmod") && Case(c) == "of" && IsAdversaryNoun(s_.tokens[h]))
        continue;
      out.push_back(c);
      todo.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool Roles::Backer(const ActorSpan& country) const {
  static constexpr std::string_view kBacked[] = {
      "backed", "supported", "trained",  "funded",
      "armed",  "sponsored", "financed", "equipped"};
  const int k = country.last + 2;
  if (k >= static_cast<int>(s_.tokens.size()) ||
      s_.tokens[country.last + 1].text != "-")
    return false;
  const std::string w = Lower(s_.tokens[k].text);
  return std::find(std::begin(kBacked), std::end(kBacked), w) !=
         std::end(kBacked);
}

ActorRef Roles::PeopleOf(const ActorSpan& country) const {
  // "Palestinians", "two Canadians": a plural demonym (not a plural
  // country name such as "the Philippines") names private people.
  const ParsedToken& t = s_.tokens[country.last];
  if (country.first != country.last || (t.xpos != "NNS" && t.xpos != "NNPS") ||
      !t.text.ends_with("s") || t.text == country.actor.name)
    return country.actor;
  static const ActorRef kCivilians{"", "civilians", "", "CVL", "civilian"};
  return lex_.Combine(country.actor, kCivilians);
}

std::vector<Resolved> Roles::ActorsOfPhrase(int head) const {
  const ParsedToken& h = s_.tokens[head];
  std::string low = Lower(h.text);
  std::vector<Resolved> out;
  {
    // "hundreds of drones", "dozens of protesters", "part of Ukraine": a
    // quantity names nothing; the phrase it counts does.
    static constexpr std::string_view kQuantity[] = {
        "dozen", "hundred", "thousand", "million", "score", "number", "handful",
        "group", "part", "some", "many", "most", "several", "all", "few",
        "dozens", "hundreds", "thousands",
        // "members of Hamas", "a series of Israeli strikes", "a range of
        // Russian officials": the words of a phrase that counts or picks.
        "member", "range", "series", "variety", "majority", "rest",
        "remainder"};
    if (span_of_[head] < 0 &&
        std::find(std::begin(kQuantity), std::end(kQuantity), Lower(h.lemma)) !=
            std::end(kQuantity))
      for (int c : s_.Children(head))
        if (Base(s_.tokens[c], "nmod") && Case(c) == "of")
          return ActorsOfPhrase(c);
  }
  // "talks with Moscow, which it accused of …": a relative pronoun stands
  // for the noun its clause modifies.
  if ((low == "which" || low == "who" || low == "whom" || low == "that") &&
      h.head >= 0 && s_.tokens[h.head].head >= 0) {
    const ParsedToken& clause = s_.tokens[h.head];
    if (clause.deprel == "acl:relcl") {
      std::vector<Resolved> r = ActorsOfPhrase(clause.head);
      // "talks with Moscow, which …": the antecedent names no actor; the
      // nearest actor before the pronoun does.
      for (int k = head - 1; r.empty() && k > clause.head; --k)
        if (span_of_[k] >= 0 && spans_[span_of_[k]].kind != ActorSpan::kAgent)
          r.push_back(
              {spans_[span_of_[k]].actor,
               s_.SpanText(spans_[span_of_[k]].first, spans_[span_of_[k]].last),
               0.7});
      return r;
    }
    if (clause.deprel == "advcl:relcl") {
      // A sentential relative (EWT's advcl:relcl) hung on the verb: the
      // nearest actor before the pronoun.
      for (int k = head - 1; k >= 0; --k)
        if (span_of_[k] >= 0 && spans_[span_of_[k]].kind != ActorSpan::kAgent)
          return {
              {spans_[span_of_[k]].actor,
               s_.SpanText(spans_[span_of_[k]].first, spans_[span_of_[k]].last),
               0.7}};
    }
  }
  // Pronouns and descriptions resolve to earlier actors.
  if (coref_ != nullptr && h.upos == "PRON") return PronounActors(head);
  std::vector<int> core = CoreTokens(head);
  const ActorSpan* named = nullptr;
  const ActorSpan* agent = nullptr;
  std::vector<const ActorSpan*> countries;
  for (int k : core) {
    int si = span_of_[k];
    if (si < 0) continue;
    const ActorSpan& sp = spans_[si];
    if (sp.kind == ActorSpan::kNamed && (!named || span_of_[head] == si))
      named = &sp;
    // "the Tory minister Rory Stewart": the person the title is given to,
    // not the party that qualifies the title.
    if (sp.kind == ActorSpan::kNamed && named != &sp && named != nullptr &&
        span_of_[head] != (named - spans_.data()) &&
        sp.actor.type == "person" && named->actor.type == "party" &&
        k == sp.first && s_.tokens[k].deprel == "appos" &&
        s_.tokens[k].head == head)
      named = &sp;
    // An agent names the phrase only as its head: "media reports" are
    // reports, "rebel forces" are rebels.
    if (sp.kind == ActorSpan::kAgent && span_of_[head] == si) agent = &sp;
    if (sp.kind == ActorSpan::kCountry && !Backer(sp) &&
        std::find(countries.begin(), countries.end(), &sp) == countries.end())
      countries.push_back(&sp);
  }
  // "Chinese and Indian troops": conjoined country modifiers.
  for (size_t i = 0; i < countries.size(); ++i)
    for (int k = countries[i]->first; k <= countries[i]->last; ++k)
      for (int c : s_.Children(k, "conj")) {
        const int si = span_of_[c];
        if (si >= 0 && spans_[si].kind == ActorSpan::kCountry &&
            std::find(countries.begin(), countries.end(), &spans_[si]) ==
                countries.end())
          countries.push_back(&spans_[si]);
      }
  // "Russian and US air forces" with "Russian" misattached: a country word
  // and "and" right before an agent phrase's own country word.
  if (agent && !countries.empty()) {
    int first = countries.front()->first;
    for (const ActorSpan* c : countries) first = std::min(first, c->first);
    for (int k = first - 1; k >= 1; k -= 2) {
      const std::string w = Lower(s_.tokens[k].text);
      if (w != "and" && w != ",") break;
      const int si = span_of_[k - 1];
      if (si < 0 || spans_[si].kind != ActorSpan::kCountry ||
          s_.tokens[spans_[si].last].upos != "ADJ")
        break;
      if (std::find(countries.begin(), countries.end(), &spans_[si]) ==
          countries.end())
        countries.push_back(&spans_[si]);
      k = spans_[si].first + 1;
    }
  }
  auto text_of = [&](const ActorSpan& sp) {
    return s_.SpanText(sp.first, sp.last);
  };
  // A title with a name ("Presidents Vladimir Putin ...", parsed with the
  // title as head) is the named actor; "the leader of Hezbollah" is not.
  bool titled = false;
  if (named && agent) {
    for (int k = named->first; k <= named->last; ++k) {
      int h = s_.tokens[k].head;
      if (h >= 0 && span_of_[h] != span_of_[k] && Case(k).empty() &&
          (h == head || span_of_[h] == span_of_[head]))
        titled = true;
    }
  }
  // "Iran's U.N. ambassador", "the Israeli U.N. delegation": a state's
  // diplomats to an international body are that state's government.
  // (A nationality or a possessive, not a compound: "the UN's Syria
  // envoy" is the UN's; "the U.N. missions of Ghana, …" keep their own
  // reading.)
  if (named && agent && !countries.empty() &&
      span_of_[head] == (agent - spans_.data()) &&
      named->actor.id.starts_with("IGO") &&
      IsDiplomatNoun(s_.tokens[agent->last])) {
    for (const ActorSpan* c : countries) {
      const ParsedToken& t = s_.tokens[c->last];
      const bool sending = t.upos == "ADJ" || t.deprel == "nmod:poss" ||
                           (c->last + 1 < static_cast<int>(s_.tokens.size()) &&
                            s_.tokens[c->last + 1].text == "'s");
      if (sending)
        out.push_back({lex_.Combine(c->actor, agent->actor),
                       s_.SpanText(std::min(c->first, agent->first),
                                   std::max(c->last, agent->last)),
                       0.8});
    }
    if (!out.empty()) return out;
  }
  // "NATO's spokesman", "Putin's envoy": a role owned by a named actor is
  // that actor's (an organisation's own; a person's or a state's
  // government, army, … of their country).
  if (named && agent && !titled && span_of_[head] == (agent - spans_.data())) {
    bool owned = false;
    for (int k = named->first; k <= named->last; ++k)
      owned |= s_.tokens[k].deprel == "nmod:poss" &&
               s_.tokens[k].head >= agent->first &&
               s_.tokens[k].head <= agent->last;
    if (owned) {
      const bool org = named->actor.type != "person" &&
                       named->actor.type != "state" &&
                       named->actor.type != "government";
      out.push_back(
          {org ? named->actor : lex_.Combine(named->actor, agent->actor),
           s_.SpanText(std::min(named->first, agent->first),
                       std::max(named->last, agent->last)),
           0.8});
      return out;
    }
  }
  if (named &&
      (!agent || titled || span_of_[head] != (agent - spans_.data()))) {
    out.push_back({named->actor, text_of(*named), 1.0});
    return out;
  }
  // "its crew", "their troops": a possessive pronoun names the owner — a
  // person for his/her, else the nearest actor named before it in the
  // sentence, else the last one of the document.
  if (!named && countries.empty()) {
    for (int k : core) {
      const ParsedToken& t = s_.tokens[k];
      if (t.deprel != "nmod:poss" || t.upos != "PRON") continue;
      const std::string w = Lower(t.text);
      const bool person = w == "his" || w == "her";
      std::optional<ActorRef> owner;
      if (w == "whose") {
        // "Taiwan, whose leaders had hosted Pelosi": the antecedent of the
        // relative clause.
        int v = k;
        while (v >= 0 && s_.tokens[v].deprel != "acl:relcl")
          v = s_.tokens[v].head;
        if (v >= 0 && s_.tokens[v].head >= 0) {
          std::vector<Resolved> r = ActorsOfPhrase(s_.tokens[v].head);
          if (!r.empty()) owner = r.front().actor;
        } else if (k > 0 && s_.tokens[k - 1].deprel == "punct") {
          // Parsed otherwise: the actor named right before ", whose".
          const int si = span_of_[k - 2 >= 0 ? k - 2 : 0];
          if (si >= 0 && spans_[si].kind != ActorSpan::kAgent)
            owner = spans_[si].actor;
        }
        if (!owner) break;
      } else if (!person && w != "its" && w != "their") {
        continue;
      }
      // "he would close his test site": the possessive is the pronoun
      // subject of its clause.
      int clause = k;
      while (clause >= 0 && s_.tokens[clause].upos != "VERB")
        clause = s_.tokens[clause].head;
      if (clause >= 0)
        for (int subj : s_.Children(clause, "nsubj"))
          if (s_.tokens[subj].upos == "PRON" && subj != k) {
            std::vector<Resolved> r = ActorsOfPhrase(subj);
            if (!r.empty()) owner = r.front().actor;
          }
      // "Channon made his remarks", "X said his statement …", with X known
      // to no dictionary: the possessive is X's, not that of a person named
      // before (SentenceCoder::PossessiveOwner does the same).
      if (!owner && w != "whose") {
        bool unknown_subject = false;
        for (int v = k; v >= 0; v = s_.tokens[v].head) {
          if (s_.tokens[v].upos != "VERB") continue;
          std::vector<int> subjects = s_.Children(v, "nsubj");
          if (subjects.empty()) continue;
          for (int subj : subjects)
            if (s_.tokens[subj].upos == "PROPN" && span_of_[subj] < 0)
              unknown_subject = true;
          break;
        }
        if (unknown_subject) break;
      }
      for (int j = k - 1; j >= 0 && !owner; --j) {
        const int si = span_of_[j];
        if (si < 0 || spans_[si].kind == ActorSpan::kAgent) continue;
        if ((spans_[si].actor.type == "person") == person)
          owner = spans_[si].actor;
      }
      if (!owner && coref_ != nullptr)
        if (const ActorRef* a = coref_->Last(person)) owner = *a;
      if (!owner) break;
      ActorRef who = *owner;
      if (who.country.empty()) who.country = who.id.substr(0, 3);
      // "his guest", "her counterpart": the other side, the last one named
      // of another country than the owner.
      static constexpr std::string_view kRelational[] = {"guest", "visitor",
                                                         "counterpart", "host"};
      if (agent && coref_ != nullptr &&
          std::find(std::begin(kRelational), std::end(kRelational),
                    Lower(h.lemma)) != std::end(kRelational)) {
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend();
             ++it)
          if (!it->country.empty() && it->country != who.country &&
              (it->type == "person" || it->role == "GOV")) {
            out.push_back({*it, h.text, 0.6});
            break;
          }
        return out;
      }
      if (agent) {
        out.push_back({lex_.Combine(who, agent->actor), h.text, 0.6,
                       /*thing=*/false, /*via_pronoun=*/true});
      } else if (span_of_[head] < 0 && h.upos == "NOUN") {
        ActorRef land{who.country, who.name, who.country, "", "state"};
        out.push_back({land, h.text, 0.6, /*thing=*/true,
                       /*via_pronoun=*/true});
      }
      return out;
    }
  }
  if (agent && !countries.empty()) {
    // "Russian and US air forces": every country combines with the agent.
    for (const ActorSpan* c : countries)
      out.push_back({lex_.Combine(c->actor, agent->actor),
                     s_.SpanText(std::min(c->first, agent->first),
                                 std::max(c->last, agent->last)),
                     0.85});
    return out;
  }
  if (agent && countries.empty() && !named &&
      span_of_[head] == (agent - spans_.data())) {
    // "drones claimed by the Houthis", "missiles fired by Iran": whoever
    // the participle's by-phrase names owns them.
    static constexpr std::string_view kOwning[] = {
        "claim", "fire",   "launch", "operate", "fly",
        "use",   "deploy", "send",   "own",     "pilot"};
    for (int c : s_.Children(head, "acl")) {
      if (s_.tokens[c].xpos != "VBN" ||
          std::find(std::begin(kOwning), std::end(kOwning),
                    Lower(s_.tokens[c].lemma)) == std::end(kOwning))
        continue;
      for (int b : s_.Children(c, "obl", false)) {
        if (s_.tokens[b].deprel != "obl:agent" && Case(b) != "by") continue;
        const int si = span_of_[b];
        if (si < 0 || spans_[si].kind == ActorSpan::kAgent) continue;
        out.push_back({spans_[si].actor,
                       s_.SpanText(agent->first, spans_[si].last), 0.7});
        return out;
      }
    }
  }
  if (agent && span_of_[head] == (agent - spans_.data())) {
    // "a spokesman for the State Department", "a spokesman for Israel's
    // civil administration": whoever they speak for (R14).
    const std::string lemma = Lower(h.lemma);
    if (lemma == "spokesman" || lemma == "spokeswoman" ||
        lemma == "spokesperson")
      for (int c : s_.Children(head)) {
        if (!Base(s_.tokens[c], "nmod") || Case(c) != "for") continue;
        std::vector<Resolved> r = ActorsOfPhrase(c);
        if (r.empty()) continue;
        for (Resolved& x : r) x.confidence *= 0.9;
        return r;
      }
  }
  if (agent && span_of_[head] == (agent - spans_.data())) {
    // "the authorities in Kabul", "police in Moscow": the place gives the
    // country — unless the phrase is conjoined with a named side ("between
    // Kyiv and the separatists in Minsk", where Minsk is where the talks
    // were): that side's country is theirs (below).
    const bool conjoined_side =
        s_.tokens[head].deprel == "conj" && s_.tokens[head].head >= 0 &&
        span_of_[s_.tokens[head].head] >= 0 &&
        spans_[span_of_[s_.tokens[head].head]].kind != ActorSpan::kAgent;
    for (int c : s_.Children(head)) {
      if (conjoined_side) break;
      if (!Base(s_.tokens[c], "nmod")) continue;
      std::string cs = Case(c);
      if (cs != "in" && cs != "from" && cs != "of") continue;
      int si = span_of_[c];
      if (si < 0 || spans_[si].kind == ActorSpan::kAgent) continue;
      ActorRef place = spans_[si].actor;
      if (place.country.empty()) place.country = place.id.substr(0, 3);
      out.push_back(
          {lex_.Combine(place, agent->actor),
           s_.SpanText(std::min(agent->first, c), std::max(agent->last, c)),
           0.8});
      return out;
    }
  }
  if (!agent && !named && countries.empty() && coref_ != nullptr) {
    // "both sides", "the two countries", "the two rivals": the last pair.
    static constexpr std::string_view kSides[] = {
        "side",     "party", "country",   "nation", "neighbour",
        "neighbor", "rival", "adversary", "state",  "power"};
    const std::string lemma = Lower(h.lemma);
    bool two = false;
    for (int k : core) {
      const std::string w = Lower(s_.tokens[k].text);
      two |= (w == "two" || w == "both") && s_.tokens[k].deprel != "cc:preconj";
    }
    if (two && std::find(std::begin(kSides), std::end(kSides), lemma) !=
                   std::end(kSides)) {
      for (const ActorRef& a : coref_->LastPair(false))
        out.push_back({a, h.text, 0.6});
      return out;
    }
  }
  if (agent && countries.empty() && !named) {
    // "a missile fired from Yemen", with "missile" an agent noun (but
    // "militants backed by Iran" are not Iran).
    std::vector<Resolved> from = ActorsOfThing(head, /*fired_only=*/true);
    if (!from.empty()) return from;
  }
  if (agent && coref_ != nullptr) return DescribedActors(head, *agent, core);
  if (!countries.empty() && span_of_[head] >= 0 &&
      spans_[span_of_[head]].kind == ActorSpan::kCountry) {
    // "met US Secretary of State Antony Blinken" with "US" parsed as the
    // object and the title and name hung elsewhere: a country word right
    // before a title and a name of that country is that person.
    const ActorSpan& c = spans_[span_of_[head]];
    const std::string cc =
        c.actor.country.empty() ? c.actor.id.substr(0, 3) : c.actor.country;
    const int n = static_cast<int>(s_.tokens.size());
    int k = c.last + 1;
    if (k < n && span_of_[k] >= 0 &&
        spans_[span_of_[k]].kind == ActorSpan::kAgent)
      k = spans_[span_of_[k]].last + 1;
    else
      k = -1;
    if (k >= 0 && k < n && span_of_[k] >= 0 &&
        spans_[span_of_[k]].kind == ActorSpan::kNamed &&
        spans_[span_of_[k]].actor.type == "person" &&
        spans_[span_of_[k]].actor.country == cc) {
      const ActorSpan& who = spans_[span_of_[k]];
      out.push_back({who.actor, s_.SpanText(c.first, who.last), 0.9});
      return out;
    }
    out.push_back(
        {PeopleOf(*countries.front()), text_of(*countries.front()), 1.0});
  } else if (!named && !agent && countries.size() == 1) {
    // "a British tanker", "Israeli towns", "a Syrian air base": the thing
    // stands for its country.
    const ActorSpan& c = *countries.front();
    bool modifier = false;
    for (int k = c.first; k <= c.last; ++k) {
      std::string_view d = s_.tokens[k].deprel;
      // "dozens of Palestinians", "part of Ukraine" too.
      modifier |= s_.tokens[k].head == head &&
                  (d == "amod" || d == "compound" || d == "nmod:poss" ||
                   (d == "nmod" && Case(k) == "of"));
    }
    // "the US-led coalition": the country that leads it.
    const int led = c.last + 2;
    if (led < static_cast<int>(s_.tokens.size()) &&
        s_.tokens[c.last + 1].text == "-" && s_.tokens[led].head == head &&
        (Lower(s_.tokens[led].text) == "led" ||
         Lower(s_.tokens[led].text) == "headed"))
      modifier = true;
    if (modifier) {
      // ("dozens of Palestinians" are people, not a thing of Palestine.)
      const ActorRef people = PeopleOf(c);
      const bool thing = people == c.actor;
      // A thing's text is the phrase ("Russian shells"), which tells what
      // was used.
      out.push_back(
          {people,
           thing ? s_.SpanText(std::min(c.first, head), std::max(c.last, head))
                 : text_of(c),
           0.7, thing, false, thing ? head : -1});
    }
  }
  if (named) out.push_back({named->actor, text_of(*named), 1.0});
  if (out.empty() && span_of_[head] < 0 && h.upos == "NOUN")
    out = ActorsOfThing(head);
  return out;
}

std::vector<Resolved> Roles::ActorsOfThing(int head, bool fired_only) const {
  std::vector<Resolved> out;
  for (int c : s_.Children(head, "acl")) {
    if (s_.tokens[c].upos != "VERB") continue;
    const std::string verb = Lower(s_.tokens[c].lemma);
    int by = fired_only ? -1 : PassiveAgent(c);
    if (by < 0 && !fired_only &&
        (verb == "house" || verb == "host" || verb == "shelter"))
      for (int o : s_.Children(c, "obj")) by = o;
    if (by < 0 && (verb == "fire" || verb == "launch"))
      for (int o : s_.Children(c, "obl"))
        if (Case(o) == "from") by = o;
    if (by < 0 || by == head) continue;
    for (Resolved& r : ActorsOfPhrase(by)) {
      r.confidence = std::min(r.confidence, 0.7);
      r.thing = true;
      out.push_back(std::move(r));
    }
    if (!out.empty()) break;
  }
  return out;
}

// "rebel positions north of Homs", "a depot near Kramatorsk", "targets in
// Syria": a thing that names no actor stands for the country it is in, and
// for that country's rebels, army … when an agent word modifies it.
std::vector<Resolved> Roles::PlaceOfThing(int head, int where) const {
  if (where < 0) where = head;
  static constexpr std::string_view kWhere[] = {
      "in", "near", "at", "around", "outside", "inside", "across", "of"};
  const ActorSpan* agent = nullptr;
  for (int c : s_.Children(head)) {
    std::string_view d = s_.tokens[c].deprel;
    int si = span_of_[c];
    if ((d == "compound" || d == "amod") && si >= 0 &&
        spans_[si].kind == ActorSpan::kAgent)
      agent = &spans_[si];
  }
  for (int c : s_.Children(where)) {
    if (!Base(s_.tokens[c], "nmod") && !Base(s_.tokens[c], "obl")) continue;
    if (where != head && c < head) continue;
    std::string cs = Case(c);
    // "north of", "south-east of" end in "of"; a bare "of" is not a place
    // ("reports of a proposal").
    std::string last = cs.substr(cs.find_last_of(' ') + 1);
    if (cs == "of" || std::find(std::begin(kWhere), std::end(kWhere), last) ==
                          std::end(kWhere))
      continue;
    int si = span_of_[c];
    if (si < 0 || spans_[si].kind == ActorSpan::kAgent) continue;
    const ActorSpan& place = spans_[si];
    std::string country = place.actor.country.empty()
                              ? place.actor.id.substr(0, 3)
                              : place.actor.country;
    if (country.size() != 3) continue;
    ActorRef where{country, place.actor.name, country, "", "state"};
    std::string text =
        s_.SpanText(std::min(head, place.first), std::max(head, place.last));
    if (agent) return {{lex_.Combine(where, agent->actor), text, 0.6}};
    return {{where, text, 0.6}};
  }
  return {};
}

std::vector<Resolved> Roles::Actors(int head) const {
  if (head < 0) return {};
  std::vector<Resolved> out = ActorsOfPhrase(head);
  if (s_.tokens[head].upos == "PRON" || out.empty()) {
    // "both sides" as a bare pronoun-like phrase is handled above.
  }
  for (int c : s_.Children(head, "conj")) {
    // (A clause the parser hung on a noun as its conjunct is no conjunct.)
    if (s_.tokens[c].upos == "VERB" || s_.tokens[c].upos == "AUX") continue;
    std::vector<Resolved> more = ActorsOfPhrase(c);
    out.insert(out.end(), more.begin(), more.end());
  }
  // An apposition naming someone of another country is a conjunction the
  // parser misread ("Moon …, leader Kim Jong Un"); one of the same country
  // is the same actor ("his counterpart, Barack Obama").
  if (!out.empty()) {
    std::vector<int> appos = s_.Children(head, "appos");
    for (size_t i = 0; i < appos.size(); ++i)
      for (int c : s_.Children(appos[i], "appos")) appos.push_back(c);
    for (int c : appos) {
      // "…from Islamic State, the Russian defence ministry said": the
      // speaker of a trailing report, parsed as an apposition.
      if (ReportingAppos(c)) continue;
      // "Angela Merkel, Germany's chancellor, and Emmanuel Macron, France's
      // president, urged …": the parser hangs the second name on the
      // first one's apposition; a name there is a conjunct of the phrase.
      for (int k : s_.Children(c, "conj"))
        if (s_.tokens[k].upos == "PROPN") {
          std::vector<Resolved> more = ActorsOfPhrase(k);
          out.insert(out.end(), more.begin(), more.end());
        }
      // "Belgium, Zaire's former colonial ruler": a description by a title
      // and another country's possessive names no one else when the actor
      // described is known; only a name in the apposition does. (Of a
      // person no dictionary knows, "Syria's ambassador to the UN" tells
      // who that is.)
      bool named = false;
      for (int k : CoreTokens(c))
        if (span_of_[k] >= 0 && spans_[span_of_[k]].kind == ActorSpan::kNamed)
          named = true;
      if (!named && s_.tokens[c].upos != "PROPN" &&
          !out.front().actor.unlisted && !out.front().actor.id.empty())
        continue;
      for (Resolved& r : ActorsOfPhrase(c))
        if (r.actor.country != out.front().actor.country &&
            !r.actor.country.empty())
          out.push_back(std::move(r));
    }
  }
  // "Presidents Vladimir Putin and Barack Obama": conjuncts of a named
  // actor inside the phrase.
  if (!out.empty() && s_.tokens[head].upos != "PRON") {
    for (int k : CoreTokens(head)) {
      if (k == head || span_of_[k] < 0 ||
          spans_[span_of_[k]].kind != ActorSpan::kNamed)
        continue;
      for (int c : s_.Children(k, "conj")) {
        std::vector<Resolved> more = ActorsOfPhrase(c);
        out.insert(out.end(), more.begin(), more.end());
      }
    }
  }
  // Drop repeats of the same actor ("Russia and Russia's army" aside), and
  // a bare country beside one of its own actors ("South Korean President
  // Moon" split by the parser into "South Korean" and "Moon").
  std::vector<Resolved> unique;
  for (Resolved& r : out) {
    bool seen = false;
    for (const Resolved& u : unique) seen |= u.actor.id == r.actor.id;
    if (!seen) unique.push_back(std::move(r));
  }
  auto bare = [](const Resolved& r) { return r.actor.id == r.actor.country; };
  std::vector<Resolved> kept;
  for (const Resolved& r : unique) {
    bool covered = false;
    for (const Resolved& o : unique)
      covered |= bare(r) && !bare(o) && o.actor.country == r.actor.country;
    if (!covered) kept.push_back(r);
  }
  return kept;
}

}  // namespace dipgraph::coder
