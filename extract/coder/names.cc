#include "extract/coder/names.h"

#include <algorithm>
#include <optional>

#include "common/text.h"
#include "extract/coder/roles.h"

namespace dipgraph::coder {
namespace {

bool Capitalized(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Lower-case words that join the parts of a name ("Osama bin Laden", "Ursula
// von der Leyen").
bool NameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "al",  "bin", "ibn", "de", "del", "da",  "dos",  "van", "von", "der",
      "den", "la",  "le",  "el", "abu", "abd", "bint", "ter", "du"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) !=
         std::end(kParticles);
}

// Capitalized words that start no person's name.
bool NotAName(const std::string& lower) {
  static constexpr std::string_view kWords[] = {
      "the", "a",   "an",    "he",        "she",    "it",     "they", "we",
      "i",   "you", "this",  "that",      "but",    "and",    "in",   "on",
      "at",  "god", "allah", "christmas", "easter", "ramadan"};
  return IsMonthOrDayName(lower) ||
         std::find(std::begin(kWords), std::end(kWords), lower) !=
             std::end(kWords);
}

// Words before a title that keep it one phrase ("presidential envoy",
// "senior official", "deputy foreign minister").
bool TitleWord(const ParsedToken& t) {
  if (t.upos == "ADJ" || t.upos == "NOUN") return true;
  // A title in Title Case ("U.S. Trade Representative NAME"), its words
  // tagged as proper nouns.
  if (t.upos == "PROPN" && Capitalized(t.text) && !NotAName(Lower(t.text)))
    return true;
  const std::string w = Lower(t.text);
  return w == "'s" || w == "’s" || w == "-";
}

// A word of a title that names a body other than a government: a proper
// noun no entry knows ("Vermont Central Hospital") or a kind of body.
bool NotGovernment(const ParsedToken& t) {
  static constexpr std::string_view kBodies[] = {
      "bank",       "company",    "corporation", "firm",       "hospital",
      "university", "college",    "school",      "division",   "club",
      "team",       "newspaper",  "institute",   "foundation", "association",
      "union",      "federation", "council",     "board",      "business",
      "group",      "fund",       "agency",      "exchange",   "church"};
  const std::string w = Lower(t.lemma.empty() ? t.text : t.lemma);
  if (std::find(std::begin(kBodies), std::end(kBodies), w) != std::end(kBodies))
    return true;
  // (Not the words of a government title in Title Case: "Foreign
  // Minister", "Trade Representative".)
  static constexpr std::string_view kTitleWords[] = {
      "foreign",  "defence",   "defense",     "interior", "finance",
      "trade",    "prime",     "deputy",      "vice",     "state",
      "economy",  "justice",   "health",      "energy",   "senior",
      "chief",    "affairs",   "home",        "first",    "special",
      "national", "security",  "adviser",     "advisor",  "representative",
      "envoy",    "spokesman", "spokeswoman", "office",   "of",
      "the",      "and"};
  if (std::find(std::begin(kTitleWords), std::end(kTitleWords),
                Lower(t.text)) != std::end(kTitleWords))
    return false;
  return t.upos == "PROPN" && Capitalized(t.text) && !IsHonorific(t.text) &&
         !NotAName(Lower(t.text));
}

struct Evidence {
  const ActorSpan* country = nullptr;  // "Kenyan", "Iran's"
  const ActorSpan* agent = nullptr;    // "envoy", "foreign minister"
  const ActorSpan* org = nullptr;      // "Save the Children", "the WTO"
  const ActorSpan* owner = nullptr;    // "Trump's" (a person's title)
  bool former = false;                 // "former", "ex-"
  bool owner_pronoun = false;          // "the country's", "its"
  // A body no entry knows or no government ("Vermont Central Hospital
  // spokesman", "vice president of the banking division"): the title
  // does not make its holder an official of the article's state.
  bool other_body = false;
  // "NAME, an opponent of the Tehran government": the actor named is the
  // one opposed; the name belongs to its country's opposition.
  bool opposed = false;
};

class NameFinder {
 public:
  NameFinder(const ParsedSentence& s, const Lexicon& lex,
             const CorefState* coref, std::vector<ActorSpan>* spans)
      : s_(s), lex_(lex), coref_(coref), spans_(*spans), out_(spans) {
    span_of_.assign(s.tokens.size(), -1);
    for (size_t i = 0; i < spans_.size(); ++i)
      for (int k = spans_[i].first; k <= spans_[i].last; ++k)
        if (k >= 0 && k < static_cast<int>(span_of_.size()))
          span_of_[static_cast<size_t>(k)] = static_cast<int>(i);
  }

