/**
 * What applies now: one answer per policy, derived from every version the record
 * holds (texts from the reports and the Manual's dated editions alike) and their
 * typed events. Every page, search record and export that states a policy's status
 * reads it from here, so no two of them can disagree.
 */
import type { Basis, Source } from '../schemas/common.ts';
import { datingEvents, type EnglishPolicyFrontmatter, type PolicyStatus } from '../schemas/policy.ts';
import { linkKind, type LinkKind } from './sources.ts';

export interface VersionRecord {
  id: string;
  data: EnglishPolicyFrontmatter;
}

/**
 * How a version's status is known: as typed (stated by a source, or inferred by the
 * editors), or worked out here from a later edition in force.
 */
export type StatusBasis = Basis | { basis: 'later-edition'; version: string; date: string | undefined };

export interface VersionStanding {
  id: string;
  version: string;
  /** Its status now: "superseded" once a later version is in force, whatever it was typed as. */
  status: PolicyStatus;
  basis: StatusBasis;
  /** Its own date (adoption, promulgation or issue, as typed); undefined where none is recorded. */
  date: string | undefined;
  /** For a version that was ever in force: when it took effect, where recorded. */
  from: string | undefined;
  /** For a version once in force and now replaced: when the next took effect, where recorded. */
  until: string | undefined;
  /** The date of the record that reports its adoption, where the adoption's own date is not recorded. */
  reportedOn: string | undefined;
  /** The sources of its own date (or of its entry into force): what the status is "as of". */
  dateSources: Source[];
  /** Whether its text is on this site. */
  hasText: boolean;
  /** Public copies of it that its sources list, for a reader when its text is not on this site. */
  copies: PublicCopy[];
  /** Dates of its technical reviews. */
  reviewed: string[];
  /** The date of the latest event recorded for it. */
  lastRecorded: string | undefined;
}

export interface PublicCopy {
  url: string;
  title: string;
  kind: LinkKind;
}

export interface Standing {
  /** The policy's status: that of the version that applies now. */
  status: PolicyStatus;
  basis: StatusBasis;
  /** The version that applies now: the newest in force, else the newest not replaced. */
  current: VersionStanding;
  /** The newest version the record holds. */
  latest: VersionStanding;
  /** The text the policy's page shows: the current one, else the newest text that applied, else the newest text. */
  shown: VersionStanding | undefined;
  /** Every version, newest first. */
  versions: VersionStanding[];
}

/** Whether a status is the editors' inference rather than a source's statement. */
export const isInferred = (basis: StatusBasis): boolean => basis.basis !== 'stated';

type PolicyEvent = EnglishPolicyFrontmatter['events'][number];

/** The event that gives a version its own date: its first adoption, promulgation or issue, never a mere mention or an event that only reports it. */
function datingEvent(data: EnglishPolicyFrontmatter): PolicyEvent | undefined {
  return data.events.filter((e) => e.type && datingEvents.includes(e.type) && !e.reported).sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** A version's own date (see datingEvent); undefined where none is recorded. */
export const ownDate = (data: EnglishPolicyFrontmatter): string | undefined => datingEvent(data)?.date;

const entryIntoForce = (data: EnglishPolicyFrontmatter) => data.events.find((e) => e.type === 'entered-into-force');

/** When a version took effect: the date it entered into force, else its own date. */
const effectiveFrom = (data: EnglishPolicyFrontmatter): string | undefined => entryIntoForce(data)?.date ?? ownDate(data);

/** Web pages among `sources`, as public copies, each page once (the first place it is cited wins). */
export function publicCopies(sources: readonly Source[]): PublicCopy[] {
  const seen = new Set<string>();
  return sources.flatMap((s) => ('url' in s && !seen.has(s.url) && seen.add(s.url) ? [{ url: s.url, title: s.title, kind: linkKind(s.url) }] : []));
}

/** Versions sort by their own date, else their first event, else their label. */
const sortKey = (data: EnglishPolicyFrontmatter) => ownDate(data) ?? data.events.map((e) => e.date).sort()[0] ?? '';

export function newestFirst(a: VersionRecord, b: VersionRecord): number {
  return sortKey(b.data).localeCompare(sortKey(a.data)) || b.data.version.localeCompare(a.data.version, 'en', { numeric: true });
}

/**
 * Derives the standing of a policy from its English versions. `hasText` says
 * whether a version's text is on this site.
 */
export function standingOf(versions: readonly VersionRecord[], hasText: (v: VersionRecord) => boolean): Standing {
  if (versions.length === 0) throw new Error('a policy has at least one English version');
  const sorted = [...versions].sort(newestFirst);
  // Versions typed in force, newest first: each older one applied until the next took effect.
  const inForce = sorted.filter((v) => v.data.status === 'in-force');
  const standings = sorted.map((v): VersionStanding => {
    const { data } = v;
    const next = inForce[inForce.indexOf(v) - 1];
    const wasInForce = data.status === 'in-force' || data.status === 'superseded';
    const adoption = data.events.find((e) => e.type && datingEvents.includes(e.type) && e.reported);
    const own = datingEvent(data)?.date;
    // What the status is "as of": the entry into force, else the dating event, else the report of an adoption.
    const dated = entryIntoForce(data) ?? datingEvent(data) ?? adoption;
    const base = {
      id: v.id,
      version: data.version,
      date: own,
      from: wasInForce ? effectiveFrom(data) : undefined,
      reportedOn: own ? undefined : adoption?.date,
      dateSources: dated?.sources ?? [],
      hasText: hasText(v),
      copies: publicCopies([...data.sources, ...data.events.flatMap((e) => e.sources)]),
      reviewed: data.events.filter((e) => e.type === 'reviewed').map((e) => e.date).sort(),
      lastRecorded: data.events.map((e) => e.endDate ?? e.date).sort().at(-1),
    };
    if (next) {
      const until = effectiveFrom(next.data);
      return { ...base, status: 'superseded', basis: { basis: 'later-edition', version: next.data.version, date: until }, until };
    }
    // A version typed superseded names its successor; where that is a version of this policy, its start is this one's end.
    const successor = data.supersededBy && !data.supersededBy.policy ? sorted.find((o) => o.data.version === data.supersededBy!.version) : undefined;
    return { ...base, status: data.status, basis: data.statusBasis, until: successor && effectiveFrom(successor.data) };
  });
  const current = standings.find((s) => s.status === 'in-force') ?? standings.find((s) => s.status !== 'superseded') ?? standings[0]!;
  const applied = (s: VersionStanding) => s.from !== undefined || s.reportedOn !== undefined || s.status === 'in-force' || s.status === 'superseded';
  const shown = current.hasText ? current : (standings.find((s) => s.hasText && applied(s)) ?? standings.find((s) => s.hasText));
  return { status: current.status, basis: current.basis, current, latest: standings[0]!, shown, versions: standings };
}
