// Arabic: a happening its sentence places only in a whole country took place at the one place of that country the
// article names; with two such places named, or with the country only a fallback, the country stays.
import { assembleEvents } from '../assemble-events';
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';

const firstPlaces = (text: string, type = 'ASSAULT') =>
  assembleEvents({ text, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' }, DEFAULT_RESOURCES)
    .filter((d) => d.type === type && d.sentence === 0)
    .map((d) => d.place?.name ?? null)
    .filter((name, k, all) => all.indexOf(name) === k);

describe('the sole place of a country', () => {
  it('a raid placed in a country happened at the one town of it named later', () => {
    const text =
      'قال الجيش إن قياديا في الجماعة قتل في غارة جوية في أفغانستان الأسبوع الماضي. وأضاف البيان أن الطائرة أقلعت فجرا وأن الضربة وقعت قرب قندهار.';
    expect(firstPlaces(text)).toEqual(['Kandahar']);
  });

  it('two places of the country named: which one is unknown, the country stays', () => {
    const text =
      'قال الجيش إن قياديا في الجماعة قتل في غارة جوية في أفغانستان الأسبوع الماضي. وكان القيادي قد تنقل بين قندهار وهرات خلال العام.';
    expect(firstPlaces(text)).toEqual(['Afghanistan']);
  });

  it('a place of another country does not sharpen the country', () => {
    const text =
      'قال الجيش إن قياديا في الجماعة قتل في غارة جوية في أفغانستان الأسبوع الماضي. وكان القيادي قد أقام في بيشاور قبل عامين.';
    expect(firstPlaces(text)).toEqual(['Afghanistan']);
  });

  it('a place that only describes a person (a governor’s province, an envoy’s post) does not sharpen the country', () => {
    const governor =
      'قتل عضوان من قوات الامن في هجوم لحركة طالبان في أفغانستان أمس. وقال جول محمد بيدار نائب حاكم إقليم باداخشان إن الحركة تتقدم.';
    expect(firstPlaces(governor)).toEqual(['Afghanistan']);
    // The post does not count as a second place either: the one scene named still sharpens the country.
    const both =
      'قتل عضوان من قوات الامن في هجوم لحركة طالبان في أفغانستان أمس. وقال نائب حاكم إقليم باداخشان إن الهجوم وقع قرب قندهار.';
    expect(firstPlaces(both)).toEqual(['Kandahar']);
  });
});
