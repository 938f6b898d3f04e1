#include "extract/pipeline/dict_lexicon.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "common/text.h"
#include "extract/coder/names.h"
#include "extract/dict/date.h"

namespace dipgraph {
namespace {

// The day roles are resolved at: the event date, or for undated text the
// most recent roles.
dict::Day DayOf(const std::string& date) {
  if (date.size() >= 4) {
    Result<dict::Day> d = dict::ParseDay(date);
    if (d.ok()) return *d;
  }
  return dict::kOpenEnd - 1;
}

}  // namespace

DictLexicon::DictLexicon(const dict::Dictionary& dict) : dict_(dict) {
  for (const dict::ActorEntry& a : dict.actors()) {
    if (a.code.size() == 3 && a.type == "state" && !a.adjective &&
        a.where.file.ends_with("countries.dict")) {
      countries_.insert(a.code + "\t" + a.name);
      state_names_.emplace(a.code, a.name);
    }
    if (a.place) places_.insert(a.code + "\t" + a.name);
  }
  for (const dict::Pattern& p : dict.verbs())
    verbs_[p.head].push_back(Convert(p, false));
  for (const dict::Pattern& p : dict.nouns()) {
    Pattern c = Convert(p, true);
    // The parse gives lemmas: "talks" is found as "talk".
    std::string head = c.head;
    nouns_[head].push_back(c);
    if (head.size() > 3 && head.back() == 's' && !head.ends_with("ss") &&
        !head.ends_with("us") && !head.ends_with("is")) {
      head.pop_back();
      nouns_[head].push_back(std::move(c));
    }
  }
  for (const dict::DiscardEntry& d : dict.discards())
    for (const std::string& lemma : d.lemmas)
      discards_[AsciiLower(lemma)].push_back(&d);
}

Pattern DictLexicon::Convert(const dict::Pattern& p, bool noun) {
  Pattern out;
  out.code = p.code;
  out.head = p.head;
  out.particle = p.particle;
  out.object = p.object;
  out.target_prep = p.target_prep;
  out.has_target = p.has_target;
  // The coder's content kind of each of the dictionary's, in the order of
  // dict::Pattern::Content.
  static constexpr Pattern::Content kContent[] = {
      Pattern::kNone,        // kNoContent
      Pattern::kClause,      // kClause
      Pattern::kInfinitive,  // kInfinitive
      Pattern::kGerund,      // kPrepClause: "accuse $T of $C"
  };
  static_assert(dict::Pattern::kPrepClause == 3);
  out.content = kContent[p.content];
  if (!noun && out.particle.empty()) {
    // "shoot down $T", "cut off $T": a particle written before the target
    // reads as the object word in the dictionary's summary.
    static constexpr std::string_view kParticles[] = {
        "down", "off", "up", "out", "back", "away", "over", "aside"};
    for (std::string_view w : kParticles)
      if (out.object == w) {
        out.particle = std::string(w);
        out.object.clear();
        break;
      }
  }
  out.speech = p.speech;
  out.symmetric = p.symmetric;
  out.negative = p.negative;
  out.text = p.text;
  out.entry = p.where;
  using Step = dict::Pattern::Step;
  if (!noun && out.object.find(' ') != std::string::npos) {
    // "launch missile test", "hold welcome ceremony for $T": the object
    // is the last word; the ones before it must modify it (they are
    // checked as words of the verb's subtree).
    std::istringstream in(out.object);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    out.object = words.back();
    words.pop_back();
    out.object_mods = std::move(words);
  }
  if (noun && !p.object.empty()) {
    // "peace talks with $T": the last leading word is the head, the ones
    // before it modify it.
    std::vector<std::string> words{p.head};
    for (const Step& s : p.steps) {
      if (s.kind != Step::kWord) break;
      words.push_back(s.text);
    }
    out.head = words.back();
    words.pop_back();
    out.modifiers = std::move(words);
    out.object.clear();
  }
  {
    // Words the summary fields above do not capture must still be there.
    size_t lead = 0;
    while (lead < p.steps.size() &&
           (p.steps[lead].kind == Step::kWord ||
            (lead == 0 && p.steps[0].kind == Step::kParticle)))
      ++lead;
    for (size_t i = lead; i < p.steps.size(); ++i)
      if (p.steps[i].kind == Step::kWord) out.words.push_back(p.steps[i].text);
  }
  if (!noun && p.content == dict::Pattern::kNoContent) {
    // "urge $T to step down": the infinitive's verb is spelled out.
    for (size_t i = 0; i + 1 < p.steps.size(); ++i)
      if (p.steps[i].kind == Step::kPrep && p.steps[i].text == "to" &&
          p.steps[i + 1].kind == Step::kWord &&
          (i == 0 || p.steps[i - 1].kind == Step::kTarget)) {
        out.content_lemma = p.steps[i + 1].text;
        out.content = Pattern::kInfinitive;
        auto w =
            std::find(out.words.begin(), out.words.end(), out.content_lemma);
        if (w != out.words.end()) out.words.erase(w);
        break;
      }
  }
  return out;
}

namespace {

// True when a token of [first, last] has an upper-case or non-ASCII letter.
bool HasCapital(const ParsedSentence& s, int first, int last) {
  for (int k = first; k <= last; ++k)
    for (unsigned char c : s.tokens[static_cast<size_t>(k)].text)
      if ((c >= 'A' && c <= 'Z') || c >= 0x80) return true;
  return false;
}

// A capitalized proper noun outside every span found, that is no title,
// month or day: a word of a name.
bool LooseNameWord(const ParsedSentence& s,
                   const std::vector<dict::FoundActor>& found, int k) {
  if (k < 0 || k >= static_cast<int>(s.tokens.size())) return false;
  const ParsedToken& t = s.tokens[static_cast<size_t>(k)];
  const unsigned char c = t.text.empty() ? 0 : t.text[0];
  if (t.upos != "PROPN" || !((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
  const std::string lower = AsciiLower(t.text);
  if (IsMonthOrDayName(lower) || coder::IsHonorific(t.text)) return false;
  for (const dict::FoundActor& f : found)
    if (static_cast<int>(f.begin) <= k && k < static_cast<int>(f.end))
      return false;
  return true;
}

bool PartOfLongerName(const ParsedSentence& s,
                      const std::vector<dict::FoundActor>& found,
                      const dict::FoundActor& f) {
  int words = 0;
  for (size_t k = f.begin; k < f.end; ++k)
    if (!coder::IsHonorific(s.tokens[k].text) && s.tokens[k].upos == "PROPN" &&
        HasCapital(s, static_cast<int>(k), static_cast<int>(k)))
      ++words;
  if (words != 1) return false;
  // (Only a name word after it: a capitalized word before one is too
  // often a title or a place, "Sir Ian Blair", "Animal Assad".)
  return LooseNameWord(s, found, static_cast<int>(f.end));
}

}  // namespace

std::vector<ActorSpan> DictLexicon::FindActors(const ParsedSentence& s,
                                               const std::string& date) const {
  std::vector<std::string_view> texts, lemmas;
  texts.reserve(s.tokens.size());
  lemmas.reserve(s.tokens.size());
  for (const ParsedToken& t : s.tokens) {
    texts.push_back(t.text);
    lemmas.push_back(t.lemma.empty() ? std::string_view(t.text)
                                     : std::string_view(t.lemma));
  }
  std::vector<dict::FoundActor> found =
      dict_.FindActors(texts, DayOf(date), &lemmas, /*combine_agents=*/false);
  std::vector<ActorSpan> out;
  out.reserve(found.size());
  for (const dict::FoundActor& f : found) {
    ActorSpan sp;
    sp.first = static_cast<int>(f.begin);
    sp.last = static_cast<int>(f.end) - 1;
    const dict::Resolution& r = f.actor;
    sp.actor = {r.code, r.name, r.country, r.role, r.type};
    std::string_view kind = f.kind;
    if (kind == "agent") {
      sp.kind = ActorSpan::kAgent;
      sp.actor.id.clear();
      sp.actor.country.clear();
    } else if (kind == "actor" && r.type == "state" && r.role.empty()) {
      sp.kind = ActorSpan::kCountry;
    } else {
      sp.kind = ActorSpan::kNamed;
    }
    // A name or a country written all in lower case is a common word
    // ("struck", not the minister Peter Struck; "turkey").
    if (sp.kind != ActorSpan::kAgent && !HasCapital(s, sp.first, sp.last))
      continue;
    // One word of a longer name no entry knows is not the person an entry
    // gives for that word alone: "chairman Paul Volcker" is not Pope John
    // Paul II.
    if (f.person != nullptr && PartOfLongerName(s, found, f)) continue;
    if (f.where) sp.entry = f.where->ToString();
    out.push_back(std::move(sp));
  }
  return out;
}

// Open ends of roles stop at the day the dictionaries were last checked.
constexpr dict::Day kLastChecked = 20261231;

void DictLexicon::NotePeople(const std::vector<ParsedSentence>& sentences,
                             std::set<const void*>* people) const {
  for (const ParsedSentence& s : sentences) {
    std::vector<std::string_view> texts, lemmas;
    for (const ParsedToken& t : s.tokens) {
      texts.push_back(t.text);
      lemmas.push_back(t.lemma.empty() ? std::string_view(t.text)
                                       : std::string_view(t.lemma));
    }
    for (const dict::FoundActor& f :
         dict_.FindActors(texts, kLastChecked, &lemmas,
                          /*combine_agents=*/false))
      if (f.person != nullptr && f.end - f.begin >= 2 &&
          HasCapital(s, static_cast<int>(f.begin), static_cast<int>(f.end) - 1))
        people->insert(f.person);
  }
}

std::string DictLexicon::DateOfPeople(
    const std::set<const void*>& people) const {
  // Each person named in full counts once; the periods of their dated roles
  // are added up, and the day most of them cover wins (the middle of the
  // first such stretch).
  std::map<int64_t, int> delta;  // day number -> change in coverage
  for (const void* key : people) {
    const auto* p = static_cast<const dict::PersonEntry*>(key);
    std::vector<std::pair<int64_t, int64_t>> spans;
    for (const dict::Role& r : p->roles)
      if (r.dated && r.from != dict::kOpenStart)
        spans.emplace_back(dict::DayNumber(r.from),
                           dict::DayNumber(std::min(r.to, kLastChecked)));
    std::sort(spans.begin(), spans.end());
    // The union of the person's periods.
    for (size_t i = 0; i < spans.size();) {
      int64_t from = spans[i].first, to = spans[i].second;
      for (++i; i < spans.size() && spans[i].first <= to; ++i)
        to = std::max(to, spans[i].second);
      if (to > from) ++delta[from], --delta[to];
    }
  }
  int depth = 0, best = 0;
  int64_t best_from = 0, best_to = 0;
  for (auto it = delta.begin(); it != delta.end(); ++it) {
    depth += it->second;
    auto next = std::next(it);
    if (next != delta.end() && depth > best)
      best = depth, best_from = it->first, best_to = next->first;
  }
  if (best == 0) return "";
  return dict::FormatDay(dict::DayFromNumber((best_from + best_to) / 2));
}

ActorRef DictLexicon::Combine(const ActorRef& country,
                              const ActorRef& agent) const {
  ActorRef out;
  std::string c =
      country.country.empty() ? country.id.substr(0, 3) : country.country;
  if (c.empty()) c = "---";
  out.id = c + agent.role;
  out.country = c;
  out.role = agent.role;
  out.type = agent.type;
  out.name =
      country.name.empty() ? agent.name : country.name + " " + agent.name;
  return out;
}

const std::vector<Pattern>& DictLexicon::VerbPatterns(
    std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? none_ : it->second;
}

const std::vector<Pattern>& DictLexicon::NounPatterns(
    std::string_view lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? none_ : it->second;
}

bool DictLexicon::Discard(std::string_view lemma, const ParsedSentence& s,
                          std::string* why) const {
  auto check = [&](std::string_view key) {
    auto it = discards_.find(key);
    if (it == discards_.end()) return false;
    for (const dict::DiscardEntry* d : it->second) {
      for (const ParsedToken& t : s.tokens) {
        std::string l = AsciiLower(t.lemma.empty() ? t.text : t.lemma);
        std::string w = AsciiLower(t.text);
        for (const std::string& ctx : d->contexts) {
          if (l == ctx || w == ctx) {
            if (why)
              *why = d->domain + " (context '" + t.text + "', " +
                     d->where.ToString() + ")";
            return true;
          }
        }
      }
    }
    return false;
  };
  return check(AsciiLower(lemma)) || check("*");
}

bool DictLexicon::IsCountry(const ActorRef& a) const {
  return countries_.count(a.id + "\t" + a.name) > 0;
}

bool DictLexicon::IsPlace(const ActorRef& a) const {
  return places_.count(a.id + "\t" + a.name) > 0;
}

ActorRef DictLexicon::State(const std::string& country) const {
  auto it = state_names_.find(country);
  return {country, it == state_names_.end() ? country : it->second, country, "",
          "state"};
}

}  // namespace dipgraph
