import { describe, expect, it } from 'vitest';
import { analyzeExtracted } from '../lib/analyze';
import { detectLanguage, readsAsEnglish } from '../lib/language';
import type { Detection, Extracted } from '../lib/types';

// Own sentences in the style of policies, a few per language.
const GERMAN = 'Wir erheben und verarbeiten Ihre Daten nur, wenn Sie uns dies erlauben. Die Daten werden nicht an Dritte verkauft, und wir geben sie nur mit Ihrer Einwilligung weiter. Sie haben das Recht, Auskunft über die gespeicherten Daten zu verlangen und der Verarbeitung zu widersprechen. Für Fragen wenden Sie sich bitte an unseren Datenschutzbeauftragten, der Ihre Anfrage mit Sorgfalt und ohne Verzögerung bearbeiten wird. Wir speichern die Daten nicht länger als nötig und löschen sie, wenn der Zweck entfällt oder wenn Sie das verlangen.';
const FRENCH = 'Nous collectons vos données personnelles lorsque vous utilisez nos services. Les données sont conservées pour une durée limitée et nous ne les vendons pas. Vous pouvez demander la suppression de vos données à tout moment en nous écrivant. Nous partageons certaines informations avec des prestataires qui agissent pour notre compte, et ces prestataires sont tenus de protéger vos données. Les cookies publicitaires sont déposés avec votre accord et vous pouvez les refuser dans les paramètres.';
const ENGLISH = 'We collect the information you give us when you create an account, and we use it to provide the service. We do not sell your personal information. You can ask us to delete your data at any time, and we will answer within thirty days. We share some data with service providers that work for us, and they must protect it. This policy explains your choices and how to reach us with questions about the way we handle your data.';

describe('language', () => {
  it('tells English, German and French policies apart', () => {
    expect(detectLanguage(ENGLISH)?.code).toBe('en');
    expect(detectLanguage(GERMAN)).toEqual({ code: 'de', name: 'German' });
    expect(detectLanguage(FRENCH)?.name).toBe('French');
  });

  it('says nothing about a text too short to judge, which then counts as English', () => {
    expect(detectLanguage('Datenschutz')).toBeNull();
    expect(readsAsEnglish('Datenschutz')).toBe(true);
    expect(readsAsEnglish(GERMAN)).toBe(false);
  });

  it('gives a policy in another language a notice naming it, no findings and no grade', () => {
    const ex: Extracted = { title: 'Datenschutzerklärung', lang: 'de', text: `${GERMAN}\n\n${GERMAN}`, blocks: [], method: 'readability' } as unknown as Extracted;
    const detection: Detection = { isPolicy: true, confidence: 0.9, reasons: [] };
    const a = analyzeExtracted(ex, detection);
    expect(a.language).toEqual({ code: 'de', name: 'German' });
    expect(a.findings).toEqual([]);
    expect(a.score.grade).toBe('?');
    expect(a.score.score).toBeNull();
    expect(a.score.verdict).toBe('This policy is in German. PolicyLens reads English policies.');
  });
});
