import { describe, expect, it } from 'vitest';
import { maskPacketText, maskPacketUrl } from './mask-packet.js';

describe('supplier packet masking', () => {
  it('masks names the wording introduces, with the personal data the triage masker knows', () => {
    expect(
      maskPacketText('Hi, my name is Maria Silva and the strap broke. Refund to DE89 3704 0044 0532 0130 00 or mail maria@example.com'),
    ).toBe('Hi, my name is [name] and the strap broke. Refund to [iban] or mail [email]');
    expect(maskPacketText('Olá, meu nome é Ana Paula de Souza, a alça quebrou.\nObrigada, Ana')).toBe(
      'Olá, meu nome é [name], a alça quebrou.\nObrigada, [name]',
    );
    expect(maskPacketText('Dear Team, zipper broke.\nThanks,\nJohn Smith')).toBe('Dear [name], zipper broke.\nThanks,\n[name]');
    expect(maskPacketText('The zipper broke.\n— Carla')).toBe('The zipper broke.\n— [name]');
    expect(maskPacketText('the strap broke on day one, size M, order 12345')).toBe('the strap broke on day one, size M, order 12345');
  });

  it('masks names, IBANs and emails inside photo links and says the link was masked', () => {
    const cases: [string, string][] = [
      ['https://cdn.shop.example/uploads/maria.silva@example.com/strap.jpg', 'https://cdn.shop.example/uploads/[masked]/strap.jpg'],
      ['https://cdn.shop.example/u/Maria_Silva/broken.jpg', 'https://cdn.shop.example/u/[masked]/broken.jpg'],
      ['https://cdn.shop.example/refund-DE89370400440532013000.png', 'https://cdn.shop.example/[masked].png'],
      ['https://img.example/p.jpg?customer=Maria%20Silva&w=400', 'https://img.example/p.jpg?customer=[masked]&w=400'],
      [
        'https://img.example/p.jpg?name=maria&email=maria%40example.com&size=2',
        'https://img.example/p.jpg?name=[masked]&email=[masked]&size=2',
      ],
      ['https://ana:secret@img.example/p.jpg', 'https://img.example/p.jpg'],
    ];
    for (const [raw, want] of cases) expect(maskPacketUrl(raw), raw).toEqual({ url: want, masked: true });
    for (const keep of [
      'https://img.example/strap.jpg',
      'https://cdn.example/2026/11/IMG_0042.jpg?w=800&sig=ab12cd',
      'https://cdn.example/products/rose-gold-strap.webp',
    ]) {
      expect(maskPacketUrl(keep)).toEqual({ url: keep, masked: false });
    }
    expect(maskPacketUrl('not a url, write maria@example.com')).toEqual({ url: 'not a url, write [email]', masked: true });
  });
});
