// The abandon rate as every page shows it: how many of how many answered, the rate, the target,
// and the same highlight when over it (lib/figures.ts decides; the wallboard tile uses the same colours).
import type { CSSProperties } from 'react';
import { abandonFigure, type AbandonInput } from '@/lib/figures';

/** The highlight of a figure over its target, shared by every page (live.module.css .bad matches it). */
export const OVER_TARGET_STYLE: CSSProperties = { background: '#fee2e2', color: '#991b1b', borderRadius: 4, padding: '0 4px' };

export function AbandonedFigure(p: AbandonInput & { testId?: string }) {
  const f = abandonFigure(p);
  return (
    <span data-testid={p.testId} data-over-target={f.over ? 'true' : 'false'} style={f.over ? OVER_TARGET_STYLE : undefined}>
      {f.text}
    </span>
  );
}