  void Run() {
    TitledElites();
    std::vector<ActorSpan> added;
    ShortNames(&added);
    FullNames(&added);
    for (ActorSpan& a : added) out_->push_back(std::move(a));
    std::sort(out_->begin(), out_->end(),
              [](const ActorSpan& a, const ActorSpan& b) {
                return a.first < b.first;
              });
  }

 private:
  const ParsedToken& T(int k) const {
    return s_.tokens[static_cast<size_t>(k)];
  }
  int SpanOf(int k) const { return span_of_[static_cast<size_t>(k)]; }
  // A state word that says whose someone is: a nationality ("Israeli",
  // "Greek") or a possessive ("Iran's"), not a compound ("Syria envoy").
  bool IsSendingState(const ActorSpan& sp) const {
    if (sp.kind != ActorSpan::kCountry && sp.actor.type != "state")
      return false;
    const ParsedToken& t = T(sp.last);
    return t.upos == "ADJ" || t.deprel == "nmod:poss" ||
           (sp.last + 1 < Size() && T(sp.last + 1).text == "'s");
  }
  int Size() const { return static_cast<int>(s_.tokens.size()); }
  bool NameToken(int k) const {
    return k >= 0 && k < Size() && SpanOf(k) == -1 && T(k).upos == "PROPN" &&
           Capitalized(T(k).text) && !NotAName(Lower(T(k).text));
  }
  const ActorRef* Surname(const std::string& word) const {
    if (coref_ == nullptr) return nullptr;
    auto it = coref_->surnames.find(Lower(word));
    return it == coref_->surnames.end() ? nullptr : &it->second;
  }

  // "the environment secretary, Michael Gove", "Foreign Minister NAME":
  // a person the dictionaries know only as an elite (no office on the
  // article's date) holds the office the sentence gives them.
  void TitledElites() {
    static constexpr std::string_view kOffices[] = {"minister", "secretary",
                                                    "chancellor", "premier"};
    auto office = [&](int t) {
      if (t < 0 || t >= Size() || T(t).upos != "NOUN" ||
          std::find(std::begin(kOffices), std::end(kOffices),
                    Lower(T(t).lemma)) == std::end(kOffices))
        return false;
      for (int c : s_.Children(t)) {
        const std::string w = Lower(T(c).text);
        if (w == "former" || w == "ex" || w == "shadow" || w == "then")
          return false;
      }
      return true;
    };
    for (ActorSpan& sp : *out_) {
      if (sp.kind != ActorSpan::kNamed || sp.actor.id.size() != 6 ||
          !sp.actor.id.ends_with("ELI"))
        continue;
      const int h = HeadOf(sp.first, sp.last);
      bool titled =
          (T(h).deprel == "appos" && office(T(h).head)) || office(sp.first - 1);
      for (int c : s_.Children(h, "appos")) titled |= office(c);
      if (!titled) continue;
      const std::string country = sp.actor.country.empty()
                                      ? sp.actor.id.substr(0, 3)
                                      : sp.actor.country;
      sp.actor.id = country + "GOV";
      sp.actor.role = "GOV";
      sp.entry += " (an office the sentence gives: GOV)";
    }
  }

