/**
 * The session records against the reports: every decision text and sub-item word
 * for word, and, per session, no decision of the report's formal recommendations
 * missing (paragraphs left out on purpose are listed here with the reason, so a
 * reader can check each call); the session's front matter (venue, host, chair,
 * co-chairs, secretary, attendance, HLCM session) found where it cites; and the
 * 2016 report's annexed summary of recommendations and working groups, verbatim.
 */
import { expect, it } from 'vitest';
import { readRecords } from '../helpers/records.ts';
import { describeWithSeeds, plain, readSeed, SEED_OF_DOCUMENT } from '../helpers/seeds.ts';

const sessions = new Map(readRecords('sessions').map((s) => [s.id, s.data]));

/** Where each report's body ends: its annexes are not decisions. */
const bodyEnd: Record<string, RegExp> = {
  '2007-10-turin': /^ANNEX A/m,
  '2008-02-washington': /^ANNEX A/m,
  '2009-08-london': /^\s*Annex A\s*$/m,
  '2010-06-vienna': /^\s*Annex B\b/m,
  '2016-02-new-york': /^\s*(?:\*\*)?Annex A\b/m,
};

/** The report's body: from its paragraph 1 to its first annex. */
function bodyOf(session: string): string {
  const seed = readSeed(SEED_OF_DOCUMENT[sessions.get(session)!.report]!);
  const rest = seed.slice(seed.search(/^\s*(?:-\s*)?(?:\*\*)?1\.\s/m));
  const end = rest.search(bodyEnd[session]!);
  return rest.slice(0, end < 0 ? undefined : end);
}

/** The report body's numbered paragraphs, in order (a number counts only as the next one). */
function paragraphs(session: string): Map<string, string> {
  const found = new Map<string, string>();
  let current = '';
  for (const line of bodyOf(session).split('\n')) {
    const m = /^\s*(?:-\s*)?(?:\*\*)?(\d{1,3})\.\s+(.*)$/.exec(line);
    if (m && Number(m[1]) === found.size + 1) {
      current = m[1]!;
      found.set(current, m[2]!);
    } else if (current) found.set(current, `${found.get(current)} \n${line}`);
  }
  return found;
}

/** Paragraphs of sections where every paragraph is a decision, and those left out with the reason. */
const wholeSections: Record<string, Record<string, string>> = {
  '2007-10-turin': {
    '1': 'introduction: place, participants, thanks',
    '3': '"considered" only, no decision',
    '17': '"recalls" a standing rule, no decision',
    '20': '"recalls" only',
    '35': '"is of the view", no decision verb',
  },
  '2008-02-washington': {
    '1': 'introduction; "welcomed the presence" of a guest is a courtesy',
    '2': 'background: the Policy Committee’s request',
    '3': 'background: the Policy Committee’s request',
    '5': 'background: earlier recommendations not implemented',
    '6': 'background',
    '7': 'background',
    '25': '"wishes to point out", "believes": views, not decisions',
    '28': 'introduces the section "Other issues"',
  },
  '2009-08-london': {
    '1': 'introduction: place and thanks',
    '22': 'summary of an informal discussion with the Chair',
  },
};

