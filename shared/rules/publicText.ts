// Personal contact details must not reach the public. A posting's title, address, description and requirement
// note, and a notice's text, are shown on every hall display, every kiosk and the phone list (/m/); a phone or ID
// number typed into them would be broadcast to everyone. The desk records contact details in the fields meant
// for them (the employer's contact name and phone), which never leave the hub. So free text that the public
// sees is refused when it holds a mainland phone number or a resident ID number, naming the field.
import type { RuleIssue } from '../errors';

// Digits may be typed full-width (１３８…) and grouped with spaces or hyphens (138 1234 5678, 0311-8765 4321).
const SEP = '[ \\-.]?';
const NOT_DIGIT_BEFORE = '(?<![0-9])';
const NOT_DIGIT_AFTER = '(?![0-9])';
/** 11-digit mobile: 1, then 3–9, grouped 3-4-4 or not at all. */
const MOBILE = `1[3-9][0-9]${SEP}[0-9]{4}${SEP}[0-9]{4}`;
/** Landline with its area code: 0 + 2–3 digits, then 7–8 digits; the area code may stand in brackets. */
const LANDLINE = `(?:0[1-9][0-9]{1,2}|\\(0[1-9][0-9]{1,2}\\))${SEP}[0-9]{3,4}${SEP}[0-9]{4}`;
/** National service numbers: 400 / 800 and seven more digits. */
const SERVICE = `[48]00${SEP}[0-9]{3}${SEP}[0-9]{4}`;
const PHONE = new RegExp(`${NOT_DIGIT_BEFORE}(?:${MOBILE}|${LANDLINE}|${SERVICE})${NOT_DIGIT_AFTER}`);
/** Resident ID: 6-digit area, birth date (18xx–20xx), 3-digit sequence, check digit or X; or the old 15 digits. */
const BIRTH = '(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';
const ID18 = `[1-9][0-9]{5}${SEP}${BIRTH}${SEP}[0-9]{3}[0-9Xx]`;
const ID15 = `[1-9][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}`;
const ID = new RegExp(`${NOT_DIGIT_BEFORE}(?:${ID18}|${ID15})(?![0-9A-Za-z])`);

/** What personal number a text holds, if any. */
export function contactIn(text: string | null | undefined): 'phone' | 'id' | null {
  if (!text) return null;
  const t = text.normalize('NFKC');
  if (!/[0-9]/.test(t)) return null;
  if (ID.test(t)) return 'id';
  if (PHONE.test(t)) return 'phone';
  return null;
}

/** The public free text of a posting, by field path. */
export interface PostingPublicText {
  title?: string;
  address?: string;
  description?: string;
  requirements?: { note?: string } | null;
}

export function postingTextIssues(p: PostingPublicText): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const check = (path: string[], text: string | undefined) => {
    if (contactIn(text)) issues.push({ path, key: 'contactInText' });
  };
  check(['title'], p.title);
  check(['address'], p.address);
  check(['description'], p.description);
  check(['requirements', 'note'], p.requirements?.note);
  return issues;
}

export function noticeTextIssues(n: { text?: string }): RuleIssue[] {
  return contactIn(n.text) ? [{ path: ['text'], key: 'contactInText' }] : [];
}
