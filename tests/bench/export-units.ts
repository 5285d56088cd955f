// Writes the units (sentences) of one page as JSON lines {"id","heading","text"}, the input format of
// ../shared/eval/ANNOTATE.md, so helpers can label more development policies:
//   npx tsx tests/bench/export-units.ts <page.html> <id-prefix>
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../lib/cli/parse-html';
import { extract } from '../../lib/extract';
import { segment } from '../../lib/segment';

const [file, prefix = 'doc'] = process.argv.slice(2);
if (!file) throw new Error('usage: export-units.ts <page.html> <id-prefix>');
const sentences = segment(extract(parseHtml(readFileSync(file, 'utf8'), '')));
sentences.forEach((s, i) => {
  const id = `${prefix}-u${String(i + 1).padStart(3, '0')}`;
  process.stdout.write(`${JSON.stringify({ id, heading: s.heading, text: s.text })}\n`);
});