/** Numbered paragraphs printed under a "Recommendations:" line, up to the next heading. */
function recommendationBlocks(session: string): string[] {
  const numbers: string[] = [];
  let inBlock = false;
  let last = 0;
  for (const line of bodyOf(session).split('\n')) {
    const m = /^\s*(?:-\s*)?(?:\*\*)?(\d{1,3})\.\s/.exec(line);
    // A paragraph starts only with the next number; "2. Saving Lives Together" is a sub-heading.
    const paragraph = m && Number(m[1]) === last + 1 ? m[1]! : undefined;
    if (paragraph) last = Number(paragraph);
    if (/^\s*(?:\*\*)?Recommendations?:?(?:\*\*)?\s*$/i.test(line)) inBlock = true;
    else if (/^\s*(?:#+\s*)?(?:\*\*)?[A-Z]{1,2}\.\s+\S|^\s*(?:Presentation|Discussion):/.test(line) || (m && !paragraph)) inBlock = false;
    else if (inBlock && paragraph) numbers.push(paragraph);
  }
  return numbers;
}

describeWithSeeds('decisions: transcription fidelity', () => {
  for (const [id, record] of sessions) {
    it(`${id}: every decision is its paragraph word for word, under the heading printed above it`, () => {
      const body = paragraphs(id);
      const wrong = record.decisions.filter((d) => {
        const printed = plain(body.get(d.paragraph) ?? '');
        return ![d.text, ...d.items.map((i) => i.text)].every((t) => printed.includes(plain(t)));
      });
      expect(wrong.map((d) => d.paragraph)).toEqual([]);
      const seed = plain(readSeed(SEED_OF_DOCUMENT[record.report]!)).toUpperCase();
      expect(record.decisions.filter((d) => !seed.includes(plain(d.heading).toUpperCase())).map((d) => d.heading)).toEqual([]);
      expect(record.decisions.length).toBeGreaterThan(15);
    });
  }

  for (const [id, excluded] of Object.entries(wholeSections)) {
    it(`${id}: every paragraph of the report is a recorded decision or left out for a stated reason`, () => {
      const recorded = new Set(sessions.get(id)!.decisions.map((d) => d.paragraph));
      const unaccounted = [...paragraphs(id).keys()].filter((n) => !recorded.has(n) && !(n in excluded));
      expect(unaccounted).toEqual([]);
      expect([...recorded].filter((n) => n in excluded)).toEqual([]);
    });
  }

  for (const id of ['2010-06-vienna', '2016-02-new-york']) {
    it(`${id}: every paragraph of every "Recommendations:" block is a recorded decision`, () => {
      const record = sessions.get(id)!;
      const recorded = new Set(record.decisions.map((d) => d.paragraph));
      const inBlocks = recommendationBlocks(id);
      expect(inBlocks.length).toBeGreaterThan(25);
      expect(inBlocks.filter((n) => !recorded.has(n))).toEqual([]);
    });
  }

  for (const [id, record] of sessions) {
    it(`${id}: the session's front matter is printed where it cites, word for word`, () => {
      const body = paragraphs(id);
      const seed = plain(readSeed(SEED_OF_DOCUMENT[record.report]!));
      const printed = [
        record.venue,
        record.host,
        record.chair && { text: record.chair.name, source: record.chair.source },
        ...record.coChairs.map((p) => ({ text: p.name, source: p.source })),
        record.secretary && { text: record.secretary.name, source: record.secretary.source },
        record.attendance,
        record.hlcmSession,
      ].filter((f) => f !== undefined);
      expect(printed.length).toBeGreaterThan(1);
      // Spacing aside: the conversion glues some lines of the cover page ("(HLCM)**Fifteenth Session").
      const words = (text: string) => plain(text).replace(/\s+/g, '');
      const missing = printed.filter(({ text, source }) => {
        // A paragraph's words are looked for in that paragraph; an annex's or a cover page's anywhere in the report.
        const where = source.paragraph && !source.annex ? plain(body.get(source.paragraph) ?? '') : seed;
        return source.document !== record.report || !words(where).includes(words(text));
      });
      expect(missing.map((f) => f.text)).toEqual([]);
      if (record.hlcmSession?.agendaItem) expect(seed).toContain(plain(record.hlcmSession.agendaItem));
      if (record.attendance?.participants) expect(plain(record.attendance.text)).toContain(String(record.attendance.participants));
      if (record.attendance?.organizations) expect(plain(record.attendance.text)).toContain(String(record.attendance.organizations));
    });
  }

  /** The 2016 report from the end of its Annex B list to its Annex D table: the annexed summary of recommendations. */
  const annexC = () => {
    const seed = readSeed(SEED_OF_DOCUMENT['iasmn-23-final-report']!);
    // The last occurrences: the first are in the table of contents.
    return plain(seed.slice(seed.lastIndexOf('\nAnnex B: List of Participants'), seed.lastIndexOf('\nAnnex D: New IASMN Working Groups')));
  };

  it('2016-02-new-york: the annexed summary of recommendations is on the site, 46 items in order, each word for word', () => {
    const { recommendations } = sessions.get('2016-02-new-york')!;
    expect(recommendations.map((r) => r.item)).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)));
    const annex = annexC();
    let from = 0;
    for (const r of recommendations) {
      const at = annex.indexOf(`${r.item}. ${plain(r.text)}`, from);
      expect(at, `item ${r.item}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('2016-02-new-york: the working groups of Annex D are recorded, with chairs and organizations as printed', () => {
    const seed = readSeed(SEED_OF_DOCUMENT['iasmn-23-final-report']!);
    const annexD = plain(seed.slice(seed.lastIndexOf('\nAnnex D: New IASMN Working Groups')));
    const groups = sessions.get('2016-02-new-york')!.workingGroups;
    // Every group the annex prints: each "Working Group on …" line of its table.
    const printed = [...seed.slice(seed.lastIndexOf('\nAnnex D: New IASMN Working Groups')).matchAll(/^(Working Group on [^\t]+)\t/gm)].map((m) => m[1]);
    expect(groups.map((g) => g.name)).toEqual(printed);
    for (const g of groups) {
      expect(annexD, g.name).toContain(plain(g.name));
      for (const name of [g.chair, g.coChair, ...g.organizations].filter((n) => n !== undefined)) expect(annexD, `${g.name}: ${name}`).toContain(plain(name));
      // Contact details are not republished.
      expect(JSON.stringify(g)).not.toMatch(/@/);
    }
  });

  it('2016-02-new-york: the 46 items of the summary of recommendations map one to one to body decisions', () => {
    const items = sessions.get('2016-02-new-york')!.decisions.flatMap((d) => (d.summaryItem ? [Number(d.summaryItem)] : [])).sort((a, b) => a - b);
    expect(items).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
  });
});
