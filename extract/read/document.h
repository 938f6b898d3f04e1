// Articles in: plain text, HTML, JSON Lines, folders and stdin, streamed one
// document at a time.
//
//   ReadOptions opt;                       // limits, forced date
//   DocumentStream in({"news/", "extra.jsonl"}, opt);
//   Document doc;
//   while (true) {
//     Result<bool> more = in.Next(&doc);
//     if (!more.ok()) { /* "file[:line]: message"; in stays usable */ }
//     else if (!*more) break;
//     else use(doc);
//   }
//
// Plain text may open with header lines `Title:`, `Date:`, `Source:` (until
// the first blank line). HTML is parsed as HTML5 (gumbo): title and date from
// meta tags, text from the article without navigation, scripts or captions.
// JSON Lines carry `id`, `title`, `date`, `source`, `text`. Folders are read
// recursively in sorted order.
#ifndef DIPGRAPH_EXTRACT_READ_DOCUMENT_H_
#define DIPGRAPH_EXTRACT_READ_DOCUMENT_H_

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/status.h"

namespace dipgraph {

struct Document {
  DocInfo info;           // id, title, source, date (YYYY-MM-DD or "")
  std::string text;       // the text that event offsets refer to
  size_t body_start = 0;  // where the body starts (after header lines)
  std::string origin;     // "file" or "file:line", for messages
  // A problem that did not stop reading, for one warning ("file: invalid
  // UTF-8 at byte 6 …"); "" when there was none.
  std::string warning;
};

// How input bytes become text. kUtf8: strict, invalid UTF-8 is an error
// naming its byte offset. kLatin1: every byte is the Latin-1 (ISO 8859-1)
// character of its value. kLenient: valid UTF-8 is kept and every byte
// that starts no valid sequence becomes U+FFFD, with a warning naming the
// first one. Byte offsets in events refer to the decoded UTF-8 text.
enum class Encoding { kUtf8, kLatin1, kLenient };

// "utf-8" (or "utf8"), "latin-1" (or "latin1", "iso-8859-1"), "lenient".
std::optional<Encoding> ParseEncoding(std::string_view name);

// Decodes `*text` in place as `encoding`. Returns the byte offset (in the
// input) of the first byte replaced by U+FFFD and sets `*replaced` to how
// many were, for kLenient; std::string::npos when none was (always for
// kUtf8, which leaves the bytes to CheckText, and for kLatin1).
size_t DecodeText(std::string* text, Encoding encoding,
                  size_t* replaced = nullptr);

// The warning for DecodeText's result: "ORIGIN: invalid UTF-8 at byte
// FIRST[OF] (N bytes read as U+FFFD)"; "" when `first` is npos.
std::string DecodeWarning(const std::string& origin, size_t first,
                          size_t replaced, std::string_view of = "");

struct ReadOptions {
  int64_t max_bytes = 20 << 20;  // per document
  std::string forced_date;       // YYYY-MM-DD, overrides every other date
  Encoding encoding = Encoding::kUtf8;
};

enum class InputKind { kText, kHtml, kJsonLines };

// The kind of a file, by its extension (.html/.htm, .jsonl/.ndjson/.json,
// else text), or by sniffing its first bytes for stdin.
InputKind KindOfPath(const std::string& path);
InputKind SniffKind(std::string_view head);

// Builds a document from plain text (decoded as opt.encoding): header
// lines, body, dateline date.
Result<Document> DocumentFromText(std::string text, const std::string& id,
                                  const std::string& origin,
                                  const ReadOptions& opt);
// Builds a document from HTML (decoded as opt.encoding; see html.cc).
Result<Document> DocumentFromHtml(std::string_view html, const std::string& id,
                                  const std::string& origin,
                                  const ReadOptions& opt);

// Checks that `text` is usable: not empty, no NUL byte, valid UTF-8.
// Errors name `origin` and the byte offset.
Status CheckText(std::string_view text, const std::string& origin);

class DocumentStream {
 public:
  DocumentStream(std::vector<std::string> inputs, ReadOptions opt);
  ~DocumentStream();

  // Reads the next document. Returns false at the end. An error names the
  // file (and line for JSON Lines); the stream then goes on with the next
  // document, so callers may skip bad inputs.
  Result<bool> Next(Document* doc);
  // Input bytes consumed so far and in all (for progress; total is 0 when
  // stdin is among the inputs).
  int64_t bytes_done() const { return bytes_done_; }
  int64_t bytes_total() const { return bytes_total_; }

 private:
  Status ExpandInputs();
  Result<bool> NextJsonLine(Document* doc);

  std::vector<std::string> inputs_;
  ReadOptions opt_;
  bool expanded_ = false;
  std::vector<std::pair<std::string, std::string>> files_;  // path, id
  size_t next_file_ = 0;
  std::vector<Status> pending_errors_;  // inputs that could not be expanded
  size_t next_error_ = 0;
  // The JSON Lines file being read, if any.
  std::unique_ptr<std::istream> jsonl_;
  std::string jsonl_path_;
  int64_t jsonl_line_ = 0;
  int64_t bytes_done_ = 0, bytes_total_ = 0;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_READ_DOCUMENT_H_
