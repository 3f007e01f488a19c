// A filter in words, for every caption and export: what the figures count.
import type { InsightFilterValue } from './schemas.js';

export function insightFilterText(filter: InsightFilterValue, names: { rubric: string | null; school: string; dimension: string }): string {
  const parts = [
    names.rubric ?? 'No rubric',
    names.school || 'all schools',
    filter.grade ? `grade ${filter.grade}` : '',
    filter.subject,
    names.dimension || 'every dimension',
    filter.from || filter.to ? `${filter.from || 'the start'} to ${filter.to || 'today'}` : '',
    filter.calibratedOnly ? 'calibrated observers only' : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
