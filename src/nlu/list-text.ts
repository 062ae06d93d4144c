import type { CatalogueIndex } from './catalogue-index';
import type { ListFilter } from './intents';

/** A list's filters said as a heading: "Overdue actions under priority 4 of the YOT plan, led by Kelly Cogger". */
export function describeFilter(filter: ListFilter, index: CatalogueIndex): string {
  if (filter.entity === 'plans') return 'Plans I hold';
  if (filter.indicatorIds) return filter.indicatorIds.map((id) => index.indicators.get(id)?.name ?? id).join('; ');
  const parts: string[] = [];
  const noun = filter.entity;
  const responded = filter.response ? `${capitalise(noun)} ${filter.response.replace(/-/g, ' ')}` : undefined;
  parts.push(responded ?? (filter.overdue ? `Overdue ${noun}` : filter.status ? `${capitalise(noun)} with status "${filter.status}"` : capitalise(noun)));
  if (filter.withoutTarget) {
    parts.push(filter.targetState ? `with a target still ${filter.targetState.replace(/-/g, ' ')}` : 'without an agreed target');
  }
  if (filter.due) parts.push(`due ${/^(by|before|after|from|in the next) /.test(filter.due.label) ? filter.due.label : `in ${filter.due.label}`}`);
  if (filter.topic?.length) parts.push(`mentioning ${filter.topic.join(', ')}`);
  if (filter.lead) parts.push(`led by ${filter.lead.label}`);
  if (filter.recommendationIds?.length) {
    // A set: "recs" alone chooses every recommendation, and a list's includes() made this quadratic (0.3 s at 50 times the data).
    const ids = new Set(filter.recommendationIds);
    const chosen = index.data.recommendations.filter((r) => ids.has(r.id));
    const bodies = [...new Set(chosen.map((r) => r.body))];
    if (filter.entity === 'recommendations') parts.push(`of the ${bodies.join(' and the ')}`);
    else parts.push(`answering ${bodies.join(' or ')} recommendation ${[...new Set(chosen.map((r) => r.number))].join(', ')}`);
  }
  if (filter.planIds && filter.planIds.length > 1) parts.push(`in the ${filter.planIds.map((id) => index.plans.get(id)?.name ?? id).join(' and the ')}`);
  const plan = filter.planId ? index.plans.get(filter.planId) : undefined;
  if (filter.priority) {
    const title = plan?.priorities.find((p) => p.number.toLowerCase() === filter.priority)?.title;
    parts.push(`under priority ${filter.priority.toUpperCase()}${title ? ` (${title})` : ''}`);
  }
  if (plan) parts.push(`${filter.priority ? 'of' : 'in'} the ${plan.name}`);
  if (filter.area) parts.push(`in ${filter.area}`);
  return parts.join(' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
