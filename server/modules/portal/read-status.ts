import type { ComplaintStatus, PortalStep, ProblemId, StaffComplaint, Want, PortalLanguage } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { complaintByReference, complaintByTokenHash, messagesOf, photosOf, stepsOf, type ComplaintRow } from './complaint-repository.js';
import { tokenHash } from './tokens.js';

type Ctx = Pick<AppContext, 'db'>;

/** The complaint a status token opens; an unknown token is the same 404 as a malformed one. */
export async function complaintForToken(ctx: Ctx, token: string): Promise<ComplaintRow> {
  const c = /^[A-Za-z0-9_-]{43}$/.test(token) ? await complaintByTokenHash(ctx.db, tokenHash(token)) : null;
  if (!c) throw new AppError('portal_not_found', 'There is no complaint at this link.');
  return c;
}

export async function complaintForReference(ctx: Ctx, reference: string): Promise<ComplaintRow> {
  const c = await complaintByReference(ctx.db, reference);
  if (!c) throw new AppError('complaint_not_found', `complaint ${reference.slice(0, 40)} does not exist`);
  return c;
}

function nextStep(c: ComplaintRow): PortalStep | null {
  switch (c.status as PortalStep) {
    case 'received':
      return 'assigned';
    case 'assigned':
    case 'waiting_for_customer':
      return 'decided';
    case 'decided':
      return c.wants === 'replacement' ? 'shipped' : 'closed';
    case 'shipped':
      return 'closed';
    default:
      return null;
  }
}

/** What the status page shows; photo addresses are built by the door that serves them. */
export async function complaintStatus(ctx: Ctx, c: ComplaintRow, photoUrl: (file: string) => string): Promise<ComplaintStatus> {
  const [steps, messages, photos] = await Promise.all([stepsOf(ctx.db, c.id), messagesOf(ctx.db, c.id), photosOf(ctx.db, c.id)]);
  return {
    reference: c.reference,
    status: c.status as PortalStep,
    next: nextStep(c),
    problem: c.problem as ProblemId,
    wants: c.wants as Want,
    steps: steps.map((s) => ({ step: s.step as PortalStep, at: s.at.toISOString(), note: s.note })),
    messages: messages.map((m) => ({ id: m.id, author: m.author as 'customer' | 'staff', text: m.text, at: m.at.toISOString() })),
    photos: photos.map((p) => ({ url: photoUrl(p.file), thumbUrl: photoUrl(p.thumb), mime: p.mime, width: p.width, height: p.height })),
    satisfaction: c.satisfaction,
  } satisfies ComplaintStatus;
}

export async function staffComplaint(ctx: Ctx, c: ComplaintRow): Promise<StaffComplaint> {
  return {
    ...(await complaintStatus(ctx, c, (f) => `/api/portal/photos/${f}`)),
    signalId: c.signalId,
    orderId: c.orderId,
    items: c.items,
    ownerTeam: c.ownerTeam,
    language: c.language as PortalLanguage,
  } satisfies StaffComplaint;
}
