// HTML articles through gumbo (a real HTML5 parser): the title and date come
// from meta tags, the text from <article> (or <main>, or <body>), without
// navigation, scripts, styles, forms, figures and captions.
#include <gumbo.h>

#include <string>
#include <string_view>

#include "extract/read/dates.h"
#include "extract/read/document.h"

namespace dipgraph {
namespace {

// Elements whose text is never article text.
bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements that break text into paragraphs.
bool Block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_MAIN:
      return true;
    default:
      return false;
  }
}

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool HasClassOrRole(const GumboNode* node, std::string_view word) {
  for (const char* attr : {"class", "role", "id"}) {
    const char* v = Attr(node, attr);
    if (v && std::string_view(v).find(word) != std::string_view::npos)
      return true;
  }
  return false;
}

// Boilerplate containers by class/role name: share bars, captions, bylines.
bool Boilerplate(const GumboNode* node) {
  for (std::string_view w :
       {"share", "social", "caption", "byline", "navigation", "breadcrumb",
        "related", "newsletter", "advert", "cookie", "comment", "footer",
        "menu"})
    if (HasClassOrRole(node, w)) return true;
  return false;
}

void AppendSpace(std::string* out, bool paragraph) {
  if (out->empty()) return;
  if (paragraph) {
    while (!out->empty() && out->back() == ' ') out->pop_back();
    if (out->size() >= 2 && out->substr(out->size() - 2) == "\n\n") return;
    out->append(out->back() == '\n' ? "\n" : "\n\n");
  } else if (out->back() != ' ' && out->back() != '\n') {
    out->push_back(' ');
  }
}

void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    std::string_view t = node->v.text.text;
    for (char c : t) {
      if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
        AppendSpace(out, false);
      } else {
        out->push_back(c);
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (Skipped(tag) || Boilerplate(node)) return;
  bool block = Block(tag);
  if (block) AppendSpace(out, true);
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    CollectText(static_cast<const GumboNode*>(kids.data[i]), out);
  if (block) AppendSpace(out, true);
}

const GumboNode* FindTag(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (const GumboNode* f =
            FindTag(static_cast<const GumboNode*>(kids.data[i]), tag))
      return f;
  return nullptr;
}

struct Meta {
  std::string title, og_title, date, source;
};

void ReadMeta(const GumboNode* node, Meta* meta) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_META) {
    const char* key = Attr(node, "property");
    if (!key) key = Attr(node, "name");
    if (!key) key = Attr(node, "itemprop");
    const char* content = Attr(node, "content");
    if (key && content) {
      std::string k = key;
      if (k == "og:title")
        meta->og_title = content;
      else if (k == "og:site_name")
        meta->source = content;
      else if (meta->date.empty() &&
               (k == "article:published_time" || k == "datePublished" ||
                k == "pubdate" || k == "date" || k == "DC.date.issued" ||
                k == "dc.date" || k == "publish-date" || k == "sailthru.date"))
        meta->date = content;
    }
  } else if (tag == GUMBO_TAG_TITLE && meta->title.empty()) {
    std::string t;
    CollectText(
        node->v.element.children.length
            ? static_cast<const GumboNode*>(node->v.element.children.data[0])
            : node,
        &t);
    meta->title = t;
  } else if (tag == GUMBO_TAG_TIME && meta->date.empty()) {
    if (const char* dt = Attr(node, "datetime")) meta->date = dt;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    ReadMeta(static_cast<const GumboNode*>(kids.data[i]), meta);
}

std::string TrimCopy(std::string s) {
  size_t a = s.find_first_not_of(" \n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \n");
  return s.substr(a, b - a + 1);
}

}  // namespace

Result<Document> DocumentFromHtml(std::string_view input, const std::string& id,
                                  const std::string& origin,
                                  const ReadOptions& opt) {
  std::string html(input);
  size_t replaced = 0;
  const size_t bad = DecodeText(&html, opt.encoding, &replaced);
  RETURN_IF_ERROR(CheckText(html, origin));
  GumboOutput* out =
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (out == nullptr) return InvalidInput(origin + ": cannot parse HTML");
  Meta meta;
  ReadMeta(out->root, &meta);
  const GumboNode* body = FindTag(out->root, GUMBO_TAG_ARTICLE);
  if (!body) body = FindTag(out->root, GUMBO_TAG_MAIN);
  if (!body) body = FindTag(out->root, GUMBO_TAG_BODY);
  std::string text;
  if (body) CollectText(body, &text);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  text = TrimCopy(std::move(text));
  if (text.empty())
    return InvalidInput(origin + ": no article text in the HTML");
  Document doc;
  doc.info.id = id;
  doc.info.title = TrimCopy(meta.og_title.empty() ? meta.title : meta.og_title);
  doc.info.source = meta.source;
  if (std::optional<CivilDate> d = ParseDate(meta.date))
    doc.info.date = d->ToString();
  if (!opt.forced_date.empty()) doc.info.date = opt.forced_date;
  doc.origin = origin;
  doc.text = std::move(text);
  doc.warning = DecodeWarning(origin, bad, replaced);
  return doc;
}

}  // namespace dipgraph
