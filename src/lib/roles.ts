/** The Framework for Accountability's annex, assembled from role records in the printed order. */
import type { RoleRecord, RoleVersion } from '../schemas/role.ts';

/** The policy whose annex the role records make up. */
export const FRAMEWORK_POLICY = 'framework-for-accountability';

export interface RoleEntry {
  id: string;
  data: RoleRecord;
}

export interface AnnexActor {
  id: string;
  role: RoleRecord;
  version: RoleVersion & { annex: NonNullable<RoleVersion['annex']> };
  /** Groups printed under this actor's heading, in printed order. */
  children: AnnexActor[];
}

function inAnnex(entry: RoleEntry, framework: string): AnnexActor | undefined {
  const version = entry.data.versions.find((v) => v.framework === framework);
  if (!version?.annex) return undefined;
  return { id: entry.id, role: entry.data, version: { ...version, annex: version.annex }, children: [] };
}

/** Printed order of groups under one heading: by their first printed number. */
const firstNumber = (a: AnnexActor) => Number.parseInt(a.version.responsibilities[0]?.marker ?? '', 10) || 0;

export function annexActors(roles: RoleEntry[], framework: string): AnnexActor[] {
  const actors = roles.map((r) => inAnnex(r, framework)).filter((a): a is AnnexActor => a !== undefined);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const top: AnnexActor[] = [];
  for (const actor of actors) {
    const parent = actor.role.parent ? byId.get(actor.role.parent) : undefined;
    if (parent) parent.children.push(actor);
    else top.push(actor);
  }
  for (const actor of actors) actor.children.sort((a, b) => firstNumber(a) - firstNumber(b));
  return top.sort((a, b) => a.version.annex.letter.localeCompare(b.version.annex.letter));
}

/** Anchor of an actor's heading in the annex: "annex-f". */
export const actorAnchor = (letter: string) => `annex-${letter.toLowerCase()}`;

/** Anchor of a responsibility in the annex: "annex-f-21"; "annex-a-text" for an unnumbered statement. */
export function responsibilityAnchor(letter: string, marker: string | undefined): string {
  const number = marker?.replace(/[^0-9a-z]/gi, '').toLowerCase();
  return `${actorAnchor(letter)}-${number || 'text'}`;
}
