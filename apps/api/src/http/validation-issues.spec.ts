import type { ValidationError } from 'class-validator';
import { validationIssues } from './validation-issues';

describe('validationIssues', () => {
  it('gives one issue per failed constraint, with dotted paths for nested properties', () => {
    const errors = [
      { property: 'url', constraints: { isUrl: 'url must be a URL address' }, children: [] },
      {
        property: 'near',
        children: [{ property: 'lat', constraints: { max: 'lat must not be greater than 90', isNumber: 'nan' } }],
      },
    ] as ValidationError[];
    expect(validationIssues(errors)).toEqual([
      { path: 'url', message: 'url must be a URL address' },
      { path: 'near.lat', message: 'lat must not be greater than 90' },
      { path: 'near.lat', message: 'nan' },
    ]);
  });
});
