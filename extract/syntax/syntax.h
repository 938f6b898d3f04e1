// The syntax layer: raw UTF-8 news text in, sentences of tokens out.
//
//   std::vector<syntax::Sentence> doc = syntax::Segment(text);
//   for (const syntax::Sentence& s : doc)
//     for (const syntax::Token& t : s.tokens)
//       use(t.form, t.begin, t.end);   // byte offsets into `text`
//
// Segment() splits sentences (news conventions: abbreviations, initials,
// decimals, ellipses, closing quotes, headlines on their own lines, paragraph
// breaks) and tokenizes them following UD English EWT (n't, 's, 'll, hyphens,
// numbers, URLs, e-mail, curly quotes, dashes). Every token and sentence keeps
// byte offsets into the original text. Invalid UTF-8 bytes are kept as they
// are and treated as letters: offsets stay exact, nothing is replaced.
//
// A Model (trained by TrainModel on UD English EWT, saved in data/model/)
// fills in UPOS, XPOS and lemmas, then dependencies (head, deprel: UD
// relations with subtypes such as nsubj:pass, obl:agent, acl:relcl):
//
//   ASSIGN_OR_RETURN(syntax::Model model, syntax::Model::Load(path));
//   for (syntax::Sentence& s : doc) model.Annotate(&s);  // Tag + Parse
#ifndef DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_
#define DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace dipgraph::syntax {

struct Token {
  std::string form;
  size_t begin = 0;  // byte offsets into the text given to Segment/Tokenize
  size_t end = 0;
  std::string lemma;
  std::string upos;
  std::string xpos;
  int head = -1;  // 0 = root, 1-based index of the head, -1 = unknown
  std::string deprel;
};

struct Sentence {
  size_t begin = 0;  // byte offsets of the sentence in the text
  size_t end = 0;
  std::string text;
  std::string id;
  bool new_paragraph = false;  // CoNLL-U "# newpar" or "# newdoc" before it
  std::vector<Token> tokens;
};

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Tokens of `text` as byte spans (offsets relative to `text`).
std::vector<Span> Tokenize(std::string_view text);

// Sentence spans over `text` given its tokens (as returned by Tokenize).
// Each sentence is a half-open range [first, last) of token indices.
struct TokenRange {
  size_t first = 0;
  size_t last = 0;
};
std::vector<TokenRange> SplitSentences(std::string_view text,
                                       const std::vector<Span>& tokens);

// Tokenize + SplitSentences; sentences longer than `max_tokens` are cut into
// pieces of at most `max_tokens` tokens and counted in `*long_sentences`.
std::vector<Sentence> Segment(std::string_view text, size_t max_tokens = 250,
                              size_t* long_sentences = nullptr);

// The sentences of Segment(), a window at a time, for long documents: the
// text is tokenized and split once into byte spans (16 bytes a token), and
// Next() builds the Sentence objects of the next `count` sentences only.
// REQUIRES: `text` outlives the Segmenter.
//
//   Segmenter seg(text);
//   std::vector<Sentence> window;
//   while (seg.Next(256, &window)) { use(window); window.clear(); }
class Segmenter {
 public:
  explicit Segmenter(std::string_view text, size_t max_tokens = 250);
  // Appends up to `count` sentences to *out; false when none was left.
  bool Next(size_t count, std::vector<Sentence>* out);
  // Sentences longer than max_tokens (each is cut into pieces).
  size_t long_sentences() const { return long_; }

 private:
  std::string_view text_;
  size_t max_tokens_;
  std::vector<Span> tokens_;
  std::vector<TokenRange> ranges_;
  size_t range_ = 0;  // the range the next sentence comes from
  size_t piece_ = 0;  // its first token
  size_t long_ = 0;
};

// CoNLL-U. Multiword-token lines and empty nodes are skipped on reading (the
// words are kept); token offsets are found by locating each word in the
// sentence's `# text` line when there is one. Errors are "file:line: ...".
Result<std::vector<Sentence>> ParseConllu(std::string_view content,
                                          std::string_view file_name);
// Writes `# sent_id`, `# text` and one line per token with
// TokenRange=begin:end in MISC.
std::string FormatConllu(const std::vector<Sentence>& sentences);

