import { describe, expect, it } from 'vitest';
import { checkIncentiveWording } from './check-incentive-wording.js';

const codes = (text: string) => checkIncentiveWording(text).map((f) => f.code);
const covered = (text: string, words: string) =>
  checkIncentiveWording(text).some((f) => f.start <= text.indexOf(words) && text.indexOf(words) + words.length <= f.end);

describe('checkIncentiveWording', () => {
  it('flags a reward conditioned on a 5-star review, with a span over both halves', () => {
    const text = 'Leave a 5-star review and get 10% off your next order.';
    expect(codes(text)).toEqual(['sentiment_conditioned_incentive']);
    expect(covered(text, '5-star review and get 10%')).toBe(true);
  });

  it('flags a reward for happy customers only', () => {
    expect(codes('If you loved your mug, review it and we will send a free gift!')).toEqual(['sentiment_conditioned_incentive']);
    expect(codes('Avaliação positiva ganha cupom de 15% na próxima compra.')).toEqual(['sentiment_conditioned_incentive']);
  });

  it('flags an incentive that does not say it is for any honest review', () => {
    const text = 'Tell us what you think and get a $5 voucher.';
    expect(codes(text)).toEqual(['undisclosed_incentive']);
    expect(covered(text, '$5')).toBe(true);
  });

  it('passes an incentive offered for any honest review', () => {
    expect(codes('Share your honest review, positive or negative, and get 10% off your next order.')).toEqual([]);
    expect(codes('Every review, good or bad, enters you into our monthly prize draw.')).toEqual([]);
    expect(codes('Deixe sua avaliação honesta, positiva ou negativa, e ganhe um cupom de 10%.')).toEqual([]);
  });

  it('flags an ask aimed only at satisfied customers even without a reward', () => {
    expect(codes('If you are happy with your order, please leave us a review!')).toEqual(['sentiment_gated_ask']);
    expect(codes('Please leave us a 5-star review!')).toEqual(['sentiment_gated_ask']);
  });

  it('passes a plain, neutral ask', () => {
    expect(codes('How is your new lamp working out? We would value your review, whatever you think.')).toEqual([]);
    expect(codes('Your order arrived last week. Tell us how it went in a review.')).toEqual([]);
  });
});
