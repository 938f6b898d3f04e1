#include "extract/coder/coder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "extract/coder/roles.h"
#include "extract/dates.h"

namespace dipgraph {

using coder::Resolved;
using coder::Roles;

void CorefState::Mention(const ActorRef& a) {
  std::erase(recent, a);
  recent.push_back(a);
  if (recent.size() > 16) recent.erase(recent.begin());
}

const ActorRef* CorefState::Last(bool person) const {
  if (person && !topic.empty()) return &topic.front();
  for (auto it = recent.rbegin(); it != recent.rend(); ++it)
    if ((it->type == "person") == person) return &*it;
  return nullptr;
}

std::vector<ActorRef> CorefState::LastPair(bool people) const {
  if (pair.size() == 2) {
    if (!people) return pair;
    // "the two presidents" after "Russia and Ukraine …": the latest people
    // of those two countries, if any were named.
    std::vector<ActorRef> out;
    for (const ActorRef& side : pair)
      for (auto it = recent.rbegin(); it != recent.rend(); ++it)
        if (it->type == "person" && it->country == side.country) {
          out.push_back(*it);
          break;
        }
    return out.size() == 2 ? out : pair;
  }
  for (int pass = people ? 0 : 1; pass < 2; ++pass) {
    std::vector<ActorRef> out;
    for (auto it = recent.rbegin(); it != recent.rend() && out.size() < 2;
         ++it) {
      if (pass == 0 && it->type != "person") continue;
      bool same_country = !out.empty() && out[0].country == it->country;
      if (!same_country) out.push_back(*it);
    }
    if (out.size() == 2 || pass == 1) return out;
  }
  return {};
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Match {
  const Pattern* pattern = nullptr;
  int score = -1;
  int target = -1, content = -1, object = -1;
};

// One event before ids are given: where it came from and its parts.
struct Candidate {
  int trigger = -1;       // predicate or noun token
  int clause = -1;        // the clause it belongs to (a light verb for nouns)
  int content_head = -1;  // head of the content clause, -1 when none
  int object_head = -1;   // the target phrase when it named no actor
  Resolved source;
  std::optional<Resolved> target;
  const Pattern* pattern = nullptr;
  bool negated = false, symmetric = false;
  std::string modality, content, action_text;
  std::string code;  // a more specific code than the pattern's, or ""
  double confidence = 1;
};

class SentenceCoder {
 public:
  SentenceCoder(const ParsedSentence& s, const Lexicon& lex,
                const Codebook& book, const DocumentContext& doc,
                CorefState* coref, std::vector<std::string>* trace,
                std::vector<UnknownActor>* unknown, CoderOptions options)
      : options_(options),
        s_(s),
        lex_(lex),
        book_(book),
        doc_(doc),
        roles_(s, lex, doc.date, coref),
        coref_(coref),
        trace_(trace),
        unknown_(unknown) {}

  // The author of the sentence's last speech verb, inverted ones included
  // ("…, the Kremlin said"): whom "it added" refers to next.
  std::optional<ActorRef> LastSpeaker(bool groups_only = false) const {
    std::optional<ActorRef> out;
    for (int i = 0; i < static_cast<int>(s_.tokens.size()); ++i) {
      if (!coder::IsPredicate(T(i)) || !coder::IsSpeechLemma(Lower(T(i).lemma)))
        continue;
      for (int c : s_.Children(i, "nsubj")) {
        if (T(c).upos == "PRON") continue;
        std::vector<Resolved> who = roles_.Actors(c);
        if (who.size() == 1 &&
            !(groups_only && who.front().actor.type == "person"))
          out = who.front().actor;
      }
    }
    return out;
  }

  std::vector<Event> Run() {
    for (int i = 0; i < static_cast<int>(s_.tokens.size()); ++i) {
      const ParsedToken& t = s_.tokens[i];
      if (coder::IsPredicate(t))
        CodeVerb(i);
      else if (t.upos == "NOUN" || t.upos == "PROPN" ||
               // "began an offensive against …" with the noun tagged ADJ.
               (t.upos == "ADJ" && (t.deprel == "obj" || t.deprel == "nsubj")))
        CodeNoun(i);
    }
    return Finish();
  }

 private:
  void Trace(const std::string& line) {
    if (trace_) trace_->push_back(line);
  }
  const ParsedToken& T(int i) const { return s_.tokens[i]; }

  bool NameIs(int tok, const std::string& word) const {
    std::string lemma = Lower(T(tok).lemma), text = Lower(T(tok).text);
    return lemma == word || text == word ||
           (text.size() > 1 && text.back() == 's' &&
            text.substr(0, text.size() - 1) == word);
  }

  int PrepChild(int head, const std::string& prep) const {
    if (head < 0) return -1;
    for (int c : s_.Children(head)) {
      std::string_view d = T(c).deprel;
      if (d.substr(0, 3) != "obl" && d.substr(0, 4) != "nmod") continue;
      std::string cs = roles_.Case(c);
      if (cs == prep || (cs.size() > prep.size() &&
                         cs.compare(cs.size() - prep.size() - 1,
                                    std::string::npos, " " + prep) == 0))
        return c;
    }
    return -1;
  }

  // A word that can head a clause: a verb, or a nominal or adjectival
  // predicate with its copula or subject ("that the talks were useful").
  bool ClauseHead(int c) const {
    if (T(c).upos == "VERB" || T(c).upos == "AUX") return true;
    return !s_.Children(c, "cop").empty() || !s_.Children(c, "nsubj").empty();
  }

  // True when every word of `words` is a lemma or form in the subtree of
  // `head`.
  bool WordsInSubtree(int head, const std::vector<std::string>& words) const {
    if (words.empty()) return true;
    auto [a, b] = s_.Span(head);
    for (const std::string& w : words) {
      bool found = false;
      for (int k = a; k <= b && !found; ++k)
        found = k != head && Depth(k, head) >= 0 && NameIs(k, w);
      if (!found) return false;
    }
    return true;
  }

  Match MatchVerb(int p, const Pattern& pat, bool passive) const {
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
    }
    // "had tried to absorb the RSF": an attempt, not a trial.
    if (Lower(T(p).lemma) == "try" && !s_.Children(p, "xcomp").empty())
      return m;
    if (pat.particle.empty()) {
      // "give up its weapons" is not "give $T": a verb with a particle is
      // another verb.
      for (int c : s_.Children(p, "compound:prt")) {
        const std::string w = Lower(T(c).text);
        if (w == "up" || w == "down" || w == "off" || w == "out" ||
            w == "away" || w == "back" || w == "over")
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
      for (int c : s_.Children(p, "compound:prt"))
        ok |= NameIs(c, pat.particle);
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
          for (int c : s_.Children(p)) {
            std::string_view d = T(c).deprel;
            if (c < p || m.target >= 0 || !roles_.Case(c).empty()) continue;
            if (d != "xcomp" && d != "dep" && d != "obl" && d != "nsubj")
              continue;
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
            if (sp.first == k && sp.kind != ActorSpan::kAgent &&
                T(k).head != p) {
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
        if (pat.content == Pattern::kInfinitive && std::string(rel) != "xcomp")
          continue;
        if (pat.content == Pattern::kGerund && std::string(rel) == "xcomp")
          continue;
        for (int c : s_.Children(p, rel)) {
          if (m.content >= 0 || !ClauseHead(c)) continue;
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
    m.score = score;
    return m;
  }

  // "Putin called the US sanctions useless", "…, which Moscow called a
  // major provocation": naming something with a word of blame is
  // disapproval (111) of whoever it belongs to, or of whoever did it; with
  // a word of praise it is praise (051).
  bool CodeNaming(int p) {
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
      Trace("'" + T(p).text + "' names '" + T(named).text + "' '" +
            T(word).text + "', but whose it is is not said; no event");
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

  void CodeVerb(int p) {
    const std::string lemma = Lower(T(p).lemma);
    if (CodeNaming(p)) return;
    const std::vector<Pattern>& pats = lex_.VerbPatterns(lemma);
    if (pats.empty()) return;
    // A speech verb hanging off another clause ("…, said the Kremlin") is
    // that clause's attribution, not an event of its own.
    if (InvertedSpeech(p)) {
      Trace("'" + T(p).text + "': inverted speech, used as attribution");
      return;
    }
    std::string why;
    if (lex_.Discard(lemma, s_, &why)) {
      Trace("'" + T(p).text + "': dropped by discard " + why);
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
    if (best.score < 0) {
      Trace("'" + T(p).text + "': no pattern of '" + lemma + "' matches");
      return;
    }
    int src = passive ? roles_.PassiveAgent(p) : roles_.Subject(p);
    Emit(p, best, src, Lower(T(p).text));
  }

  // Actors in the modifiers of a noun: "a US proposal", "Russia's strikes".
  std::vector<Resolved> ModifierActors(int n) const {
    std::vector<Resolved> out;
    for (int c : s_.Children(n)) {
      std::string_view d = T(c).deprel;
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

  void CodeNoun(int n) {
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
          "block",    "veto",    "cancel",  "postpone", "delay",
          "scrap",    "abandon", "halt",    "stop",     "freeze",
          "call off", "suspend", "prevent", "bar"};
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
            // (Nor "in" for a meeting or an agreement: "a summit in
            // Hiroshima", "talks in Antalya" name the venue, not a side.)
            if (std::string_view(prep) == "in" && (quad == 4 || quad == 5))
              continue;
            int c = PrepChild(n, prep);
            if (c >= 0 && m.target < 0 && !roles_.Actors(c).empty())
              m.target = c;
          }
          m.score += m.target >= 0 ? 1 : -1;
        }
      }
      if (m.score > best.score || best.pattern == nullptr) best = m;
    }
    if (best.pattern == nullptr) {
      Trace("'" + T(n).text + "': no pattern of '" + lemma +
            "' matches (modifiers missing)");
      return;
    }
    std::vector<Resolved> sources = ModifierActors(n);
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

  // The actors of `src`, the subject of `p`; with two subjects of one verb
  // (a conjunction the parser missed) the actors of both.
  std::vector<Resolved> SubjectActors(int p, int src) const {
    std::vector<Resolved> sources = roles_.Actors(src);
    // "The United States, Britain and France struck …" with the first of
    // the list hung on the verb as something else: a name, a comma, then
    // the subject list.
    if (src >= 2 && T(src - 1).text == "," &&
        !s_.Children(src, "conj").empty()) {
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
      const Resolved* role = nullptr;
      for (const Resolved& r : sources)
        if (!r.actor.role.empty() && r.actor.id != r.actor.country &&
            r.actor.type != "person" && role == nullptr)
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

  void Emit(int p, const Match& m, int src, const std::string& text) {
    std::vector<Resolved> sources = SubjectActors(p, src);
    if (sources.empty()) NoteUnknown(src);
    if (m.target >= 0 && roles_.Actors(m.target).empty()) NoteUnknown(m.target);
    EmitWith(p, m, sources, text, p);
  }

  // Records a slot filler headed by a proper noun that no entry matched.
  void NoteUnknown(int head) {
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

  void EmitWith(int trigger, const Match& m,
                const std::vector<Resolved>& sources, const std::string& text,
                int clause, bool force_pairwise = false) {
    const Pattern& pat = *m.pattern;
    if (sources.empty()) {
      Trace("'" + T(trigger).text + "' (" + pat.text + "): no source actor");
      return;
    }
    std::vector<Resolved> targets = roles_.Actors(m.target);
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
            Trace("'" + T(trigger).text + "': the partner of '" +
                  T(accord).text + "' is the target");
        }
      }
    }
    if (targets.empty() && !pat.has_target && accord >= 0 &&
        !pat.words.empty() && NameIs(accord, pat.words.back())) {
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
        int owner = -1;
        if (d == "nmod:poss" ||
            (d.substr(0, 4) == "nmod" && roles_.Case(c) == "by"))
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
        agree_root == "03" && Lower(T(trigger).lemma) != "agree" &&
        sources.front().actor.country != sources.back().actor.country) {
      // "Moon and Kim pledged to end the war": a pledge to each other.
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
      // "Biden and Xi agreed to resume …": an agreement between them.
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
    const bool force = pat_root == "17" || pat_root == "18" ||
                       pat_root == "19" || pat_root == "20" ||
                       pat.code == "0874";
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
    auto add = [&](const Resolved& s, const Resolved* t, bool symmetric) {
      // "told reporters", "said in an interview with journalists": the
      // press is the audience, not a side.
      if (t && pat.speech && t->actor.role == "MED" &&
          t->actor.id.size() == 6) {
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
      if (t && !challenger &&
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
      for (const Resolved& a : sources)
        for (const Resolved& b : sources) add(a, &b, true);
    } else if (targets.empty()) {
      for (const Resolved& a : sources) add(a, nullptr, false);
    } else {
      // "Israel signed accords with the UAE": an agreement with a named
      // partner is coded from its subject only, as CAMEO coders do; a
      // meeting or a clash goes both ways. ("Russia and Turkey signed a
      // deal" is pairwise above.)
      const bool reverse = pat.symmetric &&
                           !std::string_view(pat.code).starts_with("05") &&
                           !std::string_view(pat.code).starts_with("08");
      for (const Resolved& a : sources)
        for (const Resolved& b : targets) {
          add(a, &b, reverse);
          if (reverse) add(b, &a, true);
        }
    }
    Trace("'" + T(trigger).text + "' coded with pattern \"" + pat.text +
          "\" (" + pat.code + ")");
  }

  static bool Opposes(std::string_view lemma) {
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
        "cut",       "withhold", "rescind", "drop",        "reduce"};
    return std::find(std::begin(kAgainst), std::end(kAgainst), lemma) !=
           std::end(kAgainst);
  }

  // A meeting placed ("in Berlin", "at the White House") in the country of
  // one of its sides.
  bool MeetsAtHome(const Candidate& c) const {
    const int v = c.clause >= 0 ? c.clause : c.trigger;
    const std::string lemma = Lower(T(v).lemma);
    const bool trip = lemma == "visit" || lemma == "travel" || lemma == "go" ||
                      lemma == "fly" || lemma == "arrive";
    for (int x : s_.Children(v)) {
      std::string_view d = T(x).deprel;
      const std::string cs = roles_.Case(x);
      // "visited Moscow for talks", "travelled to Kyiv for talks": where
      // the trip went.
      const bool destination =
          trip && (d == "obj" || (d.starts_with("obl") && cs == "to"));
      if (!destination) {
        if (!d.starts_with("obl")) continue;
        if (cs != "in" && cs != "at") continue;
      }
      for (const Resolved& r : roles_.Actors(x)) {
        const std::string& country = r.actor.country;
        if (!country.empty() && (country == c.source.actor.country ||
                                 country == c.target->actor.country))
          return true;
      }
    }
    return false;
  }

  // Whether a meeting is placed ("in Berlin") in the capital of `country`
  // (a capital stands for its government in the dictionaries).
  bool InCapitalOf(const Candidate& c, const std::string& country) const {
    const int v = c.clause >= 0 ? c.clause : c.trigger;
    for (int x : s_.Children(v)) {
      if (!T(x).deprel.starts_with("obl") || roles_.Case(x) != "in") continue;
      for (const Resolved& r : roles_.Actors(x))
        if (r.actor.country == country && r.actor.role == "GOV" &&
            T(x).upos == "PROPN")
          return true;
    }
    return false;
  }

  // "each other", "one another".
  bool Reciprocal(int head) const {
    auto pair = [&](int a) {
      if (a < 0 || a + 1 >= static_cast<int>(s_.tokens.size())) return false;
      const std::string first = Lower(T(a).text), second = Lower(T(a + 1).text);
      return (first == "each" && second == "other") ||
             (first == "one" && second == "another");
    };
    return pair(head - 1) || pair(head);
  }

  // A speech verb that reports another clause: "..., the statement said"
  // (parataxis) or "..., said the Kremlin" (its subject after it).
  bool InvertedSpeech(int p) const {
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

  // "Putin initiated the call, said the Kremlin" parsed with the speech
  // verb as the head of the clause it reports: the reported clause comes
  // first, outside quotes, and a comma separates it from the verb.
  bool FrontedReport(int p) const {
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

  // The speaker of an inverted speech verb.
  // "…, the Russian defence ministry announced." parsed with the speech
  // verb as a clause modifying its own speaker, at the end of the sentence.
  bool TrailingAclReport(int p) const {
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

  // "…, a US think tank said." parsed as a clause of its own hung on the
  // reported one (advcl, acl:relcl, parataxis): a speech verb ending the
  // sentence, with its subject right after a comma and no complement.
  bool TrailingReport(int p) const {
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

  // The comma that opens a trailing report ending at `p`: the nearest one
  // before the verb, with only its speaker's words between.
  int ReportComma(int p) const {
    for (int k = p - 1; k >= 0 && p - k <= 8; --k) {
      if (T(k).text == ",") return k;
      if (T(k).upos == "VERB" || T(k).upos == "AUX" || T(k).upos == "PUNCT")
        return -1;
    }
    return -1;
  }

  int InvertedSpeaker(int p) const {
    if (TrailingAclReport(p)) return T(p).head;
    for (const char* rel : {"nsubj", "obj"})
      for (int c : s_.Children(p, rel)) return c;
    return -1;
  }

  // Attribution of the clause holding token `i`: an inverted speech verb
  // ("…, said the Kremlin") or "according to X".
  std::string Attribution(int i) const {
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

  std::string DateOf(int clause) const {
    std::optional<CivilDate> ref = ParseDate(doc_.date);
    if (!ref) return doc_.date;
    for (int c : s_.Children(clause)) {
      std::string_view d = T(c).deprel;
      if (d.substr(0, 3) != "obl" && d.substr(0, 4) != "nmod" && d != "advmod")
        continue;
      auto [a, b] = s_.Span(c);
      if (auto when = ResolveRelativeDate(s_.SpanText(a, b), *ref))
        return when->ToString();
    }
    return doc_.date;
  }

  // Steps from `tok` up to `head`, or -1 when `head` does not govern it.
  int Depth(int tok, int head) const {
    int steps = 0;
    for (int k = tok; k >= 0; k = T(k).head, ++steps)
      if (k == head) return steps;
    return -1;
  }

  // "the Syrian government had to respect the truce", "Iran needs to
  // allow inspectors": an obligation, like "must".
  bool HasTo(int clause) const {
    const std::string lemma = Lower(T(clause).lemma);
    if (lemma != "have" && lemma != "need") return false;
    for (int x : s_.Children(clause, "xcomp"))
      for (int mk : s_.Children(x, "mark"))
        if (Lower(T(mk).text) == "to") return true;
    return false;
  }

  // Speech coded by what was said, as CAMEO coders do: "X said Y must …"
  // is a demand of Y; "X said it would …" an intent to cooperate or a
  // threat, by the kind of the event it announces, towards that event's
  // target; "X warned that Y would …" a threat to Y. The outer event keeps
  // the content; the inner event stays, marked as reported.
  void RecodeSpeech() {
    static const Pattern kDemand = SpeechPattern("100", "say $T must $C");
    static const Pattern kIntent = SpeechPattern("030", "say will $C");
    static const Pattern kThreat = SpeechPattern("130", "say will $C");
    static const Pattern kWarn = SpeechPattern("130", "warn $T will $C");
    const size_t n = out_.size();
    for (size_t i = 0; i < n; ++i) {
      Candidate& c = out_[i];
      const std::string_view root =
          std::string_view(c.pattern->code).substr(0, 2);
      const bool warn_clause =
          root == "13" && !c.target && Lower(T(c.trigger).lemma) == "warn";
      if (c.content_head < 0 || (root != "01" && !warn_clause) ||
          !coder::IsSpeechLemma(Lower(T(c.trigger).lemma)))
        continue;
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
      if (T(ch).deprel != "ccomp") continue;
      std::string modal;
      for (int a : s_.Children(ch, "aux")) {
        const std::string w = Lower(T(a).text);
        if (w == "must" || w == "should") modal = "must";
        if (w == "will" || w == "would" || w == "'ll" || w == "shall")
          modal = "will";
      }
      if (modal.empty() && HasTo(ch)) modal = "must";
      std::vector<Resolved> subjects = roles_.Actors(roles_.Subject(ch));
      auto same_side = [&](const Resolved& r) {
        return r.actor.id == c.source.actor.id ||
               (!r.actor.country.empty() &&
                r.actor.country == c.source.actor.country);
      };
      if (modal.empty()) {
        // A plain statement is addressed to whom it is about: "the ICC
        // said it had issued a warrant for Putin" (the speaker's own act's
        // target), "Seoul said the North had not halted work" (the other
        // side that the reported clause is about).
        if (root != "01" || warn_clause) continue;
        const Candidate* inner = nullptr;
        int best = 1 << 30;
        for (size_t j = 0; j < n; ++j) {
          if (j == i) continue;
          const int d = Depth(out_[j].trigger, ch);
          if (d >= 0 && d < best) inner = &out_[j], best = d;
        }
        if (inner != nullptr && inner->target && same_side(inner->source) &&
            !same_side(*inner->target)) {
          c.target = inner->target;
        } else if (!subjects.empty() && !same_side(subjects.front()) &&
                   !subjects.front().thing) {
          c.target = subjects.front();
        }
        if (c.target)
          Trace("'" + T(c.trigger).text + "': about '" + c.target->text +
                "', its target");
        continue;
      }
      std::vector<Resolved> others;
      for (const Resolved& r : subjects)
        if (!same_side(r)) others.push_back(r);
      const bool warn = Lower(T(c.trigger).lemma) == "warn";
      if ((modal == "must" || (modal == "will" && warn)) && !others.empty() &&
          others.size() == subjects.size()) {
        c.pattern = modal == "must" ? &kDemand : &kWarn;
        c.target = others.front();
        for (size_t k = 1; k < others.size(); ++k) {
          Candidate more = c;
          more.target = others[k];
          out_.push_back(std::move(more));
        }
        Trace("'" + T(c.trigger).text + "': what was said makes it " +
              c.pattern->code + " (" + c.pattern->text + ")");
        continue;
      }
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
        Trace("'" + T(c.trigger).text + "': answers '" +
              T(inner->trigger).text + "' by " + inner->source.text + ", so " +
              c.pattern->code);
        continue;
      }
      // "warned that it would take resolute measures": a warning about
      // one's own act to come is a threat whatever the act.
      const bool warns = Lower(T(c.trigger).lemma) == "warn";
      c.pattern = a.quad_class >= 3 || warns ? &kThreat : &kIntent;
      c.target = inner->target;
      Trace("'" + T(c.trigger).text + "': announces '" +
            T(inner->trigger).text + "', so " + c.pattern->code + " (" +
            c.pattern->text + ")");
    }
  }

  // "refused to waive sanctions on Iran", "threatened to strike Syrian
  // troops": an intent, refusal, threat or appeal without a target of its
  // own is aimed at the target of the act it announces, when the same
  // actor is to do it.
  void InheritTargets() {
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
      if (!c.target && (r == "03" || r == "07") &&
          T(c.trigger).upos == "VERB") {
        // "Germany pledged air defence systems to Ukraine", "promised more
        // weapons for Kyiv": the side it is pledged to.
        std::vector<int> heads{c.trigger};
        for (int o : s_.Children(c.trigger, "obj")) heads.push_back(o);
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
          T(c.content_head).deprel == "ccomp") {
        // "Kyiv demanded that Russian troops withdraw": a demand of them.
        std::vector<Resolved> subj =
            roles_.Actors(roles_.Subject(c.content_head));
        if (!subj.empty() &&
            subj.front().actor.country != c.source.actor.country) {
          c.target = subj.front();
          Trace("'" + T(c.trigger).text + "': demanded of '" +
                subj.front().text + "'");
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

  static Pattern SpeechPattern(const char* code, const char* text) {
    Pattern p;
    p.code = code;
    p.text = text;
    p.speech = true;
    p.has_target = true;
    p.content = Pattern::kClause;
    return p;
  }

  // Acts of roots that need a target and found none are dropped, after
  // speech recoding and target inheritance had their chance.
  void DropTargetless() {
    if (options_.keep_targetless) return;
    std::vector<Candidate> kept;
    for (Candidate& c : out_) {
      const std::string_view root =
          std::string_view(c.pattern->code).substr(0, 2);
      const bool verbal = root == "01" || root == "02" || root == "03" ||
                          root == "10" || root == "12";
      if (c.target || verbal) {
        kept.push_back(std::move(c));
        continue;
      }
      Trace("'" + T(c.trigger).text + "' (" + c.pattern->text +
            "): no target actor; dropped (--keep-targetless keeps it)");
    }
    out_ = std::move(kept);
  }

  // Whether an act of force was done with aerial weapons: named in its
  // doer ("drones claimed by the Houthis", "Russian warplanes") or in a
  // "with" phrase ("pounded Kyiv with missiles").
  bool AerialWeapons(const Candidate& c) const {
    static constexpr std::string_view kAerial[] = {
        "drone", "missile",    "warplane",  "jet",        "aircraft", "bomber",
        "plane", "helicopter", "airstrike", "air strike", "air force"};
    auto aerial = [&](std::string_view text) {
      const std::string low = Lower(std::string(text));
      for (std::string_view w : kAerial)
        if (low.find(w) != std::string::npos) return true;
      return false;
    };
    if (aerial(c.source.text)) return true;
    for (int w : s_.Children(c.trigger))
      if (roles_.Case(w) == "with" && aerial(T(w).lemma)) return true;
    return false;
  }

  bool Artillery(const Candidate& c) const {
    static constexpr std::string_view kGround[] = {
        "artillery", "tank", "mortar", "howitzer", "shell", "gunboat"};
    auto ground = [&](std::string_view text) {
      const std::string low = Lower(std::string(text));
      for (std::string_view w : kGround)
        if (low.find(w) != std::string::npos) return true;
      return false;
    };
    if (ground(c.source.text)) return true;
    for (int w : s_.Children(c.trigger))
      if (roles_.Case(w) == "with" && ground(T(w).lemma)) return true;
    return false;
  }

  // "launched an incursion into Kursk" is one act: when the light verb's
  // own pattern coded it (192), the noun's event of the same root (190)
  // between the same actors is a restatement and goes.
  void DropRestatedNouns() {
    auto code = [](const Candidate& c) {
      return c.code.empty() ? c.pattern->code : c.code;
    };
    auto same_target = [](const Candidate& a, const Candidate& b) {
      if (!a.target || !b.target) return !a.target && !b.target;
      return a.target->actor == b.target->actor;
    };
    std::vector<bool> drop(out_.size(), false);
    for (size_t i = 0; i < out_.size(); ++i) {
      const Candidate& c = out_[i];
      // "Israel declared a siege on Gaza", "Washington announced new
      // sanctions": the act announced is the event; a bare statement
      // verb whose object it is adds nothing. "signed a statement": a
      // statement that is the object of another act is no statement
      // event of its own.
      if (code(c).starts_with("01")) {
        for (size_t j = 0; j < out_.size() && !drop[i]; ++j) {
          const Candidate& d = out_[j];
          if (j == i || drop[j] || !(d.source.actor == c.source.actor))
            continue;
          const bool announced =
              !c.target && c.content_head < 0 && d.trigger != c.trigger &&
              T(d.trigger).head == c.trigger && T(d.trigger).deprel == "obj" &&
              T(d.trigger).upos != "VERB";
          const bool vehicle = c.clause != c.trigger &&
                               T(c.trigger).head == c.clause &&
                               d.trigger == c.clause;
          if (announced || vehicle) {
            drop[i] = true;
            Trace("'" + T(c.trigger).text + "': carries '" + T(d.trigger).text +
                  "', dropped");
          }
        }
        if (drop[i]) continue;
      }
      // "declined to meet Trump", "refused to say": what was refused did
      // not happen.
      for (size_t j = 0; j < out_.size() && !drop[i]; ++j) {
        const Candidate& r = out_[j];
        if (j == i || r.content_head < 0 || !code(r).starts_with("12") ||
            T(r.content_head).deprel != "xcomp" ||
            Depth(c.trigger, r.content_head) < 0)
          continue;
        drop[i] = true;
        Trace("'" + T(c.trigger).text + "': refused in '" + T(r.trigger).text +
              "', dropped");
      }
      // "American air strikes … hit Raqqa": the strikes are the event; the
      // verb they are the subject of restates it.
      for (size_t j = 0; j < out_.size() && !drop[i]; ++j) {
        const Candidate& d = out_[j];
        if (j == i || drop[j] || !(d.source.actor == c.source.actor) ||
            T(d.trigger).head != c.trigger ||
            !T(d.trigger).deprel.starts_with("nsubj") ||
            T(d.trigger).upos == "VERB" ||
            code(c).substr(0, 2) != code(d).substr(0, 2))
          continue;
        drop[i] = true;
        Trace("'" + T(c.trigger).text + "': restates its subject '" +
              T(d.trigger).text + "', dropped");
      }
      if (drop[i]) continue;
      // (Only the light verb's object: "visited Moscow for talks" is a
      // visit and talks.)
      if (c.clause < 0 || c.clause == c.trigger ||
          T(c.trigger).head != c.clause || T(c.trigger).deprel != "obj")
        continue;
      for (size_t j = 0; j < out_.size() && !drop[i]; ++j) {
        const Candidate& d = out_[j];
        if (j == i || d.trigger != c.clause || drop[j] ||
            !(d.source.actor == c.source.actor) || !same_target(c, d) ||
            code(c).substr(0, 2) != code(d).substr(0, 2))
          continue;
        drop[i] = true;
        Trace("'" + T(c.trigger).text + "': restates '" + T(d.trigger).text +
              "', dropped");
      }
    }
    std::vector<Candidate> kept;
    for (size_t i = 0; i < out_.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(out_[i]));
    out_ = std::move(kept);
  }

  // "Putin hosted Assad": the guest made a visit (042) too.
  void GuestsVisit() {
    static const Pattern kVisit = [] {
      Pattern p;
      p.code = "042";
      p.text = "$T host $S (the guest visits)";
      p.has_target = true;
      return p;
    }();
    static const Pattern kHost = [] {
      Pattern p;
      p.code = "043";
      p.text = "welcome $T (a visitor)";
      p.has_target = true;
      return p;
    }();
    const size_t n = out_.size();
    for (size_t i = 0; i < n; ++i) {
      // "Biden welcomed Zelenskiy at the G7 summit": a person welcomed is
      // a visitor received (043); a decision welcomed is praise (051).
      Candidate& w = out_[i];
      if (w.pattern->code == "051" && w.target &&
          Lower(T(w.trigger).lemma) == "welcome" &&
          w.target->actor.type == "person" && !w.target->thing) {
        for (int o : s_.Children(w.trigger, "obj"))
          if (T(o).upos == "PROPN") {
            w.pattern = &kHost;
            w.code.clear();
            Trace("'" + T(w.trigger).text + "': a visitor welcomed (043)");
          }
      }
      if (out_[i].pattern->code.starts_with("04") && out_[i].target &&
          InCapitalOf(out_[i], out_[i].target->actor.country) &&
          out_[i].source.actor.country != out_[i].target->actor.country) {
        // "Obama met Merkel in Berlin": the side from abroad made a visit
        // to the other's capital (042) too.
        Candidate visit = out_[i];
        visit.pattern = &kVisit;
        visit.code.clear();
        visit.symmetric = false;
        out_.push_back(std::move(visit));
        Trace("'" + T(out_[i].trigger).text +
              "': met in the other side's capital, a visit (042)");
        continue;
      }
      if (out_[i].pattern->code != "043" || !out_[i].target) continue;
      Candidate guest = out_[i];
      std::swap(guest.source, *guest.target);
      guest.pattern = &kVisit;
      guest.symmetric = false;
      out_.push_back(std::move(guest));
      Trace("'" + T(out_[i].trigger).text + "': the guest visits (042)");
    }
  }

  // CAMEO's appeals, intents, demands, refusals and threats share their
  // sub-codes with what they are about: "urged Israel to allow aid in" is
  // an appeal to yield (025x) when the inner act is a concession (08x), to
  // meet (026) for a meeting, and so on. A generic outer code is made as
  // specific as the nearest inner act allows.
  static std::string Refined(std::string_view outer, std::string_view inner,
                             bool deescalate) {
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

  // Without a coded inner act, the verb of the complement (or the noun
  // asked for) says what an appeal, intent, demand or refusal is about.
  static std::string ByContentWord(std::string_view outer,
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

  void RefineByContent() {
    for (size_t i = 0; i < out_.size(); ++i) {
      Candidate& c = out_[i];
      const std::string& code = c.pattern->code;
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
      if (c.content_head < 0 && !c.target && code.size() == 3 &&
          code[2] == '0' && (code[0] == '0' || code[0] == '1') &&
          c.object_head >= 0) {
        // "called for an immediate ceasefire": the thing asked for.
        std::string refined =
            ByContentWord(code, Lower(T(c.object_head).lemma));
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
        const int d = Depth(out_[j].trigger, c.content_head);
        if (d >= 0 && d < best) inner = &out_[j], best = d;
      }
      const std::string inner_code = inner == nullptr ? ""
                                     : inner->code.empty()
                                         ? inner->pattern->code
                                         : inner->code;
      if (deescalate && inner != nullptr &&
          !(inner_code.starts_with("18") || inner_code.starts_with("19") ||
            inner_code.starts_with("20") || inner_code.starts_with("087")))
        deescalate = root != "13" && inner_code.empty();
      std::string refined = Refined(code, inner_code, deescalate);
      if (refined.empty() && inner == nullptr)
        refined = ByContentWord(code, Lower(T(c.content_head).lemma));
      if (refined.empty() || book_.Find(refined) == nullptr) continue;
      c.code = refined;
      Trace("'" + T(c.trigger).text + "': made specific by what it is about, " +
            refined);
    }
  }

  std::vector<Event> Finish() {
    RecodeSpeech();
    InheritTargets();
    RefineByContent();
    GuestsVisit();
    DropTargetless();
    DropRestatedNouns();
    std::vector<Event> events;
    for (size_t i = 0; i < out_.size(); ++i) {
      const Candidate& c = out_[i];
      Event e;
      e.id = doc_.info.id + "-" + std::to_string(s_.index) + "-" +
             std::to_string(i);
      e.doc = doc_.info;
      e.sentence = {s_.index, s_.text, s_.start, s_.end};
      e.date = DateOf(c.clause >= 0 ? c.clause : c.trigger);
      auto actor = [](const Resolved& r) {
        return Actor{r.text,          r.actor.id,   r.actor.name,
                     r.actor.country, r.actor.role, r.actor.type};
      };
      e.source = actor(c.source);
      if (c.target) e.target = actor(*c.target);
      e.action.text = c.action_text;
      e.action.lemma = Lower(T(c.trigger).lemma);
      e.action.cameo = c.code.empty() ? c.pattern->code : c.code;
      e.action.pattern = c.pattern->text;
      if (e.action.cameo.starts_with("18") && c.source.actor.role == "MIL") {
        // Armed forces killing or assaulting use conventional force (19),
        // not CAMEO's unconventional violence (18).
        e.action.cameo = "190";
        e.action.pattern += " (by armed forces: 190)";
      }
      if (e.action.cameo == "0874" && c.target && !c.target->thing &&
          (lex_.IsCountry(c.target->actor) ||
           c.target->actor.id.starts_with("IGO"))) {
        // "French soldiers left Niger", "withdrawal of Russian forces from
        // Syria": leaving a country ends a presence there (166); leaving a
        // town or a position is a military retreat (0874).
        e.action.cameo = "166";
        e.action.pattern += " (from a country: 166)";
      }
      if (e.action.cameo == "190" && AerialWeapons(c)) {
        // "struck by drones", "pounded Kyiv with missiles": aerial weapons.
        e.action.cameo = "195";
        e.action.pattern += " (aerial weapons: 195)";
      } else if (e.action.cameo == "190" && Artillery(c)) {
        // "Israeli artillery struck targets", "shelled with mortars".
        e.action.cameo = "194";
        e.action.pattern += " (artillery or tanks: 194)";
      }
      book_.FillAction(&e.action);
      e.content = c.content;
      e.attribution = Attribution(c.trigger);
      e.quote = roles_.InQuotes(c.trigger);
      e.negated = c.negated;
      e.modality = c.modality;
      e.confidence = std::round(c.confidence * 100) / 100;
      e.symmetric = c.symmetric;
      // Inner events of speech and appeals point to their nearest outer event.
      int parent = -1, nearest = 1 << 30;
      for (size_t j = 0; j < out_.size(); ++j) {
        if (j == i || out_[j].content_head < 0) continue;
        int d = Depth(c.trigger, out_[j].content_head);
        if (d >= 0 && d < nearest) parent = static_cast<int>(j), nearest = d;
      }
      if (parent >= 0) {
        const Candidate& outer = out_[parent];
        e.parent = doc_.info.id + "-" + std::to_string(s_.index) + "-" +
                   std::to_string(parent);
        std::string_view root =
            std::string_view(outer.pattern->code).substr(0, 2);
        if (e.modality == "asserted" && (root == "02" || root == "10"))
          e.modality = "demanded";
        if (outer.pattern->negative) e.negated = true;
      }
      if (e.action.cameo == "044" && e.target && MeetsAtHome(c)) {
        // "Biden met the crown prince in Jeddah": not a third place.
        e.action.cameo = "040";
        e.action.pattern += " (in one side's country: consult)";
        book_.FillAction(&e.action);
      }
      if (e.modality == "future" && e.action.cameo.starts_with("04") &&
          e.parent.empty()) {
        // "Trump will meet Kim": CAMEO codes the announcement, an intent to
        // meet (036).
        e.action.cameo = "036";
        e.action.pattern += " (future: intent to meet)";
        book_.FillAction(&e.action);
      }
      events.push_back(std::move(e));
    }
    return events;
  }

  CoderOptions options_;
  const ParsedSentence& s_;
  const Lexicon& lex_;
  const Codebook& book_;
  const DocumentContext& doc_;
  Roles roles_;
  CorefState* coref_;
  std::vector<std::string>* trace_;
  std::vector<UnknownActor>* unknown_;
  std::vector<Candidate> out_;
};

}  // namespace

std::vector<Event> Coder::CodeSentence(
    const ParsedSentence& sentence, const DocumentContext& doc,
    CorefState* coref, std::vector<std::string>* trace,
    std::vector<UnknownActor>* unknown) const {
  SentenceCoder sc(sentence, lexicon_, codebook_, doc, coref, trace, unknown,
                   options_);
  std::vector<Event> events = sc.Run();
  // Later sentences may refer back to the actors named here.
  if (coref != nullptr) {
    for (const Event& e : events)
      if (!e.content.empty() && e.parent.empty())
        coref->speaker = ActorRef{e.source.id, e.source.name, e.source.country,
                                  e.source.role, e.source.type};
    if (std::optional<ActorRef> who = sc.LastSpeaker()) coref->speaker = who;
    if (std::optional<ActorRef> who = sc.LastSpeaker(/*groups_only=*/true))
      coref->group_speaker = who;
    std::vector<ActorRef> people;
    for (const ActorSpan& sp : lexicon_.FindActors(sentence, doc.date)) {
      if (sp.kind != ActorSpan::kNamed) continue;
      coref->Mention(sp.actor);
      if (sp.actor.type == "person") people.push_back(sp.actor);
    }
    if (!people.empty()) coref->topic = std::move(people);
    for (const Event& e : events)
      if (e.parent.empty() && e.target)
        coref->last_by_root[e.action.root] =
            ActorRef{e.source.id, e.source.name, e.source.country,
                     e.source.role, e.source.type};
    // The sides that acted together (a compound subject) or on each other
    // (a mutual act) in this sentence.
    for (size_t i = 0; i < events.size(); ++i) {
      const Event& e = events[i];
      auto ref = [](const Actor& a) {
        return ActorRef{a.id, a.name, a.country, a.role, a.type};
      };
      if (e.symmetric && e.target && e.target->country != e.source.country) {
        coref->pair = {ref(e.source), ref(*e.target)};
        break;
      }
      bool found = false;
      for (size_t j = i + 1; j < events.size() && !found; ++j) {
        const Event& f = events[j];
        if (f.action.text == e.action.text &&
            f.action.cameo == e.action.cameo &&
            f.source.country != e.source.country &&
            (!e.target || !f.target || e.target->id == f.target->id)) {
          coref->pair = {ref(e.source), ref(f.source)};
          found = true;
        }
      }
      if (found) break;
    }
  }
  return events;
}

void MergeDuplicates(std::vector<Event>* events) {
  // What was said is part of the key: two statements with different
  // content are two events, not one mentioned twice.
  std::map<std::tuple<std::string, std::string, std::string, bool, std::string,
                      std::string>,
           size_t>
      first;
  std::vector<Event> kept;
  for (Event& e : *events) {
    auto key =
        std::make_tuple(e.source.id, e.target ? e.target->id : "",
                        e.action.cameo, e.negated, e.modality, e.content);
    auto it = first.find(key);
    if (it == first.end()) {
      first.emplace(key, kept.size());
      kept.push_back(std::move(e));
    } else {
      kept[it->second].mentions += e.mentions;
    }
  }
  *events = std::move(kept);
}

}  // namespace dipgraph
