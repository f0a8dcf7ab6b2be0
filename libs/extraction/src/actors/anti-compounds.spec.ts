// The name inside an English "anti-" compound is what the protest or the fighters oppose, not a party to the event.
import { findActors } from './find-actors';

const ids = (text: string) => findActors(text, { language: 'en' }).map((m) => m.actor.id);

describe('names inside "anti-" compounds', () => {
  it('are not mentions of the opposed actor', () => {
    const kenya = ids('Kenyan police fired tear gas as anti-government demonstrations turned violent.');
    expect(kenya).toContain('police:KE');
    expect(kenya).not.toContain('gov:KE');
    expect(ids('Anti-Houthi fighters advanced on the port.')).not.toContain('group:houthis');
  });
  it('leave the plain names alone', () => {
    expect(ids('The Kenyan government banned the march.')).toContain('gov:KE');
    expect(ids('Houthi fighters advanced on the port.')).toContain('group:houthis');
  });
});
