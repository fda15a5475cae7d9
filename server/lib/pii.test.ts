import { describe, expect, it } from 'vitest';
import { detectPii, logSafe, luhnValid, maskPii } from './pii.js';

describe('personal data', () => {
  it('masks emails', () => expect(maskPii('write to ana.silva+shop@mail.com.br today')).toBe('write to [email] today'));
  it('masks phone numbers, US and Brazilian', () => {
    expect(maskPii('call (555) 123-4567')).toBe('call [phone]');
    expect(maskPii('meu whats +55 11 98765-4321')).toBe('meu whats [phone]');
  });
  it('masks a card number only when it passes Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(maskPii('card 4111 1111 1111 1111 was charged')).toBe('card [card] was charged');
    expect(detectPii('tracking 4111 1111 1111 1112').some((s) => s.kind === 'card')).toBe(false);
  });
  it('masks an IBAN, grouped or not, only when its check digits hold', () => {
    expect(maskPii('refund to DE89 3704 0044 0532 0130 00 please')).toBe('refund to [iban] please');
    expect(maskPii('IBAN: PT50000201231234567890154.')).toBe('IBAN: [iban].');
    expect(maskPii('gb82west12345698765432')).toBe('[iban]');
    expect(detectPii('order DE89 3704 0044 0532 0130 01').some((s) => s.kind === 'iban')).toBe(false);
  });
  it('masks street addresses', () => {
    expect(maskPii('ship to 742 Evergreen Terrace, thanks')).toBe('ship to [address], thanks');
    expect(maskPii('entregar na Rua das Flores, 123 apto 4')).toBe('entregar na [address]');
  });
  it('finds Portuguese addresses past its cheap gate: upper case, Ç, and ſ (long s folds to s under /iu)', () => {
    expect(maskPii('mandar para AVENIDA PAULISTA 1000')).toBe('mandar para [address]');
    expect(maskPii('na PRAÇA DA SÉ 12, obrigado')).toBe('na [address], obrigado');
    expect(maskPii('na Traveſſa do Carmo 45')).toBe('na [address]');
  });
  it('leaves ordinary numbers alone', () => {
    expect(maskPii("I'm 5'4\", 120 lbs, size 6, order 12345")).toBe("I'm 5'4\", 120 lbs, size 6, order 12345");
  });
  it('the log-safe masker masks nested strings and trims long ones', () => {
    const safe = logSafe({ customer: { email: 'a@b.co' }, notes: ['call 555-123-4567'], text: 'x'.repeat(300) }, 50) as {
      customer: { email: string };
      notes: string[];
      text: string;
    };
    expect(safe.customer.email).toBe('[email]');
    expect(safe.notes[0]).toBe('call [phone]');
    expect(safe.text.length).toBe(51);
  });
});
