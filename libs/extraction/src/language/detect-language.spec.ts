import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['قصفت الطائرات الحربية مدينة حلب في شمال سوريا، وقال المرصد إن خمسة قتلوا.', 'ar'],
    ['Syrian warplanes struck the city of Aleppo on Monday, and the monitor said that five were killed.', 'en'],
    ['هواپیماهای جنگی روسیه شهر حلب را بمباران کردند و این حمله است که پنج نفر کشته شد.', 'fa'],
    ['پاکستان کی فوج نے کہا ہے کہ حملے میں پانچ افراد ہلاک ہو گئے ہیں۔', 'ur'],
    ['Les avions de la coalition ont bombardé la ville et les habitants sont partis pour le sud.', 'fr'],
    ['Los aviones de la coalición bombardearon la ciudad y los habitantes se fueron por el sur.', 'es'],
    ['Die Armee hat die Stadt mit der Luftwaffe angegriffen und ist nicht in den Süden gezogen.', 'de'],
    ['Ordu bu sabah şehre bir saldırı düzenledi ve daha çok asker için yardım istedi.', 'tr'],
  ])('tags %s as %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
  it('reads a short Latin headline without stop words as English, a long one as unknown', () => {
    expect(detectLanguage('Gunmen killed three people near Kirkuk.').language).toBe('en');
    expect(
      detectLanguage(
        'Wakazi wengi walikimbia makazi yao baada mapigano makali kati wanamgambo jeshi karibu mpaka mashariki siku tatu mfululizo wiki hii',
      ).language,
    ).toBe('und');
  });
  it('returns und for text without letters', () => {
    expect(detectLanguage('12 34 -- !!').language).toBe('und');
  });
});
