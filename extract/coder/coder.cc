#include "extract/coder/coder.h"

#include <algorithm>
#include <map>
#include <optional>

#include "extract/coder/names.h"
#include "extract/coder/roles.h"
#include "extract/coder/sentence_coder.h"
#include "extract/read/dates.h"

namespace dipgraph {

void CorefState::Mention(const ActorRef& a) {
  std::erase(recent, a);
  recent.push_back(a);
  if (recent.size() > 16) recent.erase(recent.begin());
}

void CorefState::MentionState(const std::string& country) {
  static constexpr std::string_view kNotStates[] = {"IGO", "IMG", "NGO",
                                                    "MNC", "UAF", "---"};
  if (country.size() != 3 ||
      std::find(std::begin(kNotStates), std::end(kNotStates), country) !=
          std::end(kNotStates))
    return;
  auto [it, added] = states.try_emplace(country);
  if (added) it->second.order = static_cast<int>(states.size());
  ++it->second.mentions;
}

std::string CorefState::MainState() const {
  if (home.size() == 3) return home;
  const std::string* best = nullptr;
  int best_score = 0, best_order = 0;
  for (const auto& [country, count] : states) {
    const int score = count.mentions + (count.order == 1 ? 1 : 0);
    if (best == nullptr || score > best_score ||
        (score == best_score && count.order < best_order)) {
      best = &country;
      best_score = score;
      best_order = count.order;
    }
  }
  return best == nullptr ? std::string() : *best;
}

const ActorRef* CorefState::Last(bool person) const {
  if (person && !topic.empty())
    return topic.front().id.empty() ? nullptr : &topic.front();
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

namespace coder {

template <typename F>
void SentenceCoder::ForEachSpeaker(F f) const {
  // The named or described subjects of speech verbs, in order.
  for (int i = 0; i < static_cast<int>(s_.tokens.size()); ++i) {
    if (!coder::IsPredicate(T(i)) || !coder::IsSpeechLemma(Lower(T(i).lemma)))
      continue;
    for (int c : s_.Children(i, "nsubj"))
      if (T(c).upos != "PRON") f(c);
  }
}

std::optional<ActorRef> SentenceCoder::LastSpeaker(bool groups_only) const {
  std::optional<ActorRef> out;
  ForEachSpeaker([&](int c) {
    std::vector<Resolved> who = roles_.Actors(c);
    if (who.size() == 1 && !(groups_only && who.front().actor.type == "person"))
      out = who.front().actor;
  });
  return out;
}

std::optional<std::pair<int, ActorRef>> SentenceCoder::PronounSpeaker() const {
  for (int i = 0; i < static_cast<int>(s_.tokens.size()); ++i) {
    if (!coder::IsPredicate(T(i)) || !coder::IsSpeechLemma(Lower(T(i).lemma)))
      continue;
    for (int c : s_.Children(i, "nsubj")) {
      const std::string w = Lower(T(c).text);
      if (w != "he" && w != "she") continue;
      std::vector<Resolved> who = roles_.Actors(c);
      if (who.size() == 1 && who.front().actor.type == "person" &&
          !who.front().actor.id.empty())
        return std::make_pair(c, who.front().actor);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<bool> SentenceCoder::LastSpeakerAnonymous() const {
  std::optional<bool> out;
  ForEachSpeaker([&](int c) {
    if (AnonymousHead(c))
      out = true;
    else if (roles_.Actors(c).size() == 1)
      out = false;
  });
  return out;
}

std::vector<Event> SentenceCoder::Run() {
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

void SentenceCoder::Trace(const std::string& line) {
  if (trace_) trace_->push_back(line);
}

bool SentenceCoder::NameIs(int tok, const std::string& word) const {
  std::string lemma = Lower(T(tok).lemma), text = Lower(T(tok).text);
  return lemma == word || text == word ||
         (text.size() > 1 && text.back() == 's' &&
          text.substr(0, text.size() - 1) == word);
}

int SentenceCoder::PrepChild(int head, const std::string& prep) const {
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

bool SentenceCoder::ClauseHead(int c) const {
  if (T(c).upos == "VERB" || T(c).upos == "AUX") return true;
  return !s_.Children(c, "cop").empty() || !s_.Children(c, "nsubj").empty();
}

bool SentenceCoder::WordsInSubtree(
    int head, const std::vector<std::string>& words) const {
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

int SentenceCoder::Depth(int tok, int head) const {
  int steps = 0;
  for (int k = tok; k >= 0; k = T(k).head, ++steps)
    if (k == head) return steps;
  return -1;
}

std::string SentenceCoder::DateOf(int clause) const {
  std::optional<CivilDate> ref = ParseDate(doc_.date);
  if (!ref) return doc_.date;
  // "On Tuesday Russia shelled Kharkiv and seized two villages": a
  // conjoined verb shares the date of the verb it is conjoined to.
  for (int v = clause; v >= 0;
       v = T(v).deprel == "conj" && coder::IsPredicate(T(v)) ? T(v).head : -1) {
    for (int c : s_.Children(v)) {
      std::string_view d = T(c).deprel;
      if (d.substr(0, 3) != "obl" && d.substr(0, 4) != "nmod" && d != "advmod")
        continue;
      auto [a, b] = s_.Span(c);
      if (auto when = ResolveRelativeDate(s_.SpanText(a, b), *ref))
        return when->ToString();
    }
  }
  return doc_.date;
}

}  // namespace coder

namespace {

// Whether `sp` is where something happened, not who did it: a place
// phrase ("a meeting in Paris", "troops in Syria", "talks at the UN"),
// which "they" or "it" in a later sentence do not refer to.
bool IsPlacePhrase(const ParsedSentence& s, const ActorSpan& sp) {
  auto tok = [&](int k) -> const ParsedToken& {
    return s.tokens[static_cast<size_t>(k)];
  };
  for (int k = sp.first; k <= sp.last; ++k) {
    const int h = tok(k).head;
    if (h >= sp.first && h <= sp.last) continue;  // not the span's head
    const std::string_view d = tok(k).deprel;
    if (!d.starts_with("obl") && !d.starts_with("nmod")) return false;
    for (int c : s.Children(k, "case")) {
      const std::string w = coder::Lower(tok(c).text);
      if (w == "in" || w == "at" || w == "near" || w == "inside" ||
          w == "outside" || w == "across" || w == "throughout")
        return true;
    }
    return false;
  }
  return false;
}

}  // namespace

std::vector<Event> Coder::CodeSentence(
    const ParsedSentence& sentence, const DocumentContext& doc,
    CorefState* coref, std::vector<std::string>* trace,
    std::vector<UnknownActor>* unknown) const {
  coder::SentenceCoder sc(sentence, lexicon_, codebook_, doc, coref, trace,
                          unknown, options_);
  std::vector<Event> events = sc.Run();
  // Later sentences may refer back to the actors named here.
  if (coref != nullptr) {
    for (const Event& e : events)
      if (!e.content.empty() && e.parent.empty())
        coref->speaker = ActorRef{e.source.id, e.source.name, e.source.country,
                                  e.source.role, e.source.type};
    if (std::optional<ActorRef> who = sc.LastSpeaker()) coref->speaker = who;
    if (std::optional<bool> anonymous = sc.LastSpeakerAnonymous())
      coref->anonymous_speaker = *anonymous;
    if (std::optional<ActorRef> who = sc.LastSpeaker(/*groups_only=*/true))
      coref->group_speaker = who;
    // People in order of mention, unknown ones (no code) included: "he"
    // next is the first of them.
    std::vector<std::pair<int, ActorRef>> people =
        coder::UnlistedSubjects(sentence, sc.spans(), coref);
    for (const auto& [at, who] : people) {
      const size_t space = who.name.rfind(' ');
      if (space != std::string::npos)
        coref->unlisted_surnames.insert(
            coder::Lower(who.name.substr(space + 1)));
    }
    for (const ActorSpan& sp : sc.spans()) {
      if (sp.kind == ActorSpan::kAgent) continue;
      coref->MentionState(sp.actor.country.empty() ? sp.actor.id.substr(0, 3)
                                                   : sp.actor.country);
      if (sp.kind != ActorSpan::kNamed) continue;
      if (sp.actor.type != "person" && IsPlacePhrase(sentence, sp)) continue;
      coref->Mention(sp.actor);
      // A person named inside a quote is not whom "he" next refers to
      // (tests/gold/news/README.md, R8): the speaker is.
      if (sp.actor.type == "person" && !sc.InQuotes(sp.first))
        people.emplace_back(sp.first, sp.actor);
    }
    if (std::optional<std::pair<int, ActorRef>> he = sc.PronounSpeaker();
        he && !people.empty() &&
        std::none_of(people.begin(), people.end(), [&](const auto& p) {
          return p.second.id == he->second.id &&
                 p.second.name == he->second.name;
        }))
      people.push_back(std::move(*he));
    std::stable_sort(
        people.begin(), people.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    if (!people.empty()) {
      coref->topic.clear();
      for (auto& [at, who] : people) coref->topic.push_back(std::move(who));
    }
    coder::NotePeople(sentence, sc.spans(), coref);
    for (const Event& e : events)
      if (e.parent.empty() && e.target)
        coref->last_by_root[e.action.root] =
            ActorRef{e.source.id, e.source.name, e.source.country,
                     e.source.role, e.source.type};
    // The sides that acted together (a compound subject: "Russia and
    // Ukraine signed deals with Turkey"), else on each other (a mutual
    // act), in this sentence.
    auto ref = [](const Actor& a) {
      return ActorRef{a.id, a.name, a.country, a.role, a.type};
    };
    bool found = false;
    for (size_t i = 0; i < events.size() && !found; ++i)
      for (size_t j = i + 1; j < events.size() && !found; ++j) {
        const Event &e = events[i], &f = events[j];
        if (f.action.text == e.action.text &&
            f.action.cameo == e.action.cameo &&
            f.source.country != e.source.country &&
            (!e.target || !f.target || e.target->id == f.target->id) &&
            !(e.target && e.target->id == f.source.id)) {
          coref->pair = {ref(e.source), ref(f.source)};
          found = true;
        }
      }
    for (size_t i = 0; i < events.size() && !found; ++i) {
      const Event& e = events[i];
      if (e.symmetric && e.target && e.target->country != e.source.country) {
        coref->pair = {ref(e.source), ref(*e.target)};
        found = true;
      }
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
