import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * Every rule axe has, the experimental ones included (they are off by
 * default, and a rule named outright runs whatever its default).
 */
const ALL_RULES = axe.getRules().map((rule) => rule.ruleId);

/** What axe finds on the page as it is, with all its rules: "label rule: targets". */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  return results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
