/** How a lesson's text names an uploaded image: `![caption](attachment:ID)`. */
export const ATTACHMENT_SCHEME = 'attachment:';

/** The Markdown that shows an uploaded image: its file name without the extension as the caption. */
export function imageMarkdown(attachment: { id: string; fileName: string }): string {
  const caption = attachment.fileName.replace(/\.[^.]+$/, '').replace(/[[\]\\]/g, ' ').trim();
  return `![${caption}](${ATTACHMENT_SCHEME}${attachment.id})`;
}

/** Puts `insert` where the cursor is (or over the selection) and returns the new text and cursor position. */
export function insertAt(text: string, insert: string, start: number, end = start): { text: string; cursor: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // An image on its own line renders as a block, not inside a sentence.
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const piece = `${lead}${insert}${trail}`;
  return { text: before + piece + after, cursor: before.length + piece.length };
}