// Figures of `dipgraph eval parse`. Tokenization is scored from each gold
// sentence's `# text`: a system token counts when its byte span equals a
// gold word's span. Sentence splitting is scored on the sentences' texts
// joined by spaces, paragraphs by blank lines, by span.
struct ParseScores {
  size_t sentences = 0;
  size_t gold_tokens = 0;
  size_t system_tokens = 0;
  size_t matched_tokens = 0;
  size_t gold_sentences = 0;
  size_t system_sentences = 0;
  size_t matched_sentences = 0;
  double TokenF1() const;
  double SentenceF1() const;
};
ParseScores EvaluateSegmentation(const std::vector<Sentence>& gold);

// Retags as VBD (VERB) the first past-tense-looking word after a noun or
// pronoun in a sentence with no finite verb: a past participle ("Israel
// signed accords") or an irregular past form the tagger read as a noun
// ("Putin and Obama spoke by telephone"). Model::Tag applies it; call it
// again after changing tags.
void RepairFiniteVerb(Sentence* sentence);

// News-text repairs applied by the extraction pipeline only (they cost a
// little on the web text of EWT): "a US surveillance drone", tagged as a
// verb after "a" and nouns, is a noun.
void RepairNewsNouns(Sentence* sentence);

class TaggerModel;  // internal

// A trained tagger and lemmatizer. Cheap to copy (shared, immutable).
class Model {
 public:
  // Reads a model file written by Save. A missing, truncated or corrupt file
  // (bad magic, version, size or checksum) gives an InvalidInput status.
  static Result<Model> Load(const std::string& path);
  Status Save(const std::string& path) const;
  // Fills upos, xpos and lemma of every token.
  void Tag(Sentence* sentence) const;
  // Fills head (0 = root, else 1-based) and deprel of every token with an
  // arc-hybrid parser (greedy or beam search, as trained). REQUIRES: the
  // sentence is tagged. Does nothing when the model has no parser.
  void Parse(Sentence* sentence) const;
  // Tag, then Parse.
  void Annotate(Sentence* sentence) const;
  bool has_parser() const;
  // The parser's beam width: as trained (parser_beam() tells it) unless set
  // here; 1 parses greedily (faster, less accurate for a beam-trained
  // model). Affects this Model object only.
  void set_parser_beam(int width) { beam_ = width; }
  int parser_beam() const;
  // The figures the model reached on dev at training time (one line each).
  const std::string& figures() const;

  explicit Model(std::shared_ptr<const TaggerModel> impl);
  // The tagger and parser weights (internal).
  const TaggerModel& tagger() const { return *impl_; }

 private:
  std::shared_ptr<const TaggerModel> impl_;
  int beam_ = 0;  // 0: as trained
};

struct TrainOptions {
  int epochs = 10;         // tagger
  int parser_epochs = 15;  // 0: no parser
  // Parser beam width: 1 = greedy (dynamic oracle); > 1 = beam search,
  // trained globally.
  int parser_beam = 1;
  // The width the model parses with (and is chosen with on dev); 0: the
  // training width; at most the training width.
  int parser_parse_beam = 0;
  uint64_t seed = 20240601;
  // Parser training tags: 0 = gold tags; k >= 2 = predicted by k taggers
  // each trained on the other folds (jackknifing).
  int jackknife = 0;
  bool skip_nonprojective = false;  // else lifted to projective trees
  // When set, the final model is scored on it and the figures kept.
  const std::vector<Sentence>* test = nullptr;
  // Called after each training sentence: (done, total) for the current
  // stage; `stage` names it.
  std::function<void(const std::string& stage, size_t, size_t)> progress;
  // Called with a line about each finished epoch.
  std::function<void(const std::string&)> log;
};

// Trains the tagger on `train` and picks the epoch with the best UPOS
// accuracy on `dev`; then the parser, picking the epoch with the best LAS
// on `dev` tagged by that tagger.
Result<Model> TrainModel(const std::vector<Sentence>& train,
                         const std::vector<Sentence>& dev,
                         const TrainOptions& options);

// Tagging and parsing accuracy with gold tokenization (counts of correct
// tokens; UAS: head right, LAS: head and deprel right).
struct TagScores {
  size_t tokens = 0;
  size_t upos = 0;
  size_t xpos = 0;
  size_t lemma = 0;
  size_t uas = 0;
  size_t las = 0;
};
TagScores EvaluateTagging(const Model& model,
                          const std::vector<Sentence>& gold);
// The same from raw text (each gold sentence's `# text` is tokenized,
// tagged and parsed); a token counts when its span and tag match a gold
// word, for UAS when its head's span is the gold head's span (or both are
// the root). `tokens`
// is gold + system tokens halved, so the ratios are CoNLL 2018-style F1.
TagScores EvaluateTaggingRaw(const Model& model,
                             const std::vector<Sentence>& gold);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_
