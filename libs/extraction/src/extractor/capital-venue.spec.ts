import type { DraftEvent, PlaceLike, Resources } from '../assemble/assemble.types';
import { capitalVenues } from './capital-venue';
import { RuleExtractor } from './rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const consults = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'en', publishedAt: '2025-05-02T10:00:00Z' })
    .filter((e) => e.type === 'CONSULT');

describe('capital venues', () => {
  it('hosts a visit placed at a whole country in its capital when the article names the capital', () => {
    const [visit] = consults(
      'Obama held talks in Kenya on Friday, officials said. Protesters gathered in Nairobi on Saturday.',
    );
    expect(visit?.location?.name).toBe('Nairobi');
  });
  it('leaves the country when the capital is never named', () => {
    const [visit] = consults('Obama held talks in Kenya on Friday, officials said. He will travel to Ethiopia next.');
    expect(visit?.location?.name).toBe('Kenya');
  });
});

describe('capital venues named under another entry', () => {
  const place = (id: string, name: string, kind: PlaceLike['kind'], lat: number, lon: number): PlaceLike => ({
    id,
    name,
    nameAr: null,
    country: 'US',
    admin1: null,
    lat,
    lon,
    population: 0,
    kind,
    geonameId: null,
  });
  const us = place('country:US', 'United States', 'country', 39.8, -98.6);
  const resources = (named: PlaceLike[]): Resources => ({
    findPlaces: () => named.map((p) => ({ start: 0, end: 1, surface: p.name, place: p, confidence: 1 })),
    findActors: () => [],
  });
  const talks = () => ({ type: 'CONSULT', negated: false, place: us }) as unknown as DraftEvent;

  it('hosts talks placed at the United States in the curated Washington, D.C. the article names', () => {
    const d = talks();
    capitalVenues(
      [d],
      'واشنطن',
      'ar',
      resources([place('cur:washington-dc', 'Washington, D.C.', 'city', 38.9, -77.04)]),
    );
    expect(d.place?.name).toBe('Washington, D.C.');
  });
  it('leaves the country when the only city named lies far from the capital', () => {
    const d = talks();
    capitalVenues([d], 'نيويورك', 'ar', resources([place('nyc', 'New York', 'city', 40.71, -74.01)]));
    expect(d.place?.name).toBe('United States');
  });
});