  // A surname alone names the person the article named in full with it.
  void ShortNames(std::vector<ActorSpan>* added) {
    if (coref_ == nullptr || coref_->surnames.empty()) return;
    for (ActorSpan& sp : *out_) {
      if (sp.kind != ActorSpan::kNamed || sp.actor.type != "person") continue;
      int words = 0, last = -1;
      for (int k = sp.first; k <= sp.last; ++k)
        if (!IsHonorific(T(k).text) && T(k).upos != "PUNCT") ++words, last = k;
      if (words != 1) continue;
      const ActorRef* who = Surname(T(last).text);
      if (who != nullptr && who->name != sp.actor.name) {
        sp.actor = *who;
        sp.entry = "the article's " + who->name;
      }
    }
    for (int k = 0; k < Size(); ++k) {
      if (!NameToken(k) || NameToken(k - 1) || NameToken(k + 1)) continue;
      const ActorRef* who = Surname(T(k).text);
      if (who == nullptr) continue;
      int first = k;
      if (k > 0 && SpanOf(k - 1) < 0 && IsHonorific(T(k - 1).text)) first--;
      ActorSpan sp;
      sp.first = first;
      sp.last = k;
      sp.kind = ActorSpan::kNamed;
      sp.actor = *who;
      sp.entry = "the article's " + who->name;
      added->push_back(std::move(sp));
      span_of_[static_cast<size_t>(k)] = -2;  // taken
    }
  }

  void FullNames(std::vector<ActorSpan>* added) {
    for (int k = 0; k < Size();) {
      if (!NameToken(k)) {
        ++k;
        continue;
      }
      int first = k, last = k;
      while (last + 1 < Size() &&
             (NameToken(last + 1) ||
              (NameParticle(T(last + 1).text) && NameToken(last + 2))))
        ++last;
      k = last + 1;
      // "Mr", "President" written before the name are not part of it.
      int name_first = first;
      while (name_first < last && IsHonorific(T(name_first).text)) ++name_first;
      if (last - name_first < 1) continue;  // one word: not enough
      std::optional<ActorRef> who = Resolve(first, name_first, last);
      if (!who) continue;
      ActorSpan sp;
      sp.first = first;
      sp.last = last;
      sp.kind = ActorSpan::kNamed;
      sp.actor = *who;
      sp.entry = "text (no dictionary entry)";
      added->push_back(std::move(sp));
    }
  }

  // The head of tokens [first, last]: the one whose head lies outside.
  int HeadOf(int first, int last) const {
    for (int k = first; k <= last; ++k)
      if (T(k).head < first || T(k).head > last) return k;
    return last;
  }

  // Country, role and organisation from the words right before the name:
  // "Kenyan presidential envoy", "former Malian prime minister", "Tory
  // leader", "Iran's deputy representative", "her Peruvian counterpart".
  void TitleBefore(int first, Evidence* ev) const {
    int k = first - 1;
    for (int steps = 0; k >= 0 && steps < 8; ++steps) {
      const ParsedToken& t = T(k);
      const int si = SpanOf(k);
      if (si >= 0) {
        Take(spans_[static_cast<size_t>(si)], ev);
        k = spans_[static_cast<size_t>(si)].first - 1;
        continue;
      }
      const std::string w = Lower(t.text);
      if (NotGovernment(t)) ev->other_body = true;
      if (w == "former" || w == "ex" || w == "ex-") {
        ev->former = true;
      } else if (w == "his" || w == "her" || w == "its" || w == "their") {
        ev->owner_pronoun = w == "its" || w == "their";
        break;
      } else if (t.upos == "DET" || !TitleWord(t)) {
        break;
      }
      --k;
    }
  }

  // The words of a phrase in apposition ("NAME, the country's foreign
  // minister", "the defence minister, NAME") or an "of" phrase ("NAME of
  // Save the Children").
  void PhraseEvidence(int head, int skip_first, int skip_last,
                      Evidence* ev) const {
    const bool against = IsAdversaryNoun(T(head));
    if (against) ev->opposed = true;
    const auto [a, b] = s_.Span(head);
    for (int k = a; k <= b; ++k) {
      if (k >= skip_first && k <= skip_last) continue;
      const std::string w = Lower(T(k).text);
      if (SpanOf(k) < 0 && NotGovernment(T(k))) ev->other_body = true;
      if (w == "former" || w == "ex") ev->former = true;
      if ((w == "country" || w == "nation" || w == "its") &&
          T(k).deprel == "nmod:poss")
        ev->owner_pronoun = true;
      const int si = SpanOf(k);
      if (si < 0) continue;
      const ActorSpan& sp = spans_[static_cast<size_t>(si)];
      if (against && sp.kind != ActorSpan::kAgent) {
        if (ev->country == nullptr) ev->country = &sp;  // its country only
        continue;
      }
      Take(sp, ev);
    }
  }

