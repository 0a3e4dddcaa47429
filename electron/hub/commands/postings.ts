// Postings from the employer's job form: draft → published → filled / closed, expiring at the end date.
import type { Handlers, HandlerCtx } from './context';
import { HubError, checkVersion, mustGet, patched } from './context';
import { newId } from '../secrets';
import { appError, fieldError } from '../../../shared/errors';
import type { Posting } from '../../../shared/domain/entities';
import { assertDistrict } from './site';

/** The hall is in China: a date ends at 24:00 China time (UTC+8, no daylight saving). */
export function endOfDayChina(isoDate: string): number {
  return Date.parse(`${isoDate}T23:59:59.999+08:00`);
}
const OPEN_ENDED_DAYS = 30;

function expiryOf(p: Pick<Posting, 'endDate'>, publishedAt: number): number {
  return p.endDate ? endOfDayChina(p.endDate) : publishedAt + OPEN_ENDED_DAYS * 86_400_000;
}

function checkDates(startDate: string, endDate: string | null): void {
  if (endDate && endDate < startDate) {
    throw new HubError(
      fieldError('endDate', { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' }),
    );
  }
}

function assertPublishable(ctx: HandlerCtx, posting: Posting): void {
  const employer = mustGet(ctx, 'employer', posting.employerId);
  if (employer.blocked) throw new HubError(appError('employer_blocked'));
  if (employer.vetting !== 'approved') throw new HubError(appError('employer_not_approved'));
  if (posting.endDate && endOfDayChina(posting.endDate) <= ctx.now) {
    throw new HubError(
      fieldError('endDate', { zh: '结束日期已过，不能发布', en: 'The end date has passed; it cannot be published' }),
    );
  }
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
    checkDates(input.startDate, input.endDate);
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
    if (publish) {
      assertPublishable(ctx, posting);
      posting.status = 'published';
      posting.publishedAt = ctx.now;
      posting.expiresAt = expiryOf(posting, ctx.now);
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
    checkDates(next.startDate, next.endDate);
    if (next.publishedAt) next.expiresAt = expiryOf(next, next.publishedAt);
    if (next.status === 'published' && next.filledCount >= next.headcount) next.status = 'filled';
    put(ctx, next);
    ctx.summary = `${next.title}: ${Object.keys(patch).join(', ')}`;
    return null;
  },
  'posting.publish'(ctx, { id }) {
    const posting = mustGet(ctx, 'posting', id);
    if (posting.status === 'published') return null;
    if (posting.filledCount >= posting.headcount) throw new HubError(appError('posting_not_publishable'));
    assertPublishable(ctx, posting);
    put(ctx, { ...posting, status: 'published', publishedAt: ctx.now, expiresAt: expiryOf(posting, ctx.now) });
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
    if (filledCount > posting.headcount) {
      throw new HubError(
        fieldError('filledCount', { zh: '已招人数不能超过招聘人数', en: 'Filled cannot exceed the headcount' }),
      );
    }
    const status =
      filledCount >= posting.headcount && posting.status === 'published'
        ? 'filled'
        : posting.status === 'filled' && filledCount < posting.headcount
          ? 'published'
          : posting.status;
    put(ctx, { ...posting, filledCount, status });
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
