#include "extract/read/document.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "common/files.h"
#include "common/text.h"
#include "extract/read/dates.h"

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

std::string NormalizeDate(std::string_view text) {
  std::optional<CivilDate> d = ParseDate(text);
  return d ? d->ToString() : "";
}

// Reads `Title:`, `Date:`, `Source:` header lines; returns where the body
// starts (0 when the text has no header block).
size_t ReadHeaders(std::string_view text, DocInfo* info) {
  size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    if (line.empty()) return any ? std::min(eol + 1, text.size()) : 0;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return any ? pos : 0;
    std::string key = AsciiLower(Trim(line.substr(0, colon)));
    std::string value(Trim(line.substr(colon + 1)));
    if (key == "title")
      info->title = value;
    else if (key == "date")
      info->date = NormalizeDate(value);
    else if (key == "source")
      info->source = value;
    else if (key != "id" && key != "url" && key != "author")
      return any ? pos : 0;
    any = true;
    pos = eol + 1;
  }
  return any ? text.size() : 0;
}

// Looks for a publication date in the first lines of the body: a dateline
// with a full date, or a short line that is a date ("July 7, 2016, 4:51 am").
std::string DateFromBody(std::string_view body) {
  size_t pos = 0;
  for (int line = 0; line < 6 && pos < body.size(); ++line) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view text = Trim(body.substr(pos, eol - pos));
    if (!text.empty() && text.size() <= 60) {
      std::string d = NormalizeDate(text);
      if (!d.empty()) return d;
    }
    Dateline dl = FindDateline(text);
    if (dl.length > 0) {
      std::string d = NormalizeDate(text.substr(0, dl.length));
      if (!d.empty()) return d;
    }
    pos = eol + 1;
  }
  return "";
}

}  // namespace

std::optional<Encoding> ParseEncoding(std::string_view name) {
  const std::string n = AsciiLower(name);
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1")
    return Encoding::kLatin1;
  if (n == "lenient") return Encoding::kLenient;
  return std::nullopt;
}

size_t DecodeText(std::string* text, Encoding encoding, size_t* replaced) {
  if (replaced != nullptr) *replaced = 0;
  if (encoding == Encoding::kUtf8) return std::string::npos;
  if (encoding == Encoding::kLatin1) {
    std::string out;
    out.reserve(text->size());
    for (char ch : *text) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (c < 0x80) {
        out += ch;
      } else {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    *text = std::move(out);
    return std::string::npos;
  }
  size_t first = std::string::npos, count = 0;
  for (size_t i = 0, n; i < text->size(); i += n)
    if ((n = Utf8Length(*text, i)) == 0) {
      first = i;
      break;
    }
  if (first == std::string::npos) return first;  // valid: nothing to copy
  std::string out(*text, 0, first);
  out.reserve(text->size() + 16);
  for (size_t i = first; i < text->size();) {
    const size_t n = Utf8Length(*text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++i;
    } else {
      out.append(*text, i, n);
      i += n;
    }
  }
  *text = std::move(out);
  if (replaced != nullptr) *replaced = count;
  return first;
}

// The warning for a leniently decoded input.
std::string DecodeWarning(const std::string& origin, size_t first,
                          size_t replaced, std::string_view of) {
  if (first == std::string::npos) return "";
  return origin + ": invalid UTF-8 at byte " + std::to_string(first) +
         std::string(of) + " (" + std::to_string(replaced) +
         (replaced == 1 ? " byte" : " bytes") + " read as U+FFFD)";
}

Status CheckText(std::string_view text, const std::string& origin) {
  if (Trim(text).empty()) return InvalidInput(origin + ": empty document");
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\0')
      return InvalidInput(origin + ": binary data (NUL byte at byte " +
                          std::to_string(i) + ")");
    size_t n = Utf8Length(text, i);
    if (n == 0)
      return InvalidInput(origin + ": invalid UTF-8 at byte " +
                          std::to_string(i));
    i += n;
  }
  return Status::Ok();
}

InputKind KindOfPath(const std::string& path) {
  std::string ext = AsciiLower(fs::path(path).extension().string());
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml")
    return InputKind::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json")
    return InputKind::kJsonLines;
  return InputKind::kText;
}

InputKind SniffKind(std::string_view head) {
  std::string_view t = Trim(head);
  if (!t.empty() && t[0] == '{') return InputKind::kJsonLines;
  std::string low = AsciiLower(t.substr(0, 200));
  if (low.rfind("<!doctype html", 0) == 0 || low.rfind("<html", 0) == 0 ||
      low.find("<body") != std::string::npos)
    return InputKind::kHtml;
  return InputKind::kText;
}

Result<Document> DocumentFromText(std::string text, const std::string& id,
                                  const std::string& origin,
                                  const ReadOptions& opt) {
  size_t replaced = 0;
  const size_t bad = DecodeText(&text, opt.encoding, &replaced);
  RETURN_IF_ERROR(CheckText(text, origin));
  Document doc;
  doc.warning = DecodeWarning(origin, bad, replaced);
  doc.info.id = id;
  doc.origin = origin;
  doc.body_start = ReadHeaders(text, &doc.info);
  if (doc.info.date.empty())
    doc.info.date = DateFromBody(std::string_view(text).substr(doc.body_start));
  if (!opt.forced_date.empty()) doc.info.date = opt.forced_date;
  doc.text = std::move(text);
  return doc;
}

DocumentStream::DocumentStream(std::vector<std::string> inputs, ReadOptions opt)
    : inputs_(std::move(inputs)), opt_(std::move(opt)) {}
