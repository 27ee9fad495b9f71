import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from '../../../tools/test-page';

/** One axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing node: its selector path (through shadow roots) and axe's summary of why. */
  nodes: { target: string; summary: string }[];
}

export interface AxeResult {
  violations: AxeViolation[];
  /** Rules that ran and found nothing wrong (so a run that checked nothing can be told apart). */
  passes: string[];
  /** Rules axe could not decide (e.g. contrast over an image); listed, not failed. */
  incomplete: string[];
}

/**
 * What axe audits. A selector path (outer document first, then into shadow roots) limits the
 * audit to our own UI, e.g. the popover's host: the page around it is not ours to judge.
 */
export type AxeContext = { include: string[][] } | 'document';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Injects axe-core into the page's main world (once per document) and runs it with its default
 * rules (WCAG 2.x A and AA, and best practices). Our UI's shadow root is open, so axe walks into it.
 */
export async function runAxe(page: TestPage, context: AxeContext): Promise<AxeResult> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.puppeteer.evaluate(axeSource);
  return page.evaluate(async (wanted: AxeContext) => {
    type Node = { target: unknown; failureSummary?: string };
    type Rule = { id: string; impact?: string | null; help: string; nodes: Node[] };
    type Results = { violations: Rule[]; passes: Rule[]; incomplete: Rule[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Results> } }).axe;
    const results = await axe.run(wanted === 'document' ? document : wanted);
    return {
      violations: results.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? null,
        help: rule.help,
        nodes: rule.nodes.map((node) => ({
          target: JSON.stringify(node.target),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      })),
      passes: results.passes.map((rule) => rule.id),
      incomplete: results.incomplete.map((rule) => rule.id),
    };
  }, context);
}

/** Violations as readable lines: id, impact, help, then each target and why. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
        ...violation.nodes.map((node) => `    ${node.target} — ${node.summary}`),
      ].join('\n'),
    )
    .join('\n');
}
