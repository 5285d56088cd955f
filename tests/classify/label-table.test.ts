import { describe, expect, it } from 'vitest';
import { LABEL_TABLE, rowMatches } from '../../lib/classify/label-table';
import { ROW_EXAMPLES } from '../../lib/classify/label-table-examples';
import { readSentence } from '../../lib/practice/analyse';
import { NO_CONTEXT } from '../../lib/practice/context';

// Every row of the label table reads its positive example and not its look-alike.
const reads = (rowId: string, text: string): boolean => {
  const row = LABEL_TABLE.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row ${rowId}`);
  return readSentence(text, 0, text.length, NO_CONTEXT).practices.some((p) => rowMatches(row, p));
};

describe('label table', () => {
  it('has unique row ids, each with a positive and a negative example', () => {
    const ids = LABEL_TABLE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(ROW_EXAMPLES).sort()).toEqual([...ids].sort());
  });
  for (const row of LABEL_TABLE) {
    const ex = ROW_EXAMPLES[row.id];
    it(`${row.id} (${row.label}) reads "${ex?.yes}" and not "${ex?.no}"`, () => {
      expect(ex).toBeDefined();
      if (!ex) return;
      expect(reads(row.id, ex.yes), ex.yes).toBe(true);
      expect(reads(row.id, ex.no), ex.no).toBe(false);
    });
  }
});