DocumentStream::~DocumentStream() = default;

Status DocumentStream::ExpandInputs() {
  expanded_ = true;
  for (const std::string& in : inputs_) {
    std::error_code ec;
    if (in == "-") {
      files_.emplace_back("-", "stdin");
      continue;
    }
    if (fs::is_directory(in, ec)) {
      Result<std::vector<std::string>> listed = ListFilesRecursive(in);
      if (!listed.ok()) {
        pending_errors_.push_back(listed.status());
        continue;
      }
      const std::vector<std::string>& found = *listed;
      for (const std::string& f : found) {
        fs::path rel = fs::relative(f, in, ec);
        rel.replace_extension();
        files_.emplace_back(f, rel.generic_string());
        bytes_total_ += static_cast<int64_t>(fs::file_size(f, ec));
      }
      continue;
    }
    if (!fs::exists(in, ec)) {
      pending_errors_.push_back(NotFound(in + ": no such file or folder"));
      continue;
    }
    files_.emplace_back(in, fs::path(in).stem().string());
    bytes_total_ += static_cast<int64_t>(fs::file_size(in, ec));
  }
  return Status::Ok();
}

Result<bool> DocumentStream::NextJsonLine(Document* doc) {
  std::string line;
  while (std::getline(*jsonl_, line)) {
    ++jsonl_line_;
    bytes_done_ += static_cast<int64_t>(line.size()) + 1;
    if (Trim(line).empty()) continue;
    std::string origin = jsonl_path_ + ":" + std::to_string(jsonl_line_);
    if (static_cast<int64_t>(line.size()) > opt_.max_bytes)
      return InvalidInput(origin + ": line longer than the document limit (" +
                          std::to_string(opt_.max_bytes) + " bytes)");
    // The line is decoded before the JSON is parsed; the text field then
    // goes through as UTF-8.
    size_t replaced = 0;
    const size_t bad = DecodeText(&line, opt_.encoding, &replaced);
    ReadOptions as_utf8 = opt_;
    as_utf8.encoding = Encoding::kUtf8;
    if (opt_.encoding == Encoding::kUtf8)
      for (size_t i = 0, n; i < line.size(); i += n)
        if ((n = Utf8Length(line, i)) == 0)
          return InvalidInput(origin + ": invalid UTF-8 at byte " +
                              std::to_string(i) + " of the line");
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return InvalidInput(origin + ": not a JSON object");
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      return it != j.end() && it->is_string() ? it->get<std::string>() : "";
    };
    if (!j.contains("text") || !j["text"].is_string())
      return InvalidInput(origin + ": field \"text\" (a string) is required");
    std::string id = str("id");
    if (id.empty())
      id = fs::path(jsonl_path_).stem().string() + "-" +
           std::to_string(jsonl_line_);
    ASSIGN_OR_RETURN(*doc, DocumentFromText(str("text"), id, origin, as_utf8));
    doc->body_start = 0;
    if (bad != std::string::npos)
      doc->warning = DecodeWarning(origin, bad, replaced, " of the line");
    if (!str("title").empty()) doc->info.title = str("title");
    if (!str("source").empty()) doc->info.source = str("source");
    std::string date = NormalizeDate(str("date"));
    if (!date.empty() && opt_.forced_date.empty()) doc->info.date = date;
    return true;
  }
  jsonl_.reset();
  return false;
}

Result<bool> DocumentStream::Next(Document* doc) {
  if (!expanded_) RETURN_IF_ERROR(ExpandInputs());
  if (next_error_ < pending_errors_.size())
    return pending_errors_[next_error_++];
  while (true) {
    if (jsonl_) {
      ASSIGN_OR_RETURN(bool got, NextJsonLine(doc));
      if (got) return true;
    }
    if (next_file_ >= files_.size()) return false;
    auto [path, id] = files_[next_file_++];
    std::string name = path == "-" ? "<stdin>" : path;
    std::string data;
    InputKind kind;
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      data = ss.str();
      kind = SniffKind(std::string_view(data).substr(0, 512));
    } else {
      kind = KindOfPath(path);
      if (kind == InputKind::kJsonLines) {
        auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file) return NotFound(path + ": cannot open file");
        jsonl_ = std::move(file);
        jsonl_path_ = path;
        jsonl_line_ = 0;
        continue;
      }
      std::error_code ec;
      if (static_cast<int64_t>(fs::file_size(path, ec)) > opt_.max_bytes)
        return InvalidInput(path + ": larger than the document limit (" +
                            std::to_string(opt_.max_bytes) + " bytes)");
      ASSIGN_OR_RETURN(data, ReadFile(path));
    }
    bytes_done_ += static_cast<int64_t>(data.size());
    if (kind == InputKind::kJsonLines) {
      jsonl_ = std::make_unique<std::istringstream>(std::move(data));
      jsonl_path_ = name;
      jsonl_line_ = 0;
      continue;
    }
    if (static_cast<int64_t>(data.size()) > opt_.max_bytes)
      return InvalidInput(name + ": larger than the document limit (" +
                          std::to_string(opt_.max_bytes) + " bytes)");
    if (kind == InputKind::kHtml) {
      ASSIGN_OR_RETURN(*doc, DocumentFromHtml(data, id, name, opt_));
    } else {
      ASSIGN_OR_RETURN(*doc, DocumentFromText(std::move(data), id, name, opt_));
    }
    return true;
  }
}

}  // namespace dipgraph
