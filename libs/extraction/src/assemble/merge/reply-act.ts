// "ردّ عليه الجيش الإسرائيلي بغارة على أحد مواقع حماس", "ورد الطيران الحربي التركي بمهاجمة أهداف للتنظيم", "وردّ
// الحوثيون على هجمات المقاومة بقصف أحياء في تعز": the act a reply verb introduces with بـ is the other side's answer,
// a second happening, however near the scene of the act it answers. Not the object of the reply ("على هجمات
// المقاومة"): that names the act answered.
import type { DraftEvent } from '../assemble.types';

/** A reply verb (رد، ردّ، ردت، يرد، ترد, after و/ف or not), then what follows it up to the answering act. */
const REPLY = /(?:^|[\s،,])[وف]?(?:ردّ?|ردّ?ت|يردّ?|تردّ?)\s+(\S*)([^.!?؟\n]*)$/;
/** What a reply verb is followed by: its subject ("الجيش"), its object ("عليه", "على الهجوم") or its act. "ورد بلاغ",
 * "لما ورد في", "فرد من القوة" are another verb (to come in, to be stated) and a noun (a member). */
const AFTER_REPLY = /^(?:ال|على|عليه|عليها|عليهم)/;
/** Characters before the trigger searched for the reply verb. */
const REACH = 80;

/** The mention is an act a reply verb introduces ("ردّ … بغارة"): the answer to a happening told before it. */
export function answersAnother(e: DraftEvent): boolean {
  const { start, stop } = e.trigger;
  const { start: from, text } = e.evidence;
  if (!text.slice(start - from, stop - from).startsWith('ب')) return false;
  const m = REPLY.exec(text.slice(Math.max(0, start - from - REACH), start - from));
  if (!m) return false;
  // "يرد بإطلاق القذائف": the act itself right after the verb.
  return m[1] === '' || AFTER_REPLY.test(m[1]);
}
