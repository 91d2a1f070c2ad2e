// A house rule in words ("5 a week, phase 1, NA meetings"), from the catalog's
// `houses-rule-…` messages, put together as the core's houses::rule_words does for
// printed reports: the rule travels as data, each reader words it in their language.
import type { RuleInput } from './bindings';
import { i18n, t } from './i18n.svelte';

const lists = new Map<string, Intl.ListFormat>();

export function ruleText(r: RuleInput): string {
  const parts = [r.kind === 'per_week' ? t('houses-rule-per_week', { count: r.count }) : t('houses-rule-in_first_days', { count: r.count, days: r.days ?? 0 })];
  if (r.phase) parts.push(t('houses-rule-phase', { phase: r.phase }));
  if (r.counts.length) parts.push(t('houses-rule-counts', { fellowships: r.counts.map((f) => f.toUpperCase()).join('/') }));
  let f = lists.get(i18n.tag);
  if (!f) {
    f = new Intl.ListFormat(i18n.tag, { type: 'unit', style: 'short' });
    lists.set(i18n.tag, f);
  }
  return f.format(parts);
}
