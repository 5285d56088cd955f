import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';

const labels = (text: string, heading = '') =>
  classifySentence(text, heading)
    .map((f) => f.label)
    .filter((l) => l.startsWith('user-rights:'))
    .sort();

describe('user-rights', () => {
  it('reads the service refusing copies as a risk', () => {
    expect(labels('We are unable to provide you with a copy of the information we store.')).toEqual(['user-rights:risk']);
    expect(labels('There is no way to obtain a copy of your data.')).toEqual(['user-rights:risk']);
  });

  it('reads a refusal to let users delete as a risk, not a protection', () => {
    expect(labels('We do not allow members to delete their profiles.')).toEqual(['user-rights:risk']);
  });

  it('reads account closure that erases the data as a protection', () => {
    expect(labels('If you close your account, your data is erased from our servers.')).toEqual(['user-rights:protection']);
    expect(labels('If you close your account, your data is erased, but we still keep invoices.')).toEqual([]);
  });

  it('reads a request promise under a rights heading', () => {
    expect(labels('Write to us and we will erase it.', 'Deleting your information')).toEqual(['user-rights:protection']);
    expect(labels('Write to us and we will erase it.', 'Contact')).toEqual([]);
  });

  it('reads parents acting for their child', () => {
    expect(labels('Parents can access and delete their child\'s information at any time.')).toEqual(['user-rights:protection']);
  });
});
