/**
 * A risk matrix (likelihood × impact), shown with <Matrix id="risk-matrix" /> in
 * the generated guides, so that the matrices collection and its component are
 * exercised too.
 */
import { GENERATED, type GeneratedFile } from './files.ts';
import type { Plan } from './plan.ts';
import { toYaml } from './yaml.ts';

export const MATRIX_ID = 'risk-matrix';

const LEVELS: [number, string][] = [[3, 'Low'], [8, 'Medium'], [14, 'High'], [25, 'Very High']];
const level = (n: number) => LEVELS.find(([max]) => n <= max)![1];

export function matrixFiles(plan: Plan): GeneratedFile[] {
  const report = plan.sessions[0]!.report;
  const columns = ['Negligible', 'Minor', 'Moderate', 'Severe', 'Critical'].map((label, i) => ({ label, value: i + 1 }));
  const rows = ['Very Unlikely', 'Unlikely', 'Moderately Likely', 'Likely', 'Very Likely'].map((label, i) => ({
    label,
    value: i + 1,
    cells: columns.map((c) => `${level(c.value * (i + 1))} (${c.value * (i + 1)})`),
  }));
  const record = { title: 'Risk Matrix', rowAxis: 'Likelihood', columnAxis: 'Impact', columns, rows, classification: 'public', sources: [{ document: report, annex: 'D' }] };
  return [{ path: `matrices/${MATRIX_ID}.yaml`, text: toYaml(record, GENERATED) }];
}
