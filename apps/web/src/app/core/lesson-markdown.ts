import { Marked, type Token, type Tokens } from 'marked';

/**
 * An attachment's image as the lesson shows it: an object URL once fetched, `null` when it could
 * not be fetched, absent while it is on its way.
 */
export type AttachmentImages = ReadonlyMap<string, string | null>;

const ATTACHMENT_HREF = /^attachment:([A-Za-z0-9-]+)$/;
const WEB_URL = /^https?:\/\//i;

/** `attachment:ID` → ID; anything else → null. */
export function attachmentIdOf(href: string): string | null {
  return ATTACHMENT_HREF.exec(href.trim())?.[1] ?? null;
}

/** The ids of the attachments a lesson shows as images (`![caption](attachment:ID)`), each once. */
export function attachmentImageIds(markdown: string): string[] {
  const ids = new Set<string>();
  const marked = new Marked();
  void marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type !== 'image') return;
    const id = attachmentIdOf((token as Tokens.Image).href);
    if (id) ids.add(id);
  });
  return [...ids];
}

/**
 * The lesson's Markdown as HTML for `[innerHTML]` (which Angular still sanitizes). Raw HTML in the
 * Markdown is shown as text: organizers write Markdown, and nothing they paste should become markup.
 * Attachment images use the object URLs given; web images load from their address; links to other
 * sites open in a new tab so the lesson stays open.
 */
export function renderLessonMarkdown(markdown: string, images: AttachmentImages): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      html(token) {
        const text = escapeHtml(token.text);
        return token.block ? `<p>${text}</p>` : text;
      },
      image({ href, title, text }) {
        const attachmentId = attachmentIdOf(href);
        if (attachmentId && !images.has(attachmentId)) return `<span class="lesson-image-pending">${escapeHtml(text)}</span>`;
        const src = attachmentId ? images.get(attachmentId) : WEB_URL.test(href) ? href : null;
        if (!src) return `<span class="lesson-image-missing">${escapeHtml(text)}</span>`;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        const caption = text ? `<span class="lesson-caption">${escapeHtml(text)}</span>` : '';
        return `<span class="lesson-figure"><img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"${titleAttribute}>${caption}</span>`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        // An attachment is offered for download below the text; a link to it here could not carry the token.
        if (attachmentIdOf(href) || !isSafeHref(href)) return text;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        const newTab = WEB_URL.test(href) ? ' target="_blank" rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(href)}"${titleAttribute}${newTab}>${text}</a>`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

/** Web and mail links, and links within the page; no other schemes. */
function isSafeHref(href: string): boolean {
  return WEB_URL.test(href) || /^mailto:/i.test(href) || href.startsWith('#');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
