/**
 * Turns template files into analysable text WITHOUT moving any character, so a finding's offset is also its
 * position in the file (file:line:col stays true). Markup is blanked to spaces, block ends become line breaks.
 */

/** `{{first_name}}`, `{Company}`, `[First Name]`: merge tags read as a name, padded to the same length. */
const MERGE_TAG = /\{\{\s*[\w. -]+?\s*\}\}|\{[A-Za-z_][\w ]{0,40}\}|\[[A-Z][A-Za-z_]*(?: [A-Z][A-Za-z_]*){0,3}\]/g;

export function mergeTagsAsNames(text: string): string {
  return text.replace(MERGE_TAG, (tag) => ('Dana' + ' '.repeat(tag.length)).slice(0, tag.length));
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const BLOCK = /^<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|hr|section|article|header|footer)\b/i;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201C', rdquo: '\u201D', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026' };

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<[^>]*>/g, (tag) => (BLOCK.test(tag) ? '\n' + blank(tag.slice(1)) : blank(tag)))
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) => {
      const lower = name.toLowerCase();
      const ch = lower.startsWith('#x') ? String.fromCodePoint(parseInt(lower.slice(2), 16))
        : lower.startsWith('#') ? String.fromCodePoint(parseInt(lower.slice(1), 10))
        : ENTITIES[lower];
      // One character in place of the entity, padded with spaces: the sentence reads right, offsets stay put.
      return ch && ch.length <= entity.length ? ch + ' '.repeat(entity.length - ch.length) : entity;
    });
}

/**
 * An .eml file: the header block is blanked; in a multipart message only text/plain parts are kept. Bodies in
 * base64 are blanked (nothing to lint without decoding); quoted-printable soft breaks are left as they are.
 */
export function emlToText(eml: string): string {
  const headerEnd = eml.search(/\r?\n\r?\n/);
  if (headerEnd < 0) return eml;
  const headers = eml.slice(0, headerEnd);
  const body = eml.slice(headerEnd);
  const boundary = headers.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  let text = blank(headers) + body;
  if (boundary) {
    const parts = body.split(`--${boundary}`);
    text = blank(headers) + parts.map((part) => {
      const end = part.search(/\r?\n\r?\n/);
      if (end < 0) return blank(part);
      const partHeaders = part.slice(0, end);
      const isPlain = /content-type:\s*text\/plain/i.test(partHeaders) && !/content-transfer-encoding:\s*base64/i.test(partHeaders);
      return blank(partHeaders) + (isPlain ? part.slice(end) : blank(part.slice(end)));
    }).join(' '.repeat(boundary.length + 2));
  } else if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    text = blank(eml);
  } else if (/content-type:\s*text\/html/i.test(headers)) {
    text = blank(headers) + htmlToText(body);
  }
  return text;
}

export function toAnalysableText(path: string, content: string): string {
  const lower = path.toLowerCase();
  const text = lower.endsWith('.html') || lower.endsWith('.htm') ? htmlToText(content) : lower.endsWith('.eml') ? emlToText(content) : content;
  return mergeTagsAsNames(text);
}