  void Take(const ActorSpan& sp, Evidence* ev) const {
    switch (sp.kind) {
      case ActorSpan::kAgent:
        if (ev->agent == nullptr) ev->agent = &sp;
        break;
      case ActorSpan::kCountry:
        if (ev->country == nullptr) ev->country = &sp;
        break;
      case ActorSpan::kNamed:
        if (sp.actor.type != "person" && ev->org == nullptr) ev->org = &sp;
        // "Trump's Syria envoy": the person whose envoy it is.
        if (sp.actor.type == "person" && ev->owner == nullptr &&
            sp.last + 1 < Size() &&
            (T(sp.last + 1).text == "'s" || T(sp.last + 1).text == "’s"))
          ev->owner = &sp;
        break;
    }
  }

  std::optional<ActorRef> Resolve(int first, int name_first, int last) const {
    Evidence ev;
    TitleBefore(first, &ev);
    const int head = HeadOf(first, last);
    for (int c : s_.Children(head)) {
      if (c < first || c > last) {
        if (T(c).deprel == "appos" ||
            (Base(T(c), "nmod") && Lower(T(c).text) != "'s" &&
             !s_.Children(c, "case").empty() &&
             Lower(T(s_.Children(c, "case").front()).text) == "of"))
          PhraseEvidence(c, first, last, &ev);
      }
    }
    // "the country's foreign minister, NAME": the name in apposition.
    if (T(head).deprel == "appos" && T(head).head >= 0) {
      const int h = T(head).head;
      const auto [a, b] = s_.Span(h);
      (void)b;
      for (int k = a; k <= h; ++k)
        if (SpanOf(k) >= 0) Take(spans_[static_cast<size_t>(SpanOf(k))], &ev);
    }
    ActorRef out;
    out.name = s_.SpanText(name_first, last);
    out.type = "person";
    out.unlisted = true;
    // "Israeli U.N. spokesman NAME", "Iran's U.N. ambassador NAME": a
    // state's diplomat to an international body is that state's
    // government, not the body.
    // (A nationality or a possessive: "the UN's Syria envoy" is the UN's
    // envoy for Syria, and a Swiss diplomat who heads an OSCE mission is
    // the OSCE's.)
    const ActorSpan* state = ev.country != nullptr ? ev.country : ev.owner;
    if (ev.org != nullptr && state != nullptr && ev.agent != nullptr &&
        ev.org->actor.id.starts_with("IGO") &&
        IsDiplomatNoun(T(ev.agent->last)) && IsSendingState(*state)) {
      out.country = state->actor.country.empty() ? state->actor.id.substr(0, 3)
                                                 : state->actor.country;
      out.id = out.country + "GOV";
      out.role = "GOV";
      return out;
    }
    if (ev.org != nullptr) {
      const ActorRef& o = ev.org->actor;
      // "the Tory minister NAME": a minister of the party's government.
      if (o.type == "party" && !ev.former && ev.agent != nullptr &&
          Lower(T(ev.agent->last).lemma) == "minister") {
        out.country = o.country.empty() ? o.id.substr(0, 3) : o.country;
        out.id = out.country + "GOV";
        out.role = "GOV";
        return out;
      }
      // "the former Liberal Democrat leader": no longer the party's voice.
      if (ev.former && o.type == "party") {
        out.country = o.country.empty() ? o.id.substr(0, 3) : o.country;
        out.id = out.country + "ELI";
        out.role = "ELI";
        return out;
      }
      out.id = o.id;
      out.country = o.country.empty() ? o.id.substr(0, 3) : o.country;
      out.role = o.role;
      return out;
    }
    ActorRef country;
    if (ev.owner != nullptr && ev.agent != nullptr) {
      country = ev.owner->actor;
      if (country.country.empty()) country.country = country.id.substr(0, 3);
    } else if (ev.country != nullptr) {
      country = ev.country->actor;
      if (country.country.empty()) country.country = country.id.substr(0, 3);
    } else if ((ev.owner_pronoun || ev.agent != nullptr) && coref_ != nullptr) {
      // "the country's foreign minister": the country the article is
      // about (its dateline), else the last state it named; "Defence
      // Minister NAME" with no country word: the state the article is
      // about (MainState).
      if (!coref_->home.empty()) {
        country = lex_.State(coref_->home);
      } else if (ev.owner_pronoun) {
        for (auto it = coref_->recent.rbegin(); it != coref_->recent.rend();
             ++it)
          if (it->type == "state") {
            country = *it;
            break;
          }
      }
      if (country.country.empty() && ev.agent != nullptr && !ev.other_body) {
        const std::string main = coref_->MainState();
        if (!main.empty()) country = lex_.State(main);
      }
    }
    if (country.country.empty() || country.country == "---") return {};
    if (ev.opposed) {
      out.id = country.country + "OPP";
      out.country = country.country;
      out.role = "OPP";
      return out;
    }
    if (ev.former) {
      out.id = country.country + "ELI";
      out.country = country.country;
      out.role = "ELI";
      return out;
    }
    if (ev.agent == nullptr) return {};
    ActorRef combined = lex_.Combine(country, ev.agent->actor);
    out.id = combined.id;
    out.country = combined.country;
    out.role = combined.role;
    return out;
  }

