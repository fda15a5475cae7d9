import { get, list, num, str, type Preset } from './preset.js';

/**
 * PayPal disputes, from the disputes API's JSON (`{"items": [...]}`) or a CSV of the same fields
 * (dotted column names for nested ones: `dispute_amount.value`). A dispute raised at the card
 * issuer (`dispute_channel` EXTERNAL) is a chargeback; the rest are PayPal disputes and claims.
 */
export const paypalDisputes: Preset = {
  name: 'paypal-disputes',
  label: 'PayPal disputes (CSV or JSON)',
  kinds: ['signals'],
  detect: (c) => c.has('dispute_id') && c.has('reason') && (c.has('create_time') || c.has('dispute_life_cycle_stage')),
  reads: [
    'dispute_id',
    'create_time',
    'reason',
    'status',
    'dispute_life_cycle_stage',
    'dispute_channel',
    'dispute_amount',
    'dispute_amount.value',
    'dispute_amount.currency_code',
    'disputed_transactions',
    'disputed_transactions.invoice_number',
    'disputed_transactions.custom',
    'messages',
    'messages.content',
  ],
  toRecord: (_kind, r) => {
    const reason = str(r.reason) ?? 'OTHER';
    const stage = str(r.dispute_life_cycle_stage);
    const amount = num(get(r, 'dispute_amount.value'));
    const currency = str(get(r, 'dispute_amount.currency_code'));
    const said = list(r.messages)
      .filter((m) => str(get((m ?? {}) as Record<string, unknown>, 'posted_by'))?.toUpperCase() !== 'SELLER')
      .map((m) => str(get((m ?? {}) as Record<string, unknown>, 'content')))
      .filter(Boolean);
    const flat = str(r['messages.content']);
    const words = reason.toLowerCase().replace(/_/g, ' ');
    const summary = `PayPal ${stage ? `${stage.toLowerCase().replace(/_/g, ' ')} ` : ''}dispute: ${words}${amount !== undefined ? ` (${currency ?? ''} ${amount.toFixed(2)})`.replace('( ', '(') : ''}; status ${str(r.status)?.toLowerCase().replace(/_/g, ' ') ?? 'unknown'}`;
    return {
      channel: str(r.dispute_channel)?.toUpperCase() === 'EXTERNAL' ? 'chargeback' : 'dispute',
      externalId: `paypal-${str(r.dispute_id) ?? ''}`,
      receivedAt: str(r.create_time),
      title: summary,
      text: said.length > 0 ? said.join('\n\n') : (flat ?? summary),
      orderId: str(get(r, 'disputed_transactions.invoice_number')) ?? str(get(r, 'disputed_transactions.custom')),
    };
  },
};
