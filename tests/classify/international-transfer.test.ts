import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '') =>
  classifySentence(text, heading)
    .map((f) => f.label)
    .filter((l) => l.startsWith('international-transfer:'))
    .sort();

describe('international-transfer', () => {
  it('reads data kept at home as a protection', () => {
    expect(labels('Your records stay within the European Economic Area.')).toEqual(['international-transfer:protection']);
    expect(labels('We do not move personal data out of the UK.')).toEqual(['international-transfer:protection']);
  });

  it('reads a conditional transfer with its safeguard as a protection only', () => {
    expect(labels('If we send data abroad, we rely on standard contractual clauses.')).toEqual([
      'international-transfer:protection',
    ]);
  });

  it('keeps a stated storage abroad as a risk beside its safeguard', () => {
    expect(labels('All files are hosted on servers in the United States under the EU-U.S. Data Privacy Framework.')).toEqual([
      'international-transfer:protection',
      'international-transfer:risk',
    ]);
  });

  it('does not read a missing safeguard as a safeguard', () => {
    expect(labels('Data may go to countries without an adequate level of protection.')).toEqual(['international-transfer:risk']);
  });

  it('reads a safeguard named under a transfers heading', () => {
    expect(labels('We use the model clauses approved by the Commission.', 'Transfers of personal data')).toEqual([
      'international-transfer:protection',
    ]);
  });
});
