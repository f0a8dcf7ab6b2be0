// One sense rule per phrase and type: a second rule for the same word form used to replace the first silently, so
// one of them never ran. compileSenses refuses the pair; the shipped Arabic and English lists compile.
import { triggerIndex } from './lexicon';
import { compileSenses, senseKey, type SenseRule } from './trigger-senses';

describe('sense rule conflicts', () => {
  it('refuses two rules for one phrase of one type, also when the phrases only fold alike', () => {
    const visit: SenseRule = { type: 'CONSULT', phrases: ['زيارة'], objectNot: ['المرضى'] };
    expect(() => compileSenses([visit, { type: 'CONSULT', phrases: ['زيارة'], needs: ['الرئيس'] }])).toThrow(
      /two sense rules for CONSULT:/,
    );
    expect(() => compileSenses([visit, { type: 'CONSULT', phrases: ['زيارةٌ'], needs: ['الرئيس'] }])).toThrow();
  });
  it('keeps one rule for spellings that fold alike inside it, and the same phrase under two types', () => {
    const rules: SenseRule[] = [
      { type: 'ACCUSE', phrases: ['أن ~~~ نفذه', 'إن ~~~ نفذه'], openerNeeds: ['الهجوم'] },
      { type: 'REJECT', phrases: ['أن ~~~ نفذه'], needs: ['نفى'] },
    ];
    const senses = compileSenses(rules);
    expect(senses.get(senseKey('ACCUSE', 'إن ~~~ نفذه'))?.openerNeeds.has('الهجوم')).toBe(true);
    expect(senses.get(senseKey('REJECT', 'أن ~~~ نفذه'))?.needs.size).toBe(1);
  });
  it('compiles the Arabic and English lexicons without a conflict', () => {
    expect(triggerIndex('ar')).not.toBeNull();
    expect(triggerIndex('en')).not.toBeNull();
  });
});
