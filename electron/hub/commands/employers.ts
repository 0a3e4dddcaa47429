// Employers, vetting and the blocklist. Only approved, unblocked employers' postings can be published.
import type { Handlers, HandlerCtx } from './context';
import { HubError, checkVersion, mustGet } from './context';
import { newId } from '../secrets';
import { fieldError, ruleError } from '../../../shared/errors';
import { employerIdentityIssues, vettingIssues } from '../../../shared/rules/identity';
import type { Employer } from '../../../shared/domain/entities';
import { assertDistrict } from './site';

/** The whole record against the identity rule (shared/rules/identity.ts). */
function checkIdentity(e: Pick<Employer, 'kind' | 'creditCode' | 'householderId'>): void {
  const issue = employerIdentityIssues(e)[0];
  if (issue) throw new HubError(ruleError(issue));
}

/** Withdraw an employer's published postings (on block or failed re-vetting). */
function withdrawPostings(ctx: HandlerCtx, employerId: string): void {
  for (const p of ctx.records.list('posting', "employer_id = ? AND status = 'published'", employerId)) {
    ctx.put('posting', { ...p, status: 'closed' });
  }
}

export const employerHandlers: Pick<
  Handlers,
  'employer.create' | 'employer.update' | 'employer.vet' | 'employer.block' | 'employer.unblock'
> = {
  'employer.create'(ctx, args) {
    assertDistrict(ctx, args.district);
    if (
      args.kind === 'enterprise' &&
      ctx.records.list('employer', `json_extract(data, '$.creditCode') = ?`, args.creditCode).length
    ) {
      throw new HubError(fieldError('creditCode', 'creditCodeTaken'));
    }
    const id = newId();
    ctx.put('employer', {
      ...args,
      id,
      creditCode: args.kind === 'enterprise' ? args.creditCode : null,
      householderId: args.kind === 'household' ? args.householderId : null,
      vetting: 'pending',
      blocked: false,
      blockReason: '',
      createdAt: ctx.now,
    });
    ctx.summary = args.name;
    return { id };
  },
  'employer.update'(ctx, { id, baseVersion, patch }) {
    const employer = mustGet(ctx, 'employer', id);
    checkVersion(ctx, employer, baseVersion);
    const next = {
      ...employer,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Employer;
    if (next.district !== employer.district) assertDistrict(ctx, next.district);
    checkIdentity(next);
    // A changed identity must be vetted again.
    const identityChanged =
      next.creditCode !== employer.creditCode ||
      next.householderId !== employer.householderId ||
      next.name !== employer.name;
    if (identityChanged && employer.vetting === 'approved') {
      next.vetting = 'pending';
      withdrawPostings(ctx, id);
    }
    ctx.put('employer', next);
    ctx.summary = `${next.name}: ${Object.keys(patch).join(', ')}`;
    return null;
  },
  'employer.vet'(ctx, { employerId, checks, outcome, note }) {
    const employer = mustGet(ctx, 'employer', employerId);
    const refused = vettingIssues(employer.kind, checks, outcome)[0];
    if (refused) throw new HubError(ruleError(refused));
    const id = newId();
    ctx.put('vetting', { id, employerId, checks, outcome, note, by: ctx.session.user?.username ?? '', at: ctx.now });
    // A vetting is the review a lost dispute asked for (commands/disputes.ts): it clears the flag.
    ctx.put('employer', { ...employer, vetting: outcome, review: null });
    if (outcome !== 'approved') withdrawPostings(ctx, employerId);
    ctx.summary = `${employer.name}: ${outcome}`;
    return { id };
  },
  'employer.block'(ctx, { id, reason }) {
    const employer = mustGet(ctx, 'employer', id);
    ctx.put('employer', { ...employer, blocked: true, blockReason: reason });
    withdrawPostings(ctx, id);
    ctx.summary = `${employer.name}: ${reason}`;
    return null;
  },
  'employer.unblock'(ctx, { id, note }) {
    const employer = mustGet(ctx, 'employer', id);
    ctx.put('employer', { ...employer, blocked: false, blockReason: '' });
    ctx.summary = `${employer.name}${note ? `: ${note}` : ''}`;
    return null;
  },
};
