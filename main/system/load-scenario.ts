import { readFile } from 'node:fs/promises';
import { scenarioSchema, type Scenario } from '@shared/contracts/scenario';

export class ScenarioError extends Error {}

/** Reads and validates a scenario file; every problem becomes one plain sentence. */
export async function loadScenario(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ScenarioError(`cannot read the scenario file ${path}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ScenarioError(`the scenario file ${path} is not valid JSON`);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(`the scenario file ${path} is not a safeswitch-scenario/1 file (${issue?.path.join('.') || 'root'}: ${issue?.message})`);
  }
  return parsed.data;
}
