// Notices for the displays: ticker lines and emergency takeovers, each with an expiry.
import type { Handlers } from './context';
import { mustGet } from './context';
import { newId } from '../secrets';
import { HubError } from './context';
import { fieldError } from '../../../shared/errors';

export const noticeHandlers: Pick<Handlers, 'notice.create' | 'notice.clear'> = {
  'notice.create'(ctx, { text, kind, expiresAt }) {
    if (expiresAt <= ctx.now) throw new HubError(fieldError('expiresAt', 'noticeExpiryPast'));
    const id = newId();
    ctx.put('notice', { id, text, kind, expiresAt, cleared: false, createdAt: ctx.now });
    ctx.summary = `${kind}: ${text.slice(0, 30)}`;
    return { id };
  },
  'notice.clear'(ctx, { id }) {
    const notice = mustGet(ctx, 'notice', id);
    ctx.put('notice', { ...notice, cleared: true });
    ctx.summary = notice.text.slice(0, 30);
    return null;
  },
};
