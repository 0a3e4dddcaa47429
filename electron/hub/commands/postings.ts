// Postings from the employer's job form: draft → published → filled / closed, expiring at the end date.
// The rules (expiry, open, filled, dates, public text) are shared/rules/posting.ts; this applies them.
import type { Handlers, HandlerCtx } from './context';
import { HubError, checkVersion, mustGet, patched } from './context';
import { newId } from '../secrets';
import { appError, fieldError, ruleError } from '../../../shared/errors';
import type { Posting } from '../../../shared/domain/entities';
import { endDatePassed, expiresAtFor, isFull, postingIssues, statusAfterFill } from '../../../shared/rules/posting';
import { hallZoneOf } from '../../../shared/rules/hallTime';
import { assertDistrict } from './site';

function expiryOf(ctx: HandlerCtx, p: Pick<Posting, 'endDate'>, publishedAt: number): number {
  return expiresAtFor(p.endDate, publishedAt, hallZoneOf(ctx.site()));
}

/** The record's own rules (dates in order, no personal numbers in public text), on the whole record. */
function checkPosting(p: Posting): void {
  const issue = postingIssues(p)[0];
  if (issue) throw new HubError(ruleError(issue));
}

function assertPublishable(ctx: HandlerCtx, posting: Posting): void {
  const employer = mustGet(ctx, 'employer', posting.employerId);
  if (employer.blocked) throw new HubError(appError('employer_blocked'));
  if (employer.vetting !== 'approved') throw new HubError(appError('employer_not_approved'));
  if (endDatePassed(posting.endDate, ctx.now, hallZoneOf(ctx.site())))
    throw new HubError(fieldError('endDate', 'endDatePassed'));
  checkPosting(posting);
}

function put(ctx: HandlerCtx, posting: Posting): Posting {
  return ctx.put('posting', posting);
}

export const postingHandlers: Pick<
  Handlers,
  | 'posting.create'
  | 'posting.update'
  | 'posting.publish'
  | 'posting.setStatus'
  | 'posting.setFilled'
  | 'posting.duplicate'
  | 'posting.search'
> = {
  'posting.create'(ctx, { publish, ...input }) {
    const employer = mustGet(ctx, 'employer', input.employerId);
    assertDistrict(ctx, input.district);
    const posting: Posting = {
      ...input,
      id: newId(),
      version: 0,
      updatedAt: ctx.now,
      filledCount: 0,
      employerKind: employer.kind,
      employerName: employer.name,
      publishedAt: null,
      expiresAt: null,
      status: 'draft',
      createdAt: ctx.now,
      createdBy: ctx.session.user?.id ?? null,
    };
    checkPosting(posting);
    if (publish) {
      assertPublishable(ctx, posting);
      posting.status = 'published';
      posting.publishedAt = ctx.now;
      posting.expiresAt = expiryOf(ctx, posting, ctx.now);
    }
    put(ctx, posting);
    ctx.summary = `${employer.name}: ${input.title}${publish ? ' (published)' : ''}`;
    return { id: posting.id };
  },
  'posting.update'(ctx, { id, baseVersion, patch }) {
    const posting = mustGet(ctx, 'posting', id);
    checkVersion(ctx, posting, baseVersion);
    const next = patched(posting, patch);
    if (next.district !== posting.district) assertDistrict(ctx, next.district);
    checkPosting(next);
    if (next.publishedAt) next.expiresAt = expiryOf(ctx, next, next.publishedAt);
    next.status = statusAfterFill(next);
    put(ctx, next);
    ctx.summary = `${next.title}: ${Object.keys(patch).join(', ')}`;
    return null;
  },
  'posting.publish'(ctx, { id }) {
    const posting = mustGet(ctx, 'posting', id);
    if (posting.status === 'published') return null;
    if (isFull(posting)) throw new HubError(appError('posting_not_publishable'));
    assertPublishable(ctx, posting);
    put(ctx, { ...posting, status: 'published', publishedAt: ctx.now, expiresAt: expiryOf(ctx, posting, ctx.now) });
    ctx.summary = posting.title;
    return null;
  },
  'posting.setStatus'(ctx, { id, status }) {
    const posting = mustGet(ctx, 'posting', id);
    put(ctx, { ...posting, status });
    ctx.summary = `${posting.title}: ${status}`;
    return null;
  },
  'posting.setFilled'(ctx, { id, filledCount }) {
    const posting = mustGet(ctx, 'posting', id);
    if (filledCount > posting.headcount) throw new HubError(fieldError('filledCount', 'filledOverHeadcount'));
    put(ctx, { ...posting, filledCount, status: statusAfterFill({ ...posting, filledCount }) });
    ctx.summary = `${posting.title}: ${filledCount}/${posting.headcount}`;
    return null;
  },
  'posting.duplicate'(ctx, { id }) {
    const posting = mustGet(ctx, 'posting', id);
    const copy: Posting = {
      ...posting,
      id: newId(),
      version: 0,
      status: 'draft',
      filledCount: 0,
      publishedAt: null,
      expiresAt: null,
      createdAt: ctx.now,
      createdBy: ctx.session.user?.id ?? null,
    };
    put(ctx, copy);
    ctx.summary = posting.title;
    return { id: copy.id };
  },
  'posting.search'(ctx, args) {
    const staff = ctx.session.role === 'staff' && ctx.session.signedIn;
    const site = ctx.site();
    const { total, ids } = ctx.services.search.search(args, { staff, now: ctx.now, homeDistrict: site.district ?? '' });
    const items = ids.map((pid) => ctx.records.get('posting', pid)).filter((p): p is Posting => !!p);
    return { total, items: staff ? items : items.map((p) => ctx.services.publicPosting(p)) };
  },
};