  const ParsedSentence& s_;
  const Lexicon& lex_;
  const CorefState* coref_;
  const std::vector<ActorSpan> spans_;  // the dictionary's, unchanged
  std::vector<ActorSpan>* out_;
  std::vector<int> span_of_;
};

}  // namespace

bool IsHonorific(const std::string& word) {
  static constexpr std::string_view kTitles[] = {
      "mr",         "mrs",        "ms",         "miss",     "dr",
      "sir",        "lord",       "lady",       "dame",     "president",
      "premier",    "chancellor", "general",    "gen",      "colonel",
      "col",        "admiral",    "sheikh",     "prince",   "king",
      "queen",      "rep",        "sen",        "senator",  "minister",
      "ambassador", "governor",   "judge",      "justice",  "mayor",
      "secretary",  "commander",  "brigadier",  "major",    "captain",
      "ayatollah",  "imam",       "rev",        "reverend", "father",
      "monsignor",  "cardinal",   "bishop",     "pope",     "emir",
      "sultan",     "marshal",    "lieutenant", "sergeant", "prof",
      "professor"};
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return std::find(std::begin(kTitles), std::end(kTitles), w) !=
         std::end(kTitles);
}

bool IsDiplomatNoun(const ParsedToken& t) {
  static constexpr std::string_view kDiplomats[] = {
      "ambassador",   "envoy",      "representative", "spokesman",
      "spokeswoman",  "delegate",   "consul",         "emissary",
      "spokesperson", "delegation", "mission",        "negotiator"};
  const std::string w = Lower(t.lemma);
  return std::find(std::begin(kDiplomats), std::end(kDiplomats), w) !=
         std::end(kDiplomats);
}

bool IsAdversaryNoun(const ParsedToken& t) {
  static constexpr std::string_view kAgainst[] = {
      "opponent", "critic",    "enemy",     "foe",
      "rival",    "adversary", "detractor", "dissident"};
  if (t.upos != "NOUN") return false;
  const std::string w = Lower(t.lemma);
  return std::find(std::begin(kAgainst), std::end(kAgainst), w) !=
         std::end(kAgainst);
}

// "Sharon Robinson", "minister Paul Channon": a one-word alias of a famous
// person ("Sharon", "Paul") followed by a name no entry knows is the first
// name of someone else, not that person.
static void DropFirstNamesOfOthers(const ParsedSentence& s,
                                   std::vector<ActorSpan>* spans) {
  std::vector<bool> taken(s.tokens.size(), false);
  for (const ActorSpan& sp : *spans)
    for (int k = sp.first; k <= sp.last; ++k)
      if (k >= 0 && k < static_cast<int>(taken.size()))
        taken[static_cast<size_t>(k)] = true;
  std::erase_if(*spans, [&](const ActorSpan& sp) {
    if (sp.kind != ActorSpan::kNamed || sp.actor.type != "person" ||
        sp.last + 1 >= static_cast<int>(s.tokens.size()))
      return false;
    // One name word, after titles at most ("minister Paul").
    for (int t = sp.first; t < sp.last; ++t) {
      const ParsedToken& w = s.tokens[static_cast<size_t>(t)];
      if (Capitalized(w.text) && !IsHonorific(w.text)) return false;
    }
    size_t k = static_cast<size_t>(sp.last + 1);
    // ("Paul de Keersmaeker": a particle, then the surname.)
    if (NameParticle(Lower(s.tokens[k].text)) && k + 1 < s.tokens.size()) ++k;
    const ParsedToken& next = s.tokens[k];
    return !taken[k] && next.upos == "PROPN" && Capitalized(next.text) &&
           !NotAName(Lower(next.text)) && !IsHonorific(next.text);
  });
}

void AddTextPeople(const ParsedSentence& s, const Lexicon& lex,
                   const CorefState* coref, std::vector<ActorSpan>* spans) {
  DropFirstNamesOfOthers(s, spans);
  NameFinder(s, lex, coref, spans).Run();
}

void NotePeople(const ParsedSentence& s, const std::vector<ActorSpan>& spans,
                CorefState* coref) {
  if (coref == nullptr) return;
  for (const ActorSpan& sp : spans) {
    if (sp.kind != ActorSpan::kNamed || sp.actor.type != "person") continue;
    std::vector<int> words;
    for (int k = sp.first; k <= sp.last; ++k) {
      const ParsedToken& t = s.tokens[static_cast<size_t>(k)];
      if (!IsHonorific(t.text) && t.upos != "PUNCT" && Capitalized(t.text))
        words.push_back(k);
    }
    if (words.size() < 2) continue;
    const std::string surname =
        Lower(s.tokens[static_cast<size_t>(words.back())].text);
    coref->surnames[surname] = sp.actor;
  }
}

std::vector<std::pair<int, ActorRef>> UnlistedSubjects(
    const ParsedSentence& s, const std::vector<ActorSpan>& spans,
    const CorefState* coref) {
  auto tok = [&](int k) -> const ParsedToken& {
    return s.tokens[static_cast<size_t>(k)];
  };
  auto covered = [&](int k) {
    for (const ActorSpan& sp : spans)
      if (sp.first <= k && k <= sp.last) return true;
    return false;
  };
  // A name headed by `h`: `h` and its flat or compound proper nouns.
  auto name_of = [&](int h, std::string* text) {
    if (tok(h).upos != "PROPN" || covered(h)) return -1;
    int first = h, last = h, words = Capitalized(tok(h).text) ? 1 : 0;
    bool title = false;
    for (int c : s.Children(h)) {
      std::string_view d = tok(c).deprel;
      if (d != "flat" && d != "compound" && d != "flat:name") continue;
      if (covered(c)) return -1;
      if (IsHonorific(tok(c).text))
        title = true;
      else if (tok(c).upos == "PROPN" && Capitalized(tok(c).text))
        ++words;
      first = std::min(first, c), last = std::max(last, c);
    }
    // A lone surname of someone the document named in full before.
    const bool known_surname =
        words == 1 && first == last && coref != nullptr &&
        coref->unlisted_surnames.count(Lower(tok(h).text)) > 0;
    if (words < 2 && !(title && words == 1) && !known_surname) return -1;
    *text = s.SpanText(first, last);
    return first;
  };
  std::vector<std::pair<int, ActorRef>> out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const ParsedToken& t = s.tokens[i];
    if (t.deprel != "nsubj" && t.deprel != "nsubj:pass") continue;
    const int h = static_cast<int>(i);
    std::string text;
    int at = name_of(h, &text);
    for (int c : s.Children(h, "appos"))
      if (at < 0) at = name_of(c, &text);
    if (at < 0) continue;
    ActorRef unknown;
    unknown.name = text;
    unknown.type = "person";
    out.emplace_back(at, std::move(unknown));
  }
  return out;
}

}  // namespace dipgraph::coder
