export interface TextPart {
  text: string;
  /** Set when the part is a web address. */
  href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence rather than the address ("…?token=abc."). */
const TRAILING = /[.,;:!?)\]]+$/;

/**
 * Splits mail text into plain parts and http(s) links. The template renders the parts as text and
 * anchors, so mail content is never interpreted as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = match[0].replace(TRAILING, '');
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
