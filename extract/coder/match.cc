// Verbs matched against their dictionary patterns: which pattern fits a
// predicate, and who its source and target phrases are (nouns: nouns.cc).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coder/sentence_coder.h"

namespace dipgraph::coder {

Match SentenceCoder::MatchVerb(int p, const Pattern& pat, bool passive) const {
  Match m;
  m.pattern = &pat;
  int score = 0;
  // "called the sanctions useless", "called it a provocation": naming,
  // not a call to someone.
  if (Lower(T(p).lemma) == "call" && pat.content == Pattern::kNone &&
      pat.target_prep.empty()) {
    for (int x : s_.Children(p, "xcomp"))
      if (T(x).upos == "ADJ" || T(x).upos == "NOUN") return m;
    if (s_.Children(p, "obj").size() >= 2) return m;
    // "an Isis offshoot called Jaysh Khalid", "a group called …": a name
    // given, not a call made.
    if (T(p).xpos == "VBN" && T(p).deprel == "acl") return m;
  }
  // "had tried to absorb the RSF": an attempt, not a trial.
  if (Lower(T(p).lemma) == "try" && !s_.Children(p, "xcomp").empty()) return m;
  if (pat.particle.empty()) {
    // "give up its weapons" is not "give $T": a verb with a particle is
    // another verb.
    for (int c : s_.Children(p, "compound:prt")) {
      const std::string w = Lower(T(c).text);
      if (w == "up" || w == "down" || w == "off" || w == "out" || w == "away" ||
          w == "back" || w == "over")
        return m;
    }
  }
  if (!WordsInSubtree(p, pat.words)) return m;
  score += 2 * static_cast<int>(pat.words.size());
  // "shot down a drone" parsed with "down" as the preposition of an
  // oblique "down a drone": that oblique is the object.
  int particle_obl = -1;
  if (!pat.particle.empty()) {
    bool ok = false;
    for (int c : s_.Children(p, "compound:prt")) ok |= NameIs(c, pat.particle);
    // "pull out from Chechnya" with "out" tagged an adverb of the verb.
    if (!ok && p + 1 < static_cast<int>(s_.tokens.size()) &&
        T(p + 1).head == p && T(p + 1).deprel == "advmod" &&
        pat.particle != "together" && NameIs(p + 1, pat.particle))
      ok = true;
    if (!ok && p + 1 < static_cast<int>(s_.tokens.size()) &&
        NameIs(p + 1, pat.particle) && T(p + 1).deprel == "case" &&
        T(p + 1).head >= 0 && T(T(p + 1).head).head == p &&
        T(T(p + 1).head).deprel.starts_with("obl")) {
      ok = true;
      particle_obl = T(p + 1).head;
    }
    if (!ok) return m;
    score += 2;
  }
  if (!pat.object.empty()) {
    for (const char* rel : {passive ? "nsubj:pass" : "obj", "obj"})
      for (int c : s_.Children(p, rel))
        if (m.object < 0 && NameIs(c, pat.object)) m.object = c;
    if (m.object < 0) return m;
    // "launch missile test": the other words modify that object.
    for (const std::string& w : pat.object_mods) {
      auto [a, b] = s_.Span(m.object);
      bool found = false;
      for (int k = a; k <= b && !found; ++k)
        found = k != m.object && Depth(k, m.object) >= 0 && NameIs(k, w);
      if (!found) return m;
      score += 2;
    }
    // A named object word is more specific than a target slot: "expel
    // diplomat" (174) over "expel $T" (166) for "expelled Russian
    // diplomats", whose diplomats then give the target.
    score += 4;
  }
  if (pat.has_target) {
    if (pat.target_prep.empty()) {
      for (const char* rel : {passive ? "nsubj:pass" : "obj", "iobj", "obj"})
        for (int c : s_.Children(p, rel))
          if (m.target < 0 && c != m.object) m.target = c;
      if (m.target < 0 && particle_obl >= 0) m.target = particle_obl;
      // "militants backed by Iran": the noun the participle modifies.
      if (m.target < 0 && passive && T(p).deprel == "acl" && T(p).head >= 0)
        m.target = T(p).head;
      if (m.target < 0 && !passive) {
        // Misparsed objects ("criticised Turkish President Tayyip
        // Erdogan" with "Turkish" as a predicate): a phrase right of the
        // verb, without a preposition, that names an actor.
        // (A subject after the verb with none before it is the subject
        // itself: "'…,' said Pence".)
        bool subject_before = false;
        for (int c : s_.Children(p, "nsubj")) subject_before |= c < p;
        for (int c : s_.Children(p)) {
          std::string_view d = T(c).deprel;
          if (c < p || m.target >= 0 || !roles_.Case(c).empty()) continue;
          if (d != "xcomp" && d != "dep" && d != "obl" && d != "nsubj")
            continue;
          if (d == "nsubj" && !subject_before) continue;
          if (T(c).upos == "VERB" || T(c).upos == "AUX") continue;
          if (!roles_.Actors(c).empty()) m.target = c, score -= 1;
        }
      }
      if (m.target < 0 && !passive) {
        // "will meet Kim Jong Un by May, …" with the name hung elsewhere:
        // a name right after the verb is its object.
        int k = p + 1;
        if (k < static_cast<int>(s_.tokens.size()) && T(k).upos == "DET") ++k;
        for (const ActorSpan& sp : roles_.spans())
          if (sp.first == k && sp.kind != ActorSpan::kAgent && T(k).head != p) {
            int head = k;
            while (head + 1 <= sp.last && T(head).head > head &&
                   T(head).head <= sp.last)
              head = T(head).head;
            // Not the subject of a reported clause ("said Russia would").
            if ((T(head).deprel.starts_with("nsubj") &&
                 Depth(T(head).head, p) >= 0) ||
                !s_.Children(p, "ccomp").empty())
              continue;
            m.target = head;
            score -= 1;
          }
      }
    } else {
      m.target = PrepChild(p, pat.target_prep);
      if (m.target < 0) m.target = PrepChild(m.object, pat.target_prep);
      // A preposition the pattern names but the clause lacks counts
      // against it ("fight alongside $T" for a bare "stop fighting").
      if (m.target < 0) score -= 1;
    }
    if (m.target >= 0) score += 2;
    // "appealed to NATO for help": the reading whose target names an
    // actor wins over "appeal for $T".
    if (m.target >= 0 && !roles_.Actors(m.target).empty()) score += 1;
  }
  if (!pat.content_lemma.empty()) {
    int c = -1;
    for (int x : s_.Children(p, "xcomp"))
      if (c < 0 && NameIs(x, pat.content_lemma)) c = x;
    if (c >= 0) {
      m.content = c;
      score += 3;
      // "threaten to strike $T": the target is the spelled-out verb's
      // object ("threatened to strike US bases").
      if (pat.has_target && pat.target_prep.empty() && m.target < 0)
        for (int o : s_.Children(c, "obj"))
          if (m.target < 0) {
            m.target = o;
            score += 2;
            if (!roles_.Actors(o).empty()) score += 1;
          }
    } else {
      // "respond to request for comment": "to" was a preposition and
      // the word after it a noun.
      for (int x : s_.Children(p))
        if (c < 0 && NameIs(x, pat.content_lemma) && roles_.Case(x) == "to")
          c = x;
      if (c < 0) return m;
      score += 3;
    }
  }
  if (pat.content != Pattern::kNone && m.content < 0) {
    const char* rels[] = {"xcomp", "ccomp", "advcl"};
    for (const char* rel : rels) {
      // "urged Iran and the US to show restraint" with the infinitive hung
      // on the verb as an adverbial clause: after an appeal's or a demand's
      // addressee, a to-infinitive is what is asked.
      const bool asked = pat.has_target && (pat.code.starts_with("02") ||
                                            pat.code.starts_with("10"));
      if (pat.content == Pattern::kInfinitive && std::string(rel) != "xcomp" &&
          !(asked && std::string(rel) == "advcl"))
        continue;
      if (pat.content == Pattern::kGerund && std::string(rel) == "xcomp")
        continue;
      for (int c : s_.Children(p, rel)) {
        if (m.content >= 0 || !ClauseHead(c)) continue;
        if (pat.content == Pattern::kInfinitive &&
            std::string(rel) == "advcl" && !(c > p && HasToMark(c)))
          continue;
        if (coder::IsSpeechLemma(Lower(T(c).lemma)) && TrailingReport(c)) {
          // The trailing report holds the real content before it.
          for (int c2 : s_.Children(c, "ccomp"))
            if (m.content < 0 && c2 < c && ClauseHead(c2)) m.content = c2;
          continue;
        }
        m.content = c;
      }
    }
    // A complement of the kind the pattern names beats a looser one ("tell
    // $T to $C" over "tell $T $C"); a pattern whose complement is missing
    // yields to one that needs none ("attack $T" over "attack $T for $C").
    if (m.content >= 0)
      score += pat.content == Pattern::kClause ? 1 : 2;
    else if (score > 0)
      score -= 1;
  }
  // "maintained its lead", "underlined Turkey's power": these verbs make a
  // statement only of what was said (a clause), not of a thing kept or
  // shown.
  if (pat.speech && pat.content == Pattern::kClause && !pat.has_target &&
      m.content < 0) {
    const std::string lemma = Lower(T(p).lemma);
    if (lemma == "maintain" || lemma == "underline" || lemma == "underscore")
      return m;
  }
  // "with the presidency hoping to strike a deal", "what the Iranians are
  // hoping", "became a nun, hoping to work …": a hope held, told of in
  // passing, is no optimistic comment made; "X hoped (that) …" and "X is
  // hoping for talks" are.
  if (pat.speech && Lower(T(p).lemma) == "hope" && T(p).xpos == "VBG") {
    const std::string& d = T(p).deprel;
    if (d == "advcl" || d == "acl" || d == "acl:relcl") return m;
  }
  m.score = score;
  return m;
}

bool SentenceCoder::CodeNaming(int p) {
  static constexpr std::string_view kNaming[] = {"call",  "describe", "brand",
                                                 "label", "term",     "dub"};
  static constexpr std::string_view kBlame[] = {
      "useless",       "illegal",       "unacceptable",  "provocation",
      "provocative",   "aggression",    "aggressive",    "terrorist",
      "terrorism",     "criminal",      "crime",         "hostile",
      "absurd",        "lie",           "farce",         "mistake",
      "violation",     "blackmail",     "irresponsible", "dangerous",
      "unjustified",   "illegitimate",  "unfriendly",    "invasion",
      "occupation",    "genocide",      "hypocritical",  "hypocrisy",
      "destabilising", "destabilizing", "reckless",      "threat",
      "sham",          "propaganda",    "interference",  "war crime",
      "unprovoked",    "unlawful",      "barbaric",      "cowardly"};
  static constexpr std::string_view kPraise[] = {
      "historic", "constructive", "positive",     "productive",
      "success",  "successful",   "breakthrough", "important",
      "friend",   "partner",      "ally",         "good"};
  const std::string lemma = Lower(T(p).lemma);
  if (std::find(std::begin(kNaming), std::end(kNaming), lemma) ==
      std::end(kNaming))
    return false;
  auto listed = [&](int k, auto& list) {
    const std::string w = Lower(T(k).lemma);
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  std::vector<int> objs = s_.Children(p, "obj");
  int named = -1, word = -1;
  bool blame = false, praise = false;
  if (T(p).deprel == "acl:relcl" && objs.size() == 1 &&
      (listed(objs[0], kBlame) || listed(objs[0], kPraise) || [&] {
        for (int c : s_.Children(objs[0]))
          if (listed(c, kBlame) || listed(c, kPraise)) return true;
        return false;
      }())) {
    // "…, which Moscow called a major provocation".
    named = T(p).head;
    word = objs[0];
    for (int k : {word}) {
      blame |= listed(k, kBlame);
      praise |= listed(k, kPraise);
    }
    for (int c : s_.Children(word)) {
      blame |= listed(c, kBlame);
      praise |= listed(c, kPraise);
    }
  } else if (!objs.empty()) {
    // "called the US sanctions useless", however the words after the
    // object were parsed: the first word of blame or praise after it.
    named = objs[0];
    auto [a, b] = s_.Span(p);
    for (int k = named + 1; k <= b && word < 0; ++k) {
      if (Depth(k, p) < 0) continue;
      if (listed(k, kBlame)) word = k, blame = true;
      if (listed(k, kPraise)) word = k, praise = true;
    }
  }
  if (named < 0 || word < 0 || blame == praise) return false;
  std::vector<Resolved> sources;
  for (int c : s_.Children(p, "nsubj")) {
    const std::string w = Lower(T(c).text);
    if (w == "which" || w == "that" || w == "who") continue;
    sources = SubjectActors(p, c);
    break;
  }
  if (sources.empty()) {
    Trace("'" + T(p).text + "' names '" + T(named).text +
          "', but who did is not known; no event");
    return true;
  }
  const std::string own = sources.front().actor.country;
  // Whose the thing named is: an actor of another side inside its words
  // ("the US arms sale to Taiwan" → the US), else whoever did it.
  std::vector<Resolved> targets;
  for (const Resolved& r : roles_.Actors(named))
    if (r.actor.country != own) targets.push_back(r);
  if (targets.empty() && T(p).deprel != "acl:relcl") {
    auto [a, b] = s_.Span(named);
    for (int k = a; k <= b && targets.empty(); ++k) {
      if (k == word) continue;
      if (T(k).upos != "PROPN" && T(k).upos != "NOUN") continue;
      for (const ActorSpan& sp : roles_.spans())
        if (sp.first == k && sp.kind != ActorSpan::kAgent) {
          Resolved r{sp.actor, s_.SpanText(sp.first, sp.last), 0.7};
          if (r.actor.country != own) targets.push_back(r);
        }
    }
  }
  if (targets.empty() && T(named).head >= 0 &&
      coder::IsPredicate(T(T(named).head))) {
    // "launched an incursion into Kursk, which Moscow called …": who
    // did the thing named.
    for (const Resolved& r :
         SubjectActors(T(named).head, roles_.Subject(T(named).head)))
      if (r.actor.country != own) targets.push_back(r);
  }
  if (targets.empty()) {
    Trace("'" + T(p).text + "' names '" + T(named).text + "' '" + T(word).text +
          "', but whose it is is not said; no event");
    return true;
  }
  static const Pattern kBlamePattern = [] {
    Pattern q = SpeechPattern("111", "call $T <a word of blame>");
    q.content = Pattern::kNone;
    return q;
  }();
  static const Pattern kPraisePattern = [] {
    Pattern q = SpeechPattern("051", "call $T <a word of praise>");
    q.content = Pattern::kNone;
    return q;
  }();
  const Pattern* pat = blame ? &kBlamePattern : &kPraisePattern;
  Trace("'" + T(p).text + "' names '" + T(named).text + "' '" + T(word).text +
        "', so " + pat->code);
  for (const Resolved& src : sources)
    for (const Resolved& t : targets) {
      if (src.actor.id == t.actor.id) continue;
      Candidate c;
      c.trigger = p;
      c.clause = p;
      c.pattern = pat;
      c.source = src;
      c.target = t;
      c.action_text = Lower(T(p).text);
      c.negated = roles_.Negated(p);
      c.modality = roles_.Modality(p);
      c.confidence = std::min(src.confidence, t.confidence) * 0.85;
      out_.push_back(std::move(c));
    }
  return true;
}

// "consider the YPG a terrorist group", "considered the case closed",
// "regard the system as fair": a verb of judgement with a second
// predicate says what the speaker holds something to be; only "consider
// taking …", "consider sanctions" weigh an option (014).
bool SentenceCoder::Judgement(int p) const {
  static constexpr std::string_view kJudge[] = {"consider", "deem", "regard",
                                                "view"};
  const std::string lemma = Lower(T(p).lemma);
  if (std::find(std::begin(kJudge), std::end(kJudge), lemma) ==
      std::end(kJudge))
    return false;
  // "as" after the verb ("regard the system as fair"), not "such as"
  // ("restrictions on items such as beef") nor an opening "As a result of
  // the impasse, X is considering …".
  auto as = [&](int k) {
    if (k < p || roles_.Case(k) != "as") return false;
    for (int m : s_.Children(k, "case"))
      if (m > 0 && Lower(T(m - 1).text) == "such") return false;
    return true;
  };
  for (int c : s_.Children(p)) {
    const ParsedToken& t = T(c);
    if (t.deprel == "xcomp" &&
        (t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN" ||
         (t.upos == "VERB" && t.text.ends_with("ed"))))
      return true;
    if (t.deprel == "iobj" && !s_.Children(p, "obj").empty()) return true;
    if (Base(t, "obl") && as(c)) return true;
    if (t.deprel == "obj")
      for (int d : s_.Children(c))
        if (Base(T(d), "nmod") && as(d)) return true;
  }
  return false;
}

void SentenceCoder::CodeVerb(int p) {
  const std::string lemma = Lower(T(p).lemma);
  if (CodeNaming(p)) return;
  // "EC member states should bear the brunt", "Muslim states intervened":
  // the noun, tagged as the verb "state".
  if (lemma == "state" && Lower(T(p).text) == "states" && p > 0) {
    static constexpr std::string_view kBefore[] = {
        "member",        "ec",           "eu",
        "muslim",        "arab",         "gulf",
        "african",       "european",     "western",
        "baltic",        "nato",         "currency",
        "island",        "rogue",        "sovereign",
        "nuclear",       "weaker",       "stronger",
        "other",         "several",      "many",
        "some",          "all",          "these",
        "those",         "both",         "small",
        "smaller",       "major",        "neighbouring",
        "neighboring",   "frontline",    "coastal",
        "oil-producing", "northern",     "southern",
        "eastern",       "member-states"};
    const std::string before = Lower(T(p - 1).text);
    if (std::find(std::begin(kBefore), std::end(kBefore), before) !=
        std::end(kBefore)) {
      Trace("'" + T(p).text + "': the noun (\"" + T(p - 1).text + " " +
            T(p).text + "\"), not the verb");
      return;
    }
  }
  const std::vector<Pattern>& pats = lex_.VerbPatterns(lemma);
  if (pats.empty()) return;
  // A speech verb hanging off another clause ("…, said the Kremlin") is
  // that clause's attribution, not an event of its own.
  if (InvertedSpeech(p)) {
    Trace("'" + T(p).text + "': inverted speech, used as attribution");
    CodeTrailingStatement(p);
    return;
  }
  std::string why;
  if (lex_.Discard(lemma, s_, &why)) {
    Trace("'" + T(p).text + "': dropped by discard " + why);
    return;
  }
  if (Judgement(p)) {
    Trace("'" + T(p).text +
          "': a judgement of what something is, not an option weighed");
    return;
  }
  bool passive = roles_.Passive(p);
  if (passive && T(p).deprel == "acl" &&
      coder::IsSpeechLemma(Lower(T(p).lemma))) {
    // "drones claimed by the Houthis": says who owns the thing, is no
    // statement of its own.
    Trace("'" + T(p).text + "': a participle naming an owner, no event");
    return;
  }
  Match best;
  for (const Pattern& pat : pats) {
    Match m = MatchVerb(p, pat, passive);
    // On a tie the pattern that names more words wins: "withdraw from
    // treaty" (166) over "withdraw from $T" (0874).
    auto literal = [](const Pattern& q) {
      return q.words.size() + !q.object.empty() + !q.particle.empty();
    };
    if (m.score > best.score ||
        (m.score == best.score && m.score >= 0 && best.pattern != nullptr &&
         literal(pat) > literal(*best.pattern)))
      best = m;
  }
  if (best.score < 0 && options_.general_patterns) {
    // The lemma's most general pattern: the fewest words it requires, a
    // direct object before a prepositional one.
    const Pattern* general = nullptr;
    auto demands = [](const Pattern& q) {
      return q.words.size() + q.modifiers.size() + q.object_mods.size() +
             !q.particle.empty() + !q.object.empty() +
             !q.content_lemma.empty() + (q.content != Pattern::kNone) +
             (q.has_target && !q.target_prep.empty());
    };
    for (const Pattern& pat : pats)
      if (general == nullptr || demands(pat) < demands(*general))
        general = &pat;
    Match m;
    m.pattern = general;
    m.score = 0;
    if (general->has_target) {
      if (general->target_prep.empty()) {
        for (int c : s_.Children(p, passive ? "nsubj:pass" : "obj"))
          if (m.target < 0) m.target = c;
      } else {
        m.target = PrepChild(p, general->target_prep);
      }
    }
    const size_t before = out_.size();
    Emit(p, m, passive ? roles_.PassiveAgent(p) : roles_.Subject(p),
         Lower(T(p).text));
    for (size_t i = before; i < out_.size(); ++i) {
      out_[i].general = true;
      out_[i].confidence *= 0.6;
    }
    Trace("'" + T(p).text + "': no pattern of '" + lemma +
          "' matches; its most general pattern \"" + general->text +
          "\" used (--general-patterns)");
    return;
  }
  if (best.score < 0) {
    Trace("'" + T(p).text + "': no pattern of '" + lemma + "' matches");
    return;
  }
  int src = passive ? roles_.PassiveAgent(p) : roles_.Subject(p);
  Emit(p, best, src, Lower(T(p).text));
}

std::vector<Resolved> SentenceCoder::SubjectActors(int p, int src) const {
  std::vector<Resolved> sources = roles_.Actors(src);
  // "The United States, Britain and France struck …" with the first of
  // the list hung on the verb as something else: a name, a comma, then
  // the subject list.
  if (src >= 2 && T(src - 1).text == "," && !s_.Children(src, "conj").empty()) {
    for (const ActorSpan& sp : roles_.spans()) {
      if (sp.last != src - 2 || sp.kind == ActorSpan::kAgent) continue;
      int h = sp.last;
      while (T(h).head >= sp.first && T(h).head <= sp.last) h = T(h).head;
      if (T(h).head == p && roles_.Case(h).empty() &&
          !T(h).deprel.starts_with("nsubj")) {
        std::vector<Resolved> first = roles_.Actors(h);
        sources.insert(sources.begin(), first.begin(), first.end());
      }
    }
  }
  if (src >= 0 && T(src).head == p && T(src).deprel == "nsubj") {
    for (int other : s_.Children(p, "nsubj")) {
      if (other == src) continue;
      for (Resolved& r : roles_.Actors(other)) {
        bool seen = false;
        for (Resolved& x : sources) {
          if (x.actor.country != r.actor.country) continue;
          seen = true;
          // Keep the more specific of the two ("Moon" over "South Korean").
          if (x.actor.id == x.actor.country) x = r;
        }
        if (!seen) sources.push_back(std::move(r));
      }
    }
    // "The Russian and US air forces" split into "Russian" and "US air
    // forces": the bare country takes the other subject's role.
    // (Only an agent noun's role: "Israel and Hamas", "NATO and Ukraine"
    // are two named sides.)
    auto agent_phrase = [&](const Resolved& r) {
      for (const ActorSpan& sp : roles_.spans())
        if (sp.kind == ActorSpan::kAgent &&
            r.text.ends_with(s_.SpanText(sp.first, sp.last)))
          return true;
      return false;
    };
    const Resolved* role = nullptr;
    for (const Resolved& r : sources)
      if (!r.actor.role.empty() && r.actor.id != r.actor.country &&
          r.actor.type != "person" && role == nullptr && agent_phrase(r))
        role = &r;
    if (role != nullptr) {
      const ActorRef agent = role->actor;
      for (Resolved& r : sources)
        if (r.actor.id == r.actor.country && r.actor.type == "state")
          r.actor = lex_.Combine(r.actor, agent);
    }
  }
  return sources;
}

void SentenceCoder::Emit(int p, const Match& m, int src,
                         const std::string& text) {
  std::vector<Resolved> sources = SubjectActors(p, src);
  if (sources.empty()) NoteUnknown(src);
  if (m.target >= 0 && roles_.Actors(m.target).empty()) NoteUnknown(m.target);
  const size_t before = out_.size();
  EmitWith(p, m, sources, text, p);
  for (size_t i = before; i < out_.size(); ++i) out_[i].source_head = src;
}

void SentenceCoder::NoteUnknown(int head) {
  if (unknown_ == nullptr || head < 0 || T(head).upos != "PROPN") return;
  for (const ActorSpan& sp : roles_.spans())
    if (sp.first <= head && head <= sp.last) return;
  int first = head, last = head;
  for (int c : s_.Children(head))
    if (T(c).deprel == "flat" || T(c).deprel == "compound") {
      first = std::min(first, c);
      last = std::max(last, c);
    }
  unknown_->push_back({s_.SpanText(first, last), s_.text});
}

}  // namespace dipgraph::coder
