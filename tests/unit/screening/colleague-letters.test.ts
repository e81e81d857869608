import { beforeEach, describe, expect, it } from 'vitest';
import { testLexicon } from '../blinding/test-lexicon';
import { pipelineFor } from './pipeline-in-jsdom';

// Invented people and firms. The screen is the kind held-out set GG showed us: a profile whose
// timeline holds a recruiter's letter, signed with her role, that greets the applicant by a given
// name that is also an ordinary word ("Noor", a Norwegian).
const lexicon = testLexicon({
  given: ['noor', 'lotte', 'erik'],
  family: ['hof', 'brouwer', 'visser'],
  common: ['noor', 'visser'],
});

async function masked(body: string): Promise<string> {
  document.body.innerHTML = body;
  const pipeline = pipelineFor(document, lexicon, { awaitsNumbers: () => false });
  await pipeline.firstPass(
    Promise.resolve(),
    async () => true,
    () => undefined,
  );
  return document.body.textContent ?? '';
}

const profile = (letter: string) => `<main><nav>Vacatures › Servicemonteur warmtepompen › Kandidaat</nav><section class="profile">
  <h1 data-testid="candidate-name">Noor van 't Hof</h1><p>Servicemonteur warmtepompen</p>
  <dl><dt>E-mail</dt><dd>noor.hof@example.com</dd><dt>Telefoon</dt><dd>06 12 34 56 78</dd><dt>Woonplaats</dt><dd>Deventer</dd></dl>
  <h2>Tijdlijn</h2>
  <ul><li><span class="who">Erik Visser</span> beoordeelde Noor van 't Hof</li>
    <li><span class="who">Lotte Brouwer</span> stuurde een e-mail
      <div class="mail">${letter}</div></li></ul></section></main>`;

describe('a letter a colleague signed with her role', () => {
  beforeEach(() => document.body.replaceChildren());

  it('hides the applicant it greets and keeps the signer and the employer’s office', async () => {
    const text = await masked(
      profile(
        'Beste Noor,<br>Dank voor je sollicitatie. We nodigen je uit op ons kantoor aan de Marsweg 12 in Zwolle, 038 421 77 00.<br>Met vriendelijke groet,<br>Lotte Brouwer<br>Recruiter',
      ),
    );
    expect(text).not.toMatch(/Noor|Hof/u);
    expect(text).toContain('Beste Kandidaat');
    expect(text).toContain('Lotte Brouwer');
    expect(text).toContain('Marsweg 12 in Zwolle, 038 421 77 00');
    expect(text).toContain('Erik Visser');
  });

  it('keeps a colleague it greets, and the ordinary word', async () => {
    const text = await masked(
      profile('Beste Erik,<br>De Noor die gisteren belde wacht nog op je.<br>Met vriendelijke groet,<br>Lotte Brouwer<br>Recruiter'),
    );
    expect(text).toContain('Beste Erik,');
    expect(text).toContain('De Noor die gisteren belde');
  });
});
